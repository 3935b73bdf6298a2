/*
 * fuzz_normalize.c
 *		libFuzzer target for sn_normalize.
 *
 * Arbitrary bytes are first made valid UTF-8 (what PostgreSQL hands the
 * core in a UTF8 database): well-formed sequences are kept, every other
 * byte is read as Latin-1 and re-encoded, and NUL, which no text value can
 * hold, becomes a space.  Then the promises of README "Normalisation rules"
 * are checked, and any broken one aborts with the input shown:
 *
 *	- sn_normalize succeeds;
 *	- the result matches ^([a-z0-9]+( [a-z0-9]+)*)?$;
 *	- normalising the result gives it back (idempotence);
 *	- sn_is_canonical agrees that the result is canonical;
 *	- the direct transliteration tables give what ICU gives (the same input
 *	  normalised with sn_translit_tables off).
 *
 * Build with "make fuzz" (clang, -fsanitize=fuzzer,address,undefined).
 */
#include "normalize.h"
#include "fuzz_utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool
matches_pattern(const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c == ' ')
		{
			if (i == 0 || i + 1 == len || s[i + 1] == ' ')
				return false;
		}
		else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
			return false;
	}
	return true;
}

static void
violation(const char *what, const char *in, size_t inlen, const sn_buf *once,
		  const sn_buf *twice)
{
	size_t		i;

	fprintf(stderr, "sn_normalize: %s\ninput (%zu bytes):", what, inlen);
	for (i = 0; i < inlen; i++)
		fprintf(stderr, " %02x", (unsigned char) in[i]);
	fprintf(stderr, "\ninput: \"%.*s\"\n", (int) inlen, in);
	if (once)
		fprintf(stderr, "once:  \"%s\"\n", once->data);
	if (twice)
		fprintf(stderr, "twice: \"%s\"\n", twice->data);
	abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t		len;
	char	   *in = make_utf8(data, size, &len);
	sn_buf		once,
				twice;
	sn_error	err;

	sn_buf_init(&once, 16);
	if (sn_normalize(in, len, &once, &err) != SN_OK)
	{
		fprintf(stderr, "error: %s\n", err.message);
		violation("failed on valid UTF-8", in, len, NULL, NULL);
	}
	if (!matches_pattern(once.data, once.len) || strlen(once.data) != once.len)
		violation("result breaks ^([a-z0-9]+( [a-z0-9]+)*)?$", in, len, &once, NULL);

	sn_buf_init(&twice, 16);
	if (sn_normalize(once.data, once.len, &twice, &err) != SN_OK)
		violation("failed on its own result", in, len, &once, NULL);
	if (twice.len != once.len || memcmp(twice.data, once.data, once.len) != 0)
		violation("not idempotent", in, len, &once, &twice);
	if (!sn_is_canonical(once.data, once.len))
		violation("sn_is_canonical rejects the result", in, len, &once, &twice);


	/* the same input with every word sent through ICU */
	sn_buf_free(&twice);
	sn_buf_init(&twice, 16);
	sn_translit_tables = false;
	if (sn_normalize(in, len, &twice, &err) != SN_OK)
		violation("failed without the transliteration tables", in, len, &once, NULL);
	sn_translit_tables = true;
	if (twice.len != once.len || memcmp(twice.data, once.data, once.len) != 0)
		violation("the transliteration tables differ from ICU (twice: ICU)", in, len, &once, &twice);

	sn_buf_free(&twice);
	sn_buf_free(&once);
	free(in);
	return 0;
}
