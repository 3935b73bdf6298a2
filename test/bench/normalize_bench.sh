#!/usr/bin/env bash
# Benchmark of sanctions.normalize against lower() and ICU's transliterator
# (icu_ext's icu_transform), side by side in one run, over every name of the
# real OFAC 2021 SDN list (names and aliases) and of the UN list.
#
#   bash test/bench/normalize_bench.sh [REPS]
#
# Every name falls in one of three sets of rows, each read by all three
# functions:
#   ascii     the names made only of ASCII bytes (nearly all of OFAC 2021)
#   latin     the other names that ICU's Latin-ASCII makes ASCII: Latin
#             letters with diacritics, typographic apostrophes and quotes
#   nonlatin  the names with letters of another script than Latin (those
#             that keep non-ASCII characters through Latin-ASCII: mostly the
#             UN list's original-script names)
# The goals are stated for ascii (against lower()) and nonlatin (against
# icu_transform); latin is shown so that every name is measured.
# Each set is repeated to about 100,000 rows so a pass takes long enough to
# time.  Every query is run once to warm the cache (and to open the
# transliterators), then REPS times (default 7) in turn; the median is
# reported.  Timing is taken inside the server (clock_timestamp() around the
# query), on one backend, with parallel query and JIT off, so every function
# runs under the same conditions.  "net" subtracts the cost of the same scan
# with no function (sum(length(name))), leaving the cost of the function.
#
# The first call in a backend also opens the ICU transliterators; that cost
# is measured apart, in fresh backends, and reported separately.
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"
. "$(dirname "$0")/../lib/list_names.sh"
cd "$SN_ROOT"
reps=${1:-7}
target_rows=100000

if ! sn_list_names_present; then
	echo "normalize_bench: the OFAC 2021 and UN list files are not under ${SN_DATA:-(SN_DATA unset)}/lists" >&2
	exit 2
fi

sn_setup
export PGDATABASE=sanctions_bench PGOPTIONS="-c client_min_messages=warning"
psql -X -q -d postgres -c "CREATE DATABASE $PGDATABASE"
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION sanctions" -c "CREATE EXTENSION icu_ext"
sn_log "loading the list names"
sn_load_list_names list_names

psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE TABLE names_set AS
	SELECT CASE WHEN name !~ '[^\x01-\x7f]' THEN 'ascii'
				WHEN icu_transform(name, 'Latin-ASCII') ~ '[^\x01-\x7f]' THEN 'nonlatin'
				ELSE 'latin' END AS grp, name
	FROM list_names;
-- each set repeated to about $target_rows rows, in list order
CREATE TABLE bench_rows AS
	SELECT s.grp, s.name
	FROM (SELECT grp, name, row_number() OVER () AS rn FROM names_set) s
	JOIN (SELECT grp, ceil($target_rows::float8 / count(*))::int AS copies
		  FROM names_set GROUP BY grp) c USING (grp),
		 generate_series(1, c.copies) g
	ORDER BY s.grp, g, s.rn;
CREATE TABLE bench_ascii AS SELECT name FROM bench_rows WHERE grp = 'ascii';
CREATE TABLE bench_latin AS SELECT name FROM bench_rows WHERE grp = 'latin';
CREATE TABLE bench_nonlatin AS SELECT name FROM bench_rows WHERE grp = 'nonlatin';
CREATE TABLE once_nonlatin AS SELECT name FROM names_set WHERE grp = 'nonlatin';
VACUUM ANALYZE bench_ascii;
VACUUM ANALYZE bench_latin;
VACUUM ANALYZE bench_nonlatin;
VACUUM ANALYZE once_nonlatin;

CREATE FUNCTION time_ms(q text) RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE
	t0 timestamptz;
BEGIN
	t0 := clock_timestamp();
	EXECUTE q;
	RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END
\$\$;
CREATE TABLE timings (grp text, fn text, rep int, ms float8);
SQL

echo
psql -X -A -t -F ' ' -c "SELECT 'distinct names: ' || string_agg(grp || ' ' || n, ', ' ORDER BY grp) FROM (SELECT grp, count(*) n FROM names_set GROUP BY grp) s"
psql -X -A -t -F ' ' -c "SELECT 'timed rows:     ' || string_agg(grp || ' ' || n, ', ' ORDER BY grp) FROM (SELECT grp, count(*) n FROM bench_rows GROUP BY grp) s"

# The functions, by label.  Each query returns one row, so the cost of
# sending results to the client does not enter the figures.
declare -A fn=(
	[scan]="name"
	[lower]="lower(name)"
	[normalize]="sanctions.normalize(name)"
	[icu]="icu_transform(name, 'Any-Latin; Latin-ASCII; Lower')"
)
order=(scan lower normalize icu)

# Transliterator open cost: a fresh backend for each function, the first
# pass over the distinct non-Latin names against a second, warm one.
sn_log "first-call cost (fresh backends)"
for f in normalize icu; do
	psql -X -q -A -t -v ON_ERROR_STOP=1 <<SQL
SET jit = off;
SET max_parallel_workers_per_gather = 0;
INSERT INTO timings
	SELECT 'once', '$f', 0, time_ms(\$q\$SELECT sum(length(${fn[$f]})) FROM once_nonlatin\$q\$);
INSERT INTO timings
	SELECT 'once', '$f', 1, time_ms(\$q\$SELECT sum(length(${fn[$f]})) FROM once_nonlatin\$q\$);
SQL
done

sn_log "timing: $reps repetitions of each query after a warm-up pass"
{
	echo "SET jit = off;"
	echo "SET max_parallel_workers_per_gather = 0;"
	for rep in $(seq 0 "$reps"); do
		for set in ascii latin nonlatin; do
			for f in "${order[@]}"; do
				q="SELECT sum(length(${fn[$f]})) FROM bench_$set"
				# rep 0 is the warm-up pass, kept out of the medians
				echo "INSERT INTO timings SELECT '$set', '$f', $rep, time_ms(\$q\$$q\$q\$);"
			done
		done
	done
} | psql -X -q -v ON_ERROR_STOP=1

echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); PostgreSQL $(psql -X -A -t -c 'SHOW server_version'); ICU $(pkg-config --modversion icu-uc)"
echo "median of $reps runs; names/s over the whole query; net = query time less the bare scan"
echo
psql -X -q -P footer=off <<'SQL'
WITH med AS (
	SELECT t.grp, t.fn, percentile_cont(0.5) WITHIN GROUP (ORDER BY t.ms) AS ms,
		   (SELECT count(*) FROM bench_rows b WHERE b.grp = t.grp) AS n
	FROM timings t WHERE t.rep > 0 AND t.grp <> 'once'
	GROUP BY t.grp, t.fn
), r AS (
	SELECT m.grp, m.fn, m.n, m.ms,
		   m.n / (m.ms / 1000) AS names_per_s,
		   greatest(m.ms - s.ms, 0) * 1000 / m.n AS net_us
	FROM med m JOIN med s ON s.grp = m.grp AND s.fn = 'scan'
)
SELECT grp, CASE fn WHEN 'scan' THEN 'no function (scan)'
				WHEN 'lower' THEN 'lower(name)'
				WHEN 'normalize' THEN 'sanctions.normalize(name)'
				ELSE 'icu_transform(name, ''Any-Latin; Latin-ASCII; Lower'')' END AS function,
	   n AS rows, round(ms::numeric, 1) AS ms,
	   to_char(names_per_s, 'FM99,999,999') AS "names/s",
	   round(net_us::numeric, 3) AS "net us/name"
FROM r
ORDER BY array_position(ARRAY['ascii', 'latin', 'nonlatin'], grp),
		 array_position(ARRAY['scan', 'lower', 'normalize', 'icu'], fn);

WITH med AS (
	SELECT grp, fn, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms
	FROM timings WHERE rep > 0 AND grp <> 'once' GROUP BY grp, fn
), v AS (
	SELECT grp,
		   max(ms) FILTER (WHERE fn = 'scan') AS scan,
		   max(ms) FILTER (WHERE fn = 'lower') AS lower,
		   max(ms) FILTER (WHERE fn = 'normalize') AS norm,
		   max(ms) FILTER (WHERE fn = 'icu') AS icu
	FROM med GROUP BY grp
)
SELECT 'ascii: normalize / lower() time' AS ratio,
	   round((norm / lower)::numeric, 2) AS "whole query",
	   round(((norm - scan) / nullif(lower - scan, 0))::numeric, 2) AS "net of scan",
	   'at most 3' AS goal
FROM v WHERE grp = 'ascii'
UNION ALL
SELECT 'latin: icu_transform / normalize time',
	   round((icu / norm)::numeric, 2),
	   round(((icu - scan) / nullif(norm - scan, 0))::numeric, 2),
	   ''
FROM v WHERE grp = 'latin'
UNION ALL
SELECT 'nonlatin: icu_transform / normalize time',
	   round((icu / norm)::numeric, 2),
	   round(((icu - scan) / nullif(norm - scan, 0))::numeric, 2),
	   'at least 2'
FROM v WHERE grp = 'nonlatin';

SELECT 'first pass over the ' || (SELECT count(*) FROM once_nonlatin) ||
	   ' distinct non-Latin names in a fresh backend' AS "first call (opens the transliterators)",
	   round(max(ms) FILTER (WHERE fn = 'normalize' AND rep = 0)::numeric, 1) AS "normalize ms",
	   round(max(ms) FILTER (WHERE fn = 'normalize' AND rep = 1)::numeric, 1) AS "(warm ms)",
	   round(max(ms) FILTER (WHERE fn = 'icu' AND rep = 0)::numeric, 1) AS "icu_transform ms",
	   round(max(ms) FILTER (WHERE fn = 'icu' AND rep = 1)::numeric, 1) AS "(warm ms)"
FROM timings WHERE grp = 'once';
SQL
