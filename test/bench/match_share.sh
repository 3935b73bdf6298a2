#!/usr/bin/env bash
# match_share.sh: how often two unrelated names reach each threshold, the
# table of src/core/match_share.c (the planner's selectivity of % when it
# cannot try the query on the column's statistics).
#
# Pairs: customers, the first --customers people of
# eval/yente_candidate_generation/negatives_us.csv (people on no list),
# against every name of the real lists (list_names of lib.sh), the customer
# as the query.  Below 0.5 the share comes from a full scan of every pair of
# one customer in --sample-every; from 0.5 up from a join through the GIN
# index at 0.5 (which returns exactly the pairs that reach it) over every
# customer, each pair's score bucketed.  It prints the share of pairs at or
# above each threshold in steps of 0.05, and the same as the C initialiser
# of match_share.c; it asserts nothing.
#
# Usage: bash test/bench/match_share.sh [options]
#   --customers N      customers (default 10000)
#   --sample-every N   one customer in N for the full scan (default 50)
# Environment: SN_DATA (default ../shared/data); SN_BENCH_SERVER=existing
# uses the server in PGHOST/PGPORT instead of building and starting one.
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"
. "$SN_ROOT/test/bench/lib.sh"

NCUST=10000
EVERY=50
while [ $# -gt 0 ]; do
	case $1 in
	--customers) NCUST=$2; shift 2 ;;
	--sample-every) EVERY=$2; shift 2 ;;
	-h | --help) sn_bench_help; exit 0 ;;
	*) echo "unknown option $1 (try --help)" >&2; exit 2 ;;
	esac
done

sn_bench_start eval/yente_candidate_generation/negatives_us.csv
sn_bench_db sn_share

sn_log "loading the list names and the customers"
sn_bench_load_lists
sn_bench_load_customers "$NCUST"
sn_psql >/dev/null <<SQL
CREATE EXTENSION sanctions;
CREATE TABLE list AS SELECT row_number() OVER (ORDER BY name) AS id, name FROM list_names;
CREATE INDEX list_gin ON list USING gin (name sanctions.name_gin_ops);
ANALYZE list;
SQL

sn_log "scoring: every pair of one customer in $EVERY, and the pairs at 0.5 or more of all"
sn_psql <<SQL
SET jit = off;
-- bucket b: the pairs scoring in [b / 20, (b + 1) / 20), 20 for a score of 1
CREATE TABLE sampled AS
	SELECT least(floor(sanctions.similarity(c.name, l.name) * 20), 20)::int AS b, count(*) AS n
	FROM customers c CROSS JOIN list l WHERE c.id % $EVERY = 1 GROUP BY 1;
CREATE TABLE joined AS
	SELECT least(floor(sanctions.similarity(c.name, l.name) * 20), 20)::int AS b, count(*) AS n
	FROM customers c JOIN list l ON l.name OPERATOR(sanctions.%) sanctions.query(c.name, 0.5)
	GROUP BY 1;
CREATE TABLE shares AS
	SELECT t.b, (t.b / 20.0)::numeric(3, 2) AS threshold,
		CASE WHEN t.b < 10 THEN 'full scan' ELSE 'GIN join' END AS pairs_from,
		CASE WHEN t.b < 10 THEN (SELECT sum(n) FROM sampled WHERE b >= t.b)
			 ELSE (SELECT coalesce(sum(n), 0) FROM joined WHERE b >= t.b) END AS reaching,
		CASE WHEN t.b < 10 THEN (SELECT count(*) FROM customers WHERE id % $EVERY = 1)
			 ELSE (SELECT count(*) FROM customers) END * (SELECT count(*) FROM list) AS pairs
	FROM generate_series(0, 20) AS t(b);

\echo
\echo == the share of (customer, list name) pairs whose score reaches each threshold ==
SELECT threshold, pairs_from, pairs, reaching, to_char(reaching::float8 / pairs, '9.99EEEE') AS share
FROM shares ORDER BY b;
\echo as in src/core/match_share.c:
\pset format unaligned
\pset tuples_only on
SELECT string_agg(format(E'\t%s%s\t/* %s */', btrim(to_char(reaching::float8 / pairs, '9.99EEEE')),
		CASE WHEN b < 20 THEN ',' ELSE '' END, threshold), E'\n' ORDER BY b)
FROM shares;
SQL
echo
echo "match_share: $(($(date +%s) - started)) s in all"
