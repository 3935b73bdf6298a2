/*
 * token_freq_lookup.c
 *		Binary search in the shipped token-frequency table.
 */
#include "token_freq.h"

#include <string.h>

float
sn_token_probability(const char *tok, size_t len)
{
	size_t		lo = 0,
				hi = sn_n_token_freqs;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		const char *t = sn_token_freqs[mid].token;
		size_t		tlen = strlen(t);
		int			c = memcmp(t, tok, tlen < len ? tlen : len);

		if (c == 0)
			c = (tlen > len) - (tlen < len);
		if (c == 0)
			return sn_token_freqs[mid].p;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0.0f;
}
