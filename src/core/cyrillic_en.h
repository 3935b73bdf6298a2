/*
 * cyrillic_en.h
 *		The reading of English names written in Cyrillic letters whose
 *		words begin with the w that Russian writes у (Уолтер, Уилсон,
 *		Уэллс: Walter, Wilson, Wells).
 */
#ifndef SN_CYRILLIC_EN_H
#define SN_CYRILLIC_EN_H

#include "sn_common.h"

/*
 * Has a name (UTF-8, len bytes) a word in Cyrillic letters that begins
 * with у before another vowel (уа, уо, уэ, уе, уи), as Russian writes the
 * English w (no allocation)?  A name of more than 2,048 bytes is not read
 * so.
 */
extern bool sn_cyrillic_en_shaped(const char *utf8, size_t len);

/*
 * The reading of a name as written (UTF-8, len bytes) with each such word
 * as English would spell it: уо and уа as wa (Walter, Watson, Ward), уэ
 * and уе as we, уи as wi, дж as j, the other letters as the normaliser
 * romanises Russian ones (х as h, ы as y, ь silent).  Other words and
 * characters are kept as written.  Appended to out, for a name that
 * sn_cyrillic_en_shaped accepts.
 */
extern void sn_cyrillic_en_write(const char *utf8, size_t len, sn_buf *out);

#endif							/* SN_CYRILLIC_EN_H */
