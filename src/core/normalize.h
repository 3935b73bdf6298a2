/*
 * normalize.h
 *		Canonical form of a person, organisation or vessel name.
 *
 * The canonical form is lowercase ASCII letters and digits in tokens
 * separated by single spaces, or the empty string.  See README.md,
 * "Normalisation rules", for the rules and why they are what they are.
 */
#ifndef SN_NORMALIZE_H
#define SN_NORMALIZE_H

#include "sn_common.h"

/*
 * Normalise the UTF-8 string in[0..len) into out (initialised by the caller
 * with sn_buf_init; appended to).  Returns SN_OK or an error with a message.
 * The input must be valid UTF-8 (PostgreSQL text in a UTF8 database is).
 */
extern sn_status sn_normalize(const char *in, size_t len, sn_buf *out,
							  sn_error *err);

/*
 * Open every ICU transliterator that normalisation may use, which it
 * otherwise does on first need (about 10 ms each, 75 ms or more for
 * Han).  A process that forks workers calls this once before forking, so
 * that no worker pays it on its first name in that script.  Returns SN_OK
 * or the first error; what failed to open is tried again on first need.
 */
extern sn_status sn_normalize_open_all(sn_error *err);

/*
 * Arabic-script and Russian words are transliterated from direct tables
 * that give ICU's result faster.  Setting this to false sends every word
 * through ICU instead: the tests compare the two.
 */
extern bool sn_translit_tables;

/* Is this byte string already canonical (normalize would return it)? */
extern bool sn_is_canonical(const char *s, size_t len);

/*
 * Is code point c a Han letter: of the Han script and a letter (not 〇,
 * which is a number, nor 々, a mark)?  The normaliser reads such letters
 * as Mandarin; the query's other readings (hanja.h, japanese.h) look for
 * them too.
 */
extern bool sn_is_han_letter(int32_t c);

/* Token classes known to the normaliser, used by the matcher. */
typedef enum sn_token_class
{
	SN_TOKEN_WORD = 0,
	SN_TOKEN_NUMBER,			/* digits only, or containing a digit */
	SN_TOKEN_LEGAL_FORM,		/* canonical legal-form token: llc, jsc, ... */
	SN_TOKEN_TITLE				/* honorific or rank kept in the name */
} sn_token_class;

extern sn_token_class sn_token_classify(const char *tok, size_t len);

/* Canonical legal-form table, for documentation and tests. */
typedef struct sn_legal_form
{
	const char *phrase;			/* in canonical token form */
	const char *canon;			/* the one token it becomes */
	bool		edge_only;		/* short, ambiguous: only first or last */
} sn_legal_form;

extern const sn_legal_form sn_legal_forms[];
extern const size_t sn_n_legal_forms;
extern const char *const sn_dropped_titles[];
extern const size_t sn_n_dropped_titles;
extern const char *const sn_kept_titles[];
extern const size_t sn_n_kept_titles;
extern const char *const sn_country_names[];
extern const size_t sn_n_country_names;
extern const char *const sn_organisation_words[];
extern const size_t sn_n_organisation_words;

#endif							/* SN_NORMALIZE_H */
