/*
 * phonetic.c
 *		A consonant-skeleton key built for transliterated names.
 *
 * Metaphone and Soundex were designed for English spelling.  The variation
 * on sanctions lists comes instead from romanising Arabic, Cyrillic, Persian
 * and other scripts by different schemes: Mohammed / Muhammad / Mohamad /
 * Mukhammed, Shcherbakov / Scherbakov, Yusuf / Jusuf, Aleksandr / Alexander,
 * and vowelless Arabic transliterations (mhmd) against vowelled spellings.
 * The key therefore keeps the consonant skeleton and folds the spellings
 * that schemes use for one sound:
 *
 *	- a leading vowel (or y) becomes "a"; other vowels and y vanish;
 *	- digraphs first: shch/sch/sh/ch/tch -> s or c (see below), kh -> h,
 *	  zh/dzh/dj/j -> j, ph -> v, th -> t, dh -> d, gh/ck/q/c/k -> k,
 *	  x -> ks, w/v/f -> v (Arabic script has f and no v), z -> s, ts/tz -> s;
 *	- j after a vowel and before a consonant or the end is the glide y
 *	  (Sergej / Sergey) and vanishes as y does;
 *	- d and t fold together (Mehmed / Mehmet), as do b and p;
 *	- h is a consonant (Arabic names have real ones: vowelless mhmwd and
 *	  Mahmoud both give "mhmt"), except at the end of a token, where it is
 *	  silent (Sarah / Sara, Allah / allh);
 *	- runs of the same letter collapse.
 *
 * Mohammed, Muhammad, Mohamad and mhmd all give "mhmt".
 */
#include "phonetic.h"
#include "token_freq.h"

#include <stdlib.h>
#include <string.h>

/*
 * What the other readings of a token read otherwise (see
 * sn_phonetic_key_reading).
 */
#define READ_TH		1			/* th, dh as s, z */
#define READ_CH		2			/* ch as sh */
#define READ_SOFT_C	4			/* c before e, i, y as s */
#define READ_OU		8			/* ou before a vowel as w */
#define READ_DE		16			/* German spellings of Russian names */
#define READ_WV		32			/* w between consonants as v */
#define READ_SPLIT	64			/* kh, sh as two letters in a vowelless word */
#define READ_AW		128			/* the diphthong aw, ow as a vowel */
#define READ_HEB	256			/* Hebrew bet, kaf, pe the other way */
#define READ_JGLIDE	512			/* j after a vowel, before a consonant: a glide */
#define READ_CYR	1024		/* g before a vowel as h (read from Cyrillic) */
#define READ_LOAN	2048		/* b, p (not last) as v, f; initial r as l (Hangul, kana) */
#define READ_CYR_DZH 4096		/* dzh before a vowel as g, kh as j (... with no such g) */
#define READ_QAF_G	8192		/* a g (not gh) as the q of qaf */
#define READ_QAF_Q	16384		/* a q as the g qaf is said */

/*
 * A dzh before a vowel at t[i]: Russian дж, which writes the j of English
 * and Arabic names and the soft g of English and Italian ones (Джиллиан
 * Gillian, Джованни Giovanni)
 */
static inline bool
dzh_vowel(const char *t, size_t len, size_t i)
{
	return i + 3 < len && t[i] == 'd' && t[i + 1] == 'z' && t[i + 2] == 'h' &&
		sn_is_vowel_y(t[i + 3]);
}

/*
 * What reading 3 reads otherwise in a word: READ_CYR when it has a g
 * before a vowel, else READ_CYR_DZH when it has a dzh before a vowel or a
 * kh, else 0
 */
static int
cyrillic_reading(const char *t, size_t len)
{
	size_t		i;
	bool		other = false;

	for (i = 0; i + 1 < len; i++)
	{
		if (t[i] == 'g' && sn_is_vowel_y(t[i + 1]))
			return READ_CYR;
		other |= dzh_vowel(t, len, i) || (t[i] == 'k' && t[i + 1] == 'h');
	}
	return other ? READ_CYR_DZH : 0;
}

/*
 * A kh inside a word and before e or i, in reading 3's dzh form: the
 * Spanish g before e and i, which Russian writes х as it writes the
 * Spanish j (Хорхе Jorge, Анхель Angel, Эухенио Eugenio); a kh elsewhere
 * is that j (Хуан Juan, Алехандро Alejandro, Хименес Jimenez).
 */
static inline bool
soft_g_kh(const char *t, size_t len, size_t i)
{
	return i > 0 && i + 2 < len && (t[i + 2] == 'e' || t[i + 2] == 'i');
}

/* a letter's bit in a set of letters (a to z: bits 1 to 26) */
#define LETTER_BIT(c)	(UINT32_C(1) << ((c) & 31))

/*
 * A w between consonants, which the key reads as the vowel of an
 * Arabic-script spelling (Mahmwd), not after an initial y (ywsf, Yusuf).
 */
static inline bool
w_between_consonants(const char *t, size_t len, size_t i)
{
	return t[i] == 'w' && i > 0 && i + 1 < len && !sn_is_vowel_y(t[i - 1]) &&
		!sn_is_vowel_y(t[i + 1]) && !(i == 1 && t[0] == 'y');
}

/*
 * A w after a or o and before a consonant or the end: the second half of
 * the Arabic and Persian diphthong aw, which other schemes write au, ou or
 * o (Fawzi / Fouzi / Fozi, Tawfiq / Toufic, Shawkat / Shaukat / Shokat).
 * Not the first of ww, a doubled consonant (Fawwaz, Awwad).
 */
static inline bool
diphthong_w(const char *t, size_t len, size_t i)
{
	return t[i] == 'w' && i > 0 && (t[i - 1] == 'a' || t[i - 1] == 'o') &&
		(i + 1 == len || (!sn_is_vowel_y(t[i + 1]) && t[i + 1] != 'w'));
}

/* Is at(t, len, i) true at some position after the first letter? */
static bool
somewhere(const char *t, size_t len, bool (*at) (const char *, size_t, size_t))
{
	size_t		i;

	for (i = 1; i < len; i++)
		if (at(t, len, i))
			return true;
	return false;
}

bool
sn_has_diphthong_w(const char *t, size_t len)
{
	return somewhere(t, len, diphthong_w);
}

/*
 * The vowels of a token, one letter a run (its class): o for a run that
 * spells an o or the diphthong (o, oo, au, aw, ow), u for a run of u
 * alone, w for ou, which is either (French spellings write both so:
 * Fouzi for Fawzi, Mouloud for Mawlud), a for a run of a alone, i for any
 * other (e, i, y, ea, oe, ...); into out (room for len), the count.
 * Fawzi, Fouzi and Fozi give "oi", "wi" and "oi", Dawson "oo" and Dyson
 * "io", Crowley "oi" and Curley "ui", Snow "o" and Snoe "i".
 */
size_t
sn_vowel_classes(const char *t, size_t len, char *out)
{
	size_t		i = 0,
				n = 0;

	while (i < len)
	{
		size_t		start = i,
					m;
		const char *r = t + i;
		bool		only_a = true,
					only_u = true;

		if (!sn_is_vowel_y(t[i]))
		{
			i++;
			continue;
		}
		while (i < len && (sn_is_vowel_y(t[i]) || diphthong_w(t, len, i)))
		{
			only_a &= t[i] == 'a';
			only_u &= t[i] == 'u';
			i++;
		}
		m = i - start;
		if (m == 2 && r[0] == 'o' && r[1] == 'u')
			out[n++] = 'w';
		else if ((m == 1 && r[0] == 'o') ||
				 (m == 2 && (r[0] == 'o' || r[0] == 'a') &&
				  (r[1] == 'o' || r[1] == 'u' || r[1] == 'w') && !(r[0] == 'a' && r[1] == 'o')))
			out[n++] = 'o';
		else
			out[n++] = only_u ? 'u' : only_a ? 'a' : 'i';
	}
	return n;
}

/* Can vowel classes a and b (sn_vowel_classes) be one vowel? */
bool
sn_vowel_classes_agree(char a, char b)
{
	return a == b || (a == 'w' && (b == 'o' || b == 'u')) ||
		(b == 'w' && (a == 'o' || a == 'u'));
}

/* a j before a vowel: the y that German spellings write so (Jakowlew) */
static inline bool
de_glide(const char *t, size_t len, size_t i)
{
	return t[i] == 'j' && i + 1 < len && sn_is_vowel_y(t[i + 1]);
}

/*
 * A j after a vowel that ends the word or stands before its final s: the
 * glide й (Sergej, Nikolajs), which the key reads as a vowel.  Before
 * another consonant a j is mostly the consonant that Persian and Arabic
 * names write so (Mojtaba, Pejman, Mojgan: مجتبی is mjtby), and the key keeps
 * it; Slavic and Turkic spellings that write the glide so there (Gajdar,
 * Hajdar, Bajram) are met by the second reading (inner_glide).
 */
static inline bool
final_glide(const char *t, size_t len, size_t i)
{
	return t[i] == 'j' && i > 0 && sn_is_vowel_y(t[i - 1]) &&
		(i + 1 == len || (i + 2 == len && t[i + 1] == 's'));
}

/* a j after a vowel and before a consonant other than a final s */
static inline bool
inner_glide(const char *t, size_t len, size_t i)
{
	return t[i] == 'j' && i > 0 && i + 1 < len && sn_is_vowel_y(t[i - 1]) &&
		!sn_is_vowel_y(t[i + 1]) && !final_glide(t, len, i);
}

bool
sn_has_inner_glide(const char *t, size_t len)
{
	return somewhere(t, len, inner_glide);
}

/*
 * ou before a vowel, or after an a and before a consonant: the w of French
 * spellings (Ouattara, Abdelouahab; the diphthong aw of Faouzi, Chaouki:
 * Fawzi, Shawki).  Not inside a word's leading vowels, which the key writes
 * as one a: Aous is not read Aws (read so, it let an unvocalised Hebrew
 * Abbas, avs, meet it, and the one alert that added to the ordinary names
 * put the alert rate's upper bound over 1%)
 */
static inline bool
ou_glide(const char *t, size_t len, size_t i)
{
	return i + 2 < len && t[i] == 'o' && t[i + 1] == 'u' && t[i + 2] != 'u' &&
		(sn_is_vowel_y(t[i + 2]) || (i > 0 && t[i - 1] == 'a'));
}

/*
 * Is t[i] a z that, with the h after it, ends the word (i >= 1)?  Read from
 * Hebrew letters, that is a zayin and the final he that writes a vowel
 * (סוזה, swzh: Souza; גגושידזה, ggwshydzh: Gagoshidze), which the key
 * otherwise reads as the zh of a zayin with a geresh.
 */
static inline bool
zayin_he(const char *t, size_t len, size_t i)
{
	return len >= 3 && i >= 1 && i + 2 == len && t[i] == 'z' && t[i + 1] == 'h';
}

/*
 * A bet, kaf or pe after the first letter of a word read from Hebrew,
 * and a pe that begins it, read the other way (READ_HEB): b as v, v as b,
 * f as p, p as f, k as kh and kh as k.  A final kh or f is the final form
 * of kaf or pe, which is soft (ברוך Baruch is not Brook), and a final v is
 * a bet the normaliser read soft already (חביב, hbyv, is Haviv).  An
 * initial pe is p in Hebrew names (Peres) and f in names from Yiddish
 * (פייגלין Feiglin); an initial bet or kaf is hard.  The key's letter goes
 * to *k (the key writes b as p, f as v and kh as h) and the letters read
 * to *adv; false for other letters.
 */
static inline bool
hebrew_other(const char *t, size_t len, size_t i, char *k, size_t *adv)
{
	*adv = 1;
	if (i == 0)
	{
		if (t[0] != 'p')
			return false;
		*k = 'v';
		return true;
	}
	switch (t[i])
	{
		case 'b':
		case 'p':
			*k = 'v';
			return true;
		case 'f':
		case 'v':
			if (i + 1 == len)
				return false;
			*k = 'p';
			return true;
		case 'k':
			if (i + 1 < len && t[i + 1] == 'h')
			{
				if (i + 2 == len)
					return false;
				*adv = 2;
				*k = 'k';
			}
			else
				*k = 'h';
			return true;
		default:
			return false;
	}
}

/*
 * The key; with READ_TH, the Arabic interdentals that Latin spellings
 * write th and dh (thaa, dhal, and the dhaa and dad some schemes also
 * write dh) are read as Persian, Urdu and Turkish read them, s and z
 * (Uthman / Usman / Osman, Kadhim / Kazim, Hafidh / Hafiz); with READ_CH,
 * READ_SOFT_C and READ_OU, ch, a c before e, i or y, and an ou before
 * another vowel are read as French spellings of Arabic and West African
 * names mean them, sh, s and w (Rachid / Rashid, Chehade / Shihadi;
 * Belkacem / Belqasim, Yacine / Yassin; Ouattara / Wattara, Abdelouahab /
 * Abdulwahab); with READ_WV, a w between consonants is the consonant v
 * that a Hebrew vav may be (dwd, David); with READ_SPLIT, the k and h, or
 * s and h, of a word written without vowels are two letters, as they are
 * in כהן (khn, Cohen) and سهيل (shyl, Suhail), not the kh or sh of one;
 * with READ_AW, the w of the diphthong aw or ow (diphthong_w) is a vowel;
 * with READ_HEB (alone), Hebrew's bet, kaf and pe are read the other way
 * (hebrew_other) and a vav after the first letter as a vowel; with
 * READ_CYR, a g before a vowel is h, and with READ_CYR_DZH a dzh before a
 * vowel g and a kh j (Cyrillic); with READ_LOAN, a b or p but the last letter is v or
 * f and an initial r l (Hangul or katakana read as a foreign name).
 */
static size_t
phonetic_key(const char *t, size_t len, char *out, int reading)
{
	size_t		i = 0,
				n = 0;
	char		last = 0;

	for (i = 0; i < len; i++)
		if (t[i] >= '0' && t[i] <= '9')
		{
			/* numbers are compared exactly */
			n = len < SN_PHONETIC_MAX ? len : SN_PHONETIC_MAX;
			for (i = 0; i < n; i++)
				out[i] = t[i];
			out[n] = '\0';
			return n;
		}

	i = 0;
	/*
	 * An initial yod, which the key reads as the vowel of Yosef and Yaakov,
	 * is the j of German, Dutch and Slavic spellings of the same sound
	 * (יורגן, ywrgn: Jurgen; ירוסלב, yrwslv: Jaroslav): READ_HEB reads it so.
	 */
	if ((reading & READ_HEB) && len > 1 && t[0] == 'y')
	{
		out[n++] = last = 'j';
		i = 1;
	}
	else if (len > 0 && !((reading & READ_OU) && ou_glide(t, len, 0)) &&
		(sn_is_vowel_y(t[0]) || ((reading & READ_DE) && de_glide(t, len, 0))))
	{
		out[n++] = 'a';
		last = 'a';
		i = 1;
		while (i < len && sn_is_vowel_y(t[i]))
			i++;
	}
	while (i < len && n < SN_PHONETIC_MAX)
	{
		char		c = t[i];
		char		next = i + 1 < len ? t[i + 1] : 0;
		char		k = 0;
		size_t		adv = 1;

		/*
		 * After a vowel and at the end (or before a final s), j is the
		 * glide that German, Czech and Baltic spellings of Cyrillic й
		 * write where English writes y (Sergej / Sergey, Aleksej / Alexey,
		 * Sergejs): a vowel, as y is (see final_glide).
		 */
		if ((reading & READ_OU) && ou_glide(t, len, i))
		{
			i += 2;
			if (last != 'v')
				out[n++] = last = 'v';
			continue;
		}
		if (sn_is_vowel_y(c) ||
			(c == 'j' && (final_glide(t, len, i) ||
						  ((reading & READ_JGLIDE) && inner_glide(t, len, i)))) ||
			((reading & READ_DE) && de_glide(t, len, i)))
		{
			i++;
			last = 0;			/* a vowel separates repeated consonants */
			continue;
		}
		/*
		 * A vav after the first letter: the key reads a w before a vowel
		 * (and y) as the consonant v; Hebrew writes the vowels o and u so
		 * too (ברגיוס, brgyws: Bergius; לואיס, lwys: Luis), which the
		 * reading takes it for.
		 */
		if ((reading & READ_HEB) && c == 'w' && i > 0)
		{
			i++;
			last = 0;
			continue;
		}
		if ((reading & READ_HEB) && hebrew_other(t, len, i, &k, &adv))
		{
			i += adv;
			if (k != last && n < SN_PHONETIC_MAX)
				out[n++] = last = k;
			continue;
		}
		switch (c)
		{
			case 's':
				if (next == 'h' && i + 3 < len && t[i + 2] == 'c' && t[i + 3] == 'h')
					adv = 4, k = 's';	/* shch */
				else if ((reading & READ_DE) && i + 6 < len &&
						 memcmp(t + i, "schtsch", 7) == 0)
					adv = 7, k = 's';	/* German shch */
				else if (next == 'c' && i + 2 < len && t[i + 2] == 'h')
					adv = 3, k = (reading & READ_DE) ? 'j' : 's';	/* sch */
				else if ((next == 'h' && !(reading & READ_SPLIT)) || next == 'z')
					adv = 2, k = 's';
				else
					k = 's';
				break;
			case 't':
				if (next == 'c' && i + 2 < len && t[i + 2] == 'h')
					adv = 3, k = 'c';	/* tch */
				else if (next == 's' && i + 2 < len && t[i + 2] == 'c' &&
						 i + 3 < len && t[i + 3] == 'h')
					adv = 4, k = 'c';	/* tsch */
				else if (next == 's' && i + 2 < len && t[i + 2] == 'h')
					adv = 3, k = 'c';	/* tsh: Arabic script's ch (تش), Tshisekedi */
				else if (next == 's' || next == 'z')
					adv = 2, k = 's';
				else if (next == 'h')
					adv = 2, k = (reading & READ_TH) ? 's' : 't';
				else
					k = 't';
				break;
			case 'c':
				/*
				 * An initial chr is kr in every language that writes it but
				 * Polish (Christina, Kristina; Christoph, Krzysztof), whose
				 * kh the German reading's h gives
				 */
				if (next == 'h' && i == 0 && len > 2 && t[2] == 'r' && !(reading & READ_DE))
					adv = 2, k = 'k';
				else if (next == 'h')
					adv = 2, k = (reading & READ_CH) ? 's' : (reading & READ_DE) ? 'h' : 'c';
				else if (next == 'k')
					adv = 2, k = 'k';
				else if (next == 'z')
					adv = 2, k = 'c';
				else if ((reading & READ_SOFT_C) && (next == 'e' || next == 'i' || next == 'y'))
					k = 's';
				else
					k = 'k';
				break;
			case 'k':
				if (next == 'h' && !(reading & READ_SPLIT))
				{
					adv = 2;
					k = !(reading & READ_CYR_DZH) ? 'h' : soft_g_kh(t, len, i) ? 'g' : 'j';
				}
				else
					k = 'k';
				break;
			case 'q':
				k = (reading & READ_QAF_Q) ? 'g' : 'k';
				break;
			case 'g':
				/*
				 * Persian says qaf and ghain alike and writes both gh or q
				 * (Ghasem / Qasem, Sadeghi / Sadeqi, Gholam / Qolam), so gh
				 * goes with q and k; a plain g stays g.
				 */
				if ((reading & READ_CYR) && next != 0 && sn_is_vowel_y(next))
					k = 'h';
				else if ((reading & READ_QAF_G) && next != 'h')
					k = 'k';
				else
					k = (next == 'h') ? (adv = 2, 'k') : 'g';
				break;
			case 'z':
				if ((reading & READ_HEB) && zayin_he(t, len, i))
					adv = 2, k = 's';	/* the he a vowel (סוזה, swzh: Souza) */
				else
					k = (next == 'h') ? (adv = 2, 'j') : 's';
				break;
			case 'd':
				if (next == 'z' && i + 2 < len && t[i + 2] == 'h' &&
					!((reading & READ_HEB) && zayin_he(t, len, i + 1)))
					adv = 3, k = ((reading & READ_CYR_DZH) && dzh_vowel(t, len, i)) ? 'g' : 'j';
				else if ((reading & READ_DE) && i + 3 < len && memcmp(t + i, "dsch", 4) == 0)
					adv = 4, k = 'j';	/* German dzh */
				else if (next == 'j')
					adv = 2, k = 'j';
				else if (next == 'h')
					adv = 2, k = (reading & READ_TH) ? 's' : 't';
				else
					k = 't';
				break;
			case 'j':
				k = 'j';
				break;
			case 'h':
				/* a final h is silent (Sarah / Sara, Allah / allh) */
				k = (next == 0 && i > 0) ? 0 : 'h';
				break;
			case 'p':
				if (next == 'h')
					adv = 2, k = 'v';
				else
					k = ((reading & READ_LOAN) && next != 0) ? 'v' : 'p';
				break;
			case 'b':
				k = ((reading & READ_LOAN) && next != 0) ? 'v' : 'p';
				break;
			case 'r':
				k = ((reading & READ_LOAN) && i == 0) ? 'l' : 'r';
				break;
			case 'w':
				/*
				 * After a consonant and before a consonant or the end, w is
				 * the vowel of an Arabic-script transliteration (و: Mahmwd,
				 * Frnandw), not a consonant; so after an initial y, which
				 * is the consonant there (ywsf, ywns: Yusuf, Yunus), and
				 * after a second letter y that follows a consonant or an
				 * initial a, the consonant of a doubled yaa (aywb, qywm:
				 * Ayyub, Qayyum; not a y further on, an i: brgyws).  A
				 * reading with READ_WV takes one between consonants for the
				 * v a Hebrew vav may be.
				 */
				if ((reading & READ_WV) && w_between_consonants(t, len, i))
					k = 'v';
				else if ((reading & READ_AW) && diphthong_w(t, len, i))
				{
					i++;
					last = 0;	/* a vowel, as above */
					continue;
				}
				else if (i > 0 && (!sn_is_vowel_y(t[i - 1]) || (i == 1 && t[0] == 'y') ||
								   (i == 2 && t[1] == 'y' &&
									(!sn_is_vowel_y(t[0]) || t[0] == 'a'))) &&
						 (next == 0 || !sn_is_vowel_y(next)))
					k = 0;
				else
					k = 'v';
				break;
			case 'v':
			case 'f':
				/* Arabic and Persian script have f and no v: Fladimir */
				k = 'v';
				break;
			case 'x':
				if (last != 'k')
					out[n++] = 'k';
				k = 's';
				break;
			default:
				k = c;
				break;
		}
		i += adv;
		/* (an x writes two letters: the second may find the key full) */
		if (k && k != last && n < SN_PHONETIC_MAX)
		{
			out[n++] = k;
			last = k;
		}
	}
	out[n] = '\0';
	return n;
}

size_t
sn_phonetic_key(const char *t, size_t len, char *out)
{
	return phonetic_key(t, len, out, 0);
}

size_t
sn_phonetic_key_reading(const char *t, size_t len, int r, char *out)
{
	size_t		i;
	int			reading = 0,
				syllables = 0;
	bool		split = false;
	uint32_t	letters = 0;

	/*
	 * Hangul's (and katakana's) b, p and r for v, f and l: b or p but
	 * last, an initial r
	 */
	if (r == SN_TOKEN_READING_LOAN)
	{
		for (i = 0; i + 1 < len; i++)
			if (t[i] == 'b' || t[i] == 'p' || (i == 0 && t[i] == 'r'))
				return phonetic_key(t, len, out, READ_LOAN);
		out[0] = '\0';
		return 0;
	}

	/* qaf said as g: a g (not gh) as q, or else a q as g */
	if (r == SN_TOKEN_READING_QAF)
	{
		char		letter = sn_qaf_letter(t, len);

		if (letter == 0)
		{
			out[0] = '\0';
			return 0;
		}
		return phonetic_key(t, len, out, letter == 'g' ? READ_QAF_G : READ_QAF_Q);
	}

	/*
	 * Cyrillic's g for h: a g before a vowel; in a word with none, its dzh
	 * for a soft g, a dzh before a vowel (a word with both is read the
	 * first way: Гаджиев, Hajiyev)
	 */
	if (r == SN_TOKEN_READING_CYRILLIC)
	{
		int			cyr = cyrillic_reading(t, len);

		if (cyr == 0)
		{
			out[0] = '\0';
			return 0;
		}
		return phonetic_key(t, len, out, cyr);
	}

	/*
	 * Hebrew's bet, kaf and pe after the first letter, an initial pe or yod,
	 * a vav and a zayin before a final he (digits have none)
	 */
	if (r == SN_TOKEN_READING_HEBREW)
	{
		for (i = 1; i < len; i++)
			letters |= LETTER_BIT(t[i]);
		if (!(letters & (LETTER_BIT('b') | LETTER_BIT('v') | LETTER_BIT('p') |
						 LETTER_BIT('f') | LETTER_BIT('k') | LETTER_BIT('w'))) &&
			(len == 0 || t[0] != 'p') && !(len > 1 && t[0] == 'y') &&
			!(len >= 3 && zayin_he(t, len, len - 2)))
		{
			out[0] = '\0';
			return 0;
		}
		return phonetic_key(t, len, out, READ_HEB);
	}

	/*
	 * Every other reading reads a c, an h or a w, (reading 0) an ou or
	 * (reading 1) a j:
	 * most tokens have none of them, which one pass without branches tells
	 * (a digit may set a letter's bit too, which only sends its token on
	 * to the full test below).
	 */
	for (i = 0; i < len; i++)
		letters |= LETTER_BIT(t[i]);
	if (!(letters & (LETTER_BIT('c') | LETTER_BIT('h') | LETTER_BIT('w'))) &&
		!(r == 0 && (letters & LETTER_BIT('o')) && (letters & LETTER_BIT('u'))) &&
		!(r == 1 && (letters & LETTER_BIT('j'))))
	{
		out[0] = '\0';
		return 0;
	}

	/* what the token has to read otherwise */
	for (i = 0; i < len; i++)
	{
		char		next = i + 1 < len ? t[i + 1] : 0;

		switch (t[i])
		{
			case 't':
			case 'd':
				if (r == 0 && next == 'h')
					reading |= READ_TH;
				break;
			case 'c':
				if (next == 'h')
				{
					if (r == 0)
						reading |= READ_CH;
					else if (i == 0 || t[i - 1] != 't')
						reading |= READ_DE;
				}
				else if (r == 0 && (next == 'e' || next == 'i' || next == 'y'))
					reading |= READ_SOFT_C;
				break;
			case 'o':
				if (r == 0 && ou_glide(t, len, i))
					reading |= READ_OU;
				break;
			case 'w':
				if (r == 0 && w_between_consonants(t, len, i))
					reading |= READ_WV;
				else if (r == 0 && diphthong_w(t, len, i))
					reading |= READ_AW;
				break;
			case 'j':
				if (r == 1 && inner_glide(t, len, i))
					reading |= READ_JGLIDE;
				break;
			case 'k':
			case 's':
				/* (not a final kh or sh: Hebrew final khaf, ברוך, brwkh) */
				if (next == 'h' && i + 2 < len && (t[i] == 'k' || t[i + 2] != 'c'))
					split = true;
				break;
			default:
				break;
		}
	}

	/*
	 * The German reading reads a token with ch, sch or tsch, or with the
	 * German ending -ow, -ew (-owa, -ewa) of a Russian -ov, -ev: Arabic names
	 * write j for jim and w for waw (Jamal, Jawad, Mujahid), so a j in a
	 * token without them is no y.
	 */
	if (r == 1 && len >= 4 &&
		((t[len - 1] == 'w' && (t[len - 2] == 'o' || t[len - 2] == 'e')) ||
		 (t[len - 1] == 'a' && t[len - 2] == 'w' && (t[len - 3] == 'o' || t[len - 3] == 'e'))))
		reading |= READ_DE;

	/*
	 * Korean and Chinese syllables write an affricate ch (Chong, Chung,
	 * Chang), which no scheme writes sh: ch is read so only in a token of
	 * two syllables or more.  The other readings apply to every token (a
	 * key of fewer than three consonants does not count, see the score).
	 */
	if (reading & READ_CH)
	{
		for (i = 0; i < len; i++)
			if (sn_is_vowel_y(t[i]) && (i == 0 || !sn_is_vowel_y(t[i - 1])))
				syllables++;
		if (syllables < 2)
			reading &= ~READ_CH;
	}
	/*
	 * A word written without vowels (Hebrew and Arabic script: none of a,
	 * e, i, o, u after an initial a) has no German spelling to read; its
	 * second reading takes a kh or sh as two letters.
	 */
	if (r == 1 && split && sn_unvocalised(t, len))
		reading = READ_SPLIT;
	if (reading == 0)
	{
		out[0] = '\0';
		return 0;
	}
	return phonetic_key(t, len, out, reading);
}

/*
 * The spelling of reading r, into out (at most len bytes); its length.
 * 0: th, dh as s, z; ch (not tch, sch) as sh; c before e, i, y as s; ou
 * before another vowel as w; w between consonants as v; the diphthong aw,
 * ow or au (before a consonant or the end) as ou.  1: schtsch as shch,
 * tsch as ch, sch as zh, ch as kh, j before a vowel as y, j after a vowel
 * and before a consonant as i, w as v.  2: Hebrew's bet, kaf and pe the
 * other way, a vav after the first letter as u, a zayin before a final he
 * as z, an initial y as j.  3: g before a vowel as h,
 * or in a word with none, dzh before a vowel as g and kh as j.  4: b, p
 * but last as v, f, an initial r as l.  5: a g (not gh) as q.  The same sounds the reading's key
 * reads so, written out for the score's spelling check.
 */
size_t
sn_reading_spelling(const char *s, size_t len, int r, char *out)
{
	size_t		i,
				n = 0;
	int			cyr = r == SN_TOKEN_READING_CYRILLIC ? cyrillic_reading(s, len) : 0;

	for (i = 0; i < len; i++)
	{
		char		k;
		size_t		adv;

		if (r == SN_TOKEN_READING_QAF)
			out[n++] = sn_plain_g(s, len, i) ? 'q' : s[i];
		else if (r == SN_TOKEN_READING_CYRILLIC)
		{
			if (cyr == READ_CYR_DZH && dzh_vowel(s, len, i))
			{
				out[n++] = 'g';
				i += 2;
			}
			else if (cyr == READ_CYR_DZH && s[i] == 'k' && i + 1 < len && s[i + 1] == 'h')
			{
				out[n++] = soft_g_kh(s, len, i) ? 'g' : 'j';
				i++;
			}
			else
				out[n++] = cyr == READ_CYR && s[i] == 'g' && i + 1 < len &&
					sn_is_vowel_y(s[i + 1]) ? 'h' : s[i];
		}
		else if (r == SN_TOKEN_READING_LOAN)
			out[n++] = i + 1 == len ? s[i] : s[i] == 'b' ? 'v' : s[i] == 'p' ? 'f' :
				(i == 0 && s[i] == 'r') ? 'l' : s[i];
		else if (r == SN_TOKEN_READING_HEBREW)
		{
			/*
			 * b as v, p as f, v as b, f as p, kh as k; a k as the h that
			 * stands for its kh (no reading lengthens a token)
			 */
			static const char other[26] = {
				['b' - 'a'] = 'v', ['p' - 'a'] = 'f', ['v' - 'a'] = 'b',
				['f' - 'a'] = 'p', ['k' - 'a'] = 'h'
			};

			if (hebrew_other(s, len, i, &k, &adv))
			{
				out[n++] = adv == 2 ? 'k' : other[s[i] - 'a'];
				i += adv - 1;
			}
			else if (s[i] == 'w' && i > 0)
				out[n++] = 'u';	/* a vav as the vowel it also writes */
			else if (s[i] == 'y' && i == 0 && len > 1)
				out[n++] = 'j';	/* an initial yod as j */
			else if (zayin_he(s, len, i))
			{
				out[n++] = 'z';	/* a zayin, and the final he a vowel */
				i++;
			}
			else
				out[n++] = s[i];
		}
		else if (r == 1)
		{
			if (i + 6 < len && memcmp(s + i, "schtsch", 7) == 0)
				memcpy(out + n, "shch", 4), n += 4, i += 6;
			else if (i + 3 < len && memcmp(s + i, "tsch", 4) == 0)
				memcpy(out + n, "ch", 2), n += 2, i += 3;
			else if (i + 2 < len && memcmp(s + i, "sch", 3) == 0)
				memcpy(out + n, "zh", 2), n += 2, i += 2;
			else if (i + 1 < len && s[i] == 'c' && s[i + 1] == 'h')
				memcpy(out + n, "kh", 2), n += 2, i += 1;
			else if (de_glide(s, len, i))
				out[n++] = 'y';
			else if (inner_glide(s, len, i))
				out[n++] = 'i';
			else if (s[i] == 'w')
				out[n++] = 'v';
			else
				out[n++] = s[i];
		}
		else if ((s[i] == 't' || s[i] == 'd') && i + 1 < len && s[i + 1] == 'h')
		{
			out[n++] = s[i] == 't' ? 's' : 'z';
			i++;
		}
		else if (s[i] == 'c' && i + 1 < len && s[i + 1] == 'h' &&
				 (i == 0 || (s[i - 1] != 't' && s[i - 1] != 's')))
		{
			out[n++] = 's';
			out[n++] = 'h';
			i++;
		}
		else if (s[i] == 'c' && i + 1 < len &&
				 (s[i + 1] == 'e' || s[i + 1] == 'i' || s[i + 1] == 'y'))
			out[n++] = 's';
		else if (ou_glide(s, len, i))
		{
			out[n++] = 'w';
			i++;
		}
		else if (w_between_consonants(s, len, i))
			out[n++] = 'v';
		else if ((s[i] == 'a' || s[i] == 'o') && i + 1 < len &&
				 (diphthong_w(s, len, i + 1) ||
				  (s[i] == 'a' && s[i + 1] == 'u' && (i + 2 == len || !sn_is_vowel_y(s[i + 2])))))
		{
			/* the diphthong aw, ow or au, as ou (the same length) */
			out[n++] = 'o';
			out[n++] = 'u';
			i++;
		}
		else
			out[n++] = s[i];
	}
	return n;
}

/* ------------------------------------------------------------------
 * Index buckets
 * ------------------------------------------------------------------
 */

/*
 * The GIN index keeps one entry per bucket of phonetic keys, and a rare
 * query key that shares its bucket with a common key (a surname such as
 * "prt", Pratt, Brady, Bird) makes the scan read every row of the common
 * one.  So the SN_PHON_COMMON commonest keys, by the summed frequency of
 * the tokens of the shipped frequency table that have them, get a bucket
 * each, and every other key hashes into the remaining buckets, where it
 * meets only keys as rare as itself.  The number of buckets, which decides
 * the size of the index, stays the same.  The list is derived from the
 * frequency table and the key function, both fixed for a version of the
 * extension (as the index keys must be), on first use.
 */
#ifndef SN_PHON_COMMON
#define SN_PHON_COMMON 512
#endif

typedef struct phon_count
{
	char		key[SN_PHONETIC_MAX + 1];
	double		p;
} phon_count;

/*
 * The common keys in an open-addressing table by hash (a key is looked up
 * for every phonetic key a name has, when it is indexed or queried), each
 * slot with its key's bucket; n_common < 0 until built.
 */
#define COMMON_SLOTS (4 * SN_PHON_COMMON)	/* a power of two */

typedef struct common_slot
{
	uint32_t	hash;			/* 0: empty */
	uint16_t	bucket;
	char		key[SN_PHONETIC_MAX + 1];
} common_slot;

static common_slot *common_table;
static int	n_common = -1;

static int
phon_count_by_key(const void *a, const void *b)
{
	const phon_count *x = a,
			   *y = b;
	int			c = strcmp(x->key, y->key);

	/* equal keys by frequency, so that their sum is the same everywhere */
	if (c == 0 && x->p != y->p)
		return x->p < y->p ? -1 : 1;
	return c;
}

static int
phon_count_by_p(const void *a, const void *b)
{
	const phon_count *x = a,
			   *y = b;

	/* commonest first; ties by key, so that the order is fixed */
	if (x->p != y->p)
		return x->p > y->p ? -1 : 1;
	return strcmp(x->key, y->key);
}

static void
find_common_keys(void)
{
	phon_count *c = malloc(sizeof(phon_count) * (sn_n_token_freqs + 1));
	size_t		i,
				n = 0,
				d = 0;

	n_common = 0;				/* on failure, every key hashes: only slower */
	if (c == NULL)
		return;
	for (i = 0; i < sn_n_token_freqs; i++)
	{
		const char *t = sn_token_freqs[i].token;

		if (sn_phonetic_key(t, strlen(t), c[n].key) >= 2)
			c[n++].p = sn_token_freqs[i].p;
	}
	/* sum the frequencies of each key */
	qsort(c, n, sizeof(phon_count), phon_count_by_key);
	for (i = 0; i < n; i++)
	{
		if (d > 0 && strcmp(c[d - 1].key, c[i].key) == 0)
			c[d - 1].p += c[i].p;
		else
			c[d++] = c[i];
	}
	qsort(c, d, sizeof(phon_count), phon_count_by_p);
	if (d > SN_PHON_COMMON)
		d = SN_PHON_COMMON;
	common_table = calloc(COMMON_SLOTS, sizeof(common_slot));
	if (common_table != NULL)
	{
		/* bucket = rank by frequency */
		for (i = 0; i < d; i++)
		{
			uint32_t	h = sn_hash_bytes(c[i].key, strlen(c[i].key)) | 1;
			uint32_t	j = h & (COMMON_SLOTS - 1);

			while (common_table[j].hash != 0)
				j = (j + 1) & (COMMON_SLOTS - 1);
			common_table[j].hash = h;
			common_table[j].bucket = (uint16_t) i;
			memcpy(common_table[j].key, c[i].key, SN_PHONETIC_MAX + 1);
		}
		n_common = (int) d;
	}
	free(c);
}

uint32_t
sn_phonetic_bucket(const char *key, size_t len, unsigned nbits)
{
	uint32_t	nbuckets = 1u << nbits,
				h = sn_hash_bytes(key, len);

	if (n_common < 0)
		find_common_keys();
	if (n_common > 0 && (uint32_t) n_common < nbuckets / 2)
	{
		uint32_t	j = (h | 1) & (COMMON_SLOTS - 1);

		while (common_table[j].hash != 0)
		{
			if (common_table[j].hash == (h | 1) && len <= SN_PHONETIC_MAX &&
				strncmp(common_table[j].key, key, len) == 0 &&
				common_table[j].key[len] == '\0')
				return common_table[j].bucket;
			j = (j + 1) & (COMMON_SLOTS - 1);
		}
		return (uint32_t) n_common + h % (nbuckets - (uint32_t) n_common);
	}
	return h & (nbuckets - 1);
}
