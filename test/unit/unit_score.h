/*
 * unit_score.h
 *		The score of a query against a candidate, for unit tests of the
 *		score and of the readings it keeps the best of.
 */
#ifndef SN_UNIT_SCORE_H
#define SN_UNIT_SCORE_H

#include "score.h"

#include <string.h>

/*
 * sn_score of query q against candidate c, both prepared here; -1 on error,
 * and -2 when reading is given and the explanation does not have it (the
 * "query_reading" of the reading that won)
 */
static inline double
score_read_as(const char *q, const char *c, const char *reading)
{
	sn_name		nq,
				nc;
	sn_error	err;
	sn_buf		ex;
	double		s = -1;

	if (sn_query_prepare(q, strlen(q), &nq, &err) != SN_OK)
		return -1;
	sn_buf_init(&ex, 256);
	if (sn_name_prepare(c, strlen(c), &nc, &err) == SN_OK)
	{
		s = sn_score(&nq, &nc, reading != NULL ? &ex : NULL);
		if (reading != NULL && (ex.len == 0 || strstr(ex.data, reading) == NULL))
			s = -2;
		sn_name_free(&nc);
	}
	sn_name_free(&nq);
	sn_buf_free(&ex);
	return s;
}

/* sn_score of query q against candidate c; -1 on error */
static inline double
score_of(const char *q, const char *c)
{
	return score_read_as(q, c, NULL);
}

#endif							/* SN_UNIT_SCORE_H */
