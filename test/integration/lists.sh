#!/usr/bin/env bash
# Integration test of the lists: the real files in $SN_DATA/lists loaded with
# bin/sanctions-load and counted; a pg_dump / pg_restore round trip; and
# screening queries in parallel sessions while a list is reloaded.
#
# Run by test/run with PGHOST, PGPORT and PGUSER of a throw-away cluster.
# Prints "ok - ...", "not ok - ..." or "skip - ..." lines; lines starting
# with "#" are information (timings).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=${SN_DATA:-$ROOT/../shared/data}/lists
LOAD=$ROOT/bin/sanctions-load

if [ ! -d "$DATA" ]; then
	echo "skip - lists: $DATA is absent, so the real lists are not loaded"
	exit 0
fi

DB=sanctions_lists_it
export PGDATABASE=$DB
WORK=$(mktemp -d /tmp/sanctions-lists-it.XXXXXX)
cleanup() {
	[ -n "${READERS:-}" ] && kill $READERS 2>/dev/null
	dropdb --if-exists "$DB" 2>/dev/null
	dropdb --if-exists "${DB}_restored" 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT

ok() { echo "ok - $*"; }
notok() { echo "not ok - $*"; }
check() {	# description expected actual
	if [ "$2" = "$3" ]; then ok "$1"; else notok "$1: expected $2, got $3"; fi
}
q() { psql -X -q -At -v ON_ERROR_STOP=1 -c "$1"; }

dropdb --if-exists "$DB" 2>/dev/null
createdb "$DB" && q 'CREATE EXTENSION sanctions' >/dev/null || { notok "lists: cannot create the test database"; exit 1; }

# load FORMAT LIST FILE...: the loader, timed; its summary line is kept
load() {
	local format=$1 list=$2 t0 t1 out
	shift 2
	t0=$(date +%s%N)
	if out=$("$LOAD" -q -l "$list" "$format" "$@" 2>"$WORK/load.err"); then
		t1=$(date +%s%N)
		echo "# $out"
		ok "$list: loaded in $(( (t1 - t0) / 1000000 )) ms"
		return 0
	fi
	notok "$list: the loader failed: $(tr '\n' ' ' <"$WORK/load.err")"
	return 1
}
kind() { q "SELECT count(*) FROM sanctions.entity WHERE list = '$1' AND kind = '$2'"; }
entries() { q "SELECT count(*) FROM sanctions.entity WHERE list = '$1'"; }
names() {	# list, condition on n
	q "SELECT count(*) FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id WHERE e.list = '$1' AND ($2)"
}
have() {	# description, files...
	local d=$1 f
	shift
	for f in "$@"; do
		[ -f "$f" ] || { echo "skip - $d: $f is absent"; return 1; }
	done
}

# ---- OFAC SDN, July 2021 ----
d=$DATA/ofac_sdn_2021-07
if have "OFAC SDN 2021" "$d/sdn.csv" "$d/alt.csv" "$d/add.csv" "$d/sdn_comments.csv" &&
	load ofac us_ofac_sdn "$d/sdn.csv" "$d/alt.csv" "$d/add.csv" "$d/sdn_comments.csv"; then
	check "us_ofac_sdn: 8,976 entries" 8976 "$(entries us_ofac_sdn)"
	check "us_ofac_sdn: 4,620 individuals" 4620 "$(kind us_ofac_sdn person)"
	check "us_ofac_sdn: 406 vessels" 406 "$(kind us_ofac_sdn vessel)"
	check "us_ofac_sdn: 277 aircraft" 277 "$(kind us_ofac_sdn aircraft)"
	check "us_ofac_sdn: 3,673 entities" 3673 "$(kind us_ofac_sdn organization)"
	check "us_ofac_sdn: 11,910 alias records read from alt.csv" 11910 \
		"$(q "SELECT f ->> 'records' FROM sanctions.list_version, jsonb_array_elements(files) AS f WHERE list = 'us_ofac_sdn' AND is_current AND f ->> 'part' = 'aliases'")"
	# two of them are the same alias published twice for one entry, and are kept once
	dup=$(awk -F'"' 'NF >= 5 { split($1, k, ","); print k[1] "|" $2 "|" $4 }' "$d/alt.csv" | sort | uniq -c |
		awk '$1 > 1 { n += $1 - 1 } END { print n + 0 }')
	check "us_ofac_sdn: 11,910 aliases less the $dup published twice" $((11910 - dup)) "$(names us_ofac_sdn "n.name_type IN ('aka', 'fka', 'nka') AND NOT n.weak")"
	check "us_ofac_sdn: one primary name per entry" 8976 "$(names us_ofac_sdn "n.name_type = 'primary'")"
	# the screening index is usable at once: its pending list (GIN's queue of
	# inserted entries, which every scan reads through) stays within the
	# index's 64 kB limit after 23,000 names were inserted, not 4 MB
	if q 'CREATE EXTENSION IF NOT EXISTS pgstattuple' >/dev/null 2>&1; then
		check "us_ofac_sdn: the GIN pending list is at most 8 pages after the import" t \
			"$(q "SELECT pending_pages <= 8 FROM pgstatginindex('sanctions.entity_name_norm_gin')")"
		q 'DROP EXTENSION pgstattuple' >/dev/null
	else
		echo "skip - us_ofac_sdn: pgstattuple is not installed, the GIN pending list is not measured"
	fi
	check "us_ofac_sdn: weak aliases from the remarks" "$(cat "$d/sdn.csv" "$d/sdn_comments.csv" | grep -oE "[afn]\.k\.a\.,? '" | wc -l)" \
		"$(q "SELECT sum(jsonb_array_length(x)) FROM (SELECT (sanctions._ofac_remarks(remarks)).weak_names AS x FROM sanctions.entity WHERE list = 'us_ofac_sdn') s")"
	check "us_ofac_sdn: name_norm is sanctions.normalize(name) everywhere" 0 "$(names us_ofac_sdn "n.name_norm IS DISTINCT FROM sanctions.normalize(n.name)")"
fi

# ---- OFAC consolidated, December 2025 ----
d=$DATA/ofac_cons_2025-12
if have "OFAC consolidated 2025" "$d/cons_prim.csv" "$d/cons_alt.csv" "$d/cons_add.csv" "$d/cons_comments.csv" &&
	load ofac us_ofac_cons "$d/cons_prim.csv" "$d/cons_alt.csv" "$d/cons_add.csv" "$d/cons_comments.csv"; then
	check "us_ofac_cons: 442 entries" 442 "$(entries us_ofac_cons)"
	check "us_ofac_cons: 1,073 alias records read" 1073 \
		"$(q "SELECT f ->> 'records' FROM sanctions.list_version, jsonb_array_elements(files) AS f WHERE list = 'us_ofac_cons' AND is_current AND f ->> 'part' = 'aliases'")"
fi

# ---- UN Security Council, 27 February 2026 ----
f=$DATA/un_sc_2026-02-27/UN_consolidated.xml
if have "UN consolidated list" "$f" && load un un_sc "$f"; then
	check "un_sc: 730 individuals" 730 "$(kind un_sc person)"
	check "un_sc: 273 entities" 273 "$(kind un_sc organization)"
	check "un_sc: 378 names in original script" 378 "$(names un_sc "n.name_type = 'original_script'")"
	check "un_sc: the original-script names are mostly Arabic script" t \
		"$(q "SELECT count(*) FILTER (WHERE n.script = 'Arab') * 2 > count(*) FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id WHERE e.list = 'un_sc' AND n.name_type = 'original_script'")"
	check "un_sc: published on 2026-02-27" 2026-02-27 "$(q "SELECT published_on FROM sanctions.list_version WHERE list = 'un_sc' AND is_current")"
	# the same file again is recognised and changes nothing
	"$LOAD" -q -l un_sc un "$f" >"$WORK/again.out" 2>&1
	check "un_sc: an identical file is detected and not loaded again (versions, loader said so)" "1 1" \
		"$(q "SELECT count(*) FROM sanctions.list_version WHERE list = 'un_sc'") $(grep -c 'unchanged' "$WORK/again.out")"
fi

# ---- UK HMT/OFSI Consolidated List, 13 April 2018 ----
f=$DATA/uk_hmt_conlist_2018-04-13/ConList.csv
if have "UK consolidated list 2018" "$f" && load uk gb_hmt "$f"; then
	check "gb_hmt: 2,106 groups" 2106 "$(entries gb_hmt)"
	check "gb_hmt: 1,426 individuals" 1426 "$(kind gb_hmt person)"
	check "gb_hmt: 680 entities" 680 "$(kind gb_hmt organization)"
	check "gb_hmt: 9,487 name rows read (and 2 lines before them)" 9489 \
		"$(q "SELECT f ->> 'records' FROM sanctions.list_version, jsonb_array_elements(files) AS f WHERE list = 'gb_hmt' AND is_current")"
	check "gb_hmt: cp1252 read (no replacement or control characters)" 0 \
		"$(names gb_hmt "n.name ~ '[\\x80-\\x9f\\ufffd]'")"
fi

# ---- EU financial sanctions, first 1,000 lines of July 2018 ----
f=$DATA/eu_fsf_csv_2018-07-04_first1000/EUSanctionsShort.csv
if have "EU sample" "$f" && load eu eu_fsf "$f"; then
	check "eu_fsf: 93 entities" 93 "$(entries eu_fsf)"
	check "eu_fsf: names in several languages" t "$(q "SELECT count(DISTINCT n.lang) > 10 FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id WHERE e.list = 'eu_fsf'")"
fi

# ---- OpenSanctions ----
f=$DATA/opensanctions/interpol_red_notices_targets.simple.csv
if have "Interpol export" "$f" && load opensanctions interpol "$f"; then
	check "interpol: 6,561 people" 6561 "$(kind interpol person)"
fi
for f in "$DATA"/opensanctions/*.ftm.json; do
	[ -f "$f" ] || { echo "skip - FollowTheMoney files: none in $DATA/opensanctions"; break; }
	list=ftm_$(basename "$f" .ftm.json | tr -c 'a-z0-9\n' '_' | tr -s '_')
	list=${list:0:40}
	if load opensanctions "$list" "$f"; then
		# parties marked as targets, counted in the file itself
		want=$(grep -E '"schema": ?"(Person|Organization|Company|LegalEntity|PublicBody|Vessel|Airplane)"' "$f" | grep -cE '"target": ?true')
		check "$list: $want target parties" "$want" "$(entries "$list")"
	fi
done

# ---- screening in parallel with reloads ----
# Two sessions query a list over and over while it is reloaded, alternating
# two different files (the OFAC consolidated list, and the same without its
# last 40 records); every query must see one whole version.
a=$DATA/ofac_cons_2025-12/cons_prim.csv
b=$WORK/cons_prim_shorter.csv
if have "concurrency test" "$a" && head -n -40 "$a" >"$b"; then
	q "CREATE TABLE conc_done (); CREATE TABLE conc_result (reader int, checks int, bad int, versions int)" >/dev/null
	"$LOAD" -q -l conc_test ofac "$a" >/dev/null
	reader() {
		psql -X -q -At -v ON_ERROR_STOP=1 -c "
DO \$\$
DECLARE
	r record;
	v record;
	v_checks int := 0;
	v_bad int := 0;
	v_seen bigint[] := '{}';
	v_until timestamptz := clock_timestamp() + interval '180 seconds';
BEGIN
	WHILE NOT EXISTS (SELECT FROM conc_done) AND clock_timestamp() < v_until LOOP
		-- one statement, one snapshot: the entries, their versions and names
		SELECT count(*) AS entities, count(DISTINCT e.list_version) AS versions, min(e.list_version) AS v,
			   (SELECT count(*) FROM sanctions.entity_name n JOIN sanctions.entity e2 ON e2.id = n.entity_id
				 WHERE e2.list = 'conc_test') AS names
		  INTO r FROM sanctions.entity e WHERE e.list = 'conc_test';
		v_checks := v_checks + 1;
		SELECT entity_count, name_count INTO v FROM sanctions.list_version WHERE id = r.v;
		IF r.entities = 0 OR r.versions <> 1 OR r.entities <> v.entity_count OR r.names <> v.name_count THEN
			v_bad := v_bad + 1;
			RAISE WARNING 'reader $1 saw % entries of % versions and % names', r.entities, r.versions, r.names;
		END IF;
		IF r.v IS NOT NULL AND NOT r.v = ANY (v_seen) THEN
			v_seen := v_seen || r.v;
		END IF;
	END LOOP;
	INSERT INTO conc_result VALUES ($1, v_checks, v_bad, cardinality(v_seen));
END
\$\$;" 2>&1
	}
	reader 1 >"$WORK/reader1.out" &
	r1=$!
	reader 2 >"$WORK/reader2.out" &
	r2=$!
	READERS="$r1 $r2"
	reloads=0
	for i in 1 2 3 4; do
		"$LOAD" -q -l conc_test ofac "$b" >/dev/null && reloads=$((reloads + 1))
		"$LOAD" -q -l conc_test ofac "$a" >/dev/null && reloads=$((reloads + 1))
	done
	q "INSERT INTO conc_done DEFAULT VALUES" >/dev/null
	wait $r1 $r2
	READERS=
	check "concurrency: 8 reloads of a list while two sessions read it" 8 "$reloads"
	res=$(q "SELECT coalesce(sum(checks), 0), coalesce(sum(bad), 0), coalesce(min(versions), 0), count(*) FROM conc_result")
	read -r checks bad seen readers <<<"$(echo "$res" | tr '|' ' ')"
	echo "# concurrency: $checks queries by $readers readers during the reloads"
	check "concurrency: both readers finished" 2 "$readers"
	if [ "${checks:-0}" -gt 0 ]; then
		check "concurrency: no query saw an empty, partial or mixed list" 0 "$bad"
	else
		notok "concurrency: no query ran"
	fi
	if [ "${seen:-0}" -ge 2 ] && [ "${checks:-0}" -ge 20 ]; then
		ok "concurrency: each reader saw several versions come in ($seen or more)"
	else
		notok "concurrency: the readers did not overlap the reloads (versions seen: $seen, queries: $checks)"
	fi
	cat "$WORK/reader1.out" "$WORK/reader2.out" | grep -v '^$' | sed 's/^/# /'
fi

# ---- REPEATABLE READ: an import that waited for another one of its list ----
# Session A imports file 2 and holds its transaction open; session B, in a
# REPEATABLE READ transaction whose snapshot predates A's commit, imports
# file 1, identical to the version current in that snapshot: it must fail
# with a serialization error (40001), not return the replaced version as if
# it were current.
printf 'id,name,kind\n1,Repeatable Read One,person\n' >"$WORK/rr1.csv"
printf 'id,name,kind\n1,Repeatable Read Two,person\n' >"$WORK/rr2.csv"
if "$LOAD" -q -l rr_test watchlist "$WORK/rr1.csv" >/dev/null; then
	psql -X -q -At -v ON_ERROR_STOP=1 -v f="$(base64 -w0 "$WORK/rr2.csv")" >"$WORK/rr_a.out" 2>&1 <<'SQL' &
BEGIN;
SELECT sanctions.import_watchlist(decode(:'f', 'base64'), 'rr_test') IS NOT NULL;
SELECT pg_sleep(3);
COMMIT;
SQL
	ra=$!
	sleep 1
	rr_b=$(psql -X -q -At -v ON_ERROR_STOP=1 -v f="$(base64 -w0 "$WORK/rr1.csv")" 2>&1 <<'SQL'
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT count(*) FROM sanctions.list_version;
SELECT sanctions.import_watchlist(decode(:'f', 'base64'), 'rr_test');
COMMIT;
SQL
)
	wait $ra
	case $rr_b in
		*"could not serialize access"*)
			ok "REPEATABLE READ: an import that waited for another of its list fails with 40001" ;;
		*) notok "REPEATABLE READ: the waiting import did not fail as it should: $(echo "$rr_b" | tr '\n' ' ')" ;;
	esac
	check "REPEATABLE READ: the first import's version is current" "Repeatable Read Two" \
		"$(q "SELECT n.name FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id WHERE e.list = 'rr_test'")"
else
	notok "REPEATABLE READ: the first version of rr_test did not load"
fi

# ---- pg_dump / pg_restore keeps every list ----
fingerprint() {
	psql -X -q -At -d "$1" -c "
SELECT string_agg(t || ' ' || n || ' ' || h, E'\n' ORDER BY t) FROM (
	SELECT 'list_version' AS t, count(*) AS n,
		   md5(string_agg(format('%s %s %s %s %s %s %s %s', id, list, sha256, is_current, entity_count, name_count, loaded_at, replaced_at), ',' ORDER BY id)) AS h
	  FROM sanctions.list_version
	UNION ALL SELECT 'entity', count(*), md5(string_agg(e::text, ',' ORDER BY id)) FROM sanctions.entity e
	UNION ALL SELECT 'entity_name', count(*), md5(string_agg(n::text, ',' ORDER BY id)) FROM sanctions.entity_name n
	UNION ALL SELECT 'entity_history', count(*), md5(string_agg(h::text, ',' ORDER BY id)) FROM sanctions.entity_history h
	UNION ALL SELECT 'entity_name_history', count(*), md5(string_agg(h::text, ',' ORDER BY id)) FROM sanctions.entity_name_history h
) s"
}
before=$(fingerprint "$DB")
if pg_dump -Fc -f "$WORK/lists.dump" "$DB" 2>"$WORK/dump.err"; then
	ok "pg_dump: the database with its lists is dumped ($(du -h "$WORK/lists.dump" | cut -f1))"
	dropdb --if-exists "${DB}_restored" 2>/dev/null
	createdb "${DB}_restored"
	if pg_restore -d "${DB}_restored" "$WORK/lists.dump" 2>"$WORK/restore.err"; then
		ok "pg_restore: restored without errors"
	else
		notok "pg_restore: $(head -5 "$WORK/restore.err" | tr '\n' ' ')"
	fi
	after=$(fingerprint "${DB}_restored")
	check "pg_dump / pg_restore: every list, version and history row comes back the same" "$before" "$after"
	echo "$after" | sed 's/^/# restored: /'
	lists=$(psql -X -q -At -d "${DB}_restored" -c "SELECT count(DISTINCT list) FROM sanctions.entity")
	check "pg_dump / pg_restore: the restored database has every loaded list" \
		"$(q "SELECT count(DISTINCT list) FROM sanctions.entity")" "$lists"
	# the sequences came back too: a new version loads next to the restored ones
	printf 'id,name,kind\n1,After Restore,person\n' >"$WORK/after.csv"
	if PGDATABASE="${DB}_restored" "$LOAD" -q -l restored_test watchlist "$WORK/after.csv" >/dev/null 2>"$WORK/after.err"; then
		ok "pg_restore: a list loads into the restored database (sequences restored)"
	else
		notok "pg_restore: loading after the restore failed: $(tr '\n' ' ' <"$WORK/after.err")"
	fi
else
	notok "pg_dump: $(head -5 "$WORK/dump.err" | tr '\n' ' ')"
fi
