#!/usr/bin/env bash
# quality.sh: matching quality of the name score against labelled real data,
# side by side with two pg_trgm baselines, in one run.
#
# Run it from anywhere (it builds, installs and starts a throw-away cluster
# as test/run does; the data is read from $SN_DATA, by default ../shared/data):
#
#   bash test/bench/quality.sh                        # everything, default samples
#   bash test/bench/quality.sh --sections nb,alerts   # only some sections
#   bash test/bench/quality.sh --summary-only         # only the SUMMARY lines
#   bash test/bench/quality.sh --ours 'sanctions.similarity(q, c)' --threshold 0.8
#   bash test/bench/quality.sh --full                 # every query, no sampling
#
# Options:
#   --ours EXPR          SQL expression of the score under test (default
#                        'sanctions.similarity(q, c)').  It may use the query
#                        side q (raw name), qn (sanctions.normalize(q)), and the
#                        candidate side c (raw list name), cn (sanctions.normalize(c)),
#                        all text; it must return a number in 0..1.  A score
#                        that depends on the canonical forms only can be given
#                        qn and cn (normalize is idempotent, so the result is
#                        the same), which saves normalising both names of
#                        every pair: --ours 'sanctions.similarity(qn, cn)'.
#   --threshold T        threshold of that score when the setting
#                        sanctions.threshold is not defined (the setting, read
#                        with current_setting('sanctions.threshold', true),
#                        wins when it is).
#   --set NAME=VALUE     a setting for every session (PGOPTIONS -c), e.g.
#                        --set sanctions.threshold=0.85; repeatable.
#   --prelude FILE       SQL run once in the scratch database after the
#                        extensions are created (e.g. to define a score to
#                        compare); repeatable.
#   --sections LIST      comma-separated subset of: nb, ofac, un, uk, unscript, unpos,
#                        cross, putin, translit, scripts, companies, alerts (default: all).  The nb pairs are always
#                        scored, because they fix the baselines' thresholds.
#   --ofac-sample N      OFAC alias queries, evenly spaced in file order; 0 =
#                        all 11,910 (default 2000).  The 2,752 UN aliases are
#                        always all used.
#   --alert-sample N     rows of negatives_us.csv, evenly spaced in file order;
#                        0 = all 50,000 (default 2000).
#   --translit-sample N  word pairs per language of the Wikidata
#                        transliterations, evenly spaced in file order (default
#                        2000: 1,000 names); 0 = all.
#   --company-sample N   SEC company names, evenly spaced in file order; 0 = all
#                        8,049 (default 2000).
#   --script-sample N    names per country of the popular names in other scripts
#                        (default 100); 0 = every given name with every surname.
#   --full               --ofac-sample 0 --alert-sample 0 --company-sample 0.
#   --jobs N             concurrent sessions (default: number of CPUs).
#   --brute-baselines    score the baselines against every candidate too, as
#                        the score under test is, instead of through trigram
#                        indexes (same results, much slower; a cross-check).
#   --no-setup           use the server of PGHOST/PGPORT/PGUSER as it is (the
#                        extension must be installed there); no build.  The
#                        scratch database sanctions_quality is re-created there
#                        and left in place for inspection.
#   --summary-only       print only the SUMMARY lines.
#   --verbose            also list the baselines' wrong STRONG cases and misses.
#
# Methods (columns):
#   ours           the --ours expression at its threshold (setting or --threshold);
#   trgm_unaccent  pg_trgm similarity(lower(unaccent(q)), lower(unaccent(c)));
#   trgm_icu       pg_trgm similarity of icu_transform(x, 'Any-Latin; Latin-ASCII; Lower');
# each baseline at the threshold that maximises its F1 on the nb pairs, found
# by trying every score it gives there (ties: the highest such threshold).
# Everywhere, "matched" means score >= threshold.
#
# Measures (one SUMMARY line each, "SUMMARY <section>.<measure> ours=.. trgm_unaccent=..
# trgm_icu=.. goal=.. met=yes|no|-"; fractions are in 0..1):
#   threshold              the threshold each method is measured at.
#   nb.*                   eval/nomenklatura_name_bench/cases_dev.csv, 423 labelled
#                          pairs (name1 = query, name2 = list side): f1, precision
#                          and recall of "matched" against is_match; strong_wrong,
#                          the STRONG-quality pairs decided wrongly (listed for ours);
#                          best_f1 / best_thr: the highest F1 a method reaches on
#                          these pairs and the threshold giving it (for tuning).
#                          Goals: f1 >= 0.90, strong_wrong = 0.
#   calib.*                whether one score means one strength of evidence for
#                          every kind of name, at each method's threshold, on the
#                          nb pairs (no goal): precision and recall of persons'
#                          names (schema Person) and organisations' (Company,
#                          Organization, LegalEntity), of short names (both two
#                          words or fewer) and long ones; precision_spread, the
#                          largest of those four precisions less the smallest;
#                          and how far below the threshold different names
#                          score: nb_near / translit_near, the share of the nb
#                          and translit non-matching pairs that score within 0.1
#                          under the threshold.  The run also prints, for ours,
#                          the share of matches among the nb pairs in each band
#                          of score, for persons and organisations.
#   ofac.*, un.*, uk.*     each alias of derived/ofac_sdn_2021-07_alias_to_primary.tsv
#                          (resp. derived/un_2026-02-27_alias_to_primary.tsv) as a
#                          query, scored against every primary name of the list
#                          (OFAC: all SDN_Name of lists/ofac_sdn_2021-07/sdn.csv;
#                          UN: primary_name of derived/un_2026-02-27_targets.tsv),
#                          one candidate per entity.  The alias's own entity has
#                          rank 1 + (number of other entities scoring >= it), so
#                          ties count against it.  recall1 / recall10: share of
#                          queries whose entity has rank <= 1 / <= 10; recall_thr:
#                          share whose entity is matched.  Many aliases are
#                          unrelated names (former names, nicknames): compare the
#                          columns, not against 1.  Goal: ofac.recall10 at least
#                          0.08 above the better baseline.  uk: the same for the
#                          3,442 aliases of derived/uk_conlist_2018-04-13_alias_to_primary.tsv
#                          against the primary name (Prime Alias, Name 1-5 then
#                          Name 6) of every group of
#                          lists/uk_hmt_conlist_2018-04-13/ConList.csv (2,106):
#                          a list whose aliases the score was not tuned on.  No
#                          goal.
#   unscript.*             the same measures, with each name of a UN target in
#                          its original script (the 378 name_original_script of
#                          derived/un_2026-02-27_targets.tsv: 366 in Arabic or
#                          Persian script, 11 Cyrillic) as the query against the
#                          primary names in Latin letters.  No goal: a measure of
#                          reach across scripts on list names.
#   unpos.*                the 683 people (queries) of
#                          eval/yente_candidate_generation/positives_un_untreated.csv
#                          against every UN target name (primary and original
#                          script of derived/un_2026-02-27_targets.tsv): found, how
#                          many match at least one; listed, how many are written,
#                          up to case and spacing, as one of those names (the
#                          others are not on this edition of the list under that
#                          name); found_listed, how many of the listed are found.
#                          Goal: found_listed = listed.
#   cross.ge_min, cross.matched
#                          eval/watchman_cross_script_pairs.csv: pairs scoring at
#                          least the file's minimum score / matched.  Goal: all.
#   putin.vs_vladimir_putin share of the 80 spellings of
#                          nomenklatura_name_bench/putin_names.txt matched against
#                          "Vladimir Putin"; putin.pairs: share of the ordered
#                          pairs of two different spellings matched.
#   translit.<lang>_found, translit.<lang>_false
#                          names/translit_wikidata_coling2018: Wikidata's words
#                          of other scripts and their Latin forms (lang: hebrew,
#                          russian, korean), two consecutive sampled words made
#                          into one two-word name, the native spelling as the
#                          query and the Latin one as the list side.  found: the
#                          share matched; false: the share matched when the
#                          second Latin word is that of the next name (a name
#                          that shares one word with the query and not the
#                          other).  No goal: a measure of reach across scripts.
#   scripts.rate           ordinary names in other scripts (Cyrillic, Greek,
#                          Georgian, Han, Hangul, kana): names/popular_names_by_country,
#                          each country's popular given names and surnames in
#                          its own script, paired (--script-sample pairs a
#                          country, drawn by md5; Chinese and Korean names
#                          surname first, written together, Japanese ones
#                          surname first with a space), the share with at least
#                          one matched candidate among every name of the lists,
#                          as for alerts.  Some of these people share a listed
#                          person's name (Sergey Ivanov), so not all are false
#                          alerts.  No goal: a measure of what screening names
#                          written in other scripts costs.
#   companies.rate         share of the sampled names of
#                          names/companies_sec_edgar/sec_companies_unique_cik.tsv
#                          (companies listed in the US) with at least one matched
#                          candidate among every name of the lists, as for
#                          alerts.  A few of them may share a listed name
#                          (DOVER, TIDEWATER), so not all are false alerts.  No
#                          goal: a measure of what screening companies costs.
#   alerts.rate            share of the sampled rows of
#                          eval/yente_candidate_generation/negatives_us.csv
#                          (full_name, people on no list) with at least one
#                          matched candidate among every name of the lists (OFAC
#                          SDN primaries and aliases, UN primaries, original-script
#                          names and aliases, distinct).  Goal: <= 0.01 and below
#                          both baselines.
#
# The score under test is computed for every query-candidate pair (no index);
# so are the baselines with --brute-baselines, otherwise they use GiST (top-10
# by <->) and GIN (%) trigram indexes, which return exactly what a full scan
# returns.  Work is split into chunks run by --jobs concurrent sessions.
#
# Run time is almost all the score under test over about 70 million pairs
# with the default samples (2,000 OFAC aliases x 8,976 names, 2,752 UN aliases
# x 1,003, 3,442 UK aliases x 2,106, 683 x 1,381, 2,000 negatives x 24,407).  Before it starts, the log
# line "ours: about N us per pair ... at least about S s" estimates it.  With a
# score of 5 to 6 us per pair, two whole runs on 2 cores took 5 and 8 minutes
# (the second while other work shared the cores); --full needs about 20 times
# as many pairs.
set -euo pipefail
. "$(dirname "$0")/../lib/common.sh"

OURS='sanctions.similarity(q, c)'
THRESHOLD_ARG=
SECTIONS=nb,ofac,un,uk,unscript,unpos,cross,putin,translit,scripts,companies,alerts
TRANSLIT_SAMPLE=2000
ALIAS_SAMPLE=2000
ALERT_SAMPLE=2000
COMPANY_SAMPLE=2000
SCRIPT_SAMPLE=100
JOBS=$(nproc 2>/dev/null || echo 2)
BRUTE=0
SETUP=1
SUMMARY_ONLY=0
VERBOSE=0
PRELUDES=()
SETS=()

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
die() { echo "quality.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
	case $1 in
	--ours) OURS=${2:?}; shift 2 ;;
	--threshold) THRESHOLD_ARG=${2:?}; shift 2 ;;
	--set) SETS+=("${2:?}"); shift 2 ;;
	--prelude) PRELUDES+=("$(cd "$(dirname "${2:?}")" && pwd)/$(basename "$2")"); shift 2 ;;
	--sections) SECTIONS=${2:?}; shift 2 ;;
	--ofac-sample) ALIAS_SAMPLE=${2:?}; shift 2 ;;
	--alert-sample) ALERT_SAMPLE=${2:?}; shift 2 ;;
	--translit-sample) TRANSLIT_SAMPLE=${2:?}; shift 2 ;;
	--script-sample) SCRIPT_SAMPLE=${2:?}; shift 2 ;;
	--company-sample) COMPANY_SAMPLE=${2:?}; shift 2 ;;
	--full) ALIAS_SAMPLE=0; ALERT_SAMPLE=0; COMPANY_SAMPLE=0; shift ;;
	--jobs) JOBS=${2:?}; shift 2 ;;
	--brute-baselines) BRUTE=1; shift ;;
	--no-setup) SETUP=0; shift ;;
	--summary-only) SUMMARY_ONLY=1; shift ;;
	--verbose) VERBOSE=1; shift ;;
	-h|--help) usage; exit 0 ;;
	*) die "unknown option $1 (see --help)" ;;
	esac
done
[[ $ALIAS_SAMPLE =~ ^[0-9]+$ ]] || die "--ofac-sample takes a number"
[[ $TRANSLIT_SAMPLE =~ ^[0-9]+$ ]] || die "--translit-sample takes a number"
[[ $ALERT_SAMPLE =~ ^[0-9]+$ ]] || die "--alert-sample takes a number"
[[ $SCRIPT_SAMPLE =~ ^[0-9]+$ ]] || die "--script-sample takes a number"
[[ $COMPANY_SAMPLE =~ ^[0-9]+$ ]] || die "--company-sample takes a number"
[[ $JOBS =~ ^[1-9][0-9]*$ ]] || die "--jobs takes a positive number"
if [ -n "$THRESHOLD_ARG" ]; then
	[[ $THRESHOLD_ARG =~ ^[0-9]*\.?[0-9]+$ ]] || die "--threshold takes a number in 0..1"
fi
for s in ${SECTIONS//,/ }; do
	case $s in nb|ofac|un|uk|unscript|unpos|cross|putin|translit|scripts|companies|alerts) ;;
	*) die "unknown section $s" ;; esac
done
has() { [[ ",$SECTIONS," == *",$1,"* ]]; }
for p in "${PRELUDES[@]}"; do [ -r "$p" ] || die "cannot read $p"; done

D=$SN_DATA
for f in lists/ofac_sdn_2021-07/sdn.csv derived/ofac_sdn_2021-07_alias_to_primary.tsv \
	derived/un_2026-02-27_alias_to_primary.tsv derived/un_2026-02-27_targets.tsv \
	derived/uk_conlist_2018-04-13_alias_to_primary.tsv lists/uk_hmt_conlist_2018-04-13/ConList.csv \
	eval/nomenklatura_name_bench/cases_dev.csv eval/nomenklatura_name_bench/putin_names.txt \
	eval/watchman_cross_script_pairs.csv eval/yente_candidate_generation/positives_un_untreated.csv \
	eval/yente_candidate_generation/negatives_us.csv \
	names/translit_wikidata_coling2018/wd_hebrew.tokens.tsv \
	names/translit_wikidata_coling2018/wd_russian_80.tokens.tsv \
	names/translit_wikidata_coling2018/wd_korean.tokens.tsv \
	names/popular_names_by_country/common-forenames-by-country.csv \
	names/popular_names_by_country/common-surnames-by-country.csv \
	names/companies_sec_edgar/sec_companies_unique_cik.tsv; do
	[ -r "$D/$f" ] || die "missing $D/$f (set SN_DATA to the shared data folder)"
done

T0=$(date +%s)
say() { [ "$SUMMARY_ONLY" = 1 ] || printf '%s\n' "$*"; }
elapsed() { echo $(( $(date +%s) - T0 )); }

if [ "$SETUP" = 1 ]; then
	sn_setup
	sn_log "set-up done ($(elapsed) s)"
else
	[ -n "${PGHOST:-}${PGPORT:-}" ] || die "--no-setup needs PGHOST/PGPORT of a running server"
fi

# Settings for every session, including the chunk workers.
opts="-c jit=off -c max_parallel_workers_per_gather=0 -c client_min_messages=warning"
for s in "${SETS[@]}"; do
	[[ $s =~ ^[A-Za-z_][A-Za-z0-9_.]*=[^[:space:]]*$ ]] || die "--set takes NAME=VALUE without spaces"
	opts+=" -c $s"
done
export PGOPTIONS="${PGOPTIONS:-} $opts"

DB=sanctions_quality
TMP=$(mktemp -d /tmp/sanctions-quality.XXXXXX)
chmod 755 "$TMP"
cleanup_tmp() { rm -rf "$TMP"; }
if [ "$SETUP" = 1 ]; then trap 'cleanup_tmp; sn_stop_cluster' EXIT; else trap cleanup_tmp EXIT; fi

PSQL=(psql -X -q -v ON_ERROR_STOP=1)
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8'"
export PGDATABASE=$DB
"${PSQL[@]}" -c 'CREATE EXTENSION sanctions' -c 'CREATE EXTENSION pg_trgm' \
	-c 'CREATE EXTENSION unaccent' -c 'CREATE EXTENSION icu_ext'
for p in "${PRELUDES[@]}"; do "${PSQL[@]}" -f "$p"; done

# The threshold of the score under test: the setting when the extension
# defines it (calling an extension function loads the library first).
THR_SETTING=$("${PSQL[@]}" -At -c "SELECT sanctions.normalize('a')" \
	-c "SELECT coalesce(current_setting('sanctions.threshold', true), '')" | tail -1)
if [ -n "$THR_SETTING" ]; then
	THR=$THR_SETTING; THR_SRC=setting
elif [ -n "$THRESHOLD_ARG" ]; then
	THR=$THRESHOLD_ARG; THR_SRC=argument
else
	die "sanctions.threshold is not defined: give --threshold"
fi
"${PSQL[@]}" -At -c "SELECT '$THR'::real" >/dev/null || die "bad threshold '$THR'"

# The expression must work before anything long starts.
if ! err=$("${PSQL[@]}" -At -c "SELECT ($OURS)::float8 FROM (SELECT 'John Smith'::text AS q, 'john smith'::text AS qn,
	'john smith'::text AS qu, 'john smith'::text AS qi, 'SMITH, John'::text AS c, 'smith john'::text AS cn,
	'smith, john'::text AS cu, 'smith, john'::text AS ci) AS t" 2>&1); then
	echo "quality.sh: the score under test does not run: $OURS" >&2
	echo "$err" >&2
	exit 2
fi

sn_log "loading data from $D"
# Files prepared for client-side \copy: the OFAC file without its final 0x1A,
# the UK list without its first two lines (the date of the edition, the
# header), the cross-script pairs without comments and blank lines.
tr -d '\032' <"$D/lists/ofac_sdn_2021-07/sdn.csv" >"$TMP/sdn.csv"
tail -n +3 "$D/lists/uk_hmt_conlist_2018-04-13/ConList.csv" >"$TMP/uk.csv"
grep -v -e '^#' -e '^[[:space:]]*$' "$D/eval/watchman_cross_script_pairs.csv" >"$TMP/cross.csv"
TSV="FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01', HEADER true"
LINES="FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02'"

"${PSQL[@]}" <<SQL
CREATE TABLE sdn_raw (ent_num text, sdn_name text, sdn_type text, program text, title text,
	call_sign text, vess_type text, tonnage text, grt text, vess_flag text, vess_owner text, remarks text);
\copy sdn_raw FROM '$TMP/sdn.csv' WITH (FORMAT csv, ENCODING 'LATIN1')
CREATE TABLE ofac_alias (rn int GENERATED ALWAYS AS IDENTITY, query_alias text, query_script text,
	alt_type text, target_ent_num bigint, target_primary_name text, sdn_type text, program text);
\copy ofac_alias (query_alias, query_script, alt_type, target_ent_num, target_primary_name, sdn_type, program) FROM '$D/derived/ofac_sdn_2021-07_alias_to_primary.tsv' WITH ($TSV)
CREATE TABLE un_alias (rn int GENERATED ALWAYS AS IDENTITY, query_alias text, query_script text,
	quality text, target_dataid bigint, reference_number text, type text, target_primary_name text);
\copy un_alias (query_alias, query_script, quality, target_dataid, reference_number, type, target_primary_name) FROM '$D/derived/un_2026-02-27_alias_to_primary.tsv' WITH ($TSV)
CREATE TABLE un_targets (dataid bigint, reference_number text, type text, primary_name text, name_original_script text);
CREATE TABLE uk_raw (name6 text, name1 text, name2 text, name3 text, name4 text, name5 text, title text,
	dob text, town_of_birth text, country_of_birth text, nationality text, passport text, ni_number text,
	position text, address1 text, address2 text, address3 text, address4 text, address5 text, address6 text,
	post_code text, country text, other_information text, group_type text, alias_type text, regime text,
	listed_on text, last_updated text, group_id bigint);
\copy uk_raw FROM '$TMP/uk.csv' WITH (FORMAT csv, ENCODING 'WIN1252')
CREATE TABLE uk_alias (rn int GENERATED ALWAYS AS IDENTITY, query_alias text, query_script text,
	alias_type text, target_group_id bigint, target_primary_name text, group_type text);
\copy uk_alias (query_alias, query_script, alias_type, target_group_id, target_primary_name, group_type) FROM '$D/derived/uk_conlist_2018-04-13_alias_to_primary.tsv' WITH ($TSV)
\copy un_targets FROM '$D/derived/un_2026-02-27_targets.tsv' WITH ($TSV)
CREATE TABLE nb_raw (rn int GENERATED ALWAYS AS IDENTITY, case_group text, schema text, name1 text, name2 text,
	is_match boolean, quality text, category text, notes text);
\copy nb_raw (case_group, schema, name1, name2, is_match, quality, category, notes) FROM '$D/eval/nomenklatura_name_bench/cases_dev.csv' WITH (FORMAT csv, HEADER true)
CREATE TABLE putin_raw (rn int GENERATED ALWAYS AS IDENTITY, name text);
\copy putin_raw (name) FROM '$D/eval/nomenklatura_name_bench/putin_names.txt' WITH ($LINES)
CREATE TABLE cross_raw (rn int GENERATED ALWAYS AS IDENTITY, query text, expected text, min_score real, description text);
\copy cross_raw (query, expected, min_score, description) FROM '$TMP/cross.csv' WITH (FORMAT csv)
CREATE TABLE translit_raw (rn int GENERATED ALWAYS AS IDENTITY, latin text, native text, freq int, lang text);
\copy translit_raw (latin, native, freq) FROM '$D/names/translit_wikidata_coling2018/wd_hebrew.tokens.tsv' WITH (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01')
UPDATE translit_raw SET lang = 'hebrew' WHERE lang IS NULL;
\copy translit_raw (latin, native, freq) FROM '$D/names/translit_wikidata_coling2018/wd_russian_80.tokens.tsv' WITH (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01')
UPDATE translit_raw SET lang = 'russian' WHERE lang IS NULL;
\copy translit_raw (latin, native, freq) FROM '$D/names/translit_wikidata_coling2018/wd_korean.tokens.tsv' WITH (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01')
UPDATE translit_raw SET lang = 'korean' WHERE lang IS NULL;
CREATE TABLE people_raw (rn int GENERATED ALWAYS AS IDENTITY, full_name text, first_name text, middle_name text,
	last_name text, gender text, date_of_birth text, place_of_birth text, nationality text);
CREATE TABLE unpos_raw (LIKE people_raw INCLUDING ALL);
CREATE TABLE neg_raw (LIKE people_raw INCLUDING ALL);
\copy unpos_raw (full_name, first_name, middle_name, last_name, gender, date_of_birth, place_of_birth, nationality) FROM '$D/eval/yente_candidate_generation/positives_un_untreated.csv' WITH (FORMAT csv, HEADER true)
\copy neg_raw (full_name, first_name, middle_name, last_name, gender, date_of_birth, place_of_birth, nationality) FROM '$D/eval/yente_candidate_generation/negatives_us.csv' WITH (FORMAT csv, HEADER true)
CREATE TABLE forenames_raw (country text, country_group text, region text, population text, note text,
	year text, romanization text, idx text, name_group text, gender text, localized text, romanized text);
\copy forenames_raw FROM '$D/names/popular_names_by_country/common-forenames-by-country.csv' WITH (FORMAT csv, HEADER true)
CREATE TABLE surnames_raw (country text, rank text, idx text, name_group text, localized text,
	romanized text, count text, percent text);
\copy surnames_raw FROM '$D/names/popular_names_by_country/common-surnames-by-country.csv' WITH (FORMAT csv, HEADER true)
CREATE TABLE company_raw (rn int GENERATED ALWAYS AS IDENTITY, cik text, title text, ticker text);
\copy company_raw (cik, title, ticker) FROM '$D/names/companies_sec_edgar/sec_companies_unique_cik.tsv' WITH (FORMAT csv, HEADER true, DELIMITER E'\t', QUOTE E'\x01')
SQL

# Deterministic, evenly spaced sample of n rows out of total, by row number
# rn (1-based, file order): row rn is kept when ((rn-1)*n) mod total < n.
"${PSQL[@]}" -o /dev/null -v alias_n="$ALIAS_SAMPLE" -v alert_n="$ALERT_SAMPLE" \
	-v translit_n="$TRANSLIT_SAMPLE" -v script_n="$SCRIPT_SAMPLE" -v company_n="$COMPANY_SAMPLE" <<'SQL'
CREATE FUNCTION pg_temp.keep(rn bigint, n bigint, total bigint) RETURNS boolean
	LANGUAGE sql IMMUTABLE AS 'SELECT n = 0 OR n >= total OR ((rn - 1) * n) % total < n';

-- Candidates, one row per name: ent is the entity (NULL when irrelevant).
CREATE TABLE cand_ofac AS                  -- OFAC SDN primary names
	SELECT trim(ent_num)::bigint AS ent, trim(sdn_name) AS c FROM sdn_raw WHERE sdn_name IS NOT NULL;
CREATE TABLE cand_un AS                    -- UN primary names
	SELECT dataid AS ent, trim(primary_name) AS c FROM un_targets;
CREATE TABLE cand_uk AS                    -- UK primary names: given names, then the surname
	SELECT DISTINCT group_id AS ent, c FROM (
		SELECT group_id, btrim(regexp_replace(concat_ws(' ', name1, name2, name3, name4, name5, name6),
			'\s+', ' ', 'g')) AS c
		FROM uk_raw WHERE alias_type = 'Prime Alias') AS p
	WHERE c <> '';
CREATE TABLE cand_unall AS                 -- UN primary and original-script names
	SELECT dataid AS ent, trim(primary_name) AS c FROM un_targets
	UNION ALL
	SELECT dataid, trim(name_original_script) FROM un_targets WHERE coalesce(trim(name_original_script), '') <> '';
CREATE TABLE cand_all AS                   -- every name of both lists, distinct
	SELECT NULL::bigint AS ent, c FROM (
		SELECT c FROM cand_ofac
		UNION SELECT trim(query_alias) FROM ofac_alias
		UNION SELECT c FROM cand_unall
		UNION SELECT trim(query_alias) FROM un_alias) AS n
	WHERE c <> '';

-- Queries.
CREATE TABLE q_alias AS
	SELECT 'ofac'::text AS section, rn AS qid, trim(query_alias) AS q, target_ent_num AS target
	FROM ofac_alias WHERE pg_temp.keep(rn, :alias_n, (SELECT count(*) FROM ofac_alias))
	UNION ALL
	SELECT 'un', rn, trim(query_alias), target_dataid
	FROM un_alias
	UNION ALL
	SELECT 'uk', rn, trim(query_alias), target_group_id
	FROM uk_alias
	UNION ALL
	SELECT 'unscript', (row_number() OVER (ORDER BY dataid))::int, trim(name_original_script), dataid
	FROM un_targets WHERE coalesce(trim(name_original_script), '') <> '';
CREATE TABLE q_hit AS
	SELECT 'unpos'::text AS section, rn AS qid, trim(full_name) AS q FROM unpos_raw
	UNION ALL
	SELECT 'alerts', rn, trim(full_name) FROM neg_raw
	WHERE pg_temp.keep(rn, :alert_n, (SELECT count(*) FROM neg_raw))
	UNION ALL
	SELECT 'scripts', (row_number() OVER (ORDER BY country, k))::int, q FROM (
		SELECT f.country, row_number() OVER (PARTITION BY f.country ORDER BY md5(f.n || '/' || s.n), f.n, s.n) AS k,
			CASE WHEN f.country IN ('CN', 'TW', 'KR') THEN s.n || f.n
				WHEN f.country = 'JP' THEN s.n || ' ' || f.n
				ELSE f.n || ' ' || s.n END AS q
		FROM (SELECT DISTINCT country, trim(localized) AS n FROM forenames_raw
				WHERE trim(localized) <> '' AND localized <> romanized) f
		JOIN (SELECT DISTINCT country, trim(localized) AS n FROM surnames_raw
				WHERE trim(localized) <> '' AND localized <> romanized) s USING (country)) z
	WHERE :script_n = 0 OR k <= :script_n
	UNION ALL
	SELECT 'companies', rn, trim(title) FROM company_raw
	WHERE pg_temp.keep(rn, :company_n, (SELECT count(*) FROM company_raw));

-- Wikidata's words of other scripts (native: letters apart) and their Latin
-- forms: two consecutive sampled words of a language make one name, with
-- c2_next the second Latin word of the next name (for a false match).
CREATE TABLE translit_names AS
WITH s AS (
	SELECT lang, trim(latin) AS latin, replace(native, ' ', '') AS native,
		row_number() OVER (PARTITION BY lang ORDER BY rn) AS r, count(*) OVER (PARTITION BY lang) AS total
	FROM translit_raw),
k AS (
	SELECT lang, latin, native, row_number() OVER (PARTITION BY lang ORDER BY r) AS k
	FROM s WHERE pg_temp.keep(r, :translit_n, total)),
n AS (
	SELECT a.lang, a.k, a.native || ' ' || b.native AS q, a.latin AS c1, b.latin AS c2
	FROM k a JOIN k b ON b.lang = a.lang AND b.k = a.k + 1 WHERE a.k % 2 = 1)
SELECT lang, CASE lang WHEN 'hebrew' THEN 0 WHEN 'russian' THEN 1 ELSE 2 END * 1000000 + k AS id,
	q, c1, c2, coalesce(lead(c2) OVER w, first_value(c2) OVER w) AS c2_next
FROM n WINDOW w AS (PARTITION BY lang ORDER BY k);

-- Labelled pairs: q is the query side, c the list side.
CREATE TABLE pairs AS
	SELECT 'nb'::text AS section, rn AS pid, name1 AS q, name2 AS c, is_match,
		coalesce(nullif(quality, ''), 'MEDIUM') AS quality, NULL::real AS min_score,
		concat_ws(' ', case_group, schema, nullif(category, '')) AS info
	FROM nb_raw
	UNION ALL
	SELECT 'cross', rn, trim(query), trim(expected), true, NULL, min_score, description FROM cross_raw
	UNION ALL
	SELECT 'putin_vp', rn, trim(name), 'Vladimir Putin', true, NULL, NULL, NULL FROM putin_raw
	UNION ALL
	SELECT 'putin_all', (a.rn - 1) * 1000 + b.rn, trim(a.name), trim(b.name), true, NULL, NULL, NULL
	FROM putin_raw a JOIN putin_raw b ON a.rn <> b.rn
	UNION ALL
	SELECT 'translit', 2 * n.id + f.neg, n.q, n.c1 || ' ' || CASE WHEN f.neg = 0 THEN n.c2 ELSE n.c2_next END,
		f.neg = 0, NULL, NULL, n.lang
	FROM translit_names n CROSS JOIN (VALUES (0), (1)) AS f(neg)
	WHERE f.neg = 0 OR n.c2_next <> n.c2;

-- Every distinct name, transformed once: qn/cn = sanctions.normalize,
-- qu/cu = lower(unaccent()), qi/ci = icu_transform(Any-Latin; Latin-ASCII; Lower).
CREATE TABLE xf AS
	SELECT n, sanctions.normalize(n) AS nn, lower(unaccent(n)) AS nu,
		icu_transform(n, 'Any-Latin; Latin-ASCII; Lower') AS ni
	FROM (SELECT c FROM cand_ofac UNION SELECT c FROM cand_uk UNION SELECT c FROM cand_all UNION SELECT q FROM q_alias
		UNION SELECT q FROM q_hit UNION SELECT q FROM pairs UNION SELECT c FROM pairs) AS t(n)
	WHERE n IS NOT NULL;
CREATE UNIQUE INDEX ON xf (n);
ANALYZE xf;

CREATE FUNCTION pg_temp.cand(src text, dst text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('CREATE TABLE %I AS SELECT row_number() OVER (ORDER BY s.ent, s.c) AS cid, s.ent, s.c,
		x.nn AS cn, x.nu AS cu, x.ni AS ci FROM %I s JOIN xf x ON x.n = s.c', dst, src);
	EXECUTE format('DROP TABLE %I', src);
	EXECUTE format('ALTER TABLE %I RENAME TO %I', dst, src);
END $$;
SELECT pg_temp.cand('cand_ofac', 'cand_ofac_x'), pg_temp.cand('cand_un', 'cand_un_x'),
	pg_temp.cand('cand_uk', 'cand_uk_x'),
	pg_temp.cand('cand_unall', 'cand_unall_x'), pg_temp.cand('cand_all', 'cand_all_x');
CREATE TABLE q_alias_x AS SELECT a.section, a.qid, a.target, a.q, x.nn AS qn, x.nu AS qu, x.ni AS qi
	FROM q_alias a JOIN xf x ON x.n = a.q;
CREATE TABLE q_hit_x AS SELECT h.section, h.qid, h.q, x.nn AS qn, x.nu AS qu, x.ni AS qi
	FROM q_hit h JOIN xf x ON x.n = h.q;
CREATE TABLE pairs_x AS SELECT p.section, p.pid, p.q, xq.nn AS qn, xq.nu AS qu, xq.ni AS qi,
		p.c, xc.nn AS cn, xc.nu AS cu, xc.ni AS ci, p.is_match, p.quality, p.min_score, p.info
	FROM pairs p JOIN xf xq ON xq.n = p.q JOIN xf xc ON xc.n = p.c;
DROP TABLE q_alias, q_hit, pairs;
ALTER TABLE q_alias_x RENAME TO q_alias;
ALTER TABLE q_hit_x RENAME TO q_hit;
ALTER TABLE pairs_x RENAME TO pairs;

CREATE INDEX ON cand_ofac (ent);
CREATE INDEX ON cand_un (ent);
CREATE INDEX ON cand_uk (ent);
CREATE INDEX ON cand_unall (ent);
CREATE INDEX ON cand_ofac USING gist (cu gist_trgm_ops);
CREATE INDEX ON cand_ofac USING gist (ci gist_trgm_ops);
CREATE INDEX ON cand_un USING gist (cu gist_trgm_ops);
CREATE INDEX ON cand_un USING gist (ci gist_trgm_ops);
CREATE INDEX ON cand_uk USING gist (cu gist_trgm_ops);
CREATE INDEX ON cand_uk USING gist (ci gist_trgm_ops);
CREATE INDEX ON cand_unall USING gin (cu gin_trgm_ops);
CREATE INDEX ON cand_unall USING gin (ci gin_trgm_ops);
CREATE INDEX ON cand_all USING gin (cu gin_trgm_ops);
CREATE INDEX ON cand_all USING gin (ci gin_trgm_ops);

CREATE TABLE pair_scores (section text, pid int, method text, s real);
CREATE TABLE rank_res (section text, qid int, method text, ts real, nbetter int);
CREATE TABLE hit_res (section text, qid int, method text, hit text);
CREATE TABLE thr (method text PRIMARY KEY, t real, source text);
ANALYZE;
SQL
sn_log "data loaded ($(elapsed) s)"

# Methods: name and score expression over the columns q, qn, qu, qi (query)
# and c, cn, cu, ci (candidate).
METHODS=(ours trgm_unaccent trgm_icu)
declare -A EXPR=([ours]="$OURS" [trgm_unaccent]='similarity(qu, cu)' [trgm_icu]='similarity(qi, ci)')
declare -A COL=([trgm_unaccent]=u [trgm_icu]=i)
thr_of() { if [ "$1" = ours ]; then echo "'$THR'::real"; else echo "(SELECT t FROM thr WHERE method = '$1')"; fi; }

JOBDIR=$TMP/jobs
mkdir -p "$JOBDIR"
NJOB=0
job() {	# job SQL on stdin
	NJOB=$((NJOB + 1))
	{ echo 'SET client_min_messages = warning;'; cat; } >"$JOBDIR/$(printf '%05d' "$NJOB").sql"
}
run_jobs() {
	local n
	n=$(find "$JOBDIR" -name '*.sql' | wc -l)
	[ "$n" -gt 0 ] || return 0
	sn_log "$1: $n chunks on $JOBS sessions"
	find "$JOBDIR" -name '*.sql' | sort | xargs -P "$JOBS" -n 1 "${PSQL[@]}" -o /dev/null -f
	rm -f "$JOBDIR"/*.sql
	sn_log "$1 done ($(elapsed) s)"
}

# Phase 1: the labelled pairs, every method, full scan.
for m in "${METHODS[@]}"; do
	for ((j = 0; j < JOBS; j++)); do
		job <<SQL
INSERT INTO pair_scores SELECT section, pid, '$m', (${EXPR[$m]})::real FROM pairs WHERE pid % $JOBS = $j;
SQL
	done
done
run_jobs "labelled pairs"

# Thresholds: ours from the setting or argument; each baseline at its best F1
# on the nb pairs (every score it gives is tried; ties go to the highest).
"${PSQL[@]}" -o /dev/null -v thr="$THR" -v src="$THR_SRC" <<'SQL'
INSERT INTO thr VALUES ('ours', :'thr'::real, :'src');
INSERT INTO thr
SELECT DISTINCT ON (method) method, t, 'best F1 on nb'
FROM (
	SELECT m.method, m.t,
		2.0 * count(*) FILTER (WHERE p.s >= m.t AND n.is_match)
		/ nullif(2 * count(*) FILTER (WHERE p.s >= m.t AND n.is_match)
			+ count(*) FILTER (WHERE p.s >= m.t AND NOT n.is_match)
			+ count(*) FILTER (WHERE p.s < m.t AND n.is_match), 0) AS f1
	FROM (SELECT DISTINCT method, s AS t FROM pair_scores WHERE section = 'nb' AND method <> 'ours') m
	JOIN pair_scores p ON p.method = m.method AND p.section = 'nb'
	JOIN pairs n ON n.section = 'nb' AND n.pid = p.pid
	GROUP BY m.method, m.t) f
ORDER BY method, f1 DESC NULLS LAST, t DESC;
SQL

# The cost of one score under test, on 4 negatives against 4,000 list names
# (after a first call, which opens the transliterators), and the number of
# pairs it will score: an estimate of the next phase's length.
US=0 NPAIRS=0
has ofac || has un || has uk || has unscript || has unpos || has alerts || has scripts || has companies && read -r US NPAIRS < <("${PSQL[@]}" -At -F ' ' -v sections="$SECTIONS" <<SQL
SELECT count(sanctions.normalize(c)) FROM cand_all WHERE c !~ '^[ -~]*\$' \g /dev/null
CREATE TEMP TABLE cq AS SELECT * FROM q_hit WHERE section = 'alerts' ORDER BY qid LIMIT 4;
CREATE TEMP TABLE cc AS SELECT * FROM cand_all ORDER BY md5(c) LIMIT 4000;
SELECT clock_timestamp() AS t0 \gset
SELECT count(*) FROM cq, cc WHERE ($OURS) >= 0 \g /dev/null
SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) * 1e6 / 16000.0, 1),
	(SELECT count(*) FROM q_alias WHERE section = 'ofac' AND :'sections' ~ '(^|,)ofac(,|\$)') * (SELECT count(*) FROM cand_ofac)
	+ (SELECT count(*) FROM q_alias WHERE section = 'un' AND :'sections' ~ '(^|,)un(,|\$)') * (SELECT count(*) FROM cand_un)
	+ (SELECT count(*) FROM q_alias WHERE section = 'uk' AND :'sections' ~ '(^|,)uk(,|\$)') * (SELECT count(*) FROM cand_uk)
	+ (SELECT count(*) FROM q_alias WHERE section = 'unscript' AND :'sections' ~ '(^|,)unscript(,|\$)') * (SELECT count(*) FROM cand_un)
	+ (SELECT count(*) FROM q_hit WHERE section = 'unpos' AND :'sections' ~ '(^|,)unpos(,|\$)') * (SELECT count(*) FROM cand_unall)
	+ (SELECT count(*) FROM q_hit WHERE section = 'alerts' AND :'sections' ~ '(^|,)alerts(,|\$)') * (SELECT count(*) FROM cand_all)
	+ (SELECT count(*) FROM q_hit WHERE section = 'scripts' AND :'sections' ~ '(^|,)scripts(,|\$)') * (SELECT count(*) FROM cand_all)
	+ (SELECT count(*) FROM q_hit WHERE section = 'companies' AND :'sections' ~ '(^|,)companies(,|\$)') * (SELECT count(*) FROM cand_all);
SQL
)
[ "$NPAIRS" = 0 ] || sn_log "ours: about $US us per pair; up to $NPAIRS pairs to score, at least about $(awk -v u="$US" -v n="$NPAIRS" -v j="$JOBS" 'BEGIN{printf "%d", u*n/1e6/j}') s on $JOBS sessions"

# Phase 2: ranking (ofac, un, uk, unscript) and any-match (unpos, scripts, companies,
# alerts) over candidates.
# The heaviest chunks are queued first.
CHUNKS=$((JOBS * 4))
hit_job() {	# section method candidate-table
	local sec=$1 m=$2 tab=$3 j
	for ((j = 0; j < CHUNKS; j++)); do
		if [ "$m" = ours ] || [ "$BRUTE" = 1 ]; then
			job <<SQL
INSERT INTO hit_res SELECT qt.section, qt.qid, '$m',
	(SELECT ct.c FROM $tab ct WHERE (${EXPR[$m]}) >= $(thr_of "$m") LIMIT 1)
FROM q_hit qt WHERE qt.section = '$sec' AND qt.qid % $CHUNKS = $j;
SQL
		else
			local x=${COL[$m]}
			job <<SQL
SET enable_seqscan = off;
SELECT set_config('pg_trgm.similarity_threshold', (SELECT t::float8::text FROM thr WHERE method = '$m'), false);
INSERT INTO hit_res SELECT qt.section, qt.qid, '$m',
	(SELECT ct.c FROM $tab ct WHERE ct.c$x % qt.q$x LIMIT 1)
FROM q_hit qt WHERE qt.section = '$sec' AND qt.qid % $CHUNKS = $j;
SQL
		fi
	done
}
rank_job() {	# section method candidate-table
	local sec=$1 m=$2 tab=$3 j
	for ((j = 0; j < CHUNKS; j++)); do
		# ts: the best score of the query's own entity; nbetter: other
		# entities scoring >= ts, counted up to 10.
		if [ "$m" = ours ] || [ "$BRUTE" = 1 ]; then
			job <<SQL
INSERT INTO rank_res SELECT qt.section, qt.qid, '$m', t.ts,
	(SELECT count(*) FROM (SELECT 1 FROM $tab ct WHERE ct.ent <> qt.target
		AND (${EXPR[$m]}) >= coalesce(t.ts, -1) LIMIT 10) AS b)
FROM q_alias qt
CROSS JOIN LATERAL (SELECT max((${EXPR[$m]})::real) AS ts FROM $tab ct WHERE ct.ent = qt.target) AS t
WHERE qt.section = '$sec' AND qt.qid % $CHUNKS = $j;
SQL
		else
			local x=${COL[$m]}
			job <<SQL
SET enable_seqscan = off;
INSERT INTO rank_res SELECT qt.section, qt.qid, '$m', t.ts,
	(SELECT count(*) FROM (SELECT similarity(ct.c$x, qt.q$x) AS s FROM $tab ct WHERE ct.ent <> qt.target
		ORDER BY ct.c$x <-> qt.q$x LIMIT 10) AS b WHERE b.s >= coalesce(t.ts, -1))
FROM q_alias qt
CROSS JOIN LATERAL (SELECT max(similarity(ct.c$x, qt.q$x)) AS ts FROM $tab ct WHERE ct.ent = qt.target) AS t
WHERE qt.section = '$sec' AND qt.qid % $CHUNKS = $j;
SQL
		fi
	done
}
ORDER_M=(ours trgm_unaccent trgm_icu)
for m in "${ORDER_M[@]}"; do
	has alerts && hit_job alerts "$m" cand_all
	has scripts && hit_job scripts "$m" cand_all
	has companies && hit_job companies "$m" cand_all
	has ofac && rank_job ofac "$m" cand_ofac
	has un && rank_job un "$m" cand_un
	has uk && rank_job uk "$m" cand_uk
	has unscript && rank_job unscript "$m" cand_un
	has unpos && hit_job unpos "$m" cand_unall
done
run_jobs "candidates"

# Measures.
"${PSQL[@]}" -o /dev/null -v sections="$SECTIONS" <<'SQL'
CREATE TABLE measures (ord serial, section text, measure text, kind text,
	ours numeric, trgm_unaccent numeric, trgm_icu numeric, goal text, met boolean);
CREATE FUNCTION pg_temp.has(s text) RETURNS boolean LANGUAGE sql AS
	$$ SELECT s = ANY (string_to_array(current_setting('quality.sections'), ',')) $$;
SELECT set_config('quality.sections', :'sections', false);

CREATE VIEW pm AS                          -- pair scores with the verdict at each threshold
	SELECT p.section, p.pid, ps.method, ps.s, ps.s >= t.t AS matched, p.is_match, p.quality,
		p.min_score, p.q, p.c, p.info
	FROM pairs p JOIN pair_scores ps USING (section, pid) JOIN thr t ON t.method = ps.method;

INSERT INTO measures (section, measure, kind, ours, trgm_unaccent, trgm_icu)
SELECT 'threshold', '', 'thr', max(t) FILTER (WHERE method = 'ours'),
	max(t) FILTER (WHERE method = 'trgm_unaccent'), max(t) FILTER (WHERE method = 'trgm_icu') FROM thr;

-- nb
WITH c AS (
	SELECT method, count(*) FILTER (WHERE matched AND is_match) AS tp,
		count(*) FILTER (WHERE matched AND NOT is_match) AS fp,
		count(*) FILTER (WHERE NOT matched AND is_match) AS fn,
		count(*) FILTER (WHERE quality = 'STRONG' AND matched <> is_match) AS strong_wrong
	FROM pm WHERE section = 'nb' GROUP BY method),
v AS (
	SELECT method, 2.0 * tp / nullif(2 * tp + fp + fn, 0) AS f1, 1.0 * tp / nullif(tp + fp, 0) AS prec,
		1.0 * tp / nullif(tp + fn, 0) AS rec, strong_wrong FROM c)
INSERT INTO measures (section, measure, kind, ours, trgm_unaccent, trgm_icu)
SELECT 'nb', m.measure, m.kind,
	max(m.val) FILTER (WHERE v.method = 'ours'), max(m.val) FILTER (WHERE v.method = 'trgm_unaccent'),
	max(m.val) FILTER (WHERE v.method = 'trgm_icu')
FROM v CROSS JOIN LATERAL (VALUES (1, 'f1', 'frac', v.f1), (2, 'precision', 'frac', v.prec),
	(3, 'recall', 'frac', v.rec), (4, 'strong_wrong', 'count', v.strong_wrong)) AS m(o, measure, kind, val)
WHERE pg_temp.has('nb')
GROUP BY m.o, m.measure, m.kind ORDER BY m.o;

-- nb: the best F1 each method reaches on these pairs, and where (for tuning)
WITH best AS (
	SELECT DISTINCT ON (method) method, f1, t FROM (
		SELECT m.method, m.t,
			2.0 * count(*) FILTER (WHERE p.s >= m.t AND n.is_match)
			/ nullif(2 * count(*) FILTER (WHERE p.s >= m.t AND n.is_match)
				+ count(*) FILTER (WHERE p.s >= m.t AND NOT n.is_match)
				+ count(*) FILTER (WHERE p.s < m.t AND n.is_match), 0) AS f1
		FROM (SELECT DISTINCT method, s AS t FROM pair_scores WHERE section = 'nb') m
		JOIN pair_scores p ON p.method = m.method AND p.section = 'nb'
		JOIN pairs n ON n.section = 'nb' AND n.pid = p.pid
		GROUP BY m.method, m.t) f
	ORDER BY method, f1 DESC NULLS LAST, t DESC)
INSERT INTO measures (section, measure, kind, ours, trgm_unaccent, trgm_icu)
SELECT 'nb', m.measure, m.kind,
	max(m.val) FILTER (WHERE b.method = 'ours'), max(m.val) FILTER (WHERE b.method = 'trgm_unaccent'),
	max(m.val) FILTER (WHERE b.method = 'trgm_icu')
FROM best b CROSS JOIN LATERAL (VALUES (1, 'best_f1', 'frac', b.f1), (2, 'best_thr', 'thr', b.t::numeric))
	AS m(o, measure, kind, val)
WHERE pg_temp.has('nb')
GROUP BY m.o, m.measure, m.kind ORDER BY m.o;

-- calib: the same score, the same evidence, whatever the kind and length of the name
CREATE VIEW calib_pairs AS
	SELECT pm.*, CASE WHEN split_part(info, ' ', 2) = 'Person' THEN 'person'
			WHEN split_part(info, ' ', 2) IN ('Company', 'Organization', 'LegalEntity') THEN 'organisation'
			END AS kind,
		CASE WHEN greatest(w.q, w.c) <= 2 THEN 'short' ELSE 'long' END AS size
	FROM pm CROSS JOIN LATERAL (SELECT	-- words as written
		cardinality(regexp_split_to_array(btrim(regexp_replace(pm.q, '[^[:alnum:]]+', ' ', 'g')), ' ')) AS q,
		cardinality(regexp_split_to_array(btrim(regexp_replace(pm.c, '[^[:alnum:]]+', ' ', 'g')), ' ')) AS c) w
	WHERE section = 'nb';
WITH x AS (
	SELECT method, grp, 1.0 * count(*) FILTER (WHERE matched AND is_match)
			/ nullif(count(*) FILTER (WHERE matched), 0) AS prec,
		1.0 * count(*) FILTER (WHERE matched AND is_match) / nullif(count(*) FILTER (WHERE is_match), 0) AS rec
	FROM calib_pairs CROSS JOIN LATERAL (VALUES (kind), (size)) AS v(grp)
	WHERE grp IS NOT NULL GROUP BY method, grp),
n AS (
	SELECT method, avg((s >= t.t - 0.1 AND s < t.t)::int) FILTER (WHERE section = 'nb') AS nb_near,
		avg((s >= t.t - 0.1 AND s < t.t)::int) FILTER (WHERE section = 'translit') AS tr_near
	FROM pm JOIN thr t USING (method) WHERE NOT is_match GROUP BY method),
v AS (	-- each group's precision, then its recall, groups in g's order
	SELECT x.method, 2 * g.o - 1 + m.r AS o, x.grp || m.measure AS measure, m.val FROM x
	JOIN (VALUES ('person', 1), ('organisation', 2), ('short', 3), ('long', 4)) AS g(grp, o) USING (grp)
	CROSS JOIN LATERAL (VALUES (0, '_precision', x.prec), (1, '_recall', x.rec)) AS m(r, measure, val)
	UNION ALL SELECT method, 9, 'precision_spread', max(prec) - min(prec) FROM x GROUP BY method
	UNION ALL SELECT method, 10, 'nb_near', nb_near FROM n
	UNION ALL SELECT method, 11, 'translit_near', tr_near FROM n WHERE pg_temp.has('translit'))
INSERT INTO measures (section, measure, kind, ours, trgm_unaccent, trgm_icu)
SELECT 'calib', measure, 'frac', max(val) FILTER (WHERE method = 'ours'),
	max(val) FILTER (WHERE method = 'trgm_unaccent'), max(val) FILTER (WHERE method = 'trgm_icu')
FROM v WHERE pg_temp.has('nb') GROUP BY o, measure ORDER BY o;

-- ofac, un, uk, unscript
INSERT INTO measures (section, measure, kind, ours, trgm_unaccent, trgm_icu)
SELECT r.section, m.measure, m.kind,
	max(m.val) FILTER (WHERE r.method = 'ours'), max(m.val) FILTER (WHERE r.method = 'trgm_unaccent'),
	max(m.val) FILTER (WHERE r.method = 'trgm_icu')
FROM (SELECT r.section, r.method, count(*) AS n,
		avg((r.ts IS NOT NULL AND r.nbetter = 0)::int) AS r1,
		avg((r.ts IS NOT NULL AND r.nbetter < 10)::int) AS r10,
		avg(coalesce(r.ts >= t.t, false)::int) AS rt
	FROM rank_res r JOIN thr t USING (method) GROUP BY r.section, r.method) r
CROSS JOIN LATERAL (VALUES (0, 'queries', 'count', r.n), (1, 'recall1', 'frac', r.r1),
	(2, 'recall10', 'frac', r.r10), (3, 'recall_thr', 'frac', r.rt)) AS m(o, measure, kind, val)
GROUP BY r.section, m.o, m.measure, m.kind
ORDER BY array_position(ARRAY['ofac', 'un', 'uk', 'unscript'], r.section), m.o;

-- unpos
INSERT INTO measures (section, measure, kind, ours, trgm_unaccent, trgm_icu)
SELECT 'unpos', m.measure, 'count',
	max(m.val) FILTER (WHERE h.method = 'ours'), max(m.val) FILTER (WHERE h.method = 'trgm_unaccent'),
	max(m.val) FILTER (WHERE h.method = 'trgm_icu')
FROM (SELECT r.method, count(*) AS n, count(r.hit) AS found, count(*) FILTER (WHERE l.listed) AS listed,
		count(r.hit) FILTER (WHERE l.listed) AS found_listed
	FROM hit_res r JOIN q_hit h USING (section, qid)
	CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM cand_unall c
		WHERE upper(regexp_replace(c.c, '\s+', ' ', 'g')) = upper(regexp_replace(h.q, '\s+', ' ', 'g'))) AS listed) l
	WHERE r.section = 'unpos' GROUP BY r.method) h
CROSS JOIN LATERAL (VALUES (0, 'queries', h.n), (1, 'found', h.found), (2, 'listed', h.listed),
	(3, 'found_listed', h.found_listed)) AS m(o, measure, val)
GROUP BY m.o, m.measure ORDER BY m.o;

-- cross
INSERT INTO measures (section, measure, kind, ours, trgm_unaccent, trgm_icu)
SELECT 'cross', m.measure, 'count',
	max(m.val) FILTER (WHERE x.method = 'ours'), max(m.val) FILTER (WHERE x.method = 'trgm_unaccent'),
	max(m.val) FILTER (WHERE x.method = 'trgm_icu')
FROM (SELECT method, count(*) AS n, count(*) FILTER (WHERE s >= min_score) AS ge_min,
		count(*) FILTER (WHERE matched) AS matched
	FROM pm WHERE section = 'cross' GROUP BY method) x
CROSS JOIN LATERAL (VALUES (0, 'pairs', x.n), (1, 'ge_min', x.ge_min), (2, 'matched', x.matched)) AS m(o, measure, val)
WHERE pg_temp.has('cross')
GROUP BY m.o, m.measure ORDER BY m.o;

-- translit
INSERT INTO measures (section, measure, kind, ours, trgm_unaccent, trgm_icu)
SELECT 'translit', x.info || m.suffix, 'frac',
	max(m.val) FILTER (WHERE x.method = 'ours'), max(m.val) FILTER (WHERE x.method = 'trgm_unaccent'),
	max(m.val) FILTER (WHERE x.method = 'trgm_icu')
FROM (SELECT info, method, avg(matched::int) FILTER (WHERE is_match) AS found,
		avg(matched::int) FILTER (WHERE NOT is_match) AS false_match
	FROM pm WHERE section = 'translit' GROUP BY info, method) x
CROSS JOIN LATERAL (VALUES (1, '_found', x.found), (2, '_false', x.false_match)) AS m(o, suffix, val)
WHERE pg_temp.has('translit')
GROUP BY x.info, m.o, m.suffix
ORDER BY x.info = 'korean', x.info = 'russian', m.o;

-- putin
INSERT INTO measures (section, measure, kind, ours, trgm_unaccent, trgm_icu)
SELECT 'putin', m.measure, 'frac',
	max(m.val) FILTER (WHERE x.method = 'ours'), max(m.val) FILTER (WHERE x.method = 'trgm_unaccent'),
	max(m.val) FILTER (WHERE x.method = 'trgm_icu')
FROM (SELECT method, avg(matched::int) FILTER (WHERE section = 'putin_vp') AS vp,
		avg(matched::int) FILTER (WHERE section = 'putin_all') AS pairs
	FROM pm WHERE section IN ('putin_vp', 'putin_all') GROUP BY method) x
CROSS JOIN LATERAL (VALUES (1, 'vs_vladimir_putin', x.vp), (2, 'pairs', x.pairs)) AS m(o, measure, val)
WHERE pg_temp.has('putin')
GROUP BY m.o, m.measure ORDER BY m.o;

-- scripts, companies and alerts: ordinary names (in other scripts; US companies;
-- US people) matching a list name
INSERT INTO measures (section, measure, kind, ours, trgm_unaccent, trgm_icu)
SELECT h.section, m.measure, m.kind,
	max(m.val) FILTER (WHERE h.method = 'ours'), max(m.val) FILTER (WHERE h.method = 'trgm_unaccent'),
	max(m.val) FILTER (WHERE h.method = 'trgm_icu')
FROM (SELECT section, method, count(*) AS n, avg((hit IS NOT NULL)::int) AS rate
	FROM hit_res WHERE section IN ('scripts', 'companies', 'alerts') GROUP BY section, method) h
CROSS JOIN LATERAL (VALUES (0, 'queries', 'count', h.n), (1, 'rate', 'frac', h.rate)) AS m(o, measure, kind, val)
GROUP BY h.section, m.o, m.measure, m.kind
ORDER BY array_position(ARRAY['scripts', 'companies', 'alerts'], h.section), m.o;

-- goals
UPDATE measures SET goal = '>=0.90', met = ours >= 0.90 WHERE section = 'nb' AND measure = 'f1';
UPDATE measures SET goal = '=0', met = ours = 0 WHERE section = 'nb' AND measure = 'strong_wrong';
UPDATE measures SET goal = '>=best_baseline+0.08', met = ours >= greatest(trgm_unaccent, trgm_icu) + 0.08
	WHERE section = 'ofac' AND measure = 'recall10';
UPDATE measures m SET goal = '=' || q.ours, met = m.ours = q.ours
	FROM measures q WHERE m.section = 'unpos' AND m.measure = 'found_listed' AND q.section = 'unpos' AND q.measure = 'listed';
UPDATE measures m SET goal = '=' || q.ours, met = m.ours = q.ours
	FROM measures q WHERE m.section = 'cross' AND m.measure IN ('ge_min', 'matched')
	AND q.section = 'cross' AND q.measure = 'pairs';
UPDATE measures SET goal = '<=0.01,<baselines',
	met = ours <= 0.01 AND ours < trgm_unaccent AND ours < trgm_icu
	WHERE section = 'alerts' AND measure = 'rate';
SQL

# val COLUMN: a measure's value as text (counts as integers, fractions with 4 decimals).
val() {
	local f="coalesce(CASE kind WHEN 'count' THEN @::bigint::text WHEN 'thr' THEN @::real::text ELSE to_char(@, 'FM0.0000') END, '-')"
	echo "${f//@/$1}"
}
if [ "$SUMMARY_ONLY" = 0 ]; then
	say ""
	say "Matching quality: ours = $OURS, threshold $THR ($THR_SRC)"
	say "OFAC alias sample: $ALIAS_SAMPLE, alert sample: $ALERT_SAMPLE (0 = all); baselines by $([ "$BRUTE" = 1 ] && echo 'full scan' || echo 'trigram index')"
	"${PSQL[@]}" -P footer=off <<SQL
SELECT section, measure, $(val ours) AS ours, $(val trgm_unaccent) AS trgm_unaccent,
	$(val trgm_icu) AS trgm_icu, coalesce(goal, '') AS goal,
	CASE WHEN met THEN 'yes' WHEN NOT met THEN 'NO' ELSE '' END AS met
FROM measures ORDER BY ord;
SQL
	"${PSQL[@]}" -P footer=off -v verbose="$VERBOSE" -v sections="$SECTIONS" <<'SQL'
SELECT (position(',nb,' in ',' || :'sections' || ',') > 0) AS show \gset
\if :show
\echo
\echo 'nb: STRONG cases decided wrongly (score, verdict at the threshold, label)'
SELECT method, to_char(s, 'FM0.0000') AS score, CASE WHEN matched THEN 'match' ELSE 'no match' END AS verdict,
	CASE WHEN is_match THEN 'match' ELSE 'no match' END AS label, q AS query, c AS candidate, info
FROM pm WHERE section = 'nb' AND quality = 'STRONG' AND matched <> is_match
	AND (method = 'ours' OR :verbose = 1)
ORDER BY method <> 'ours', method, pid;
\echo
\echo 'calib: nb pairs by band of our score, and the share of them that are matches'
SELECT CASE width_bucket(s, ARRAY[0.2, 0.4, 0.6, 0.7, 0.8, 0.9]::real[])
		WHEN 0 THEN '0 - 0.2' WHEN 1 THEN '0.2 - 0.4' WHEN 2 THEN '0.4 - 0.6' WHEN 3 THEN '0.6 - 0.7'
		WHEN 4 THEN '0.7 - 0.8' WHEN 5 THEN '0.8 - 0.9' ELSE '0.9 - 1' END AS score,
	count(*) AS pairs, to_char(avg(is_match::int), 'FM0.00') AS matches,
	count(*) FILTER (WHERE kind = 'person') AS persons,
	coalesce(to_char(avg(is_match::int) FILTER (WHERE kind = 'person'), 'FM0.00'), '-') AS of_persons,
	count(*) FILTER (WHERE kind = 'organisation') AS organisations,
	coalesce(to_char(avg(is_match::int) FILTER (WHERE kind = 'organisation'), 'FM0.00'), '-') AS of_organisations
FROM calib_pairs WHERE method = 'ours'
GROUP BY 1 ORDER BY 1;
\endif
SELECT (position(',cross,' in ',' || :'sections' || ',') > 0) AS show \gset
\if :show
\echo
\echo 'cross: score per pair (* = below the minimum, - = not matched at the threshold)'
SELECT q AS query, c AS expected, to_char(min(min_score), 'FM0.00') AS min,
	string_agg(to_char(s, 'FM0.000') || CASE WHEN s < min_score THEN '*' ELSE '' END
		|| CASE WHEN NOT matched THEN '-' ELSE '' END, ' | ' ORDER BY method = 'trgm_icu', method = 'trgm_unaccent')
		AS "ours | trgm_unaccent | trgm_icu"
FROM pm WHERE section = 'cross' GROUP BY pid, q, c ORDER BY pid;
\endif
SELECT (position(',putin,' in ',' || :'sections' || ',') > 0) AS show \gset
\if :show
\echo
\echo 'putin: spellings not matched against "Vladimir Putin" by ours'
SELECT to_char(s, 'FM0.0000') AS score, q AS spelling FROM pm
WHERE section = 'putin_vp' AND method = 'ours' AND NOT matched ORDER BY s DESC, pid;
\endif
SELECT (position(',ofac,' in ',' || :'sections' || ',') > 0 OR position(',un,' in ',' || :'sections' || ',') > 0
	OR position(',uk,' in ',' || :'sections' || ',') > 0
	OR position(',unscript,' in ',' || :'sections' || ',') > 0) AS show \gset
\if :show
\echo
\echo 'ofac, un, uk, unscript: queries whose entity ours ranks outside the top 10 but a baseline ranks first (up to 15 per list)'
SELECT section, q AS alias, target, to_char(ts, 'FM0.0000') AS ours_score FROM (
	SELECT o.section, a.q, a.target, o.ts, row_number() OVER (PARTITION BY o.section ORDER BY o.qid) AS k
	FROM rank_res o JOIN q_alias a USING (section, qid)
	WHERE o.method = 'ours' AND o.nbetter >= 10
	AND EXISTS (SELECT 1 FROM rank_res b WHERE b.section = o.section AND b.qid = o.qid
		AND b.method <> 'ours' AND b.ts IS NOT NULL AND b.nbetter = 0)) z
WHERE k <= 15 ORDER BY section, k;
\endif
SELECT (position(',unpos,' in ',' || :'sections' || ',') > 0) AS show \gset
\if :show
\echo
\echo 'unpos: UN people not found by ours (listed: written as a target name)'
SELECT h.q AS full_name, EXISTS (SELECT 1 FROM cand_unall c
	WHERE upper(regexp_replace(c.c, '\s+', ' ', 'g')) = upper(regexp_replace(h.q, '\s+', ' ', 'g'))) AS listed
FROM hit_res r JOIN q_hit h USING (section, qid)
WHERE r.section = 'unpos' AND r.method = 'ours' AND r.hit IS NULL ORDER BY r.qid;
\endif
SELECT (position(',scripts,' in ',' || :'sections' || ',') > 0) AS show \gset
\if :show
\echo
\echo 'scripts: ordinary names in other scripts that ours matches (one list name each)'
SELECT h.q AS query, r.hit AS list_name FROM hit_res r JOIN q_hit h USING (section, qid)
WHERE r.section = 'scripts' AND r.method = 'ours' AND r.hit IS NOT NULL ORDER BY r.qid;
\endif
SELECT (position(',companies,' in ',' || :'sections' || ',') > 0 OR
	position(',alerts,' in ',' || :'sections' || ',') > 0) AS show \gset
\if :show
\echo
\echo 'companies, alerts: SEC company names and negatives that ours matches (up to 20 each; one list name each)'
SELECT section, query, list_name FROM (
	SELECT r.section, h.q AS query, r.hit AS list_name,
		row_number() OVER (PARTITION BY r.section ORDER BY r.qid) AS k
	FROM hit_res r JOIN q_hit h USING (section, qid)
	WHERE r.section IN ('companies', 'alerts') AND r.method = 'ours' AND r.hit IS NOT NULL) x
WHERE k <= 20 ORDER BY section = 'alerts', k;
\endif
SQL
	say ""
fi

# Machine-readable summary: one line per measure.
"${PSQL[@]}" -At <<SQL
SELECT 'SUMMARY ' || section || CASE WHEN measure <> '' THEN '.' || measure ELSE '' END
	|| ' ours=' || $(val ours) || ' trgm_unaccent=' || $(val trgm_unaccent) || ' trgm_icu=' || $(val trgm_icu)
	|| ' goal=' || coalesce(goal, '-')
	|| ' met=' || CASE WHEN met THEN 'yes' WHEN NOT met THEN 'no' ELSE '-' END
FROM measures ORDER BY ord;
SELECT 'SUMMARY goals met=' || count(*) FILTER (WHERE met) || '/' || count(met) FROM measures;
SQL
echo "SUMMARY run seconds=$(elapsed) ofac_sample=$ALIAS_SAMPLE alert_sample=$ALERT_SAMPLE jobs=$JOBS baselines=$([ "$BRUTE" = 1 ] && echo brute || echo index)"
