/*
 * wadegiles.h
 *		The pinyin reading of a Chinese name written in Wade-Giles.
 */
#ifndef SN_WADEGILES_H
#define SN_WADEGILES_H

#include "sn_common.h"

#define SN_WADEGILES_PLAIN		0	/* unmarked stops read unaspirated */
#define SN_WADEGILES_ASPIRATED	1	/* ... read aspirated */

/*
 * The pinyin reading of a name as written (UTF-8, len bytes) when every
 * word is made of Wade-Giles syllables, joined by hyphens, and one of them
 * at least is none of pinyin's (see wadegiles.c): Mao Tse-tung is mao
 * zedong, Hsi Chin-p'ing xi jinping.  A name without apostrophes does not
 * say which stops are aspirated: form says how to read them (Tsai Ing-wen
 * is zai yingwen plain, cai yingwen aspirated); a name with them has no
 * aspirated form (nothing is written).  Appended to out; false, writing
 * nothing, for any other name.
 */
extern bool sn_wadegiles_reading(const char *utf8, size_t len, int form, sn_buf *out);

/* Is a name so written (no allocation)? */
extern bool sn_wadegiles_shaped(const char *utf8, size_t len);

/*
 * The reading itself, appended to out, for a name sn_wadegiles_shaped has
 * accepted (sn_wadegiles_reading is the two in one).
 */
extern void sn_wadegiles_write(const char *utf8, size_t len, int form, sn_buf *out);

#endif							/* SN_WADEGILES_H */
