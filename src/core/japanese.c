/*
 * japanese.c
 *		The reading of a Japanese name written in kanji.
 *
 * The normaliser reads Han characters as Mandarin: 山田太郎 is "shan tian
 * tai lang", while the lists write the name as it sounds, Yamada Taro.  A
 * kanji has several readings and the name decides which (田 is ta in
 * Tanaka, da in Yamada, den in Denki), so a name is read from a dictionary
 * of names (japanese_names.c): split into a known surname and a known
 * given name, the commonest such pair, each read as the dictionary reads
 * it.  The score compares such a query in this reading too and keeps its
 * best (sn_name.reading).
 */
#include "japanese.h"
#include "normalize.h"

#include <string.h>

#include <unicode/utf8.h>

/* Japanese names have at most three kanji in each part */
#define PART_MAX	3

const char *
sn_japanese_find(bool given, const char *s, size_t len, int *cost)
{
	const sn_japanese_name *t = given ? sn_japanese_given_names : sn_japanese_surnames;
	const char *text = given ? sn_japanese_given_names_text : sn_japanese_surnames_text;
	size_t		lo = 0,
				hi = given ? sn_n_japanese_given_names : sn_n_japanese_surnames;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		const char *k = text + t[mid].kanji;
		size_t		kl = t[mid].latin - t[mid].kanji - 1;
		int			c = memcmp(k, s, kl < len ? kl : len);

		if (c == 0)
			c = kl < len ? -1 : (kl > len ? 1 : 0);
		if (c == 0)
		{
			*cost = t[mid].cost;
			return text + t[mid].latin;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* A kanji: a Han letter, or 々, which repeats the one before it */
static inline bool
kanji(UChar32 c)
{
	return c == 0x3005 || sn_is_han_letter(c);
}

typedef struct part
{
	const char *s;				/* UTF-8 */
	int			nbytes;
	int			nchars;
	int			at[7];			/* byte offset of each kanji (six at most), and the end */
} part;

/*
 * The cost of reading sur as a surname and giv as a given name (their
 * readings into *rs and *rg), or -1 when the tables do not have both.
 */
static long
pair_cost(const char *sur, int sl, const char *giv, int gl, const char **rs, const char **rg)
{
	int			cs,
				cg;

	*rs = sn_japanese_find(false, sur, (size_t) sl, &cs);
	*rg = *rs ? sn_japanese_find(true, giv, (size_t) gl, &cg) : NULL;
	return *rg ? (long) cs + cg : -1;
}

static void
put_pair(sn_buf *out, const char *first, const char *second)
{
	sn_buf_append(out, first, strlen(first));
	sn_buf_putc(out, ' ');
	sn_buf_append(out, second, strlen(second));
}

bool
sn_japanese_reading(const char *utf8, size_t len, sn_buf *out)
{
	const uint8_t *u = (const uint8_t *) utf8;
	int32_t		i = 0,
				n = (int32_t) (len > INT32_MAX ? INT32_MAX : len);
	part		p[2];
	int			np = 0,
				total = 0;
	const char *s,
			   *g,
			   *bs = NULL,
			   *bg = NULL;
	long		best = -1,
				c;
	bool		surname_first = true,
				gap = false;

	/*
	 * kanji in one or two parts apart by spaces or a middle dot (山本・明美,
	 * as forms that join the two fields write them), three to six in all
	 */
	memset(p, 0, sizeof(p));
	while (i < n)
	{
		int32_t		at = i;
		UChar32		ch;
		part	   *q;

		U8_NEXT(u, i, n, ch);
		if (ch == ' ' || ch == 0x3000 || sn_middle_dot(ch))
		{
			gap = true;
			continue;
		}
		if (ch < 0 || !kanji(ch) || ++total > 6)
			return false;
		if (np == 0 || gap)
		{
			if (np == 2)
				return false;
			p[np++].s = utf8 + at;
			gap = false;
		}
		q = &p[np - 1];
		q->at[q->nchars++] = (int) (utf8 + at - q->s);
		q->nbytes = (int) (utf8 + i - q->s);
		q->at[q->nchars] = q->nbytes;
	}
	if (total < 3)
		return false;

	if (np == 1)
	{
		/* written together, surname first: every split */
		int			k;

		for (k = 1; k < p[0].nchars; k++)
		{
			if (k > PART_MAX || p[0].nchars - k > PART_MAX)
				continue;
			c = pair_cost(p[0].s, p[0].at[k], p[0].s + p[0].at[k], p[0].nbytes - p[0].at[k],
						  &s, &g);
			if (c >= 0 && (best < 0 || c < best))
			{
				best = c;
				bs = s;
				bg = g;
			}
		}
	}
	else
	{
		/* two parts: surname first, or (as Western forms put it) last */
		if (p[0].nchars <= PART_MAX && p[1].nchars <= PART_MAX)
		{
			c = pair_cost(p[0].s, p[0].nbytes, p[1].s, p[1].nbytes, &s, &g);
			if (c >= 0)
			{
				best = c;
				bs = s;
				bg = g;
			}
			c = pair_cost(p[1].s, p[1].nbytes, p[0].s, p[0].nbytes, &s, &g);
			if (c >= 0 && (best < 0 || c < best))
			{
				best = c;
				bs = s;
				bg = g;
				surname_first = false;
			}
		}
	}
	if (best < 0)
		return false;
	if (surname_first)
		put_pair(out, bs, bg);
	else
		put_pair(out, bg, bs);
	return true;
}
