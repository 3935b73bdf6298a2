#!/usr/bin/env bash
# screen_bench.sh: screening a customer table in one statement, with
# sanctions.screen() through LATERAL, against the lists as the loader loads
# them (OFAC SDN and the UN list, bin/sanctions-load), timed right after the
# import and again.
#
# Customers: the first --customers people of
# eval/yente_candidate_generation/negatives_us.csv (made to match nobody on a
# list), with their date of birth and nationality.  Each run is
#   SELECT ... FROM customers c CROSS JOIN LATERAL
#     sanctions.screen(c.name, birth_date => c.dob, country => c.country) s
# in a new session (so the first also loads the library), timed by psql;
# it prints the time per customer, the rows (hits) and the customers with
# a hit, and how many hits the birth date confirms or contradicts.  It
# prints figures; it asserts nothing.  One backend: the figures are per core.
#
# Usage: bash test/bench/screen_bench.sh [--customers N] [--runs N]
# Environment: SN_DATA (default ../shared/data); SN_BENCH_SERVER=existing
# uses the server in PGHOST/PGPORT instead of building and starting one.
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"
. "$SN_ROOT/test/bench/lib.sh"
NC=10000
RUNS=3
while [ $# -gt 0 ]; do
	case $1 in
	--customers) NC=$2; shift 2 ;;
	--runs) RUNS=$2; shift 2 ;;
	-h | --help) sn_bench_help; exit 0 ;;
	*) echo "unknown option $1 (try --help)" >&2; exit 2 ;;
	esac
done
[[ $NC =~ ^[0-9]+$ && $RUNS =~ ^[0-9]+$ ]] || { echo "--customers and --runs take numbers" >&2; exit 2; }
sn_bench_start eval/yente_candidate_generation/negatives_us.csv lists/un_sc_2026-02-27/UN_consolidated.xml
sn_bench_db sn_screenbench
sn_psql -c 'CREATE EXTENSION sanctions'

# customers first, so that the screens below follow the imports at once
python3 - "$SN_DATA/eval/yente_candidate_generation/negatives_us.csv" "$NC" >"$SN_BENCH_TMP/customers.csv" <<'PY'
import csv, sys
r = csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8'))
w = csv.writer(sys.stdout)
for i, x in zip(range(int(sys.argv[2])), r):
    w.writerow([x['full_name'], x['date_of_birth'], x['nationality']])
PY
sn_psql <<SQL
CREATE TABLE customers (id serial PRIMARY KEY, name text, dob text, country text);
\copy customers (name, dob, country) FROM '$SN_BENCH_TMP/customers.csv' CSV
ANALYZE customers;
SQL

sn_log "importing OFAC SDN and the UN list with bin/sanctions-load"
"$SN_ROOT/bin/sanctions-load" -q ofac "$SN_DATA"/lists/ofac_sdn_2021-07/{sdn,alt,add}.csv
"$SN_ROOT/bin/sanctions-load" -q un "$SN_DATA/lists/un_sc_2026-02-27/UN_consolidated.xml"

echo
echo "== $NC customers screened in one statement (LATERAL sanctions.screen), $(nproc) cores on the machine =="
printf '%-28s %10s %16s %6s %10s %11s %12s\n' run seconds ms_per_customer rows customers dob_agrees dob_differs
for ((r = 1; r <= RUNS; r++)); do
	label="run $r"
	[ $r = 1 ] && label="run 1 (right after import)"
	out=$(psql -X -q -At -F ' ' -v ON_ERROR_STOP=1 <<'SQL'
\timing on
SELECT count(*), count(DISTINCT c.id),
	   count(*) FILTER (WHERE s.birth_date_agrees), count(*) FILTER (WHERE NOT s.birth_date_agrees)
FROM customers c CROSS JOIN LATERAL
	 sanctions.screen(c.name, birth_date => c.dob, country => c.country) s;
SQL
)
	ms=$(echo "$out" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
	read -r rows custs agree differ <<<"$(echo "$out" | head -1)"
	awk -v l="$label" -v ms="$ms" -v n="$NC" -v r="$rows" -v c="$custs" -v a="$agree" -v d="$differ" \
		'BEGIN { printf "%-28s %10.2f %16.3f %6d %10d %11d %12d\n", l, ms / 1000, ms / n, r, c, a, d }'
done
echo
echo "screen_bench: $(($(date +%s) - started)) s in all; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
