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

/* дж, or ю or ё after a consonant: Turkish c, ü, ö */
static bool
tr_letter_differs(uint32_t l, uint32_t prev)
{
	return (prev == 0x434 && l == 0x436) ||
		((l == 0x44E || l == 0x451) && is_consonant_letter(prev));
}

bool
sn_cyrillic_tr_shaped(const char *utf8, size_t len)
{
	return sn_cyrillic_any_letter(utf8, len, tr_letter_differs);
}

/* what Turkish writes for a letter (sn_cyrillic_letter_fn) */
static const char *
tr_letter_of(uint32_t l, uint32_t prev, char *last, bool *take_back)
{
	(void) last;
	if (l == 0x436 && prev == 0x434)
	{
		/* дж: c, the d already written taken back */
		*take_back = true;
		return "c";
	}
	if (l == 0x44E)				/* ю: ü after a consonant */
		return is_consonant_letter(prev) ? "u" : "yu";
	if (l == 0x44F)				/* я */
		return is_consonant_letter(prev) ? "a" : "ya";
	if (l == 0x451)				/* ё: ö after a consonant */
		return is_consonant_letter(prev) ? "o" : "yo";
	return tr_letter[l - 0x430];
}

void
sn_cyrillic_tr_write(const char *utf8, size_t len, sn_buf *out)
{
	sn_cyrillic_write_letters(utf8, len, tr_letter_of, out);
}
