/*
 * wadegiles.c
 *		The pinyin reading of a Chinese name written in Wade-Giles.
 *
 * Lists write Chinese names in pinyin (XI, Jinping; MAO, Zedong), while
 * older documents, Taiwanese and Hong Kong passports and many customer
 * files write them in Wade-Giles (Hsi Chin-p'ing, Mao Tse-tung, Li
 * Hung-chang).  The two spell the same sounds with other letters: hs for
 * x, ts and tz for z and c, ch for zh and j, j for r, -ung for -ong, -ieh
 * for -ie, -ih for -i, and the unaspirated k, t, p for g, d, b, which only
 * an apostrophe tells from the aspirated ones (k'ung is kong).  Read as
 * English, Mao Tse-tung and Mao Zedong share one word of three.
 *
 * A query whose every word is Wade-Giles syllables joined by hyphens, one
 * of them at least none that pinyin has (an initial hs, ts, tz, ss or sz,
 * an aspiration apostrophe, ch before i or u-umlaut, j before any other
 * vowel, a final -ung, -iung, -ieh, -ih, -ueh, -uei, -erh or -ien), is
 * therefore also read in pinyin, syllable by syllable, the syllables of
 * one word written together as pinyin writes a given name (tse-tung:
 * zedong).  A name written without apostrophes does not say which stops
 * and affricates are aspirated: it is read twice, with every one of them
 * unaspirated (Chiang Ching-kuo: jiang jingguo) and with every one
 * aspirated (Tsai Chiu: cai qiu); the score keeps the best reading
 * (sn_name.reading), so the readings only add matches.
 * Korean (Kim Chong Il), Vietnamese (Ho Chi Minh) and other names with a
 * word that is no such syllable, or whose syllables are all pinyin's too
 * (Chen Lin, Chou), are not read so.
 */
#include "wadegiles.h"

#include <string.h>

#define SYL_MAX		8			/* letters of a syllable: hsiung, chuang */
#define NAME_SYL_MAX 12			/* syllables of a name */

typedef struct syllable
{
	char		initial[3];		/* "", "ch", "hs", "k", ... */
	char		final[SYL_MAX + 1]; /* u-umlaut written v */
	bool		aspirated;		/* an apostrophe after the initial */
	bool		word_end;		/* the last syllable of its word */
	bool		comma;			/* ... followed by a comma */
} syllable;

/* Initials, the longer before the shorter that begin them */
static const char *const initials[] = {
	"ch", "hs", "ts", "tz", "ss", "sz", "sh",
	"j", "k", "t", "p", "m", "f", "n", "l", "h", "s", "y", "w", ""
};

/* Finals, by their first letter (u-umlaut written v) */
static const char *const finals_a[] = {"a", "ai", "an", "ang", "ao", NULL};
static const char *const finals_e[] = {"e", "ei", "en", "eng", "erh", "eh", NULL};
static const char *const finals_i[] = {
	"i", "ia", "iang", "iao", "ieh", "ien", "ih", "in", "ing", "iu", "iung", NULL
};
static const char *const finals_o[] = {"o", "ou", NULL};
static const char *const finals_u[] = {
	"u", "ua", "uai", "uan", "uang", "ueh", "uei", "ui", "un", "ung", "uo", NULL
};
static const char *const finals_v[] = {"v", "van", "veh", "vn", NULL};

static bool
is_final(const char *s)
{
	const char *const *list;

	switch (s[0])
	{
		case 'a':
			list = finals_a;
			break;
		case 'e':
			list = finals_e;
			break;
		case 'i':
			list = finals_i;
			break;
		case 'o':
			list = finals_o;
			break;
		case 'u':
			list = finals_u;
			break;
		case 'v':
			list = finals_v;
			break;
		default:
			return false;
	}
	for (; *list; list++)
		if (strcmp(s, *list) == 0)
			return true;
	return false;
}

#define IS(s, lit)	(strcmp((s), (lit)) == 0)

/* May an aspiration mark follow this initial? */
static bool
aspirable(const char *ini)
{
	return IS(ini, "ch") || IS(ini, "ts") || IS(ini, "tz") || IS(ini, "k") ||
		IS(ini, "t") || IS(ini, "p");
}

/*
 * Split letters (len, u-umlaut as v; the apostrophe after apos letters, or
 * apos -1) into a Wade-Giles initial and final; false when they are no
 * syllable.
 */
static bool
parse_syllable(const char *s, int len, int apos, syllable *out)
{
	size_t		k;

	if (len < 1 || len > SYL_MAX)
		return false;
	for (k = 0; k < sizeof(initials) / sizeof(initials[0]); k++)
	{
		const char *ini = initials[k];
		int			il = (int) strlen(ini);

		if (il > len || memcmp(s, ini, il) != 0)
			continue;
		if (apos >= 0 && (apos != il || !aspirable(ini)))
			continue;
		memcpy(out->final, s + il, len - il);
		out->final[len - il] = '\0';
		if (!is_final(out->final))
			continue;
		/* finals that go with some initials only */
		if (IS(out->final, "eh") && !IS(ini, "y"))
			continue;
		if (IS(out->final, "erh") && il > 0)
			continue;
		if (IS(out->final, "ih") && !IS(ini, "ch") && !IS(ini, "sh") && !IS(ini, "j"))
			continue;
		if ((IS(out->final, "ung") || IS(out->final, "uei")) && il == 0)
			continue;
		strcpy(out->initial, ini);
		out->aspirated = apos >= 0;
		return true;
	}
	return false;
}

/* Is the syllable none that pinyin writes so? */
static bool
wade_giles_only(const syllable *y)
{
	const char *i = y->initial,
			   *f = y->final;

	if (y->aspirated || IS(i, "hs") || IS(i, "ts") || IS(i, "tz") || IS(i, "ss") ||
		IS(i, "sz"))
		return true;
	if (IS(i, "ch") && (f[0] == 'i' || f[0] == 'v') && !IS(f, "i"))
		return true;
	if (IS(i, "j") && f[0] != 'i' && f[0] != 'u' && f[0] != 'v')
		return true;
	if (IS(f, "ung") || IS(f, "iung") || IS(f, "ieh") || IS(f, "ih") || IS(f, "ueh") ||
		IS(f, "veh") || IS(f, "uei") || IS(f, "erh") || IS(f, "ien"))
		return true;
	return IS(i, "y") && (IS(f, "en") || IS(f, "eh"));
}

static inline bool
is_apostrophe(const unsigned char *p, size_t left, int *bytes)
{
	if (p[0] == '\'' || p[0] == '`')
		return (*bytes = 1), true;
	/* U+2018, U+2019; U+02BB, U+02BC */
	if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99))
		return (*bytes = 3), true;
	if (left >= 2 && p[0] == 0xCA && (p[1] == 0xBB || p[1] == 0xBC))
		return (*bytes = 2), true;
	return false;
}

/*
 * The name's syllables into syl (room for NAME_SYL_MAX); their count, or -1
 * when the name is not written in Wade-Giles syllables alone.  *marked
 * says whether one is Wade-Giles only.
 */
static int
syllables(const char *utf8, size_t len, syllable *syl, bool *marked)
{
	const unsigned char *u = (const unsigned char *) utf8;
	size_t		i = 0;
	int			n = 0;

	*marked = false;
	while (i < len)
	{
		char		letters[SYL_MAX + 1];
		int			nl = 0,
					apos = -1,
					b;

		/* separators between words: spaces, commas, full stops */
		if (u[i] == ' ' || u[i] == '\t' || u[i] == ',' || u[i] == '.')
		{
			if (u[i] == ',' && n > 0)
				syl[n - 1].comma = true;
			i++;
			continue;
		}
		/* one syllable: letters, an apostrophe after its initial */
		while (i < len)
		{
			unsigned char c = u[i];

			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			{
				if (nl == SYL_MAX)
					return -1;
				letters[nl++] = (char) (c | 0x20);
				i++;
			}
			else if (c == 0xC3 && i + 1 < len && (u[i + 1] == 0xBC || u[i + 1] == 0x9C))
			{
				/* u-umlaut */
				if (nl == SYL_MAX)
					return -1;
				letters[nl++] = 'v';
				i += 2;
			}
			else if (is_apostrophe(u + i, len - i, &b))
			{
				if (apos >= 0 || nl == 0)
					return -1;
				apos = nl;
				i += b;
			}
			else
				break;
		}
		if (n == NAME_SYL_MAX || !parse_syllable(letters, nl, apos, &syl[n]))
			return -1;
		syl[n].word_end = true;
		syl[n].comma = false;
		*marked |= wade_giles_only(&syl[n]);
		n++;
		if (i < len && u[i] == '-')
		{
			/* a hyphen joins syllables of one word */
			i++;
			if (i == len || u[i] == ' ' || u[i] == ',' || u[i] == '-')
				return -1;
			syl[n - 1].word_end = false;
		}
		else if (i < len && u[i] != ' ' && u[i] != '\t' && u[i] != ',' && u[i] != '.')
			return -1;			/* a digit, or a letter of no Latin word */
	}
	return n;
}

bool
sn_wadegiles_shaped(const char *utf8, size_t len)
{
	syllable	syl[NAME_SYL_MAX];
	bool		marked;
	size_t		i;

	/*
	 * Most names have a letter that no Wade-Giles syllable writes (b, d, q,
	 * v, x; an r but in -erh, a g but in -ng): one pass rules them out.
	 */
	for (i = 0; i < len; i++)
	{
		char		c = (char) (utf8[i] | 0x20);

		if (c == 'b' || c == 'd' || c == 'q' || c == 'v' || c == 'x' ||
			(c == 'g' && (i == 0 || (utf8[i - 1] | 0x20) != 'n')) ||
			(c == 'r' && (i == 0 || (utf8[i - 1] | 0x20) != 'e')))
			return false;
	}
	return syllables(utf8, len, syl, &marked) > 0 && marked;
}

/* Finals that pinyin writes otherwise after any initial */
static const struct
{
	const char *wade_giles;
	const char *pinyin;
}			final_rewrites[] = {
	{"ih", "i"}, {"ung", "ong"}, {"iung", "iong"}, {"ieh", "ie"}, {"ueh", "ue"},
	{"veh", "ue"}, {"ien", "ian"}, {"uei", "ui"}, {"erh", "er"}
};

/* The pinyin of Wade-Giles final f when final_rewrites has it, or NULL */
static const char *
pinyin_final(const char *f)
{
	size_t		k;

	for (k = 0; k < sizeof(final_rewrites) / sizeof(final_rewrites[0]); k++)
		if (IS(f, final_rewrites[k].wade_giles))
			return final_rewrites[k].pinyin;
	return NULL;
}

/*
 * The pinyin of one syllable, appended to out; with all_aspirated, a stop
 * or affricate without a mark is read as the aspirated one.
 */
static void
write_syllable(const syllable *y, bool all_aspirated, sn_buf *out)
{
	const char *i = y->initial,
			   *f = y->final,
			   *pi = i;			/* pinyin initial */
	char		pf[SYL_MAX + 2];	/* pinyin final */
	/* ch before i or u-umlaut is j (q), elsewhere zh (ch); chih is zhi */
	bool		front = (f[0] == 'i' && !IS(f, "ih")) || f[0] == 'v';
	bool		asp = y->aspirated || all_aspirated;
	const char *to;

	if (IS(i, "ch"))
		pi = front ? (asp ? "q" : "j") : (asp ? "ch" : "zh");
	else if (IS(i, "hs"))
		pi = "x";
	else if (IS(i, "ts") || IS(i, "tz"))
		pi = asp ? "c" : "z";
	else if (IS(i, "ss") || IS(i, "sz"))
		pi = "s";
	else if (IS(i, "j"))
		pi = "r";
	else if (IS(i, "k"))
		pi = asp ? "k" : "g";
	else if (IS(i, "t"))
		pi = asp ? "t" : "d";
	else if (IS(i, "p"))
		pi = asp ? "p" : "b";

	/* the final */
	if (IS(f, "u") && (IS(i, "tz") || IS(i, "ss") || IS(i, "sz")))
		strcpy(pf, "i");		/* tzu, ssu: zi, si */
	else if ((to = pinyin_final(f)) != NULL)
		strcpy(pf, to);
	else if (IS(f, "o") && (IS(i, "k") || IS(i, "h") || IS(i, "")))
		strcpy(pf, "e");		/* ko, ho: ge, he */
	else if (IS(f, "o") && (IS(i, "t") || IS(i, "n") || IS(i, "l") || IS(i, "s") ||
							IS(i, "ts") || IS(i, "tz") || IS(i, "j") || IS(i, "ch")))
		strcpy(pf, "uo");		/* to, lo, tso, jo: duo, luo, zuo, ruo */
	else if (IS(i, "y") && IS(f, "en"))
		strcpy(pf, "an");		/* yen: yan */
	else if (IS(i, "y") && IS(f, "eh"))
		strcpy(pf, "e");		/* yeh: ye */
	else
	{
		size_t		k;

		for (k = 0; f[k]; k++)
			pf[k] = f[k] == 'v' ? 'u' : f[k];
		pf[k] = '\0';
	}

	/* a syllable without an initial: pinyin's y and w */
	if (*pi == '\0' && pf[0] == 'i')
	{
		if (IS(pf, "i") || IS(pf, "in") || IS(pf, "ing"))
			sn_buf_putc(out, 'y');
		else if (IS(pf, "iu"))
		{
			SN_BUF_LIT(out, "you");
			return;
		}
		else
			pf[0] = 'y';
	}
	else if (*pi == '\0' && pf[0] == 'u')
	{
		if (IS(pf, "u"))
			sn_buf_putc(out, 'w');
		else if (IS(pf, "ui"))
			strcpy(pf, "wei");
		else if (IS(pf, "un"))
			strcpy(pf, "wen");
		else
			pf[0] = 'w';
	}
	sn_buf_append(out, pi, strlen(pi));
	sn_buf_append(out, pf, strlen(pf));
}

void
sn_wadegiles_write(const char *utf8, size_t len, int form, sn_buf *out)
{
	syllable	syl[NAME_SYL_MAX];
	bool		marked;
	int			n = syllables(utf8, len, syl, &marked),
				k;

	/*
	 * A name written with marks says which stops are aspirated: it has no
	 * other reading to give.
	 */
	for (k = 0; form == SN_WADEGILES_ASPIRATED && k < n; k++)
		if (syl[k].aspirated)
			return;
	for (k = 0; k < n; k++)
	{
		write_syllable(&syl[k], form == SN_WADEGILES_ASPIRATED, out);
		if (syl[k].comma)
			sn_buf_putc(out, ',');
		if (syl[k].word_end && k + 1 < n)
			sn_buf_putc(out, ' ');
	}
}

bool
sn_wadegiles_reading(const char *utf8, size_t len, int form, sn_buf *out)
{
	if (!sn_wadegiles_shaped(utf8, len))
		return false;
	sn_wadegiles_write(utf8, len, form, out);
	return true;
}
