/*
 * somali.c
 *		The reading of a name written in Somali orthography.
 *
 * Somali writes its Arabic-derived names in its own Latin alphabet, where
 * x is the pharyngeal h (ح) and c the ayn (ع): Maxamed for Mohamed, Xasan
 * for Hasan, Cabdullaahi for Abdullahi, Cali for Ali, Xirsi for Hersi.  Lists
 * carry both (the UN list has MAXAMED CABDULLAAH CIISE, and XIRSI, Xasan
 * Cabdilaahi as an alias of HASSAN ABDULLAH HERSI AL-TURKI), and so do the
 * customer files of the remittance firms that serve Somali communities.
 * Read as English, x is ks and c a k, and those names share next to nothing
 * with their other spellings.  A query that shows the marks of Somali
 * spelling is therefore also read with x as h and the ayn's c left out (as
 * English spellings leave it), and the score keeps its best reading
 * (sn_name.reading); the name as written stays one of them, so the reading
 * only adds matches.
 *
 * The marks, counted by token: an x next to a vowel, not after an e (not
 * in a token that is a Mandarin syllable, whose x is pinyin's: Xi, Xiao;
 * nor English ex: Alexander, Rex; a final one only after a long vowel
 * written twice, Faarax, Nuux, not Max), a c before a vowel that begins
 * the token (Cali, Cumar), and, strongest, a token that begins with "cabd"
 * (the Abd- of Cabdi, Cabdullaahi, Cabdiraxmaan), or a token with such a c
 * or x and a long vowel written twice, as Somali writes them (Ciise,
 * Xuseen; aa, ii or uu with a c, as English has Cooper and Cook).  A name
 * is read so when it has a strong mark, two tokens with an x, or a token
 * with an x and another with a c: Xasan Cabdi, Axmed Cali, Maxamed Xuseen;
 * not Alexander Cole or Carlos Mendez.
 */
#include "somali.h"
#include "name_tables.h"

#include <string.h>

static inline bool
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/*
 * An x next to a vowel in token t (len letters): the Somali h.  Final, as
 * in Faarax (Farah) and Nuux (Nuh), it counts only when ending is true: a
 * token ending so is English too (Alex, Felix).
 */
static inline bool
somali_x(const char *t, size_t len, size_t i, bool ending)
{
	return t[i] == 'x' &&
		((i + 1 < len && is_vowel(t[i + 1])) ||
		 (i > 0 && is_vowel(t[i - 1]) &&
		  (i + 1 < len ? !is_vowel(t[i + 1]) && t[i + 1] != 'x' : ending)));
}

/*
 * A c before a vowel, or between a vowel and a consonant (Jacfar), but not
 * one that English spells with the next (ch, ck, cq, ct): the ayn
 */
static inline bool
somali_c(const char *t, size_t len, size_t i)
{
	return t[i] == 'c' && i + 1 < len &&
		(is_vowel(t[i + 1]) ||
		 (i > 0 && is_vowel(t[i - 1]) && strchr("chkqt", t[i + 1]) == NULL));
}

/* Has token t (len letters) a long vowel written twice (of those in set)? */
static bool
has_long_vowel(const char *t, size_t len, const char *set)
{
	size_t		i;

	for (i = 1; i < len; i++)
		if (t[i] == t[i - 1] && strchr(set, t[i]) != NULL)
			return true;
	return false;
}

bool
sn_somali_shaped(const char *text, size_t len)
{
	size_t		p,
				e,
				i;
	int			xs = 0,
				cs = 0;
	bool		strong = false;

	/* most names have neither letter */
	if (memchr(text, 'x', len) == NULL && memchr(text, 'c', len) == NULL)
		return false;
	for (p = 0; p < len; p = e + 1)
	{
		const char *t = text + p;
		size_t		n;
		const char *x;

		for (e = p; e < len && text[e] != ' '; e++)
			;
		n = e - p;
		x = n > 0 ? memchr(t, 'x', n) : NULL;
		if (x == NULL && !(n >= 2 && t[0] == 'c' && is_vowel(t[1])))
			continue;
		for (i = 0; i < n && t[i] >= 'a' && t[i] <= 'z'; i++)
			;
		if (i < n)
			continue;			/* a number, or a letter of no Latin word */
		if (n >= 2 && t[0] == 'c' && is_vowel(t[1]))
		{
			cs++;
			/* Somali writes aa, ii, uu; English words seldom (Cooper, Cook) */
			if ((n >= 4 && memcmp(t, "cabd", 4) == 0) || has_long_vowel(t, n, "aiu"))
				strong = true;
		}
		if (x != NULL && !sn_is_pinyin(t, n))
		{
			bool		long_vowel = has_long_vowel(t, n, "aeiou");

			for (i = 0; i < n; i++)
				if (somali_x(t, n, i, long_vowel) &&
					(i == 0 || (t[i - 1] != 'e' && t[i - 1] != 'x')))
				{
					xs++;
					/* a doubled vowel as well: Xuseen, Faarax, Xaaji */
					if (long_vowel)
						strong = true;
					break;
				}
		}
	}
	return strong || xs >= 2 || (xs >= 1 && cs >= 1);
}

bool
sn_somali_reading(const char *text, size_t len, sn_buf *out)
{
	if (!sn_somali_shaped(text, len))
		return false;
	sn_somali_write(text, len, out);
	return true;
}

void
sn_somali_write(const char *text, size_t len, sn_buf *out)
{
	size_t		p,
				e,
				i;

	for (p = 0; p < len; p = e + 1)
	{
		const char *t = text + p;
		size_t		n;
		bool		latin = true;

		for (e = p; e < len && text[e] != ' '; e++)
			;
		n = e - p;
		if (out->len > 0)
			sn_buf_putc(out, ' ');
		for (i = 0; i < n && latin; i++)
			latin = t[i] >= 'a' && t[i] <= 'z';
		if (!latin || sn_is_pinyin(t, n))
		{
			sn_buf_append(out, t, n);
			continue;
		}
		for (i = 0; i < n; i++)
		{
			if (somali_x(t, n, i, true))
				sn_buf_putc(out, 'h');
			else if (!somali_c(t, n, i))
				sn_buf_putc(out, t[i]);
		}
	}
}
