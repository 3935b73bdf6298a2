# list_names.sh: load every name of the real OFAC 2021 SDN and UN lists into
# a table, for the integration tests and the benchmarks.  Source it; do not
# run it.  Needs psql pointed at a database (PGHOST, PGPORT, PGUSER,
# PGDATABASE) and SN_DATA.
#
#   sn_list_names_present          true when the list files are there
#   sn_load_list_names TABLE       create TABLE(src, kind, name) and fill it
#
# src is 'ofac' or 'un'; kind says which field the name came from:
#   ofac sdn    SDN_Name of sdn.csv            (one per entry)
#   ofac alt    alt_name of alt.csv            (one per alias)
#   un individual  FIRST_NAME..FOURTH_NAME of an INDIVIDUAL, joined by spaces
#   un entity      FIRST_NAME of an ENTITY
#   un alias       a non-empty ALIAS_NAME of an INDIVIDUAL or an ENTITY
#   un original    a non-empty NAME_ORIGINAL_SCRIPT
#
# The files are prepared in a temporary directory and loaded with psql's
# client-side \copy, so the server (another OS user) never reads them.

sn__ofac_dir() { echo "${SN_DATA:-}/lists/ofac_sdn_2021-07"; }
sn__un_xml() { echo "${SN_DATA:-}/lists/un_sc_2026-02-27/UN_consolidated.xml"; }

sn_list_names_present() {
	[ -r "$(sn__ofac_dir)/sdn.csv" ] && [ -r "$(sn__ofac_dir)/alt.csv" ] && [ -r "$(sn__un_xml)" ]
}

# OFAC legacy CSV -> UTF-8 CSV that COPY reads: Latin-1 bytes converted, the
# trailing 0x1A (DOS end-of-file) removed.  COPY's CSV mode handles the
# quoting and the CRLF line ends.
sn__ofac_csv() {
	(set -o pipefail; iconv -f latin1 -t utf-8 "$1" | tr -d '\032')
}

# A whole file as one value in COPY's text format: backslash, tab, CR and
# newline escaped, so the XML document arrives intact in a single row.
sn__one_copy_value() {
	(set -o pipefail
	 sed -e 's/\\/\\\\/g' -e 's/\t/\\t/g' -e 's/\r/\\r/g' "$1" |
		awk '{ printf "%s\\n", $0 } END { print "" }')
}

sn_load_list_names() {
	local table=$1 dir rc
	sn_list_names_present || return 1
	dir=$(mktemp -d /tmp/sanctions-names.XXXXXX)
	sn__ofac_csv "$(sn__ofac_dir)/sdn.csv" >"$dir/sdn.csv" &&
		sn__ofac_csv "$(sn__ofac_dir)/alt.csv" >"$dir/alt.csv" &&
		sn__one_copy_value "$(sn__un_xml)" >"$dir/un.txt" || { rm -rf "$dir"; return 1; }
	psql -X -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS $table;
CREATE TEMP TABLE ofac_sdn (ent_num int, sdn_name text, sdn_type text, program text,
	title text, call_sign text, vess_type text, tonnage text, grt text,
	vess_flag text, vess_owner text, remarks text);
CREATE TEMP TABLE ofac_alt (ent_num int, alt_num int, alt_type text, alt_name text,
	alt_remarks text);
CREATE TEMP TABLE un_doc (doc text);
\copy ofac_sdn FROM '$dir/sdn.csv' WITH (FORMAT csv)
\copy ofac_alt FROM '$dir/alt.csv' WITH (FORMAT csv)
\copy un_doc FROM '$dir/un.txt'
CREATE TABLE $table (id serial PRIMARY KEY, src text NOT NULL, kind text NOT NULL,
	name text NOT NULL);
INSERT INTO $table (src, kind, name)
	SELECT 'ofac', 'sdn', sdn_name FROM ofac_sdn WHERE trim(sdn_name) <> '-0-' ORDER BY ent_num;
INSERT INTO $table (src, kind, name)
	SELECT 'ofac', 'alt', alt_name FROM ofac_alt WHERE trim(alt_name) <> '-0-' ORDER BY ent_num, alt_num;
WITH d AS (SELECT xmlparse(DOCUMENT doc) AS x FROM un_doc)
INSERT INTO $table (src, kind, name)
	SELECT 'un', 'individual',
		   concat_ws(' ', nullif(trim(n1), ''), nullif(trim(n2), ''),
					 nullif(trim(n3), ''), nullif(trim(n4), ''))
	FROM d, XMLTABLE('/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL' PASSING d.x
					 COLUMNS n1 text PATH 'FIRST_NAME', n2 text PATH 'SECOND_NAME',
							 n3 text PATH 'THIRD_NAME', n4 text PATH 'FOURTH_NAME')
	UNION ALL
	SELECT 'un', 'entity', n
	FROM d, XMLTABLE('/CONSOLIDATED_LIST/ENTITIES/ENTITY' PASSING d.x
					 COLUMNS n text PATH 'FIRST_NAME')
	UNION ALL
	SELECT 'un', 'alias', n
	FROM d, XMLTABLE('//INDIVIDUAL_ALIAS/ALIAS_NAME | //ENTITY_ALIAS/ALIAS_NAME' PASSING d.x
					 COLUMNS n text PATH '.')
	WHERE trim(n) <> ''
	UNION ALL
	SELECT 'un', 'original', n
	FROM d, XMLTABLE('//NAME_ORIGINAL_SCRIPT' PASSING d.x COLUMNS n text PATH '.')
	WHERE trim(n) <> '';
ANALYZE $table;
SQL
	rc=$?
	rm -rf "$dir"
	return $rc
}
