/*
 * phonetic.h
 *		A phonetic key for name tokens in canonical form.
 */
#ifndef SN_PHONETIC_H
#define SN_PHONETIC_H

#include "sn_common.h"

/* The longest key sn_phonetic_key writes, without the terminating NUL. */
#define SN_PHONETIC_MAX 15

/*
 * Key of one canonical token ([a-z0-9]+) into out (SN_PHONETIC_MAX + 1
 * bytes).  Returns the key length.  Tokens with a digit are their own key.
 */
extern size_t sn_phonetic_key(const char *tok, size_t len, char *out);

/*
 * The keys of a token's other readings, r of SN_READINGS (0 and an empty
 * key when it has nothing to read otherwise):
 *
 * 0: th and dh read as s and z, as Persian, Urdu and Turkish spellings of
 *	  Arabic names write them (Usman for Uthman, Kazim for Kadhim); ch (in a
 *	  token of two syllables or more), a c before e, i or y, and ou before
 *	  another vowel read as sh, s and w, as French spellings mean them
 *	  (Rachid, Belkacem, Ouattara); a w between consonants read as v, the
 *	  consonant a Hebrew vav may be there (dwd, David), where the key
 *	  reads the vowel it is in Arabic script (mhmwd, Mahmoud); the w of
 *	  the diphthong aw or ow before a consonant or the end read as a vowel,
 *	  as spellings that write it au, ou or o have it (Fawzi, Fouzi, Fozi),
 *	  where the key reads a consonant (Zimowski, Zimovsky);
 * 1: German spellings of Russian (and other) names: ch as kh, sch as zh
 *	  (schtsch as shch), dsch as dzh, and a j before a vowel as y
 *	  (Chodorkowski, Prigoschin, Dschafar, Jewgeni); a j after a vowel and
 *	  before a consonant as the glide y of Slavic and Turkic spellings
 *	  (Gajdar, Bajram), where the key reads the consonant of Persian and
 *	  Arabic names (Mojtaba); in a word written without vowels (Hebrew and
 *	  Arabic script), which has no German spelling, a kh or sh before
 *	  another letter as two letters (khn, כהן, Cohen; shyl, سهيل, Suhail).
 * 2: a word read from Hebrew letters, with its bet, kaf and pe after the
 *	  first letter read the other way (b as v, v as b, p as f, f as p, k
 *	  as kh, kh as k): whether they are hard or soft depends on vowels
 *	  that the script does not write (גביר Gvir, gbyr; ליברמן Liberman,
 *	  lyvrmn; נפתלי Naftali, nptly), and a vav after the first letter,
 *	  which the key reads as v before a vowel, as the vowel o or u it also
 *	  writes (ברגיוס Bergius, brgyws), and a zayin before a final he,
 *	  which the key reads as the zh of a zayin with a geresh, as z and
 *	  the vowel the he writes (סוזה Souza, swzh), and an initial yod,
 *	  which the key reads as a vowel (Yosef), as the j of German and
 *	  Slavic spellings (יורגן Jurgen, ywrgn).  Only a query's words that the
 *	  score marks as read from Hebrew have this reading (see
 *	  sn_query_prepare).
 * 3: a word read from Cyrillic letters, with its g before a vowel read as
 *	  h: Russian writes the h of other languages with its g (Гельмут
 *	  Helmut, Гаджиев Hajiyev, Ибрагим Ibrahim), and Ukrainian and
 *	  Belarusian г is h itself; in a word with no such g, its dzh before a
 *	  vowel as g, the soft g of English and Italian names that Russian
 *	  writes дж (Джиллиан Gillian, Джованни Giovanni), and its kh as j, the
 *	  Spanish j that Russian writes х (Хуан Juan, Хосе Jose), or, inside
 *	  the word and before e or i, as the Spanish g it also writes so
 *	  (Хорхе Jorge, Эухенио Eugenio).  Only a
 *	  query's words read from Cyrillic have this reading (see
 *	  sn_query_prepare).
 * 4: a word of a Hangul or katakana name read as a foreign name
 *	  (hangul_loan.c, katakana_loan.c), with its b and p, but for a last
 *	  letter, read as v and f, and an initial r as l: Korean writes ㅂ for b
 *	  and v, ㅍ for p and f, and ㄹ for r and l (블라디미르, bladimir,
 *	  Vladimir; 라덴, raden, Laden), Japanese ブ for bu and vu and ラ for ra
 *	  and la (ラブロフ, rabrof, Lavrov).  Only the words of those readings of
 *	  a query have this reading.
 * 5: a word with a g (not gh) or a q, the g read as the q, or else the q as
 *	  the g: Arabic qaf is a g in Libya, the Gulf, Yemen, Sudan and Upper
 *	  Egypt, and spellings from there write it so (Gaddafi for Qadhafi,
 *	  Gasim for Qasim, Al-Gosaibi for Al-Qusaibi).  Only a query's words
 *	  have this reading (see sn_query_prepare); its spelling writes both
 *	  letters q.
 */
#define SN_READINGS 6
#define SN_TOKEN_READING_HEBREW 2
#define SN_TOKEN_READING_CYRILLIC 3
#define SN_TOKEN_READING_LOAN 4
#define SN_TOKEN_READING_QAF 5
extern size_t sn_phonetic_key_reading(const char *tok, size_t len, int r, char *out);

/* Is s[i] a g that is not the g of gh (a letter of its own, not ghain)? */
static inline bool
sn_plain_g(const char *s, size_t len, size_t i)
{
	return s[i] == 'g' && (i + 1 == len || s[i + 1] != 'h');
}

/*
 * The letter reading 5 reads in a token: 'g' when it has a plain g (read
 * as q), else 'q' when it has a q (read as g), else 0 (no such reading).
 */
static inline char
sn_qaf_letter(const char *s, size_t len)
{
	size_t		i;
	char		letter = 0;

	for (i = 0; i < len; i++)
	{
		if (sn_plain_g(s, len, i))
			return 'g';
		if (s[i] == 'q')
			letter = 'q';
	}
	return letter;
}

/* Has the token the w of a diphthong aw or ow, which reading 0 reads? */
extern bool sn_has_diphthong_w(const char *tok, size_t len);

/* Has it a j after a vowel and before a consonant, which reading 1 reads? */
extern bool sn_has_inner_glide(const char *tok, size_t len);

/*
 * The classes of the token's vowel runs, one letter each (o: o, oo, au or
 * a diphthong aw, ow; u: u alone; w: ou, either of those; a: a alone; i:
 * any other) into out (room for len); the count.  Two classes agree when
 * sn_vowel_classes_agree says they can be one vowel.
 */
extern size_t sn_vowel_classes(const char *tok, size_t len, char *out);
extern bool sn_vowel_classes_agree(char a, char b);

/*
 * The token as reading r writes it (th as s, ch as sh, ...; German ch as
 * kh, ...) into out, which holds len bytes: no reading lengthens a token.
 * Returns its length.
 */
extern size_t sn_reading_spelling(const char *tok, size_t len, int r, char *out);

/*
 * The index bucket (0 .. 2^nbits - 1) of a phonetic key: the commonest keys
 * have a bucket each, the others share the rest by hash.  nbits must be the
 * same on every call.
 */
extern uint32_t sn_phonetic_bucket(const char *key, size_t len, unsigned nbits);

#endif
