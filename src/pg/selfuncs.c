/*
 * selfuncs.c
 *		The planner's selectivity of candidate % query.
 *
 * With a query the planner can evaluate (a constant), the estimate is
 * PostgreSQL's for a matching operator: the operator tried on the column's
 * most common values and histogram (generic_restriction_selectivity).
 * Without one, PostgreSQL's estimators fall back to 1% of the rows: in a
 * join (list.name % customer.name), and in the inner scan of a nested loop,
 * where the query is the outer row's name.  A join of 10,000 customers to
 * 29,257 list names was estimated at 2.9 million rows for 104, and priced
 * high enough to turn JIT compilation on.  The extension gives instead the
 * share of pairs of unrelated names that reach the threshold, as measured
 * on the development data (sn_match_share).
 */
#include "sn_pg.h"

#include <math.h>

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "nodes/nodeFuncs.h"
#include "nodes/pathnodes.h"
#include "optimizer/optimizer.h"
#include "optimizer/pathnode.h"
#include "utils/lsyscache.h"
#include "utils/selfuncs.h"

#include "sn_score_pg.h"

PG_FUNCTION_INFO_V1(sanctions_match_sel);
PG_FUNCTION_INFO_V1(sanctions_match_joinsel);

/*
 * The threshold that % compares with, from the query side of the clause: a
 * sanctions.query constant's own, or the threshold of a call
 * sanctions.query(name, threshold) when it is a constant; for a text query,
 * or when the clause does not tell, the setting.
 */
static bool
is_query_function(Oid funcid)
{
	char	   *name = get_func_name(funcid);

	/* sanctions.query(name, threshold), not another function of that type */
	return name != NULL && strcmp(name, "query") == 0 &&
		get_func_namespace(funcid) == get_namespace_oid("sanctions", true);
}

static double
clause_threshold(PlannerInfo *root, List *args)
{
	Node	   *query;

	if (list_length(args) != 2)
		return sn_threshold;
	query = estimate_expression_value(root, (Node *) lsecond(args));
	if (exprType(query) == TEXTOID)
		return sn_threshold;
	if (IsA(query, Const) && !((Const *) query)->constisnull)
		return DatumGetSnQueryP(((Const *) query)->constvalue)->threshold;
	if (IsA(query, FuncExpr) && list_length(((FuncExpr *) query)->args) == 2 &&
		is_query_function(((FuncExpr *) query)->funcid))
	{
		Node	   *t = (Node *) lsecond(((FuncExpr *) query)->args);

		if (IsA(t, Const) && ((Const *) t)->consttype == FLOAT4OID &&
			!((Const *) t)->constisnull)
			return DatumGetFloat4(((Const *) t)->constvalue);
	}
	return sn_threshold;
}

/* Restriction: candidate % query, for a scan of the candidates */
Datum
sanctions_match_sel(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	Oid			operator = PG_GETARG_OID(1);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	int			varRelid = PG_GETARG_INT32(3);
	double		share = sn_match_share(clause_threshold(root, args));

	/* the statistics when the query is a constant, else the share */
	PG_RETURN_FLOAT8(generic_restriction_selectivity(root, operator, PG_GET_COLLATION(),
													 args, varRelid, share));
}

/* The rows of the relation (base or join) of relids, or -1 when unknown */
static double
relids_rows(PlannerInfo *root, Relids relids)
{
	RelOptInfo *rel;
	int			relid;

	if (bms_get_singleton_member(relids, &relid))
		rel = find_base_rel(root, relid);
	else
		rel = find_join_rel(root, relids);
	return rel != NULL ? rel->rows : -1.0;
}

/* Join: candidate % query between two relations */
Datum
sanctions_match_joinsel(PG_FUNCTION_ARGS)
{
	PlannerInfo *root = (PlannerInfo *) PG_GETARG_POINTER(0);
	List	   *args = (List *) PG_GETARG_POINTER(2);
	JoinType	jointype = (JoinType) PG_GETARG_INT16(3);
	SpecialJoinInfo *sjinfo = (SpecialJoinInfo *) PG_GETARG_POINTER(4);
	double		share = sn_match_share(clause_threshold(root, args));

	/*
	 * A semi or anti join asks the share of the outer rows that match at
	 * least one inner row: one minus the chance of matching none of them.
	 */
	if ((jointype == JOIN_SEMI || jointype == JOIN_ANTI) && sjinfo != NULL)
	{
		double		inner = relids_rows(root, sjinfo->min_righthand);

		if (inner > 0)
			share = -expm1(inner * log1p(-share));	/* 1 - (1 - share)^inner */
	}
	CLAMP_PROBABILITY(share);
	PG_RETURN_FLOAT8(share);
}
