/*
 * score_fn.c
 *		similarity(), explain(), the % and <-> operators, the threshold
 *		setting and the per-query threshold type.
 *
 * Every function here prepares its names with sn_name_prepare (the query
 * with sn_query_prepare, which adds its other readings) and scores with
 * sn_score: one code path for the functions, the operators and the index
 * recheck.  The query side of a call is prepared once per call site
 * (cached in fn_extra, keyed by the query text), since a query is usually
 * compared with many candidates.
 */
#include "sn_pg.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "common/shortest_dec.h"
#include "libpq/pqformat.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

#include "score.h"
#include "sn_score_pg.h"

PG_FUNCTION_INFO_V1(sanctions_similarity);
PG_FUNCTION_INFO_V1(sanctions_similarity_op);
PG_FUNCTION_INFO_V1(sanctions_current_threshold);
PG_FUNCTION_INFO_V1(sanctions_distance_op);
PG_FUNCTION_INFO_V1(sanctions_similarity_query_op);
PG_FUNCTION_INFO_V1(sanctions_explain);
PG_FUNCTION_INFO_V1(sanctions_query);
PG_FUNCTION_INFO_V1(sanctions_query_in);
PG_FUNCTION_INFO_V1(sanctions_query_out);
PG_FUNCTION_INFO_V1(sanctions_query_send);
PG_FUNCTION_INFO_V1(sanctions_query_recv);
PG_FUNCTION_INFO_V1(sanctions_query_eq);
PG_FUNCTION_INFO_V1(sanctions_query_ne);
PG_FUNCTION_INFO_V1(sanctions_query_hash);
PG_FUNCTION_INFO_V1(sanctions_query_hash_extended);

double		sn_threshold = SN_DEFAULT_THRESHOLD;

void
sn_define_gucs(void)
{
	DefineCustomRealVariable("sanctions.threshold",
							 "Similarity at or above which the % operator reports a match.",
							 "Compared with sanctions.similarity(query, candidate); "
							 "see the README for how the default was chosen.",
							 &sn_threshold,
							 SN_DEFAULT_THRESHOLD, 0.0, 1.0,
							 PGC_USERSET, 0,
							 NULL, NULL, NULL);
	MarkGUCPrefixReserved("sanctions");
}

/*
 * Prepare a name from a text datum, raising any core error: a candidate,
 * or a query with its other readings (sn_query_prepare).
 */
static void
prepare(const char *s, size_t len, sn_name *out, bool query)
{
	sn_error	err;
	sn_status	st;

	sn_pg_check_encoding();
	st = query ? sn_query_prepare(s, len, out, &err) : sn_name_prepare(s, len, out, &err);
	if (st != SN_OK)
		sn_pg_raise(&err);
}

void
sn_pg_prepare(text *t, sn_name *out)
{
	prepare(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), out, false);
}

void
sn_pg_prepare_query(text *t, sn_name *out)
{
	prepare(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), out, true);
}

/* The same from the bytes of a name (a sanctions.query value's, uncopied) */
void
sn_pg_prepare_query_bytes(const char *s, size_t len, sn_name *out)
{
	prepare(s, len, out, true);
}

/*
 * The prepared query cached for a call site: re-prepared only when the
 * query's name changes (a join may pass a different query per row).
 */
typedef struct query_cache
{
	char	   *query;			/* copy of the query's name */
	size_t		len;
	sn_name		name;
} query_cache;

/*
 * The same, from the bytes of the name (a text's or a sanctions.query
 * value's, uncopied: the cache copies them only when the name changes)
 */
static const sn_name *
cached_query(FunctionCallInfo fcinfo, const char *s, size_t len)
{
	query_cache *qc = (query_cache *) fcinfo->flinfo->fn_extra;
	MemoryContext old;

	if (qc != NULL && qc->len == len && memcmp(qc->query, s, len) == 0)
		return &qc->name;

	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	/*
	 * The cache is set only once the name is prepared: preparing it may
	 * raise an error, after which a call with the same FmgrInfo must not
	 * find a half-made name under the new text (nor free the old one
	 * twice).
	 */
	if (qc != NULL)
	{
		fcinfo->flinfo->fn_extra = NULL;
		pfree(qc->query);
		sn_name_free(&qc->name);
		pfree(qc);
	}
	qc = palloc0(sizeof(query_cache));
	qc->query = palloc(len + 1);
	memcpy(qc->query, s, len);
	qc->len = len;
	prepare(s, len, &qc->name, true);
	fcinfo->flinfo->fn_extra = qc;
	MemoryContextSwitchTo(old);
	return &qc->name;
}

const sn_name *
sn_pg_cached_query(FunctionCallInfo fcinfo, text *query)
{
	return cached_query(fcinfo, VARDATA_ANY(query), VARSIZE_ANY_EXHDR(query));
}

/* Score of a candidate for a prepared query: the one scoring path. */
static float4
score_prepared(const sn_name *q, text *candidate)
{
	sn_name		c;
	double		s;

	sn_pg_prepare(candidate, &c);
	s = sn_score(q, &c, NULL);
	sn_name_free(&c);
	return (float4) s;
}

/* Score of a candidate for a (cached) query */
float4
sn_pg_score(FunctionCallInfo fcinfo, text *query, text *candidate)
{
	return score_prepared(sn_pg_cached_query(fcinfo, query), candidate);
}

/* similarity(query, candidate) */
Datum
sanctions_similarity(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT4(sn_pg_score(fcinfo, PG_GETARG_TEXT_PP(0), PG_GETARG_TEXT_PP(1)));
}

/* candidate % query: at or above sanctions.threshold */
Datum
sanctions_similarity_op(PG_FUNCTION_ARGS)
{
	float4		s = sn_pg_score(fcinfo, PG_GETARG_TEXT_PP(1), PG_GETARG_TEXT_PP(0));

	PG_RETURN_BOOL(s >= (float4) sn_threshold);
}

/*
 * current_threshold(): the threshold % compares with, as % reads it (a
 * float4, so that a row the operator accepts is one whose similarity is at
 * least the value returned)
 */
Datum
sanctions_current_threshold(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT4((float4) sn_threshold);
}

/* candidate <-> query: 1 - similarity, for ORDER BY ... LIMIT k */
Datum
sanctions_distance_op(PG_FUNCTION_ARGS)
{
	float4		s = sn_pg_score(fcinfo, PG_GETARG_TEXT_PP(1), PG_GETARG_TEXT_PP(0));

	PG_RETURN_FLOAT4(1.0f - s);
}

/* ------------------------------------------------------------------
 * sanctions.query: a query name with its own threshold
 *
 * candidate % sanctions.query('name', 0.7) matches like candidate % 'name'
 * at threshold 0.7 whatever the setting says, so it is IMMUTABLE, works
 * behind connection poolers, and the indexes serve it.  The type is a
 * varlena: a float4 threshold followed by the query text.
 * ------------------------------------------------------------------
 */

void
sn_pg_check_threshold(float4 threshold)
{
	if (isnan(threshold) || threshold < 0.0f || threshold > 1.0f)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("threshold %g is out of range", (double) threshold),
				 errdetail("A threshold is a similarity between 0 and 1.")));
}

SnQuery *
sn_query_make(float4 threshold, const char *name, int len)
{
	SnQuery    *q;

	sn_pg_check_threshold(threshold);
	if (threshold == 0.0f)
		threshold = 0.0f;		/* -0 reads as 0: equal values print alike */
	q = (SnQuery *) palloc(offsetof(SnQuery, name) + len);
	SET_VARSIZE(q, offsetof(SnQuery, name) + len);
	q->threshold = threshold;
	memcpy(q->name, name, len);
	return q;
}

Datum
sanctions_query(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	float4		threshold = PG_GETARG_FLOAT4(1);

	PG_RETURN_POINTER(sn_query_make(threshold, VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name)));
}

/* Text form: the threshold, a colon, the name: '0.7:Vladimir Putin'. */
Datum
sanctions_query_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	char	   *colon = strchr(str, ':');
	char	   *num;
	char	   *end;
	float4		threshold;

	if (colon == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type sanctions.query: \"%s\"", str),
				 errhint("Write the threshold, a colon and the name, as in '0.7:Vladimir Putin', or call sanctions.query(name, threshold).")));
	/* (the caller's string is left as it is: COPY hands over its buffer) */
	num = pnstrdup(str, colon - str);
	threshold = strtof(num, &end);
	if (end == num || *end != '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid threshold \"%s\" in sanctions.query value", num)));
	PG_RETURN_POINTER(sn_query_make(threshold, colon + 1, strlen(colon + 1)));
}

Datum
sanctions_query_out(PG_FUNCTION_ARGS)
{
	SnQuery    *q = PG_GETARG_SNQUERY_P(0);
	int			len = SN_QUERY_NAME_LEN(q);

	char		num[FLOAT_SHORTEST_DECIMAL_LEN];

	/* the shortest digits that read back as the same real, as float4out */
	float_to_shortest_decimal_buf(q->threshold, num);
	PG_RETURN_CSTRING(psprintf("%s:%.*s", num, len, q->name));
}

/*
 * Binary form: the threshold as float4, then the name as text (in the
 * client's encoding, as text's binary form is).
 */
Datum
sanctions_query_send(PG_FUNCTION_ARGS)
{
	SnQuery    *q = PG_GETARG_SNQUERY_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendfloat4(&buf, q->threshold);
	pq_sendtext(&buf, q->name, SN_QUERY_NAME_LEN(q));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
sanctions_query_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	float4		threshold = pq_getmsgfloat4(buf);
	int			len;
	char	   *name = pq_getmsgtext(buf, buf->len - buf->cursor, &len);

	PG_RETURN_POINTER(sn_query_make(threshold, name, len));
}

/*
 * Equality, for DISTINCT, GROUP BY, UNION and IN over stored queries: the
 * same threshold and the same name, byte for byte (so two spellings of one
 * name are two queries, as they are two lines of a screening log)
 */
static bool
query_equal(SnQuery *a, SnQuery *b)
{
	return a->threshold == b->threshold && SN_QUERY_NAME_LEN(a) == SN_QUERY_NAME_LEN(b) &&
		memcmp(a->name, b->name, SN_QUERY_NAME_LEN(a)) == 0;
}

Datum
sanctions_query_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(query_equal(PG_GETARG_SNQUERY_P(0), PG_GETARG_SNQUERY_P(1)));
}

Datum
sanctions_query_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!query_equal(PG_GETARG_SNQUERY_P(0), PG_GETARG_SNQUERY_P(1)));
}

/* The threshold's bits, -0 read as 0 (equal thresholds: one hash) */
static uint32
threshold_bits(const SnQuery *q)
{
	float4		t = q->threshold == 0.0f ? 0.0f : q->threshold;
	uint32		bits;

	memcpy(&bits, &t, sizeof(bits));
	return bits;
}

Datum
sanctions_query_hash(PG_FUNCTION_ARGS)
{
	SnQuery    *q = PG_GETARG_SNQUERY_P(0);

	PG_RETURN_UINT32(hash_combine(hash_bytes_uint32(threshold_bits(q)),
								  hash_bytes((const unsigned char *) q->name, SN_QUERY_NAME_LEN(q))));
}

/* The same with a seed, for hash partitioning */
Datum
sanctions_query_hash_extended(PG_FUNCTION_ARGS)
{
	SnQuery    *q = PG_GETARG_SNQUERY_P(0);
	uint64		seed = PG_GETARG_INT64(1);

	PG_RETURN_UINT64(hash_combine64(hash_bytes_uint32_extended(threshold_bits(q), seed),
									hash_bytes_extended((const unsigned char *) q->name,
														SN_QUERY_NAME_LEN(q), seed)));
}

/* candidate % sanctions.query(name, threshold) */
Datum
sanctions_similarity_query_op(PG_FUNCTION_ARGS)
{
	text	   *candidate = PG_GETARG_TEXT_PP(0);
	SnQuery    *q = PG_GETARG_SNQUERY_P(1);
	float4		s = score_prepared(cached_query(fcinfo, q->name, SN_QUERY_NAME_LEN(q)), candidate);

	PG_RETURN_BOOL(s >= q->threshold);
}

/* explain(query, candidate): the alignment behind the score, as jsonb */
Datum
sanctions_explain(PG_FUNCTION_ARGS)
{
	sn_name		q,
				c;
	sn_buf		out;

	sn_pg_prepare_query(PG_GETARG_TEXT_PP(0), &q);
	sn_pg_prepare(PG_GETARG_TEXT_PP(1), &c);
	sn_buf_init(&out, 512);
	(void) sn_score(&q, &c, &out);
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(out.data)));
}
