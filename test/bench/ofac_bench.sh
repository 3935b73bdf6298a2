#!/usr/bin/env bash
# Pairs per second of sanctions.ofac_score against pg_trgm's similarity() on
# the same pairs, in one run: synthetic US customer names (queries) against
# the names and aliases of the OFAC SDN list of July 2021 (candidates), from
# ../shared/data.  Usage: bash test/bench/ofac_bench.sh [queries] [candidates]
# (default 500 x 2000 = 1,000,000 pairs).  Each timing is the best of three.
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"
cd "$SN_ROOT"

nq=${1:-500}
nc=${2:-2000}
sdn="$SN_DATA/lists/ofac_sdn_2021-07"
neg="$SN_DATA/eval/yente_candidate_generation/negatives_us.csv"
for f in "$sdn/sdn.csv" "$sdn/alt.csv" "$neg"; do
	[ -r "$f" ] || { echo "skip - benchmark data absent: $f"; exit 0; }
done

sn_setup
psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE EXTENSION sanctions;
CREATE EXTENSION pg_trgm;
-- the legacy OFAC CSV ends with a 0x1A byte; drop it and empty lines
CREATE TEMP TABLE sdn (ent_num text, name text, sdn_type text, program text, title text,
	call_sign text, vess_type text, tonnage text, grt text, vess_flag text, vess_owner text, remarks text);
\copy sdn FROM PROGRAM 'tr -d "\\\\032" < "$sdn/sdn.csv" | sed "/^[[:space:]]*\$/d"' WITH (FORMAT csv, ENCODING 'LATIN1')
CREATE TEMP TABLE alt (ent_num text, alt_num text, alt_type text, name text, remarks text);
\copy alt FROM PROGRAM 'tr -d "\\\\032" < "$sdn/alt.csv" | sed "/^[[:space:]]*\$/d"' WITH (FORMAT csv, ENCODING 'LATIN1')
CREATE TEMP TABLE neg (full_name text, first_name text, middle_name text, last_name text,
	gender text, date_of_birth text, place_of_birth text, nationality text);
\copy neg FROM '$neg' WITH (FORMAT csv, HEADER true)

-- deterministic samples
CREATE TEMP TABLE q AS SELECT full_name AS q FROM neg ORDER BY md5(full_name) LIMIT $nq;
CREATE TEMP TABLE c AS
	SELECT name AS c FROM (SELECT name FROM sdn UNION ALL SELECT name FROM alt) n
	WHERE name IS NOT NULL ORDER BY md5(name) LIMIT $nc;
CREATE TEMP TABLE pairs AS SELECT q, c FROM q CROSS JOIN c;
ANALYZE pairs;

CREATE FUNCTION pg_temp.best_of_3(expr text) RETURNS double precision LANGUAGE plpgsql AS \$\$
DECLARE
	t0 timestamptz;
	best double precision := 'infinity';
BEGIN
	FOR i IN 1..3 LOOP
		t0 := clock_timestamp();
		EXECUTE format('SELECT sum(%s) FROM pairs', expr);
		best := least(best, extract(epoch FROM clock_timestamp() - t0));
	END LOOP;
	RETURN best;
END
\$\$;

SET max_parallel_workers_per_gather = 0;	-- one core, so the figures compare
\pset footer off
SELECT count(*) AS pairs, round(avg(length(q)), 1) AS avg_query_len,
	round(avg(length(c)), 1) AS avg_candidate_len,
	count(*) FILTER (WHERE sanctions.ofac_score(q, c) > 0) AS past_ofac_prefilter
FROM pairs;
WITH t AS (
	SELECT e, pg_temp.best_of_3(x) AS s FROM (VALUES
		('scan only: length(q) + length(c)', 'length(q) + length(c)'),
		('sanctions.ofac_score(q, c)', 'sanctions.ofac_score(q, c)'),
		('similarity(q, c)  [pg_trgm]', 'similarity(q, c)')
	) v(e, x)
)
SELECT e AS "all pairs", round(s::numeric, 3) AS seconds,
	round((SELECT count(*) FROM pairs) / s) AS pairs_per_second
FROM t;

-- Most pairs stop at OFAC's pre-filter (no part with the same first letter
-- and 50% edit similarity).  The pairs that pass it cost the most: time
-- them alone, repeated to a measurable size.
CREATE TEMP TABLE passed AS SELECT q, c FROM pairs WHERE sanctions.ofac_score(q, c) > 0;
INSERT INTO passed SELECT p.q, p.c FROM passed p, generate_series(2, greatest(1, (200000 / greatest((SELECT count(*) FROM passed), 1))::int));
ALTER TABLE pairs RENAME TO all_pairs;
ALTER TABLE passed RENAME TO pairs;
ANALYZE pairs;
WITH t AS (
	SELECT e, pg_temp.best_of_3(x) AS s FROM (VALUES
		('scan only: length(q) + length(c)', 'length(q) + length(c)'),
		('sanctions.ofac_score(q, c)', 'sanctions.ofac_score(q, c)'),
		('similarity(q, c)  [pg_trgm]', 'similarity(q, c)')
	) v(e, x)
)
SELECT e AS "pairs past the pre-filter", round(s::numeric, 3) AS seconds,
	(SELECT count(*) FROM pairs) AS pairs,
	round((SELECT count(*) FROM pairs) / s) AS pairs_per_second
FROM t;
SQL
