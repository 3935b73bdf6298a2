#!/usr/bin/env bash
# Import time and memory for each real list in $SN_DATA/lists.
#
#   bash test/bench/lists_load.sh            builds, installs and starts a
#                                            throw-away cluster (as test/run)
#   bash test/bench/lists_load.sh --no-setup uses the cluster of PGHOST etc.,
#                                            which must have the extension
#
# For each file it reports:
#   - the wall time of bin/sanctions-load and the peak resident memory of its
#     psql, from /usr/bin/time (the loader sends the file as hex text);
#   - for the import function alone, in the server: wall time, CPU time of
#     the backend (utime + stime from /proc/PID/stat), and the peak of the
#     backend's private memory: RssAnon of /proc/PID/status sampled every
#     10 ms during the import, less its value just before.  Shared buffers
#     are not private memory and are not counted.
# Reading /proc of the server needs root or the server's OS user.  Each
# file is imported RUNS times (default 3) under a new list code, and the
# best (lowest) time and peak of the runs are reported.
set -uo pipefail
. "$(dirname "$0")/../lib/common.sh"
cd "$SN_ROOT"

RUNS=${RUNS:-3}
if [ "${1:-}" != "--no-setup" ]; then
	sn_setup || exit 1
fi
DATA=$SN_DATA/lists
[ -d "$DATA" ] || { echo "no lists in $DATA"; exit 1; }
export PGDATABASE=sanctions_bench_lists
dropdb --if-exists "$PGDATABASE" 2>/dev/null
createdb "$PGDATABASE" && psql -X -q -c 'CREATE EXTENSION sanctions' || exit 1
W=$(mktemp -d /tmp/sanctions-bench-lists.XXXXXX)
trap 'rm -rf "$W"; dropdb --if-exists "$PGDATABASE" 2>/dev/null' EXIT

hex_insert() {	# part file
	printf "INSERT INTO bench_file VALUES ('%s', decode('\n" "$1"
	xxd -p -- "$2"
	printf "', 'hex'));\n"
}

# server side: one import, with the backend sampled
server_run() {	# call list files...
	local call=$1 list=$2
	shift 2
	rm -f "$W/stop" "$W/pid" "$W/rss" "$W/cpu"
	{
		echo "CREATE TEMP TABLE bench_file (part text PRIMARY KEY, data bytea);"
		local p
		for p in "$@"; do hex_insert "${p%%=*}" "${p#*=}"; done
		cat <<SQL
SET client_min_messages = warning;
SELECT pg_backend_pid() AS pid \gset
\setenv BENCH_PID :pid
\! echo \$BENCH_PID > $W/pid; awk '{ print \$14 + \$15 }' /proc/\$BENCH_PID/stat > $W/cpu0; ( while [ ! -e $W/stop ]; do awk '/^RssAnon/ { print \$2 }' /proc/\$BENCH_PID/status; sleep 0.01; done > $W/rss ) &
SELECT pg_sleep(0.05);
SELECT clock_timestamp() AS t0 \gset
SELECT $call IS NOT NULL AS loaded;
SELECT round(extract(epoch FROM clock_timestamp() - :'t0') * 1000) AS ms \gset
\! awk '{ print \$14 + \$15 }' /proc/\$BENCH_PID/stat > $W/cpu1; touch $W/stop
\qecho :ms
SQL
	} | psql -X -q -At -v ON_ERROR_STOP=1 -v list="$list" >"$W/ms" || return 1
	sleep 0.05
	local base peak cpu
	base=$(head -1 "$W/rss")
	peak=$(sort -n "$W/rss" | tail -1)
	cpu=$(awk -v a="$(cat "$W/cpu0")" -v b="$(cat "$W/cpu1")" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (b - a) / hz }')
	echo "$(tail -1 "$W/ms") $cpu $(( (peak - base) / 1024 ))"
}

# client side: the loader under /usr/bin/time
loader_run() {	# format list files...
	local format=$1 list=$2
	shift 2
	/usr/bin/time -f '%e %M' -o "$W/time" "$SN_ROOT/bin/sanctions-load" -q -l "$list" "$format" "$@" >/dev/null || return 1
	cat "$W/time"
}

best() {	# column of the lowest value among lines
	sort -n -k"$1" | head -1 | awk -v c="$1" '{ print $c }'
}

printf '%-34s %10s %11s %10s %12s %12s %14s\n' list entries "loader s" "psql MiB" "import ms" "backend CPU s" "backend MiB"
bench() {	# label format call-template files(part=path)...
	local label=$1 format=$2 call=$3 i out srv=() cli=() files=() p
	shift 3
	for p in "$@"; do files+=("${p#*=}"); done
	for i in $(seq 1 "$RUNS"); do
		out=$(server_run "${call//LIST/\'bench_${label}_s$i\'}" "bench_${label}_s$i" "$@") || { echo "$label: import failed"; return; }
		srv+=("$out")
		out=$(loader_run "$format" "bench_${label}_c$i" "${files[@]}") || { echo "$label: loader failed"; return; }
		cli+=("$out")
	done
	local n
	n=$(psql -X -At -c "SELECT entity_count FROM sanctions.list_version WHERE list = 'bench_${label}_s1'")
	printf '%-34s %10s %11s %10s %12s %12s %14s\n' "$label" "$n" \
		"$(printf '%s\n' "${cli[@]}" | best 1)" \
		"$(printf '%s\n' "${cli[@]}" | awk '{ print $2 / 1024 }' | sort -n | head -1 | xargs printf '%.0f')" \
		"$(printf '%s\n' "${srv[@]}" | best 1)" \
		"$(printf '%s\n' "${srv[@]}" | best 2)" \
		"$(printf '%s\n' "${srv[@]}" | best 3)"
}

d=$DATA/ofac_sdn_2021-07
bench ofac_sdn_2021 ofac \
	"sanctions.import_ofac((SELECT data FROM bench_file WHERE part = 'primary'), (SELECT data FROM bench_file WHERE part = 'aliases'), (SELECT data FROM bench_file WHERE part = 'addresses'), LIST, (SELECT data FROM bench_file WHERE part = 'comments'))" \
	"primary=$d/sdn.csv" "aliases=$d/alt.csv" "addresses=$d/add.csv" "comments=$d/sdn_comments.csv"
d=$DATA/ofac_cons_2025-12
bench ofac_cons_2025 ofac \
	"sanctions.import_ofac((SELECT data FROM bench_file WHERE part = 'primary'), (SELECT data FROM bench_file WHERE part = 'aliases'), (SELECT data FROM bench_file WHERE part = 'addresses'), LIST, (SELECT data FROM bench_file WHERE part = 'comments'))" \
	"primary=$d/cons_prim.csv" "aliases=$d/cons_alt.csv" "addresses=$d/cons_add.csv" "comments=$d/cons_comments.csv"
bench un_2026 un "sanctions.import_un((SELECT data FROM bench_file), LIST)" "document=$DATA/un_sc_2026-02-27/UN_consolidated.xml"
bench uk_conlist_2018 uk "sanctions.import_uk((SELECT data FROM bench_file), LIST)" "document=$DATA/uk_hmt_conlist_2018-04-13/ConList.csv"
bench eu_2018_first1000 eu "sanctions.import_eu((SELECT data FROM bench_file), LIST)" "document=$DATA/eu_fsf_csv_2018-07-04_first1000/EUSanctionsShort.csv"
bench interpol_simple_csv opensanctions "sanctions.import_opensanctions((SELECT data FROM bench_file), LIST)" "document=$DATA/opensanctions/interpol_red_notices_targets.simple.csv"
bench ftm_zala opensanctions "sanctions.import_opensanctions((SELECT data FROM bench_file), LIST)" "document=$DATA/opensanctions/yente_fixture_zala_entities.ftm.json"
echo "# $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; best of $RUNS runs"
