/*
 * cyrillic_ja.c
 *		The reading of Japanese names written in Cyrillic letters as the
 *		lists write them, in Hepburn romanisation.
 *
 * Russian writes Japanese by a system of its own (Polivanov's): し as си,
 * ち as ти, じ as дзи, つ as цу, しょ as сё, わ as ва, え as э or е, the
 * second vowel of a diphthong й (Такэси Китано, Синдзо Абэ, Хигасидзава,
 * Дайсукэ).  The normaliser romanises those letters as Russian ones (BGN:
 * takesi, sindzo, khigasidzava, daysuke), which meet the lists' Hepburn
 * spellings (TAKESHI, SHINZO, HIGASHIZAWA, DAISUKE) only as typos, and a
 * name of two such words hardly at all.
 *
 * A word of Cyrillic letters that splits wholly into the syllables of that
 * system (a consonant and a vowel, a vowel, н or й alone, a doubled
 * consonant: no л, no ш, ж, ч, щ, ы, ь, no other cluster) is read as
 * Hepburn writes it, once the name has one such word with a syllable that
 * Hepburn writes otherwise than the normaliser does (си, ти, дз, х, сё,
 * рё, ...); a Russian name rarely splits so (Иванова does; Петров, Сергей,
 * Ольга do not), and when it does, the reading is one more beside the
 * name as the normaliser writes it, and the score keeps the best.
 */
#include "cyrillic_ja.h"
#include "cyrillic_word.h"

#include <string.h>

/* The Latin vowel of а, и, у, э, е, о, or 0 */
static char
ja_vowel(uint32_t l)
{
	switch (l)
	{
		case 0x430:
			return 'a';
		case 0x438:
			return 'i';
		case 0x443:
			return 'u';
		case 0x44D:				/* э */
		case 0x435:				/* е */
			return 'e';
		case 0x43E:
			return 'o';
	}
	return 0;
}

/* The vowel of я, ю, ё (y and it), or 0 */
static char
ja_glide(uint32_t l)
{
	switch (l)
	{
		case 0x44F:
			return 'a';
		case 0x44E:
			return 'u';
		case 0x451:
			return 'o';
	}
	return 0;
}

/* The Latin consonant of a letter that begins a syllable, or 0 */
static char
ja_consonant(uint32_t l)
{
	switch (l)
	{
		case 0x43A:
			return 'k';
		case 0x441:
			return 's';
		case 0x442:
			return 't';
		case 0x43D:
			return 'n';
		case 0x445:
			return 'h';
		case 0x43C:
			return 'm';
		case 0x440:
			return 'r';
		case 0x433:
			return 'g';
		case 0x431:
			return 'b';
		case 0x43F:
			return 'p';
		case 0x434:
			return 'd';
		case 0x437:
			return 'z';
		case 0x444:
			return 'f';
		case 0x432:
			return 'w';
	}
	return 0;
}

/*
 * Hepburn for the word w (n lower-case letters) into out (room for 2 * n
 * bytes): its length, or -1 when the word does not split into syllables.
 * *marked says whether a syllable reads otherwise than the normaliser
 * writes it.
 */
static int
ja_word(const uint32_t *w, int n, char *out, bool *marked)
{
	int			i = 0,
				o = 0;
	bool		after_vowel = false;

	*marked = false;
	/* a word of one syllable may be anything (Си Цзиньпин: Xi) */
	if (n < 3 || n > SN_CYRILLIC_WORD_MAX)
		return -1;
	while (i < n)
	{
		uint32_t	c = w[i],
					nx = i + 1 < n ? w[i + 1] : 0;
		char		v = ja_vowel(c),
					g = ja_glide(c),
					k;

		if (v)
		{
			out[o++] = v;
			i++;
			after_vowel = true;
			continue;
		}
		if (g)
		{
			out[o++] = 'y';
			out[o++] = g;
			i++;
			after_vowel = true;
			continue;
		}
		if (c == 0x439)			/* й: the second vowel of a diphthong */
		{
			if (!after_vowel)
				return -1;
			out[o++] = 'i';
			i++;
			after_vowel = false;
			*marked = true;		/* which Russian writes y */
			continue;
		}
		after_vowel = false;
		if (c == 0x44A)			/* ъ: parts н from a vowel (Синъити) */
		{
			if (i == 0 || w[i - 1] != 0x43D || !(ja_vowel(nx) || ja_glide(nx)))
				return -1;
			i++;
			continue;
		}
		/* н alone (ん); м before б, п, м (Симбаси: shimbashi) */
		if ((c == 0x43D && !ja_vowel(nx) && !ja_glide(nx)) ||
			(c == 0x43C && (nx == 0x431 || nx == 0x43F || nx == 0x43C)))
		{
			out[o++] = c == 0x43D ? 'n' : 'm';
			i++;
			continue;
		}
		/* a doubled consonant (Хаттори, Хоккайдо, Ниссан) */
		if ((c == 0x43A || c == 0x441 || c == 0x442 || c == 0x43F) && nx == c)
		{
			out[o++] = ja_consonant(c);
			i++;
			continue;
		}
		if (c == 0x434 && nx == 0x437)	/* дз */
		{
			uint32_t	x = i + 2 < n ? w[i + 2] : 0;

			*marked = true;
			if (x == 0x438 || ja_glide(x))
			{
				out[o++] = 'j';
				out[o++] = x == 0x438 ? 'i' : ja_glide(x);
			}
			else if (ja_vowel(x))
			{
				out[o++] = 'z';
				out[o++] = ja_vowel(x);
			}
			else
				return -1;
			i += 3;
			after_vowel = true;
			continue;
		}
		if (c == 0x446)			/* ц: only цу */
		{
			if (nx != 0x443)
				return -1;
			memcpy(out + o, "tsu", 3);
			o += 3;
			i += 2;
			after_vowel = true;
			continue;
		}
		k = ja_consonant(c);
		if (k == 0)
			return -1;
		if (ja_vowel(nx))
		{
			char		vv = ja_vowel(nx);

			/* ту, ди, ду, and в but before а, о: no syllable */
			if ((c == 0x442 && vv == 'u') || (c == 0x434 && (vv == 'i' || vv == 'u')) ||
				(c == 0x432 && vv != 'a' && vv != 'o'))
				return -1;
			if (c == 0x441 && vv == 'i')
			{
				memcpy(out + o, "sh", 2);
				o += 2;
				*marked = true;
			}
			else if (c == 0x442 && vv == 'i')
			{
				memcpy(out + o, "ch", 2);
				o += 2;
				*marked = true;
			}
			else if (c == 0x437 && vv == 'i')
			{
				out[o++] = 'j';
				*marked = true;
			}
			else if (c == 0x445 && vv == 'u')
			{
				out[o++] = 'f';
				*marked = true;
			}
			else
			{
				out[o++] = k;
				if (c == 0x445)
					*marked = true; /* h, which Russian writes kh */
			}
			out[o++] = vv;
		}
		else if (ja_glide(nx))
		{
			char		gg = ja_glide(nx);

			if (c == 0x441 || c == 0x442)
			{
				out[o++] = c == 0x441 ? 's' : 'c';
				out[o++] = 'h';
				*marked = true;
			}
			else if (c == 0x437)
			{
				out[o++] = 'j';
				*marked = true;
			}
			else if (c == 0x434 || c == 0x444 || c == 0x432)
				return -1;
			else
			{
				out[o++] = k;
				out[o++] = 'y';
				/* ё, which the normaliser writes e; and h for kh */
				if (nx == 0x451 || c == 0x445)
					*marked = true;
			}
			out[o++] = gg;
		}
		else
			return -1;
		i += 2;
		after_vowel = true;
	}
	return o;
}

bool
sn_cyrillic_ja_shaped(const char *utf8, size_t len)
{
	return sn_cyrillic_any_marked(utf8, len, ja_word);
}

void
sn_cyrillic_ja_write(const char *utf8, size_t len, sn_buf *out)
{
	sn_cyrillic_write_words(utf8, len, ja_word, out);
}
