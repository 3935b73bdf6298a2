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
	bool		place;			/* a country's name: sn_country_names */
	bool		organisation;	/* names a kind of organisation: sn_organisation_words */
	bool		korean_surname; /* one of sn_korean_surnames */
	bool		patronymic;		/* ends as an East Slavic patronymic (-ovich, -ovna) */
	uint16_t	variant[2];		/* groups of sn_name_variants it is in (1-based),
								 * SN_PATRONYMIC_GROUP of one for a patronymic
								 * of its names, or 0 */
	float		p;				/* probability that a name contains it; 0 if rare */
	double		neglog10p;		/* -log10(p), computed once; 0 when p is 0 */
} sn_token_info;

/*
 * The variant group of the patronymics made from the names of group g:
 * Vladimirovich and Uladzimiravich are one patronymic, as Vladimir and
 * Uladzimir are one name, but neither is the name Vladimir.
 */
#define SN_PATRONYMIC_GROUP(g)	((uint16_t) (256 + (g)))

extern sn_token_info sn_token_lookup(const char *tok, size_t len);

#endif
