/*
 * han_loan.h
 *		The reading of a name written in Han characters as Chinese writes
 *		foreign names.
 */
#ifndef SN_HAN_LOAN_H
#define SN_HAN_LOAN_H

#include "sn_common.h"

/*
 * Is a name (UTF-8, len bytes) a foreign name written in Han characters: two
 * words or more of Han characters apart by a middle dot (·, ・, ‧, • or
 * another dot taken for it; spaces around it or not), every Han character
 * one that Chinese writes foreign names with, and nothing else but dots and
 * spaces (no allocation)?  A name of more than 2,048 bytes is not read so.
 */
extern bool sn_han_loan_shaped(const char *utf8, size_t len);

/* The forms of the reading */
typedef enum sn_han_loan_form
{
	SN_HAN_LOAN_RHOTIC,			/* 拉 尔 as ra, r (贝拉克, berak) */
	SN_HAN_LOAN_LATERAL,		/* ... as la, l (拉登, laden) */
	SN_HAN_LOAN_MIXED,			/* ... as la, r (谢尔盖·拉夫罗夫) */
	SN_HAN_LOAN_RHOTIC_DENTAL,	/* each, and 基 吉 京 杰 乔 as di di tin de cho */
	SN_HAN_LOAN_LATERAL_DENTAL,
	SN_HAN_LOAN_MIXED_DENTAL	/* (弗拉基米尔·普京, fladimir putin) */
} sn_han_loan_form;

/*
 * The reading of a name as written (UTF-8, len bytes) with each word of Han
 * characters written as the foreign word it spells (see han_loan.c):
 * 贝拉克·奥巴马 is berak obama, 谢尔盖·拉夫罗夫 sergei rafrof, in the
 * lateral form selgei lafrof, in the mixed one sergei lafrof.  Appended to out, the words apart by a
 * space; what is not a Han character is copied as it is.  For a name that
 * sn_han_loan_shaped accepts.
 */
extern void sn_han_loan_write(const char *utf8, size_t len, sn_han_loan_form form, sn_buf *out);

#endif							/* SN_HAN_LOAN_H */
