/*
 * matches_fn.c
 *		sanctions.matches(): the match test as a function, which the planner
 *		rewrites into the operator that the indexes serve.
 *
 * WHERE sanctions.similarity(q, name) >= 0.8 cannot use an index: the
 * planner looks for an indexable operator at the top of the clause and
 * finds >= on two reals.  sanctions.matches(q, name, 0.8) says the same
 * thing as a function, and its planner support function replaces the call
 * with name % sanctions.query(q, 0.8) while the query is planned
 * (SupportRequestSimplify), so the GIN and GiST indexes on name serve it
 * and the operator's selectivity estimate prices it.  Without a threshold,
 * sanctions.matches(q, name) is name % q, which reads sanctions.threshold.
 * Called where nothing rewrites it (a select list, a constant), it scores
 * as the operator does: the same comparison on the same score.
 */
#include "sn_pg.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/supportnodes.h"
#include "optimizer/optimizer.h"
#include "parser/parse_func.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "sn_score_pg.h"

PG_FUNCTION_INFO_V1(sanctions_matches);
PG_FUNCTION_INFO_V1(sanctions_matches_setting);
PG_FUNCTION_INFO_V1(sanctions_matches_support);

/* matches(query, candidate, threshold): similarity >= threshold */
Datum
sanctions_matches(PG_FUNCTION_ARGS)
{
	float4		threshold = PG_GETARG_FLOAT4(2);

	sn_pg_check_threshold(threshold);
	PG_RETURN_BOOL(sn_pg_score(fcinfo, PG_GETARG_TEXT_PP(0), PG_GETARG_TEXT_PP(1)) >= threshold);
}

/* matches(query, candidate): similarity >= sanctions.threshold, as % */
Datum
sanctions_matches_setting(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(sn_pg_score(fcinfo, PG_GETARG_TEXT_PP(0), PG_GETARG_TEXT_PP(1)) >=
				   (float4) sn_threshold);
}

/* A name in the schema of function fn, as a qualified name list */
static List *
qualified(Oid fn, const char *name)
{
	return list_make2(makeString(get_namespace_name(get_func_namespace(fn))),
					  makeString(pstrdup(name)));
}

/*
 * The support function: matches(q, c, t) becomes c % query(q, t), and
 * matches(q, c) becomes c % q.  The operator and query() are looked up in
 * the extension's schema (that of the function), whatever the search_path
 * says.
 */
Datum
sanctions_matches_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);
	SupportRequestSimplify *req;
	FuncExpr   *call;
	Node	   *query,
			   *candidate,
			   *right;
	Oid			righttype,
				opno;
	OpExpr	   *op;

	if (!IsA(rawreq, SupportRequestSimplify))
		PG_RETURN_POINTER(NULL);
	req = (SupportRequestSimplify *) rawreq;
	call = req->fcall;
	if (list_length(call->args) != 2 && list_length(call->args) != 3)
		PG_RETURN_POINTER(NULL);
	query = linitial(call->args);
	candidate = lsecond(call->args);
	if (list_length(call->args) == 3)
	{
		Oid			argtypes[2] = {TEXTOID, FLOAT4OID};
		Oid			fn = LookupFuncName(qualified(call->funcid, "query"), 2, argtypes, true);
		Node	   *threshold = lthird(call->args);

		if (!OidIsValid(fn))
			PG_RETURN_POINTER(NULL);
		/* a threshold out of range fails as the function itself would */
		if (IsA(threshold, Const) && !((Const *) threshold)->constisnull)
			sn_pg_check_threshold(DatumGetFloat4(((Const *) threshold)->constvalue));
		righttype = get_func_rettype(fn);
		right = (Node *) makeFuncExpr(fn, righttype, list_make2(query, threshold),
									  InvalidOid, InvalidOid, COERCE_EXPLICIT_CALL);
		/* a constant query and threshold make a constant: fold it now */
		right = eval_const_expressions(req->root, right);
	}
	else
	{
		righttype = TEXTOID;
		right = query;
	}
	opno = OpernameGetOprid(qualified(call->funcid, "%"), TEXTOID, righttype);
	if (!OidIsValid(opno))
		PG_RETURN_POINTER(NULL);
	op = (OpExpr *) make_opclause(opno, BOOLOID, false, (Expr *) candidate, (Expr *) right,
								  InvalidOid, call->inputcollid);
	set_opfuncid(op);
	op->location = call->location;
	PG_RETURN_POINTER(op);
}
