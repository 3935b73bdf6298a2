/*
 * gin.c
 *		GIN support for sanctions.name_gin_ops.
 *
 * A row's keys are its name's index keys (sn_name_keys: token bigrams,
 * junction bigrams, initials, phonetic keys, numbers).  A scan asks for the
 * query's keys; consistent bounds the score from which of them a row has
 * (sn_bound) and keeps the row for recheck when the bound reaches the
 * threshold.  When a row that shares no key with the query could still
 * reach the threshold (a threshold near 0, a query with no keys), the scan
 * visits every row (GIN_SEARCH_MODE_ALL) rather than miss it.
 */
#include "sn_pg.h"

#include "access/gin.h"
#include "access/stratnum.h"

#include "sn_index.h"

PG_FUNCTION_INFO_V1(sanctions_gin_extract_value);
PG_FUNCTION_INFO_V1(sanctions_gin_extract_query);
PG_FUNCTION_INFO_V1(sanctions_gin_consistent);
PG_FUNCTION_INFO_V1(sanctions_gin_triconsistent);

Datum
sanctions_gin_extract_value(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int32	   *nentries = (int32 *) PG_GETARG_POINTER(1);
	sn_name		n;
	uint32_t   *keys;
	Datum	   *entries = NULL;
	int			nk,
				i;

	sn_pg_prepare(t, &n);
	keys = palloc(sizeof(uint32_t) * sn_name_max_keys(&n));
	nk = sn_name_keys(&n, keys);
	if (nk > 0)
	{
		entries = palloc(sizeof(Datum) * nk);
		for (i = 0; i < nk; i++)
			entries[i] = Int32GetDatum((int32) keys[i]);
	}
	*nentries = nk;
	pfree(keys);
	sn_name_free(&n);
	PG_RETURN_POINTER(entries);
}

Datum
sanctions_gin_extract_query(PG_FUNCTION_ARGS)
{
	Datum		query = PG_GETARG_DATUM(0);
	int32	   *nentries = (int32 *) PG_GETARG_POINTER(1);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	Pointer   **extra_data = (Pointer **) PG_GETARG_POINTER(4);
	int32	   *searchMode = (int32 *) PG_GETARG_POINTER(6);
	SnIndexQuery *iq = sn_index_query(query, strategy);
	Datum	   *entries = NULL;
	int			i;

	*nentries = iq->plan.nkeys;
	if (iq->plan.nkeys > 0)
	{
		entries = palloc(sizeof(Datum) * iq->plan.nkeys);
		*extra_data = palloc(sizeof(Pointer) * iq->plan.nkeys);
		for (i = 0; i < iq->plan.nkeys; i++)
		{
			entries[i] = Int32GetDatum((int32) iq->plan.keys[i]);
			/* every entry carries the same plan, for consistent */
			(*extra_data)[i] = (Pointer) iq;
		}
	}

	/*
	 * A row sharing no key with the query gets the bound ub_none.  If that
	 * reaches the threshold, such rows may match, and only a full scan
	 * finds them.  With no entries and no such possibility, the scan
	 * returns nothing, which is right: nothing can reach the threshold.
	 */
	if (iq->plan.ub_none + SN_BOUND_SLACK >= (double) iq->threshold)
		*searchMode = GIN_SEARCH_MODE_ALL;
	else
		*searchMode = GIN_SEARCH_MODE_DEFAULT;

	PG_RETURN_POINTER(entries);
}

Datum
sanctions_gin_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	int32		nkeys = PG_GETARG_INT32(3);
	Pointer    *extra_data = (Pointer *) PG_GETARG_POINTER(4);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	SnIndexQuery *iq;

	/* the operator decides; the bound only rules rows out */
	*recheck = true;
	if (nkeys == 0 || extra_data == NULL)
		PG_RETURN_BOOL(true);	/* GIN_SEARCH_MODE_ALL with no keys */
	iq = (SnIndexQuery *) extra_data[0];
	PG_RETURN_BOOL(sn_index_may_match(iq, check));
}

Datum
sanctions_gin_triconsistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);
	int32		nkeys = PG_GETARG_INT32(3);
	Pointer    *extra_data = (Pointer *) PG_GETARG_POINTER(4);
	SnIndexQuery *iq;
	int			i;

	if (nkeys == 0 || extra_data == NULL)
		PG_RETURN_GIN_TERNARY_VALUE(GIN_MAYBE);
	iq = (SnIndexQuery *) extra_data[0];
	/* a key that may be there counts as there: the bound stays an upper one */
	for (i = 0; i < nkeys; i++)
		iq->present[i] = (check[i] != GIN_FALSE);
	PG_RETURN_GIN_TERNARY_VALUE(sn_index_may_match(iq, iq->present) ? GIN_MAYBE : GIN_FALSE);
}
