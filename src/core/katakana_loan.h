/*
 * katakana_loan.h
 *		The reading of a name written in katakana as Japanese writes foreign
 *		names.
 */
#ifndef SN_KATAKANA_LOAN_H
#define SN_KATAKANA_LOAN_H

#include "sn_common.h"

/*
 * Has a name (UTF-8, len bytes) a letter of katakana, full or halfwidth (no
 * allocation)?  A name of more than 2,048 bytes is not read so.
 */
extern bool sn_katakana_loan_shaped(const char *utf8, size_t len);

/* The forms of the reading */
typedef enum sn_katakana_form
{
	SN_KATAKANA_PLAIN,			/* チ chi, ジ ji, r as r (ジョージ, joji) */
	SN_KATAKANA_DENTAL,			/* チ ti, ジ di (プーチン, putin: Russian ть, дь) */
	SN_KATAKANA_LATERAL,		/* r as l, but after a consonant (ナスララ) */
	SN_KATAKANA_LATERAL_INNER	/* ... and a last r (アレクサンドル, aleksandor) */
} sn_katakana_form;

/*
 * The reading of a name as written (UTF-8, len bytes) with each word of
 * katakana written as the foreign word it spells (see katakana_loan.c):
 * ドナルド・トランプ is donard・tramp, セルゲイ・ラブロフ sergei・rabrof, in
 * the lateral form donald・tramp and selgei・labrof.  Appended to out; what
 * is not katakana is copied as it is.  For a name that
 * sn_katakana_loan_shaped accepts.
 */
extern void sn_katakana_loan_write(const char *utf8, size_t len, sn_katakana_form form,
								   sn_buf *out);

#endif							/* SN_KATAKANA_LOAN_H */
