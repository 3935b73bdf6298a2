/*
 * ofac_fn.c
 *		SQL function ofac_score(): the score of OFAC's Sanctions List Search.
 */
#include "sn_pg.h"

#include "ofac.h"

PG_FUNCTION_INFO_V1(sanctions_ofac_score);

Datum
sanctions_ofac_score(PG_FUNCTION_ARGS)
{
	text	   *query = PG_GETARG_TEXT_PP(0);
	text	   *candidate = PG_GETARG_TEXT_PP(1);
	int			score;

	/* the core reads UTF-8; other encodings are refused like everywhere */
	sn_pg_check_encoding();
	score = sn_ofac_score(VARDATA_ANY(query), VARSIZE_ANY_EXHDR(query),
						  VARDATA_ANY(candidate), VARSIZE_ANY_EXHDR(candidate),
						  NULL);
	PG_FREE_IF_COPY(query, 0);
	PG_FREE_IF_COPY(candidate, 1);
	PG_RETURN_INT32(score);
}
