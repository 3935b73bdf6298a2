/*
 * unit_score.h
 *		The score of a query against a candidate, for unit tests of the
 *		score and of the readings it keeps the best of.
 */
#ifndef SN_UNIT_SCORE_H
#define SN_UNIT_SCORE_H

#include "score.h"

#include <string.h>

/* sn_score of query q against candidate c, both prepared here; -1 on error */
static inline double
score_of(const char *q, const char *c)
{
	sn_name		nq,
				nc;
	sn_error	err;
	double		s = -1;

	if (sn_query_prepare(q, strlen(q), &nq, &err) != SN_OK)
		return -1;
	if (sn_name_prepare(c, strlen(c), &nc, &err) == SN_OK)
	{
		s = sn_score(&nq, &nc, NULL);
		sn_name_free(&nc);
	}
	sn_name_free(&nq);
	return s;
}

#endif							/* SN_UNIT_SCORE_H */
