/*
 * score.c
 *		The name-aware similarity score.
 *
 * A name is a list of canonical tokens, each with a weight that says how
 * much sharing it is evidence of identity (rare tokens weigh more; legal
 * forms and titles weigh little; numbers weigh much).  The score is built
 * in three steps:
 *
 * 1. Token similarity tsim(a, b) in [0, 1]: 1 for equal tokens; otherwise
 *    the best of the Dice coefficient of padded bigram sets (typos,
 *    transliteration variants), a fixed PHON_SIM when the phonetic keys
 *    agree (Mohammed / Muhammad / mhmd), and INIT_SIM when one is the
 *    initial of the other (V. / Vladimir).  Tokens with a digit only match
 *    equal tokens.  The raw value goes through shape(), which maps weak
 *    resemblance (any two names share a bigram or two) to 0, so clearly
 *    different tokens add nothing.
 * 2. Alignment, in any order: each query token takes its best similarity
 *    against every candidate token, against every two adjacent candidate
 *    tokens written together (Abdul Rahman / Abdulrahman), and, written
 *    together with its neighbour, against every candidate token.  Each
 *    candidate token likewise takes its best against the query.
 * 3. Combination:
 *      Sq  = sum(w b) / (sum(w b) + LAMBDA * sum(w (1 - b)))   over query tokens
 *      Cov = sum(w b') / sum(w)                                over candidate tokens
 *      score = Sq * (1 - BETA * (1 - Cov)) * number penalty
 *    Unmatched query tokens cost (LAMBDA < 1 softens one missing middle
 *    name; a patronymic left out costs PATRONYMIC_OMITTED of its weight on
 *    either side); unmatched candidate tokens cost less (BETA), because list
 *    entries carry more names (patronymics, aliases folded in) than a
 *    customer record; a query number that the candidate lacks while it has
 *    other numbers multiplies by NUM_PENALTY (SEA STAR 1 is not SEA STAR 2).
 *
 * The upper bound used by the indexes (sn_bound) follows the same steps
 * with each token's similarity replaced by the most it could be given which
 * of its keys a row has; the factors after Sq are at most 1.
 */
#include "score.h"
#include "arabic.h"
#include "hebrew.h"
#include "cyrillic_en.h"
#include "cyrillic_ja.h"
#include "cyrillic_ko.h"
#include "cyrillic_sc.h"
#include "cyrillic_tr.h"
#include "cyrillic_word.h"
#include "cyrillic_zh.h"
#include "greek.h"
#include "han_loan.h"
#include "hangul_loan.h"
#include "hungarian.h"
#include "katakana_loan.h"
#include "hanja.h"
#include "initials.h"
#include "japanese.h"
#include "korean_latin.h"
#include "somali.h"
#include "wadegiles.h"
#include "normalize.h"
#include "phonetic.h"
#include "token_info.h"
#include "name_tables.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

/*
 * Parameters; README.md, "How the score works", explains each.  They can
 * be overridden at compile time, which the tuning tools use.
 */
#ifndef LAMBDA
#define LAMBDA		0.25		/* cost of an unmatched query token */
#endif
#ifndef BETA
#define BETA		0.40		/* cost of unmatched candidate tokens */
#endif
#ifndef PHON_SIM
#define PHON_SIM	0.85		/* tokens with one phonetic key */
#endif
#ifndef PHON_SPELLING
#define PHON_SPELLING 0.30		/* ... when they share this much spelling (Dice) */
#endif
#ifndef LONG_A_SPELLING
#define LONG_A_SPELLING 0.20	/* ... when one writes no vowel but a (see tsim) */
#endif
#ifndef CONSONANT_SIM
#define CONSONANT_SIM 0.92		/* a vowelless spelling and a vowelled one, same consonants */
#endif
#ifndef CONSONANT_MIN
#define CONSONANT_MIN 3			/* ... at least this many when both are vowelless */
#endif
#ifndef INIT_SIM
#define INIT_SIM	0.70		/* an initial and a name it begins */
#endif
#ifndef ENDING_SIM
#define ENDING_SIM	0.88		/* a name and its Baltic nominative (Putin, Putinas) */
#endif
#ifndef VARIANT_SIM
#define VARIANT_SIM	0.85		/* two words of one variant group */
#endif
#ifndef TRUNC_SIM
#define TRUNC_SIM	0.85		/* a word cut short (Comm, Communications) */
#endif
#define TRUNC_MIN	3			/* ... to this many letters at least */
#define FIELD_MIN	22			/* the shortest field that cuts a person's name */
#ifndef SHAPE_LO
#define SHAPE_LO	0.50		/* raw similarity at or below: 0 */
#endif
#ifndef SHAPE_HI
#define SHAPE_HI	0.70		/* raw similarity at or above: itself */
#endif
#ifndef ED_PER_EDIT
#define ED_PER_EDIT	3			/* a typo model: one edit per this many letters */
#endif
#ifndef ED_MAX
#define ED_MAX		3			/* and never more edits than this */
#endif
#ifndef ED_FIRST_LETTER
#define ED_FIRST_LETTER 6		/* up to this length, a typo keeps the first consonant */
#endif
#ifndef ED_TRANSPOSE
#define ED_TRANSPOSE 1			/* 1: two letters swapped are one edit in a short word */
#endif
#ifndef MERGE_PHON_SPELLING
#define MERGE_PHON_SPELLING 0.5	/* and with a phonetic key, this much Dice */
#endif
#ifndef OTHER_SHARED
#define OTHER_SHARED 0.20		/* ... of spellings that share this much as written */
#endif
#ifndef SILENT_E_SPELLING
#define SILENT_E_SPELLING 0.40	/* Dice asked of two spellings, a silent final e left out */
#endif
#ifndef QAF_SPELLING
#define QAF_SPELLING 0.70		/* Dice asked of two spellings, g and q written alike */
#endif
#ifndef VOWEL_SPELLING
#define VOWEL_SPELLING 0.60		/* Dice asked of two spellings with their diphthongs folded */
#endif
#ifndef VOWEL_SHARED
#define VOWEL_SHARED 0.10		/* ... that share this much as written */
#endif
#ifndef OTHER_SPELLING
#define OTHER_SPELLING 0.50	/* Dice asked of the spellings as the other readings write them */
#endif
/*
 * The least shared spelling (Dice) that a rule meeting two spelled tokens
 * by a phonetic key asks (see tsim and align): what the bound asks of the
 * bigrams of a row that has the key from a spelled token.
 */
#define LEAST(a, b)	((a) < (b) ? (a) : (b))
#define PHON_LEAST_SPELLING \
	LEAST(LEAST(LEAST(PHON_SPELLING, LONG_A_SPELLING), LEAST(OTHER_SHARED, MERGE_PHON_SPELLING)), \
		  VOWEL_SHARED)
#ifndef ACRONYM_SIM
#define ACRONYM_SIM	0.85		/* a word that the initials of the other's words spell */
#endif
#define ABBREVIATION_MAX 3		/* letters of a word without vowels that
								 * abbreviates, at most (see abbreviation) */
#define ACRONYM_MIN	3			/* letters of an acronym, at least */
#define ACRONYM_MAX	10			/* ... and at most */
#define ACRONYM_SKIPS 3			/* small words an acronym may leave out (of, the) */
#ifndef ACRONYM_PREFIX
#define ACRONYM_PREFIX 6		/* letters of a word a company's acronym may take */
#endif
#ifndef ACRONYM_NAME_PREFIX
#define ACRONYM_NAME_PREFIX 4	/* ... and another name's (see acronym_spells) */
#endif
#ifndef MERGE_MIN
#define MERGE_MIN	0.80		/* least overlap for tokens written together */
#endif
#ifndef GAMMA
#define GAMMA		2.50		/* cost of tokens unmatched on both sides */
#endif
#ifndef LAMBDA_ORG
#define LAMBDA_ORG	0.60		/* ... in an organisation's name */
#endif
#ifndef BETA_ORG
#define BETA_ORG	0.50		/* ... in an organisation's name */
#endif
#ifndef UNMATCHED_AT
#define UNMATCHED_AT 0.50		/* a token this similar is not unmatched */
#endif
#ifndef CONFLICT_FLOOR
#define CONFLICT_FLOOR 0.50		/* the conflict factor never goes below */
#endif
#ifndef LAMBDA_HAN
#define LAMBDA_HAN	0.80		/* ... in a name of Mandarin syllables */
#endif
#ifndef LAMBDA_SINGLE
#define LAMBDA_SINGLE 0.40		/* ... when the candidate is one word */
#endif
#ifndef PATRONYMIC_OMITTED
#define PATRONYMIC_OMITTED 0.50	/* share of a patronymic's weight that its
								 * omission costs */
#endif
#ifndef PATRONYMIC_ENDING_MIN
#define PATRONYMIC_ENDING_MIN 3	/* letters a patronymic has beyond a word
								 * that is only its father's name */
#endif
#ifndef LINEAGE_PENALTY
#define LINEAGE_PENALTY 0.7		/* a name's and a father's name swapped */
#endif
#ifndef LEGAL_PENALTY
#define LEGAL_PENALTY 0.90		/* two organisations of different legal forms */
#endif
#ifndef EPS_RANK
#define EPS_RANK	0.15		/* share of the plain spelling overlap in the score */
#endif
#ifndef NUM_PENALTY
#define NUM_PENALTY	0.70
#endif
#ifndef W_MIN
#define W_MIN		0.30		/* weight of the commonest tokens */
#endif
#ifndef W_SHIFT
#define W_SHIFT		1.0			/* weight = -log10(p) - W_SHIFT */
#endif
#ifndef P_FLOOR
#define P_FLOOR		1e-5		/* tokens rarer than the table */
#endif
#ifndef W_LEGAL
#define W_LEGAL		0.20
#endif
#ifndef W_TITLE
#define W_TITLE		0.30
#endif
#ifndef W_PARTICLE
#define W_PARTICLE	0.30		/* a lineage particle between two names */
#endif
#ifndef W_ANCESTOR
#define W_ANCESTOR	0.50		/* a name between two lineage particles */
#endif
#ifndef PLACE_PENALTY
#define PLACE_PENALTY 0.70		/* two companies named for two countries */
#endif
#ifndef W_PLACE
#define W_PLACE		1.00		/* a country's name in an organisation's name */
#endif
#ifndef NO_ANCHOR
#define NO_ANCHOR	0.40		/* no word of one name sounds like a word of the other */
#endif
#ifndef SOUND_ALONE
#define SOUND_ALONE 0.87		/* an organisation's one word against one word,
								 * alike in sound alone (sound_alone) */
#endif
#ifndef SOUND_ALONE_SPELLING
#define SOUND_ALONE_SPELLING 0.50	/* ... sharing less of their bigrams */
#endif
#ifndef NO_ANCHOR_JOINED
#define NO_ANCHOR_JOINED 0.60	/* ... but words written together or an acronym */
#endif
#ifndef W_INITIAL
#define W_INITIAL	0.50
#endif
#ifndef W_NUMBER
#define W_NUMBER	3.00
#endif

/* ------------------------------------------------------------------
 * Token weights and preparation
 * ------------------------------------------------------------------
 */

/* Weight of a token of known class and frequency. */
static float
token_weight(const char *tok, size_t len, sn_token_info info)
{
	double		p;
	double		w;

	(void) tok;
	switch (info.cls)
	{
		case SN_TOKEN_NUMBER:
			return W_NUMBER;
		case SN_TOKEN_LEGAL_FORM:
			return W_LEGAL;
		case SN_TOKEN_TITLE:
			return W_TITLE;
		default:
			break;
	}
	if (len == 1)
		return W_INITIAL;
	p = info.p;
	if (p < P_FLOOR)
		w = -log10(P_FLOOR) - W_SHIFT;
	else
		w = info.neglog10p - W_SHIFT;
	return (float) (w < W_MIN ? W_MIN : w);
}

float
sn_token_weight(const char *tok, size_t len)
{
	return token_weight(tok, len, sn_token_lookup(tok, len));
}

static inline int
gram_char(char c)
{
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 1;
	if (c >= '0' && c <= '9')
		return c - '0' + 27;
	return 0;
}

#define GRAM(a, b)	((uint16_t) ((a) * 37 + (b)))

/*
 * A set of gram codes as a bitset.  A token's grams are made distinct with
 * one (instead of sorting them), and a query token's grams are put in one
 * once per score: the grams it shares with each candidate token are then
 * counted with one bit test per candidate gram, without the branches of a
 * merge of two sorted lists (the score's hottest loop).  A set holding only
 * a list's grams is cleared by zeroing the words they fall in, cheaper than
 * zeroing it all.
 */
#define GRAM_CODES	SN_GRAM_CODES
#define GRAM_WORDS	((GRAM_CODES + 63) / 64)

typedef struct gram_set
{
	uint64_t	w[GRAM_WORDS];
} gram_set;

static inline bool
gram_set_has(const gram_set *set, uint16_t g)
{
	return (set->w[g >> 6] >> (g & 63)) & 1;
}

static inline void
gram_set_add(gram_set *set, uint16_t g)
{
	set->w[g >> 6] |= UINT64_C(1) << (g & 63);
}

static inline void
gram_set_fill(gram_set *set, const uint16_t *g, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		gram_set_add(set, g[i]);
}

static inline void
gram_set_clear(gram_set *set, const uint16_t *g, int n)
{
	int			i;

	for (i = 0; i < n; i++)
		set->w[g[i] >> 6] = 0;
}

/* How many of the distinct grams g are in set */
static inline int
gram_set_common(const gram_set *set, const uint16_t *g, int n)
{
	int			i,
				c = 0;

	for (i = 0; i < n; i++)
		c += (int) gram_set_has(set, g[i]);
	return c;
}

/*
 * The sets a function works in (three for align, one for the others),
 * kept between calls: each comes back empty (gram_set_clear), so a call
 * need not zero 176 bytes a set on entry, which the name-bench pairs
 * (several calls a pair) measured at about 2% of a score.  A call cut
 * short (an interrupt or an allocation failure jumping out of it) leaves
 * its sets in use, and the next call zeroes them.  Each function has its
 * own, since some run inside others (tri_grams and spelling_dice inside
 * align); the core is single-threaded, as its other per-process caches
 * are.
 */
typedef struct scratch_sets
{
	gram_set	set[3];
	bool		in_use;
} scratch_sets;

static gram_set *
scratch_take(scratch_sets *sc)
{
	if (sc->in_use)
		memset(sc->set, 0, sizeof(sc->set));
	sc->in_use = true;
	return sc->set;
}

static inline void
scratch_release(scratch_sets *sc)
{
	sc->in_use = false;
}

/* gram v to out[n] unless seen already; returns the new count */
static inline int
add_distinct(uint16_t *out, int n, uint16_t v, gram_set *seen)
{
	if (gram_set_has(seen, v))
		return n;
	gram_set_add(seen, v);
	out[n] = v;
	return n + 1;
}

/*
 * Distinct padded bigrams of the token s, in the order they first occur
 * (so the last padded one, which occurs once, comes last: sn_bound relies
 * on it).  seen is empty on entry and on return.
 */
static int
make_grams(const char *s, int len, uint16_t *out, gram_set *seen)
{
	int			n = 0,
				i,
				prev = 0;

	for (i = 0; i < len; i++)
	{
		int			c = gram_char(s[i]);

		n = add_distinct(out, n, GRAM(prev, c), seen);
		prev = c;
	}
	n = add_distinct(out, n, GRAM(prev, 0), seen);
	gram_set_clear(seen, out, n);
	return n;
}

/*
 * Distinct grams of tokens a and b written together: both gram sets
 * without the pads at the junction, plus the junction bigram.  seen is
 * empty on entry and on return.
 */
static int
join_grams(const sn_ptoken *a, const sn_ptoken *b, uint16_t *out, gram_set *seen)
{
	uint16_t	end_a = GRAM(gram_char(a->s[a->len - 1]), 0);
	uint16_t	start_b = GRAM(0, gram_char(b->s[0]));
	int			i,
				n = 0;

	for (i = 0; i < a->ngrams; i++)
		if (a->grams[i] != end_a)
			n = add_distinct(out, n, a->grams[i], seen);
	for (i = 0; i < b->ngrams; i++)
		if (b->grams[i] != start_b)
			n = add_distinct(out, n, b->grams[i], seen);
	n = add_distinct(out, n, GRAM(gram_char(a->s[a->len - 1]), gram_char(b->s[0])), seen);
	gram_set_clear(seen, out, n);
	return n;
}

static inline bool
is_letter(char c)
{
	return c >= 'a' && c <= 'z';
}

/*
 * Digits written inside a word stand for the letters they look like
 * ("Ig0r Sech1n"): a digit with a letter on either side is read as that
 * letter, so the disguise costs nothing.  Digits at either end of a word
 * ("AHL1", "7E7") stay digits: there they are usually a real number.
 */
static const char leet_letter[10] = {'o', 'i', 'z', 'e', 'a', 's', 'g', 't', 'b', 'g'};

static void
copy_token(char *dst, const char *src, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		char		c = src[i];

		if (c >= '0' && c <= '9' && i > 0 && i + 1 < len &&
			is_letter(src[i - 1]) && is_letter(src[i + 1]))
			c = leet_letter[c - '0'];
		dst[i] = c;
	}
}

/* A word of a small table and its value */
typedef struct word_value
{
	const char *w;
	uint8_t		len;
	int8_t		val;
} word_value;

/* The value of s (len bytes) in the table t of n words, or none */
static int
word_value_of(const word_value *t, size_t n, const char *s, size_t len, int none)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (t[i].len == len && t[i].w[0] == s[0] && memcmp(t[i].w, s, len) == 0)
			return t[i].val;
	return none;
}

/*
 * English number words, so that "Sea Star One" is "Sea Star 1" and
 * "Brigade Forty-Four" is "Brigade 44": the value of a word (units and
 * teens 0-19, tens 20-90), or -1.
 */
static int
number_word(const char *s, size_t len)
{
	static const word_value words[] = {
		{"zero", 4, 0}, {"one", 3, 1}, {"two", 3, 2}, {"three", 5, 3}, {"four", 4, 4},
		{"five", 4, 5}, {"six", 3, 6}, {"seven", 5, 7}, {"eight", 5, 8}, {"nine", 4, 9},
		{"ten", 3, 10}, {"eleven", 6, 11}, {"twelve", 6, 12}, {"thirteen", 8, 13},
		{"fourteen", 8, 14}, {"fifteen", 7, 15}, {"sixteen", 7, 16}, {"seventeen", 9, 17},
		{"eighteen", 8, 18}, {"nineteen", 8, 19}, {"twenty", 6, 20}, {"thirty", 6, 30},
		{"forty", 5, 40}, {"fifty", 5, 50}, {"sixty", 5, 60}, {"seventy", 7, 70},
		{"eighty", 6, 80}, {"ninety", 6, 90}
	};

	/* most tokens fail the first test: no number word starts otherwise */
	if (len < 3 || len > 9 || strchr("zotfsen", s[0]) == NULL)
		return -1;
	return word_value_of(words, sizeof(words) / sizeof(words[0]), s, len, -1);
}

/*
 * The word of the canonical text b at p..*e as a number, with a unit word
 * after a tens word ("forty four"): its digits written to dst (never longer
 * than the words) and their count to *dlen, *e moved past what was read.
 * False when the word is not a number word.
 */
static bool
number_words(const sn_buf *b, size_t p, size_t *e, char *dst, size_t *dlen)
{
	int			v = number_word(b->data + p, *e - p);
	size_t		e2 = *e + 1;

	if (v < 0)
		return false;
	while (e2 < b->len && b->data[e2] != ' ')
		e2++;
	if (v >= 20 && *e < b->len)
	{
		int			u = number_word(b->data + *e + 1, e2 - *e - 1);

		if (u >= 1 && u <= 9)
		{
			v += u;
			*e = e2;
		}
	}
	*dlen = (size_t) snprintf(dst, *e - p + 1, "%d", v);
	return true;
}

/*
 * oglu, ogly, ogli, ugli, uly, uulu, kyzy, kizi, qizi, gizi: "son
 * (daughter) of" after the father's name, in Azerbaijani, Turkmen, Uzbek,
 * Kazakh and Kyrgyz names, as the normaliser writes them (oğlu, o'g'li,
 * qızı)
 */
static bool
turkic_particle(const sn_ptoken *t)
{
	switch (t->len)
	{
		case 3:
			return memcmp(t->s, "uly", 3) == 0;
		case 4:
			return memcmp(t->s, "oglu", 4) == 0 || memcmp(t->s, "ogly", 4) == 0 ||
				memcmp(t->s, "ogli", 4) == 0 || memcmp(t->s, "ugli", 4) == 0 ||
				memcmp(t->s, "uulu", 4) == 0 || memcmp(t->s, "kyzy", 4) == 0 ||
				memcmp(t->s, "kizi", 4) == 0 || memcmp(t->s, "qizi", 4) == 0 ||
				memcmp(t->s, "gizi", 4) == 0;
		default:
			return false;
	}
}

/* bin, ibn, ben, bint, binti, ould: "son (daughter) of" */
static bool
lineage_particle(const sn_ptoken *t)
{
	switch (t->len)
	{
		case 3:
			return memcmp(t->s, "bin", 3) == 0 || memcmp(t->s, "ibn", 3) == 0 ||
				memcmp(t->s, "ben", 3) == 0;
		case 4:
			return memcmp(t->s, "bint", 4) == 0 || memcmp(t->s, "ould", 4) == 0;
		case 5:
			return memcmp(t->s, "binti", 5) == 0;
		default:
			return false;
	}
}

/*
 * A token spelled as Arabic and Hebrew script names come out: long vowels
 * as a, w or y and short vowels not at all ("mhmd", "hsn", "aly",
 * "frnandw"), so no e, i, o or u after its first letter.
 */
static bool
vowelless(const char *s, int len)
{
	int			i;

	if (len < 2)
		return false;
	for (i = 0; i < len; i++)
		if (!is_letter(s[i]) || (i > 0 && s[i] != 'a' && s[i] != 'y' && sn_is_vowel_y(s[i])))
			return false;
	return true;
}

/*
 * A token's phonetic key (its length; the key is in t->phon), computed the
 * first time it is asked for: the score tells most token pairs apart by
 * their spelling before it needs the key (see tsim), so most candidate
 * tokens never need one.  The key is a cache inside the token, which stays
 * logically unchanged, hence the cast; every sn_name is allocated writable.
 */
static inline int
tok_phon(const sn_ptoken *t)
{
	if (t->phonlen < 0)
	{
		sn_ptoken  *w = (sn_ptoken *) t;

		w->phonlen = (int) sn_phonetic_key(t->s, t->len, w->phon);
	}
	return t->phonlen;
}

/* Tokens i .. i + k - 1 of n written together, into out; the length */
static int
join_tokens(const sn_name *n, int i, int k, char *out)
{
	int			l = 0,
				m;

	for (m = i; m < i + k; m++)
	{
		memcpy(out + l, n->tok[m].s, n->tok[m].len);
		l += n->tok[m].len;
	}
	return l;
}

/*
 * The phonetic key of token i of n written together with the next k - 1
 * (k = 2 or 3; its length, the key in mphon or m3phon; 0 when they are not
 * mergeable: nmgrams or nm3grams 0, the last tokens or a number), computed
 * the first time it is asked for and kept in the token like its own key
 * (tok_phon): the merge rule asks for the key of two only for pairs that
 * share enough spelling, and only a query's key of three is asked for (a
 * list name's words have no key of three written together: see anchored).
 */
static int
joined_phon(const sn_name *n, int i, int k)
{
	sn_ptoken  *w = (sn_ptoken *) &n->tok[i];
	char	   *key = k == 2 ? w->mphon : w->m3phon;
	int		   *len = k == 2 ? &w->mphonlen : &w->m3phonlen;

	if (*len < 0)
	{
		char		joined[3 * SN_MAX_TOKEN_LEN];

		key[0] = '\0';
		*len = 0;
		if (k == 2 ? w->nmgrams > 0 : w->nm3grams != 0)
			*len = (int) sn_phonetic_key(joined, join_tokens(n, i, k, joined), key);
	}
	return *len;
}

static inline int
merged_phon(const sn_name *n, int i)
{
	return joined_phon(n, i, 2);
}

static inline int
merged3_phon(const sn_name *n, int i)
{
	return joined_phon(n, i, 3);
}

/*
 * The grams of token i of n written together with the next two (their
 * number, in tok[i].m3grams; 0 when the three are not mergeable), made the
 * first time they are asked for: the rule asks only for tokens that begin
 * and end as the other side's token does (see tri_plausible).
 */
static int
tri_grams(const sn_name *n, int i)
{
	const sn_ptoken *t = &n->tok[i];

	if (t->nm3grams < 0)
	{
		static scratch_sets sc;
		sn_ptoken  *w = (sn_ptoken *) t;
		char		joined[3 * SN_MAX_TOKEN_LEN];
		gram_set   *seen = scratch_take(&sc);

		w->nm3grams = make_grams(joined, join_tokens(n, i, 3, joined), w->m3grams, seen);
		scratch_release(&sc);
	}
	return t->nm3grams;
}

static int	acronym_token(const sn_name *q, bool *words);
static bool company_name(const sn_name *n);

/*
 * Lower token t's weight to w, and its name's total weight with it, by the
 * weight as t stores it (a float): the total must stay the sum of the
 * tokens' weights to the last bit, or the bound's anchor cap, computed from
 * it, could exceed the quick bound (sn_bound_quick) that GIN compares first.
 */
static inline void
lower_weight(sn_name *n, sn_ptoken *t, float w)
{
	n->total_weight += (double) w - (double) t->weight;
	t->weight = w;
}

/*
 * Is the name (UTF-8) written in Latin letters, accented or not?  Code
 * points below U+0370 (ASCII, Latin-1, Latin Extended-A and B, IPA, the
 * combining accents), Latin Extended Additional (U+1E00 to U+1EFF: lead
 * byte 0xE1, then 0xB8 to 0xBB) and general punctuation (U+2000 to U+206F:
 * 0xE2, then 0x80 or 0x81).  Any other letter is another script's, which
 * the normaliser reads into Latin ones.
 */
static bool
latin_written(const char *utf8, size_t len)
{
	const unsigned char *p = (const unsigned char *) utf8;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		/* ASCII, continuation bytes, and leads of U+0080 to U+033F */
		if (p[i] < 0xCD)
			continue;
		if (i + 1 < len && p[i] == 0xCD && p[i + 1] < 0xB0)
			continue;
		if (i + 1 < len && ((p[i] == 0xE1 && p[i + 1] >= 0xB8 && p[i + 1] <= 0xBB) ||
							(p[i] == 0xE2 && p[i + 1] <= 0x81)))
		{
			i++;
			continue;
		}
		return false;
	}
	return true;
}

sn_status
sn_name_prepare(const char *utf8, size_t len, sn_name *out, sn_error *err)
{
	sn_buf		b;
	int			ntok = 0,
				nvowelless,
				i;
	size_t		p;
	sn_status	st;
	uint16_t   *pool;
	size_t		pool_used = 0;
	size_t	   *spans;			/* start and length of each token */
	bool	   *runs;			/* which tokens are runs of single letters */
	bool		any_run = false;
	static scratch_sets sc;
	gram_set   *seen;			/* for making gram lists distinct */

	memset(out, 0, sizeof(*out));
	out->acronym = -1;
	out->cut_tok = -1;
	sn_buf_init(&b, len + 16);
	st = sn_normalize(utf8, len, &b, err);
	if (st != SN_OK)
	{
		sn_buf_free(&b);
		return st;
	}
	out->text = b.data;
	out->len = b.len;

	/*
	 * Tokens, with each run of three or more single letters written as one
	 * token: an initialism keeps its letter order ("C.B.A." is "cba", not
	 * the same tokens as "A.B.C.").  Two single letters stay apart: they
	 * are usually a person's initials ("V. V. Putin"), and "J.P." still
	 * meets "JP" through the written-together comparison.
	 */
	{
		/* one allocation: the token text, then (aligned) the spans and runs */
		size_t		toff = (b.len + 1 + sizeof(size_t) - 1) & ~(sizeof(size_t) - 1);

		out->ttext = sn_alloc(toff + (sizeof(size_t) * 2 + sizeof(bool)) * (b.len / 2 + 2));
		spans = (size_t *) (out->ttext + toff);
		runs = (bool *) (spans + 2 * (b.len / 2 + 2));
		memset(runs, 0, sizeof(bool) * (b.len / 2 + 2));
	}
	{
		size_t		o = 0;

		p = 0;
		while (p < b.len)
		{
			size_t		e = p;

			while (e < b.len && b.data[e] != ' ')
				e++;
			if (e - p == 1 && is_letter(b.data[p]))
			{
				/* how many single letters follow one another from here */
				size_t		r = p,
							run_end = e;
				int			run = 0;

				while (r < b.len && is_letter(b.data[r]) &&
					   (r + 1 == b.len || b.data[r + 1] == ' '))
				{
					run++;
					run_end = r + 1;
					r += 2;
				}
				if (run >= 3)
				{
					runs[ntok] = true;
					spans[2 * ntok] = o;
					spans[2 * ntok + 1] = run;
					for (r = p; r < run_end; r += 2)
						out->ttext[o++] = b.data[r];
					ntok++;
					p = run_end + 1;
					continue;
				}
			}
			if (number_words(&b, p, &e, out->ttext + o, &spans[2 * ntok + 1]))
			{
				spans[2 * ntok] = o;
				o += spans[2 * ntok + 1];
				ntok++;
				p = e + 1;
				continue;
			}
			spans[2 * ntok] = o;
			spans[2 * ntok + 1] = e - p;
			copy_token(out->ttext + o, b.data + p, e - p);
			o += e - p;
			ntok++;
			p = e + 1;
		}
		out->ttext[o] = '\0';
	}
	if (ntok > SN_MAX_TOKENS)
		ntok = SN_MAX_TOKENS;
	out->ntok = ntok;
	/* a token is its first SN_MAX_TOKEN_LEN letters (the text keeps them all) */
	for (i = 0; i < ntok; i++)
		if (spans[2 * i + 1] > SN_MAX_TOKEN_LEN)
			spans[2 * i + 1] = SN_MAX_TOKEN_LEN;
	{
		/*
		 * One allocation: the tokens, then the pool of their grams.  Token
		 * i has at most len_i + 1 grams, written together with the next at
		 * most len_i + len_i+1 + 1, and with the next two len_i + len_i+1 +
		 * len_i+2 + 1: 6 len + 3 a token bounds the three.
		 */
		size_t		ngrams = 1;

		for (i = 0; i < ntok; i++)
			ngrams += 6 * spans[2 * i + 1] + 3;
		out->tok = sn_alloc(sizeof(sn_ptoken) * (ntok ? ntok : 1) + sizeof(uint16_t) * ngrams);
		pool = (uint16_t *) (out->tok + (ntok ? ntok : 1));
		out->pool = pool;
	}
	seen = scratch_take(&sc);

	/*
	 * A Chinese name, whether written in Han (read as pinyin, a syllable a
	 * token) or in pinyin with its syllables apart: every token one of the
	 * closed set of Mandarin syllables.  Decided on the canonical tokens,
	 * so a name and its canonical form score alike.  Its syllables are
	 * syllables: gen, the 根 of 王根生 (Wang Gensheng), is no title
	 * (General).  (A legal form stays one: Tan S.A. is tan sa.)
	 */
	out->script = ntok > 0 ? SN_SCRIPT_HAN : SN_SCRIPT_OTHER;
	for (i = 0; i < ntok && out->script == SN_SCRIPT_HAN; i++)
		if (!sn_is_pinyin(out->ttext + spans[2 * i], spans[2 * i + 1]))
			out->script = SN_SCRIPT_OTHER;

	for (i = 0; i < ntok; i++)
	{
		sn_ptoken  *t = &out->tok[i];
		int			k;

		t->s = out->ttext + spans[2 * i];
		t->len = (int) spans[2 * i + 1];
		t->number = false;
		for (k = 0; k < t->len; k++)
			if (t->s[k] >= '0' && t->s[k] <= '9')
				t->number = true;
		t->initial = !t->number && t->len == 1;
		t->initialism = runs[i];
		any_run |= runs[i];
		{
			sn_token_info info = sn_token_lookup(t->s, t->len);

			if (out->script == SN_SCRIPT_HAN && info.cls == SN_TOKEN_TITLE)
				info.cls = SN_TOKEN_WORD;
			t->cls = info.cls;
			t->weight = token_weight(t->s, t->len, info);
			t->variant[0] = info.variant[0];
			t->variant[1] = info.variant[1];
			t->place = info.place;
			t->organisation = info.organisation;
			t->patronymic = info.patronymic;
			if (info.korean_surname && i == 0)
				out->korean_ends |= SN_KOREAN_FIRST;
			if (info.korean_surname && i == ntok - 1)
				out->korean_ends |= SN_KOREAN_LAST;
		}
		t->phonlen = -1;		/* computed when asked for: tok_phon() */
		t->mphonlen = -1;		/* ... and merged_phon() */
		t->m3phonlen = -1;		/* ... and merged3_phon() */
		t->sphonlen = -1;		/* ... and stem_phon() */
		t->kvowel = -1;			/* ... and korean_vowel() */
		t->hangul_loan = false;
		t->arabic_script = false;
		t->abjad = false;
		memset(t->zphonlen, -1, sizeof(t->zphonlen));	/* ... and other_phon() */
		/*
		 * (a query's words read from Hebrew or Cyrillic only, see
		 * sn_query_prepare; the words of its Hangul and katakana readings
		 * as foreign names, see prepare_readings)
		 */
		t->zphonlen[SN_TOKEN_READING_HEBREW] = 0;
		t->zphonlen[SN_TOKEN_READING_CYRILLIC] = 0;
		t->zphonlen[SN_TOKEN_READING_LOAN] = 0;
		t->zphonlen[SN_TOKEN_READING_QAF] = 0;
		t->grams = pool + pool_used;
		t->ngrams = make_grams(t->s, t->len, t->grams, seen);
		pool_used += t->ngrams;
		t->vowelless = !t->number && vowelless(t->s, t->len);
		t->unvocalised = !t->number && sn_unvocalised(t->s, t->len);
		t->diphthong = !t->number && sn_has_diphthong_w(t->s, t->len);
		out->has_number |= t->number;
		out->organization |= (t->cls == SN_TOKEN_LEGAL_FORM);
		out->total_weight += t->weight;
		if ((i & 31) == 31)
			sn_check_interrupts();
	}
	/*
	 * A name written as Arabic or Hebrew script comes out has its words
	 * without vowels side by side (mhmd hsn, abd allh); see abbreviation().
	 */
	nvowelless = 0;
	for (i = 0; i < ntok; i++)
		if (out->tok[i].vowelless && !out->tok[i].number && !out->tok[i].organisation &&
			out->tok[i].cls != SN_TOKEN_LEGAL_FORM)
			nvowelless++;
	for (i = 0; i < ntok; i++)
		out->tok[i].abjad = nvowelless >= 2;
	/*
	 * Grams of each token written together with the next (both words):
	 * the two gram sets without the pads at the junction, plus the
	 * junction bigram; a merge of sorted sets, no sorting needed.
	 */
	for (i = 0; i < ntok; i++)
	{
		sn_ptoken  *t = &out->tok[i];

		t->lineage = 0;
		if (i + 1 < ntok && lineage_particle(&out->tok[i + 1]))
			t->lineage |= SN_LINEAGE_BEFORE;
		if (i > 0 && lineage_particle(&out->tok[i - 1]))
			t->lineage |= SN_LINEAGE_AFTER;

		/*
		 * A lineage particle between two names ("bin", "ibn") says how the
		 * names are linked, not who is meant: it weighs as little as "al",
		 * so that a list entry's longer chain of forefathers ("Usama bin
		 * Muhammad ibn Awad ibn Ladin") does not count its particles as
		 * names the query lacks.  "Ben" that starts a name is a given name.
		 */
		if (i > 0 && i + 1 < ntok && lineage_particle(t) && t->weight > W_PARTICLE)
		{
			lower_weight(out, t, W_PARTICLE);
		}
		/*
		 * A Turkic patronymic is the father's name and a particle after it
		 * (Ilham Heydar oglu Aliyev, Aigul Bekmurza kyzy): the father's
		 * name is a patronymic, which the other name may leave out
		 * (patronymic_omission), and the particle weighs as little as a
		 * lineage particle.
		 */
		if (i > 0 && turkic_particle(t) && !out->tok[i - 1].number &&
			!turkic_particle(&out->tok[i - 1]))
		{
			out->tok[i - 1].patronymic = true;
			if (t->weight > W_PARTICLE)
				lower_weight(out, t, W_PARTICLE);
		}
		/*
		 * A name between two lineage particles is a forefather in the
		 * middle of the chain ("Muhammad" and "Awad" in "Usama bin Muhammad
		 * ibn Awad ibn Ladin"): the usual short form drops the chain
		 * ("Osama bin Laden"), so it weighs as little as a middle name the
		 * other side may lack.  Another father's name is still a conflict
		 * (lineage_conflict).
		 */
		if (t->lineage == (SN_LINEAGE_BEFORE | SN_LINEAGE_AFTER) && !lineage_particle(t) &&
			!t->number && t->weight > W_ANCESTOR)
		{
			lower_weight(out, t, W_ANCESTOR);
		}
		/*
		 * A country in a company's name says where the company of a group
		 * is registered (Deutsche Bank (Schweiz) AG): it weighs no more
		 * than a common company word, so that the group's name decides.
		 */
		if (t->place && out->organization && t->weight > W_PLACE)
		{
			lower_weight(out, t, W_PLACE);
		}
		t->mgrams = NULL;
		t->nmgrams = 0;
		if (i + 1 < ntok && !t->number && !out->tok[i + 1].number)
		{
			t->mgrams = pool + pool_used;
			t->nmgrams = join_grams(t, &out->tok[i + 1], t->mgrams, seen);
			pool_used += t->nmgrams;
		}
		/*
		 * and with the next two (Nam Chon Gang / Namchongang): room for
		 * them, made when first asked for (tri_grams)
		 */
		t->m3grams = NULL;
		t->nm3grams = 0;
		if (t->nmgrams > 0 && i + 2 < ntok && !out->tok[i + 2].number)
		{
			t->m3grams = pool + pool_used;
			t->nm3grams = -1;
			pool_used += t->len + out->tok[i + 1].len + out->tok[i + 2].len + 1;
		}
	}
	scratch_release(&sc);
	/*
	 * A Korean name, in Latin letters or read from Hangul or Han: every
	 * word one or two Korean syllables, a surname at one end (see
	 * korean_latin.c; the tokens' lookup has told whether one is, and the
	 * words are the tokens unless single letters were joined)
	 */
	if (out->script == SN_SCRIPT_OTHER && (out->korean_ends != 0 || any_run) &&
		sn_korean_latin_shaped(out->text, out->len))
		out->script = SN_SCRIPT_KOREAN;
	out->acronym = acronym_token(out, &out->acronym_words);
	return SN_OK;
}

void
sn_name_free(sn_name *n)
{
	sn_name    *r = n->reading;

	while (r != NULL)
	{
		sn_name    *next = r->reading;

		r->reading = NULL;
		sn_name_free(r);
		sn_free(r);
		r = next;
	}
	sn_free(n->tok);			/* and the pool of grams after the tokens */
	sn_free(n->ttext);
	sn_free(n->text);
	memset(n, 0, sizeof(*n));
}

/*
 * The query's other readings, linked from out->reading: the Korean ones of
 * a name shaped like a Korean's in Hanja (sn_korean_readings), the
 * Japanese one of a name shaped like a Japanese's in kanji
 * (sn_japanese_reading), the reading of a name in Somali orthography
 * (sn_somali_reading, from the canonical form), the one with two
 * initials written as one word written apart (sn_initials_reading, from the
 * canonical form), the pinyin ones of a name in Wade-Giles
 * (sn_wadegiles_reading, from the name as written, whose hyphens and
 * apostrophes it reads), and the North Korean and McCune-Reischauer ones of
 * a Korean name written in Latin letters (sn_korean_latin_reading, from the
 * canonical form), the two readings of a name in Greek letters as Greek
 * writes foreign names (sn_greek_write), the reading of a name in Arabic
 * script with its alif maqsura as an alif (sn_alif_maqsura_write) and that
 * of a name in Arabic script with the letters Persian and Urdu say as z
 * and s so written and its compound given names apart (sn_persian_write),
 * and that of a name with a qaf or a jim with them as g (sn_arabic_g_write),
 * and that of a name in Hebrew letters with a gimel with a geresh as the
 * gimel alone, g (sn_hebrew_g_write),
 * and the two readings of a name in Hangul or in katakana as Korean and
 * Japanese write foreign names (sn_hangul_loan_write,
 * sn_katakana_loan_write), and the six of a name in Han characters as
 * Chinese writes foreign names (sn_han_loan_write), these from the name as
 * written, and the reading of a name in Hungarian spelling
 * (sn_hungarian_write, from the canonical form); each kept when its
 * canonical form differs from those before it.
 */

/*
 * The readings of names in Cyrillic letters, each a shape test and a
 * writer of the name as written (UTF-8): how other languages' systems of
 * romanisation, and their names written in Russian letters, come out.
 */
typedef struct cyrillic_reading
{
	bool		(*shaped) (const char *utf8, size_t len);
	void		(*write) (const char *utf8, size_t len, sn_buf *out);
	int			kind;			/* SN_READING_... */
} cyrillic_reading;

static const cyrillic_reading cyrillic_readings[] = {
	/* Cyrillic letters that Serbo-Croatian writes otherwise (Шешель) */
	{sn_cyrillic_sc_shaped, sn_cyrillic_sc_write, SN_READING_SERBOCROATIAN},
	/* a word of the syllables of Japanese in Cyrillic letters (Такэси) */
	{sn_cyrillic_ja_shaped, sn_cyrillic_ja_write, SN_READING_JAPANESE_CYRILLIC},
	/* ... of Mandarin (Цзиньпин) */
	{sn_cyrillic_zh_shaped, sn_cyrillic_zh_write, SN_READING_CHINESE_CYRILLIC},
	/* a name of Korean syllables (Ким Чен Ын) */
	{sn_cyrillic_ko_shaped, sn_cyrillic_ko_write, SN_READING_KOREAN_CYRILLIC},
	/* the дж, ю and ё by which Russian writes Turkish c, ü and ö (Реджеп) */
	{sn_cyrillic_tr_shaped, sn_cyrillic_tr_write, SN_READING_TURKISH_CYRILLIC},
	/* a word that begins with the у Russian writes for the English w */
	{sn_cyrillic_en_shaped, sn_cyrillic_en_write, SN_READING_ENGLISH_CYRILLIC}
};

#define CYRILLIC_READINGS ((int) (sizeof(cyrillic_readings) / sizeof(cyrillic_readings[0])))

/*
 * The words of a name read as foreign names also have key reading 4, and
 * those read from Hangul are marked so (see tsim)
 */
static void
loan_words(sn_name *n, bool hangul)
{
	int			j;

	for (j = 0; j < n->ntok; j++)
		if (!n->tok[j].number)
		{
			n->tok[j].zphonlen[SN_TOKEN_READING_LOAN] = -1;
			n->tok[j].hangul_loan |= hangul;
		}
}

static sn_status
prepare_readings(const char *utf8, size_t len, sn_name *out, sn_error *err)
{
	/* each reading's text, by its SN_READING_* (0, as written, unused) */
	sn_buf		text[SN_READING_LAST + 1];
	sn_status	st = SN_OK;
	sn_name   **tail = &out->reading;
	size_t		i;
	int			k;
	unsigned char high = 0;
	bool		latin,
				ascii,
				han,
				somali,
				initials,
				wadegiles,
				korean,
				greek,
				maqsura,
				persian,
				arabic_g,
				hebrew_g,
				loan,
				katakana,
				han_loan,
				hungarian,
				cyrillic[CYRILLIC_READINGS] = {false},
				any_cyrillic = false;

	/*
	 * Letters of three bytes or more (0xE0 and above lead them: Hangul,
	 * kana, Han) and among them Han ones (0xE3 and above): one pass, and
	 * most names have none; nor any byte of 0x80 or more (ascii)
	 */
	for (i = 0; i < len && (unsigned char) utf8[i] < 0xE0; i++)
		high |= (unsigned char) utf8[i];
	latin = i == len;
	ascii = latin && high < 0x80;
	for (; i < len && (unsigned char) utf8[i] < 0xE3; i++)
		;
	han = i < len;
	/* nor the marks of a Somali spelling, which need an x or a c */
	somali = out->len > 0 && sn_somali_shaped(out->text, out->len);
	/* nor a word of two consonants */
	initials = out->len > 0 && sn_initials_shaped(out->text, out->len);
	/* nor Wade-Giles syllables alone (read as written: hyphens, apostrophes) */
	wadegiles = !han && out->len > 0 && sn_wadegiles_shaped(utf8, len);
	/*
	 * nor is it a Korean name in Latin letters: written so, not read from
	 * Hangul (or Han), whose romanisation is the normaliser's, not the
	 * writer's (and, measured, read so it met two more ordinary names of
	 * 6,000: 정남 윤, Yun Jeong-nam, met YO'N CHO'NG NAM); sn_name_prepare
	 * has asked, but of a name of pinyin syllables (Han Jin)
	 */
	korean = latin && (out->script == SN_SCRIPT_KOREAN ||
					   (out->script == SN_SCRIPT_HAN && sn_korean_latin_shaped(out->text, out->len)));
	/* nor Greek letters (two bytes, led by 0xCE or 0xCF) */
	greek = !han && !ascii && sn_greek_shaped(utf8, len);
	/* nor an Arabic alif maqsura (two bytes, 0xD9 0x89) */
	maqsura = !han && !ascii && sn_alif_maqsura_shaped(utf8, len);
	/* nor a letter Persian says as z or s, a Persian compound or yehs */
	persian = !han && !ascii && sn_persian_shaped(utf8, len);
	/* nor a qaf or a jim (two bytes, D9 82 and D8 AC) */
	arabic_g = !han && !ascii && sn_arabic_g_shaped(utf8, len);
	/* nor a Hebrew gimel with a geresh (two bytes, D7 92) */
	hebrew_g = !han && !ascii && sn_hebrew_g_shaped(utf8, len);
	/* nor Hangul (three bytes led by 0xEA to 0xED, which han takes in) */
	loan = han && sn_hangul_loan_shaped(utf8, len);
	/* nor katakana (three bytes led by 0xE3, or 0xEF for halfwidth ones) */
	katakana = han && sn_katakana_loan_shaped(utf8, len);
	/* nor Han words apart by a middle dot, in characters of foreign names */
	han_loan = han && sn_han_loan_shaped(utf8, len);
	/*
	 * nor Hungarian spelling (gy, cs, zs, sz), in the canonical form; not in
	 * a Korean name, whose gy is a syllable (Kim Ho Gyu)
	 */
	hungarian = latin && !korean && out->len > 0 && sn_hungarian_shaped(out->text, out->len);
	/*
	 * nor Cyrillic letters (two bytes, led by 0xD0 or 0xD1) that one of the
	 * readings of cyrillic_readings writes otherwise
	 */
	if (!han && !ascii && sn_has_cyrillic_lead(utf8, len))
		for (k = 0; k < CYRILLIC_READINGS; k++)
		{
			cyrillic[k] = cyrillic_readings[k].shaped(utf8, len);
			any_cyrillic |= cyrillic[k];
		}
	if (!han && !somali && !initials && !wadegiles && !korean && !greek && !maqsura &&
		!persian && !arabic_g && !hebrew_g && !hungarian && !any_cyrillic)
		return SN_OK;
	for (k = 1; k <= SN_READING_LAST; k++)
		sn_buf_init(&text[k], 64);
	if (han)
	{
		(void) sn_korean_readings(utf8, len, &text[SN_READING_KOREAN], &text[SN_READING_KOREAN_S]);
		(void) sn_japanese_reading(utf8, len, &text[SN_READING_JAPANESE]);
	}
	if (somali)
		sn_somali_write(out->text, out->len, &text[SN_READING_SOMALI]);
	if (initials)
		sn_initials_write(out->text, out->len, &text[SN_READING_INITIALS]);
	if (wadegiles)
	{
		sn_wadegiles_write(utf8, len, SN_WADEGILES_PLAIN, &text[SN_READING_WADEGILES]);
		sn_wadegiles_write(utf8, len, SN_WADEGILES_ASPIRATED, &text[SN_READING_WADEGILES_ASP]);
	}
	if (korean)
	{
		sn_korean_latin_write(out->text, out->len, SN_KOREAN_NORTH, &text[SN_READING_KOREAN_NORTH]);
		sn_korean_latin_write(out->text, out->len, SN_KOREAN_MR, &text[SN_READING_KOREAN_MR]);
	}
	if (greek)
	{
		sn_greek_write(utf8, len, false, &text[SN_READING_GREEK]);
		sn_greek_write(utf8, len, true, &text[SN_READING_GREEK_NASAL]);
	}
	if (maqsura)
		sn_alif_maqsura_write(utf8, len, &text[SN_READING_ALIF_MAQSURA]);
	if (persian)
		sn_persian_write(utf8, len, &text[SN_READING_PERSIAN]);
	if (arabic_g)
		sn_arabic_g_write(utf8, len, &text[SN_READING_ARABIC_G]);
	if (hebrew_g)
		sn_hebrew_g_write(utf8, len, &text[SN_READING_HEBREW_G]);
	if (loan)
	{
		sn_hangul_loan_write(utf8, len, false, &text[SN_READING_HANGUL_LOAN]);
		sn_hangul_loan_write(utf8, len, true, &text[SN_READING_HANGUL_LOAN_F]);
	}
	if (katakana)
	{
		sn_katakana_loan_write(utf8, len, SN_KATAKANA_PLAIN, &text[SN_READING_KATAKANA_LOAN]);
		sn_katakana_loan_write(utf8, len, SN_KATAKANA_DENTAL, &text[SN_READING_KATAKANA_LOAN_T]);
		sn_katakana_loan_write(utf8, len, SN_KATAKANA_LATERAL, &text[SN_READING_KATAKANA_LOAN_L]);
		sn_katakana_loan_write(utf8, len, SN_KATAKANA_LATERAL_INNER, &text[SN_READING_KATAKANA_LOAN_LI]);
	}
	if (han_loan)
	{
		sn_han_loan_write(utf8, len, SN_HAN_LOAN_RHOTIC, &text[SN_READING_HAN_LOAN]);
		sn_han_loan_write(utf8, len, SN_HAN_LOAN_LATERAL, &text[SN_READING_HAN_LOAN_L]);
		sn_han_loan_write(utf8, len, SN_HAN_LOAN_MIXED, &text[SN_READING_HAN_LOAN_M]);
		sn_han_loan_write(utf8, len, SN_HAN_LOAN_RHOTIC_DENTAL, &text[SN_READING_HAN_LOAN_RD]);
		sn_han_loan_write(utf8, len, SN_HAN_LOAN_LATERAL_DENTAL, &text[SN_READING_HAN_LOAN_LD]);
		sn_han_loan_write(utf8, len, SN_HAN_LOAN_MIXED_DENTAL, &text[SN_READING_HAN_LOAN_MD]);
	}
	if (hungarian)
		sn_hungarian_write(out->text, out->len, &text[SN_READING_HUNGARIAN]);
	for (k = 0; k < CYRILLIC_READINGS && any_cyrillic; k++)
		if (cyrillic[k])
			cyrillic_readings[k].write(utf8, len, &text[cyrillic_readings[k].kind]);
	for (k = 1; k <= SN_READING_LAST && st == SN_OK; k++)
	{
		sn_name    *r,
				   *o;
		bool		seen = false;

		if (text[k].len == 0)
			continue;
		r = sn_alloc(sizeof(sn_name));
		st = sn_name_prepare(text[k].data, text[k].len, r, err);
		if (st != SN_OK)
		{
			sn_free(r);
			break;
		}
		r->reading_kind = (uint8_t) k;
		r->other_script |= out->other_script;
		for (o = out; o != NULL && !seen; o = seen ? o : o->reading)
			seen = o->len == r->len && memcmp(o->text, r->text, r->len) == 0;
		/*
		 * its words also read b, p and r the other way (phonetic.h, reading
		 * 4), and so do those of the same name read before (the katakana
		 * of オサマ・ビン・ラディン reads as the normaliser writes it)
		 */
		if ((k >= SN_READING_HANGUL_LOAN && k <= SN_READING_KATAKANA_LOAN_LI) ||
			(k >= SN_READING_HAN_LOAN && k <= SN_READING_HAN_LOAN_MD))
			loan_words(seen ? o : r, k <= SN_READING_HANGUL_LOAN_F);
		if (seen)
		{
			sn_name_free(r);
			sn_free(r);
			continue;
		}
		*tail = r;
		tail = &r->reading;
	}
	for (k = 1; k <= SN_READING_LAST; k++)
		sn_buf_free(&text[k]);
	return st;
}

/* Has the name (UTF-8) a Hebrew letter, U+05D0 to U+05EA (D7 90 to D7 AA)? */
static bool
has_hebrew_letter(const char *utf8, size_t len)
{
	const unsigned char *p = (const unsigned char *) utf8,
			   *end = p + len;

	while ((p = memchr(p, 0xD7, end - p)) != NULL && p + 1 < end)
	{
		if (p[1] >= 0x90 && p[1] <= 0xAA)
			return true;
		p++;
	}
	return false;
}

/*
 * Has the name (UTF-8) a letter of two bytes whose lead byte is lo to hi: a
 * Cyrillic letter, U+0400 to U+04FF (D0 to D3), or one of Arabic script,
 * U+0600 to U+06FF (D8 to DB)?
 */
static bool
has_two_byte_letter(const char *utf8, size_t len, unsigned char lo, unsigned char hi)
{
	const unsigned char *p = (const unsigned char *) utf8,
			   *end = p + len;

	for (; p + 1 < end; p++)
		if (*p >= lo && *p <= hi && p[1] >= 0x80 && p[1] <= 0xBF)
			return true;
	return false;
}

/* Has the name (UTF-8) a Hangul syllable (sn_hangul_syllable)? */
static bool
has_hangul_syllable(const char *utf8, size_t len)
{
	const uint8_t *p = (const uint8_t *) utf8;
	int32_t		i = 0,
				n = (int32_t) len;

	while (i < n)
	{
		UChar32		c;

		U8_NEXT(p, i, n, c);
		if (c >= 0 && sn_hangul_syllable(c))
			return true;
	}
	return false;
}

/*
 * A Korean query (SN_SCRIPT_KOREAN) does not write its surname together
 * with the given name: the given name's syllables are written together
 * (Jongun) or apart, the surname never with them, and read so a name's
 * syllables met other names' words (趙欣怡, read in Korean Jo Heun I, met
 * John as joheun).  The surname is the first word when it is one and the
 * last is none, or the other way round (in Jong Un Kim both are, and
 * which is the surname is not known: none is kept apart).  It is not
 * written together with its neighbour, in the score and so in the index
 * bound, which both read the query's tokens' merged grams.  The query
 * side only: a list name's keys do not depend on it.  Not a name written
 * in Hangul: its syllables are romanised apart, and a foreign name so
 * written may look like a Korean one (지엔 바커, ji en ba keo, Jien Barker);
 * its Korean readings of Han, and the name and the readings of a Korean
 * name in Latin letters, are Korean names.
 */
static void
surname_apart(sn_name *n)
{
	int			s;

	if (n->script != SN_SCRIPT_KOREAN || n->ntok < 2 ||
		(n->korean_ends != SN_KOREAN_FIRST && n->korean_ends != SN_KOREAN_LAST))
		return;
	s = n->korean_ends == SN_KOREAN_FIRST ? 0 : n->ntok - 2;
	n->tok[s].nmgrams = 0;
	n->tok[s].nm3grams = 0;
	n->tok[s].m3phonlen = 0;
	if (s > 0)
	{
		n->tok[s - 1].nm3grams = 0;
		n->tok[s - 1].m3phonlen = 0;
	}
}

/*
 * May a query (UTF-8, len bytes) have been cut by the end of a field of
 * fixed length, inside its last word?  Payment messages and customer
 * records hold a name in such a field and drop what does not fit: SWIFT's
 * lines of 35 characters, NACHA's individual name of 22, so that
 * VLADIMIR VLADIMIROVICH PUTIN may arrive as VLADIMIR VLADIMIROVICH PUT.
 * A name of FIELD_MIN characters or more that ends in a letter (of any
 * script; not a closing quote or a dash) may have been.  Sets
 * out->cut_tok, the token of out (the query prepared) that is that last
 * word: the last token, or, in "SURNAME, Given" (one comma), whose part
 * after the comma the normaliser puts first (PUTIN, VLADIMIR VLADIMIROV
 * is "vladimir vladimirov putin"), the last token of that part, found by
 * normalising the part alone.  When the part's tokens do not lead the
 * name's as written (a legal form keeps the order; a run of initials is
 * one token), no word is taken for cut (-1, as sn_name_prepare left it).
 */
static sn_status
field_cut(const char *utf8, size_t len, sn_name *out, sn_error *err)
{
	size_t		i,
				chars = 0,
				comma = 0;
	int			commas = 0;
	int32_t		at;
	UChar32		last;
	sn_buf		part;
	sn_status	st;
	size_t		w;
	int			k;

	while (len > 0 && (utf8[len - 1] == ' ' || utf8[len - 1] == '\t'))
		len--;
	if (len == 0 || out->ntok < 2)
		return SN_OK;
	/* the last character, decoded backwards */
	at = (int32_t) len;
	U8_PREV((const uint8_t *) utf8, 0, at, last);
	if (last < 0 || !u_isalpha(last))
		return SN_OK;			/* a full stop, a closing quote, a dash: the name was whole */
	for (i = 0; i < len; i++)
	{
		if (utf8[i] == ',')
		{
			commas++;
			comma = i;
		}
		/* a character is a byte that does not continue one */
		chars += ((unsigned char) utf8[i] & 0xC0) != 0x80;
	}
	if (chars < FIELD_MIN || commas > 1)
		return SN_OK;
	if (commas == 0)
	{
		out->cut_tok = out->ntok - 1;
		return SN_OK;
	}

	sn_buf_init(&part, len - comma + 16);
	st = sn_normalize(utf8 + comma + 1, len - comma - 1, &part, err);
	if (st != SN_OK)
	{
		sn_buf_free(&part);
		return st;
	}
	/* the part's words, and where its last begins */
	for (i = 0, k = 1, w = 0; i < part.len; i++)
		if (part.data[i] == ' ')
		{
			k++;
			w = i + 1;
		}
	if (part.len > 0 && k < out->ntok && part.len < out->len &&
		memcmp(out->text, part.data, part.len) == 0 && out->text[part.len] == ' ' &&
		(size_t) out->tok[k - 1].len == part.len - w &&
		memcmp(out->tok[k - 1].s, part.data + w, part.len - w) == 0)
	{
		out->cut_tok = k - 1;
	}
	sn_buf_free(&part);
	return SN_OK;
}

/*
 * The words of a name read from Hebrew letters, those without vowel
 * letters, also read their bet, kaf and pe the other way (see
 * sn_query_prepare).
 */
static void
hebrew_words(sn_name *n)
{
	int			i;

	for (i = 0; i < n->ntok; i++)
	{
		n->tok[i].abjad = true;
		if (n->tok[i].unvocalised && !n->tok[i].number)
			n->tok[i].zphonlen[SN_TOKEN_READING_HEBREW] = -1;
	}
}

sn_status
sn_query_prepare(const char *utf8, size_t len, sn_name *out, sn_error *err)
{
	sn_status	st = sn_name_prepare(utf8, len, out, err);
	int			i;
	sn_name    *r;

	if (st != SN_OK)
		return st;
	out->other_script = !latin_written(utf8, len);
	/*
	 * A query in Hebrew letters: its words without vowel letters (those
	 * read from Hebrew) also read their bet, kaf and pe the other way
	 * (phonetic.h, reading 2), which the script leaves to unwritten
	 * vowels.  The query side only: the list is in Latin letters, and a
	 * list word that has such a key is found by it as by any of the
	 * query's keys.
	 */
	if (has_hebrew_letter(utf8, len))
		hebrew_words(out);
	/*
	 * A query in Cyrillic letters: its words also read a g before a vowel
	 * as h (phonetic.h, reading 3), the letter Russian writes for the h of
	 * other languages and Ukrainian and Belarusian say h, or else a dzh
	 * before a vowel as the soft g it also writes.  The query side only,
	 * as for Hebrew.
	 */
	if (has_two_byte_letter(utf8, len, 0xD0, 0xD3))
		for (i = 0; i < out->ntok; i++)
			if (!out->tok[i].number)
				out->tok[i].zphonlen[SN_TOKEN_READING_CYRILLIC] = -1;
	/*
	 * Every query also reads its g as the q of qaf and its q as the g qaf
	 * is said (phonetic.h, reading 5): Gaddafi for Qadhafi.  The query side
	 * only, as for Hebrew.
	 */
	for (i = 0; i < out->ntok; i++)
		if (!out->tok[i].number)
			out->tok[i].zphonlen[SN_TOKEN_READING_QAF] = -1;
	st = field_cut(utf8, len, out, err);
	if (st == SN_OK)
		st = prepare_readings(utf8, len, out, err);
	if (st != SN_OK)
	{
		sn_name_free(out);
		return st;
	}
	/* (and so do those of its reading with gimel as g, also Hebrew letters) */
	for (r = out->reading; r != NULL; r = r->reading)
		if (r->reading_kind == SN_READING_HEBREW_G)
			hebrew_words(r);
	/*
	 * A query in Arabic script: its words' a is an alif or an ayn, a letter
	 * of the script, not a vowel chosen by a Latin spelling (see
	 * phon_agrees).  The query side only, as for Hebrew.
	 */
	if (has_two_byte_letter(utf8, len, 0xD8, 0xDB))
		for (r = out; r != NULL; r = r->reading)
			for (i = 0; i < r->ntok; i++)
				r->tok[i].arabic_script = r->tok[i].abjad = true;
	/* (the name itself decoded only when it is a Korean one: surname_apart) */
	for (r = out; r != NULL; r = r->reading)
		if (r->script == SN_SCRIPT_KOREAN &&
			(r->reading_kind == SN_READING_KOREAN || r->reading_kind == SN_READING_KOREAN_S ||
			 r->reading_kind == SN_READING_KOREAN_NORTH || r->reading_kind == SN_READING_KOREAN_MR ||
			 (r == out && !has_hangul_syllable(utf8, len))))
			surname_apart(r);
	return st;
}

/* ------------------------------------------------------------------
 * Token similarity
 * ------------------------------------------------------------------
 */

static inline double
shape(double x)
{
	if (x >= SHAPE_HI)
		return x;
	if (x <= SHAPE_LO)
		return 0.0;
	return SHAPE_HI * (x - SHAPE_LO) / (SHAPE_HI - SHAPE_LO);
}

/* Dice of two gram sets of na and nb grams that share common. */
static inline double
dice_of(int common, int na, int nb)
{
	return na + nb > 0 ? 2.0 * common / (double) (na + nb) : 0.0;
}

/*
 * Typos: 1 - d / L for the edit distance d of two tokens whose longer one
 * has L letters (Levenshtein, but two letters swapped in a short word are
 * one edit: swap_is_one_edit), counted only while d is a
 * plausible number of typos for that length (one edit per ED_PER_EDIT
 * letters, at least one from 3 letters up, at most ED_MAX).  Bigram Dice
 * alone is harsh on short names: Пулин / Путин lose 2 of 6 bigrams to one
 * wrong letter.
 */
static inline int
edits_allowed(int L)
{
	int			a;

	if (L < 3)
		return 0;
	a = L / ED_PER_EDIT;
	if (a < 1)
		a = 1;
	return a > ED_MAX ? ED_MAX : a;
}

/*
 * Two adjacent letters swapped (Rdo for Rod) are the one typo a word of up
 * to five letters is allowed (ED_TRANSPOSE); in a longer word, which is
 * allowed two, they count as the two edits they are by Levenshtein, which
 * still matches.  Counting them as one there too would raise such a word's
 * similarity a little, and loosen the index bound much: a swap destroys
 * three bigrams where the other edits destroy two.
 */
static inline bool
swap_is_one_edit(int L)
{
	return ED_TRANSPOSE && edits_allowed(L) == 1;
}

/* The most padded bigrams of a token that one edit destroys, for length L */
static inline int
grams_per_edit(int L)
{
	return swap_is_one_edit(L) ? 3 : 2;
}

static double
edit_sim(const char *a, int la, const char *b, int lb)
{
	int			L = la > lb ? la : lb;
	int			k = edits_allowed(L);
	bool		swap = swap_is_one_edit(L);
	int			rows[3][SN_MAX_TOKEN_LEN + 1];
	int		   *prev2 = rows[0],
			   *prev = rows[1],
			   *cur = rows[2];
	int			i,
				j,
				best;

	/*
	 * Three edits are a typo only in a name that keeps its first letter:
	 * Jonsdottir and Tomasdottir are two names that share an ending, not
	 * one name misspelt.  (edit_sim_ub, which does not see the letters,
	 * stays an upper bound.)
	 */
	if (k > 2 && a[0] != b[0])
		k = 2;
	if (k == 0 || abs(la - lb) > k)
		return 0.0;

	/*
	 * A short word that starts with another consonant is another name
	 * (Ming and Ding, Zong and Dong, Pam and Sam), not a typo: people get
	 * the first letter of a name right.  A vowel there may be a dropped or
	 * added letter (Ssad for Asad), so it still counts.
	 */
	if (L <= ED_FIRST_LETTER && a[0] != b[0] &&
		!sn_is_vowel_y(a[0]) && !sn_is_vowel_y(b[0]))
		return 0.0;
	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++)
	{
		cur[0] = i;
		best = cur[0];
		for (j = 1; j <= lb; j++)
		{
			int			cost = a[i - 1] == b[j - 1] ? 0 : 1;
			int			v = prev[j - 1] + cost;

			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (swap && i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
				a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
			if (v < best)
				best = v;
		}
		if (best > k)
			return 0.0;			/* every alignment already needs too many */
		{
			int		   *t = prev2;

			prev2 = prev;
			prev = cur;
			cur = t;
		}
	}
	if (prev[lb] > k)
		return 0.0;
	return 1.0 - prev[lb] / (double) L;
}

/*
 * The most edit_sim can be for a token of length lq (n_ms padded bigrams,
 * counted with repeats) when at most f_ms of its bigrams can be present in
 * the other token.  An edit destroys at most 2 of those bigrams (a
 * substitution or deletion 2, an insertion 1), a swap 3 where it counts as
 * one edit (grams_per_edit), so d >= ceil((n_ms - f_ms) / 3); then the
 * best is over the other token's possible lengths and edit counts, each
 * length difference costing insertions or deletions.
 */
static double
edit_sim_ub(int lq, int n_ms, int f_ms)
{
	int			dmin = (n_ms - f_ms + 2) / 3;	/* no edit destroys more than 3 */
	int			d,
				lc;
	double		best = 0.0;

	if (dmin < 0)
		dmin = 0;
	for (d = dmin; d <= ED_MAX; d++)
		for (lc = lq - d; lc <= lq + d; lc++)
		{
			int			L = lc > lq ? lc : lq;
			int			delta = abs(lc - lq);

			if (lc < 1 || d < delta || d > edits_allowed(L))
				continue;
			/* |lc - lq| of the edits insert (1 bigram) or delete (2) */
			if (n_ms - f_ms > grams_per_edit(L) * (d - delta) + (lc > lq ? 1 : 2) * delta)
				continue;
			if (1.0 - d / (double) L > best)
				best = 1.0 - d / (double) L;
		}
	return best;
}

/*
 * Similarity of a token and two tokens written together (either way
 * round), of na and nb grams sharing common: the share of the larger gram
 * set that both have, and nothing
 * below MERGE_MIN.  Stricter than Dice, so that "georgebush" does not pass
 * for "george": only a near-complete spelling of both tokens counts.
 */
static inline double
merge_shape(double overlap)
{
	return overlap >= MERGE_MIN ? overlap : 0.0;
}

static inline double
merged_sim(int common, int na, int nb)
{
	int			m = na > nb ? na : nb;

	return m > 0 ? merge_shape(common / (double) m) : 0.0;
}

/* Is first q's letter at, or the one before or after it (at >= 1)? */
static inline bool
second_starts(const sn_ptoken *q, int at, char first)
{
	int			i;

	for (i = at - 1; i <= at + 1; i++)
		if (i < q->len && q->s[i] == first)
			return true;
	return false;
}

/*
 * A token against two tokens written together, by the typo rule, when it
 * starts with the same letter: "Xi Jinpeng" against "xi jin ping" read
 * from 习近平.  The second word must begin where the first ends, give or
 * take a letter (a typo's insertion or deletion), with its own first
 * letter: people get the first letter of a name right, and without it the
 * allowance of an edit in three letters let a word end in a word it does
 * not spell, Erickson in Erick Tsang and Jackson in Jack Qin.  The index
 * bound covers it: the token's typo bound counts its bigrams among the
 * row's keys, which hold every bigram of the two written together.
 */
static double
merged_typo_sim(const sn_ptoken *q, const sn_ptoken *c1, const sn_ptoken *c2, int common)
{
	char		joined[2 * SN_MAX_TOKEN_LEN];
	int			lj = c1->len + c2->len;
	int			L = q->len > lj ? q->len : lj;

	/* written together, the first letter is kept: most pairs stop here */
	if (q->s[0] != c1->s[0] || abs(q->len - lj) > edits_allowed(L) || lj > SN_MAX_TOKEN_LEN)
		return 0.0;
	/* the bigrams of q missing from the two (it shares common with them)
	 * already rule out most pairs */
	if ((q->ngrams - common + 1) / 2 > edits_allowed(L))
		return 0.0;
	if (!second_starts(q, c1->len, c2->s[0]))
		return 0.0;
	memcpy(joined, c1->s, c1->len);
	memcpy(joined + c1->len, c2->s, c2->len);
	return edit_sim(q->s, q->len, joined, lj);
}

typedef enum match_kind
{
	MK_NONE = 0,
	MK_EXACT,
	MK_SPELLING,				/* bigram Dice */
	MK_TYPO,					/* a few edits */
	MK_PHONETIC,
	MK_INITIAL,
	MK_MERGED,					/* against tokens written together */
	MK_CONSONANTS,				/* an Arabic or Hebrew spelling's consonants */
	MK_VARIANT,					/* words of one variant group */
	MK_ACRONYM,					/* a word spelled by the initials of words */
	MK_MERGED_TYPO,				/* against tokens written together, by the typo rule */
	MK_TRUNCATED				/* a word cut short (see truncated) */
} match_kind;

static const char *const match_kind_names[] = {
	"none", "exact", "spelling", "typo", "phonetic", "initial", "merged", "consonants",
	"name_variant", "acronym", "merged", "abbreviation"
};

_Static_assert(sizeof(match_kind_names) / sizeof(match_kind_names[0]) == MK_TRUNCATED + 1,
			   "a name for each kind of match");

/*
 * Is the query token q a word of the candidate's, c, cut short: its first
 * TRUNC_MIN letters or more, two or more letters short of it?  Company
 * names are abbreviated so (Comm for Communications, Elec for Electronics,
 * Dist for Distribution), and a field of fixed length cuts the last word
 * (SWIFT's lines of 35 characters); the query is the side cut, the list
 * spells the name out.  Only between two companies' names, and not the
 * first word, or at the end of a query that filled its field (see
 * truncation_from, field_cut): a person's name that begins another is another name
 * (Ivan, Ivanov; Ahmad, Ahmadinejad).
 */
static inline bool
truncated(const sn_ptoken *q, const sn_ptoken *c)
{
	return q->len >= TRUNC_MIN && c->len >= q->len + 2 && !q->number && !c->number &&
		!q->initialism && q->cls != SN_TOKEN_LEGAL_FORM && c->cls != SN_TOKEN_LEGAL_FORM &&
		memcmp(q->s, c->s, q->len) == 0;
}

/* Two tokens share a group of given-name variants */
static inline bool
same_variant(const sn_ptoken *a, const sn_ptoken *b)
{
	return a->variant[0] != 0 &&
		(a->variant[0] == b->variant[0] || a->variant[0] == b->variant[1] ||
		 (a->variant[1] != 0 && (a->variant[1] == b->variant[0] ||
								 a->variant[1] == b->variant[1])));
}

static inline bool
has_vowel(const sn_ptoken *t)
{
	int			i;

	for (i = 0; i < t->len; i++)
		if (sn_is_vowel_y(t->s[i]))
			return true;
	return false;
}

/*
 * Are the letters of v, a token without vowels, those of t but for t's
 * vowels (each run of a letter counted once)?  Bn and Bin, Sd and Saad;
 * not St and Sayeed, whose keys agree only as the key folds t with d.
 */
static bool
letters_are_consonants(const sn_ptoken *v, const sn_ptoken *t)
{
	int			i,
				k = 0;

	for (i = 0; i < t->len; i++)
	{
		if (sn_is_vowel_y(t->s[i]) || (i > 0 && t->s[i] == t->s[i - 1]))
			continue;
		while (k > 0 && k < v->len && v->s[k] == v->s[k - 1])
			k++;
		if (k >= v->len || v->s[k] != t->s[i])
			return false;
		k++;
	}
	while (k > 0 && k < v->len && v->s[k] == v->s[k - 1])
		k++;
	return k == v->len;
}

/*
 * Is v, a token spelled as Arabic script is transliterated (vowelless: its
 * long vowels written as a, w, y and its short ones not at all), a spelling
 * of t, a token with vowels?  t's consonants must be v's, in order (a
 * doubled letter counted once); a run of t's vowels may stand for nothing
 * in v (a short vowel) or for v's letters that write it, a for a, w for o
 * or u, y for e or i; and a run of two or more (ou, oo, ee, ao), a long
 * vowel, must have its o or u written w, or else its e or i written y, as
 * the script writes them.  Nwr is Nour and Noor (Nur had its own rule),
 * fwad Fouad, swd Saoud, syd Saeed, hwthy Houthi; sad (سعد, Saad) is not
 * Saud (سعود), mara not Mora (a writes no o), syd not Sued.  The first
 * letters must agree (an initial alif, a, may carry any vowel, but Amy is
 * no spelling of Emmie), and two letters are too few: al, the article, is
 * no spelling of Ali; but an initial a and a w, the alef or alif that
 * carries a word's first vowel and the vav or waw that writes it, are an
 * initial o or u (אורי, awry: Ori, Uri).  Two more letters of these
 * scripts: a v may write t's w, as Hebrew's vav does for the w of German
 * and Yiddish names (ויס, vys: Weiss); and a final h, t's final a or e, as
 * the final he of Hebrew and Persian does (לרה, lrh: Lara; فاطمه, fatmh:
 * Fatima).  A t with no vowel but a may look vowelless too: it is still
 * the vowelled one when v writes no vowel after its first letter (lrh,
 * Lara; anh, Anna).  And a final a of v read from Arabic script, as its
 * ta marbuta comes out (رقية, rqya), is t's final -ah or -eh, as Latin
 * spellings of the Gulf and of Persian write it (Ruqayyah, Sumayyah,
 * Fatemeh); not that of a Latin word with no vowel but a (Bana, Baneh).
 */
/*
 * When v, a word read from Arabic script without vowels, ends in an a (its
 * ta marbuta, which the normaliser writes so, or an alif) and t ends in -ah
 * or -eh, t as v writes its end (-a), into out; its length, or 0.  (See
 * long_vowels_written.)
 */
static int
marbuta_ending(const sn_ptoken *v, const sn_ptoken *t, char *out)
{
	if (!v->arabic_script || !v->vowelless || v->len < 3 || v->s[v->len - 1] != 'a' ||
		t->len < 4 || t->len > SN_MAX_TOKEN_LEN || t->s[t->len - 1] != 'h' ||
		(t->s[t->len - 2] != 'a' && t->s[t->len - 2] != 'e'))
		return 0;
	/* t without its h, its e as the a that v writes */
	memcpy(out, t->s, t->len - 1);
	out[t->len - 2] = 'a';
	return t->len - 1;
}

static bool
long_vowels_written(const sn_ptoken *v, const sn_ptoken *t)
{
	int			i = 0,
				k = 0,
				n;
	bool		carrier = false;	/* v's initial a carries t's first vowel */
	char		ending[SN_MAX_TOKEN_LEN + 1];
	sn_ptoken	cut;

	if (!v->vowelless || v->len < 3)
		return false;
	if ((n = marbuta_ending(v, t, ending)) > 0)
	{
		cut = *t;
		cut.s = ending;
		cut.len = n;
		t = &cut;
	}
	if (t->vowelless && strchr("eiou", t->s[0]) == NULL)
		for (i = 1; i < v->len; i++)
			if (sn_is_vowel_y(v->s[i]))
				return false;
	i = 0;
	/* an initial alef or alif and a vav write an initial o or u (Ori, awry) */
	if (v->s[0] == 'a' && v->s[1] == 'w' && (t->s[0] == 'o' || t->s[0] == 'u'))
	{
		k = 2;
		while (i < t->len && sn_is_vowel_y(t->s[i]))
			i++;
	}
	else if (v->arabic_script && v->s[0] == 'a' && strchr("eiou", t->s[0]) != NULL)
	{
		/*
		 * an initial a read from Arabic script, an alif or an ayn, carries
		 * t's first vowel whatever it is, and t's first run of vowels is
		 * asked of v's letters after it as any other run (عدي, ady: Uday,
		 * Oday; عيسى, aysa: Isa, Eissa, not Osa; Amy, Latin letters, is
		 * still no spelling of Emmie)
		 */
		k = 1;
		carrier = true;
	}
	while (i < t->len)
	{
		char		c = t->s[i];

		if ((i == 0 && !carrier) || !sn_is_vowel_y(c))
		{
			/* a consonant (or the first letter), each run of it once */
			if (i > 0 && c == t->s[i - 1])
			{
				i++;
				continue;
			}
			while (k > 0 && k < v->len && v->s[k] == v->s[k - 1])
				k++;
			if (k >= v->len || (v->s[k] != c && !(v->s[k] == 'v' && c == 'w')))
				return false;
			k++;
			i++;
		}
		else
		{
			/* a run of vowels, and the letters of v that write it */
			int			j = i;
			bool		ou = false,
						ei = false,
						a = false,
						w = false,
						y = false;

			for (; j < t->len && sn_is_vowel_y(t->s[j]); j++)
			{
				ou |= t->s[j] == 'o' || t->s[j] == 'u';
				ei |= t->s[j] == 'e' || t->s[j] == 'i' || t->s[j] == 'y';
				a |= t->s[j] == 'a';
			}
			while (k < v->len && ((v->s[k] == 'w' && ou) || (v->s[k] == 'y' && ei) ||
								  (v->s[k] == 'a' && a)))
			{
				w |= v->s[k] == 'w';
				y |= v->s[k] == 'y';
				k++;
			}
			/* a long u or o must be written w, a long e or i y (Saud is not sad) */
			if (j - i >= 2 && (ou ? !w : (ei && !y)))
				return false;
			i = j;
		}
	}
	/* a final h that writes t's final vowel (the final he of Hebrew, Persian) */
	if (k + 1 == v->len && v->s[k] == 'h' && v->s[k - 1] != 'h' &&
		(t->s[t->len - 1] == 'a' || t->s[t->len - 1] == 'e'))
		return true;
	return k == v->len;
}

/*
 * Are a and b one spelling but for how they write a sound: the sound u or
 * the long i, oo in English-influenced romanisations (Korean Hoon, Soo;
 * South Asian Noor, Masood), ou in French ones (Nour, Youn), u in the others
 * (Hun, Su, Nur, Yun); ee, as English writes the long i of Arabic and
 * Persian names (Saeed, Naeem, Meer), for the i of the others (Said, Naim,
 * Mir); tz, as German and romanised Hebrew write the sound (tsadi), for
 * the z of the others (Tzvi, Zvi; Tzur, Zur); and dzh and dj, as Russian
 * and French write the English j (Джомаа, Dzhomaa; Djuna), for its j?
 * sound_next reads t's next letter at *i, a sound written with two or
 * three letters as the one letter it is, and moves *i past what it read.
 */
static inline char
sound_next(const sn_ptoken *t, int *i)
{
	char		c = t->s[(*i)++];

	if (c == 'o' && *i < t->len && (t->s[*i] == 'o' || t->s[*i] == 'u'))
	{
		(*i)++;
		return 'u';
	}
	if (c == 'e' && *i < t->len && t->s[*i] == 'e')
	{
		(*i)++;
		return 'i';
	}
	if (c == 't' && *i < t->len && t->s[*i] == 'z')
	{
		(*i)++;
		return 'z';
	}
	if (c == 'd' && *i < t->len)
	{
		const char *r = t->s + *i;
		int			left = t->len - *i;

		if (left >= 2 && r[0] == 'z' && r[1] == 'h')
		{
			*i += 2;
			return 'j';
		}
		if (r[0] == 'j')
		{
			(*i)++;
			return 'j';
		}
	}
	return c;
}

static bool
same_sounds(const sn_ptoken *a, const sn_ptoken *b)
{
	int			i = 0,
				j = 0;

	while (i < a->len && j < b->len)
		if (sound_next(a, &i) != sound_next(b, &j))
			return false;
	return i == a->len && j == b->len;
}

/* a token's length with each run of one letter counted once */
static inline int
undoubled_len(const sn_ptoken *t)
{
	int			i,
				n = t->len;

	for (i = 1; i < t->len; i++)
		if (t->s[i] == t->s[i - 1])
			n--;
	return n;
}

/*
 * A word that begins with f, spelled, against one that begins with w and
 * writes no vowel, as Arabic script comes out: Arabic and Persian write f
 * with ف, never with و (w, which is their v, o and u), so Fisher is not
 * وزیری (wzyry, Vaziri), though the key folds f, v and w together.  A v or
 * w of Latin letters may be either (Wladimir, فلاديمير).
 */
static inline bool
f_for_waw(const sn_ptoken *a, const sn_ptoken *b)
{
	return a->s[0] == 'f' && b->s[0] == 'w' && b->unvocalised && !a->unvocalised;
}
/*
 * Equal phonetic keys of three consonants or fewer say little on their
 * own: "yan" and "un" share the key "an", "xu" and "ksi" the key "ks",
 * "jihyeon" and "john" the key "jhn".  Such a key counts only between
 * tokens of about the same length (the same for one or two consonants,
 * at most two letters apart for three: "poutine" and "putin"), or when
 * one token is written without vowels, as Arabic-script names are
 * transliterated ("hsn" for Hassan).  Against a token spelled as Arabic
 * script writes long vowels (w, y: "hsyn"), a doubled letter counts once,
 * as that script writes it: "hsyn" and "hussein" are three letters apart,
 * two so counted; and so against a query's word read from Arabic script
 * with an a, its alif or an ayn read so ("mamr", معمر, and "muammar").  A
 * Latin word whose only vowel is a is not so read: Syawal is no spelling
 * of Seifallah.
 */
static inline bool
arabic_a(const sn_ptoken *t)
{
	return t->arabic_script && t->vowelless;
}

static bool
phon_agrees(const sn_ptoken *a, const sn_ptoken *b)
{
	if (tok_phon(a) < 2 || a->phonlen != tok_phon(b) ||
		memcmp(a->phon, b->phon, a->phonlen) != 0)
		return false;
	if (f_for_waw(a, b) || f_for_waw(b, a))
		return false;
	if (a->phonlen >= 4)
		return true;
	/*
	 * Two consonants are too few to go by a folded key alone: a token
	 * without vowels meets a longer one with such a key only when it
	 * writes that one's consonants as they are, a token spelled as Arabic
	 * script is transliterated when it also writes its long vowels
	 * (long_vowels_written: nwr, Nour), and a spelled one when it is the
	 * same spelling of another u, i, z or j (Noor, Nur; Tzvi, Zvi; Dzhomaa,
	 * Jomaa: same_sounds).
	 */
	if (a->phonlen <= 2 && a->len != b->len)
		return (!has_vowel(a) && letters_are_consonants(a, b)) ||
			(!has_vowel(b) && letters_are_consonants(b, a)) ||
			same_sounds(a, b) ||
			long_vowels_written(a, b) || long_vowels_written(b, a);
	return abs(a->len - b->len) <= 2 ||
		!has_vowel(a) || !has_vowel(b) ||
		(a->phonlen == 3 && (a->unvocalised || b->unvocalised || arabic_a(a) || arabic_a(b)) &&
		 abs(undoubled_len(a) - undoubled_len(b)) <= 2);
}

/* s (len letters) ends in a vowel and a y or i: Sergey, Andrei */
static inline bool
vowel_short_i(const char *s, int len)
{
	return len >= 4 && (s[len - 1] == 'y' || s[len - 1] == 'i') &&
		strchr("aeiou", s[len - 2]) != NULL;
}

/* s (len letters, 0 for none) ends in a vowel and a j: the stem Sergej */
static inline bool
vowel_j(const char *s, int len)
{
	return len >= 4 && s[len - 1] == 'j' && strchr("aeiou", s[len - 2]) != NULL;
}

/*
 * The stem a Baltic nominative ending leaves of the token l (its length),
 * which: 1 for a final s after a consonant (Latvian: Lavrovs for Lavrov),
 * 2 for as, is, us or ys (Lithuanian: Putinas for Putin), or 0 when l has
 * no such ending over a stem of four letters or more.
 */
static inline int
stem_length(const char *l, int len, int which)
{
	int			m = len - which;

	if (m < 4 || l[len - 1] != 's')
		return 0;
	/* Latvian adds s to a consonant (a name ending in a vowel keeps it) */
	if (which == 1 && sn_is_vowel_y(l[m - 1]))
		return 0;
	if (which == 2 && l[m] != 'a' && l[m] != 'i' && l[m] != 'u' && l[m] != 'y')
		return 0;
	return m;
}

/*
 * Latvian and Lithuanian write a foreign name with the nominative ending
 * of their own declension (Sergejs Lavrovs, Vladimiras Putinas): the long
 * token is the short one with such an ending, and it means the same name.
 */
static bool
declined(const sn_ptoken *l, const sn_ptoken *s)
{
	int			e = l->len - s->len,
				m = s->len;

	if ((e != 1 && e != 2) || stem_length(l->s, l->len, e) != m)
		return false;
	if (memcmp(l->s, s->s, m - 1) != 0)
		return false;
	if (l->s[m - 1] == s->s[m - 1])
		return true;

	/*
	 * The Russian short i (й) that English writes y and French i, these
	 * languages write j: Sergejs, Andrejus for Sergey, Andrei.  After a
	 * vowel only, where it is that sound.
	 */
	return vowel_j(l->s, m) && vowel_short_i(s->s, m);
}

/*
 * The phonetic key of the stem that a declension ending leaves of token t
 * (Lavrovs: lavrov, Putinas: putin; a token has at most one, as the letter
 * before the s decides between the two endings), or 0 when it has none.
 * Computed the first time it is asked for, like tok_phon.
 */
static int
stem_phon(const sn_ptoken *t)
{
	if (t->sphonlen < 0)
	{
		sn_ptoken  *w = (sn_ptoken *) t;
		int			m = 0;

		if (!t->number && (m = stem_length(t->s, t->len, 1)) == 0)
			m = stem_length(t->s, t->len, 2);
		w->sphonlen = m > 0 ? (int) sn_phonetic_key(t->s, m, w->sphon) : 0;
	}
	return t->sphonlen;
}

/*
 * A token's consonant skeleton: its first letter, then its letters other
 * than vowels, y and w (which Arabic and Hebrew write for long vowels or
 * not at all), a doubled letter once.  Written to out (room for len + 1);
 * returns its length, or 0 when the token has two vowels in a row: a
 * Latin "ou", "ee" or "ei" is a long vowel, which these scripts do write
 * (محمود is Mahmoud, محمد is Muhammad, not Mahmoud).  Bit k of *along says
 * that an a follows letter k of the skeleton before the next one, other
 * than an a before l: the article's (عبدالله, abdallh, is Abdullah).
 */
static int
skeleton(const sn_ptoken *t, char *out, uint64_t *along)
{
	int			i,
				n = 0;

	*along = 0;
	for (i = 0; i < t->len; i++)
	{
		char		c = t->s[i];

		if (i > 0 && strchr("aeiou", c) != NULL && strchr("aeiou", t->s[i - 1]) != NULL)
			return 0;
		if (i > 0 && strchr("aeiouyw", c) != NULL)
		{
			/* (not an a before l, which may be the article's: abdallh) */
			if (c == 'a' && n > 0 && n <= 64 && (i + 1 == t->len || t->s[i + 1] != 'l'))
				*along |= UINT64_C(1) << (n - 1);
			continue;
		}
		if (n > 0 && out[n - 1] == c)
			continue;
		out[n++] = c;
	}
	return n;
}

/* Is reading r of token t one of a diphthong aw, ow read as a vowel? */
static inline bool
diphthong_reading(const sn_ptoken *t, int r)
{
	return r == 0 && t->diphthong;
}

/*
 * The phonetic key of token t's other reading r (sn_phonetic_key_reading:
 * 0, th, dh as s, z, ch as sh, a soft c as s, ou before a vowel as w; 1, the
 * German spelling of a Russian name), when it has three consonants or more
 * and differs from the token's own key; its length, or 0.  Two consonants
 * are too few to tell a name by once two sounds fold together (Heath,
 * Hess); a diphthong read as a vowel folds none, and its rule asks the
 * other token for the same vowels (other_spelled), so reading 0 of a token
 * with one keeps two (Fawzi, Fouzi: fs); so does a j read as the glide
 * (reading 1), which folds none either and asks for the spelling as the
 * glide is written (Bojko, Boyko: pk).  The readings of a query's script
 * (2 to 4: Hebrew, Cyrillic, Hangul or katakana) keep two as well: each reads a letter
 * of that script that stands for two sounds, and tsim asks them for the
 * spelling too (לואיס, Luis; Гарри, Harry).  Computed the first time it is
 * asked for, like tok_phon.
 */
static int
other_phon_make(const sn_ptoken *t, int r)
{
	sn_ptoken  *w = (sn_ptoken *) t;
	int			m = t->number ? 0 :
		(int) sn_phonetic_key_reading(t->s, t->len, r, w->zphon[r]);
	bool		script = r == SN_TOKEN_READING_HEBREW || r == SN_TOKEN_READING_CYRILLIC ||
		r == SN_TOKEN_READING_LOAN;
	int			least = (m == 2 && (script ||
									(!t->unvocalised &&
									 (diphthong_reading(t, r) ||
									  (r == 1 && sn_has_inner_glide(t->s, t->len)))))) ? 2 : 3;

	if (m < least || (m == tok_phon(t) && memcmp(w->zphon[r], t->phon, m) == 0))
		m = 0;
	w->zphonlen[r] = m;
	return m;
}

static inline int
other_phon(const sn_ptoken *t, int r)
{
	return t->zphonlen[r] >= 0 ? t->zphonlen[r] : other_phon_make(t, r);
}

/*
 * Does a reading of one token have the other's key (or a reading of it)?
 * The readings that agree go to *ra and *rb, -1 for a token's own key.
 * Arabic thaa and dhal are s and z in Persian, Urdu and Turkish mouths and
 * spellings (Uthman, Othman / Usman, Osman; Kadhim / Kazim); French
 * spellings of Arabic names write ch for sh, c for s and ou for w (Rachid /
 * Rashid, Belkacem / Belqasim, Ouattara / Wattara); German spellings of
 * Russian names ch for kh, sch for zh and j for y (Chodorkowski /
 * Khodorkovsky, Prigoschin / Prigozhin, Jakowlew / Yakovlev).
 */
static bool
other_agrees(const sn_ptoken *a, const sn_ptoken *b, int *ra, int *rb)
{
	int			r,
				r2;

	if (f_for_waw(a, b) || f_for_waw(b, a))
		return false;
	for (r = 0; r < SN_READINGS; r++)
	{
		int			za = other_phon(a, r),
					zb = other_phon(b, r);

		if (za > 0 && za == tok_phon(b) && memcmp(a->zphon[r], b->phon, za) == 0)
		{
			*ra = r, *rb = -1;
			return true;
		}
		if (zb > 0 && zb == tok_phon(a) && memcmp(b->zphon[r], a->phon, zb) == 0)
		{
			*ra = -1, *rb = r;
			return true;
		}
		for (r2 = 0; za > 0 && r2 < SN_READINGS; r2++)
			if (za == other_phon(b, r2) && memcmp(a->zphon[r], b->zphon[r2], za) == 0)
			{
				*ra = r, *rb = r2;
				return true;
			}
	}
	return false;
}

/*
 * Dice of the padded bigrams of two spellings, sa (la letters) and sb (lb),
 * which the caller wrote (other_spelled, folded_dice).
 */
static double
spelling_dice(const char *sa, int la, const char *sb, int lb)
{
	uint16_t	ga[SN_MAX_TOKEN_LEN + 1],
				gb[SN_MAX_TOKEN_LEN + 1];
	static scratch_sets sc;
	gram_set   *seen = scratch_take(&sc);
	int			na,
				nb,
				common;

	na = make_grams(sa, la, ga, seen);
	nb = make_grams(sb, lb, gb, seen);
	gram_set_fill(seen, ga, na);
	common = gram_set_common(seen, gb, nb);
	gram_set_clear(seen, ga, na);
	scratch_release(&sc);
	return dice_of(common, na, nb);
}

/*
 * Does o write the letter that t, read with its qaf said as g, reads: a q
 * for t's g, a g for its q?  Gaddafi meets Qadhafi, but Gary is no
 * spelling of Cary, whose c the key reads as k too.  And do they, both
 * letters written q, share QAF_SPELLING of their bigrams, more than other
 * readings are asked: Egyptian spellings write the jim g (Farag for Faraj),
 * and Farag is not Farooq, with which it shares 0.62 so written (Qadhafi
 * and Gaddafi 0.75, Qasim and Gasim all).
 */
static bool
qaf_spelled(const sn_ptoken *t, const sn_ptoken *o)
{
	char		want = sn_qaf_letter(t->s, t->len) == 'g' ? 'q' : 'g',
				st[SN_MAX_TOKEN_LEN],
				so[SN_MAX_TOKEN_LEN];
	int			i;

	for (i = 0; i < o->len; i++)
		if (want == 'q' ? o->s[i] == 'q' : sn_plain_g(o->s, o->len, i))
			break;
	if (i == o->len)
		return false;
	return spelling_dice(st, (int) sn_reading_spelling(t->s, t->len, SN_TOKEN_READING_QAF, st),
						 so, (int) sn_reading_spelling(o->s, o->len, SN_TOKEN_READING_QAF, so)) >=
		QAF_SPELLING;
}

/*
 * May the key on which other_agrees found a and b agree count?  One of the
 * Hebrew reading with two consonants only when the other word writes its
 * vowels as the script does (long_vowels_written: לואיס, lwys, and Luis);
 * any other (the others of two consonants ask for the spelling: see
 * other_phon_make).
 */
static inline bool
other_key_counts(const sn_ptoken *a, int ra, const sn_ptoken *b, int rb)
{
	if (ra == SN_TOKEN_READING_HEBREW && a->zphonlen[ra] <= 2)
		return long_vowels_written(a, b);
	if (rb == SN_TOKEN_READING_HEBREW && b->zphonlen[rb] <= 2)
		return long_vowels_written(b, a);
	if (ra == SN_TOKEN_READING_QAF)
		return qaf_spelled(a, b);
	if (rb == SN_TOKEN_READING_QAF)
		return qaf_spelled(b, a);
	return true;
}

/*
 * A word of a Hangul or katakana query read as a foreign name, with a b, p
 * or r read so
 */
static inline bool
loan_word(const sn_ptoken *t)
{
	return other_phon(t, SN_TOKEN_READING_LOAN) > 0;
}

/*
 * Do spellings a and b (na and nb letters) have the same vowels
 * (sn_vowel_classes)?  What the key of a diphthong read as a vowel asks of
 * the other token, and a key of two consonants with a j read as the glide
 * asks of the reading's spelling (other_spelled).
 */
static bool
same_vowels_of(const char *a, int na, const char *b, int nb)
{
	char		va[SN_MAX_TOKEN_LEN],
				vb[SN_MAX_TOKEN_LEN];
	size_t		la = sn_vowel_classes(a, na, va),
				lb = sn_vowel_classes(b, nb, vb),
				i;

	if (la != lb)
		return false;
	for (i = 0; i < la; i++)
		if (!sn_vowel_classes_agree(va[i], vb[i]))
			return false;
	return true;
}

static bool
same_vowels(const sn_ptoken *a, const sn_ptoken *b)
{
	return same_vowels_of(a->s, a->len, b->s, b->len);
}

/*
 * s (n letters) with each ou before a consonant or the end written u, as
 * French spellings mean it (Youcef, Yusuf); the new length.
 */
static int
ou_as_u(char *s, int n)
{
	int			i,
				m = 0;

	for (i = 0; i < n; i++)
	{
		if (s[i] == 'o' && i + 1 < n && s[i + 1] == 'u' &&
			(i + 2 == n || !sn_is_vowel_y(s[i + 2])))
			continue;
		s[m++] = s[i];
	}
	return m;
}

/*
 * s (n letters) with a final y after a consonant written i, as most
 * schemes write that vowel (Egyptian Fawzy, Shawky: Fawzi, Shawqi)
 */
static inline void
final_y_as_i(char *s, int n)
{
	if (n >= 2 && s[n - 1] == 'y' && !sn_is_vowel_y(s[n - 2]))
		s[n - 1] = 'i';
}

/*
 * Do a and b share enough of their spelling as the readings that agree
 * write them (a token read by its own key is written as the other is
 * read)?  Dice of their padded bigrams, OTHER_SPELLING at least: Osman and
 * Uthman share half their spelling as Osman and Usman, Gandhi and Ganesh
 * do not as Ganzi and Ganesh.  When reading 0 reads a diphthong aw or ow
 * as a vowel, which takes a consonant out of the key, the other must have
 * an o or u vowel there, and the same vowels elsewhere (sn_vowel_classes):
 * Fawzi, Fouzi and Fozi, Shawkat and Shokat do; Dawson and Dyson, which
 * share two thirds of their bigrams so written, do not, nor Bowman and
 * Beaman.  Otherwise reading 0, the French one, writes an ou before a
 * consonant as the u it means (ou_as_u): Youcef and Yusuf share 0.46 of
 * their bigrams as Yousef and Yusuf, 0.67 as Yusef and Yusuf.  Either way a
 * final y after a consonant is the i it means (Fawzy and Fozi share 0.36 as
 * Fouzy and Fozi, 0.73 as Fouzi and Fozi).
 */
static bool
other_spelled(const sn_ptoken *a, int ra, const sn_ptoken *b, int rb)
{
	char		sa[SN_MAX_TOKEN_LEN],
				sb[SN_MAX_TOKEN_LEN];
	int			la = (int) sn_reading_spelling(a->s, a->len, ra >= 0 ? ra : rb, sa),
				lb = (int) sn_reading_spelling(b->s, b->len, rb >= 0 ? rb : ra, sb);

	if (diphthong_reading(a, ra) || diphthong_reading(b, rb))
	{
		if (!same_vowels(a, b))
			return false;
	}
	else if ((ra == 1 && a->zphonlen[1] == 2) || (rb == 1 && b->zphonlen[1] == 2))
	{
		/* a j read as the glide, in a key of two consonants: Bojko, not Bako */
		if (!same_vowels_of(sa, la, sb, lb))
			return false;
	}
	else if (ra == 0 || rb == 0)
	{
		la = ou_as_u(sa, la);
		lb = ou_as_u(sb, lb);
	}
	final_y_as_i(sa, la);
	final_y_as_i(sb, lb);
	return spelling_dice(sa, la, sb, lb) >= OTHER_SPELLING;
}

/*
 * Token s (len letters) with its diphthongs written one way, to out (room
 * for len + 1); returns its length.  Romanisations of one Arabic or
 * Persian name write the diphthong ay, ai, ei or ey (Husayn, Husain,
 * Hossein; Ubayd, Obeid; Hujayj, Hejeij), the diphthong aw as aw, au, ow,
 * ou or o (Tawfiq, Toufic, Tofiq), and a long vowel or a consonant twice or
 * once.  So a, or e, before i or y and no vowel is ay, a or o before w or u
 * and no vowel is o, and a run of one letter counts once.  Single vowels
 * stay as they are: folding o with u and e with i too made Sire meet Suri
 * and Arias Arreaza, two names each, among ordinary names screened against
 * the lists.
 */
static int
vowel_fold(const char *s, int len, char *out)
{
	int			i,
				n = 0;

	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		if ((c == 'a' || c == 'e') && i + 1 < len && (s[i + 1] == 'i' || s[i + 1] == 'y') &&
			(i + 2 == len || !sn_is_vowel_y(s[i + 2])))
		{
			if (n == 0 || out[n - 1] != 'a')
				out[n++] = 'a';
			out[n++] = 'y';
			i++;
			continue;
		}
		/* the diphthong aw, written au, ow, ou or o too (Tawfiq, Toufic) */
		if ((c == 'a' || c == 'o') && i + 1 < len &&
			(s[i + 1] == 'w' || s[i + 1] == 'u') &&
			(i + 2 == len || !sn_is_vowel_y(s[i + 2])))
		{
			if (n == 0 || out[n - 1] != 'o')
				out[n++] = 'o';
			i++;
			continue;
		}
		if (n == 0 || out[n - 1] != c)
			out[n++] = c;
	}
	out[n] = '\0';
	return n;
}

/*
 * Do a and b, one of them written with no vowel but a (see tsim), share
 * the spelling a shared phonetic key asks of such a pair?  LONG_A_SPELLING
 * of their bigrams, and more than the first letter: the key begins with
 * it already, and a short word shares no more with another whose vowels
 * all differ (the acronym SIIB with Saba and Saab, at 0.78 and 0.76 above
 * the bank it stands for, Kiim with Kama), while Omer and Umar, Oaf and
 * Auf share their ending.  (grams[0] is the start bigram, see make_grams.)
 */
static bool
long_a_spelled(const sn_ptoken *a, const sn_ptoken *b, int common, double dice)
{
	return dice >= LONG_A_SPELLING && (common >= 2 || a->grams[0] != b->grams[0]);
}

/*
 * Dice of the padded bigrams of a and b with their diphthongs folded
 * (vowel_fold): Husayn and Hossein share 0.27 of their bigrams as written
 * and 0.71 so folded, Hujayj and Hejeij 0.29 and 0.71, Obeid and Ubayd
 * 0.17 and 0.67; Craig and Cargo, which the key folds together too, 0.17
 * either way.
 */
static double
folded_dice(const sn_ptoken *a, const sn_ptoken *b)
{
	char		sa[SN_MAX_TOKEN_LEN + 1],
				sb[SN_MAX_TOKEN_LEN + 1];

	return spelling_dice(sa, vowel_fold(a->s, a->len, sa), sb, vowel_fold(b->s, b->len, sb));
}

/*
 * A vowelless token and another token with the same phonetic key and the
 * same consonant skeleton: "mhmd" and "mohamed", "hsn" and
 * "hassan", "msh" and "moshe".  Arabic and Hebrew script write every
 * letter but the short vowels; only those differ, which is stronger
 * evidence than a shared phonetic key alone.  When both tokens read as
 * such spellings (no vowel but a and y), neither is shown to be the
 * vowelled one, and two consonants are too few to tell a name by: raba and
 * rabb are no more alike than a shared key says (an ordinary name, Jan
 * Raba, met JARFAN, Abdulrabb Saleh Ahmed at 0.81 through them), while bn
 * and bin, aly and ali keep the rule.
 */
static bool
same_consonants(const sn_ptoken *a, const sn_ptoken *b)
{
	char		sa[SN_MAX_TOKEN_LEN + 1],
				sb[SN_MAX_TOKEN_LEN + 1];
	uint64_t	aa,
				ab;
	int			la = skeleton(a, sa, &aa),
				lb = skeleton(b, sb, &ab),
				least = a->vowelless && b->vowelless ? CONSONANT_MIN : 2;

	if (la < least || la != lb || memcmp(sa, sb, la) != 0)
		return false;

	/*
	 * The a that a vowelless spelling writes is a long vowel, which the
	 * vowelled one writes too, between the same two consonants (khald and
	 * Khalid, sdam and Saddam, hsn and Hasan).  A token whose a the other
	 * lacks is a Latin name with no vowel but a, not such a spelling: Mara
	 * is not Mora, nor Mann Mena.
	 */
	return (a->vowelless && (aa & ~ab) == 0) || (b->vowelless && (ab & ~aa) == 0);
}

/*
 * A token's first consonant as reading r (-1: its own key) reads it, before
 * the key folds it with another: c and q as the k they write (Cohen, כהן:
 * khn), an initial ch as the kh of the German reading (Chaim, חיים: hyym)
 * or the sh of the French one, and an initial p as the f the Hebrew
 * reading reads (פישר, pyshr: Fischer).
 */
static inline char
first_sound(const sn_ptoken *t, int r)
{
	/* (the reading's key starts with it) */
	if (t->s[0] == 'c' && t->len > 1 && t->s[1] == 'h')
		return r >= 0 && other_phon(t, r) > 0 ? t->zphon[r][0] : 'c';
	if (t->s[0] == 'p' && r == SN_TOKEN_READING_HEBREW)
		return 'f';
	return (t->s[0] == 'c' || t->s[0] == 'q') ? 'k' : t->s[0];
}

/* The vowel sounds a word may write as one Korean syllable, computed once */
static int
korean_vowel(const sn_ptoken *t)
{
	if (t->kvowel < 0)
		((sn_ptoken *) t)->kvowel = (int8_t) sn_korean_vowel_sounds(t->s, t->len);
	return t->kvowel;
}

/*
 * May two words, when both are one Korean syllable, write one Korean vowel
 * (sn_korean_vowel_sounds)?  True when either is not one syllable.
 */
static bool
korean_vowels_agree(const sn_ptoken *a, const sn_ptoken *b)
{
	int			va = korean_vowel(a),
				vb;

	if (va == 0)
		return true;
	vb = korean_vowel(b);
	return vb == 0 || (va & vb) != 0;
}

/*
 * The endings that make a surname of a name, Slavic and Persian, by kind:
 * the spellings and the feminine forms of one ending are one kind (-ov,
 * -ova, -ev, -eva, as Gorbachev and Gorbachov write one ending), 0 for a
 * tail that is none.  Each with its length, as the test runs for every pair
 * of words with one first letter.  Not the Tajik -zoda: Tajik surnames have
 * been changed from -ov to -zoda (Davlatov, Davlatzoda), one person's two
 * names.
 */
static int
surname_ending(const char *s, int len)
{
	static const word_value ends[] = {
		{"ov", 2, 1}, {"ova", 3, 1}, {"ev", 2, 1}, {"eva", 3, 1},
		{"in", 2, 2}, {"ina", 3, 2}, {"yn", 2, 2}, {"yna", 3, 2},
		{"enko", 4, 3},
		{"sky", 3, 4}, {"skiy", 4, 4}, {"ski", 3, 4}, {"skaya", 5, 4}, {"skyi", 4, 4}, {"ska", 3, 4},
		{"zadeh", 5, 5}, {"zade", 4, 5}, {"zada", 4, 5}, {"zadah", 5, 5},
		{"nejad", 5, 6}, {"nezhad", 6, 6}, {"inejad", 6, 6}, {"nejhad", 6, 6},
		{"pour", 4, 7}, {"poor", 4, 7}, {"pur", 3, 7},
		{"far", 3, 8}, {"fard", 4, 8},
		{"kian", 4, 9}, {"kia", 3, 9},
		{"nia", 3, 10}
	};

	if (len < 2 || len > 6)
		return 0;
	return word_value_of(ends, sizeof(ends) / sizeof(ends[0]), s, (size_t) len, 0);
}

/*
 * Are a and b one name with two kinds of surname ending (Petrov, Petrenko;
 * Hassanzadeh, Hassanpour; Pezeshfar, Pezeshkian), two surnames made of
 * one name?  Their stem may end in a letter the endings share (Sergeev,
 * Sergeenko).
 */
static bool
surname_endings_differ(const sn_ptoken *a, const sn_ptoken *b)
{
	int			p = 0,
				m = a->len < b->len ? a->len : b->len,
				k;

	while (p < m && a->s[p] == b->s[p])
		p++;
	for (k = p; k >= 3 && k >= p - 1; k--)
	{
		int			ka = surname_ending(a->s + k, a->len - k),
					kb = surname_ending(b->s + k, b->len - k);

		if (ka != 0 && kb != 0 && ka != kb)
			return true;
	}
	return false;
}

/*
 * Two surnames made of one name are two names.  (A name and a surname made
 * of it are not kept apart: Central Asian names drop the Russian ending,
 * Rahmonov is now Rahmon, and OFAC gives KALASH for KALASHOV.)  A
 * patronymic is kept apart or met by its own rule (kept_apart), as a
 * father's name before a Turkic particle is: Bekmurza kyzy, daughter of
 * Bekmurza, is Bekmurzaeva.
 */
static inline bool
surnames_apart(const sn_ptoken *a, const sn_ptoken *b)
{
	return a->s[0] == b->s[0] && !a->patronymic && !b->patronymic &&
		surname_endings_differ(a, b);
}

/*
 * Two words (neither a number nor a legal form against a word that is
 * none) that no rule of tsim may meet:
 *
 * - in a Korean name, two syllables with different vowels.  A Korean
 *   syllable is its vowel as much as its consonants, and the
 *   romanisations' ways of writing one vowel are known (eo, o, u; the
 *   query's North Korean and McCune-Reischauer readings write them so):
 *   they are two syllables, not a typo or a spelling of one (Jang and
 *   Jong, Sin and Son, Suk and Sik);
 * - a patronymic, a father's name and an ending, and a word that is none
 *   and lacks the ending (Nikola, Petrov against Nikolaevna, Petrovich):
 *   they share the father's name, which says nothing of the person
 *   (Nikola Ivanov is not Elena Nikolaevna Ivanova).  Another spelling of
 *   the whole word (the surname Petrovic) still meets it, and so does an
 *   initial (V. V. Putin);
 * - two surnames made of one name (surnames_apart).
 */
static inline bool
kept_apart(const sn_ptoken *a, const sn_ptoken *b, bool korean)
{
	if (korean && !korean_vowels_agree(a, b))
		return true;
	if (surnames_apart(a, b))
		return true;
	return a->patronymic != b->patronymic && !a->initial && !b->initial &&
		(a->patronymic ? a->len >= b->len + PATRONYMIC_ENDING_MIN :
		 b->len >= a->len + PATRONYMIC_ENDING_MIN);
}

/*
 * Is t a Roman numeral from 2 to 39 (ii, iv, xiii; a single letter is an
 * initial)?  Two such words are two numbers, which the spelling rule would
 * take for one: their distinct bigrams are the same when one repeats a
 * letter the other has (iii and ii, viii and vii), and so were scored 1,
 * as identical (SEA STAR III against SEA STAR II).  They meet as a typo
 * only, a letter apart: fund vintages and share classes are written so and
 * a list may hold the one for the other, but never as the same name.
 */
static bool
roman_numeral(const sn_ptoken *t)
{
	const char *s = t->s,
			   *e = t->s + t->len;
	int			n;

	if (t->len < 2 || t->len > 7)
		return false;
	for (n = 0; n < 3 && s < e && *s == 'x'; n++)
		s++;
	if (e - s == 2 && s[1] != 'i' && s[0] == 'i')	/* ix, iv */
		return s[1] == 'x' || s[1] == 'v';
	if (s < e && *s == 'v')
		s++;
	for (n = 0; n < 3 && s < e && *s == 'i'; n++)
		s++;
	return s == e;
}

/*
 * Is t a word of three letters or fewer without vowels in a name written
 * in Latin letters: an abbreviation (RBS, BMW, CSX), not a name as Arabic
 * or Hebrew script writes it?  Such a word meets another by the spelling a
 * shared key asks of spelled words (tsim), not by the key alone: RBS met
 * AL-RUBAYSH at 0.82, BMW the vessel EP-PUM at 0.82, CSX KUSIUK at 0.80.
 * A name written as those scripts come out has another word without
 * vowels (mhmd hsn), or is a query in their letters (t->abjad); and a
 * short spelling still shares enough with the name it abbreviates (Hsn
 * and Hassan share 0.36 of their bigrams, Mhd and Mohammed 0.31).
 */
static inline bool
abbreviation(const sn_ptoken *t)
{
	return t->unvocalised && t->len <= ABBREVIATION_MAX && !t->abjad;
}

/* Does t, a word without vowels, meet a word by its key alone? */
static inline bool
key_alone(const sn_ptoken *t)
{
	return t->unvocalised && !abbreviation(t);
}

/*
 * Do v, a word read from Arabic script that ends in its ta marbuta, and t,
 * which ends in -ah or -eh, share the spelling that a word with no vowel
 * but a is asked for (long_a_spelled), once t's end is written as v's
 * (هنية, hnya, and Haniyeh share 0.15 of their bigrams, and Haniya 0.5)?
 * They must still share VOWEL_SHARED as written, which the bound counts on.
 */
static bool
marbuta_spelled(const sn_ptoken *v, const sn_ptoken *t, double dice)
{
	char		cut[SN_MAX_TOKEN_LEN + 1];
	int			n = marbuta_ending(v, t, cut);

	return n > 0 && dice >= VOWEL_SHARED &&
		spelling_dice(v->s, v->len, cut, n) >= LONG_A_SPELLING;
}

/*
 * Do a and b, where one ends in a consonant and an e and the other in that
 * consonant, share the spelling a shared key asks once that e is left out?
 * French spellings of Arabic and other names write a final e that is not
 * said (Sofiane for Sufyan, Yacine, Rayane): Sofiane and Sufyan share 0.27
 * of their bigrams as written, Sofian and Sufyan 0.43.  Asked for more than
 * PHON_SPELLING, since an English word's final e is none such (Spire and
 * Sobar share 0.36 without it).  They must still share VOWEL_SHARED as
 * written, which the bound counts on.
 */
static bool
silent_e_spelled(const sn_ptoken *a, const sn_ptoken *b, double dice)
{
	const sn_ptoken *e = a,
			   *o = b;

	if (dice < VOWEL_SHARED || a->len < 4 || b->len < 4)
		return false;
	if (b->s[b->len - 1] == 'e')
	{
		e = b;
		o = a;
	}
	if (e->s[e->len - 1] != 'e' || sn_is_vowel_y(e->s[e->len - 2]) ||
		o->s[o->len - 1] != e->s[e->len - 2])
		return false;
	return spelling_dice(e->s, e->len - 1, o->s, o->len) >= SILENT_E_SPELLING;
}

/*
 * Similarity of two tokens, and how it was reached; common is the number
 * of padded bigrams they share and dice their Dice coefficient (the caller
 * has both already).  chinese says
 * that one of the two names is Chinese (SN_SCRIPT_HAN): its syllables are
 * pinyin readings, a closed set in which two spellings that share bigrams
 * are still two syllables (tao and taotao), so the spelling (Dice) rule
 * does not count against it (nor, in align(), a phonetic key shared with
 * syllables written together: bin li is not panli).  A phonetic key shared
 * by two single syllables still counts: romanisations differ in just those
 * consonants (Wade-Giles Chang for pinyin Zhang).  korean says that one
 * of them, and neither is Chinese, is a Korean name (SN_SCRIPT_KOREAN):
 * two of its syllables meet only when they may write one vowel.
 */
static double
tsim(const sn_ptoken *a, const sn_ptoken *b, int common, double dice, bool chinese,
	 bool korean, match_kind *kind)
{
	double		d;
	int			L = a->len > b->len ? a->len : b->len,
				ra,
				rb;
	bool		spelled;		/* both spelled with vowels: ask the spelling */
	bool		asked;			/* they share the spelling a shared key asks */

	if (a->len == b->len && memcmp(a->s, b->s, a->len) == 0)
	{
		*kind = MK_EXACT;
		return 1.0;
	}
	if (a->number || b->number)
	{
		*kind = MK_NONE;
		return 0.0;
	}

	/*
	 * A legal form and a word that is none meet only as a typo ("AkG" for
	 * AG): "llc" is no vowelless spelling of Lacey, "ltd" no phonetic one
	 * of Leidy.
	 */
	if ((a->cls == SN_TOKEN_LEGAL_FORM) != (b->cls == SN_TOKEN_LEGAL_FORM))
	{
		d = edit_sim(a->s, a->len, b->s, b->len);
		*kind = d > 0 ? MK_TYPO : MK_NONE;
		return d;
	}
	if (kept_apart(a, b, korean))
	{
		*kind = MK_NONE;
		return 0.0;
	}
	if (roman_numeral(a) && roman_numeral(b))
	{
		d = edit_sim(a->s, a->len, b->s, b->len);
		*kind = d > 0 ? MK_TYPO : MK_NONE;
		return d;
	}
	d = chinese ? 0.0 : shape(dice);
	*kind = d > 0 ? MK_SPELLING : MK_NONE;
	if (d >= PHON_SIM)
		return d;

	/*
	 * An edit destroys at most two of a token's bigrams, a transposition
	 * three (see edit_sim_ub), so the bigrams of a missing from b already
	 * rule out a close edit distance, without the dynamic programme.
	 */
	if ((a->ngrams - common + grams_per_edit(L) - 1) / grams_per_edit(L) <= edits_allowed(L))
	{
		double		e = edit_sim(a->s, a->len, b->s, b->len);

		if (e > d)
		{
			d = e;
			*kind = MK_TYPO;
		}
	}
	/*
	 * A run of single letters (T.D.G.) spells letters, not sounds: it meets
	 * a token by its spelling alone (and a name's words by the acronym
	 * rule, see align_acronym), not by a key that Diogo shares with tdg.
	 */
	if (a->initialism || b->initialism)
		return d;

	/*
	 * A shared phonetic key says two spellings may sound alike; the
	 * transliterations of one name also share part of their spelling
	 * (Mohammed / Muhammad, Zhukov / Joukov), while unrelated names that
	 * the coarse key happens to fold together share next to none (Craig /
	 * Cargo, Potier / Badr).  A token with no vowel letter after an initial
	 * a (mhmd, hsyn) has too few bigrams to ask.  One whose only vowel is
	 * a, as Arabic script writes its long vowel (zkrya, kyan), is asked for
	 * less, as its short vowels are missing (zkrya and Zakaria share 0.29);
	 * but Latin names with no vowel but a are spelled so too, and Park and
	 * Burke share 0.18, Trash and Teresa 0.15.  Two spellings of one
	 * diphthong share more once those are folded (folded_dice): Obeid and
	 * Ubayd share 0.17 as written, 0.67 so folded.  Written, they must
	 * still share VOWEL_SHARED, the least any phonetic rule asks, which
	 * the bound counts on (Kobeissy and Qubaysi share no bigram).  So
	 * must a word of a Hangul name read as a foreign one, and no more:
	 * Hangul writes an English or French vowel with the Korean one nearest
	 * (커밍스, keomings, Cumings; 보커스, bokeoseu, Baucus), and such a word
	 * with a key of three consonants or more meets its Latin spelling by
	 * the key alone.  (Katakana writes the vowels as they are, and read so
	 * its Japanese names met list names: サダコ, Sadako, met Sidduque.)
	 */
	asked = key_alone(a) || key_alone(b) ||
		((a->vowelless || b->vowelless) ?
		 (long_a_spelled(a, b, common, dice) || marbuta_spelled(a, b, dice) ||
		  marbuta_spelled(b, a, dice)) :
		 (dice >= PHON_SPELLING || silent_e_spelled(a, b, dice)));
	if (PHON_SIM > d && (asked || dice >= VOWEL_SHARED) && phon_agrees(a, b) &&
		(asked || folded_dice(a, b) >= VOWEL_SPELLING ||
		 ((a->hangul_loan || b->hangul_loan) && tok_phon(a) >= 3)))
	{
		d = PHON_SIM;
		*kind = MK_PHONETIC;
		if ((a->vowelless || b->vowelless) && same_consonants(a, b))
		{
			d = CONSONANT_SIM;
			*kind = MK_CONSONANTS;
		}
	}
	/*
	 * The other readings (th, dh as s, z; French ch, soft c, ou; German ch,
	 * sch, j): asked for more of the spelling than a shared key is, since
	 * Indian names write dh for an aspirated d that no one reads as z
	 * (Gandhi is not Ganesh).  A token with no vowel letter but its first
	 * has too few bigrams to ask: the key of a reading (three consonants
	 * or more) is enough (Hebrew brwkh for Baruch, whose ch the German
	 * reading reads kh).  Such a token keeps its first consonant, which
	 * the key folds (d and t, b and p): Hebrew dwd, read with its w as v,
	 * is David, not Taft; khn, read with its k and h apart, is Cohen.  A
	 * diphthong read as a vowel, which asks the same vowels of the other
	 * spelling (other_spelled), asks as little as the plain key of it as
	 * written (Fawzy and Fouzi share 0.17); so does a word of a Hangul or
	 * katakana name read as a foreign one, whose b, p and r are v, f and l as
	 * often (라브로프, rabrof, and Lavrov share 0.14), and whose reading's
	 * spelling must agree as well.
	 */
	spelled = !key_alone(a) && !key_alone(b);
	if (PHON_SIM > d && !chinese &&
		(!spelled || dice >= OTHER_SHARED ||
		 (dice >= VOWEL_SHARED && (diphthong_reading(a, 0) || diphthong_reading(b, 0) ||
								   loan_word(a) || loan_word(b)))) &&
		other_agrees(a, b, &ra, &rb) &&
		(spelled || first_sound(a, ra) == first_sound(b, rb) || sn_is_vowel_y(a->s[0]) ||
		 sn_is_vowel_y(b->s[0])) &&
		(!spelled || other_spelled(a, ra, b, rb)) && other_key_counts(a, ra, b, rb))
	{
		d = PHON_SIM;
		*kind = MK_PHONETIC;
	}
	/* Putinas for Putin; not among Chinese syllables */
	if (ENDING_SIM > d && !chinese && (declined(a, b) || declined(b, a)))
	{
		d = ENDING_SIM;
		*kind = MK_SPELLING;
	}
	/* Ted for Theodore, jaysh for army; not among Chinese syllables */
	if (VARIANT_SIM > d && !chinese && same_variant(a, b))
	{
		d = VARIANT_SIM;
		*kind = MK_VARIANT;
	}
	if (INIT_SIM > d && a->s[0] == b->s[0] &&
		((a->initial && b->len > 1) || (b->initial && a->len > 1)))
	{
		d = INIT_SIM;
		*kind = MK_INITIAL;
	}
	return d;
}

/*
 * What a whole name matched by an initial (Vladimir by V.) counts for: at
 * most the evidence the initial carries, W_INITIAL of the name's weight.
 * One letter agrees by chance once in a dozen names, so three given names
 * met by three stray initials ("Crawford Shane Asadullah" and "... S. A.
 * de C. V.") must not add up to the evidence of the names themselves.
 */
static inline double
initial_credit(const sn_ptoken *full)
{
	double		cap = W_INITIAL / full->weight;

	return cap < INIT_SIM ? cap : INIT_SIM;
}

typedef struct alignment
{
	double		best;			/* shaped */
	match_kind	kind;
	int			with;			/* index of the other side's token */
	bool		with_pair;		/* with tokens with, with+1 written together */
	bool		self_pair;		/* this token written together with a neighbour */
	int			span;			/* an acronym, or with_pair of three: the other
								 * side's tokens with .. with + span - 1 */
} alignment;

/* A token's best similarity as the score counts it (see initial_credit) */
static inline double
credited(const alignment *al, const sn_ptoken *t)
{
	if (al->kind == MK_INITIAL && !t->initial && al->best > initial_credit(t))
		return initial_credit(t);
	return al->best;
}

/*
 * The evidence a query token's match carries: its weight, or the other
 * token's when that one is commoner.  Two spellings agree no more rarely
 * than the commoner of them occurs: a typo or an unvocalised spelling
 * ("rodrigez", "mhmd") is missing from the frequency table and so weighs
 * as much as the rarest name, though what it matched is "rodriguez" or
 * "mohammed".  An acronym stands for words, not for the first of them.
 */
static inline double
pair_evidence(const alignment *al, const sn_ptoken *t, const sn_name *other)
{
	double		w = t->weight;

	if (al->with >= 0 && !al->with_pair && !al->self_pair && al->kind != MK_ACRONYM &&
		other->tok[al->with].weight < w)
		w = other->tok[al->with].weight;
	return w;
}

static inline bool
note(alignment *al, double s, match_kind kind, int with, bool with_pair, bool self_pair)
{
	if (s > al->best)
	{
		al->best = s;
		al->kind = kind;
		al->with = with;
		al->with_pair = with_pair;
		al->self_pair = self_pair;
		al->span = 0;
		return true;
	}
	return false;
}

/*
 * Phonetic keys agree, and say enough: a key of three or more consonants
 * for tokens written together (two short tokens easily share a short key),
 * which the caller also asks to share some spelling (MERGE_PHON_SPELLING:
 * "Thierry Blin" and "Tribilin" share a key, not a name).
 */
static inline bool
same_phon(const char *a, int la, const char *b, int lb)
{
	return la >= 3 && la == lb && memcmp(a, b, la) == 0;
}

typedef struct pair_sim
{
	double		s;
	int			i,
				j;
	match_kind	kind;
} pair_sim;

static int
pair_sim_cmp(const void *a, const void *b)
{
	const pair_sim *x = a,
			   *y = b;

	if (x->s != y->s)
		return x->s < y->s ? 1 : -1;
	if (x->i != y->i)
		return x->i - y->i;
	return x->j - y->j;
}

/*
 * Acronyms.  A name that is one word, apart from legal forms and country
 * names (IRGC, NIOEC, PCC FZE, RIHS Ghana), may be the initials of the
 * other name's words: Islamic Revolutionary Guard Corps, National Iranian
 * Oil Engineering and Construction Co, Petrochemical Commercial Co FZE.
 * The initials are those of consecutive words, in order; a small word (of,
 * the, and, de) may be left out or spelled.  A company (either name has a
 * legal form) may also take up to ACRONYM_PREFIX letters of each word:
 * CONVIASA, GAESA.  An acronym is no anchor (see
 * anchored): on its own it ranks the name it spells first, below the
 * default threshold, since any three letters are the initials of some
 * three words; with another word that anchors it (the FZE of PCC FZE) it
 * can make a match.  The rule works both ways: the query may be the
 * acronym (a customer record that writes IRGC) or the candidate (a list
 * entry ISIL-YEMEN against the name written out).
 *
 * A query that is an organisation's name (company_name) of more words may
 * begin with one (*words, sn_name.acronym_words): RFA BANK, SKS STEEL
 * COMPANY, RIHS MOSQUES COMMITTEE, the branches and offices of a body the
 * lists name by its initials.  Such a word is only read as the initials
 * of another organisation's words, one letter a word: an ordinary word
 * that begins a company's name (SCORE, SET) is spelled by the beginnings
 * of some words more often than not, and a person's names (Abd Malek
 * Dardakil, AMD CO LTD) are no organisation's.  Only the query is read so: a list name so made would
 * need an index key of its own (sn_name_keys), one for nearly every
 * organisation's name, and the GIN index is kept no larger than
 * pg_trgm's.  A person's name is left alone: there a short word is a name,
 * not an acronym.
 */
static int
acronym_token(const sn_name *q, bool *words)
{
	int			i,
				found = -1;
	bool		more = false;
	const sn_ptoken *t;

	*words = false;
	for (i = 0; i < q->ntok; i++)
	{
		if (q->tok[i].cls == SN_TOKEN_LEGAL_FORM || q->tok[i].place)
			continue;
		if (found >= 0)
			more = true;
		else
			found = i;
	}
	if (found < 0)
		return -1;
	t = &q->tok[found];
	if (t->number || t->len < ACRONYM_MIN || t->len > ACRONYM_MAX)
		return -1;
	if (more && !company_name(q))
		return -1;
	*words = more;
	return found;
}

/* A small word that an acronym may leave out */
static bool
acronym_connector(const sn_ptoken *t)
{
	static const char *const words[] = {
		"a", "al", "an", "and", "da", "de", "del", "der", "des", "di", "do", "du",
		"e", "el", "et", "for", "i", "in", "la", "le", "of", "on", "para", "the", "to",
		"und", "y"
	};
	size_t		i;

	if (t->len > 4)
		return false;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if ((int) strlen(words[i]) == t->len && memcmp(words[i], t->s, t->len) == 0)
			return true;
	return false;
}

/*
 * A small word of two letters or more that an acronym may leave out: the
 * grammar of an organisation's name (of, the, de, du).  Not the one-letter
 * ones, which may be initials.
 */
static bool
grammar_word(const sn_ptoken *t)
{
	return t->len >= 2 && acronym_connector(t);
}

/*
 * Do the words of c from j on spell s[k..len) by their first letters, up
 * to prefix of each word, leaving out at most skips small words?  The index
 * after the last word, or -1.  A piece of more than one letter is a
 * syllable: a word of syllables is how Spanish names a company
 * (FUNPAZCOR, Fundacion para la Paz de Cordoba; INGRANRES, Inversiones
 * Granda Restrepo).  Outside a company's name the pieces must be all
 * initials, or syllables of three words or more: initials mixed with a
 * syllable, or two syllables, make most given names out of other names'
 * words (MARIA, Market River Associates; MARISA, Mario Sanchez).  pieces
 * counts the words spelled so far, and adds ACR_INITIAL once a piece is a
 * single letter and ACR_SYLLABLE once one is longer.
 */
#define ACR_COUNT	0xFF
#define ACR_INITIAL	0x100
#define ACR_SYLLABLE 0x200

static int
acronym_spells(const char *s, int len, int k, const sn_name *c, int j, int skips,
			   int prefix, bool company, int pieces)
{
	const sn_ptoken *t;

	if (k == len)
		return (company || !(pieces & ACR_SYLLABLE) ||
				(!(pieces & ACR_INITIAL) && (pieces & ACR_COUNT) >= 3)) ? j : -1;
	if (j >= c->ntok)
		return -1;
	t = &c->tok[j];
	if (!t->number)
	{
		int			p;

		for (p = 1; p <= prefix && p <= t->len && k + p <= len &&
			 t->s[p - 1] == s[k + p - 1]; p++)
		{
			int			e;

			if (k == 0 && p == len)
				break;			/* one word's beginning is no acronym */
			e = acronym_spells(s, len, k + p, c, j + 1, skips, prefix, company,
							   (pieces + 1) | (p == 1 ? ACR_INITIAL : ACR_SYLLABLE));
			if (e >= 0)
				return e;
		}
	}
	if (k > 0 && skips > 0 && acronym_connector(t))
		return acronym_spells(s, len, k, c, j + 1, skips - 1, prefix, company, pieces);
	return -1;
}

/*
 * Has n a word that names a kind of organisation (bank, foundation,
 * movement, ministry, empresa, harakat; company and its like are legal
 * forms, see sn_name.organization)?  For the acronym rule such a name
 * is a company's even without a legal form: its acronym may take
 * syllables as a company's does (CUFLET, La Empresa Cubana de Fletes; HASM,
 * Harakat Sawa'id Misr; AMINIB, Amin Investment Bank).
 */
static bool
has_organisation_word(const sn_name *n)
{
	int			i;

	for (i = 0; i < n->ntok; i++)
		if (n->tok[i].organisation)
			return true;
	return false;
}

/*
 * Is n a company's or an organisation's name: has it a legal form or a
 * word that names a kind of organisation?
 */
static bool
company_name(const sn_name *n)
{
	return n->organization || has_organisation_word(n);
}

/*
 * From which of its tokens on may a word of the query Q be cut short of
 * the candidate C's (see truncated)?  Between two companies' names, any
 * word but the first of Q's (legal forms aside), which names the company:
 * a descriptor after it is what is abbreviated (ZARKOV IND LLC, ZARKOV
 * INDUSTRIES LLC), while a first word that begins another is another name
 * (ООО "БАЙ" is not ООО "БАЙКАЛ", nor BAI TRADING LLC BAIKAL TRADING LLC).
 * Q->ntok when none may be.  (In any name, the word of a query that a
 * field's end may have cut, Q->cut_tok, may be too: see field_cut.)
 */
static int
truncation_from(const sn_name *Q, const sn_name *C)
{
	int			i;

	if (company_name(Q) && company_name(C))
		for (i = 0; i + 1 < Q->ntok; i++)
			if (!Q->tok[i].number && Q->tok[i].cls != SN_TOKEN_LEGAL_FORM)
				return i + 1;
	return Q->ntok;
}

/*
 * The acronym rule (see acronym_token) for A's acronym against B's words;
 * called both ways, A the query (query) or the candidate.
 */
static void
align_acronym(const sn_name *A, const sn_name *B, bool query, alignment *aa, alignment *ab)
{
	int			i = A->acronym,
				j,
				m;
	/* a company's word gives up to six letters, another's four (acronym_spells) */
	bool		company = false,
				words;
	int			prefix = 1;
	const sn_ptoken *a;

	if (i < 0 || aa[i].best >= ACRONYM_SIM)
		return;
	/*
	 * The first word of a screened organisation's name: initials only, of
	 * another organisation's words (asked once they spell it: most rows
	 * spell nothing)
	 */
	words = A->acronym_words;
	if (words && !query)
		return;
	if (!words)
	{
		company = A->organization || B->organization;
		if (!company)
			company = has_organisation_word(B);
		prefix = company ? ACRONYM_PREFIX : ACRONYM_NAME_PREFIX;
	}
	a = &A->tok[i];
	for (j = 0; j + 1 < B->ntok; j++)
	{
		int			e;

		/* (the words spelled begin with its first letter: spare the call) */
		if (B->tok[j].number || B->tok[j].s[0] != a->s[0])
			continue;
		e = acronym_spells(a->s, a->len, 0, B, j, ACRONYM_SKIPS, prefix, company, 0);
		if (e < 0)
		{
			if ((j & 1023) == 1023)
				sn_check_interrupts();
			continue;
		}
		if (words && !company_name(B))
			return;
		note(&aa[i], ACRONYM_SIM, MK_ACRONYM, j, false, false);
		aa[i].span = e - j;
		for (m = j; m < e; m++)
			note(&ab[m], ACRONYM_SIM, MK_ACRONYM, i, false, false);
		return;
	}
}

/*
 * Can token t be tokens k, k + 1 and k + 2 of n written together?  Only
 * when they begin and end with t's letters and are about as long (a
 * quarter either way): the rule counts spelling alone, which a split word
 * keeps, and the test spares most token pairs the joined grams.
 */
static inline bool
tri_plausible(const sn_ptoken *t, const sn_name *n, int k)
{
	const sn_ptoken *last = &n->tok[k + 2];
	int			l3 = n->tok[k].len + n->tok[k + 1].len + last->len;

	return t->s[0] == n->tok[k].s[0] && t->s[t->len - 1] == last->s[last->len - 1] &&
		4 * l3 <= 5 * t->len && 4 * t->len <= 5 * l3;
}

/*
 * A match of tokens written together (align's second pass): query tokens
 * i .. i + nq - 1 against candidate tokens j .. j + nc - 1, one side a
 * single token.  They are noted after the pass, best first, each token in
 * one of them at most: a name that repeats a word ("Ab Cd" three hundred
 * times) is not matched again and again by the one pair of the other name
 * that spells it written together.
 */
typedef struct merge_match
{
	double		s;
	match_kind	kind;
	int			i,
				j;
	int8_t		nq,
				nc,
				path;			/* the order align tries them in: the first wins a tie */
} merge_match;

static int
merge_match_cmp(const void *a, const void *b)
{
	const merge_match *x = a,
			   *y = b;

	if (x->s != y->s)
		return x->s < y->s ? 1 : -1;
	if (x->i != y->i)
		return x->i - y->i;
	if (x->j != y->j)
		return x->j - y->j;
	return x->path - y->path;
}

/*
 * Assigns the token pairs (sorted best first) one to one: a pair whose
 * tokens are both still unmatched is noted on both sides
 */
static void
assign_pairs(const pair_sim *pairs, int np, alignment *aq, alignment *ac)
{
	int			k;

	for (k = 0; k < np; k++)
	{
		const pair_sim *ps = &pairs[k];

		if (aq[ps->i].with >= 0 || ac[ps->j].with >= 0)
			continue;
		note(&aq[ps->i], ps->s, ps->kind, ps->j, false, false);
		note(&ac[ps->j], ps->s, ps->kind, ps->i, false, false);
	}
}

/*
 * Adds m to the merges, which start in the caller's array of
 * MERGES_LOCAL (a name has a few at most) and move to an allocated one,
 * grown by doubling, when there are more; returns the array
 */
#define MERGES_LOCAL 16

static merge_match *
push_merge(merge_match *merges, int *n, merge_match m)
{
	if (*n == MERGES_LOCAL)
	{
		merge_match *grown = sn_alloc(sizeof(merge_match) * 2 * MERGES_LOCAL);

		memcpy(grown, merges, sizeof(merge_match) * MERGES_LOCAL);
		merges = grown;
	}
	else if (*n > MERGES_LOCAL && (*n & (*n - 1)) == 0)
		merges = sn_realloc(merges, sizeof(merge_match) * 2 * *n);
	merges[(*n)++] = m;
	return merges;
}

/*
 * Token a of one side, about to be taken by a merge, gives up its match
 * with token a_al->with of the other side (b), which had it alone: one
 * word stands for one word or for the words written together, not for
 * both.  (Jeon Ji An and JIAN, WenJi: the ji an written together is jian,
 * and jeon is no longer matched with it as well.)  Returns whether b is
 * left unmatched.
 */
static bool
release_partner(const alignment *a_al, int a, alignment *b)
{
	alignment  *p;

	if (a_al->with < 0 || a_al->with_pair || a_al->self_pair)
		return false;
	p = &b[a_al->with];
	if (p->with != a || p->with_pair || p->self_pair)
		return false;
	memset(p, 0, sizeof(alignment));
	p->with = -1;
	return true;
}

/*
 * Notes the merges m[0 .. n - 1] that share no token with a better one;
 * returns whether a token a merge took had a partner that is left
 * unmatched (release_partner)
 */
static bool
note_merges(merge_match *m, int n, int nq, int nc, alignment *aq, alignment *ac)
{
	bool		released = false;
	bool		qused[SN_MAX_TOKENS],
				cused[SN_MAX_TOKENS];
	int			k,
				t;

	memset(qused, 0, nq);
	memset(cused, 0, nc);
	if (n > 1)
		qsort(m, n, sizeof(merge_match), merge_match_cmp);
	for (k = 0; k < n; k++)
	{
		const merge_match *mm = &m[k];
		bool		free_ = true;

		for (t = 0; t < mm->nq && free_; t++)
			free_ = !qused[mm->i + t];
		for (t = 0; t < mm->nc && free_; t++)
			free_ = !cused[mm->j + t];
		if (!free_)
			continue;
		for (t = 0; t < mm->nq; t++)
			qused[mm->i + t] = true;
		for (t = 0; t < mm->nc; t++)
			cused[mm->j + t] = true;
		for (t = 0; t < mm->nq; t++)
			if (mm->s > aq[mm->i + t].best && release_partner(&aq[mm->i + t], mm->i + t, ac))
				released = true;
		for (t = 0; t < mm->nc; t++)
			if (mm->s > ac[mm->j + t].best && release_partner(&ac[mm->j + t], mm->j + t, aq))
				released = true;
		if (mm->nq == 1)
		{
			/* one query token against candidate tokens written together */
			if (note(&aq[mm->i], mm->s, mm->kind, mm->j, true, false) && mm->nc == 3)
				aq[mm->i].span = 3;
			for (t = 0; t < mm->nc; t++)
				note(&ac[mm->j + t], mm->s, mm->kind, mm->i, false, true);
		}
		else
		{
			for (t = 0; t < mm->nq; t++)
				note(&aq[mm->i + t], mm->s, mm->kind, mm->j, false, true);
			if (note(&ac[mm->j], mm->s, mm->kind, mm->i, true, false) && mm->nq == 3)
				ac[mm->j].span = 3;
		}
	}
	return released;
}

/*
 * Are tokens i and i + 1 of n a word written without vowels, as Arabic
 * script names come out, and Allah so written (allh)?  A name of a word and
 * Allah is written as one word in Latin letters (Saifullah, Rahmatullah,
 * Hibatullah) and as two in Arabic script, whose spelling without vowels
 * (سيف الله, "syf allh") has too few bigrams to share with the Latin one:
 * written together, such a pair is asked for no shared spelling by the
 * phonetic rule, as one such word is not (see tsim).  Other pairs are:
 * a key shared by two short words written together says too little ("hy
 * syd" and HIAST, the article in "nwr al" and Nurullah).
 */
static inline bool
allah_compound(const sn_name *n, int i)
{
	return i + 1 < n->ntok && n->tok[i].vowelless && n->tok[i + 1].len == 4 &&
		memcmp(n->tok[i + 1].s, "allh", 4) == 0;
}

/*
 * May w, the first word of such a pair, be the Latin word c before its
 * -ullah (-allah, -ollah, -ulla)?  A word with no vowel letter but w and y
 * may (syf, Saifullah); one that writes an a, the alif of a long vowel,
 * must have its letters where c has them (long_vowels_written): هدايت الله,
 * hdayt allh, is Hidayatullah, but امان الله, aman allh, is not Aminullah.
 */
static bool
allah_spelled(const sn_ptoken *w, const sn_ptoken *c)
{
	sn_ptoken	stem;
	int			len = c->len;

	if (w->unvocalised)
		return true;
	if (len > 0 && c->s[len - 1] == 'h')
		len--;
	if (len < 5 || memcmp(c->s + len - 3, "lla", 3) != 0 || !sn_is_vowel_y(c->s[len - 4]))
		return false;
	stem = *c;
	stem.len = len - 4;
	stem.vowelless = false;
	return long_vowels_written(w, &stem);
}

/*
 * Are tokens i and i + 1 of n two words of a query read from Arabic script,
 * written without vowels?  A name of two such words is written as one word
 * in Latin letters as often as not (أبو محمد, Abumohammed; أبو بكر,
 * Abubakar), and their spelling without vowels shares too few bigrams
 * with it for the phonetic rule's test of spelling: written together,
 * they are asked instead to write the Latin word's letters, as a word of
 * them alone is (abjad_pair_spelled).
 */
static inline bool
abjad_pair(const sn_name *n, int i)
{
	return i + 1 < n->ntok && arabic_a(&n->tok[i]) && arabic_a(&n->tok[i + 1]);
}

/*
 * Do tokens i and i + 1 of n (abjad_pair) written together write c's
 * consonants as they are and its long vowels, as the script writes them
 * (long_vowels_written)?  abw mhmd writes Abumohammed; hy syd writes no
 * HIAST.
 */
static bool
abjad_pair_spelled(const sn_name *n, int i, const sn_ptoken *c)
{
	char		joined[2 * SN_MAX_TOKEN_LEN];
	sn_ptoken	w = n->tok[i];

	w.s = joined;
	w.len = join_tokens(n, i, 2, joined);
	return w.len <= SN_MAX_TOKEN_LEN && long_vowels_written(&w, c);
}

/*
 * Every token's best similarity against the other name.  Token pairs are
 * assigned one to one, best first (each candidate token can stand for one
 * query token: "Abdul Kabir Abdul Jan" has two "abdul" to account for).
 * Then each query token may do better written together with its neighbour
 * against a candidate token, or against two adjacent candidate tokens
 * written together (Abdul Rahman / Abdulrahman), these too one to one
 * (note_merges).  Token similarity is symmetric, so one pass serves both
 * sides.
 */
static void
align(const sn_name *Q, const sn_name *C, alignment *aq, alignment *ac, double *overlap)
{
	int			i,
				j,
				np = 0;
	int			npairs = Q->ntok * C->ntok + 1,
				nm = 0;
	/* one allocation: the pairs, then each pair's tsim (raw[i * C->ntok + j]) */
	pair_sim   *pairs = sn_alloc((sizeof(pair_sim) + sizeof(double)) * npairs);
	double	   *raw = (double *) (pairs + npairs);
	/* the merges: four ways a pair may be written together (see push_merge) */
	merge_match merges_local[MERGES_LOCAL];
	merge_match *merges = merges_local;
	/*
	 * Two Chinese names are compared syllable by syllable, with no typo
	 * model: another syllable is another character (习近朋 is not 习近平),
	 * while the usual slip in Han, a homophone picked from the input
	 * method's list, reads the same anyway.
	 */
	bool		syllables = Q->script == SN_SCRIPT_HAN && C->script == SN_SCRIPT_HAN;
	bool		chinese = Q->script == SN_SCRIPT_HAN || C->script == SN_SCRIPT_HAN;
	/* a Korean name on either side, the other not Chinese (pinyin's vowels are its own) */
	bool		korean = !chinese &&
		(Q->script == SN_SCRIPT_KOREAN || C->script == SN_SCRIPT_KOREAN);
	/* the query's tokens from this one on may be cut short of a word
	 * (truncation_from): known once a pair asks (-1 before) */
	int			trunc_from = chinese ? Q->ntok : -1;
	static scratch_sets sc;
	gram_set   *sets = scratch_take(&sc);
	gram_set   *qset = &sets[0],	/* the grams of query token i */
			   *qmset = &sets[1],	/* ... and of it written together with the next */
			   *q3set = &sets[2];	/* ... and with the next two */

	memset(aq, 0, sizeof(alignment) * Q->ntok);
	memset(ac, 0, sizeof(alignment) * C->ntok);
	memset(overlap, 0, sizeof(double) * Q->ntok);
	for (i = 0; i < Q->ntok; i++)
		aq[i].with = -1;
	for (j = 0; j < C->ntok; j++)
		ac[j].with = -1;

	for (i = 0; i < Q->ntok; i++)
	{
		const sn_ptoken *q = &Q->tok[i];

		gram_set_fill(qset, q->grams, q->ngrams);
		for (j = 0; j < C->ntok; j++)
		{
			const sn_ptoken *c = &C->tok[j];
			match_kind	kind;
			int			common = (q->number || c->number) ? 0 :
				gram_set_common(qset, c->grams, c->ngrams);
			double		dice = dice_of(common, q->ngrams, c->ngrams);
			double		s = tsim(q, c, common, dice, chinese, korean, &kind);
			double		o;

			/* a word that the query cuts short (a company's, or its last) */
			if (s < TRUNC_SIM && truncated(q, c))
			{
				if (trunc_from < 0)
					trunc_from = truncation_from(Q, C);
				if (i >= trunc_from || (i == Q->cut_tok && !chinese))
				{
					s = TRUNC_SIM;
					kind = MK_TRUNCATED;
				}
			}
			raw[i * C->ntok + j] = s;
			if (syllables && kind != MK_EXACT)
				s = 0;

			/* plain spelling overlap, for ranking weak candidates */
			if (q->number || c->number)
				o = (q->len == c->len && memcmp(q->s, c->s, q->len) == 0) ? 1.0 : 0.0;
			else
				o = dice;
			if (o > overlap[i])
				overlap[i] = o;
			if (s > 0)
			{
				pairs[np].s = s;
				pairs[np].i = i;
				pairs[np].j = j;
				pairs[np].kind = kind;
				np++;
			}
		}
		gram_set_clear(qset, q->grams, q->ngrams);
		if ((i & 7) == 7)
			sn_check_interrupts();
	}
	qsort(pairs, np, sizeof(pair_sim), pair_sim_cmp);
	assign_pairs(pairs, np, aq, ac);
	if (syllables)
	{
		scratch_release(&sc);
		sn_free(pairs);
		return;
	}

	for (i = 0; i < Q->ntok; i++)
	{
		const sn_ptoken *q = &Q->tok[i];

		gram_set_fill(qset, q->grams, q->ngrams);
		gram_set_fill(qmset, q->mgrams, q->nmgrams);
		for (j = 0; j < C->ntok; j++)
		{
			const sn_ptoken *c = &C->tok[j];
			double		s;
			int			common;

			/*
			 * q against c and the next candidate token written together.
			 * Written together, two tokens must resemble the other token
			 * better than either does alone ("W Frost" is not "Frost"
			 * written with a stray initial): when q already matches one
			 * of them fully (similarity 1), nothing can, and most pairs
			 * stop here.
			 */
			if (!q->number && c->nmgrams > 0 &&
				raw[i * C->ntok + j] < 1.0 && raw[i * C->ntok + j + 1] < 1.0)
			{
				match_kind mk = MK_MERGED;

				common = gram_set_common(qset, c->mgrams, c->nmgrams);
				s = merged_sim(common, q->ngrams, c->nmgrams);
				if (s < PHON_SIM && !chinese &&
					dice_of(common, q->ngrams, c->nmgrams) >= MERGE_PHON_SPELLING &&
					tok_phon(q) >= 3)
				{
					if (same_phon(q->phon, q->phonlen, c->mphon, merged_phon(C, j)))
						s = PHON_SIM;
				}
				if (s < PHON_SIM)
				{
					double		e = merged_typo_sim(q, c, &C->tok[j + 1], common);

					if (e > s)
					{
						s = e;
						mk = MK_MERGED_TYPO;
					}
				}
				if (s > 0 && (s <= raw[i * C->ntok + j] || s <= raw[i * C->ntok + j + 1]))
					s = 0;
				if (s > 0)
					merges = push_merge(merges, &nm, (merge_match) {s, mk, i, j, 1, 2, 0});
			}
			/* q and the next query token written together, against c */
			if (q->nmgrams > 0 && !c->number &&
				raw[i * C->ntok + j] < 1.0 && raw[(i + 1) * C->ntok + j] < 1.0)
			{
				common = gram_set_common(qmset, c->grams, c->ngrams);
				s = merged_sim(common, q->nmgrams, c->ngrams);
				if (s < PHON_SIM && !chinese &&
					((allah_compound(Q, i) && allah_spelled(q, c)) ||
					 (abjad_pair(Q, i) && abjad_pair_spelled(Q, i, c)) ||
					 dice_of(common, q->nmgrams, c->ngrams) >= MERGE_PHON_SPELLING) &&
					tok_phon(c) >= 3)
				{
					if (same_phon(q->mphon, merged_phon(Q, i), c->phon, c->phonlen))
						s = PHON_SIM;
				}
				/*
				 * (a tie with q cut short of c goes to the merge, which
				 * explains the next token too: HUSSEIN, Mansour Othman Aba
				 * has aba hussein, not aba cut, for ABAHUSSAIN)
				 */
				if (s > 0 && (s < raw[i * C->ntok + j] ||
							  (s == raw[i * C->ntok + j] && !truncated(q, c)) ||
							  s <= raw[(i + 1) * C->ntok + j]))
					s = 0;
				if (s > 0)
					merges = push_merge(merges, &nm, (merge_match) {s, MK_MERGED, i, j, 2, 1, 1});
			}

			/*
			 * Three tokens written together, by spelling alone: names
			 * romanised a syllable a word (Korean, Chinese) or split by
			 * hand (Nam Chon Gang / Namchongang, Plat Ono Vich /
			 * Platonovich).
			 */
			if (!q->number && c->nm3grams != 0 && raw[i * C->ntok + j] < 1.0 &&
				raw[i * C->ntok + j + 1] < 1.0 && raw[i * C->ntok + j + 2] < 1.0 &&
				tri_plausible(q, C, j))
			{
				int			n3 = tri_grams(C, j);

				s = merged_sim(gram_set_common(qset, c->m3grams, n3), q->ngrams, n3);
				if (s > raw[i * C->ntok + j] && s > raw[i * C->ntok + j + 1] &&
					s > raw[i * C->ntok + j + 2])
					merges = push_merge(merges, &nm, (merge_match) {s, MK_MERGED, i, j, 1, 3, 2});
			}
			if (q->nm3grams != 0 && !c->number && raw[i * C->ntok + j] < 1.0 &&
				raw[(i + 1) * C->ntok + j] < 1.0 && raw[(i + 2) * C->ntok + j] < 1.0 &&
				tri_plausible(c, Q, i))
			{
				int			n3 = tri_grams(Q, i);

				gram_set_fill(q3set, q->m3grams, n3);
				s = merged_sim(gram_set_common(q3set, c->grams, c->ngrams), n3, c->ngrams);
				gram_set_clear(q3set, q->m3grams, n3);
				if (s > raw[i * C->ntok + j] && s > raw[(i + 1) * C->ntok + j] &&
					s > raw[(i + 2) * C->ntok + j])
					merges = push_merge(merges, &nm, (merge_match) {s, MK_MERGED, i, j, 3, 1, 3});
			}
		}
		gram_set_clear(qset, q->grams, q->ngrams);
		gram_set_clear(qmset, q->mgrams, q->nmgrams);
		if ((i & 7) == 7)
			sn_check_interrupts();
	}
	scratch_release(&sc);
	/*
	 * A token a merge left unmatched may still meet a token that no pair
	 * took, best first, as the pairs were assigned.
	 */
	if (nm > 0 && note_merges(merges, nm, Q->ntok, C->ntok, aq, ac))
		assign_pairs(pairs, np, aq, ac);
	if (merges != merges_local)
		sn_free(merges);
	align_acronym(Q, C, true, aq, ac);
	align_acronym(C, Q, false, ac, aq);
	sn_free(pairs);
}

/*
 * Lineage: in "Abdullah bin Omar" the word before "bin" is the person and
 * the word after it the father (each token's role, set by
 * sn_name_prepare).  A token that stands before such a particle on one
 * side and after it on the other has changed role: "Omar bin Abdullah" is
 * the father's name given to the son, another person, even though every
 * token matches.  Reordering the surname ("AL-MUHAMMAD, Omar bin
 * Abdullah") keeps both roles, so it is not affected.
 */
static bool
lineage_swapped(const sn_name *q, const sn_name *c, const alignment *aq)
{
	int			i;

	for (i = 0; i < q->ntok; i++)
	{
		int			rq,
					rc;

		if (aq[i].with < 0 || aq[i].with_pair || aq[i].self_pair || aq[i].best < UNMATCHED_AT)
			continue;
		rq = q->tok[i].lineage;
		rc = c->tok[aq[i].with].lineage;
		if ((rq == SN_LINEAGE_BEFORE && rc == SN_LINEAGE_AFTER) ||
			(rq == SN_LINEAGE_AFTER && rc == SN_LINEAGE_BEFORE))
			return true;
	}
	return false;
}

/*
 * Another father: a token just after a lineage particle ("bin Mohamed")
 * that nothing in the other name resembles, while the other name also has
 * such a token unmatched ("bin Ali").  "Noureddine ben Mohamed" and
 * "Noureddine ben Ali" are two people however common both fathers' names
 * are, which the weighted conflict alone does not say.
 */
static bool
lineage_conflict(const sn_name *q, const sn_name *c, const alignment *aq, const alignment *ac)
{
	int			i;
	bool		in_q = false;

	for (i = 0; i < q->ntok && !in_q; i++)
		in_q = (q->tok[i].lineage & SN_LINEAGE_AFTER) && aq[i].best < UNMATCHED_AT;
	if (!in_q)
		return false;
	for (i = 0; i < c->ntok; i++)
		if ((c->tok[i].lineage & SN_LINEAGE_AFTER) && ac[i].best < UNMATCHED_AT)
			return true;
	return false;
}

/* A general legal word, which registers and writers use loosely. */
static bool
general_legal_form(const sn_ptoken *t)
{
	return t->cls == SN_TOKEN_LEGAL_FORM &&
		((t->len == 3 && memcmp(t->s, "inc", 3) == 0) ||
		 (t->len == 4 && memcmp(t->s, "corp", 4) == 0) ||
		 (t->len == 2 && memcmp(t->s, "co", 2) == 0));
}

static bool
specific_legal_form(const sn_ptoken *t)
{
	return t->cls == SN_TOKEN_LEGAL_FORM && !general_legal_form(t);
}

/*
 * Both names carry a specific legal form and they have none in common: a
 * GmbH is not the AG of the same name, an LLC not the JSC.  Legal forms weigh
 * little as evidence that two names agree (a shared "LLC" says nothing);
 * two different ones are evidence that they do not.
 */
static bool
legal_forms_differ(const sn_name *q, const sn_name *c)
{
	int			i,
				j;
	bool		in_q = false,
				in_c = false;

	if (!q->organization || !c->organization)
		return false;
	for (i = 0; i < q->ntok; i++)
	{
		const sn_ptoken *a = &q->tok[i];

		if (!specific_legal_form(a))
			continue;
		in_q = true;
		for (j = 0; j < c->ntok; j++)
		{
			const sn_ptoken *b = &c->tok[j];

			if (b->cls == SN_TOKEN_LEGAL_FORM && a->len == b->len &&
				memcmp(a->s, b->s, a->len) == 0)
				return false;
		}
	}
	for (j = 0; j < c->ntok && !in_c; j++)
		in_c = specific_legal_form(&c->tok[j]);
	return in_q && in_c;
}

/* A country in n's name that the other name does not have. */
static bool
place_differs(const sn_name *n, const alignment *al)
{
	int			i;

	for (i = 0; i < n->ntok; i++)
		if (n->tok[i].place && al[i].best < 1.0)
			return true;
	return false;
}

/* How unmatched a token is: 1 when nothing resembles it, 0 from UNMATCHED_AT. */
#ifndef CONFLICT_AT
#define CONFLICT_AT UNMATCHED_AT
#endif
static inline double
unmatched(double best)
{
	return best >= CONFLICT_AT ? 0.0 : 1.0 - best / CONFLICT_AT;
}

/*
 * Is token i of n, aligned as an, a small word of an organisation's name's
 * grammar (grammar_word) left unmatched, that is not the name's first word
 * and that no word left unmatched on the other side, o aligned as ao,
 * begins with?  A first word of that shape is a name (Le Hoang Phat, Du
 * Pont, El Paso, Al Nasr), and a word the other side's begins with may be
 * one cut short (ZARKOV IN LLC, ZARKOV INDUSTRIES LLC).
 */
static bool
grammar_apart(const sn_name *n, int i, const alignment *an, const sn_name *o,
			  const alignment *ao)
{
	const sn_ptoken *t = &n->tok[i];
	int			j;

	if (i == 0 || !grammar_word(t) || unmatched(an[i].best) == 0)
		return false;
	for (j = 0; j < o->ntok; j++)
		if (unmatched(ao[j].best) > 0 && o->tok[j].len > t->len &&
			memcmp(o->tok[j].s, t->s, t->len) == 0)
			return false;
	return true;
}

/* Is token t, whose best match is best, a patronymic left out? */
static inline bool
left_out(const sn_ptoken *t, double best)
{
	return t->patronymic && unmatched(best) > 0;
}

/* How a side's patronymics may be left out (query_side) */
#define OMIT_NONE		0
#define OMIT_UNMATCHED	1
#define OMIT_ANY		2

/*
 * Combine query-side bests into Sq; shared by the score and the bound.
 * evidence: each token's weight as a match (pair_evidence), or NULL for
 * the query's own weights (the bound).  single_candidate: the candidate is
 * one word (the bound passes false, which can only give a higher Sq).
 * omission: how the query's patronymics may be left out (see
 * patronymic_omission): OMIT_NONE, OMIT_UNMATCHED (those unmatched, as the
 * score has it), or OMIT_ANY, which the bound passes unless the query is an
 * organisation's name: a token's bound may be above UNMATCHED_AT while its
 * score is below, and counting every patronymic so can only give a higher Sq.
 */
static double
query_side(const sn_name *q, const double *best, const double *evidence, bool single_candidate,
		   int omission)
{
	double		lambda;
	double		matched = 0,
				missed = 0;
	int			i;

	for (i = 0; i < q->ntok; i++)
	{
		double		w = evidence ? evidence[i] : q->tok[i].weight;
		bool		omitted = omission == OMIT_ANY ? q->tok[i].patronymic :
			omission == OMIT_UNMATCHED && left_out(&q->tok[i], best[i]);

		matched += w * best[i];
		missed += w * (1.0 - best[i]) * (omitted ? PATRONYMIC_OMITTED : 1.0);
	}
	if (matched <= 0)
		return 0.0;
	/*
	 * In an organisation's name every word is part of the name ("Deutsche
	 * Bank Trust Company" is not "Deutsche Bank"); in a person's name an
	 * extra middle name or patronymic is common.  Whether the query is an
	 * organisation is known from the query alone, so the bound agrees.
	 * A name written in Han characters has no middle names either: its
	 * given name is one or two syllables, each of them part of it, and one
	 * left out is another given name (張建宏, Zhang Jianhong, is not
	 * ZHANG, Jian), dearer still (LAMBDA_HAN).
	 *
	 * A one-word candidate (an alias such as SIERRA or SNOW) that meets
	 * one word of a longer query leaves the rest of the query unexplained:
	 * the candidate has no given name at all, not one middle name fewer,
	 * so the unmatched words cost more (LAMBDA_SINGLE).
	 */
	lambda = q->script == SN_SCRIPT_HAN ? LAMBDA_HAN : q->organization ? LAMBDA_ORG : LAMBDA;
	if (single_candidate && q->ntok > 1 && LAMBDA_SINGLE > lambda)
		lambda = LAMBDA_SINGLE;
	return matched / (matched + lambda * missed);
}

/*
 * Patronymics left out: a record often omits the patronymic that an
 * official list gives (Alexander Gelyevich Dugin, DUGIN, Aleksandr), or the
 * other way round, and leaving it out is no evidence of another person.
 * A patronymic of side a left unmatched (less than halfway: unmatched())
 * then costs PATRONYMIC_OMITTED of its weight, when neither name is an
 * organisation's and the other side b has two words or more, each matched
 * at least halfway (not unmatched): a patronymic against nothing.  Against
 * a word left unmatched it is a substitution (another father, or a surname
 * such as Abramovich), which the conflict factor counts at full weight.
 */
static bool
patronymic_omission(const sn_name *a, const sn_name *b, const alignment *ab)
{
	int			i;

	if (a->organization || b->organization || b->ntok < 2)
		return false;
	/* most names have no patronymic: nothing to leave out */
	for (i = 0; i < a->ntok && !a->tok[i].patronymic; i++)
		;
	if (i == a->ntok)
		return false;
	for (i = 0; i < b->ntok; i++)
		if (unmatched(ab[i].best) > 0)
			return false;
	return true;
}

/* Does side n have a patronymic left out (unmatched)? */
static bool
patronymic_omitted(const sn_name *n, const alignment *an)
{
	int			i;

	for (i = 0; i < n->ntok; i++)
		if (left_out(&n->tok[i], an[i].best))
			return true;
	return false;
}

static void
json_string(sn_buf *b, const char *s, int len)
{
	int			i;

	sn_buf_putc(b, '"');
	for (i = 0; i < len; i++)
	{
		if (s[i] == '"' || s[i] == '\\')
			sn_buf_putc(b, '\\');
		sn_buf_putc(b, s[i]);
	}
	sn_buf_putc(b, '"');
}

static void
json_num(sn_buf *b, const char *key, double v, bool comma)
{
	char		tmp[64];
	int			n = snprintf(tmp, sizeof(tmp), "%s\"%s\": %.4f", comma ? ", " : "", key, v);

	sn_buf_append(b, tmp, n);
}

static void
json_tokens(sn_buf *b, const char *key, const sn_name *A, const sn_name *B,
			const alignment *al, bool is_query)
{
	int			i;

	SN_BUF_LIT(b, ", \"");
	sn_buf_append(b, key, strlen(key));
	SN_BUF_LIT(b, "\": [");
	for (i = 0; i < A->ntok; i++)
	{
		const sn_ptoken *a = &A->tok[i];

		if (i > 0)
			SN_BUF_LIT(b, ", ");
		SN_BUF_LIT(b, "{\"token\": ");
		json_string(b, a->s, a->len);
		if (al[i].self_pair && i + 1 < A->ntok)
		{
			SN_BUF_LIT(b, ", \"written_with_next\": true");
		}
		json_num(b, "weight", a->weight, true);
		if (is_query)
		{
			double		e = pair_evidence(&al[i], a, B);

			if (e < a->weight)
				json_num(b, "evidence", e, true);
		}
		json_num(b, "similarity", al[i].best, true);
		if (credited(&al[i], a) < al[i].best)
			json_num(b, "counts_as", credited(&al[i], a), true);
		SN_BUF_LIT(b, ", \"match\": ");
		json_string(b, match_kind_names[al[i].kind], strlen(match_kind_names[al[i].kind]));
		SN_BUF_LIT(b, ", \"with\": ");
		if (al[i].with < 0)
			SN_BUF_LIT(b, "null");
		else
		{
			const sn_ptoken *w = &B->tok[al[i].with];

			if (al[i].kind == MK_ACRONYM && al[i].span > 1)
			{
				/* the words the acronym spells, as one string */
				sn_buf		words;
				int			m;

				sn_buf_init(&words, 64);
				for (m = al[i].with; m < al[i].with + al[i].span; m++)
				{
					if (m > al[i].with)
						sn_buf_putc(&words, ' ');
					sn_buf_append(&words, B->tok[m].s, B->tok[m].len);
				}
				json_string(b, words.data, (int) words.len);
				sn_buf_free(&words);
			}
			else if (al[i].with_pair)
			{
				char		joined[3 * SN_MAX_TOKEN_LEN + 1];

				json_string(b, joined,
							join_tokens(B, al[i].with, al[i].span == 3 ? 3 : 2, joined));
			}
			else
				json_string(b, w->s, w->len);
		}
		sn_buf_putc(b, '}');
	}
	sn_buf_putc(b, ']');
}

/*
 * Anchors: what makes two names one name and not two names that look alike
 * is that some word of each is the same word: it sounds the same (one
 * phonetic key, of the word alone, written together with the next one as
 * in Abdulrahman and Abdul Rahman, or of the stem a declension ending
 * leaves), it is a variant of the same given name, or it is the same
 * number.  A typo in every word of a name at once is rare; two unrelated
 * names whose every word is a near-spelling of the other's are common among
 * millions (Sukamto, Sukarno).  The index has a key for each anchor, most of
 * them far rarer than bigrams, which is what lets a scan at the default
 * threshold read only the rows that share one with the query (sn_bound).
 *
 * A word that names no one anchors nothing by itself: a particle between
 * two names (bin, ibn) or a word in one name of twenty (al, Abd, Group,
 * Holdings), both weighing W_MIN.  "Al" shared is no evidence that
 * "Abdallah al-Halabi" and "Thabet al-Duri" are one name, and an anchor
 * that an eighth of the list has lets most of the list through the index
 * bound.  Such a word written together with the next one (Alhalabi) still
 * anchors: that key is the next word's too.  Titles and legal forms weigh
 * as little but still anchor: a title is often a name as well (Sayed,
 * Emir, Haji), and a legal form is what ties an acronym to the name it
 * spells (PCC FZE, Petrochemical Commercial Company FZE; see the penalty
 * in score_one).
 */
static inline bool
anchor_word(const sn_ptoken *t)
{
	return !t->number && (t->weight > (float) W_MIN || t->cls == SN_TOKEN_LEGAL_FORM ||
						  t->cls == SN_TOKEN_TITLE);
}

static inline bool
anchor_phon(const sn_ptoken *t)
{
	return anchor_word(t) && tok_phon(t) >= 2;
}

/* Does the name have a word that can anchor a match? */
static bool
has_anchor(const sn_name *n)
{
	int			i;

	for (i = 0; i < n->ntok; i++)
	{
		const sn_ptoken *t = &n->tok[i];

		if (t->number || anchor_phon(t) || merged_phon(n, i) >= 2 ||
			(anchor_word(t) &&
			 (stem_phon(t) >= 2 || t->variant[0] != 0 || t->variant[1] != 0)))
			return true;
	}
	return false;
}

/*
 * Is phonetic key k (length len) that of a word of c, alone or merged?
 * from is the token whose key it is, or NULL for words written together.
 * A key of three consonants or more of another reading counts, but one of
 * a diphthong read as a vowel (on either side) only between tokens with
 * the same vowels, as other_spelled asks (Dawson and Dyson share tsn).
 */
static bool
phon_in(const sn_name *c, const char *k, int len, const sn_ptoken *from, bool diphthong)
{
	int			j,
				r;

	for (j = 0; j < c->ntok; j++)
	{
		const sn_ptoken *t = &c->tok[j];

		if (anchor_phon(t) && t->phonlen == len && memcmp(t->phon, k, len) == 0 &&
			(!diphthong || same_vowels(from, t)))
			return true;
		if (diphthong)
			continue;
		if (merged_phon(c, j) == len && len >= 2 && memcmp(t->mphon, k, len) == 0)
			return true;
		if (!anchor_word(t))
			continue;
		if (stem_phon(t) == len && len >= 2 && memcmp(t->sphon, k, len) == 0)
			return true;
		for (r = 0; r < SN_READINGS; r++)
			if (other_phon(t, r) == len && len >= 3 && memcmp(t->zphon[r], k, len) == 0 &&
				(!diphthong_reading(t, r) || (from && same_vowels(from, t))))
				return true;
	}
	return false;
}

/* The one word of n that is not a legal form, or -1 */
static int
sole_word(const sn_name *n)
{
	int			i,
				w = -1;

	for (i = 0; i < n->ntok; i++)
		if (n->tok[i].cls != SN_TOKEN_LEGAL_FORM)
		{
			if (w >= 0)
				return -1;
			w = i;
		}
	return w;
}

/*
 * A query that is an organisation's name of one word (its legal forms
 * aside) and a name of one word that meet by the phonetic key of that word
 * alone, or by its consonants (Zomedica, ZMDC), sharing under
 * SOUND_ALONE_SPELLING of its bigrams (overlap: the query word's best
 * Dice)?  All the evidence is then one key of two or three consonants,
 * which thousands of unrelated words share (HERSHEY CO and the vessel
 * HORSE, EBAY INC and ABBA), while a screened company's name is a word
 * spelled one way, as its registration writes it.  A list name may be a
 * transliteration (OOO YUNIDZHET, for UNIJET), a query without a legal form
 * may be a person's one name (Youcef and Yusuf), and a query in another
 * script is read into Latin letters by sound: they keep the key's match.
 */
static bool
sound_alone(const sn_name *q, const sn_name *c, const alignment *aq, const double *overlap)
{
	int			i,
				j;

	/* (most queries stop here: the words are counted only for the rest) */
	if (!q->organization || q->other_script || (i = sole_word(q)) < 0 || (j = sole_word(c)) < 0)
		return false;
	return (aq[i].kind == MK_PHONETIC || aq[i].kind == MK_CONSONANTS) && aq[i].with == j &&
		!aq[i].with_pair && !aq[i].self_pair && overlap[i] < SOUND_ALONE_SPELLING;
}

/* Has the alignment matched a word of q in a way that makes it an anchor? */
static bool
anchored_match(const sn_name *q, const alignment *aq)
{
	int			i;

	for (i = 0; i < q->ntok; i++)
	{
		const sn_ptoken *t = &q->tok[i];

		switch (aq[i].kind)
		{
			case MK_EXACT:
				/* an equal number, or an equal word with a phonetic key */
				if (t->number || anchor_phon(t))
					return true;
				break;
			case MK_PHONETIC:
			case MK_CONSONANTS:
				/* phon_agrees: one phonetic key of two letters or more */
				if (!aq[i].with_pair && !aq[i].self_pair && anchor_word(t))
					return true;
				break;
			case MK_VARIANT:
				if (anchor_word(t))
					return true;
				break;
			default:
				break;
		}
	}
	return false;
}

/* Has a word of q been matched as an acronym or as a word one spells? */
static bool
acronym_matched(const sn_name *q, const alignment *aq)
{
	int			i;

	for (i = 0; i < q->ntok; i++)
		if (aq[i].kind == MK_ACRONYM)
			return true;
	return false;
}

/*
 * Did a query token meet words written together by their spelling (not by
 * the typo rule), or an acronym?  The index bound knows these from the
 * keys (see sn_bound): they are structure the other name shares, not a
 * typo in a word.
 */
static bool
joined_matched(const sn_name *q, const alignment *aq)
{
	int			i;

	for (i = 0; i < q->ntok; i++)
		if (aq[i].kind == MK_ACRONYM || aq[i].kind == MK_MERGED)
			return true;
	return false;
}

static bool
anchored(const sn_name *q, const sn_name *c)
{
	int			i,
				j,
				r;

	for (i = 0; i < q->ntok; i++)
	{
		const sn_ptoken *t = &q->tok[i];

		if (anchor_phon(t) && phon_in(c, t->phon, t->phonlen, t, false))
			return true;
		if (merged_phon(q, i) >= 2 && phon_in(c, t->mphon, t->mphonlen, NULL, false))
			return true;
		if (merged3_phon(q, i) >= 2 && phon_in(c, t->m3phon, t->m3phonlen, NULL, false))
			return true;
		if (t->number)
		{
			for (j = 0; j < c->ntok; j++)
			{
				const sn_ptoken *u = &c->tok[j];

				if (u->number && t->len == u->len && memcmp(t->s, u->s, t->len) == 0)
					return true;
			}
			continue;
		}
		if (!anchor_word(t))
			continue;
		if (stem_phon(t) >= 2 && phon_in(c, t->sphon, t->sphonlen, t, false))
			return true;
		for (r = 0; r < SN_READINGS; r++)
			if (other_phon(t, r) >= 3 &&
				phon_in(c, t->zphon[r], t->zphonlen[r], t, diphthong_reading(t, r)))
				return true;
		for (j = 0; j < c->ntok; j++)
		{
			const sn_ptoken *u = &c->tok[j];

			if (anchor_word(u) && same_variant(t, u))
				return true;
		}
	}
	return false;
}

/* Which reading of query q the explanation shows, if q has several */
static void
json_reading(sn_buf *explain, const sn_name *q)
{
	static const char *const kinds[] = {"as written", "Korean", "Korean, initial-sound rule",
	"Japanese", "Somali", "initials", "Wade-Giles", "Korean, North's spelling",
	"Korean, McCune-Reischauer", "Wade-Giles, aspirated", "Greek, as foreign names",
	"Greek, as foreign names, mb nd ng", "Arabic, alif maqsura as a",
	"Persian", "Hangul, as foreign names", "Hangul, as foreign names, final f",
	"katakana, as foreign names", "katakana, as foreign names, chi and ji as ti and di",
	"katakana, as foreign names, r as l", "katakana, as foreign names, r as l but a last r",
	"Hungarian spelling", "Serbo-Croatian Latin", "Japanese in Cyrillic, as Hepburn",
	"Chinese in Cyrillic, as pinyin", "Korean in Cyrillic, as the lists write it",
	"Turkish in Cyrillic, as Turkish writes it", "English w in Cyrillic",
	"Arabic, qaf and jim as g", "Hebrew, gimel with geresh as g",
	"Han, as foreign names, la and er as ra and r", "Han, as foreign names, la and er as la and l",
	"Han, as foreign names, la and er as la and r",
	"Han, as foreign names, la and er as ra and r, Russian ji jing jie qiao",
	"Han, as foreign names, la and er as la and l, Russian ji jing jie qiao",
	"Han, as foreign names, la and er as la and r, Russian ji jing jie qiao"};

	_Static_assert(sizeof(kinds) / sizeof(kinds[0]) == SN_READING_LAST + 1,
				   "a name for each reading");
	if (q->reading == NULL && q->reading_kind == SN_READING_WRITTEN)
		return;
	SN_BUF_LIT(explain, ", \"query_reading\": \"");
	sn_buf_append(explain, kinds[q->reading_kind], strlen(kinds[q->reading_kind]));
	SN_BUF_LIT(explain, "\"");
}

/* The score of one reading of the query (sn_score) */
static double
score_one(const sn_name *q, const sn_name *c, sn_buf *explain)
{
	alignment  *aq,
			   *ac;
	double	   *best;
	double	   *evidence;
	double	   *overlap;
	double		sq,
				cov = 0,
				cw = 0,
				factor_c,
				factor_x,
				conflict,
				numpen = 1.0,
				placepen = 1.0,
				linpen = 1.0,
				legpen = 1.0,
				anchorpen = 1.0,
				soundpen = 1.0,
				score;
	int			i;
	bool		number_missing = false,
				omit_q,
				omit_c,
				organisations;

	if (q->ntok == 0 || c->ntok == 0)
	{
		if (explain)
		{
			SN_BUF_LIT(explain, "{\"query\": ");
			json_string(explain, q->text, (int) q->len);
			SN_BUF_LIT(explain, ", \"candidate\": ");
			json_string(explain, c->text, (int) c->len);
			SN_BUF_LIT(explain, ", \"note\": \"a name with no tokens matches nothing\", \"score\": 0}");
		}
		return 0.0;
	}

	/* one allocation for the per-token arrays (alignment holds a double) */
	aq = sn_alloc(sizeof(alignment) * (q->ntok + c->ntok) + sizeof(double) * 3 * q->ntok);
	ac = aq + q->ntok;
	best = (double *) (ac + c->ntok);
	evidence = best + q->ntok;
	overlap = evidence + q->ntok;
	align(q, c, aq, ac, overlap);

	for (i = 0; i < q->ntok; i++)
	{
		best[i] = credited(&aq[i], &q->tok[i]);
		evidence[i] = pair_evidence(&aq[i], &q->tok[i], c);
		if (q->tok[i].number && aq[i].best < 1.0)
			number_missing = true;
	}
	/*
	 * The query side counted with the query's weights, and with each
	 * match weighing only its evidence (pair_evidence): the lower of the
	 * two, so that the score never rises above what the query's weights
	 * give (the index bound counts those) and a name whose every token
	 * matches keeps its score whatever spellings it matched.
	 */
	omit_q = patronymic_omission(q, c, ac);
	omit_c = patronymic_omission(c, q, aq);
	sq = query_side(q, best, NULL, c->ntok == 1, omit_q ? OMIT_UNMATCHED : OMIT_NONE);
	{
		double		se = query_side(q, best, evidence, c->ntok == 1,
									omit_q ? OMIT_UNMATCHED : OMIT_NONE);

		if (se < sq)
			sq = se;
	}
	for (i = 0; i < c->ntok; i++)
	{
		double		b = credited(&ac[i], &c->tok[i]),
					w = c->tok[i].weight;

		cov += w * b;
		/* a patronymic left out weighs less */
		cw += (omit_c && left_out(&c->tok[i], ac[i].best)) ?
			w * (b + (1.0 - b) * PATRONYMIC_OMITTED) : w;
	}
	cov = cw > 0 ? cov / cw : 0;
	/* every word counts in an organisation's name and in a Han one's */
	factor_c = 1.0 - ((q->organization || c->organization || q->script == SN_SCRIPT_HAN ||
					   c->script == SN_SCRIPT_HAN) ? BETA_ORG : BETA) * (1.0 - cov);

	/*
	 * Tokens left unmatched on both sides are a substitution, not an
	 * omission: "Hamadi ben Ahmed" against "Hamadi ben Abdul Aziz" names a
	 * different father.  The share of weight each side leaves unmatched
	 * (a token counts fully when nothing resembles it, not at all from
	 * half a match up) gives the conflict, the smaller of the two.  The
	 * general legal words (inc, corp, co) are used loosely, so one of them
	 * against another legal form is no substitution (Georgia Pacific LLC,
	 * Georgia Pacific Corp); two specific forms are (AG, GmbH), and so is
	 * "company" against a person's given name (James Day, DAY COMPANY).
	 * Nor are the small words of two organisations' names, which one
	 * language's grammar needs where another's does not (DEMOCRATIC FORCES
	 * FOR THE LIBERATION OF RWANDA, FORCES DEMOCRATIQUES DE LIBERATION DU
	 * RWANDA): they stand for no word of the other name.  A word the other
	 * name lacks is an omission, which the candidate's coverage counts.
	 */
	organisations = company_name(q) && company_name(c);
	{
		double		uq = 0,
					uc = 0;
		bool		both_legal = q->organization && c->organization;

		for (i = 0; i < q->ntok; i++)
			if (!(both_legal && general_legal_form(&q->tok[i])) &&
				!(organisations && grammar_apart(q, i, aq, c, ac)))
				uq += q->tok[i].weight * unmatched(aq[i].best);
		for (i = 0; i < c->ntok; i++)
			if (!(both_legal && general_legal_form(&c->tok[i])) &&
				!(organisations && grammar_apart(c, i, ac, q, aq)))
				uc += c->tok[i].weight * unmatched(ac[i].best);
		uq /= q->total_weight;
		uc /= cw;
		conflict = uq < uc ? uq : uc;
		factor_x = 1.0 - GAMMA * conflict;
		if (factor_x < CONFLICT_FLOOR)
			factor_x = CONFLICT_FLOOR;
	}
	if (number_missing && c->has_number)
		numpen = NUM_PENALTY;
	/*
	 * two companies of a group in two countries: Santander Chile, México;
	 * two organisations named for two countries, a legal form or not
	 * (CENTRAL BANK OF IRAN, CENTRAL BANK OF IRAQ)
	 */
	if (organisations && place_differs(q, aq) && place_differs(c, ac))
		placepen = PLACE_PENALTY;
	if (lineage_swapped(q, c, aq) || lineage_conflict(q, c, aq, ac))
		linpen = LINEAGE_PENALTY;
	if (legal_forms_differ(q, c))
		legpen = LEGAL_PENALTY;
	/*
	 * No word alike in sound (see anchored); a query without one is exempt.
	 * A word matched exactly, by sound or as a variant is an anchor, which
	 * settles most matches without computing every phonetic key.  A match
	 * through an acronym needs such a word of its own (the FZE of PCC FZE,
	 * the YEMEN of ISIL-YEMEN): that the acronym sounds like a word it
	 * spells (LET, Lidia Ernesto Tosi) is no evidence.  (The penalty in
	 * more cases only lowers the score, which the bound allows.)  A pair
	 * that shares only the spelling of words (a typo in each) takes the
	 * lower factor; one that shares words written together or an acronym,
	 * structure rather than chance, the higher one (Xijinping, IRGC): it
	 * still stays under the threshold but ranks its name first.
	 */
	if (sq > 0 && !anchored_match(q, aq) && has_anchor(q) &&
		(acronym_matched(q, aq) || !anchored(q, c)))
		anchorpen = joined_matched(q, aq) ? NO_ANCHOR_JOINED : NO_ANCHOR;
	if (sound_alone(q, c, aq, overlap))
		soundpen = SOUND_ALONE;
	/*
	 * A small share of plain weighted spelling overlap: it never makes a
	 * match, but it ranks the candidates that the calibrated part scores
	 * 0 (for ORDER BY <-> LIMIT k) instead of leaving them tied.
	 */
	{
		double		ov = 0;

		for (i = 0; i < q->ntok; i++)
			ov += q->tok[i].weight * (overlap[i] > best[i] ? overlap[i] : best[i]);
		ov /= q->total_weight;
		score = (1.0 - EPS_RANK) * sq * factor_c * factor_x * numpen * placepen * linpen *
			legpen * anchorpen * soundpen + EPS_RANK * ov;
	}
	if (score < 0)
		score = 0;
	if (score > 1)
		score = 1;

	if (explain)
	{
		SN_BUF_LIT(explain, "{\"query\": ");
		json_string(explain, q->text, (int) q->len);
		SN_BUF_LIT(explain, ", \"candidate\": ");
		json_string(explain, c->text, (int) c->len);
		json_reading(explain, q);
		json_tokens(explain, "query_tokens", q, c, aq, true);
		json_tokens(explain, "candidate_tokens", c, q, ac, false);
		json_num(explain, "query_side", sq, true);
		json_num(explain, "candidate_coverage", cov, true);
		json_num(explain, "candidate_factor", factor_c, true);
		json_num(explain, "conflict", conflict, true);
		json_num(explain, "conflict_factor", factor_x, true);
		json_num(explain, "number_penalty", numpen, true);
		json_num(explain, "place_penalty", placepen, true);
		json_num(explain, "lineage_penalty", linpen, true);
		json_num(explain, "legal_form_penalty", legpen, true);
		json_num(explain, "no_anchor_penalty", anchorpen, true);
		json_num(explain, "sound_alone_penalty", soundpen, true);
		json_num(explain, "omitted_patronymic_weight",
				 ((omit_q && patronymic_omitted(q, aq)) || (omit_c && patronymic_omitted(c, ac))) ?
				 PATRONYMIC_OMITTED : 1.0, true);
		{
			/* as similarity() returns it: a real, printed exactly */
			char		tmp[64];
			int			len = snprintf(tmp, sizeof(tmp), ", \"score\": %.9g", (double) (float) score);

			sn_buf_append(explain, tmp, len);
		}
		sn_buf_putc(explain, '}');
	}
	sn_free(aq);
	return score;
}

double
sn_score(const sn_name *q, const sn_name *c, sn_buf *explain)
{
	const sn_name *r,
			   *best_r = q;
	double		best = -1;

	if (q->reading == NULL)
		return score_one(q, c, explain);
	for (r = q; r != NULL; r = r->reading)
	{
		double		s = score_one(r, c, NULL);

		if (s > best)
		{
			best = s;
			best_r = r;
		}
		/* no reading scores more than 1: the rest need not be tried */
		if (best >= 1.0)
			break;
	}
	/* the best reading again, for its explanation: the same score */
	if (explain)
		(void) score_one(best_r, c, explain);
	return best;
}

/* ------------------------------------------------------------------
 * Index keys
 * ------------------------------------------------------------------
 */

#define KEY_GRAM(code)		((uint32_t) (code))
#define KEY_INITIAL(ch)		(0x10000u | (uint32_t) (unsigned char) (ch))
/*
 * Phonetic keys are hashed into 2^PHON_BITS values: a rare token's key is
 * nearly unique, and a GIN entry per distinct key would double the index
 * for little gain.  A collision only makes the bound looser, never wrong.
 */
#ifndef PHON_BITS
#define PHON_BITS 11
#endif
#define KEY_PHON(s, len)	(0x20000000u | sn_phonetic_bucket((s), (len), PHON_BITS))
#define KEY_NUMBER(h)		(0x30000000u | ((h) & 0x0FFFFFFFu))
#define KEY_VARIANT(g)		(0x40000000u | (uint32_t) (g))
/* a name that may be an acronym (acronym_token), by its first two letters */
#define KEY_ACRONYM(a, b)	(0x50000000u | (uint32_t) GRAM(gram_char(a), gram_char(b)))
/*
 * The phonetic key of a row token written without vowels (mhmd, hsn, st)
 * is kept apart from that of a spelled one: the phonetic rule asks a
 * spelled pair to share some spelling too (see tsim), which the bound can
 * then ask of the row's bigrams, and rows whose words merely fold to the
 * query's key and share none of its spelling (Sirat and Huerta for
 * Chiarito) stop reaching it.
 */
#define KEY_PHON_U(s, len)	(0x60000000u | sn_phonetic_bucket((s), (len), PHON_BITS))

sn_status
sn_core_load(sn_error *err)
{
	(void) sn_token_lookup("a", 1);		/* the word tables */
	(void) KEY_PHON("a", 1);	/* the common phonetic keys */
	return sn_normalize_open_all(err);
}

static int
u32cmp(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *) a,
				y = *(const uint32_t *) b;

	return (x > y) - (x < y);
}

/* Sorts keys[0 .. k - 1] and drops repeats; the count left */
static int
sort_distinct(uint32_t *keys, int k)
{
	int			i,
				d = 1;

	if (k == 0)
		return 0;
	qsort(keys, k, sizeof(uint32_t), u32cmp);
	for (i = 1; i < k; i++)
		if (keys[i] != keys[d - 1])
			keys[d++] = keys[i];
	return d;
}

/* One phonetic key of a row token written without vowels (u) or not, or of a query */
static inline int
phon_keys(const char *key, int len, bool query, bool u, uint32_t *out)
{
	int			k = 0;

	if (query || !u)
		out[k++] = KEY_PHON(key, len);
	if (query || u)
		out[k++] = KEY_PHON_U(key, len);
	return k;
}

/*
 * The keys of how token i of n (not a number) sounds, which a row and a
 * query both have: its phonetic key, that of it and the next written
 * together, of its declension stem and of its other readings, and its
 * variant groups; into out, the count.  A row token without vowels has its
 * own keys as KEY_PHON_U (the key of it and the next written together is
 * asked for spelling in any case: see align); a query asks for each of its
 * keys both ways (query), since a row key of either kind may equal it.
 */
static int
sound_keys(const sn_name *n, int i, bool query, uint32_t *out)
{
	const sn_ptoken *t = &n->tok[i];
	bool		u = !query && t->unvocalised;
	int			k = 0,
				r;

	if (tok_phon(t) >= 2)
		k += phon_keys(t->phon, t->phonlen, query, u, out + k);
	if (merged_phon(n, i) >= 2)
		k += phon_keys(t->mphon, t->mphonlen, query, false, out + k);
	if (stem_phon(t) >= 2)
		k += phon_keys(t->sphon, t->sphonlen, query, u, out + k);
	for (r = 0; r < SN_READINGS; r++)
		if (other_phon(t, r) > 0)
			k += phon_keys(t->zphon[r], t->zphonlen[r], query, u, out + k);
	for (r = 0; r < 2; r++)
		if (t->variant[r])
			out[k++] = KEY_VARIANT(t->variant[r]);
	return k;
}

/*
 * The keys of a candidate acronym that the words of q from token j on
 * could spell (see acronym_spells), by its first two letters: word j's
 * initial, then word j's second letter (a company's acronym takes up to
 * ACRONYM_PREFIX letters of a word) or the initial of a later word, past
 * up to ACRONYM_SKIPS small words.  Into out (ACRONYM_SKIPS + 2 at most),
 * the count.
 */
static int
acronym_keys(const sn_name *q, int j, uint32_t *out)
{
	const sn_ptoken *t = &q->tok[j];
	int			k = 0,
				m,
				skips = ACRONYM_SKIPS;

	if (t->number)
		return 0;
	if (t->len >= 2)
		out[k++] = KEY_ACRONYM(t->s[0], t->s[1]);
	for (m = j + 1; m < q->ntok && !q->tok[m].number; m++)
	{
		out[k++] = KEY_ACRONYM(t->s[0], q->tok[m].s[0]);
		if (skips-- == 0 || !acronym_connector(&q->tok[m]))
			break;
	}
	return k;
}

int
sn_name_max_keys(const sn_name *n)
{
	int			i,
				k = 0;

	/* a junction bigram, an initial, three phonetic keys, the readings', two groups' */
	for (i = 0; i < n->ntok; i++)
		k += n->tok[i].ngrams + 8 + SN_READINGS;
	return k + 2;					/* and an acronym's */
}

/*
 * Keys of a name.  They must cover every bigram of every string the score
 * compares on the candidate side: each token (its grams), and each two
 * adjacent tokens written together (their grams, i.e. the tokens' grams
 * without the pads at the junction, plus the junction bigram).
 */
int
sn_name_keys(const sn_name *n, uint32_t *keys)
{
	int			i,
				k = 0,
				j;

	for (i = 0; i < n->ntok; i++)
	{
		const sn_ptoken *t = &n->tok[i];

		for (j = 0; j < t->ngrams; j++)
			keys[k++] = KEY_GRAM(t->grams[j]);
		if (i + 1 < n->ntok)
			keys[k++] = KEY_GRAM(GRAM(gram_char(t->s[t->len - 1]),
									  gram_char(n->tok[i + 1].s[0])));
		if (t->number)
			keys[k++] = KEY_NUMBER(sn_hash_bytes(t->s, t->len));
		else
		{
			if (t->initial)
				keys[k++] = KEY_INITIAL(t->s[0]);
			k += sound_keys(n, i, false, keys + k);
		}
	}
	/* (an acronym beside other words is read in a query only: acronym_token) */
	if (n->acronym >= 0 && !n->acronym_words)
		keys[k++] = KEY_ACRONYM(n->tok[n->acronym].s[0], n->tok[n->acronym].s[1]);
	return sort_distinct(keys, k);
}

/* ------------------------------------------------------------------
 * Bounds
 * ------------------------------------------------------------------
 */

/*
 * A binary search of key among the n sorted keys from k[lo], without a
 * comparison callback: GiST runs it for the keys of a leaf that are no
 * bigrams and pass the plan's filter, in the bound of every row a KNN scan
 * visits.  The index of key in k, or -1.
 */
static inline int
key_search(const uint32_t *k, int lo, int n, uint32_t key)
{
	if (n <= 0)
		return -1;
	while (n > 1)
	{
		int			half = n / 2;

		if (k[lo + half] <= key)
			lo += half;
		n -= half;
	}
	return k[lo] == key ? lo : -1;
}

int
sn_plan_key_search(const sn_bound_plan *plan, uint32_t key)
{
	return key_search(plan->keys, 0, plan->nkeys, key);
}

int
sn_plan_other_search(const sn_bound_plan *plan, uint32_t key)
{
	return key_search(plan->keys, plan->first_other, plan->nkeys - plan->first_other, key);
}

/*
 * The key indexes of phonetic key k of len letters (0: a key the query does
 * not ask for): as a spelled row token has it (*idx) and as one without
 * vowels (*uidx); -1 each for none.
 */
static void
plan_phon_keys(const sn_bound_plan *plan, const char *k, int len, int *idx, int *uidx)
{
	*idx = len > 0 ? sn_plan_key_search(plan, KEY_PHON(k, len)) : -1;
	*uidx = len > 0 ? sn_plan_key_search(plan, KEY_PHON_U(k, len)) : -1;
}

static void plan_init_one(sn_bound_plan *plan, const sn_name *q);

/*
 * The table from each bigram code to 1 + its index in plan->keys (or 0),
 * and the filter of the other keys (sn_plan_key_index)
 */
static void
plan_gram_slots(sn_bound_plan *plan)
{
	int			j;

	plan->gram_slot = sn_alloc(sizeof(int16_t) * GRAM_CODES);
	memset(plan->gram_slot, 0, sizeof(int16_t) * GRAM_CODES);
	for (j = 0; j < plan->nkeys && plan->keys[j] < GRAM_CODES; j++)
		plan->gram_slot[plan->keys[j]] = (int16_t) (j + 1);
	plan->first_other = j;
	memset(plan->other_filter, 0, sizeof(plan->other_filter));
	for (; j < plan->nkeys; j++)
	{
		uint32_t	b = sn_key_filter_bit(plan->keys[j]);

		plan->other_filter[b >> 6] |= UINT64_C(1) << (b & 63);
	}
}

/*
 * The plan of a query with other readings: one plan each, under one set
 * of keys, their union.  A row reaches at most the best of the readings'
 * bounds, each computed from the keys of its own that the row has.
 */
void
sn_bound_plan_init(sn_bound_plan *plan, const sn_name *q)
{
	const sn_name *r;
	int			nsub = 0,
				total = 0,
				most = 0,
				k,
				s,
				j;
	uint32_t   *all;

	if (q->reading == NULL)
	{
		plan_init_one(plan, q);
		return;
	}
	memset(plan, 0, sizeof(*plan));
	plan->q = q;
	for (r = q; r != NULL; r = r->reading)
		nsub++;
	plan->sub = sn_alloc(sizeof(sn_bound_plan) * nsub);
	plan->sub_map = sn_alloc(sizeof(int *) * nsub);
	for (s = 0, r = q; r != NULL; r = r->reading, s++)
	{
		plan_init_one(&plan->sub[s], r);
		total += plan->sub[s].nkeys;
		if (plan->sub[s].nkeys > most)
			most = plan->sub[s].nkeys;
	}
	plan->nsub = nsub;
	all = sn_alloc(sizeof(uint32_t) * (total + 1));
	for (k = 0, s = 0; s < nsub; s++)
		for (j = 0; j < plan->sub[s].nkeys; j++)
			all[k++] = plan->sub[s].keys[j];
	plan->keys = all;
	plan->nkeys = sort_distinct(all, k);
	plan_gram_slots(plan);
	plan->ub_none = 0;
	for (s = 0; s < nsub; s++)
	{
		plan->sub_map[s] = sn_alloc(sizeof(int) * (plan->sub[s].nkeys + 1));
		for (j = 0; j < plan->sub[s].nkeys; j++)
			plan->sub_map[s][j] = sn_plan_key_search(plan, plan->sub[s].keys[j]);
		if (plan->sub[s].ub_none > plan->ub_none)
			plan->ub_none = plan->sub[s].ub_none;
	}
	plan->sub_present = sn_alloc(sizeof(bool) * (most + 1));
}

static void
plan_init_one(sn_bound_plan *plan, const sn_name *q)
{
	int			n = q->ntok,
				i,
				j,
				k = 0,
				total = 0,
				mtotal = 0,
				ttotal = 0,
				nstem = 0,
				acr_total = 0;
	uint32_t   *all;
	bool	   *none;
	gram_set	seen;

	memset(plan, 0, sizeof(*plan));
	plan->q = q;
	for (i = 0; i < n; i++)
	{
		total += q->tok[i].ngrams;
		mtotal += q->tok[i].nmgrams;
		if (q->tok[i].nm3grams != 0)
			ttotal += tri_grams(q, i);
	}
	/* query keys: grams of tokens and merges, initials, phonetic, numbers */
	all = sn_alloc(sizeof(uint32_t) * (total + mtotal + (15 + 2 * SN_READINGS + ACRONYM_SKIPS) * n +
									   ACRONYM_MAX + 1));
	for (i = 0; i < n; i++)
	{
		const sn_ptoken *t = &q->tok[i];

		for (j = 0; j < t->ngrams; j++)
			all[k++] = KEY_GRAM(t->grams[j]);
		/* the last gram of each stem a declension ending leaves */
		for (j = 1; j <= 2; j++)
		{
			int			m = t->number ? 0 : stem_length(t->s, t->len, j);

			if (m > 0)
				all[k++] = KEY_GRAM(GRAM(gram_char(t->s[m - 1]), 0));
		}
		for (j = 0; j < t->nmgrams; j++)
			all[k++] = KEY_GRAM(t->mgrams[j]);
		if (t->number)
			all[k++] = KEY_NUMBER(sn_hash_bytes(t->s, t->len));
		else
		{
			if (t->len > 1)
				all[k++] = KEY_INITIAL(t->s[0]);
			k += sound_keys(q, i, true, all + k);
			/* the key of it and the next two written together (see anchored) */
			if (merged3_phon(q, i) >= 2)
				k += phon_keys(t->m3phon, t->m3phonlen, true, false, all + k);
		}
		k += acronym_keys(q, i, all + k);
	}
	/* an acronym: the start gram of a word for each of its letters */
	if (q->acronym >= 0)
	{
		const sn_ptoken *t = &q->tok[q->acronym];

		for (j = 0; j < t->len; j++)
			all[k++] = KEY_GRAM(GRAM(0, gram_char(t->s[j])));
	}
	k = sort_distinct(all, k);
	plan->keys = all;
	plan->nkeys = k;

	plan->tok_gram_off = sn_alloc(sizeof(int) * (n + 1));
	plan->mrg_gram_off = sn_alloc(sizeof(int) * (n + 1));
	plan->tok_gram_idx = sn_alloc(sizeof(int) * (total + 1));
	plan->tok_gram_mult = sn_alloc(sizeof(int) * (total + 1));
	plan->mrg_gram_idx = sn_alloc(sizeof(int) * (mtotal + 1));
	plan->tri_gram_off = sn_alloc(sizeof(int) * (n + 1));
	plan->tri_gram_idx = sn_alloc(sizeof(int) * (ttotal + 1));
	plan->tok_phon_idx = sn_alloc(sizeof(int) * (n + 1));
	plan->tok_init_idx = sn_alloc(sizeof(int) * (n + 1));
	plan->tok_start_idx = sn_alloc(sizeof(int) * (n + 1));
	plan->tok_num_idx = sn_alloc(sizeof(int) * (n + 1));
	plan->tok_mphon_idx = sn_alloc(sizeof(int) * (n + 1));
	plan->tok_sphon_idx = sn_alloc(sizeof(int) * (n + 1));
	plan->tok_zphon_idx = sn_alloc(sizeof(int) * (SN_READINGS * n + 1));
	plan->tok_phonu_idx = sn_alloc(sizeof(int) * ((3 + SN_READINGS) * n + 1));
	plan->anchor_idx = sn_alloc(sizeof(int) * ((11 + 2 * SN_READINGS) * n + 1));
	plan->nanchors = 0;
	plan->has_anchor = has_anchor(q);
	plan->company = company_name(q);
	plan->tok_var_idx = sn_alloc(sizeof(int) * (2 * n + 1));
	plan->tok_stem_off = sn_alloc(sizeof(int) * (2 * n + 1));
	plan->tok_stem_idx = sn_alloc(sizeof(int) * (2 * (total + n) + 1));
	plan->tok_acr_off = sn_alloc(sizeof(int) * (n + 1));
	plan->tok_acr_idx = sn_alloc(sizeof(int) * ((ACRONYM_SKIPS + 2) * n + 1));
	memset(&seen, 0, sizeof(seen));
	total = mtotal = ttotal = 0;
	for (i = 0; i < n; i++)
	{
		const sn_ptoken *t = &q->tok[i];
		uint32_t	acr[ACRONYM_SKIPS + 2];
		int			nacr = acronym_keys(q, i, acr);

		/* the keys of a candidate acronym that words from this one spell */
		plan->tok_acr_off[i] = acr_total;
		for (j = 0; j < nacr; j++)
			plan->tok_acr_idx[acr_total++] = sn_plan_key_search(plan, acr[j]);
		plan->tok_gram_off[i] = total;
		for (j = 0; j < t->ngrams; j++)
		{
			/* how often this bigram occurs in the padded token */
			int			m = 0,
						p,
						prev = 0;

			for (p = 0; p <= t->len; p++)
			{
				int			c = p < t->len ? gram_char(t->s[p]) : 0;

				if (GRAM(prev, c) == t->grams[j])
					m++;
				prev = c;
			}
			plan->tok_gram_mult[total] = m;
			plan->tok_gram_idx[total++] = sn_plan_key_search(plan, KEY_GRAM(t->grams[j]));
		}
		plan->mrg_gram_off[i] = mtotal;
		for (j = 0; j < t->nmgrams; j++)
			plan->mrg_gram_idx[mtotal++] = sn_plan_key_search(plan, KEY_GRAM(t->mgrams[j]));
		/* the grams of three together are among those of the two pairs */
		plan->tri_gram_off[i] = ttotal;
		for (j = 0; j < t->nm3grams; j++)
			plan->tri_gram_idx[ttotal++] = sn_plan_key_search(plan, KEY_GRAM(t->m3grams[j]));
		plan->tok_num_idx[i] = t->number ?
			sn_plan_key_search(plan, KEY_NUMBER(sn_hash_bytes(t->s, t->len))) : -1;
		plan->tok_init_idx[i] = (!t->number && t->len > 1) ?
			sn_plan_key_search(plan, KEY_INITIAL(t->s[0])) : -1;
		plan->tok_start_idx[i] = sn_plan_key_search(plan, KEY_GRAM(GRAM(0, gram_char(t->s[0]))));
		/* each phonetic key as a spelled row token has it, and as one without vowels */
		{
			int		   *u = plan->tok_phonu_idx + (3 + SN_READINGS) * i;
			int			m = t->number ? 0 : tok_phon(t);

			plan_phon_keys(plan, t->phon, m >= 2 ? m : 0, &plan->tok_phon_idx[i], &u[0]);
			m = merged_phon(q, i);
			plan_phon_keys(plan, t->mphon, m >= 2 ? m : 0, &plan->tok_mphon_idx[i], &u[1]);
			m = stem_phon(t);
			plan_phon_keys(plan, t->sphon, m >= 2 ? m : 0, &plan->tok_sphon_idx[i], &u[2]);
			for (j = 0; j < SN_READINGS; j++)
			{
				m = other_phon(t, j);
				plan_phon_keys(plan, t->zphon[j], m,
							   &plan->tok_zphon_idx[SN_READINGS * i + j], &u[3 + j]);
			}
		}
		for (j = 0; j < 2; j++)
			plan->tok_var_idx[2 * i + j] = (!t->number && t->variant[j]) ?
				sn_plan_key_search(plan, KEY_VARIANT(t->variant[j])) : -1;
		/*
		 * the anchor keys (see anchored), listed once for sn_bound: of a
		 * word that anchors nothing by itself, only those of it written
		 * together with the next word or two
		 */
		if (plan->has_anchor && !t->number && merged3_phon(q, i) >= 2)
		{
			int			a3,
						a3u;

			plan_phon_keys(plan, t->m3phon, t->m3phonlen, &a3, &a3u);
			if (a3 >= 0)
				plan->anchor_idx[plan->nanchors++] = a3;
			if (a3u >= 0)
				plan->anchor_idx[plan->nanchors++] = a3u;
		}
		if (plan->has_anchor && !t->number && !anchor_word(t))
		{
			int			a[2] = {plan->tok_mphon_idx[i],
				plan->tok_phonu_idx[(3 + SN_READINGS) * i + 1]};

			for (j = 0; j < 2; j++)
				if (a[j] >= 0)
					plan->anchor_idx[plan->nanchors++] = a[j];
		}
		else if (plan->has_anchor)
		{
			int			a[6] = {plan->tok_phon_idx[i], plan->tok_mphon_idx[i],
				plan->tok_sphon_idx[i], plan->tok_num_idx[i],
				plan->tok_var_idx[2 * i], plan->tok_var_idx[2 * i + 1]};

			for (j = 0; j < 6; j++)
				if (a[j] >= 0)
					plan->anchor_idx[plan->nanchors++] = a[j];
			for (j = 0; j < SN_READINGS; j++)
				if (plan->tok_zphon_idx[SN_READINGS * i + j] >= 0)
					plan->anchor_idx[plan->nanchors++] = plan->tok_zphon_idx[SN_READINGS * i + j];
			for (j = 0; j < 3 + SN_READINGS; j++)
				if (plan->tok_phonu_idx[(3 + SN_READINGS) * i + j] >= 0)
					plan->anchor_idx[plan->nanchors++] = plan->tok_phonu_idx[(3 + SN_READINGS) * i + j];
		}
		/* the grams of each stem a declension ending leaves (see declined) */
		for (j = 1; j <= 2; j++)
		{
			int			m = t->number ? 0 : stem_length(t->s, t->len, j),
						g;

			plan->tok_stem_off[2 * i + j - 1] = nstem;
			if (m > 0)
			{
				uint16_t	grams[SN_MAX_TOKEN_LEN + 1];
				int			ng = make_grams(t->s, m, grams, &seen);

				/*
				 * A stem ending in a j after a vowel may stand for a y or i
				 * (see declined): its last two grams, the j's, need not be
				 * there.
				 */
				if (vowel_j(t->s, m))
					ng -= 2;
				for (g = 0; g < ng; g++)
					plan->tok_stem_idx[nstem++] = sn_plan_key_search(plan, KEY_GRAM(grams[g]));
			}
		}
	}
	plan->tok_stem_off[2 * n] = nstem;
	plan->tok_acr_off[n] = acr_total;
	plan->tok_gram_off[n] = total;
	if (q->acronym >= 0)
	{
		const sn_ptoken *t = &q->tok[q->acronym];

		plan->acr_idx = sn_alloc(sizeof(int) * (t->len + 1));
		plan->acr_pair_idx = sn_alloc(sizeof(int) * (t->len + 1));
		for (j = 0; j < t->len; j++)
		{
			plan->acr_idx[j] = sn_plan_key_search(plan, KEY_GRAM(GRAM(0, gram_char(t->s[j]))));
			plan->acr_pair_idx[j] = j == 0 ? -1 :
				sn_plan_key_search(plan, KEY_GRAM(GRAM(gram_char(t->s[j - 1]), gram_char(t->s[j]))));
		}
	}

	/* the typo bound of each token for every count of its bigrams present */
	plan->tok_edit_off = sn_alloc(sizeof(int) * (n + 1));
	{
		int			size = 0;

		for (i = 0; i < n; i++)
			size += q->tok[i].len + 2;
		plan->tok_edit_ub = sn_alloc(sizeof(double) * (size + 1));
		size = 0;
		for (i = 0; i < n; i++)
		{
			int			f;

			plan->tok_edit_off[i] = size;
			for (f = 0; f <= q->tok[i].len + 1; f++)
				plan->tok_edit_ub[size + f] = edit_sim_ub(q->tok[i].len, q->tok[i].len + 1, f);
			size += q->tok[i].len + 2;
		}
		plan->tok_edit_off[n] = size;
	}
	plan->mrg_gram_off[n] = mtotal;
	plan->tri_gram_off[n] = ttotal;

	plan->scratch = sn_alloc(sizeof(double) * (2 * n + 1));
	plan_gram_slots(plan);
	none = sn_alloc(sizeof(bool) * (k + 1));
	memset(none, 0, sizeof(bool) * (k + 1));
	plan->ub_none = sn_bound(plan, none);
	sn_free(none);
}

/*
 * The memo of sn_bound_memo: an open-addressing table of the patterns of
 * keys present (a bit a key, plus a bit that marks the slot used) and
 * their bounds, emptied when half full.  The bound is a function of the
 * plan and the pattern alone, so a remembered one is the one sn_bound
 * would compute.
 */
#define MEMO_BITS	13
#define MEMO_SLOTS	(1 << MEMO_BITS)
#define MEMO_MAX_KEYS 63		/* bit 63 marks a used slot */
#define MEMO_USED	(UINT64_C(1) << 63)

struct sn_bound_memo
{
	int			used;
	uint64_t	pattern[MEMO_SLOTS];
	double		bound[MEMO_SLOTS];
};

void
sn_bound_memo_init(sn_bound_plan *plan)
{
	if (plan->memo != NULL || plan->nkeys > MEMO_MAX_KEYS)
		return;
	plan->memo = sn_alloc(sizeof(struct sn_bound_memo));
	memset(plan->memo, 0, sizeof(struct sn_bound_memo));
}

/*
 * present[0 .. n) as bits, eight flags at a time: each byte made 0 or 1
 * (a caller's flags may be any non-zero byte, as GIN's are), then the
 * eight gathered into the top byte by one multiplication.
 */
static inline uint64_t
present_bits(const bool *present, int n)
{
	const uint64_t low7 = UINT64_C(0x7F7F7F7F7F7F7F7F);
	uint64_t	bits = 0;
	int			i;

	for (i = 0; i + 8 <= n; i += 8)
	{
		uint64_t	x;

		memcpy(&x, present + i, 8);
		x = ((((x & low7) + low7) | x) >> 7) & UINT64_C(0x0101010101010101);
		bits |= ((x * UINT64_C(0x0102040810204080)) >> 56) << i;
	}
	for (; i < n; i++)
		bits |= (uint64_t) (present[i] != 0) << i;
	return bits;
}

/* a pattern's first slot (Fibonacci hashing) */
static inline uint32_t
memo_slot(uint64_t key)
{
	return (uint32_t) ((key * UINT64_C(0x9E3779B97F4A7C15)) >> (64 - MEMO_BITS));
}

double
sn_bound_memo(const sn_bound_plan *plan, const bool *present)
{
	struct sn_bound_memo *m = plan->memo;
	uint64_t	key;
	uint32_t	slot;
	double		ub;

	if (m == NULL)
		return sn_bound(plan, present);
	key = present_bits(present, plan->nkeys) | MEMO_USED;
	slot = memo_slot(key);
	while (m->pattern[slot] != 0)
	{
		if (m->pattern[slot] == key)
			return m->bound[slot];
		slot = (slot + 1) & (MEMO_SLOTS - 1);
	}
	ub = sn_bound(plan, present);
	if (m->used >= MEMO_SLOTS / 2)
	{
		memset(m->pattern, 0, sizeof(m->pattern));
		m->used = 0;
		slot = memo_slot(key);
	}
	m->pattern[slot] = key;
	m->bound[slot] = ub;
	m->used++;
	return ub;
}

void
sn_bound_plan_free(sn_bound_plan *plan)
{
	int			s;

	for (s = 0; s < plan->nsub; s++)
	{
		sn_bound_plan_free(&plan->sub[s]);
		sn_free(plan->sub_map[s]);
	}
	sn_free(plan->memo);
	sn_free(plan->sub);			/* (NULL when the query has one reading) */
	sn_free(plan->sub_map);
	sn_free(plan->sub_present);
	sn_free(plan->keys);
	sn_free(plan->tok_gram_idx);
	sn_free(plan->tok_gram_mult);
	sn_free(plan->tok_gram_off);
	sn_free(plan->mrg_gram_idx);
	sn_free(plan->mrg_gram_off);
	sn_free(plan->tri_gram_idx);
	sn_free(plan->tri_gram_off);
	sn_free(plan->tok_phon_idx);
	sn_free(plan->tok_init_idx);
	sn_free(plan->tok_start_idx);
	sn_free(plan->tok_num_idx);
	sn_free(plan->tok_mphon_idx);
	sn_free(plan->tok_sphon_idx);
	sn_free(plan->tok_zphon_idx);
	sn_free(plan->tok_phonu_idx);
	sn_free(plan->acr_idx);		/* (NULL when the query has no acronym) */
	sn_free(plan->acr_pair_idx);
	sn_free(plan->anchor_idx);
	sn_free(plan->tok_var_idx);
	sn_free(plan->tok_stem_off);
	sn_free(plan->tok_stem_idx);
	sn_free(plan->tok_acr_off);
	sn_free(plan->tok_acr_idx);
	sn_free(plan->tok_edit_off);
	sn_free(plan->tok_edit_ub);
	sn_free(plan->scratch);
	sn_free(plan->gram_slot);
	memset(plan, 0, sizeof(*plan));
}

/* Most that Dice can be for a string with n distinct grams, f present. */
static inline double
dice_ub(int n, int f)
{
	return (n + f) > 0 ? 2.0 * f / (double) (n + f) : 0.0;
}

/* Is key index idx (-1: a key the query does not ask for) among the row's? */
static inline bool
key_in(const bool *present, int idx)
{
	return idx >= 0 && present[idx];
}

/* ... or may it be, as a key the query has no index of (-1) may */
static inline bool
maybe_in(const bool *present, int idx)
{
	return idx < 0 || present[idx];
}

/*
 * The typo rule keeps a short word's first consonant (see edit_sim): a
 * query token i of up to four letters that begins with a consonant meets a
 * row word that begins with another letter only when that letter is an
 * edit at its start, the one edit a word of up to five letters is allowed
 * (a substitution, insertion or deletion there, or the first two letters
 * swapped, which leave every bigram of the token from its fourth on), or,
 * four letters against six, one of two insertions (the other destroys one
 * more bigram at most).  When no row word begins with that consonant (its
 * start bigram is missing), the typo bound stands only if the row has
 * those bigrams.  (A token with a bigram twice is left alone: its distinct
 * bigrams are not in the order of its letters.)
 */
static bool
typo_start_allows(const sn_bound_plan *plan, const sn_ptoken *t, int i, const bool *present)
{
	int			off = plan->tok_gram_off[i],
				n = plan->tok_gram_off[i + 1] - off,
				j,
				missing = 0,
				missing_tail = 0;

#if ED_PER_EDIT != 3 || ED_FIRST_LETTER < 6 || ED_MAX < 2
	return true;				/* what follows holds for these values */
#endif
	if (t->len > 4 || t->ngrams != t->len + 1 || sn_is_vowel_y(t->s[0]) ||
		maybe_in(present, plan->tok_gram_idx[off]))
		return true;
	for (j = 1; j < n; j++)
		if (!maybe_in(present, plan->tok_gram_idx[off + j]))
		{
			missing++;
			if (j >= 3)
				missing_tail++;
		}
	return missing_tail == 0 || (t->len == 4 && missing <= 1);
}

/*
 * Can the row's words spell t, the query's acronym, as acronym_spells
 * asks: t cut into more than one piece of up to ACRONYM_PREFIX letters,
 * each the beginning of a word?  The row then has each piece's start
 * bigram (_x) and the bigrams inside it.  (Which words they are, and
 * whether they follow one another, the keys do not tell.)  A one-word
 * query of eight letters thus needs eight word starts of the row, or a
 * piece of a company word; checking its first two only, as before, let
 * most rows through.
 */
static bool
acronym_pieces(const sn_bound_plan *plan, const sn_ptoken *t, const bool *present)
{
	bool		reach[ACRONYM_MAX + 1];
	int			p,
				c;

	if (t->len > ACRONYM_MAX)
		return true;			/* (acronym_token rules such a token out) */
	memset(reach, 0, sizeof(reach));
	reach[0] = true;
	for (p = 0; p < t->len; p++)
	{
		if (!reach[p] || !maybe_in(present, plan->acr_idx[p]))
			continue;
		for (c = 1; c <= ACRONYM_PREFIX && p + c <= t->len; c++)
		{
			if (c > 1 && !maybe_in(present, plan->acr_pair_idx[p + c - 1]))
				break;
			if (p == 0 && c == t->len)
				break;			/* one word's beginning is no acronym */
			reach[p + c] = true;
		}
	}
	return reach[t->len];
}

int
sn_keys_encoded_size(const uint32_t *keys, int nk)
{
	uint32_t	prev = 0;
	int			i,
				size = 0;

	for (i = 0; i < nk; i++)
	{
		uint32_t	d = keys[i] - prev;

		do
		{
			size++;
			d >>= 7;
		} while (d != 0);
		prev = keys[i];
	}
	return size;
}

int
sn_keys_encode(const uint32_t *keys, int nk, uint8_t *out)
{
	uint8_t    *p = out;
	uint32_t	prev = 0;
	int			i;

	for (i = 0; i < nk; i++)
	{
		uint32_t	d = keys[i] - prev;

		while (d >= 0x80)
		{
			*p++ = (uint8_t) (d | 0x80);
			d >>= 7;
		}
		*p++ = (uint8_t) d;
		prev = keys[i];
	}
	return (int) (p - out);
}

/*
 * A lookup per row key (a table for bigrams, most of them), not a merge of
 * the two sorted lists, whose branches mispredict; the row's keys above
 * the plan's last are not read.
 */
void
sn_plan_mark_keys(const sn_bound_plan *plan, const uint32_t *keys, int nk, bool *present)
{
	uint32_t	last = plan->nkeys > 0 ? plan->keys[plan->nkeys - 1] : 0;
	int			j;

	memset(present, 0, sizeof(bool) * plan->nkeys);
	for (j = 0; j < nk && keys[j] <= last; j++)
	{
		int			i = sn_plan_key_index(plan, keys[j]);

		if (i >= 0)
			present[i] = true;
	}
}

/*
 * The same, reading the keys from their encoding as they are decoded: a
 * GiST scan does this for every leaf entry, so the common case is kept
 * short.  Most keys are bigrams a little above the one before, one byte of
 * delta each, and a bigram's mark is a store whether or not the query has
 * it (one the query lacks marks present[nkeys], which the callers allocate
 * and nothing reads), without a branch that mispredicts.  The keys are
 * decoded here rather than by sn_keys_next, which measured about 5 ns
 * slower a leaf (of 55) on the index benchmark's 100,000 names.
 */
void
sn_plan_mark_encoded(const sn_bound_plan *plan, const uint8_t *p, const uint8_t *end,
					 bool *present)
{
	const int16_t *slot = plan->gram_slot;
	int			nk = plan->nkeys;
	uint32_t	key = 0,
				last = nk > 0 ? plan->keys[nk - 1] : 0;

	memset(present, 0, sizeof(bool) * nk);
	while (p < end)
	{
		uint32_t	d = *p++;

		if (d >= 0x80)
		{
			int			shift = 7;

			d &= 0x7F;
			while (p < end)
			{
				uint32_t	b = *p++;

				if (shift < 32)
					d |= (b & 0x7F) << shift;
				shift += 7;
				if (b < 0x80)
					break;
			}
		}
		key += d;
		if (key < SN_GRAM_CODES)
		{
			int			i = slot[key] - 1;

			present[i < 0 ? nk : i] = true;
		}
		else if (key > last)
			break;
		else
		{
			int			i = sn_plan_key_index(plan, key);

			if (i >= 0)
				present[i] = true;
		}
	}
}

double
sn_bound_name(const sn_bound_plan *plan, const sn_name *c)
{
	uint32_t   *keys = sn_alloc(sizeof(uint32_t) * sn_name_max_keys(c));
	bool	   *present = sn_alloc(sizeof(bool) * (plan->nkeys + 1));
	int			nk = sn_name_keys(c, keys);
	double		ub;

	sn_plan_mark_keys(plan, keys, nk, present);
	ub = sn_bound(plan, present);
	sn_free(present);
	sn_free(keys);
	return ub;
}

/* The largest bound of the readings of a query that has several */
static double
bound_readings(const sn_bound_plan *plan, const bool *present, bool quick)
{
	double		ub = 0;
	int			s,
				j;

	for (s = 0; s < plan->nsub; s++)
	{
		const sn_bound_plan *sub = &plan->sub[s];
		double		b;

		for (j = 0; j < sub->nkeys; j++)
			plan->sub_present[j] = present[plan->sub_map[s][j]];
		b = quick ? sn_bound_quick(sub, plan->sub_present) : sn_bound(sub, plan->sub_present);
		if (b > ub)
			ub = b;
	}
	return ub;
}

/*
 * A row with none of the query's anchor keys is held to the anchor rule
 * (see the end of sn_bound): its bound is at most (1 - EPS_RANK) *
 * NO_ANCHOR_JOINED + EPS_RANK (the larger factor: whether the row has room
 * for a merge or an acronym takes the bound to tell), as query_side and
 * the overlap are at most 1.  A
 * scan that only asks whether the bound reaches a threshold above that
 * rules such a row out without the bound.  Any other row gets 2 here,
 * above every bound (which rounding can take a hair above 1); the cap
 * carries a margin for the same rounding.
 */
double
sn_bound_quick(const sn_bound_plan *plan, const bool *present)
{
	int			j;

	if (plan->nsub > 0)
		return bound_readings(plan, present, true);
	if (!plan->has_anchor)
		return 2.0;
	for (j = 0; j < plan->nanchors; j++)
		if (present[plan->anchor_idx[j]])
			return 2.0;
	return (1.0 - EPS_RANK) * (NO_ANCHOR_JOINED > NO_ANCHOR ? NO_ANCHOR_JOINED : NO_ANCHOR) +
		EPS_RANK + 1e-9;
}

double
sn_bound(const sn_bound_plan *plan, const bool *present)
{
	const sn_name *q = plan->q;
	int			n = q->ntok,
				i,
				j;
	double	   *ub;
	double		result;
	double		ov = 0;			/* bound of the weighted spelling overlap */
	double	   *ovtok;			/* each token's part of it */
	bool		joined = false; /* may words written together or an acronym match */
	/* any patronymic may be left out, as far as the query tells */
	int			omission = q->organization ? OMIT_NONE : OMIT_ANY;

	if (plan->nsub > 0)
		return bound_readings(plan, present, false);
	if (n == 0)
		return 0.0;
	/* scratch space of the plan: this runs once per index entry examined */
	ub = plan->scratch;
	ovtok = plan->scratch + n;
	for (i = 0; i < n; i++)
		ub[i] = 0.0;
	for (i = 0; i < n; i++)
	{
		const sn_ptoken *t = &q->tok[i];
		const int  *u = plan->tok_phonu_idx + (3 + SN_READINGS) * i;
		double		raw;
		int			f = 0;
		bool		spelling;

		if (t->number)
		{
			/* numbers match only an equal token, which has this key */
			int			idx = plan->tok_num_idx[i];

			raw = (idx >= 0 && present[idx]) ? 1.0 : 0.0;
			ov += t->weight * raw;
			ovtok[i] = raw;
		}
		else
		{
			int			f_ms = 0;

			for (j = plan->tok_gram_off[i]; j < plan->tok_gram_off[i + 1]; j++)
				if (plan->tok_gram_idx[j] >= 0 && present[plan->tok_gram_idx[j]])
				{
					f++;
					f_ms += plan->tok_gram_mult[j];
				}
			ovtok[i] = dice_ub(t->ngrams, f);
			ov += t->weight * ovtok[i];
			raw = shape(ovtok[i]);
			if (plan->tok_edit_ub[plan->tok_edit_off[i] + f_ms] > raw &&
				typo_start_allows(plan, t, i, present))
				raw = plan->tok_edit_ub[plan->tok_edit_off[i] + f_ms];
			/*
			 * A phonetic key the row shares: the phonetic rule gives
			 * PHON_SIM, or CONSONANT_SIM to a vowelless token with the
			 * other's consonants, which the keys do not tell (the larger
			 * bounds both); the other readings PHON_SIM.  Against a row
			 * token written without vowels (its keys are KEY_PHON_U) the
			 * key is enough.  Against a spelled one, or the row's words
			 * written together, both rules and align ask some shared
			 * spelling too (Dice of at least PHON_LEAST_SPELLING; see
			 * tsim), unless this token is the one without vowels: at most
			 * dice_ub of the f bigrams present.
			 */
			spelling = t->unvocalised || ovtok[i] >= PHON_LEAST_SPELLING;
			if (key_in(present, u[0]) ||
				(spelling && key_in(present, plan->tok_phon_idx[i])))
			{
				if (raw < CONSONANT_SIM)
					raw = CONSONANT_SIM;
			}
			/*
			 * The key may be that of two row words written together,
			 * which the token meets by sound (see align): a match of words
			 * written together for the anchor rule.  (For a word that
			 * anchors, the key is an anchor and the rule does not apply;
			 * for al or Abd it does.)
			 */
			if (t->phonlen >= 3 && dice_ub(t->ngrams, f) >= MERGE_PHON_SPELLING &&
				(key_in(present, u[0]) || key_in(present, plan->tok_phon_idx[i])))
				joined = true;
			/* the other readings (see other_agrees) */
			for (j = 0; j < SN_READINGS; j++)
				if ((key_in(present, u[3 + j]) ||
					 (spelling && key_in(present, plan->tok_zphon_idx[SN_READINGS * i + j]))) &&
					raw < PHON_SIM)
					raw = PHON_SIM;
			/* a given name of one of its variant groups */
			for (j = 0; j < 2; j++)
				if (plan->tok_var_idx[2 * i + j] >= 0 &&
					present[plan->tok_var_idx[2 * i + j]] && raw < VARIANT_SIM)
					raw = VARIANT_SIM;
			/* an initial: any candidate token starting with its letter */
			if (t->initial && plan->tok_start_idx[i] >= 0 &&
				present[plan->tok_start_idx[i]] && raw < INIT_SIM)
				raw = INIT_SIM;
			/* a full token: a candidate initial of its first letter */
			if (plan->tok_init_idx[i] >= 0 && present[plan->tok_init_idx[i]] &&
				raw < initial_credit(t))
				raw = initial_credit(t);
			/*
			 * A declension ending (see declined): the token is the stem of
			 * a candidate token, which has every gram of it but the last,
			 * or a stem of the token is a candidate token, whose grams are
			 * all among the keys.
			 */
			if (t->len >= TRUNC_MIN)
			{
				/* make_grams lists the last (padded) gram last */
				int			end = plan->tok_gram_idx[plan->tok_gram_off[i + 1] - 1];
				bool		stem = f - (end >= 0 && present[end]) == t->ngrams - 1;

				/*
				 * A final y or i after a vowel that the candidate writes j
				 * (Sergey, Sergejs) lacks the token's last two grams at
				 * most.  (Conservative: two others missing pass too.)
				 */
				if (raw < ENDING_SIM && t->len >= 4 &&
					(stem || (f >= t->ngrams - 2 && vowel_short_i(t->s, t->len))))
					raw = ENDING_SIM;
				/*
				 * A word of a company's name cut short, or the last word of
				 * a query a field's end cut (see truncated): the candidate's
				 * word has every gram of it but the last, as a stem's, of
				 * three letters too.
				 */
				if (raw < TRUNC_SIM && stem && (plan->company || i == q->cut_tok))
					raw = TRUNC_SIM;
			}
			for (j = 0; j < 2 && raw < ENDING_SIM; j++)
			{
				int			x = plan->tok_stem_off[2 * i + j],
							end = plan->tok_stem_off[2 * i + j + 1];

				if (x == end)
					continue;
				/* (every stem gram is a key; one that were not could be there) */
				while (x < end && (plan->tok_stem_idx[x] < 0 || present[plan->tok_stem_idx[x]]))
					x++;
				if (x == end)
					raw = ENDING_SIM;
			}
		}
		/* an acronym: a row that can begin words with all its letters */
		if (i == q->acronym && acronym_pieces(plan, t, present))
		{
			joined = true;
			if (raw < ACRONYM_SIM)
				raw = ACRONYM_SIM;
		}
		if (raw > ub[i])
			ub[i] = raw;
		/* against two candidate tokens written together: f of its grams */
		if (!t->number && t->ngrams > 0)
		{
			double		m = merge_shape(f / (double) t->ngrams);

			if (m > 0)
				joined = true;
			if (m > ub[i])
				ub[i] = m;
		}
		/* written together with the next token, against a candidate token */
		if (t->nmgrams > 0)
		{
			double		m;

			f = 0;
			for (j = plan->mrg_gram_off[i]; j < plan->mrg_gram_off[i + 1]; j++)
				if (plan->mrg_gram_idx[j] >= 0 && present[plan->mrg_gram_idx[j]])
					f++;
			m = merge_shape(f / (double) t->nmgrams);
			/*
			 * the phonetic rule asks for half the spelling too, but of a
			 * word without vowels and Allah, or of two words read from
			 * Arabic script without vowels (see align)
			 */
			if ((key_in(present, plan->tok_mphon_idx[i]) || key_in(present, u[1])) &&
				m < PHON_SIM &&
				(allah_compound(q, i) || abjad_pair(q, i) ||
				 dice_ub(t->nmgrams, f) >= MERGE_PHON_SPELLING))
				m = PHON_SIM;
			if (m > 0)
				joined = true;
			if (m > ub[i])
				ub[i] = m;
			if (m > ub[i + 1])
				ub[i + 1] = m;
		}
		/* ... and with the next two (a gram that is no key counts as there) */
		if (t->nm3grams > 0)
		{
			double		m;

			f = 0;
			for (j = plan->tri_gram_off[i]; j < plan->tri_gram_off[i + 1]; j++)
				if (plan->tri_gram_idx[j] < 0 || present[plan->tri_gram_idx[j]])
					f++;
			m = merge_shape(f / (double) t->nm3grams);
			if (m > 0)
				joined = true;
			for (j = 0; j < 3; j++)
				if (m > ub[i + j])
					ub[i + j] = m;
		}
	}
	/*
	 * The row may be an acronym of the query's words from token j on (see
	 * align_acronym): it has a key of those that j starts.  Each later
	 * token may be among the words spelled.
	 */
	for (j = 0; j < n; j++)
	{
		int			a;

		for (a = plan->tok_acr_off[j]; a < plan->tok_acr_off[j + 1]; a++)
			if (plan->tok_acr_idx[a] >= 0 && present[plan->tok_acr_idx[a]])
				break;
		if (a < plan->tok_acr_off[j + 1])
		{
			joined = true;
			for (i = j; i < n; i++)
				if (ub[i] < ACRONYM_SIM)
					ub[i] = ACRONYM_SIM;
			break;
		}
	}
	/* the overlap term counts each token's best at least (see sn_score) */
	for (i = 0; i < n; i++)
		ov += q->tok[i].weight * (ub[i] > ovtok[i] ? ub[i] - ovtok[i] : 0.0);
	/*
	 * The anchor rule (see anchored): when the row has none of the query's
	 * anchor keys, no word of it sounds like a word of the query.  This
	 * caps the bound at (1 - EPS_RANK) * NO_ANCHOR + EPS_RANK (0.49), or
	 * with NO_ANCHOR_JOINED (0.66) when its keys leave room for words
	 * written together or an acronym (joined, above): below the default
	 * threshold and a review queue's alike, so a GIN scan at either needs
	 * only the anchor keys, which are rare, and not the bigrams, which are
	 * not; and a KNN scan rechecks fewer rows, since the tenth-best score of
	 * most queries is above 0.49.
	 */
	if (plan->has_anchor)
	{
		for (j = 0; j < plan->nanchors; j++)
			if (present[plan->anchor_idx[j]])
				break;
		if (j == plan->nanchors)
			return (1.0 - EPS_RANK) * (joined ? NO_ANCHOR_JOINED : NO_ANCHOR) *
				query_side(q, ub, NULL, false, omission) + EPS_RANK * ov / q->total_weight;
	}
	result = (1.0 - EPS_RANK) * query_side(q, ub, NULL, false, omission) +
		EPS_RANK * ov / q->total_weight;
	return result;
}
