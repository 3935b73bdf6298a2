/*
 * cyrillic_ja.h
 *		The reading of Japanese names written in Cyrillic letters (the
 *		Russian system of writing Japanese: Такэси, Хигасидзава) as the
 *		lists write them, in Hepburn romanisation (Takeshi, Higashizawa).
 */
#ifndef SN_CYRILLIC_JA_H
#define SN_CYRILLIC_JA_H

#include "sn_common.h"

/*
 * Has a name (UTF-8, len bytes) a word in Cyrillic letters made only of the
 * syllables of Japanese as Russian writes them (three letters or more),
 * with one that Hepburn writes otherwise than the normaliser's
 * romanisation of Russian (си, ти, дз, зи, х, й after a vowel, ся, тя, зя
 * and the like, ё after a consonant) (no allocation)?  A name of more than
 * 2,048 bytes is not read so.
 */
extern bool sn_cyrillic_ja_shaped(const char *utf8, size_t len);

/*
 * The reading of a name as written (UTF-8, len bytes) with each such word
 * in Hepburn romanisation: си, ти, цу as shi, chi, tsu; дзи as ji, дз as z
 * before another vowel; ся, тя, дзя as sha, cha, ja; х as h (ху as fu); в
 * as w; й after a vowel as i; э and е as e; a doubled consonant doubled
 * (Хаттори: hattori), н before б, п, м as Hepburn writes it, m.  Other
 * words and characters are kept as written (the normaliser romanises
 * them).  Appended to out, for a name that sn_cyrillic_ja_shaped accepts.
 */
extern void sn_cyrillic_ja_write(const char *utf8, size_t len, sn_buf *out);

#endif							/* SN_CYRILLIC_JA_H */
