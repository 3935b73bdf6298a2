/*
 * cyrillic_tr.h
 *		The reading of Turkish names written in Cyrillic letters as the
 *		lists write them, in Turkish spelling without its marks (Реджеп
 *		Эрдоган: recep erdogan; Гюнеш: gunes).
 */
#ifndef SN_CYRILLIC_TR_H
#define SN_CYRILLIC_TR_H

#include "sn_common.h"

/*
 * Has a name (UTF-8, len bytes) a Cyrillic дж, or a ю or ё after a
 * consonant: the letters by which Russian writes Turkish c, ü and ö,
 * which neither the normaliser's romanisation of Russian nor the
 * Serbo-Croatian reading brings near the lists' spelling (no allocation)?
 * A name of more than 2,048 bytes is not read so.
 */
extern bool sn_cyrillic_tr_shaped(const char *utf8, size_t len);

/*
 * The reading of a name as written (UTF-8, len bytes) with its Cyrillic
 * letters as Turkish writes them, the marks left out: дж and ч as c, ш as
 * s, ж as j, й as y, ы as i, ю and ё after a consonant as u and o (ü, ö),
 * я after one as a, and otherwise ю, я, ё as yu, ya, yo; the signs
 * silent.  Other characters are kept as written.  Appended to out, for a
 * name that sn_cyrillic_tr_shaped accepts.
 */
extern void sn_cyrillic_tr_write(const char *utf8, size_t len, sn_buf *out);

#endif							/* SN_CYRILLIC_TR_H */
