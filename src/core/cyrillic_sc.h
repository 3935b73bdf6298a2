/*
 * cyrillic_sc.h
 *		The reading of a name in Cyrillic letters as Serbo-Croatian Latin
 *		writes it, the marks left out (as the lists write the names of the
 *		former Yugoslavia: KARADZIC, SESELJ).
 */
#ifndef SN_CYRILLIC_SC_H
#define SN_CYRILLIC_SC_H

#include "sn_common.h"

/*
 * Has a name (UTF-8, len bytes) a Cyrillic letter that Serbo-Croatian
 * writes otherwise than the normaliser's romanisation of Russian (ж, й,
 * х, ц, ч, ш, щ, ъ, ы, ь, ю, я, ё, є, ї) (no allocation)?  A name of more
 * than 2,048 bytes is not read so.
 */
extern bool sn_cyrillic_sc_shaped(const char *utf8, size_t len);

/*
 * The reading of a name as written (UTF-8, len bytes) with its Cyrillic
 * letters as Serbo-Croatian Latin writes them, without the marks: ч, ћ and
 * ц as c, ш as s, ж as z, џ and ѕ as dz, ђ as dj, й and ј as j, ль and нь as
 * lj and nj, ю and я as ju and ja, е as je at the start of a word, after a
 * vowel or a silent sign (Караджич Радован is karadzic radovan, Шешель
 * seselj, Елена jelena).  Other characters are kept as written.  Appended
 * to out, for a name that sn_cyrillic_sc_shaped accepts.
 */
extern void sn_cyrillic_sc_write(const char *utf8, size_t len, sn_buf *out);

#endif							/* SN_CYRILLIC_SC_H */
