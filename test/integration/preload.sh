#!/usr/bin/env bash
# The library in shared_preload_libraries: the postmaster builds the word
# tables and opens the ICU transliterators before it forks (see _PG_init in
# src/pg/sanctions.c).  The server must start so, and a backend forked from
# it must give exactly what a backend that builds them itself gives: the
# canonical form of names in every script the normaliser handles (and of
# the UN list's original-script names, when the list is present), and their
# scores against each other.  Restarts the test cluster twice and leaves it
# as it found it.
set -uo pipefail
. "$(dirname "$0")/../lib/list_names.sh"

db=sanctions_preload
export PGDATABASE=$db PGOPTIONS="-c client_min_messages=warning"
psql_q() { psql -X -q -v ON_ERROR_STOP=1 -A -t "$@"; }

data=$(psql_q -d postgres -c "SHOW data_directory") || { echo "not ok - preload: no server"; exit 1; }
owner=$(stat -c %U "$data")
as_owner=()
if [ "$(id -un)" != "$owner" ]; then
	if [ "$(id -u)" = 0 ]; then as_owner=(runuser -u "$owner" --); else as_owner=(sudo -u "$owner"); fi
fi
restart() { "${as_owner[@]}" pg_ctl -D "$data" -w -s -m fast restart >/dev/null 2>&1; }

cleanup() {
	if psql_q -d postgres -c "SELECT 1" >/dev/null 2>&1; then
		psql_q -d postgres -c "ALTER SYSTEM RESET shared_preload_libraries" >/dev/null
	else
		# the server did not come back with the library: take the setting out by hand
		"${as_owner[@]}" sed -i '/^shared_preload_libraries/d' "$data/postgresql.auto.conf"
	fi
	restart
	psql_q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
}

psql_q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null || exit 1
psql_q -c "CREATE EXTENSION sanctions" || exit 1
psql_q <<'SQL' || exit 1
CREATE TABLE names (name text);
INSERT INTO names VALUES
	('Владимир Путин'), ('Олександр Шевченко'), ('Ђорђе Петровић'), ('Аляксандр Лукашэнка'),
	('محمد علي'), ('عبد الله بن محمد'), ('محمود احمدی‌نژاد'), ('משה כהן'), ('金正恩'),
	('习近平'), ('重庆长安汽车股份有限公司'), ('김정은'), ('박지성'), ('山田太郎'),
	('ヤマダ タロウ'), ('やまだ たろう'), ('Αλέξανδρος Τσίπρας'), ('Սարգսյան'),
	('ბიძინა ივანიშვილი'), ('สมชาย'), ('Müller-Lüdenscheidt GmbH'), ('Ahmad Shah Massoud'),
	('Ålesund Şirketi A.Ş.'), ('JSC ARGUMENT'), ('Kim Jong Un'), ('Vladimir Putin');
SQL
if sn_list_names_present; then
	if sn_load_list_names list_names; then
		psql_q -c "INSERT INTO names SELECT name FROM list_names WHERE kind = 'original'" || exit 1
	else
		echo "not ok - preload: list files could not be loaded"
		exit 1
	fi
fi

# every name's canonical form, and the score of every pair of the first 40
figures() {
	psql_q <<'SQL'
SELECT md5(string_agg(name || '|' || sanctions.normalize(name), E'\n' ORDER BY name)),
	count(*) FROM names;
SELECT md5(string_agg(round(sanctions.similarity(a.name, b.name)::numeric, 6)::text, ',' ORDER BY a.name, b.name))
FROM (SELECT name FROM names ORDER BY name LIMIT 40) a, (SELECT name FROM names ORDER BY name LIMIT 40) b;
SQL
}

before=$(figures) || { echo "not ok - preload: figures without the preload"; exit 1; }
trap cleanup EXIT
psql_q -d postgres -c "ALTER SYSTEM SET shared_preload_libraries = 'sanctions'" >/dev/null || exit 1
if restart && [ "$(psql_q -d postgres -c 'SHOW shared_preload_libraries')" = sanctions ]; then
	echo "ok - preload: the server starts with sanctions in shared_preload_libraries"
else
	echo "not ok - preload: the server did not start with sanctions in shared_preload_libraries"
	exit 1
fi
after=$(figures) || { echo "not ok - preload: figures with the preload"; exit 1; }
echo "# names: $(echo "$before" | head -1 | cut -d'|' -f2)"
if [ "$before" = "$after" ]; then
	echo "ok - preload: canonical forms and scores equal those of a backend that loads on first need"
else
	echo "not ok - preload: results differ with the preload"
	echo "# without: $before"
	echo "# with:    $after"
	exit 1
fi
