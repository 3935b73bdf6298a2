#!/usr/bin/env bash
# Every name of the real OFAC 2021 SDN list (names and aliases) and of the UN
# Security Council list (individuals, entities, aliases, original-script
# names) normalises to the canonical pattern, and normalising again changes
# nothing.  Prints the counts and every offending name.
set -uo pipefail
. "$(dirname "$0")/../lib/list_names.sh"

if ! sn_list_names_present; then
	echo "skip - normalize_lists: OFAC 2021 and UN list files not found under ${SN_DATA:-(SN_DATA unset)}/lists"
	exit 0
fi

db=sanctions_normalize_lists
export PGDATABASE=$db PGOPTIONS="-c client_min_messages=warning"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null || exit 1
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1' EXIT
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION sanctions" || exit 1

if sn_load_list_names list_names; then
	echo "ok - normalize_lists: list files loaded"
else
	echo "not ok - normalize_lists: list files could not be loaded"
	exit 1
fi

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -F '|' -c "$1"; }

# The loader must have found every name the lists hold, or the checks below
# would pass on too little.  Expected counts are those of the published
# files (see the data README): 8,976 SDN entries, 11,910 aliases; UN 730
# individuals, 273 entities, 2,752 aliases, 378 original-script names.
counts=$(q "SELECT string_agg(src || ' ' || kind || ' ' || n, ', ' ORDER BY src, kind)
			FROM (SELECT src, kind, count(*) AS n FROM list_names GROUP BY 1, 2) c")
echo "# names: $counts"
want="ofac alt 11910, ofac sdn 8976, un alias 2752, un entity 273, un individual 730, un original 378"
if [ "$counts" = "$want" ]; then
	echo "ok - normalize_lists: every name of both lists loaded"
else
	echo "not ok - normalize_lists: name counts differ from the lists (want $want)"
fi

q "CREATE TABLE checked AS
	SELECT id, src, kind, name, n1, sanctions.normalize(n1) AS n2
	FROM (SELECT id, src, kind, name, sanctions.normalize(name) AS n1 FROM list_names) s" || exit 1

summary=$(q "SELECT count(*),
					count(*) FILTER (WHERE name ~ '[^\x01-\x7f]'),
					count(*) FILTER (WHERE n1 !~ '^([a-z0-9]+( [a-z0-9]+)*)?\$'),
					count(*) FILTER (WHERE n2 IS DISTINCT FROM n1),
					count(*) FILTER (WHERE n1 = '')
			 FROM checked")
IFS='|' read -r total nonascii bad nonidem empty <<<"$summary"
echo "# $total names normalised ($nonascii with non-ASCII characters): $bad not canonical, $nonidem not idempotent, $empty empty"

if [ "$nonascii" -gt 0 ]; then
	echo "ok - normalize_lists: names outside ASCII are among them ($nonascii)"
else
	echo "not ok - normalize_lists: no name outside ASCII was checked"
fi

if [ "$bad" = 0 ]; then
	echo "ok - normalize_lists: all $total canonical forms match ^([a-z0-9]+( [a-z0-9]+)*)?\$"
else
	echo "not ok - normalize_lists: $bad canonical forms break the pattern"
	q "SELECT '#   ' || src || ' ' || kind || ' ' || quote_literal(name) || ' -> ' || quote_literal(n1)
	   FROM checked WHERE n1 !~ '^([a-z0-9]+( [a-z0-9]+)*)?\$' ORDER BY id"
fi

if [ "$nonidem" = 0 ]; then
	echo "ok - normalize_lists: normalize(normalize(x)) = normalize(x) for all $total names"
else
	echo "not ok - normalize_lists: $nonidem names are not idempotent"
	q "SELECT '#   ' || src || ' ' || kind || ' ' || quote_literal(name) || ' -> ' ||
			  quote_literal(n1) || ' -> ' || quote_literal(n2)
	   FROM checked WHERE n2 IS DISTINCT FROM n1 ORDER BY id"
fi

# A name that normalises to nothing cannot be screened: only names without
# a single letter or digit may do so.
if [ "$empty" != 0 ]; then
	lost=$(q "SELECT count(*) FROM checked WHERE n1 = '' AND name ~ '[[:alnum:]]'")
	if [ "$lost" = 0 ]; then
		echo "ok - normalize_lists: the $empty empty canonical forms come from names without letters or digits"
	else
		echo "not ok - normalize_lists: $lost names with letters normalise to ''"
		q "SELECT '#   ' || src || ' ' || kind || ' ' || quote_literal(name)
		   FROM checked WHERE n1 = '' AND name ~ '[[:alnum:]]' ORDER BY id"
	fi
else
	echo "ok - normalize_lists: no name normalises to ''"
fi
