/*
 * arabic.h
 *		The reading of a name in Arabic script with its alif maqsura as
 *		the long a it mostly is.
 */
#ifndef SN_ARABIC_H
#define SN_ARABIC_H

#include "sn_common.h"

/* Has a name (UTF-8, len bytes) an alif maqsura, ى (no allocation)? */
extern bool sn_alif_maqsura_shaped(const char *utf8, size_t len);

/*
 * The name as written (UTF-8, len bytes) with each alif maqsura written as
 * an alif (يحيى: يحيا, read yhya, Yahya; ليلى: ليلا, Layla), appended to out;
 * for a name that sn_alif_maqsura_shaped accepts.
 */
extern void sn_alif_maqsura_write(const char *utf8, size_t len, sn_buf *out);

#endif							/* SN_ARABIC_H */
