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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Length of the well-formed UTF-8 sequence at s[0..n), or 0 if none. */
static size_t
utf8_sequence(const uint8_t *s, size_t n)
{
	uint32_t	c;
	size_t		len,
				i;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2, c = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3, c = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4, c = s[0] & 0x07;
	else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* no overlong forms, no surrogates, nothing past U+10FFFF */
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
		(c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		return 0;
	return len;
}

static char *
make_utf8(const uint8_t *data, size_t size, size_t *outlen)
{
	char	   *out = malloc(size * 2 + 1);
	size_t		i = 0,
				o = 0;

	if (out == NULL)
		abort();
	while (i < size)
	{
		size_t		n = utf8_sequence(data + i, size - i);

		if (n == 1 && data[i] == 0)
			out[o++] = ' ';
		else if (n > 0)
		{
			memcpy(out + o, data + i, n);
			o += n;
			i += n;
			continue;
		}
		else
		{
			/* a stray byte, read as Latin-1 */
			out[o++] = (char) (0xC0 | (data[i] >> 6));
			out[o++] = (char) (0x80 | (data[i] & 0x3F));
		}
		i++;
	}
	out[o] = '\0';
	*outlen = o;
	return out;
}

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
