/*
 * hangul_loan.h
 *		The reading of a name written in Hangul as Korean writes foreign
 *		names.
 */
#ifndef SN_HANGUL_LOAN_H
#define SN_HANGUL_LOAN_H

#include "sn_common.h"

/*
 * Has a name (UTF-8, len bytes) a Hangul syllable (no allocation)?  A name
 * of more than 2,048 bytes is not read so.
 */
extern bool sn_hangul_loan_shaped(const char *utf8, size_t len);

/*
 * The reading of a name as written (UTF-8, len bytes) with each word of
 * Hangul syllables written as the one foreign word it spells (see
 * hangul_loan.c): 블라디미르 푸틴 is bladimir putin, 도널드 트럼프 doneold
 * treomp.  With final_f, a 프 that ends a word is f (라브로프, rabrof: the
 * v of Russian -ov), else p (트럼프, Trump).  Appended to out; what is not
 * Hangul is copied as it is.  For a name that sn_hangul_loan_shaped
 * accepts.
 */
extern void sn_hangul_loan_write(const char *utf8, size_t len, bool final_f, sn_buf *out);

#endif							/* SN_HANGUL_LOAN_H */
