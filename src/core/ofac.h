/*
 * ofac.h
 *		The score of OFAC's Sanctions List Search, reproduced.
 *
 * sn_ofac_score() gives the 0-100 score that OFAC's public Sanctions List
 * Search shows for a typed name against one name on its lists, so that a
 * team that must show parity with OFAC's own tool can compute it in bulk.
 * README.md, "sanctions.ofac_score", describes the algorithm, the evidence
 * behind each step and the measured agreement with OFAC's tool.
 *
 * Strings here are arrays of Unicode code points (uint32_t), uppercase and
 * folded to ASCII where a Latin letter has an ASCII base, as sn_ofac_fold()
 * makes them.
 */
#ifndef SN_OFAC_H
#define SN_OFAC_H

#include "sn_common.h"

/*
 * Work bounds.  Only the first SN_OFAC_MAX_CHARS letters and digits of a
 * name, in at most SN_OFAC_MAX_PARTS name parts, are compared; the rest is
 * ignored, so the time and memory of one score are bounded whatever the
 * input size.  The longest name on the OFAC SDN list has 158 characters
 * and 24 parts, so real names are always compared whole.
 */
#define SN_OFAC_MAX_CHARS	256
#define SN_OFAC_MAX_PARTS	32

/* Leading characters that earn the Winkler bonus in OFAC's scores. */
#define SN_OFAC_PREFIX		5

/* Length of a Soundex code, without the terminating NUL. */
#define SN_SOUNDEX_LEN		4

/* A name as the scorer sees it: its letters and digits, and its parts. */
typedef struct sn_ofac_name
{
	uint32_t	chars[SN_OFAC_MAX_CHARS];
	int			nchars;
	int			part_start[SN_OFAC_MAX_PARTS];
	int			part_len[SN_OFAC_MAX_PARTS];
	int			nparts;
} sn_ofac_name;

/*
 * The two techniques' scores (0..1) behind one sn_ofac_score(); both are 0
 * when found is false, as they are not computed then.
 */
typedef struct sn_ofac_detail
{
	bool		found;			/* passed OFAC's first-letter/edit pre-filter */
	double		whole;			/* whole-name Jaro-Winkler */
	double		parts;			/* composite of the name parts */
} sn_ofac_detail;

/*
 * Fold the UTF-8 name in[0..len) into *out: letters and digits uppercased,
 * Latin diacritics removed (and ß, Æ, Ø, Ł, Þ, ... spelled in ASCII),
 * apostrophes and invisible characters dropped, every other character a
 * part separator.  Letters of other scripts are kept, uppercased, as they
 * are: OFAC's tool does not transliterate.  Invalid UTF-8 bytes separate.
 */
extern void sn_ofac_fold(const char *in, size_t len, sn_ofac_name *out);

/*
 * Score of the typed name query against the list name candidate, 0-100;
 * 0 when OFAC's pre-filter would not list the candidate at all, or when
 * either name has no letter or digit.  detail may be NULL.
 */
extern int	sn_ofac_score(const char *query, size_t qlen,
						  const char *candidate, size_t clen,
						  sn_ofac_detail *detail);

/* The same on names already folded. */
extern int	sn_ofac_score_names(const sn_ofac_name *q, const sn_ofac_name *c,
								sn_ofac_detail *detail);

/* Jaro similarity, 0..1 (1 for two empty strings). */
extern double sn_jaro(const uint32_t *a, int la, const uint32_t *b, int lb);

/*
 * Jaro-Winkler similarity: Jaro plus 0.1 * (1 - Jaro) for each leading
 * character in common, up to max_prefix of them (4 in Winkler's paper; OFAC
 * uses SN_OFAC_PREFIX).  The bonus applies whatever the Jaro value: there
 * is no 0.7 "boost threshold", as in OFAC's scores.
 */
extern double sn_jaro_winkler(const uint32_t *a, int la,
							  const uint32_t *b, int lb, int max_prefix);

/* Levenshtein distance (insertions, deletions, substitutions). */
extern int	sn_levenshtein(const uint32_t *a, int la, const uint32_t *b, int lb);

/*
 * American Soundex code of a name part (R163 for ROBERT) into out
 * (SN_SOUNDEX_LEN + 1 bytes).  Only ASCII letters count; returns false, with
 * out empty, when the part does not begin with one.
 */
extern bool sn_soundex(const uint32_t *s, int len, char *out);

/* Convenience wrappers over NUL-terminated UTF-8, for tests and tools. */
extern double sn_jaro_winkler_str(const char *a, const char *b, int max_prefix);
extern bool sn_soundex_str(const char *s, char *out);

#endif							/* SN_OFAC_H */
