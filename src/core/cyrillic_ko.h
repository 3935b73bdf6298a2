/*
 * cyrillic_ko.h
 *		The reading of Korean names written in Cyrillic letters (the
 *		Russian system of writing Korean: Ким Чен Ын, Чхве Рён Хэ) as the
 *		lists write them (KIM Jong Un, CHOE Ryong Hae).
 */
#ifndef SN_CYRILLIC_KO_H
#define SN_CYRILLIC_KO_H

#include "sn_common.h"

/*
 * Is a name (UTF-8, len bytes) of two to five words in Cyrillic letters
 * and nothing else but spaces, hyphens, commas and full stops, each word
 * one to three syllables of Korean as Russian writes them, one at least
 * with a letter that the lists' romanisation writes far from Russian's
 * (ч, х, чх, кх, тх, пх, дж, ы, э, ё, е after a consonant, ве, ый) (no
 * allocation)?  A name of more than 2,048 bytes is not read so.
 */
extern bool sn_cyrillic_ko_shaped(const char *utf8, size_t len);

/*
 * The reading of such a name as the lists write Korean names: ч and чх as
 * ch, дж and чж as j, кх, тх, пх as k, t, p, х as h, ы as u, э as ae, ё
 * and е after a consonant as yo (o after ch or j), ве as oe, ый as ui,
 * ль as l.  Characters that are no Cyrillic letter are kept as written.
 * Appended to out, for a name that sn_cyrillic_ko_shaped accepts.
 */
extern void sn_cyrillic_ko_write(const char *utf8, size_t len, sn_buf *out);

#endif							/* SN_CYRILLIC_KO_H */
