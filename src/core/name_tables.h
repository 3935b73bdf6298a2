/*
 * name_tables.h
 *		Lookups in the static word tables of the normaliser (internal).
 */
#ifndef SN_NAME_TABLES_H
#define SN_NAME_TABLES_H

#include "normalize.h"

/*
 * Longest legal-form phrase starting at tokens[i] (tokens are NUL-free
 * pointer/length pairs).  Returns the number of tokens matched (0 if none)
 * and sets *canon.  at_edge tells whether tokens[i] is the first token or
 * the phrase would end at the last token; edge-only forms need it.
 */
typedef struct sn_tok
{
	const char *s;
	size_t		len;
} sn_tok;

extern int	sn_match_legal_form(const sn_tok *toks, int ntoks, int i,
								const char **canon);

/*
 * Longest legal-form phrase of two or more tokens that ends at the last of
 * toks[0..ntoks); more_follow tells whether the name goes on after it.
 * Returns the number of tokens (0 if none) and sets *canon.
 */
extern int	sn_match_legal_form_ending(const sn_tok *toks, int ntoks,
									   bool more_follow, const char **canon);
/*
 * What the tables know of one token, found by hashing: most tokens of a
 * name are in no table, and this answers that in one probe.
 */
#define SN_WORD_DROPPED_TITLE	0x01	/* an honorific: sn_dropped_titles */
#define SN_WORD_KEPT_TITLE		0x02	/* a rank or title: sn_kept_titles */
#define SN_WORD_LEGAL_CANON		0x04	/* a canonical legal-form token */
#define SN_WORD_LEGAL_START		0x08	/* the first token of a legal-form phrase */
#define SN_WORD_PINYIN			0x10	/* a Mandarin syllable: sn_pinyin_syllables */
#define SN_WORD_ABBREVIATION	0x20	/* a company word abbreviated: sn_abbreviations */
#define SN_WORD_LEGAL_SECOND	0x40	/* the second token of a phrase whose first may be misspelt */
extern unsigned sn_word_flags(const char *s, size_t len);

extern bool sn_is_dropped_title(const char *s, size_t len);
extern bool sn_is_kept_title(const char *s, size_t len);
extern bool sn_is_legal_canon(const char *s, size_t len);
extern bool sn_is_pinyin(const char *s, size_t len);

/* Abbreviations of company words, and the word each stands for */
typedef struct sn_abbreviation
{
	const char *abbr;
	const char *word;
} sn_abbreviation;
extern const sn_abbreviation sn_abbreviations[];
extern const size_t sn_n_abbreviations;
/* The word an abbreviation stands for, or NULL */
extern const char *sn_abbreviation_of(const char *s, size_t len);
/* Groups of given names that stand for one another, one group a string */
extern const char *const sn_name_variants[];
extern const size_t sn_n_name_variants;
extern const char *const sn_pinyin_syllables[];
extern const size_t sn_n_pinyin_syllables;

#endif
