/*
 * korean_latin.h
 *		Other romanisations of a Korean name written in Latin letters.
 */
#ifndef SN_KOREAN_LATIN_H
#define SN_KOREAN_LATIN_H

#include "sn_common.h"

#define SN_KOREAN_NORTH	0		/* as North Korea's own spelling writes it */
#define SN_KOREAN_MR	1		/* as McCune-Reischauer does, without marks */

/*
 * Korean surnames as the romanisations write them (none longer than five
 * letters), the mark of a Korean name; sn_token_lookup flags them.
 */
extern const char *const sn_korean_surnames[];
extern const size_t sn_n_korean_surnames;

/*
 * The reading of a name in canonical form (lower-case ASCII tokens apart;
 * len bytes) that is a Korean name written in some romanisation (see
 * korean_latin.c), as the romanisation form writes it, appended to out:
 * Kim Jong Il in McCune-Reischauer is kim chong il, Kim Yeo Jeong in North
 * Korea's spelling kim yo jong.  False, writing nothing, for any other
 * name.
 */
extern bool sn_korean_latin_reading(const char *text, size_t len, int form,
									sn_buf *out);

/* Is a name in canonical form a Korean name so written (no allocation)? */
extern bool sn_korean_latin_shaped(const char *text, size_t len);

/*
 * The vowel sounds (bits) that a word (n letters) written as one Korean
 * syllable may stand for in some romanisation, or 0 when the word is no
 * one syllable: two syllables that share none are two syllables, whatever
 * their consonants.
 */
extern int	sn_korean_vowel_sounds(const char *s, size_t n);

/*
 * The reading itself, appended to out, for a name sn_korean_latin_shaped
 * has accepted (sn_korean_latin_reading is the two in one).
 */
extern void sn_korean_latin_write(const char *text, size_t len, int form,
								  sn_buf *out);

#endif							/* SN_KOREAN_LATIN_H */
