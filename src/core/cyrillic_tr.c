/*
 * cyrillic_tr.c
 *		The reading of Turkish names written in Cyrillic letters as the
 *		lists write them.
 *
 * The lists write Turkish names in Turkish spelling with its marks left
 * out: ERDOGAN, Recep Tayyip (Erdoğan), CELIK (Çelik), GUNES (Güneş),
 * OZTURK (Öztürk).  Russian writes Turkish c (said j) as дж, ü as ю and ö
 * as ё after a consonant (Реджеп, Джемиль, Гюнеш, Гёкхан), which the
 * normaliser romanises as Russian (redzhep, dzhemil, gyunesh): redzhep and
 * recep share little spelling and no key, and a name of two such words
 * met its list entry at 0.40.  The Serbo-Croatian reading (cyrillic_sc.c)
 * already writes ч, ш as c, s; this one writes the rest as Turkish does:
 * a name with дж, or with ю or ё after a consonant, is also read with its
 * Cyrillic letters as Turkish writes them without the marks.  A Russian
 * name with such letters (Люба, Пётр) gains one more reading beside its
 * own, and the score keeps the best.
 */
#include "cyrillic_tr.h"
#include "cyrillic_word.h"

#include <string.h>

#include <unicode/utf8.h>

/* Turkish Latin for U+0430 .. U+045F, lower case; NULL: see below */
static const char *const tr_letter[0x30] = {
	/* а б в г д е ж з и й к л м н о п */
	"a", "b", "v", "g", "d", "e", "j", "z", "i", "y", "k", "l", "m", "n", "o", "p",
	/* р с т у ф х ц ч ш щ ъ ы ь э ю я */
	"r", "s", "t", "u", "f", "h", "ts", "c", "s", "sc", "", "i", "", "e", NULL, NULL,
	/* ѐ ё ђ ѓ є ѕ і ї ј љ њ ћ ќ ѝ ў џ */
	"e", NULL, "c", "g", "ye", "dz", "i", "yi", "y", "l", "n", "c", "k", "i", "u", "c"
};

/* A Cyrillic consonant letter (lower case: б в г д ж з к л м н п р с т ф х ц ч ш щ) */
static inline bool
is_consonant_letter(uint32_t l)
{
	switch (l)
	{
		case 0x431: case 0x432: case 0x433: case 0x434: case 0x436: case 0x437:
		case 0x43A: case 0x43B: case 0x43C: case 0x43D: case 0x43F: case 0x440:
		case 0x441: case 0x442: case 0x444: case 0x445: case 0x446: case 0x447:
		case 0x448: case 0x449:
			return true;
	}
	return false;
}

bool
sn_cyrillic_tr_shaped(const char *utf8, size_t len)
{
	const uint8_t *s = (const uint8_t *) utf8;
	int32_t		p = 0,
				end = (int32_t) len;
	uint32_t	prev = 0;

	if (len > SN_READING_MAX_BYTES || !sn_has_cyrillic_lead(utf8, len))
		return false;
	while (p < end)
	{
		UChar32		c;
		uint32_t	l;

		U8_NEXT(s, p, end, c);
		l = c < 0 ? 0 : sn_cyrillic_lower((uint32_t) c);
		if ((prev == 0x434 && l == 0x436) ||
			((l == 0x44E || l == 0x451) && is_consonant_letter(prev)))
			return true;
		prev = l;
	}
	return false;
}

void
sn_cyrillic_tr_write(const char *utf8, size_t len, sn_buf *out)
{
	const uint8_t *s = (const uint8_t *) utf8;
	int32_t		p = 0,
				end = (int32_t) (len < SN_READING_MAX_BYTES ? len : SN_READING_MAX_BYTES);
	uint32_t	prev = 0;		/* the last Cyrillic letter, or 0 */

	while (p < end)
	{
		int32_t		at = p;
		UChar32		c;
		uint32_t	l;
		const char *w;

		U8_NEXT(s, p, end, c);
		l = c < 0 ? 0 : sn_cyrillic_lower((uint32_t) c);
		if (l == 0)
		{
			/* not a Cyrillic letter: as written */
			sn_buf_append(out, utf8 + at, (size_t) (p - at));
			prev = 0;
			continue;
		}
		if (l == 0x436 && prev == 0x434)
		{
			/* дж: c, the d already written taken back */
			out->len--;
			w = "c";
		}
		else if (l == 0x44E)	/* ю: ü after a consonant */
			w = is_consonant_letter(prev) ? "u" : "yu";
		else if (l == 0x44F)	/* я */
			w = is_consonant_letter(prev) ? "a" : "ya";
		else if (l == 0x451)	/* ё: ö after a consonant */
			w = is_consonant_letter(prev) ? "o" : "yo";
		else
			w = tr_letter[l - 0x430];
		sn_buf_append(out, w, strlen(w));
		prev = l;
	}
}
