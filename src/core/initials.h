/*
 * initials.h
 *		The reading of a name with two initials written as one word.
 */
#ifndef SN_INITIALS_H
#define SN_INITIALS_H

#include "sn_common.h"

/*
 * The reading of a name in canonical form (lower-case ASCII tokens apart,
 * as the normaliser writes it; len bytes) with each word of two consonants
 * written as two initials (jc juncker: j c juncker), appended to out.
 * Returns false, writing nothing, for a name with no such word (see
 * initials.c).
 */
extern bool sn_initials_reading(const char *text, size_t len, sn_buf *out);

/* Has a name in canonical form such a word (no allocation)? */
extern bool sn_initials_shaped(const char *text, size_t len);

/*
 * The reading itself, appended to out, for a name sn_initials_shaped has
 * accepted (sn_initials_reading is the two in one).
 */
extern void sn_initials_write(const char *text, size_t len, sn_buf *out);

#endif							/* SN_INITIALS_H */
