/*
 * score.h
 *		The name-aware similarity score, its explanation and its index bound.
 *
 * One code path: sn_score() serves similarity(), the % and <-> operators,
 * explain() and the index recheck; sn_bound() gives the upper bound that
 * the GIN and GiST support functions compute from index keys.  Both read
 * the same prepared names (sn_name) and the same parameters, so a bound can
 * never disagree with the score it bounds.
 */
#ifndef SN_SCORE_H
#define SN_SCORE_H

#include "sn_common.h"
#include "phonetic.h"

/* Names are scored on at most this many tokens, each of at most this many
 * characters; the rest is ignored (by the score and the index alike). */
#define SN_MAX_TOKENS		128
#define SN_MAX_TOKEN_LEN	64

typedef struct sn_ptoken
{
	const char *s;				/* into sn_name.text, not NUL-terminated */
	int			len;
	bool		number;			/* has a digit: compared exactly */
	bool		initial;		/* a single letter */
	bool		initialism;		/* a run of single letters written together (C.B.A.) */
	uint8_t		cls;			/* sn_token_class */
	float		weight;
	char		phon[16];		/* phonetic key, NUL-terminated, once computed */
	int			phonlen;		/* -1 until computed (see tok_phon) */
	uint16_t   *grams;			/* distinct padded bigram codes */
	int			ngrams;
	uint16_t   *mgrams;			/* grams of this token joined to the next */
	int			nmgrams;		/* 0 when there is no mergeable next token */
	uint16_t   *m3grams;		/* grams of this token and the next two joined */
	int			nm3grams;		/* -1 until made (tri_grams), 0 when not mergeable */
	char		mphon[16];		/* phonetic key of this token and the next */
	int			mphonlen;		/* -1 until computed */
	char		m3phon[16];		/* phonetic key of this token and the next two
								 * (asked of a query's tokens only) */
	int			m3phonlen;		/* -1 until computed */
	char		sphon[16];		/* phonetic key of the stem a declension ending leaves */
	int			sphonlen;		/* -1 until computed, 0 when there is none */
	char		zphon[SN_READINGS][16]; /* phonetic keys of its other readings
										 * (th as s, ch as sh; German ch as kh, ...) */
	int			zphonlen[SN_READINGS];	/* -1 until computed, 0 when there is none */
	uint8_t		lineage;		/* SN_LINEAGE_* bits: next to bin, ibn, ... */
	bool		vowelless;		/* spelled as Arabic script comes out (mhmd, hsn) */
	bool		unvocalised;	/* ... with no vowel letter but w, y after an
								 * initial a at most (mhmd, hsyn; not hasan) */
	bool		diphthong;		/* has the w of a diphthong aw, ow, which its
								 * other reading 0 reads as a vowel (Fawzi) */
	uint16_t	variant[2];		/* given-name variant groups (Ted: Theodore, Edward),
								 * or a patronymic's (SN_PATRONYMIC_GROUP) */
	bool		place;			/* a country's name (weighs W_PLACE in a company's) */
	bool		organisation;	/* names a kind of organisation (sn_organisation_words) */
	bool		patronymic;		/* ends as an East Slavic patronymic (-ovich, -ovna) */
	bool		hangul_loan;	/* of a query's reading of Hangul as foreign
								 * names (loan_words) */
	bool		arabic_script;	/* of a query written in Arabic script, whose
								 * a is a letter of it, an alif or an ayn */
	bool		abjad;			/* of a name written as an abjad comes out:
								 * a query in Arabic or Hebrew letters, or a
								 * name with two words without vowels */
	int8_t		kvowel;			/* the Korean vowel sounds it may write as one
								 * syllable (sn_korean_vowel_sounds): 0 when
								 * none, -1 until computed */
} sn_ptoken;

#define SN_LINEAGE_BEFORE	1	/* followed by a lineage particle */
#define SN_LINEAGE_AFTER	2	/* preceded by one */

#define SN_KOREAN_FIRST	1
#define SN_KOREAN_LAST	2

/* Kinds of name that the score treats apart (sn_name.script) */
#define SN_SCRIPT_OTHER	0
#define SN_SCRIPT_HAN	1		/* every token a Mandarin syllable */
#define SN_SCRIPT_KOREAN 2		/* a Korean name in some romanisation */

typedef struct sn_name
{
	char	   *text;			/* canonical form, NUL-terminated */
	size_t		len;
	int			ntok;
	sn_ptoken  *tok;
	bool		has_number;
	bool		organization;	/* has a legal-form token */
	int			cut_tok;		/* a query that may have filled a field of fixed
								 * length: its word that may be cut short (the
								 * last as written), or -1 */
	uint8_t		script;			/* SN_SCRIPT_*, from the canonical tokens */
	bool		other_script;	/* a query written in letters other than
								 * Latin ones (and so are its readings) */
	uint8_t		korean_ends;	/* SN_KOREAN_FIRST, _LAST: which end token is a
								 * Korean surname (the tokens' lookup) */
	int			acronym;		/* the token that may be an acronym, or -1 */
	bool		acronym_words;	/* ... the first of an organisation's words
								 * (acronym_token): read in a query only */
	double		total_weight;
	uint16_t   *pool;			/* every token's grams, allocated after tok */
	char	   *ttext;			/* token text (runs of initials joined) */

	/*
	 * Another reading of the same query, or NULL: a query in Han letters is
	 * also read in Korean (hanja.h) or Japanese (japanese.h) when it has the
	 * shape of such a name.  The score is the best over the readings, and
	 * so is the index bound (sn_bound_plan.sub).
	 */
	struct sn_name *reading;
	uint8_t		reading_kind;	/* SN_READING_*: which reading this is */
} sn_name;

#define SN_READING_WRITTEN	0	/* as the normaliser reads the name */
#define SN_READING_KOREAN	1	/* Han letters read in Korean (North: Ri) */
#define SN_READING_KOREAN_S	2	/* ... with the initial-sound rule (South: Lee) */
#define SN_READING_JAPANESE	3	/* kanji read as a Japanese name (Yamada Taro) */
#define SN_READING_SOMALI	4	/* Somali orthography: x as h, c as ayn (Xasan) */
#define SN_READING_INITIALS	5	/* two consonants as two initials (JC Juncker) */
#define SN_READING_WADEGILES 6	/* Wade-Giles read as pinyin (Mao Tse-tung) */
#define SN_READING_KOREAN_NORTH 7	/* a Korean name as North Korea spells it */
#define SN_READING_KOREAN_MR 8	/* ... as McCune-Reischauer does (Kim Chong Il) */
#define SN_READING_WADEGILES_ASP 9	/* ... its unmarked stops aspirated (Tsai: cai) */
#define SN_READING_GREEK	10	/* Greek letters as foreign names: ντ as d (Ντμίτρι) */
#define SN_READING_GREEK_NASAL 11	/* ... and as nd after a vowel (Αλεξάντρ) */
#define SN_READING_ALIF_MAQSURA 12	/* Arabic ى as the a it mostly is (يحيى) */
#define SN_READING_PERSIAN 13	/* ض ذ ظ ث as Persian says them (رضا), compounds apart */
#define SN_READING_HANGUL_LOAN 14	/* Hangul as foreign names: 푸틴, putin */
#define SN_READING_HANGUL_LOAN_F 15	/* ... with a final 프 as f (라브로프, rabrof) */
#define SN_READING_KATAKANA_LOAN 16	/* katakana as foreign names: トランプ, tramp */
#define SN_READING_KATAKANA_LOAN_T 17	/* ... with チ and ジ as ti and di (プーチン) */
#define SN_READING_KATAKANA_LOAN_L 18	/* ... with r as l, but after a consonant */
#define SN_READING_KATAKANA_LOAN_LI 19	/* ... but a last r kept (アレクサンドル) */
#define SN_READING_HUNGARIAN 20	/* Hungarian spelling: gy, cs, sz (Vlagyimir) */
#define SN_READING_SERBOCROATIAN 21	/* Cyrillic as Serbo-Croatian Latin (Шешель) */
#define SN_READING_JAPANESE_CYRILLIC 22	/* Japanese in Cyrillic, in Hepburn (Такэси) */
#define SN_READING_CHINESE_CYRILLIC 23	/* Chinese in Cyrillic, in pinyin (Цзиньпин) */
#define SN_READING_KOREAN_CYRILLIC 24	/* Korean in Cyrillic, as the lists (Чен Ын) */
#define SN_READING_TURKISH_CYRILLIC 25	/* Turkish in Cyrillic, as Turkish (Реджеп) */
#define SN_READING_ENGLISH_CYRILLIC 26	/* the English w Russian writes у (Уолтер) */
#define SN_READING_ARABIC_G 27	/* Arabic ق and ج as g (القذافي, Gaddafi; جمال, Gamal) */
#define SN_READING_HEBREW_G 28	/* Hebrew ג׳ as g (ג'ורג', George) */
#define SN_READING_HAN_LOAN 29	/* Han as foreign names, 拉 尔 as ra, r: 贝拉克, berak */
#define SN_READING_HAN_LOAN_L 30	/* ... as la, l (拉登, laden) */
#define SN_READING_HAN_LOAN_M 31	/* ... as la, r (拉夫罗夫, lafrof) */
#define SN_READING_HAN_LOAN_RD 32	/* ... as ra, r, 基 京 杰 乔 as di tin de cho */
#define SN_READING_HAN_LOAN_LD 33	/* ... as la, l, and so */
#define SN_READING_HAN_LOAN_MD 34	/* ... as la, r, and so (弗拉基米尔, fladimir) */
#define SN_READING_LAST SN_READING_HAN_LOAN_MD	/* the readings are 1 to this */

/*
 * Build now what the core otherwise builds once per process on first need:
 * the word tables, the table of common phonetic keys and every ICU
 * transliterator (sn_normalize_open_all), about 90 ms in all.  A process
 * that forks workers calls it before forking, so that no worker pays it on
 * its first names.  Returns SN_OK or the error of a transliterator, which
 * is tried again on first need.
 */
extern sn_status sn_core_load(sn_error *err);

/*
 * Normalise and prepare a name (any UTF-8 text).  sn_name_prepare gives the
 * name as the normaliser reads it: a candidate (a list name, an index row),
 * which scores as its canonical form does, so that a stored canonical
 * column serves as well as the name.  sn_query_prepare adds the other
 * readings of a query (sn_name.reading), which the score and the index
 * bound try in turn.
 */
extern sn_status sn_name_prepare(const char *utf8, size_t len, sn_name *out,
								 sn_error *err);
extern sn_status sn_query_prepare(const char *utf8, size_t len, sn_name *out,
								  sn_error *err);
extern void sn_name_free(sn_name *n);

/* Token weight: how much sharing this token is evidence of a match. */
extern float sn_token_weight(const char *tok, size_t len);

/*
 * The score in [0, 1] of candidate c for query q: the best over the
 * query's readings.  When explain is not NULL, a JSON object describing
 * the alignment of the best reading is appended to it.
 */
extern double sn_score(const sn_name *q, const sn_name *c, sn_buf *explain);

/* ------------------------------------------------------------------
 * Index keys and bounds
 * ------------------------------------------------------------------
 */

/*
 * Index keys of a name: padded bigram codes of every token and of every
 * junction between adjacent tokens, initial markers of single-letter
 * tokens, phonetic keys, given-name variant groups and whole number tokens.  Written to keys (distinct,
 * sorted); returns the count.  keys must hold sn_name_max_keys(n).
 */
extern int	sn_name_max_keys(const sn_name *n);
extern int	sn_name_keys(const sn_name *n, uint32_t *keys);

/*
 * A query prepared for bounding: its distinct keys, and for each token
 * which of them it needs.  sn_bound() returns an upper bound of sn_score()
 * over every candidate whose key set is within the keys marked present.
 */
/*
 * A bitmap of the plan's keys that are not bigrams, one bit each, which a
 * row key must find set before the binary search looks for it: most keys
 * of a GiST leaf (phonetic keys, variants, numbers) are none of the
 * query's, and the bit rules them out with one load.
 */
#define SN_KEY_FILTER_LOG	10
#define SN_KEY_FILTER_BITS	(1 << SN_KEY_FILTER_LOG)

static inline uint32_t
sn_key_filter_bit(uint32_t key)
{
	return (key * 0x9E3779B1u) >> (32 - SN_KEY_FILTER_LOG);
}

typedef struct sn_bound_plan
{
	const sn_name *q;
	int			nkeys;
	uint32_t   *keys;			/* distinct, sorted */
	int		   *tok_gram_idx;	/* per token: indexes of its grams in keys */
	int		   *tok_gram_off;	/* offsets into tok_gram_idx, ntok + 1 */
	int		   *tok_gram_mult;	/* how often each of those occurs */
	int		   *mrg_gram_idx;	/* per token: grams of token+next */
	int		   *mrg_gram_off;
	int		   *tri_gram_idx;	/* per token: grams of token+next+next */
	int		   *tri_gram_off;
	int		   *tok_phon_idx;	/* key index of the phonetic key, or -1 */
	int		   *tok_init_idx;	/* key index of the initial marker, or -1 */
	int		   *tok_start_idx;	/* key index of the start gram */
	int		   *tok_num_idx;	/* key index of a number token, or -1 */
	int		   *tok_mphon_idx;	/* phonetic key of token+next, or -1 */
	int		   *tok_sphon_idx;	/* phonetic key of its declension stem, or -1 */
	int		   *tok_zphon_idx;	/* per token, SN_READINGS: the keys of its other
								 * readings, or -1 */
	int		   *tok_phonu_idx;	/* per token, 3 + SN_READINGS: the same keys as a
								 * row token without vowels has its own
								 * (KEY_PHON_U): phonetic, merged, stem, other
								 * readings; or -1 */
	bool		has_anchor;		/* the query is held to the anchor rule */
	bool		company;		/* the query is a company's name: its words may be
								 * cut short (see truncated in score.c) */
	int			nanchors;
	int		   *anchor_idx;		/* key indexes of its anchors */
	int		   *tok_var_idx;	/* per token, two: its variant groups' keys, or -1 */
	int		   *tok_stem_off;	/* per token, two stems: offsets into the next */
	int		   *tok_stem_idx;	/* key indexes of a stem's grams (declension) */
	int		   *tok_edit_off;	/* per token: offset into tok_edit_ub */
	double	   *tok_edit_ub;	/* typo bound by count of bigrams present */
	int		   *acr_idx;		/* q->acronym: key index of a word start for each letter */
	int		   *acr_pair_idx;	/* ... and of the bigram of each letter and the one
								 * before it (-1 for the first) */
	int		   *tok_acr_off;	/* per token: offsets into the next */
	int		   *tok_acr_idx;	/* key indexes of a candidate acronym that words
								 * from the token on may spell (acronym_keys) */
	double		ub_none;		/* the bound when no key is present */
	double	   *scratch;		/* working space of sn_bound */
	int16_t	   *gram_slot;		/* per bigram code: 1 + its index in keys, or 0 */
	int			first_other;	/* index in keys of the first that is no bigram */
	uint64_t	other_filter[SN_KEY_FILTER_BITS / 64];	/* those keys' bits
														 * (sn_key_filter_bit) */

	/*
	 * A query with other readings (sn_name.reading): a plan for each, keys
	 * the union of theirs, and the bound the largest of theirs.  nsub is 0
	 * for a query with one reading, which the fields above serve.
	 */
	int			nsub;
	struct sn_bound_plan *sub;
	int		  **sub_map;		/* per reading: the index in keys of each of its keys */
	bool	   *sub_present;	/* working space: present, as a reading's plan sees it */

	struct sn_bound_memo *memo; /* bounds already computed: sn_bound_memo_init */
} sn_bound_plan;

/* Bigram keys are the codes 0 .. SN_GRAM_CODES - 1; every other key is larger. */
#define SN_GRAM_CODES	(37 * 37)

extern void sn_bound_plan_init(sn_bound_plan *plan, const sn_name *q);
extern void sn_bound_plan_free(sn_bound_plan *plan);

/*
 * A name's keys (sorted and distinct, as sn_name_keys gives them) written
 * compactly, as a GiST leaf stores them: each key's difference from the
 * one before (the first's from 0) in groups of seven bits, low bits first,
 * the high bit set on every byte but a key's last.  Most keys are bigram
 * codes a little above the one before, and take one byte.
 */
extern int	sn_keys_encoded_size(const uint32_t *keys, int nk);
extern int	sn_keys_encode(const uint32_t *keys, int nk, uint8_t *out);

/*
 * The next key of an encoding, from *p (before end), into *key, which
 * holds the key before it (0 at the start); false at the end.
 */
static inline bool
sn_keys_next(const uint8_t **p, const uint8_t *end, uint32_t *key)
{
	uint32_t	d = 0;
	int			shift = 0;

	if (*p >= end)
		return false;
	if (**p < 0x80)
	{
		*key += *(*p)++;
		return true;
	}

	while (*p < end)
	{
		uint8_t		b = *(*p)++;

		if (shift < 32)
			d |= (uint32_t) (b & 0x7F) << shift;
		shift += 7;
		if ((b & 0x80) == 0)
			break;
	}
	*key += d;
	return true;
}

/*
 * Marks in present (plan->nkeys, cleared first) the plan's keys among a
 * row's keys (sorted, as sn_name_keys gives them; sn_bound_name), or
 * among an encoding of them (a GiST leaf).  present has room for
 * plan->nkeys + 1: the last is scratch.
 */
extern void sn_plan_mark_keys(const sn_bound_plan *plan, const uint32_t *keys, int nk,
							  bool *present);
extern void sn_plan_mark_encoded(const sn_bound_plan *plan, const uint8_t *p,
								 const uint8_t *end, bool *present);

/* The index of key in plan->keys, or -1 (a binary search). */
extern int	sn_plan_key_search(const sn_bound_plan *plan, uint32_t key);

/*
 * The same, once the plan is built: a table lookup for a bigram, and for
 * another key its bit in other_filter first, then a binary search among
 * the keys that are no bigrams.
 */
extern int	sn_plan_other_search(const sn_bound_plan *plan, uint32_t key);

static inline int
sn_plan_key_index(const sn_bound_plan *plan, uint32_t key)
{
	uint32_t	b;

	if (key < SN_GRAM_CODES)
		return plan->gram_slot[key] - 1;
	b = sn_key_filter_bit(key);
	if (!((plan->other_filter[b >> 6] >> (b & 63)) & 1))
		return -1;
	return sn_plan_other_search(plan, key);
}

/* present[i] says whether plan->keys[i] may be present (true = maybe). */
extern double sn_bound(const sn_bound_plan *plan, const bool *present);

/*
 * sn_bound remembered by the keys present, for a scan that asks the bound
 * of many rows with one plan (a GiST scan asks it of every leaf entry it
 * reads): most rows share one of a few thousand patterns of the query's
 * keys.  sn_bound_memo_init gives the plan the memory (freed with it); a
 * plan without it, or with more keys than a pattern holds, computes.
 */
extern void sn_bound_memo_init(sn_bound_plan *plan);
extern double sn_bound_memo(const sn_bound_plan *plan, const bool *present);

/*
 * At least sn_bound(plan, present), and cheaper: for a scan that only asks
 * whether the bound reaches a threshold, which rules a row out when this
 * falls below it (see score.c).
 */
extern double sn_bound_quick(const sn_bound_plan *plan, const bool *present);

/*
 * The bound for candidate c from its own keys (sn_name_keys), exactly as an
 * index that stores them sees it: what the tests hold against sn_score.
 */
extern double sn_bound_name(const sn_bound_plan *plan, const sn_name *c);

/*
 * The signature bits of a key (a Bloom filter with two bits per key): a
 * key counts as present only when both are set, so that one common key
 * sharing a bit with a decisive one (a phonetic key, say) does not make
 * every row carrying the common key look like a match.
 */
static inline uint32_t
sn_mix32(uint32_t h)
{
	h ^= h >> 16;
	h *= 0x85EBCA6Bu;
	h ^= h >> 13;
	h *= 0xC2B2AE35u;
	h ^= h >> 16;
	return h;
}

static inline void
sn_key_bits(uint32_t key, uint32_t nbits, uint32_t *bit1, uint32_t *bit2)
{
	uint32_t	h = sn_mix32(key * 0x9E3779B1u + 0x7F4A7C15u);

	*bit1 = h % nbits;
	*bit2 = sn_mix32(h ^ 0x5BD1E995u) % nbits;
}

/*
 * The share of pairs of unrelated names whose score reaches threshold, as
 * measured on the development data (match_share.c): 1 at 0 and below,
 * falling with the threshold.  The planner's selectivity of % when it
 * cannot try the query on the column's statistics.
 */
extern double sn_match_share(double threshold);

/* Slack under which a bound is compared, covering float4 rounding. */
#define SN_BOUND_SLACK 1e-5

#endif							/* SN_SCORE_H */
