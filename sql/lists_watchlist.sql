-- A team's own watchlist: CSV with a header naming the columns.
\set SHOW_CONTEXT never
SET datestyle = 'ISO, YMD';

-- columns in any order and any case, an unknown column ignored, several
-- aliases, dates and countries separated by ';', kinds in other words
SELECT sanctions.import_watchlist(convert_to(
E'Name,ID,Kind,Aliases,Date_of_Birth,Country,Nationality,Program,Remarks,Owner\n'
'"DOE, Jane",W-1,individual,"Jane Doe;Джейн Доу",1980-05-01;1981,US;CA,US,Fraud,"Known to use ""JD"".",ops\n'
'Shell Company Ltd,W-2,company,,,"VG",,Fraud,,ops\n'
'Night Boat,W-3,ship,,,,,,,ops\n'
'Crow One,W-4,aircraft,,00/00/1999,,,,,ops\n', 'UTF8'), 'fraud_watch') AS watch_version \gset

SELECT list, format, entity_count, name_count, counts FROM sanctions.list_version WHERE id = :watch_version;
SELECT source_id, kind, programs, birth_dates, nationalities, countries, remarks
  FROM sanctions.entity WHERE list = 'fraud_watch' ORDER BY source_id;
SELECT e.source_id, n.name, n.name_type, n.script, n.name_norm
  FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
 WHERE e.list = 'fraud_watch' ORDER BY e.source_id, n.name_type, n.name;

-- the default list code is internal
SELECT sanctions.import_watchlist(convert_to(E'id,name,kind\n1,Someone,person\n', 'UTF8')) IS NOT NULL AS loaded;
SELECT list, entity_count FROM sanctions.list_version WHERE list = 'internal' AND is_current;

-- a wrong kind, a missing column
\set VERBOSITY default
SELECT sanctions.import_watchlist(convert_to(E'id,name,kind\n1,Someone,persn\n', 'UTF8'), 'fraud_watch');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_watchlist(convert_to(E'id,name\n1,Someone\n', 'UTF8'), 'fraud_watch');
\echo :LAST_ERROR_SQLSTATE
-- and the list is as it was
SELECT count(*) AS entries, bool_and(list_version = :watch_version) AS same_version
  FROM sanctions.entity WHERE list = 'fraud_watch';
