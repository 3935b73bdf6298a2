/*
 * greek.h
 *		The reading of a name written in Greek letters as Greek writes
 *		foreign names.
 */
#ifndef SN_GREEK_H
#define SN_GREEK_H

#include "sn_common.h"

/*
 * Has a name (UTF-8, len bytes) a Greek letter (no allocation)?  A name of
 * more than 2,048 bytes is not read so.
 */
extern bool sn_greek_shaped(const char *utf8, size_t len);

/*
 * The reading of a name as written (UTF-8, len bytes) with the letters that
 * Greek uses for the sounds it has no letter of read as those sounds (see
 * greek.c): Ντμίτρι Μεντβέντεφ is dmitri medvedef, Σεργκέι Λαβρόφ sergei
 * lavrof.  With nasal, a μπ, ντ or γκ after a vowel is written mb, nd or ng
 * (Αλεξάντρ: aleksandr rather than alexadr).  Appended to out, in
 * lower-case Latin letters, for a name that sn_greek_shaped accepts.
 */
extern void sn_greek_write(const char *utf8, size_t len, bool nasal, sn_buf *out);

#endif							/* SN_GREEK_H */
