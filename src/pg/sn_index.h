/*
 * sn_index.h
 *		Shared definitions of the GIN and GiST operator classes.
 */
#ifndef SN_INDEX_H
#define SN_INDEX_H

#include "postgres.h"

#include "access/stratnum.h"

#include "sn_score_pg.h"

/* Strategy numbers, as in the CREATE OPERATOR CLASS statements */
#define SN_STRATEGY_SIMILAR			1	/* text % text */
#define SN_STRATEGY_SIMILAR_QUERY	2	/* text % sanctions.query */
#define SN_STRATEGY_DISTANCE		3	/* text <-> text (GiST ordering) */

typedef struct SnIndexQuery
{
	sn_name		name;
	sn_bound_plan plan;
	float4		threshold;
	bool	   *present;		/* scratch: which plan keys a row may have */
} SnIndexQuery;

extern SnIndexQuery *sn_index_query(Datum query, StrategyNumber strategy);
extern void sn_index_query_free(SnIndexQuery *iq);
extern bool sn_index_may_match(const SnIndexQuery *iq, const bool *present);

/* gist_cost.c: the planner's cost of a name_gist_ops scan */
extern void sn_gist_cost_init(void);

#endif
