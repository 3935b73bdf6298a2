/*
 * sn_score_pg.h
 *		Scoring glue shared by the functions, operators and index support.
 */
#ifndef SN_SCORE_PG_H
#define SN_SCORE_PG_H

#include "postgres.h"
#include "fmgr.h"

#include "score.h"

/* The default of sanctions.threshold; README.md says how it was chosen. */
#define SN_DEFAULT_THRESHOLD 0.8

extern double sn_threshold;

extern void sn_define_gucs(void);

/* sanctions.query: a query name with its own threshold (varlena) */
typedef struct SnQuery
{
	int32		vl_len_;
	float4		threshold;
	char		name[FLEXIBLE_ARRAY_MEMBER];
} SnQuery;

#define SN_QUERY_NAME_LEN(q)	((int) (VARSIZE(q) - offsetof(SnQuery, name)))
#define DatumGetSnQueryP(d)		((SnQuery *) PG_DETOAST_DATUM(d))
#define PG_GETARG_SNQUERY_P(n)	DatumGetSnQueryP(PG_GETARG_DATUM(n))

/* ERROR (22023) unless 0 <= threshold <= 1 */
extern void sn_pg_check_threshold(float4 threshold);
extern SnQuery *sn_query_make(float4 threshold, const char *name, int len);

extern void sn_pg_prepare(text *t, sn_name *out);
extern void sn_pg_prepare_query(text *t, sn_name *out);
extern void sn_pg_prepare_query_bytes(const char *s, size_t len, sn_name *out);
extern const sn_name *sn_pg_cached_query(FunctionCallInfo fcinfo, text *query);
extern float4 sn_pg_score(FunctionCallInfo fcinfo, text *query, text *candidate);

#endif
