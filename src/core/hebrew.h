/*
 * hebrew.h
 *		A reading of names in Hebrew letters: gimel with a geresh as the g
 *		it also writes.
 */
#ifndef SN_HEBREW_H
#define SN_HEBREW_H

#include "sn_common.h"

#include <unicode/umachine.h>

/*
 * A geresh, or the apostrophe typed for one (Abramovich' for ...ביץ'): the
 * normaliser and the reading below take the same marks.
 */
static inline bool
sn_hebrew_geresh(UChar32 c)
{
	return c == 0x05F3 || c == 0x0027 || c == 0x2019;
}

/* a point or a cantillation mark (not maqaf, paseq, sof pasuq, nun hafukha) */
static inline bool
sn_hebrew_point(UChar32 c)
{
	return c >= 0x0591 && c <= 0x05C7 && c != 0x05BE && c != 0x05C0 &&
		c != 0x05C3 && c != 0x05C6;
}

/*
 * Has a name (UTF-8, len bytes) a gimel with a geresh, ג׳ (the geresh may
 * be typed as an apostrophe, ' or ’, and vowel points may stand between)?
 * No allocation.
 */
extern bool sn_hebrew_g_shaped(const char *utf8, size_t len);

/*
 * The name as written (UTF-8, len bytes) with the geresh of each such gimel
 * left out (ג'ורג': גורג, read gwrg, George), appended to out; for a name
 * that sn_hebrew_g_shaped accepts.
 */
extern void sn_hebrew_g_write(const char *utf8, size_t len, sn_buf *out);

#endif							/* SN_HEBREW_H */
