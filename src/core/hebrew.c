/*
 * hebrew.c
 *		A reading of names in Hebrew letters: gimel with a geresh as the g
 *		it also writes.
 *
 * Hebrew writes the j of other languages as gimel with a geresh (ג'ון,
 * John; ג'מאל, Jamal), which the normaliser reads j.  It writes so the soft
 * g of English and Italian names too, which their Latin spelling writes g
 * (ג'ורג', George; ג'רלד, Gerald; ג'ובאני, Giovanni), and the g that
 * Egyptian Arabic says for jim (ג'מאל עבד אל נאצר, Gamal Abdel Nasser): read
 * j, they meet none of their Latin spellings (ג'ורג' בוש/George Bush 0.31).
 * A name with such a letter is also read with the geresh left out, the
 * gimel alone, which is g; the score keeps the better reading.
 */
#include "hebrew.h"


#include <unicode/utf8.h>

/* ג, U+05D2, in UTF-8: its bytes, which no other character's contain */
#define GIMEL_0		0xD7
#define GIMEL_1		0x92

/*
 * Where the geresh of a gimel that ends at byte i begins, or -1: after the
 * points that follow the gimel.  (*end: where the geresh ends)
 */
static int32_t
geresh_at(const uint8_t *p, int32_t i, int32_t n, int32_t *end)
{
	while (i < n)
	{
		int32_t		at = i;
		UChar32		c;

		U8_NEXT(p, i, n, c);
		if (sn_hebrew_geresh(c))
		{
			*end = i;
			return at;
		}
		if (!sn_hebrew_point(c))
			return -1;
	}
	return -1;
}

/*
 * The next gimel with a geresh at or after byte i: where the geresh begins
 * (*at) and ends (*end); false when there is none.  A byte scan: most
 * names have no gimel, and are not decoded.
 */
static bool
next_gimel_geresh(const uint8_t *p, int32_t i, int32_t n, int32_t *at, int32_t *end)
{
	for (; i + 1 < n; i++)
		if (p[i] == GIMEL_0 && p[i + 1] == GIMEL_1 &&
			(*at = geresh_at(p, i + 2, n, end)) >= 0)
			return true;
	return false;
}

bool
sn_hebrew_g_shaped(const char *utf8, size_t len)
{
	int32_t		at,
				end;

	return len <= SN_READING_MAX_BYTES &&
		next_gimel_geresh((const uint8_t *) utf8, 0, (int32_t) len, &at, &end);
}

void
sn_hebrew_g_write(const char *utf8, size_t len, sn_buf *out)
{
	const uint8_t *p = (const uint8_t *) utf8;
	int32_t		n = (int32_t) len,
				from = 0,
				at,
				end;

	/* the gimel and its points, not the geresh */
	while (next_gimel_geresh(p, from, n, &at, &end))
	{
		sn_buf_append(out, utf8 + from, (size_t) (at - from));
		from = end;
	}
	sn_buf_append(out, utf8 + from, (size_t) (n - from));
}
