/*
 * token_info.h
 *		What the score knows of a token: its class and how common it is.
 */
#ifndef SN_TOKEN_INFO_H
#define SN_TOKEN_INFO_H

#include "sn_common.h"

typedef struct sn_token_info
{
	uint8_t		cls;			/* sn_token_class */
	uint8_t		variant[2];		/* groups of sn_name_variants it is in (1-based), or 0 */
	float		p;				/* probability that a name contains it; 0 if rare */
	double		neglog10p;		/* -log10(p), computed once; 0 when p is 0 */
	bool		place;			/* a country's name: sn_country_names */
	bool		korean_surname; /* one of sn_korean_surnames */
} sn_token_info;

extern sn_token_info sn_token_lookup(const char *tok, size_t len);

#endif
