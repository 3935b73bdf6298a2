/*
 * hungarian.h
 *		The reading of a name written in Hungarian spelling.
 */
#ifndef SN_HUNGARIAN_H
#define SN_HUNGARIAN_H

#include "sn_common.h"

/*
 * Does a name in canonical form (lower-case ASCII tokens apart, as the
 * normaliser writes it; len bytes) have a word with a digraph of Hungarian
 * spelling, gy, cs, zs or sz, before a vowel (or a final cs after one: see
 * hungarian.c; no allocation)?
 */
extern bool sn_hungarian_shaped(const char *text, size_t len);

/*
 * The reading of a name in canonical form as Hungarian spells it, written
 * as English spells the same sounds (vlagyimir putyin: vladimir putin;
 * szergej: sergey; hruscsov: hrushchov), appended to out.  For a name that
 * sn_hungarian_shaped accepts.
 */
extern void sn_hungarian_write(const char *text, size_t len, sn_buf *out);

#endif							/* SN_HUNGARIAN_H */
