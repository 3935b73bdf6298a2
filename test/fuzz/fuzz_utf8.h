/*
 * fuzz_utf8.h
 *		What the fuzz targets of the name core share: arbitrary bytes made
 *		valid UTF-8, as PostgreSQL hands the core text in a UTF8 database.
 *
 * Well-formed sequences are kept, every other byte is read as Latin-1 and
 * re-encoded, and NUL, which no text value can hold, becomes a space.
 */
#ifndef SN_FUZZ_UTF8_H
#define SN_FUZZ_UTF8_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

#endif							/* SN_FUZZ_UTF8_H */
