/*
 * cyrillic_zh.h
 *		The pinyin reading of Chinese names written in Cyrillic letters (the
 *		Russian system of writing Mandarin: Си Цзиньпин, Мао Цзэдун).
 */
#ifndef SN_CYRILLIC_ZH_H
#define SN_CYRILLIC_ZH_H

#include "sn_common.h"

/*
 * Has a name (UTF-8, len bytes) a word in Cyrillic letters made only of the
 * syllables of Mandarin as Russian writes them, with one that Russian
 * romanisation cannot bring near pinyin (an initial цз or чж, сы or цы,
 * a final юй, юэ, ао, оу, уй, уа, эй, or a final н said ng) (no
 * allocation)?  A name of more than 2,048 bytes is not read so.
 */
extern bool sn_cyrillic_zh_shaped(const char *utf8, size_t len);

/*
 * The reading of a name as written (UTF-8, len bytes) with each word of
 * such syllables in pinyin, the syllables of a word written together as
 * pinyin writes a given name: Си Цзиньпин is xi jinping, Мао Цзэдун mao
 * zedong, Ху Цзиньтао hu jintao.  Other words and characters are kept as
 * written (the normaliser romanises them).  Appended to out, for a name
 * that sn_cyrillic_zh_shaped accepts.
 */
extern void sn_cyrillic_zh_write(const char *utf8, size_t len, sn_buf *out);

#endif							/* SN_CYRILLIC_ZH_H */
