/*
 * somali.h
 *		The reading of a name written in Somali orthography.
 */
#ifndef SN_SOMALI_H
#define SN_SOMALI_H

#include "sn_common.h"

/*
 * The reading of a name in canonical form (lower-case ASCII tokens apart,
 * as the normaliser writes it; len bytes) written in Somali orthography,
 * with x read as the h and c as the ayn that other spellings write h and
 * leave out (xasan cabdi: hasan abdi), appended to out.  Returns false,
 * writing nothing, for a name that shows no mark of that orthography (see
 * somali.c).
 */
extern bool sn_somali_reading(const char *text, size_t len, sn_buf *out);

/* Does a name in canonical form show those marks (no allocation)? */
extern bool sn_somali_shaped(const char *text, size_t len);

/*
 * The reading itself, appended to out, for a name sn_somali_shaped has
 * accepted (sn_somali_reading is the two in one).
 */
extern void sn_somali_write(const char *text, size_t len, sn_buf *out);

#endif							/* SN_SOMALI_H */
