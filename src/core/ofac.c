/*
 * ofac.c
 *		The score of OFAC's Sanctions List Search, reproduced.
 *
 * OFAC documents its tool (Sanctions List Search FAQ 249) in four steps:
 *
 *	1. a pre-filter keeps the list names that share the first letter of an
 *	   input search term and are at least 50% similar to it by edit distance;
 *	2. technique one compares the entire name entered with the entire list
 *	   name by Jaro-Winkler;
 *	3. technique two splits the name entered into name parts, compares each
 *	   with the list name's parts by Jaro-Winkler and Soundex, and forms a
 *	   composite score over the parts entered;
 *	4. the score shown is the higher of the two techniques.
 *
 * The FAQ leaves the details open; they are fixed here by what OFAC's tool
 * returns (README.md, "sanctions.ofac_score", has the evidence):
 *
 *	- names are compared as typed, uppercased and without Latin diacritics:
 *	  no transliteration, no dropped titles, no legal forms rewritten (OFAC
 *	  describes none of these, and each would move the whole-name score);
 *	- the entire name is compared without its spaces and punctuation, so
 *	  "PUTIN, Vladimir" is PUTINVLADIMIR;
 *	- the Jaro-Winkler prefix bonus counts up to five leading characters and
 *	  applies whatever the Jaro value (no 0.7 boost threshold);
 *	- step 1 works on name parts: a candidate is listed only when some part
 *	  entered and some part of it start with the same letter and are at
 *	  least 50% similar by edit distance, or share a Soundex code;
 *	- in technique two each part entered takes the best Jaro-Winkler among
 *	  the list name's parts that pass that same test with it (0 if none),
 *	  and the composite is the mean over the parts entered; parts of one or
 *	  two characters (initials, particles such as AL or UN) take no part in
 *	  the mean unless the name has nothing longer.
 */
#include "ofac.h"

#include <math.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

/* Parts shorter than this are initials or particles (see above). */
#define OFAC_MIN_PART	3

/* Bytes of input folded between two interrupt checks. */
#define FOLD_CHECK_EVERY 65536

/* ---------------------------------------------------------------- folding */

/* Decode one UTF-8 sequence at s[*i]; returns -1 for an invalid one. */
static int32_t
utf8_next(const unsigned char *s, size_t len, size_t *i)
{
	unsigned char c = s[*i];
	int			n;
	int32_t		cp;
	int32_t		min;

	if (c < 0x80)
	{
		(*i)++;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		n = 1;
		cp = c & 0x1F;
		min = 0x80;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		n = 2;
		cp = c & 0x0F;
		min = 0x800;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		n = 3;
		cp = c & 0x07;
		min = 0x10000;
	}
	else
	{
		(*i)++;				/* a stray continuation or invalid lead byte */
		return -1;
	}
	for (int k = 1; k <= n; k++)
	{
		/* a truncated sequence ends before the byte that breaks it */
		if (*i + k >= len || (s[*i + k] & 0xC0) != 0x80)
		{
			*i += k;
			return -1;
		}
		cp = (cp << 6) | (s[*i + k] & 0x3F);
	}
	*i += n + 1;
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	return cp;
}

/* Characters that join the letters around them: apostrophes and the like. */
static bool
is_joiner(int32_t c)
{
	return c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 ||
		c == 0x02B9 || c == 0x02BA || c == 0x02BB || c == 0x02BC ||
		c == 0x02BE || c == 0x02BF || c == 0x00B4 || c == 0x00B7;
}

/*
 * Latin letters with no canonical decomposition whose ASCII spelling is
 * nevertheless plain (the same spellings as ICU's Latin-ASCII).
 */
static const char *
latin_special(int32_t c)
{
	switch (c)
	{
		case 0x00DF:			/* ß */
		case 0x1E9E:			/* ẞ */
			return "SS";
		case 0x00C6:			/* Æ */
		case 0x00E6:
			return "AE";
		case 0x0152:			/* Œ */
		case 0x0153:
			return "OE";
		case 0x00D8:			/* Ø */
		case 0x00F8:
			return "O";
		case 0x0141:			/* Ł */
		case 0x0142:
			return "L";
		case 0x0110:			/* Đ */
		case 0x0111:
		case 0x00D0:			/* Ð */
		case 0x00F0:
			return "D";
		case 0x00DE:			/* Þ */
		case 0x00FE:
			return "TH";
		case 0x0131:			/* dotless i */
			return "I";
		case 0x0126:			/* Ħ */
		case 0x0127:
			return "H";
		case 0x0166:			/* Ŧ */
		case 0x0167:
			return "T";
		case 0x0192:			/* ƒ */
			return "F";
		case 0x014A:			/* Ŋ */
		case 0x014B:
			return "NG";
		default:
			return NULL;
	}
}

typedef struct fold_state
{
	sn_ofac_name *out;
	bool		in_part;
	bool		full;
} fold_state;

static void
emit_sep(fold_state *st)
{
	st->in_part = false;
}

/* Append one letter or digit; sets full when the name's bounds are hit. */
static void
emit_char(fold_state *st, uint32_t c)
{
	sn_ofac_name *n = st->out;

	if (n->nchars >= SN_OFAC_MAX_CHARS)
	{
		st->full = true;
		return;
	}
	if (!st->in_part)
	{
		if (n->nparts >= SN_OFAC_MAX_PARTS)
		{
			st->full = true;
			return;
		}
		n->part_start[n->nparts] = n->nchars;
		n->part_len[n->nparts] = 0;
		n->nparts++;
		st->in_part = true;
	}
	n->chars[n->nchars++] = c;
	n->part_len[n->nparts - 1]++;
}

/* Fold one code point that is not itself decomposed any further. */
static void
fold_simple(fold_state *st, int32_t c)
{
	const char *s;
	int8_t		type;

	if (c < 0x80)
	{
		if (c >= 'a' && c <= 'z')
			emit_char(st, (uint32_t) (c - 'a' + 'A'));
		else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
			emit_char(st, (uint32_t) c);
		else if (!is_joiner(c))
			emit_sep(st);
		return;
	}
	if (is_joiner(c) || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
		return;
	type = (int8_t) u_charType(c);
	if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
		type == U_ENCLOSING_MARK)
		return;					/* a diacritic: the base letter carries on */
	if ((s = latin_special(c)) != NULL)
	{
		for (; *s; s++)
			emit_char(st, (uint32_t) *s);
		return;
	}
	if (type == U_DECIMAL_DIGIT_NUMBER)
		emit_char(st, (uint32_t) ('0' + u_charDigitValue(c)));
	else if (u_isalnum(c))
		emit_char(st, (uint32_t) u_toupper(c));
	else
		emit_sep(st);
}

void
sn_ofac_fold(const char *in, size_t len, sn_ofac_name *out)
{
	const unsigned char *s = (const unsigned char *) in;
	const UNormalizer2 *nfkd = NULL;
	fold_state	st = {out, false, false};
	size_t		i = 0;
	size_t		next_check = FOLD_CHECK_EVERY;

	out->nchars = 0;
	out->nparts = 0;
	while (i < len && !st.full)
	{
		int32_t		c = utf8_next(s, len, &i);
		UChar		dec[32];
		int32_t		dlen;
		UErrorCode	status = U_ZERO_ERROR;

		if (i >= next_check)
		{
			sn_check_interrupts();
			next_check = i + FOLD_CHECK_EVERY;
		}
		if (c < 0)
		{
			emit_sep(&st);
			continue;
		}
		if (c < 0x80)
		{
			fold_simple(&st, c);
			continue;
		}

		/*
		 * Compatibility decomposition takes diacritics off their letters (é
		 * -> e + mark) and spells fullwidth letters and ligatures in plain
		 * letters (ﬁ -> fi); the marks then vanish in fold_simple.
		 */
		if (nfkd == NULL)
			nfkd = unorm2_getNFKDInstance(&status);
		dlen = U_SUCCESS(status) ?
			unorm2_getDecomposition(nfkd, c, dec, (int32_t) (sizeof(dec) / sizeof(dec[0])), &status) : -1;
		if (U_FAILURE(status) || dlen <= 0)
			fold_simple(&st, c);
		else
		{
			int32_t		k = 0;

			while (k < dlen && !st.full)
			{
				UChar32		d;

				U16_NEXT(dec, k, dlen, d);
				fold_simple(&st, d);
			}
		}
	}
}

/* --------------------------------------------------------------- measures */

/* Small arrays live on the stack; the public measures accept any length. */
#define STACK_CHARS SN_OFAC_MAX_CHARS

double
sn_jaro(const uint32_t *a, int la, const uint32_t *b, int lb)
{
	bool		sa_stack[STACK_CHARS],
				sb_stack[STACK_CHARS];
	bool	   *ma,
			   *mb;
	int			window,
				m = 0,
				t = 0,
				k = 0;
	double		jaro;

	if (la == 0 && lb == 0)
		return 1.0;
	if (la == 0 || lb == 0)
		return 0.0;
	ma = la <= STACK_CHARS ? sa_stack : sn_alloc((size_t) la);
	mb = lb <= STACK_CHARS ? sb_stack : sn_alloc((size_t) lb);
	memset(ma, 0, (size_t) la);
	memset(mb, 0, (size_t) lb);

	window = (la > lb ? la : lb) / 2 - 1;
	if (window < 0)
		window = 0;
	for (int i = 0; i < la; i++)
	{
		int			lo = i - window > 0 ? i - window : 0;
		int			hi = i + window + 1 < lb ? i + window + 1 : lb;

		for (int j = lo; j < hi; j++)
		{
			if (!mb[j] && a[i] == b[j])
			{
				ma[i] = mb[j] = true;
				m++;
				break;
			}
		}
	}
	if (m == 0)
		jaro = 0.0;
	else
	{
		/* half the matched characters that are out of order */
		for (int i = 0; i < la; i++)
		{
			if (!ma[i])
				continue;
			while (!mb[k])
				k++;
			if (a[i] != b[k])
				t++;
			k++;
		}
		jaro = ((double) m / la + (double) m / lb +
				(m - t / 2.0) / m) / 3.0;
	}
	if (ma != sa_stack)
		sn_free(ma);
	if (mb != sb_stack)
		sn_free(mb);
	return jaro;
}

double
sn_jaro_winkler(const uint32_t *a, int la, const uint32_t *b, int lb,
				int max_prefix)
{
	double		j = sn_jaro(a, la, b, lb);
	int			l = 0;

	while (l < max_prefix && l < la && l < lb && a[l] == b[l])
		l++;
	return j + l * 0.1 * (1.0 - j);
}

int
sn_levenshtein(const uint32_t *a, int la, const uint32_t *b, int lb)
{
	int			stack[STACK_CHARS + 1];
	int		   *row;
	int			d = 0;

	if (la <= 0)
		return lb > 0 ? lb : 0;
	if (lb <= 0)
		return la;
	/* one row of the table: row[j] is the distance of a[0..i) to b[0..j) */
	row = lb <= STACK_CHARS ? stack : sn_alloc(sizeof(int) * (size_t) (lb + 1));
	for (int j = 0; j <= lb; j++)
		row[j] = j;
	for (int i = 1; i <= la; i++)
	{
		int			diag = row[0];

		row[0] = i;
		for (int j = 1; j <= lb; j++)
		{
			int			up = row[j];
			int			best = diag + (a[i - 1] != b[j - 1]);

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
			d = best;			/* ends as row[lb] of the last row */
		}
	}
	if (row != stack)
		sn_free(row);
	return d;
}

/* Soundex digit of an ASCII uppercase letter; 0 for vowels, -1 for H, W. */
static int
soundex_digit(uint32_t c)
{
	switch (c)
	{
		case 'B': case 'F': case 'P': case 'V':
			return 1;
		case 'C': case 'G': case 'J': case 'K':
		case 'Q': case 'S': case 'X': case 'Z':
			return 2;
		case 'D': case 'T':
			return 3;
		case 'L':
			return 4;
		case 'M': case 'N':
			return 5;
		case 'R':
			return 6;
		case 'H': case 'W':
			return -1;
		default:
			return 0;			/* A E I O U Y, and anything else */
	}
}

static inline bool
ascii_upper(uint32_t c)
{
	return c >= 'A' && c <= 'Z';
}

bool
sn_soundex(const uint32_t *s, int len, char *out)
{
	int			n = 1;
	int			last;

	out[0] = '\0';
	if (len == 0 || !ascii_upper(s[0]))
		return false;
	out[0] = (char) s[0];
	last = soundex_digit(s[0]);
	for (int i = 1; i < len && n < SN_SOUNDEX_LEN; i++)
	{
		int			d;

		if (!ascii_upper(s[i]))
			continue;
		d = soundex_digit(s[i]);
		if (d == -1)
			continue;			/* H and W do not separate equal digits */
		if (d > 0 && d != last)
			out[n++] = (char) ('0' + d);
		last = d;				/* a vowel separates equal digits */
	}
	while (n < SN_SOUNDEX_LEN)
		out[n++] = '0';
	out[n] = '\0';
	return true;
}

/* -------------------------------------------------------------- the score */

typedef struct part_view
{
	const uint32_t *s;
	int			len;
	bool		has_soundex;
	char		soundex[SN_SOUNDEX_LEN + 1];
} part_view;

static int
part_views(const sn_ofac_name *n, part_view *v)
{
	for (int i = 0; i < n->nparts; i++)
	{
		v[i].s = n->chars + n->part_start[i];
		v[i].len = n->part_len[i];
		v[i].has_soundex = sn_soundex(v[i].s, v[i].len, v[i].soundex);
	}
	return n->nparts;
}

/*
 * OFAC's pre-filter on a pair of parts: the same first letter and at least
 * 50% similar by edit distance (distance at most half the longer part), or
 * the same Soundex code (a phonetic match).
 */
static bool
parts_compared(const part_view *x, const part_view *y)
{
	int			longer = x->len > y->len ? x->len : y->len;

	if (x->s[0] == y->s[0] &&
		2 * sn_levenshtein(x->s, x->len, y->s, y->len) <= longer)
		return true;
	return x->has_soundex && y->has_soundex &&
		strcmp(x->soundex, y->soundex) == 0;
}

int
sn_ofac_score_names(const sn_ofac_name *q, const sn_ofac_name *c,
					sn_ofac_detail *detail)
{
	part_view	qp[SN_OFAC_MAX_PARTS],
				cp[SN_OFAC_MAX_PARTS];
	int			nq,
				nc,
				nlong = 0,
				counted = 0;
	bool		found = false;
	double		sum = 0.0,
				whole = 0.0,
				parts = 0.0,
				best;

	if (detail)
	{
		detail->found = false;
		detail->whole = 0.0;
		detail->parts = 0.0;
	}
	if (q->nchars == 0 || c->nchars == 0)
		return 0;
	nq = part_views(q, qp);
	nc = part_views(c, cp);
	for (int i = 0; i < nq; i++)
		if (qp[i].len >= OFAC_MIN_PART)
			nlong++;

	for (int i = 0; i < nq; i++)
	{
		bool		counts = nlong == 0 || qp[i].len >= OFAC_MIN_PART;

		sn_check_interrupts();
		best = 0.0;
		for (int j = 0; j < nc; j++)
		{
			double		s;

			if (!parts_compared(&qp[i], &cp[j]))
				continue;
			found = true;		/* short parts count for the pre-filter */
			if (!counts)
				continue;
			s = sn_jaro_winkler(qp[i].s, qp[i].len, cp[j].s, cp[j].len,
								SN_OFAC_PREFIX);
			if (s > best)
				best = s;
		}
		if (counts)
		{
			sum += best;
			counted++;
		}
	}
	if (found)
	{
		parts = sum / counted;
		whole = sn_jaro_winkler(q->chars, q->nchars, c->chars, c->nchars,
								SN_OFAC_PREFIX);
	}
	if (detail)
	{
		detail->found = found;
		detail->whole = whole;
		detail->parts = parts;
	}
	if (!found)
		return 0;
	best = whole > parts ? whole : parts;

	/*
	 * Halves round to even (rint in the default rounding mode): OFAC's tool
	 * shows 62 where the exact score is 62.5 (GEORGE BUSH against GROUPE
	 * FLEURETTE).
	 */
	return (int) rint(best * 100.0);
}

int
sn_ofac_score(const char *query, size_t qlen, const char *candidate,
			  size_t clen, sn_ofac_detail *detail)
{
	sn_ofac_name *q = sn_alloc(sizeof(sn_ofac_name));
	sn_ofac_name *c = sn_alloc(sizeof(sn_ofac_name));
	int			score;

	sn_ofac_fold(query, qlen, q);
	sn_ofac_fold(candidate, clen, c);
	score = sn_ofac_score_names(q, c, detail);
	sn_free(q);
	sn_free(c);
	return score;
}

/* ------------------------------------------------------------ convenience */

/* Code points of a NUL-terminated UTF-8 string, as they are (no folding). */
static int
decode_raw(const char *s, uint32_t *out, int cap)
{
	size_t		len = strlen(s),
				i = 0;
	int			n = 0;

	while (i < len && n < cap)
	{
		int32_t		c = utf8_next((const unsigned char *) s, len, &i);

		out[n++] = c < 0 ? 0xFFFD : (uint32_t) c;
	}
	return n;
}

double
sn_jaro_winkler_str(const char *a, const char *b, int max_prefix)
{
	uint32_t	ua[SN_OFAC_MAX_CHARS],
				ub[SN_OFAC_MAX_CHARS];
	int			la = decode_raw(a, ua, SN_OFAC_MAX_CHARS);
	int			lb = decode_raw(b, ub, SN_OFAC_MAX_CHARS);

	return sn_jaro_winkler(ua, la, ub, lb, max_prefix);
}

bool
sn_soundex_str(const char *s, char *out)
{
	uint32_t	u[SN_OFAC_MAX_CHARS];
	int			n = decode_raw(s, u, SN_OFAC_MAX_CHARS);

	return sn_soundex(u, n, out);
}
