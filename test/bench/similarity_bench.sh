#!/usr/bin/env bash
# similarity_bench.sh: pairs per second of sanctions.similarity() against
# pg_trgm's similarity() on the same pairs, in one run.
#
# Pair sets:
#   name bench    the 423 labelled pairs of
#                 eval/nomenklatura_name_bench/cases_dev.csv (name1 as the
#                 query, name2 as the candidate), repeated --bench-copies
#                 times, the query changing from one row to the next
#   list x query  --queries real list names (drawn deterministically, each
#                 in one disguise as in index_bench.sh) against every OFAC
#                 SDN name and alias, query by query: the pattern of a
#                 recheck or a join, one query against many candidates
# Each set is scored four ways: sanctions.similarity(query, candidate) on
# the candidate as written and on the candidate already normalised (a
# stored sanctions.normalize(name) column), and public.similarity (pg_trgm)
# on each of the same two columns.  Each measurement is one
# SELECT sum(f(query, candidate)) over the pair table, timed by EXPLAIN
# ANALYZE (TIMING OFF: execution time) and by the on-CPU time of the backend
# (/proc/self/schedstat, which advances in scheduler ticks: a few ms in
# runs of about a second), the methods interleaved, --reps repetitions; the
# medians are printed, and so is the same scan with no function (the cost
# of reading the pairs), which every figure includes.  The goal is judged
# on on-CPU time, which other processes on the machine do not inflate.  One backend,
# no parallel workers, JIT off: the figures are per core.  It prints
# figures; it asserts nothing.
#
# Usage: bash test/bench/similarity_bench.sh [options]
#   --reps N           repetitions (default 5)
#   --queries N        queries of the list x query set (default 50)
#   --bench-copies N   copies of the name-bench pairs (default 200)
# Environment: SN_DATA (default ../shared/data); SN_BENCH_SERVER=existing
# uses the server in PGHOST/PGPORT instead of building and starting one.
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"
. "$SN_ROOT/test/bench/lib.sh"

REPS=5
NQ=50
COPIES=200
while [ $# -gt 0 ]; do
	case $1 in
	--reps) REPS=$2; shift 2 ;;
	--queries) NQ=$2; shift 2 ;;
	--bench-copies) COPIES=$2; shift 2 ;;
	-h | --help) sn_bench_help; exit 0 ;;
	*) echo "unknown option $1 (try --help)" >&2; exit 2 ;;
	esac
done

sn_bench_start eval/nomenklatura_name_bench/cases_dev.csv
sn_bench_db sn_simbench

sn_log "loading the pairs"
sn_bench_load_lists
sn_psql >/dev/null <<SQL
CREATE EXTENSION sanctions;
CREATE EXTENSION pg_trgm;
CREATE EXTENSION pg_prewarm;

CREATE TEMP TABLE cases (case_group text, schema text, name1 text, name2 text, is_match text,
	quality text, category text, notes text);
\copy cases FROM '$SN_DATA/eval/nomenklatura_name_bench/cases_dev.csv' CSV HEADER

-- name bench: copy after copy, so that the query changes from row to row
CREATE TABLE pairs_bench AS
	SELECT c.name1 AS q, c.name2 AS c, sanctions.normalize(c.name2) AS c_norm
	FROM generate_series(1, $COPIES) g,
		(SELECT row_number() OVER () AS r, * FROM cases) c
	ORDER BY g, c.r;

-- list x query: each query against every OFAC name, query by query
CREATE TABLE ofac AS SELECT row_number() OVER (ORDER BY name) AS id, name
	FROM list_names WHERE source = 'ofac';
CREATE TABLE queries (qid serial PRIMARY KEY, kind text, q text);
WITH drawn AS (
	SELECT name, row_number() OVER (ORDER BY md5(name), name) AS r
	FROM list_names ORDER BY md5(name), name LIMIT $NQ)
INSERT INTO queries (kind, q)
SELECT k, CASE k
	WHEN 'as listed' THEN name
	WHEN 'typo' THEN overlay(name placing '' from 1 + length(name) / 2 for 1)
	WHEN 'swapped letters' THEN overlay(name placing substr(name, 3, 1) || substr(name, 2, 1) from 2 for 2)
	WHEN 'reordered' THEN array_to_string(ARRAY(SELECT t FROM unnest(string_to_array(name, ' ')) WITH ORDINALITY u(t, o) ORDER BY o DESC), ' ')
	WHEN 'token dropped' THEN regexp_replace(name, '^\S+\s+', '')
	WHEN 'lower case' THEN lower(name)
	END
FROM drawn, LATERAL (SELECT (ARRAY['as listed', 'typo', 'swapped letters', 'reordered', 'token dropped', 'lower case'])[1 + r % 6] AS k) x
ORDER BY r;
CREATE TABLE pairs_list AS
	SELECT q.q, o.name AS c, sanctions.normalize(o.name) AS c_norm
	FROM queries q CROSS JOIN ofac o ORDER BY q.qid, o.id;
VACUUM ANALYZE pairs_bench;
VACUUM ANALYZE pairs_list;
SELECT pg_prewarm('pairs_bench'), pg_prewarm('pairs_list');

CREATE TABLE runs (pairs text, method text, rep int, npairs bigint, ms float8, cpu_ms float8,
	wait_ms float8);
CREATE FUNCTION bench_sum(p_pairs text, p_method text, p_expr text, p_rep int)
RETURNS void LANGUAGE plpgsql AS \$\$
DECLARE
	j json;
	s0 bigint[];
	s1 bigint[];
BEGIN
	s0 := bench_schedstat();
	EXECUTE format('EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) SELECT sum(%s) FROM %I', p_expr, p_pairs) INTO j;
	s1 := bench_schedstat();
	IF p_rep > 0 THEN
		INSERT INTO runs VALUES (p_pairs, p_method, p_rep,
			(j->0->'Plan'->'Plans'->0->>'Actual Rows')::bigint, (j->0->>'Execution Time')::float8,
			(s1[1] - s0[1]) / 1e6, (s1[2] - s0[2]) / 1e6);
	END IF;
END \$\$;
CREATE TABLE methods (ord int, method text, expr text);
INSERT INTO methods VALUES
	(1, 'sanctions.similarity, candidate as written', 'sanctions.similarity(q, c)'),
	(2, 'sanctions.similarity, candidate normalised', 'sanctions.similarity(q, c_norm)'),
	(3, 'pg_trgm similarity, candidate as written', 'public.similarity(q, c)'),
	(4, 'pg_trgm similarity, candidate normalised', 'public.similarity(q, c_norm)'),
	(5, 'no function (reading the pairs)', 'length(q) + length(c)');
SQL

sn_bench_sql_cpu
sn_log "timing: $REPS repetitions"
sn_psql >/dev/null <<SQL
SET jit = off;
SET max_parallel_workers_per_gather = 0;
DO \$\$
DECLARE
	p text;
	m record;
BEGIN
	FOR rep IN 0 .. $REPS LOOP	-- repetition 0 warms up and is not kept
		FOREACH p IN ARRAY ARRAY['pairs_bench', 'pairs_list'] LOOP
			FOR m IN SELECT * FROM methods ORDER BY ord LOOP
				PERFORM bench_sum(p, m.method, m.expr, rep);
			END LOOP;
		END LOOP;
	END LOOP;
END \$\$;
SQL

echo
echo "== pairs per second, one backend ($(nproc) cores on the machine, load average $(cut -d' ' -f1-3 /proc/loadavg)), median of $REPS repetitions =="
sn_psql -P footer=off <<'SQL'
CREATE TEMP VIEW summary AS
SELECT pairs, method, max(npairs) AS npairs,
	percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms,
	percentile_cont(0.5) WITHIN GROUP (ORDER BY cpu_ms) AS cpu_ms,
	percentile_cont(0.5) WITHIN GROUP (ORDER BY npairs / nullif(ms / 1000, 0)) AS pps,
	percentile_cont(0.5) WITHIN GROUP (ORDER BY npairs / nullif(cpu_ms / 1000, 0)) AS cpu_pps,
	min(ms) AS min_ms, max(ms) AS max_ms,
	sum(wait_ms) / nullif(sum(cpu_ms) + sum(wait_ms), 0) AS wait_share
FROM runs GROUP BY pairs, method;
\echo elapsed: the execution time of SELECT sum(f(query, candidate)) over all pairs; cpu: the
\echo on-CPU time of the backend for it; wait: share of the time spent waiting for a core,
\echo that is taken by other processes on the machine; net: per pair, less the same scan with
\echo no function
SELECT CASE s.pairs WHEN 'pairs_bench' THEN 'name bench' ELSE 'list x query' END AS pairs,
	s.method, s.npairs AS pairs_per_run, round(s.ms::numeric, 1) AS median_ms,
	round(s.min_ms::numeric, 1) AS min_ms, round(s.max_ms::numeric, 1) AS max_ms,
	round(s.pps::numeric, -2) AS pairs_per_s, round(s.cpu_pps::numeric, -2) AS pairs_per_cpu_s,
	round(100 * s.wait_share::numeric, 0) || '%' AS wait,
	round((1000 * (s.cpu_ms - b.cpu_ms) / s.npairs)::numeric, 2) AS cpu_us_per_pair_net
FROM summary s JOIN methods m USING (method)
JOIN summary b ON b.pairs = s.pairs AND b.method = 'no function (reading the pairs)'
ORDER BY s.pairs, m.ord;
\echo
\echo ratios sanctions / pg_trgm in pairs per second (goal: at least 1, no slower per pair)
SELECT CASE o.pairs WHEN 'pairs_bench' THEN 'name bench' ELSE 'list x query' END AS pairs,
	replace(o.method, 'sanctions.similarity, ', '') AS candidate,
	round((o.pps / t.pps)::numeric, 3) AS ratio_elapsed,
	round((o.cpu_pps / t.cpu_pps)::numeric, 3) AS ratio_cpu,
	round(((t.cpu_ms - b.cpu_ms) / nullif(o.cpu_ms - b.cpu_ms, 0))::numeric, 3) AS ratio_cpu_net,
	CASE WHEN o.cpu_pps >= t.cpu_pps THEN 'met' ELSE 'not met' END AS goal_at_least_1
FROM summary o
JOIN summary t ON t.pairs = o.pairs AND t.method LIKE 'pg_trgm%'
	AND (t.method LIKE '%as written') = (o.method LIKE '%as written')
JOIN summary b ON b.pairs = o.pairs AND b.method = 'no function (reading the pairs)'
WHERE o.method LIKE 'sanctions%'
ORDER BY o.pairs, o.method;
SQL
echo
echo "similarity_bench: $(( $(date +%s) - started )) s in all; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
