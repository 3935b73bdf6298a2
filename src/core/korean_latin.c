/*
 * korean_latin.c
 *		Other romanisations of a Korean name written in Latin letters.
 *
 * One Korean name has several Latin spellings, and the lists and customer
 * files do not agree on one: South Korea's Revised Romanization writes the
 * plain stops and affricate g, d, b, j and the vowels eo and eu (Kim
 * Yeo-jeong); McCune-Reischauer, which the OFAC list writes with an
 * apostrophe for each breve (KIM, Yo'-cho'ng), writes k, t, p, ch and o, u;
 * North Korea's own spelling, which the lists also carry (KIM Yo Jong),
 * writes k, t, p and o, u, but j.  The aspirated consonants, which
 * McCune-Reischauer marks with another apostrophe (ch'ol) and the other
 * two write k, t, p, ch, cannot be told from the plain ones once the marks
 * are gone; the vowels' difference no rule of the score bridges: Kim Yo
 * Jong and KIM, Yo'-cho'ng score 0.48 as written.
 *
 * A query that is a Korean name (two to four words, one at either end a
 * Korean surname as some romanisation writes it, every word one or two
 * Korean syllables: an initial of g, k, kk, n, d, t, tt, r, l, m, b, p, pp,
 * s, ss, sh, j, jj, ch, h or none, a vowel, a final of k, n, t, l, m, p, ng
 * or none; the surname may be none, as Park, and is kept) is therefore also read as North Korea's spelling and as
 * McCune-Reischauer write it, syllable by syllable, each word as one
 * (the score's merged-token rule meets Jongun and Jong Un): g, d, b as k, t,
 * p; eo, yeo and eu as o, yo and u; the oo, woo, ee and you of passports
 * as u, u, i (hui after h) and yo (Soo, Woo, Hee, Kyoung); sh as s; j as
 * ch in the second; and in the first an initial ch as j, unless the name
 * is in the Revised Romanization or a passport's spelling (an eo, eu, oo,
 * ee, you, g, d or b), whose ch is the aspirated one that all three write
 * ch (Cheol, Ch'o'l, Chol).  Without its apostrophes a McCune-Reischauer
 * ch may be either, and the first reading reads it as the plain one; the
 * score keeps the best reading (sn_name.reading), the name as written
 * among them.  Western names rarely have that shape, and those that have
 * are read as spellings no list has (Gina Lee: kina li), nor do Chinese
 * ones, whose surnames but a few are none of Korea's.
 */
#include "korean_latin.h"
#include "token_info.h"

#include <stdint.h>
#include <string.h>

#define WORDS_MAX	4

typedef struct ksyl
{
	const char *ini;
	const char *vow;
	const char *fin;
	const char *raw;			/* or a surname of no syllables (Park), as written */
	size_t		rawlen;
} ksyl;

static const char *const k_initials[] = {
	"kk", "tt", "pp", "ss", "jj", "ch", "sh",
	"g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h", ""
};

static const char *const k_vowels[] = {
	"yae", "wae", "yeo", "you", "ae", "ya", "eo", "ye", "wa", "oe", "oi", "yo", "wo",
	"we", "wi", "yu", "eu", "ui", "woo", "oo", "ee", "a", "e", "o", "u", "i"
};

static const char *const k_finals[] = {"ng", "k", "n", "t", "l", "m", "p", ""};

/*
 * Korean surnames as the romanisations write them (Revised, North Korean,
 * McCune-Reischauer without marks, and the usual spellings of passports):
 * the mark that a name of Korean syllables is a Korean's.  None is longer
 * than five letters (is_surname).
 */
const char *const sn_korean_surnames[] = {
	"kim", "gim", "ri", "yi", "lee", "pak", "bak", "park", "choe", "choi",
	"jang", "chang", "chong", "jong", "jeong", "kang", "cho", "jo", "yun",
	"yoon", "han", "o", "oh", "so", "seo", "sin", "shin", "kwon", "hwang",
	"an", "ahn", "song", "jon", "chon", "jeon", "hong", "ko", "mun", "moon",
	"yang", "son", "pae", "bae", "paek", "baek", "ho", "heo", "yu", "ryu",
	"nam", "sim", "shim", "no", "noh", "ha", "kwak", "cha", "ju", "chu", "u",
	"woo", "ku", "koo", "min", "na", "jin", "chin", "ji", "chi", "om", "eom",
	"chae", "won", "cheon", "pang", "bang", "kong", "gong", "hyon", "hyun",
	"ham", "pyon", "byun", "yom", "yeom", "rim", "im", "lim", "tak", "kye",
	"ryom", "rho", "ro"
};
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

const size_t sn_n_korean_surnames = NELEM(sn_korean_surnames);

/* Does s (n letters) start with p?  *pl is its length when it does. */
static inline bool
starts(const char *s, size_t n, const char *p, size_t *pl)
{
	size_t		l;

	/* the first letter first: most tries fail there, with no strlen */
	if (p[0] != '\0' && (n == 0 || s[0] != p[0]))
		return false;
	l = strlen(p);
	*pl = l;
	return l <= n && memcmp(s, p, l) == 0;
}

/* One syllable, s (n letters), into *y; false when it is none */
static bool
parse_ksyl(const char *s, size_t n, ksyl *y)
{
	size_t		i,
				v,
				f,
				il,
				vl,
				fl;

	for (i = 0; i < NELEM(k_initials); i++)
	{
		if (!starts(s, n, k_initials[i], &il))
			continue;
		for (v = 0; v < NELEM(k_vowels); v++)
		{
			if (!starts(s + il, n - il, k_vowels[v], &vl))
				continue;
			for (f = 0; f < NELEM(k_finals); f++)
				if (starts(s + il + vl, n - il - vl, k_finals[f], &fl) &&
					il + vl + fl == n)
				{
					y->ini = k_initials[i];
					y->vow = k_vowels[v];
					y->fin = k_finals[f];
					return true;
				}
		}
	}
	return false;
}

/*
 * The vowel sounds that a syllable's vowel letters may stand for, as bits:
 * the romanisations write one vowel several ways (eo, o and u for the
 * vowel of Jeong, Chong and Jung; eu and u; yeo, yo and yu), and the lists
 * write a name's syllables with the glide or without it and ae for a
 * (HWANG SOK-HWA, a.k.a. HWANG SOK HA; PAEK and Pak Chang-Ho).  What no
 * spelling confuses is a, o and i: Jang and Jong, Sin and Son.
 */
#define KV_A	1
#define KV_E	2
#define KV_O	4
#define KV_I	8

static const struct
{
	const char *vow;
	int			sounds;
}			vowel_sounds[] = {
	{"a", KV_A}, {"ya", KV_A}, {"wa", KV_A}, {"ae", KV_A | KV_E}, {"yae", KV_A | KV_E},
	{"wae", KV_A | KV_E}, {"e", KV_E}, {"ye", KV_E}, {"we", KV_E},
	{"eo", KV_O}, {"o", KV_O}, {"u", KV_O}, {"oo", KV_O}, {"eu", KV_O}, {"woo", KV_O},
	{"yeo", KV_O}, {"yo", KV_O}, {"you", KV_O}, {"yu", KV_O}, {"wo", KV_O},
	{"i", KV_I}, {"ee", KV_I}, {"wi", KV_I}, {"ui", KV_I | KV_O},
	{"oe", KV_E | KV_O}, {"oi", KV_O | KV_I}
};

int
sn_korean_vowel_sounds(const char *s, size_t n)
{
	ksyl		y;
	size_t		k;

	if (n == 0 || n > 7 || !parse_ksyl(s, n, &y))
		return 0;
	for (k = 0; k < NELEM(vowel_sounds); k++)
		if (strcmp(y.vow, vowel_sounds[k].vow) == 0)
			return vowel_sounds[k].sounds;
	return 0;
}

/* A word (n letters) as one or two syllables into y; how many, 0 for none */
static int
parse_kword(const char *s, size_t n, ksyl *y)
{
	size_t		k;

	if (n == 0 || n > 12)
		return 0;
	y[0].raw = y[1].raw = NULL;
	if (parse_ksyl(s, n, &y[0]))
		return 1;
	/* the longer first syllable first: jongun is jong un, not jon gun */
	for (k = n - 1; k >= 1; k--)
		if (parse_ksyl(s, k, &y[0]) && parse_ksyl(s + k, n - k, &y[1]))
			return 2;
	return 0;
}

/* A word of the table (sn_token_lookup flags them: one hash probe) */
static inline bool
is_surname(const char *s, size_t n)
{
	return n > 0 && n <= 5 && sn_token_lookup(s, n).korean_surname;
}

/* Is the last word of text (len bytes) a surname? */
static bool
is_surname_last(const char *text, size_t len)
{
	size_t		b = len;

	while (b > 0 && text[b - 1] != ' ')
		b--;
	return is_surname(text + b, len - b);
}

/*
 * The name's syllables into y (room for 2 * WORDS_MAX), each word's count
 * into nsyl; the number of words, or 0 when the name is no Korean name.
 */
static int
kname(const char *text, size_t len, ksyl *y, int *nsyl)
{
	size_t		p = 0,
				e;
	int			nw = 0,
				ns = 0;

	/* a surname at either end first: most names stop here */
	for (e = 0; e < len && text[e] != ' '; e++)
		;
	if (e == len || !(is_surname(text, e) || is_surname_last(text, len)))
		return 0;
	while (p < len)
	{
		int			k;

		for (e = p; e < len && text[e] != ' '; e++)
			;
		if (nw == WORDS_MAX)
			return 0;
		k = parse_kword(text + p, e - p, y + ns);
		if (k == 0 && is_surname(text + p, e - p))
		{
			/* a surname written as no romanisation writes it: kept */
			y[ns].raw = text + p;
			y[ns].rawlen = e - p;
			k = 1;
		}
		if (k == 0)
			return 0;
		nsyl[nw++] = k;
		ns += k;
		p = e + 1;
	}
	return nw >= 2 ? nw : 0;
}

bool
sn_korean_latin_shaped(const char *text, size_t len)
{
	ksyl		y[2 * WORDS_MAX];
	int			nsyl[WORDS_MAX];

	return kname(text, len, y, nsyl) > 0;
}

/*
 * Vowels that North Korea's spelling and McCune-Reischauer write otherwise;
 * those that only the Revised Romanization or a passport's spelling writes
 * (eo, eu, oo, ee, you) mark a name so written.  ee after h is hui (Hee).
 */
static const struct
{
	const char *from;
	const char *to;
	bool		revised;
}			vowel_rewrites[] = {
	{"eo", "o", true}, {"yeo", "yo", true}, {"eu", "u", true}, {"oo", "u", true},
	{"woo", "u", true}, {"ee", "i", true}, {"you", "yo", true}, {"oi", "oe", false}
};

static const char *
vowel_rewrite(const char *v, bool *revised_only)
{
	size_t		k;

	for (k = 0; k < NELEM(vowel_rewrites); k++)
		if (strcmp(v, vowel_rewrites[k].from) == 0)
		{
			*revised_only = vowel_rewrites[k].revised;
			return vowel_rewrites[k].to;
		}
	*revised_only = false;
	return NULL;
}

/*
 * Is the name written in the Revised Romanization (or as passports write
 * it): one of its vowels (vowel_rewrites), or an initial g, d or b, which
 * the other two do not write?  Its ch is then the aspirated one (cheol),
 * which all three write ch.
 */
static bool
revised(const ksyl *y, int n)
{
	int			k;
	bool		rr;

	for (k = 0; k < n; k++)
	{
		if (y[k].raw != NULL)
			continue;
		(void) vowel_rewrite(y[k].vow, &rr);
		if (rr || strcmp(y[k].ini, "g") == 0 || strcmp(y[k].ini, "d") == 0 ||
			strcmp(y[k].ini, "b") == 0)
			return true;
	}
	return false;
}

/*
 * One syllable as form writes it, appended to out; rr says the name is in
 * the Revised Romanization, whose ch stays ch.
 */
static void
write_ksyl(const ksyl *y, int form, bool rr, sn_buf *out)
{
	const char *i = y->ini,
			   *v = y->vow,
			   *to;
	bool		rr_vowel;

	if (y->raw != NULL)
	{
		sn_buf_append(out, y->raw, y->rawlen);
		return;
	}
	if (strcmp(i, "g") == 0)
		i = "k";
	else if (strcmp(i, "d") == 0)
		i = "t";
	else if (strcmp(i, "b") == 0)
		i = "p";
	else if (strcmp(i, "sh") == 0)
		i = "s";
	else if (form == SN_KOREAN_NORTH && !rr && strcmp(i, "ch") == 0)
		i = "j";
	else if (form == SN_KOREAN_MR && strcmp(i, "j") == 0)
		i = "ch";
	if (strcmp(v, "ee") == 0 && strcmp(i, "h") == 0)
		v = "ui";				/* Hee: Hui */
	else if ((to = vowel_rewrite(v, &rr_vowel)) != NULL)
		v = to;
	sn_buf_append(out, i, strlen(i));
	sn_buf_append(out, v, strlen(v));
	sn_buf_append(out, y->fin, strlen(y->fin));
}

void
sn_korean_latin_write(const char *text, size_t len, int form, sn_buf *out)
{
	ksyl		y[2 * WORDS_MAX];
	int			nsyl[WORDS_MAX];
	int			nw = kname(text, len, y, nsyl),
				w,
				k,
				s = 0;
	bool		rr;

	for (w = 0; w < nw; w++)
		s += nsyl[w];
	rr = revised(y, s);
	s = 0;

	for (w = 0; w < nw; w++)
	{
		if (w > 0)
			sn_buf_putc(out, ' ');
		for (k = 0; k < nsyl[w]; k++)
			write_ksyl(&y[s++], form, rr, out);
	}
}

bool
sn_korean_latin_reading(const char *text, size_t len, int form, sn_buf *out)
{
	if (!sn_korean_latin_shaped(text, len))
		return false;
	sn_korean_latin_write(text, len, form, out);
	return true;
}
