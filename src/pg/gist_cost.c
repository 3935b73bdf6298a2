/*
 * gist_cost.c
 *		The planner's cost of a scan of a name_gist_ops index.
 *
 * GiST's own estimate (genericcostestimate) assumes that a scan reads the
 * share of the index that the selectivity of its condition gives: a page
 * or two for name % query.  A name_gist_ops scan reads every leaf instead,
 * since an inner entry's signature, the union of the keys of the names
 * below it, is nearly full and rules out no subtree (README, "Where the
 * time goes"); for KNN ordering the first row comes only once every leaf
 * is bounded.
 * Priced at a page or two, a GiST index on the same column as a GIN index
 * took % from it at ten times GIN's time.  The planner is told the cost of
 * the scan it gets: every page, and each row's leaf test (its keys decoded
 * and the score's bound computed from them, about a tenth of the score's
 * cost, which the operators declare as COST 100).
 *
 * GiST's estimate is the AM's; a planner hook gives the name_gist_ops
 * indexes of each relation planned this one instead.  The hook is in place
 * from the moment the library loads, which planning a relation with such
 * an index causes by itself: reading the index's opclass options calls the
 * operator class's options function, before the hook is consulted.  So
 * even a session's first query is priced this way.
 */
#include "sn_pg.h"

#include "catalog/namespace.h"
#include "catalog/pg_am_d.h"
#include "catalog/pg_opfamily.h"
#include "nodes/pathnodes.h"
#include "optimizer/cost.h"
#include "optimizer/optimizer.h"
#include "optimizer/plancat.h"
#include "utils/index_selfuncs.h"
#include "utils/spccache.h"
#include "utils/syscache.h"

#include "sn_index.h"

/* A leaf test's cost, in cpu_operator_cost (the score costs 100) */
#define LEAF_TEST_COST	10.0

static get_relation_info_hook_type prev_get_relation_info = NULL;

/* Whether the index path has a clause or an ordering on a name_gist_ops column */
static bool
uses_name_gist(IndexPath *path, Oid opfamily)
{
	IndexOptInfo *index = path->indexinfo;
	ListCell   *lc;

	foreach(lc, path->indexclauses)
	{
		IndexClause *ic = lfirst_node(IndexClause, lc);

		if (index->opfamily[ic->indexcol] == opfamily)
			return true;
	}
	foreach(lc, path->indexorderbycols)
	{
		if (index->opfamily[lfirst_int(lc)] == opfamily)
			return true;
	}
	return false;
}

/*
 * The operator family's OID, or InvalidOid where the extension is not
 * installed.  By the catalogue caches, with no permission check: the
 * planner asks for every relation with a GiST index, whoever plans it.
 */
static Oid
name_gist_opfamily(void)
{
	Oid			nsp = get_namespace_oid("sanctions", true);

	if (!OidIsValid(nsp))
		return InvalidOid;
	return GetSysCacheOid3(OPFAMILYAMNAMENSP, Anum_pg_opfamily_oid,
						   ObjectIdGetDatum(GIST_AM_OID),
						   CStringGetDatum("name_gist_ops"),
						   ObjectIdGetDatum(nsp));
}

static void
name_gist_costestimate(PlannerInfo *root, IndexPath *path, double loop_count,
					   Cost *indexStartupCost, Cost *indexTotalCost,
					   Selectivity *indexSelectivity, double *indexCorrelation,
					   double *indexPages)
{
	IndexOptInfo *index = path->indexinfo;
	double		random_page_cost,
				pages_fetched;
	Cost		full;

	gistcostestimate(root, path, loop_count, indexStartupCost, indexTotalCost,
					 indexSelectivity, indexCorrelation, indexPages);
	if (!uses_name_gist(path, name_gist_opfamily()))
		return;

	/*
	 * Every page, with repeated scans (the inner side of a nested loop)
	 * finding some in the cache, as genericcostestimate counts them; and
	 * every row's leaf test.
	 */
	get_tablespace_page_costs(index->reltablespace, &random_page_cost, NULL);
	pages_fetched = index_pages_fetched(index->pages * loop_count, index->pages,
										(double) index->pages, root);
	full = pages_fetched * random_page_cost / loop_count +
		index->tuples * (cpu_index_tuple_cost + LEAF_TEST_COST * cpu_operator_cost);
	if (full <= *indexTotalCost)
		return;
	*indexTotalCost = full + *indexStartupCost;
	/* ordered by <->, the first row comes after the last leaf */
	if (path->indexorderbys != NIL)
		*indexStartupCost = *indexTotalCost;
	*indexPages = index->pages;
}

static void
sn_get_relation_info(PlannerInfo *root, Oid relationObjectId, bool inhparent,
					 RelOptInfo *rel)
{
	ListCell   *lc;
	Oid			opfamily = InvalidOid;
	bool		looked_up = false;

	if (prev_get_relation_info)
		prev_get_relation_info(root, relationObjectId, inhparent, rel);

	foreach(lc, rel->indexlist)
	{
		IndexOptInfo *index = lfirst_node(IndexOptInfo, lc);
		int			col;

		if (index->relam != GIST_AM_OID)
			continue;
		/* the catalogue is asked only for relations with a GiST index */
		if (!looked_up)
		{
			opfamily = name_gist_opfamily();
			looked_up = true;
		}
		if (!OidIsValid(opfamily))
			return;
		for (col = 0; col < index->nkeycolumns; col++)
			if (index->opfamily[col] == opfamily)
			{
				index->amcostestimate = name_gist_costestimate;
				break;
			}
	}
}

void
sn_gist_cost_init(void)
{
	prev_get_relation_info = get_relation_info_hook;
	get_relation_info_hook = sn_get_relation_info;
}
