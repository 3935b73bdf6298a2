# lib.sh: what the benchmark scripts share.  Source it after common.sh.
#
#   sn_bench_server       build, install and start a throw-away cluster (as
#                         test/run does), or use the server in PGHOST/PGPORT
#                         when SN_BENCH_SERVER=existing
#   sn_bench_load_lists   table list_names(name, source): every name of the
#                         real lists in $SN_DATA (OFAC SDN names and aliases,
#                         UN targets, original-script names and aliases, UK
#                         HMT/OFSI names), distinct
#   sn_bench_load_pools   tables first_pool(pool, i, name), last_pool(pool, i,
#                         name): first names and surnames from $SN_DATA/names
#   sn_bench_tmp          a temp directory readable by the client, removed at exit
#   sn_bench_start FILE...
#                         skip (exit 0) without the real data and FILEs under
#                         $SN_DATA, else the server and the temp directory;
#                         $started holds the start time
#   sn_bench_help         print the script's header comment, its usage
#   sn_bench_db NAME      a new database NAME (dropped first if it exists), the
#                         script's PGDATABASE from then on
#   sn_bench_load_customers N
#                         table customers(id, name): the first N people of
#                         $SN_DATA/eval/yente_candidate_generation/negatives_us.csv
#                         (people on no list), in the file's order
#
# Files are read with client-side \copy, since the server runs as another OS
# user.

sn_bench_server() {
	if [ "${SN_BENCH_SERVER:-}" = existing ]; then
		: "${PGHOST:?SN_BENCH_SERVER=existing needs PGHOST/PGPORT of a server with the extension installed}"
		return 0
	fi
	sn_setup >/dev/null
}

sn_bench_tmp() {
	SN_BENCH_TMP=$(mktemp -d /tmp/sanctions-bench.XXXXXX)
	chmod 755 "$SN_BENCH_TMP"
	# keep the cluster's own EXIT trap (an existing server is left alone)
	if [ "${SN_BENCH_SERVER:-}" = existing ]; then
		trap 'rm -rf "$SN_BENCH_TMP"' EXIT
	else
		trap 'rm -rf "$SN_BENCH_TMP"; sn_stop_cluster' EXIT
	fi
}

sn_bench_check_data() {
	local f
	for f in lists/ofac_sdn_2021-07/sdn.csv lists/ofac_sdn_2021-07/alt.csv \
		derived/un_2026-02-27_targets.tsv derived/un_2026-02-27_alias_to_primary.tsv \
		lists/uk_hmt_conlist_2018-04-13/ConList.csv "$@"; do
		if [ ! -f "$SN_DATA/$f" ]; then
			echo "skip - $SN_DATA/$f is absent: no benchmark without the real data" >&2
			exit 0
		fi
	done
}

# psql for scripts: quiet, stop at the first error
sn_psql() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

sn_bench_start() {
	sn_bench_check_data "$@"
	started=$(date +%s)
	sn_bench_server
	sn_bench_tmp
}

sn_bench_help() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }

sn_bench_db() {
	dropdb --if-exists "$1" >/dev/null 2>&1
	createdb "$1"
	export PGDATABASE=$1
}

sn_bench_load_customers() {
	sn_psql >/dev/null <<SQL
CREATE TEMP TABLE neg (full_name text, first_name text, middle_name text, last_name text,
	gender text, dob text, pob text, nat text);
\copy neg FROM '$SN_DATA/eval/yente_candidate_generation/negatives_us.csv' CSV HEADER
CREATE TABLE customers AS SELECT id, full_name AS name
	FROM (SELECT row_number() OVER () AS id, full_name FROM neg) s WHERE id <= $1;
ANALYZE customers;
SQL
}

sn_bench_load_lists() {
	local t=$SN_BENCH_TMP
	# OFAC legacy CSV: Latin-1 with a trailing 0x1A; UK ConList: cp1252 with a
	# line before the header
	iconv -f latin1 -t utf8 "$SN_DATA/lists/ofac_sdn_2021-07/sdn.csv" | tr -d '\032' >"$t/sdn.csv"
	iconv -f latin1 -t utf8 "$SN_DATA/lists/ofac_sdn_2021-07/alt.csv" | tr -d '\032' >"$t/alt.csv"
	iconv -f cp1252 -t utf8 "$SN_DATA/lists/uk_hmt_conlist_2018-04-13/ConList.csv" | tail -n +2 >"$t/uk.csv"
	sn_psql <<SQL
CREATE TEMP TABLE sdn (ent_num int, name text, type text, c4 text, c5 text, c6 text, c7 text,
	c8 text, c9 text, c10 text, c11 text, c12 text);
\copy sdn FROM '$t/sdn.csv' CSV
CREATE TEMP TABLE alt (ent_num int, alt_num int, alt_type text, alt_name text, remarks text);
\copy alt FROM '$t/alt.csv' CSV
CREATE TEMP TABLE un (dataid text, ref text, type text, primary_name text, original text);
\copy un FROM '$SN_DATA/derived/un_2026-02-27_targets.tsv' CSV HEADER DELIMITER E'\t' QUOTE E'\x01'
CREATE TEMP TABLE un_alias (alias text, script text, quality text, dataid text, ref text,
	type text, primary_name text);
\copy un_alias FROM '$SN_DATA/derived/un_2026-02-27_alias_to_primary.tsv' CSV HEADER DELIMITER E'\t' QUOTE E'\x01'
CREATE TEMP TABLE uk (n6 text, n1 text, n2 text, n3 text, n4 text, n5 text, c7 text, c8 text,
	c9 text, c10 text, c11 text, c12 text, c13 text, c14 text, c15 text, c16 text, c17 text,
	c18 text, c19 text, c20 text, c21 text, c22 text, c23 text, group_type text,
	alias_type text, c26 text, c27 text, c28 text, group_id text);
\copy uk FROM '$t/uk.csv' CSV HEADER
CREATE TABLE list_names AS
SELECT DISTINCT ON (name) name, source
FROM (
	SELECT btrim(name) AS name, 'ofac' AS source, 1 AS o FROM sdn
	UNION ALL SELECT btrim(alt_name), 'ofac', 2 FROM alt
	UNION ALL SELECT btrim(primary_name), 'un', 3 FROM un
	UNION ALL SELECT btrim(original), 'un', 4 FROM un
	UNION ALL SELECT btrim(alias), 'un', 5 FROM un_alias
	UNION ALL SELECT btrim(concat_ws(' ', nullif(btrim(n1), ''), nullif(btrim(n2), ''),
		nullif(btrim(n3), ''), nullif(btrim(n4), ''), nullif(btrim(n5), ''),
		nullif(btrim(n6), ''))), 'uk', 6 FROM uk
) s
WHERE name IS NOT NULL AND name <> '' AND name <> '-0-'
ORDER BY name, o;
SQL
}

# First names and surnames, in three pools that combine within themselves:
#   1: the commonest forenames x surnames of many countries (romanised)
#   2: the 5,000 commonest US first names x the 1,000 commonest US surnames
#   3: name_dataset_v1 first names x last names
sn_bench_load_pools() {
	local t=$SN_BENCH_TMP n=$SN_DATA/names
	# the census file is cut at 64 KiB: keep its complete rows
	awk -F, 'NF == 11' "$n/us_census_2010_surnames_top/Names_2010Census_first64KiB.csv" >"$t/census.csv"
	sn_psql <<SQL
CREATE TEMP TABLE fore (c1 text, c2 text, c3 text, c4 text, c5 text, c6 text, c7 text,
	c8 text, c9 text, c10 text, localized text, romanized text);
\copy fore FROM '$n/popular_names_by_country/common-forenames-by-country.csv' CSV HEADER
CREATE TEMP TABLE sur (c1 text, c2 text, c3 text, c4 text, localized text, romanized text,
	c7 text, c8 text);
\copy sur FROM '$n/popular_names_by_country/common-surnames-by-country.csv' CSV HEADER
CREATE TEMP TABLE ssa (name text, sex text, births bigint, c4 text, c5 text, c6 text, c7 text);
\copy ssa FROM '$n/us_ssa_babynames_npm/ssa_national_1880-2024_by_name_sex.tsv' CSV HEADER DELIMITER E'\t' QUOTE E'\x01'
CREATE TEMP TABLE census (name text, rank int, c3 text, c4 text, c5 text, c6 text, c7 text,
	c8 text, c9 text, c10 text, c11 text);
\copy census FROM '$t/census.csv' CSV HEADER
CREATE TEMP TABLE nd_first (name text);
\copy nd_first FROM '$n/name_dataset_v1/first_names.all.txt' CSV DELIMITER E'\x02' QUOTE E'\x01'
CREATE TEMP TABLE nd_last (name text);
\copy nd_last FROM '$n/name_dataset_v1/last_names.all.txt' CSV DELIMITER E'\x02' QUOTE E'\x01'

CREATE TABLE first_pool (pool int, i int, name text);
CREATE TABLE last_pool (pool int, i int, name text);
INSERT INTO first_pool SELECT 1, row_number() OVER (ORDER BY name), name
	FROM (SELECT DISTINCT btrim(romanized) AS name FROM fore WHERE btrim(romanized) ~ '^[[:alpha:]][[:alpha:]'' -]*$') s;
INSERT INTO last_pool SELECT 1, row_number() OVER (ORDER BY name), name
	FROM (SELECT DISTINCT btrim(romanized) AS name FROM sur WHERE btrim(romanized) ~ '^[[:alpha:]][[:alpha:]'' -]*$') s;
INSERT INTO first_pool SELECT 2, row_number() OVER (ORDER BY births DESC, name), initcap(name)
	FROM (SELECT name, sum(births) AS births FROM ssa GROUP BY name ORDER BY 2 DESC, 1 LIMIT 5000) s;
INSERT INTO last_pool SELECT 2, row_number() OVER (ORDER BY rank, name), initcap(name)
	FROM census WHERE name ~ '^[A-Z]';
INSERT INTO first_pool SELECT 3, row_number() OVER (ORDER BY name), initcap(name)
	FROM (SELECT DISTINCT name FROM nd_first WHERE name ~ '^[a-z][a-z'']*[a-z]$') s;
INSERT INTO last_pool SELECT 3, row_number() OVER (ORDER BY name), initcap(name)
	FROM (SELECT DISTINCT name FROM nd_last WHERE name ~ '^[a-z][a-z'']*[a-z]$') s;
SQL
}

# sn_bench_make_names TABLE N: TABLE(id, name) with N distinct names: every
# list name, then first/last-name combinations (one in five with a middle
# name) drawn deterministically, pool by pool in turn.  The combinations of
# a smaller N are a prefix of those of a larger one, so the names of a
# 100,000 table are all in the 1,000,000 one.
sn_bench_make_names() {
	local table=$1 n=$2
	sn_psql <<SQL
SET work_mem = '256MB';
CREATE TABLE $table (id serial PRIMARY KEY, name text NOT NULL);
INSERT INTO $table (name) SELECT name FROM list_names ORDER BY name;
CREATE TEMP TABLE pool_size AS
	SELECT pool, f.n AS nf, l.n AS nl
	FROM (SELECT pool, count(*) AS n FROM first_pool GROUP BY pool) f
	JOIN (SELECT pool, count(*) AS n FROM last_pool GROUP BY pool) l USING (pool);
-- which first names and surname each combination g takes, from md5(g)
CREATE TEMP TABLE combo AS
	SELECT g, pool, g % 5 = 0 AS middle,
		1 + (get_byte(d, 0) * 65536 + get_byte(d, 1) * 256 + get_byte(d, 2)) % nf AS f1,
		1 + (get_byte(d, 3) * 65536 + get_byte(d, 4) * 256 + get_byte(d, 5)) % nf AS f2,
		1 + (get_byte(d, 6) * 65536 + get_byte(d, 7) * 256 + get_byte(d, 8)) % nl AS l1
	FROM (SELECT g, 1 + g % 3 AS pool, decode(md5(g::text), 'hex') AS d
		  FROM generate_series(1, (($n - (SELECT count(*) FROM list_names)) * 11 / 10 + 1000)::int) g) x
	JOIN pool_size USING (pool);
ANALYZE combo; ANALYZE first_pool; ANALYZE last_pool; ANALYZE list_names;
WITH c AS (
	SELECT h.g, a.name || CASE WHEN h.middle THEN ' ' || b.name ELSE '' END || ' ' || l.name AS name
	FROM combo h
	JOIN first_pool a ON a.pool = h.pool AND a.i = h.f1
	JOIN first_pool b ON b.pool = h.pool AND b.i = h.f2
	JOIN last_pool l ON l.pool = h.pool AND l.i = h.l1
), u AS (
	SELECT DISTINCT ON (name) g, name FROM c
	WHERE NOT EXISTS (SELECT 1 FROM list_names l WHERE l.name = c.name)
	ORDER BY name, g
)
INSERT INTO $table (name)
SELECT name FROM u ORDER BY g LIMIT greatest($n - (SELECT count(*) FROM list_names), 0);
DROP TABLE combo, pool_size;
ANALYZE $table;
SQL
}

# Restart the throw-away cluster with more shared buffers, so that the
# tables and indexes of a run stay in them (warm cache).  Not done on an
# existing server.
sn_bench_shared_buffers() {
	[ "${SN_BENCH_SERVER:-}" = existing ] && return 0
	"${SN_AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$SN_PGDIR/data" -l "$SN_PGDIR/server.log" -w -s \
		-o "-c listen_addresses='' -c unix_socket_directories='$SN_PGDIR' -p $PGPORT -c fsync=off -c shared_buffers=$1 -c max_wal_size=4GB" \
		restart
}

# SQL functions of the benchmark database: the on-CPU and run-queue time of
# the backend so far, in nanoseconds, from /proc/self/schedstat (NULL where
# there is none).  On-CPU time does not grow while other processes hold the
# cores, so it stays comparable on a busy machine where elapsed time does not.
sn_bench_sql_cpu() {
	sn_psql >/dev/null <<'SQL'
CREATE FUNCTION bench_schedstat() RETURNS bigint[] LANGUAGE plpgsql AS $$
BEGIN
	RETURN string_to_array(btrim(pg_read_file('/proc/self/schedstat'), E' \n'), ' ')::bigint[];
EXCEPTION WHEN OTHERS THEN
	RETURN NULL;
END $$;
SQL
}
