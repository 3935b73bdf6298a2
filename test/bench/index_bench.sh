#!/usr/bin/env bash
# index_bench.sh: the GIN and GiST operator classes of sanctions against
# pg_trgm's, on the same names and the same queries, in one run.
#
# Names: every name of the real lists (OFAC SDN names and aliases, UN
# targets and aliases, UK HMT/OFSI), topped up to the table size with
# first/last-name combinations drawn deterministically from
# ../shared/data/names.  Queries: real names from the first 100,000 rows,
# drawn deterministically, each in one disguise (as listed, a dropped
# letter, two letters swapped, tokens reversed, first token dropped, lower
# case), the same queries at every size.
#
# For each size it prints the build time and size of each index, then the
# median and 95th percentile of the execution time per query (EXPLAIN
# (ANALYZE, TIMING OFF), after pg_prewarm and a warm-up pass, the methods
# interleaved query by query) of:
#   sanctions GIN    name % q at sanctions.threshold (default)
#   pg_trgm GIN      name % q at pg_trgm.similarity_threshold 0.3 (default)
#                    and at the threshold whose result count over all
#                    queries is closest to sanctions'
#   sanctions GiST   name % q, and ORDER BY name <-> q LIMIT 10
#   pg_trgm GiST     name % q at that same threshold, and ORDER BY name <-> q
#                    LIMIT 10
# and the ratios sanctions / pg_trgm with the goals next to them.  Then the
# customer join (customers from negatives_us.csv against every list name,
# JOIN ... ON list.name % customer.name through each GIN index) and the
# GiST signature length (siglen) sweep.  It prints figures; it asserts
# nothing.
#
# Usage: bash test/bench/index_bench.sh [options]
#   --names N[,N...]    table sizes (default 100000; 1000000 for the large run)
#   --queries N         queries per size (default 200)
#   --customers N       customers in the join (default 10000; 0 skips it)
#   --siglen L[,L...]   GiST siglen values to compare on the first size
#                       (default 32,64,128,256; "none" skips it)
#   --siglen-queries N  queries for the siglen comparison (default 50)
# Environment: SN_DATA (default ../shared/data); SN_BENCH_SERVER=existing
# uses the server in PGHOST/PGPORT instead of building and starting one.
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"
. "$SN_ROOT/test/bench/lib.sh"

SIZES=100000
NQ=200
NCUST=10000
SIGLENS=32,64,128,256
SIGLEN_NQ=50
while [ $# -gt 0 ]; do
	case $1 in
	--names) SIZES=$2; shift 2 ;;
	--queries) NQ=$2; shift 2 ;;
	--customers) NCUST=$2; shift 2 ;;
	--siglen) SIGLENS=$2; shift 2 ;;
	--siglen-queries) SIGLEN_NQ=$2; shift 2 ;;
	-h | --help) sn_bench_help; exit 0 ;;
	*) echo "unknown option $1 (try --help)" >&2; exit 2 ;;
	esac
done

sn_bench_start eval/yente_candidate_generation/negatives_us.csv
sn_bench_shared_buffers 2GB
sn_bench_db sn_bench

sn_log "loading the list names and the name pools"
sn_bench_load_lists
sn_bench_load_pools
sn_psql <<'SQL'
CREATE EXTENSION sanctions;
CREATE EXTENSION pg_trgm;
CREATE EXTENSION pg_prewarm;
-- builds: the same memory for every index
ALTER DATABASE sn_bench SET maintenance_work_mem = '1GB';

CREATE TABLE builds (size int, label text, relname text, ms float8, bytes bigint, cpu_ms float8);
CREATE TABLE timings (size int, pass int, qid int, method text, exec_ms float8,
	plan_ms float8, nrows bigint, used_index bool, cpu_ms float8, wait_ms float8);

-- Build one index, timed.
CREATE FUNCTION bench_build(p_size int, p_label text, p_relname text, p_sql text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
	s0 bigint[];
BEGIN
	t0 := clock_timestamp();
	s0 := bench_schedstat();
	EXECUTE p_sql;
	INSERT INTO builds VALUES (p_size, p_label, p_relname,
		1000 * extract(epoch FROM clock_timestamp() - t0),
		pg_relation_size(p_relname::regclass), ((bench_schedstat())[1] - s0[1]) / 1e6);
END $$;

-- The methods timed: the query (q = the query as a literal), the index it
-- must use, and the settings it runs with.
CREATE TABLE methods (ord int, method text, sql text, index_name text, gucs text[]);

-- One pass: for each query, each method in turn (so that any change in
-- the machine's load falls on every method alike); EXPLAIN (ANALYZE,
-- TIMING OFF) gives the execution and planning time and the rows, and
-- /proc/self/schedstat the on-CPU time of the backend for the whole
-- statement (planning, execution, EXPLAIN) and its time waiting for a core.
-- That on-CPU time advances in scheduler ticks (4 ms here), so only its
-- mean over many queries means anything.
CREATE FUNCTION bench_pass(p_size int, p_pass int, p_methods text[], p_nq int)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	qr record;
	m record;
	g text;
	j json;
	s0 bigint[];
	s1 bigint[];
	done int := 0;
BEGIN
	FOR qr IN SELECT qid, q FROM queries WHERE qid <= p_nq ORDER BY qid LOOP
		FOR m IN SELECT * FROM methods WHERE method = ANY (p_methods) ORDER BY ord LOOP
			FOREACH g IN ARRAY m.gucs LOOP
				PERFORM set_config(split_part(g, '=', 1), split_part(g, '=', 2), true);
			END LOOP;
			s0 := bench_schedstat();
			EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ' || replace(m.sql, '$q', quote_literal(qr.q))
				INTO j;
			s1 := bench_schedstat();
			IF p_pass > 0 THEN
				INSERT INTO timings VALUES (p_size, p_pass, qr.qid, m.method,
					(j->0->>'Execution Time')::float8, (j->0->>'Planning Time')::float8,
					(j->0->'Plan'->>'Actual Rows')::bigint,
					strpos(j::text, '"Index Name": "' || m.index_name || '"') > 0,
					(s1[1] - s0[1]) / 1e6, (s1[2] - s0[2]) / 1e6);
			END IF;
			PERFORM set_config('enable_seqscan', 'on', true);
			PERFORM set_config('enable_bitmapscan', 'on', true);
			PERFORM set_config('enable_indexscan', 'on', true);
		END LOOP;
		done := done + 1;
		IF done % 50 = 0 THEN
			RAISE NOTICE '% of % queries done', done, p_nq;
		END IF;
	END LOOP;
END $$;

INSERT INTO methods VALUES
	(1, 'sanctions GIN %', 'SELECT id, name FROM n_gin WHERE name OPERATOR(sanctions.%) $q',
		'n_gin_sanctions', '{enable_seqscan=off,enable_indexscan=off}'),
	(2, 'pg_trgm GIN % 0.3', 'SELECT id, name FROM n_gin WHERE name OPERATOR(public.%) $q',
		'n_gin_trgm', '{enable_seqscan=off,enable_indexscan=off,pg_trgm.similarity_threshold=0.3}'),
	(3, 'pg_trgm GIN % teq', 'SELECT id, name FROM n_gin WHERE name OPERATOR(public.%) $q',
		'n_gin_trgm', '{enable_seqscan=off,enable_indexscan=off}'),
	(4, 'sanctions GiST %', 'SELECT id, name FROM n_gist WHERE name OPERATOR(sanctions.%) $q',
		'n_gist_sanctions', '{enable_seqscan=off}'),
	(5, 'pg_trgm GiST % teq', 'SELECT id, name FROM n_gist WHERE name OPERATOR(public.%) $q',
		'n_gist_trgm', '{enable_seqscan=off}'),
	(6, 'sanctions GiST KNN', 'SELECT id, name FROM n_gist ORDER BY name OPERATOR(sanctions.<->) $q LIMIT 10',
		'n_gist_sanctions', '{enable_seqscan=off,enable_bitmapscan=off}'),
	(7, 'pg_trgm GiST KNN', 'SELECT id, name FROM n_gist ORDER BY name OPERATOR(public.<->) $q LIMIT 10',
		'n_gist_trgm', '{enable_seqscan=off,enable_bitmapscan=off}');

-- latency summary of one size
CREATE VIEW latency AS
SELECT size, method, count(*) AS queries,
	percentile_cont(0.5) WITHIN GROUP (ORDER BY exec_ms) AS median_ms,
	percentile_cont(0.95) WITHIN GROUP (ORDER BY exec_ms) AS p95_ms,
	avg(exec_ms) AS mean_ms,
	percentile_cont(0.5) WITHIN GROUP (ORDER BY plan_ms) AS plan_median_ms,
	avg(cpu_ms) AS cpu_mean_ms,
	sum(wait_ms) / nullif(sum(cpu_ms) + sum(wait_ms), 0) AS wait_share,
	sum(nrows) AS total_rows,
	percentile_cont(0.5) WITHIN GROUP (ORDER BY nrows) AS median_rows,
	bool_and(used_index) AS used_index
FROM timings WHERE pass = 1 GROUP BY size, method;
SQL

# the default threshold (the setting exists once the library is loaded)
threshold=$(sn_psql -At -c "SELECT sanctions.normalize('')" -c "SHOW sanctions.threshold" | tail -1)
sn_bench_sql_cpu
first_size=${SIZES%%,*}
for size in ${SIZES//,/ }; do
	sn_log "$size names: making the table"
	sn_psql -c "SET client_min_messages = warning" -c "DROP TABLE IF EXISTS n_gin, n_gist, queries"
	sn_bench_make_names n_gin "$size"
	sn_psql <<SQL
-- one copy per access method, so that each scan can only use the index it tests
CREATE TABLE n_gist AS SELECT * FROM n_gin;
ALTER TABLE n_gist ADD PRIMARY KEY (id);
ANALYZE n_gist;
CREATE TABLE queries (qid serial PRIMARY KEY, kind text, q text);
WITH drawn AS (
	SELECT name, row_number() OVER (ORDER BY md5(name), name) AS r
	FROM n_gin WHERE id <= 100000
	ORDER BY md5(name), name LIMIT $NQ)
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
SQL

	sn_log "$size names: building the indexes"
	sn_psql >/dev/null <<SQL
SELECT bench_build($size, 'sanctions GIN', 'n_gin_sanctions',
	'CREATE INDEX n_gin_sanctions ON n_gin USING gin (name sanctions.name_gin_ops)');
SELECT bench_build($size, 'pg_trgm GIN', 'n_gin_trgm',
	'CREATE INDEX n_gin_trgm ON n_gin USING gin (name gin_trgm_ops)');
SELECT bench_build($size, 'sanctions GiST', 'n_gist_sanctions',
	'CREATE INDEX n_gist_sanctions ON n_gist USING gist (name sanctions.name_gist_ops)');
SELECT bench_build($size, 'pg_trgm GiST', 'n_gist_trgm',
	'CREATE INDEX n_gist_trgm ON n_gist USING gist (name gist_trgm_ops)');
SQL

	sn_log "$size names: choosing the pg_trgm threshold with as many results as sanctions"
	teq=$(sn_psql -At <<'SQL'
SET enable_seqscan = off; SET enable_indexscan = off;
SET pg_trgm.similarity_threshold = 0.3;
CREATE TEMP TABLE trgm_sims AS
	SELECT q.qid, public.similarity(n.name, q.q) AS s
	FROM queries q CROSS JOIN LATERAL (SELECT name FROM n_gin WHERE name OPERATOR(public.%) q.q) n;
CREATE TEMP TABLE ours AS
	SELECT count(*) AS n FROM queries q
	CROSS JOIN LATERAL (SELECT 1 FROM n_gin WHERE name OPERATOR(sanctions.%) q.q) n;
SELECT t FROM (SELECT (x / 100.0)::real AS t FROM generate_series(30, 95, 5) x) ts
ORDER BY abs((SELECT count(*) FROM trgm_sims WHERE s >= t) - (SELECT n FROM ours)), t DESC
LIMIT 1;
SQL
)
	sn_psql <<SQL
UPDATE methods SET gucs = ARRAY(SELECT g FROM unnest(gucs) g WHERE g NOT LIKE 'pg_trgm.similarity_threshold=%')
	|| 'pg_trgm.similarity_threshold=$teq'::text WHERE method LIKE '%teq';
SQL

	sn_log "$size names: $NQ queries, warm-up pass, then the timed pass"
	sn_psql >/dev/null <<SQL
SELECT count(pg_prewarm(c)) FROM unnest(ARRAY['n_gin', 'n_gist', 'n_gin_sanctions', 'n_gin_trgm',
	'n_gist_sanctions', 'n_gist_trgm']::regclass[]) c;
SELECT bench_pass($size, 0, ARRAY(SELECT method FROM methods), least($NQ, 20));
SELECT bench_pass($size, 1, ARRAY(SELECT method FROM methods), $NQ);
SQL

	echo
	echo "== $size names, $(sn_psql -At -c "SELECT count(*) FROM queries") queries; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) =="
	echo "pg_trgm threshold with the result count closest to sanctions' (sanctions.threshold $threshold): $teq"
	sn_psql -P footer=off <<SQL
\echo
\echo index build time and size
SELECT label AS index, round((ms / 1000)::numeric, 2) AS build_s,
	round((cpu_ms / 1000)::numeric, 2) AS build_cpu_s, round(bytes / 1048576.0, 1) AS size_mib
FROM builds WHERE size = $size ORDER BY label;
\echo
\echo time per query, ms: execution time (EXPLAIN ANALYZE, TIMING OFF; warm cache), planning
\echo time, and the mean on-CPU time of the backend for the whole statement; wait = share of
\echo the time spent waiting for a core, that is taken by other processes on the machine
SELECT replace(method, 'teq', '$teq') AS method, round(median_ms::numeric, 2) AS median,
	round(p95_ms::numeric, 2) AS p95, round(mean_ms::numeric, 2) AS mean,
	round(plan_median_ms::numeric, 2) AS plan_median,
	round(cpu_mean_ms::numeric, 2) AS cpu_mean,
	round(100 * wait_share::numeric, 0) || '%' AS wait,
	total_rows AS rows, median_rows, CASE WHEN used_index THEN 'yes' ELSE 'NO' END AS index_used
FROM latency l JOIN methods USING (method) WHERE size = $size ORDER BY ord;
\echo
\echo ratios sanctions / pg_trgm (below 1: sanctions is faster or smaller)
WITH l AS (SELECT method, median_ms, p95_ms, cpu_mean_ms FROM latency WHERE size = $size),
b AS (SELECT label, ms, bytes, cpu_ms FROM builds WHERE size = $size)
SELECT what, round(ratio::numeric, 3) AS ratio, goal,
	CASE WHEN goal = '' THEN '' WHEN ratio <= split_part(goal, ' ', 2)::float8 THEN 'met' ELSE 'not met' END AS status
FROM (VALUES
	('% median: sanctions GIN / pg_trgm GIN at 0.3',
		(SELECT median_ms FROM l WHERE method = 'sanctions GIN %') / (SELECT median_ms FROM l WHERE method = 'pg_trgm GIN % 0.3'), '<= 0.2'),
	('% median: sanctions GIN / pg_trgm GIN at $teq',
		(SELECT median_ms FROM l WHERE method = 'sanctions GIN %') / (SELECT median_ms FROM l WHERE method = 'pg_trgm GIN % teq'), ''),
	('% p95: sanctions GIN / pg_trgm GIN at 0.3',
		(SELECT p95_ms FROM l WHERE method = 'sanctions GIN %') / (SELECT p95_ms FROM l WHERE method = 'pg_trgm GIN % 0.3'), ''),
	('% median: sanctions GiST / pg_trgm GiST at $teq',
		(SELECT median_ms FROM l WHERE method = 'sanctions GiST %') / (SELECT median_ms FROM l WHERE method = 'pg_trgm GiST % teq'), ''),
	('KNN top-10 median: sanctions GiST / pg_trgm GiST',
		(SELECT median_ms FROM l WHERE method = 'sanctions GiST KNN') / (SELECT median_ms FROM l WHERE method = 'pg_trgm GiST KNN'), '<= 0.2'),
	('KNN top-10 p95: sanctions GiST / pg_trgm GiST',
		(SELECT p95_ms FROM l WHERE method = 'sanctions GiST KNN') / (SELECT p95_ms FROM l WHERE method = 'pg_trgm GiST KNN'), ''),
	('GIN index size',
		(SELECT bytes FROM b WHERE label = 'sanctions GIN')::float8 / (SELECT bytes FROM b WHERE label = 'pg_trgm GIN'), '<= 1'),
	('GiST index size',
		(SELECT bytes FROM b WHERE label = 'sanctions GiST')::float8 / (SELECT bytes FROM b WHERE label = 'pg_trgm GiST'), ''),
	('GIN build time',
		(SELECT ms FROM b WHERE label = 'sanctions GIN') / (SELECT ms FROM b WHERE label = 'pg_trgm GIN'),
		'<= 2'),
	('GIN build on-CPU time',
		(SELECT cpu_ms FROM b WHERE label = 'sanctions GIN') / (SELECT cpu_ms FROM b WHERE label = 'pg_trgm GIN'), ''),
	('GiST build time',
		(SELECT ms FROM b WHERE label = 'sanctions GiST') / (SELECT ms FROM b WHERE label = 'pg_trgm GiST'),
		'<= 2'),
	('GiST build on-CPU time',
		(SELECT cpu_ms FROM b WHERE label = 'sanctions GiST') / (SELECT cpu_ms FROM b WHERE label = 'pg_trgm GiST'), ''),
	('% mean on-CPU time: sanctions GIN / pg_trgm GIN at 0.3',
		(SELECT cpu_mean_ms FROM l WHERE method = 'sanctions GIN %') / (SELECT cpu_mean_ms FROM l WHERE method = 'pg_trgm GIN % 0.3'), ''),
	('KNN top-10 mean on-CPU time: sanctions GiST / pg_trgm GiST',
		(SELECT cpu_mean_ms FROM l WHERE method = 'sanctions GiST KNN') / (SELECT cpu_mean_ms FROM l WHERE method = 'pg_trgm GiST KNN'), '')
) v(what, ratio, goal);
\echo
\echo execution time by kind of query, median ms
SELECT kind, count(*) / count(DISTINCT method) AS queries,
	round((percentile_cont(0.5) WITHIN GROUP (ORDER BY exec_ms) FILTER (WHERE method = 'sanctions GIN %'))::numeric, 2) AS "sanctions GIN %",
	round((percentile_cont(0.5) WITHIN GROUP (ORDER BY exec_ms) FILTER (WHERE method = 'pg_trgm GIN % 0.3'))::numeric, 2) AS "pg_trgm GIN % 0.3",
	round((percentile_cont(0.5) WITHIN GROUP (ORDER BY exec_ms) FILTER (WHERE method = 'sanctions GiST KNN'))::numeric, 2) AS "sanctions KNN",
	round((percentile_cont(0.5) WITHIN GROUP (ORDER BY exec_ms) FILTER (WHERE method = 'pg_trgm GiST KNN'))::numeric, 2) AS "pg_trgm KNN"
FROM timings JOIN queries USING (qid) WHERE size = $size AND pass = 1
GROUP BY kind ORDER BY kind;
SQL

	if [ "$size" = "$first_size" ] && [ "$SIGLENS" != none ]; then
		sn_log "$size names: GiST siglen"
		sn_psql -c "DROP INDEX n_gist_sanctions"
		for sl in ${SIGLENS//,/ }; do
			sn_psql >/dev/null <<SQL
SET client_min_messages = warning;
SELECT bench_build(-$sl, 'sanctions GiST siglen=$sl', 'n_gist_sanctions',
	'CREATE INDEX n_gist_sanctions ON n_gist USING gist (name sanctions.name_gist_ops (siglen = $sl))');
SELECT pg_prewarm('n_gist_sanctions');
SELECT bench_pass(-$sl, 0, '{sanctions GiST KNN,sanctions GiST %}', least($SIGLEN_NQ, 10));
SELECT bench_pass(-$sl, 1, '{sanctions GiST KNN,sanctions GiST %}', $SIGLEN_NQ);
DROP INDEX n_gist_sanctions;
SQL
		done
		echo
		echo "== sanctions GiST by siglen: $size names, $SIGLEN_NQ queries =="
		sn_psql -P footer=off <<SQL
SELECT -b.size AS siglen, round((b.ms / 1000)::numeric, 2) AS build_s,
	round(b.bytes / 1048576.0, 1) AS size_mib,
	round(k.median_ms::numeric, 2) AS knn_median_ms, round(k.p95_ms::numeric, 2) AS knn_p95_ms,
	round(k.cpu_mean_ms::numeric, 2) AS knn_cpu_mean_ms,
	round(p.median_ms::numeric, 2) AS pct_median_ms, round(p.p95_ms::numeric, 2) AS pct_p95_ms,
	round(p.cpu_mean_ms::numeric, 2) AS pct_cpu_mean_ms
FROM builds b
JOIN latency k ON k.size = b.size AND k.method = 'sanctions GiST KNN'
JOIN latency p ON p.size = b.size AND p.method = 'sanctions GiST %'
WHERE b.size < 0 ORDER BY 1;
SQL
	fi
done

if [ "$NCUST" != 0 ]; then
	sn_log "customer join: $NCUST customers against the list names"
	sn_bench_load_customers "$NCUST"
	sn_psql >/dev/null <<SQL
CREATE TABLE list AS SELECT row_number() OVER (ORDER BY name) AS id, name FROM list_names;
CREATE INDEX list_sanctions ON list USING gin (name sanctions.name_gin_ops);
CREATE INDEX list_trgm ON list USING gin (name gin_trgm_ops);
ANALYZE list;
SELECT count(pg_prewarm(c)) FROM unnest('{customers,list,list_sanctions,list_trgm}'::regclass[]) c;
CREATE TABLE joins (method text, threshold text, plan json, result json);
CREATE FUNCTION bench_join(p_method text, p_op text, p_threshold text) RETURNS void
LANGUAGE plpgsql AS \$\$
DECLARE
	q text := 'SELECT c.id, l.id FROM customers c JOIN list l ON l.name OPERATOR(' || p_op || ') c.name';
	p json;
	r json;
BEGIN
	IF p_op = 'public.%' THEN
		PERFORM set_config('pg_trgm.similarity_threshold', p_threshold, true);
	END IF;
	EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO p;
	-- run it only as an index nested loop: anything else compares every pair
	IF p::text LIKE '%"Node Type": "Nested Loop"%' AND p::text LIKE '%"Node Type": "Bitmap Index Scan"%' THEN
		EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ' || q INTO r;
	END IF;
	INSERT INTO joins VALUES (p_method, p_threshold, p, r);
END \$\$;
SELECT bench_join('sanctions GIN', 'sanctions.%', '$threshold');
SELECT bench_join('pg_trgm GIN', 'public.%', '0.3');
SELECT bench_join('pg_trgm GIN', 'public.%', '${teq:-0.5}');
SQL
	echo
	echo "== customer join: $NCUST customers (negatives_us.csv) x $(sn_psql -At -c "SELECT count(*) FROM list") list names, JOIN ... ON list.name % customer.name =="
	sn_psql -P footer=off <<'SQL'
SELECT method, threshold,
	CASE WHEN result IS NULL THEN 'not run' ELSE round(((result->0->>'Execution Time')::float8 / 1000)::numeric, 1)::text END AS total_s,
	CASE WHEN result IS NULL THEN '' ELSE round(((result->0->>'Execution Time')::float8 / (SELECT count(*) FROM customers))::numeric, 3)::text END AS ms_per_customer,
	result->0->'Plan'->>'Actual Rows' AS matches,
	plan->0->'Plan'->>'Plan Rows' AS estimated_rows,
	plan->0->'Plan'->>'Node Type' AS plan_top,
	plan->0->'Plan'->'Plans'->1->>'Node Type' || ' / ' || (plan->0->'Plan'->'Plans'->1->'Plans'->0->>'Index Name') AS inner_scan,
	CASE WHEN result->0->'JIT' IS NULL THEN 'no' ELSE 'yes' END AS jit
FROM joins ORDER BY method DESC, threshold;
SQL
	echo
	echo "plan of the sanctions join:"
	sn_psql -At -c "EXPLAIN SELECT c.id, l.id FROM customers c JOIN list l ON l.name OPERATOR(sanctions.%) c.name"
fi

echo
echo "index_bench: $(( $(date +%s) - started )) s in all; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
