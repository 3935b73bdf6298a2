/*
 * token_freq.h
 *		The shipped table of token frequencies (src/core/token_freq.c).
 */
#ifndef SN_TOKEN_FREQ_H
#define SN_TOKEN_FREQ_H

#include "sn_common.h"

typedef struct sn_token_freq
{
	const char *token;
	float		p;				/* probability that a name contains it */
} sn_token_freq;

extern const sn_token_freq sn_token_freqs[];
extern const size_t sn_n_token_freqs;

/* p of a token, or 0 when it is rarer than anything in the table */
extern float sn_token_probability(const char *tok, size_t len);

#endif
