/*
 * arabic.h
 *		Readings of names in Arabic script: the alif maqsura as the long a
 *		it mostly is; the letters that Persian and Urdu say as z and s, and
 *		Persian compound given names apart; qaf and jim as the g of Maghreb,
 *		Gulf and Egyptian names.
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

/*
 * Has a name (UTF-8, len bytes) in Arabic script a letter that Persian,
 * Urdu, Pashto and Turkish say as z or s (ض ذ ظ ث), a Persian compound given
 * name written as one word (محمدرضا, غلامحسین, امیرعلی), or a word that ends
 * in two Persian yehs after a letter other than alif (یحیی)?  No allocation.
 */
extern bool sn_persian_shaped(const char *utf8, size_t len);

/*
 * The name as written with ض, ذ and ظ written as ز, ث as س (رضا: رزا,
 * read rza, Reza) and ژ as ج, such a
 * compound written as two words (محمد رضا), and the second of two final
 * yehs as an alif (یحیا, Yahya), appended to out; for a name that
 * sn_persian_shaped accepts.
 */
extern void sn_persian_write(const char *utf8, size_t len, sn_buf *out);

/* Has a name (UTF-8, len bytes) a qaf, ق, or a jim, ج (no allocation)? */
extern bool sn_arabic_g_shaped(const char *utf8, size_t len);

/*
 * The name as written (UTF-8, len bytes) with each qaf and jim written as
 * the gaf, گ, the letter of g (القذافي: الگذافي, read al gdhafy, Gaddafi;
 * جمال: گمال, Gamal), appended to out; for a name that sn_arabic_g_shaped
 * accepts.
 */
extern void sn_arabic_g_write(const char *utf8, size_t len, sn_buf *out);

#endif							/* SN_ARABIC_H */
