/*
 * hungarian.c
 *		The reading of a name written in Hungarian spelling.
 *
 * Hungarian spells the names of other languages by its own letters: gy, ty
 * and ny for the soft d, t and n (Vlagyimir Putyin, Vladimir Putin;
 * Jevgenyij, Yevgeniy), cs for ch, zs for zh, sz for s, s alone for sh
 * (Hruscsov, Khrushchev; Prigozsin, Prigozhin; Szergej, Sergey), j for y
 * (Szergej) and c for ts (Cvetkov, Tsvetkov).  Read as written, a name so
 * spelled shares too little with the lists' English spelling: Vlagyimir
 * Vlagyimirovics Putyin met Vladimir Putin at 0.79.  This reading writes
 * the sounds as English spells them, beside the name as written (the score
 * keeps the better), for a name with one of the digraphs no English
 * spelling has before a vowel (gy, cs, zs, sz: see sn_hungarian_shaped);
 * the others (ty, ny, s, j, c) are read only in such a name, since English
 * has them too (Betty, Kenya).
 */
#include "hungarian.h"

#include <string.h>

static inline bool
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/*
 * gy, zs, sz or cs before a vowel (Gyula, Prigozsin, Szergej, Hruscsov), or
 * cs at the end of a word after a vowel but i (Kovacs): English has gy and
 * cs only at the end of a word (energy, technology; logistics), and the
 * company names of the lists have many such words.  Not a gy after n, the
 * ng of pinyin before a syllable in y (Hongyan, Dongyuan); a Korean name
 * in Latin letters (Gyu, Ho Gyu) is not read so either (see score.c).
 */
bool
sn_hungarian_shaped(const char *text, size_t len)
{
	size_t		i;

	for (i = 0; i + 1 < len; i++)
	{
		char		a = text[i],
					b = text[i + 1],
					next = i + 2 < len ? text[i + 2] : ' ';

		if (!((a == 'g' && b == 'y') || (a == 'c' && b == 's') || (a == 'z' && b == 's') ||
			  (a == 's' && b == 'z')))
			continue;
		/* the ng and y of two pinyin syllables written together (hongyan) */
		if (a == 'g' && i > 0 && text[i - 1] == 'n')
			continue;
		if (is_vowel(next) ||
			(a == 'c' && next == ' ' && i > 0 && is_vowel(text[i - 1]) && text[i - 1] != 'i'))
			return true;
	}
	return false;
}

void
sn_hungarian_write(const char *text, size_t len, sn_buf *out)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		char		c = text[i],
					next = i + 1 < len ? text[i + 1] : '\0';

		/* gy, ty, ny: the soft d, t, n (a y after them is no vowel) */
		if ((c == 'g' || c == 't' || c == 'n') && next == 'y')
		{
			sn_buf_putc(out, c == 'g' ? 'd' : c);
			i++;
		}
		else if (c == 'c' && next == 's')
		{
			SN_BUF_LIT(out, "ch");
			i++;
		}
		else if (c == 'z' && next == 's')
		{
			SN_BUF_LIT(out, "zh");
			i++;
		}
		else if (c == 's' && next == 'z')
		{
			sn_buf_putc(out, 's');
			i++;
		}
		else if (c == 's')
			SN_BUF_LIT(out, "sh");
		/* j is y, c alone ts */
		else if (c == 'j')
			sn_buf_putc(out, 'y');
		else if (c == 'c')
			SN_BUF_LIT(out, "ts");
		else
			sn_buf_putc(out, c);
	}
}
