/*
 * index_common.c
 *		What the GIN and GiST support functions share: reading a query
 *		(strategy, text or sanctions.query, threshold) into a bound plan.
 */
#include "sn_pg.h"

#include "access/stratnum.h"

#include "sn_index.h"

/*
 * Prepare the bound plan for a scan: the query name, and the threshold the
 * operator will compare with (the setting for %, the value's own for
 * sanctions.query), with the memo of bounds (sn_bound_memo).  Allocated in
 * the current memory context, which the access methods keep for the
 * duration of the scan.
 */
SnIndexQuery *
sn_index_query(Datum query, StrategyNumber strategy)
{
	SnIndexQuery *iq = palloc0(sizeof(SnIndexQuery));

	switch (strategy)
	{
		case SN_STRATEGY_SIMILAR:
		case SN_STRATEGY_DISTANCE:
			sn_pg_prepare_query(DatumGetTextPP(query), &iq->name);
			iq->threshold = (float4) sn_threshold;
			break;
		case SN_STRATEGY_SIMILAR_QUERY:
			{
				SnQuery    *q = DatumGetSnQueryP(query);

				/*
				 * from the value's own bytes: a copy as text would stay until
				 * the scan's context goes, one for each rescan of a nested
				 * loop's inner side
				 */
				sn_pg_prepare_query_bytes(q->name, SN_QUERY_NAME_LEN(q), &iq->name);
				iq->threshold = q->threshold;
				break;
			}
		default:
			elog(ERROR, "unrecognized strategy number: %d", strategy);
	}
	sn_bound_plan_init(&iq->plan, &iq->name);
	/* a scan asks the bound of every row (GIN) or entry (GiST) it reads */
	sn_bound_memo_init(&iq->plan);
	iq->present = palloc0(sizeof(bool) * (iq->plan.nkeys + 1));
	return iq;
}

void
sn_index_query_free(SnIndexQuery *iq)
{
	sn_bound_plan_free(&iq->plan);
	sn_name_free(&iq->name);
	pfree(iq->present);
	pfree(iq);
}

/*
 * Can a row whose keys are marked in present reach the threshold?  (The
 * bound is remembered when the plan has a memo: see sn_bound_memo.)  The
 * bound is compared with slack so that float4 rounding of the score can
 * never make the index reject a row the operator accepts.
 */
bool
sn_index_may_match(const SnIndexQuery *iq, const bool *present)
{
	if (sn_bound_quick(&iq->plan, present) + SN_BOUND_SLACK < (double) iq->threshold)
		return false;
	return sn_bound_memo(&iq->plan, present) + SN_BOUND_SLACK >= (double) iq->threshold;
}
