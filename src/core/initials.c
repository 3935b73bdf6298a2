/*
 * initials.c
 *		The reading of a name with two initials written as one word.
 *
 * Two consonants written together as a word are most often two initials:
 * JC Juncker, TJ Smith, HK Electric.  As one token, "jc" met Jean-Claude no
 * better than any other word (JC Juncker / Jean-Claude Juncker 0.36, where
 * J.C. Juncker scores 0.84).  But in the canonical form of a name written
 * in Arabic or Hebrew script such a word is a name spelled without its
 * short vowels (sd for سعد, Saad), and the canonical form, which the
 * indexes and a stored column compare, no longer says which script a name
 * came from.  So the query is read both ways: as written, and with each
 * such word written as two initials; the score keeps its best reading
 * (sn_name.reading), which only adds matches.
 *
 * Such a word: two letters, neither a vowel nor y, and no word of the
 * tables (a legal form such as kg, nv or bv, a title, an abbreviation); nor
 * those that are words in names: the son-of of Arabic and Hebrew written
 * without its vowel (bn), the surname Ng, the Mc of a name written apart
 * (Mc Donald), and the generational Jr and Sr.
 */
#include "initials.h"
#include "name_tables.h"
#include "normalize.h"
#include "token_info.h"

#include <string.h>

/* Is the token t (len letters) two initials written as one word? */
static bool
initials_word(const char *t, size_t len)
{
	static const char *const words[] = {"bn", "jr", "mc", "ng", "sr"};
	size_t		i;

	if (len != 2)
		return false;
	for (i = 0; i < 2; i++)
		if (t[i] < 'a' || t[i] > 'z' || sn_is_vowel_y(t[i]))
			return false;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (t[0] == words[i][0] && t[1] == words[i][1])
			return false;
	return sn_word_flags(t, len) == 0 && sn_token_lookup(t, len).cls == SN_TOKEN_WORD;
}

bool
sn_initials_shaped(const char *text, size_t len)
{
	size_t		p,
				e;

	for (p = 0; p < len; p = e + 1)
	{
		for (e = p; e < len && text[e] != ' '; e++)
			;
		if (initials_word(text + p, e - p))
			return true;
	}
	return false;
}

void
sn_initials_write(const char *text, size_t len, sn_buf *out)
{
	size_t		p,
				e;

	for (p = 0; p < len; p = e + 1)
	{
		for (e = p; e < len && text[e] != ' '; e++)
			;
		if (out->len > 0)
			sn_buf_putc(out, ' ');
		if (initials_word(text + p, e - p))
		{
			sn_buf_putc(out, text[p]);
			sn_buf_putc(out, ' ');
			sn_buf_putc(out, text[p + 1]);
		}
		else
			sn_buf_append(out, text + p, e - p);
	}
}

bool
sn_initials_reading(const char *text, size_t len, sn_buf *out)
{
	if (!sn_initials_shaped(text, len))
		return false;
	sn_initials_write(text, len, out);
	return true;
}
