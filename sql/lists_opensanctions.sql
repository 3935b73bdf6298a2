-- OpenSanctions: targets.simple.csv and FollowTheMoney JSON, told apart by
-- their content.
\set SHOW_CONTEXT never
SET datestyle = 'ISO, YMD';

CREATE TEMP TABLE fx (name text PRIMARY KEY, data bytea);
-- targets.simple.csv: several values in a cell separated by ';', a value
-- holding a ';' quoted inside the cell, a value running over two lines;
-- schemas that are not parties are left out
INSERT INTO fx VALUES ('simple', convert_to(
E'"id","schema","name","aliases","birth_date","countries","addresses","identifiers","sanctions","phones","emails","dataset","first_seen","last_seen","last_change"\n'
'"NK-1","Person","JIAN XIA","Xia Jian;夏健","1977-07-13;1977","cn;hk","","E1234567","""Red Notice - 1) Murder\n2) Fraud; theft""","","","INTERPOL Red Notices","2024-03-04T17:09:51","2025-05-23T18:28:10","2024-08-08T18:27:02"\n'
'"NK-2","Company","ACME HOLDINGS LTD","","","ru","Moscow, Tverskaya 1","1027700132195","","","","INTERPOL Red Notices","2024-03-04T17:09:51","2025-05-23T18:28:10","2024-08-08T18:27:02"\n'
'"NK-3","Vessel","SEA EXAMPLE","","","pa","","IMO 9123456","","","","INTERPOL Red Notices","2024-03-04T17:09:51","2025-05-23T18:28:10","2024-08-08T18:27:02"\n'
'"NK-4","CryptoWallet","0xabc","","","","","","","","","INTERPOL Red Notices","2024-03-04T17:09:51","2025-05-23T18:28:10","2024-08-08T18:27:02"\n',
'UTF8'));

SELECT sanctions.import_opensanctions((SELECT data FROM fx WHERE name = 'simple')) AS simple_version \gset
SELECT list, format, entity_count, name_count, counts FROM sanctions.list_version WHERE id = :simple_version;
SELECT source_id, kind, birth_dates, countries, identifiers, addresses, details
  FROM sanctions.entity WHERE list = 'opensanctions' ORDER BY source_id;
SELECT e.source_id, n.name, n.name_type, n.script, n.name_norm
  FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
 WHERE e.list = 'opensanctions' ORDER BY e.source_id, n.name_type, n.name;

-- FollowTheMoney entities, one JSON object per line: the caption is the
-- primary name; weakAlias is weak, previousName a former name; Sanction,
-- Address and Passport entities give programs, addresses and documents;
-- an entity marked "target": false (a relative) is left out
INSERT INTO fx VALUES ('ftm', convert_to($json$
{"id": "p1", "schema": "Person", "caption": "Ivan Petrov", "target": true, "datasets": ["eu_fsf"], "first_seen": "2023-04-20T18:00:25", "properties": {"name": ["Ivan Petrov", "Иван Петров"], "alias": ["Vanya Petrov"], "weakAlias": ["Vanya"], "previousName": ["Ivan Sidorov"], "birthDate": ["1970-03-15", "1971"], "birthPlace": ["Moscow"], "nationality": ["ru"], "country": ["ru"], "taxNumber": ["7701234567"], "addressEntity": ["a1"], "notes": ["Member of the State Duma."], "gender": ["male"], "position": ["Deputy"], "topics": ["sanction", "role.pep"]}}
{"id": "c1", "schema": "Company", "caption": "Example Trading LLC", "target": true, "properties": {"name": ["Example Trading LLC", "ООО «Пример Трейдинг»"], "jurisdiction": ["ru"], "innCode": ["7707083893"], "registrationNumber": ["1027700132195"]}}
{"id": "p2", "schema": "Person", "caption": "Maria Petrova", "target": false, "properties": {"name": ["Maria Petrova"]}}
{"id": "a1", "schema": "Address", "properties": {"full": ["Okhotny Ryad 1, Moscow, 103265"]}}
{"id": "s1", "schema": "Sanction", "properties": {"entity": ["p1"], "program": ["RUSSIA-EO14024"], "authority": ["Office of Foreign Assets Control"], "listingDate": ["2022-03-11"]}}
{"id": "s2", "schema": "Sanction", "properties": {"entity": ["c1"], "programId": ["EU-UKR"], "startDate": ["2023-06-23"]}}
{"id": "d1", "schema": "Passport", "properties": {"holder": ["p1"], "number": ["7501234567"], "country": ["ru"]}}
{"id": "f1", "schema": "Family", "properties": {"person": ["p1"], "relative": ["p2"]}}
$json$, 'UTF8'));

SELECT sanctions.import_opensanctions((SELECT data FROM fx WHERE name = 'ftm'), 'test_ftm') AS ftm_version \gset
SELECT list, format, entity_count, name_count, counts FROM sanctions.list_version WHERE id = :ftm_version;
SELECT source_id, kind, programs, birth_dates, birth_places, nationalities, countries, identifiers, addresses, listed_on, remarks
  FROM sanctions.entity WHERE list = 'test_ftm' ORDER BY source_id;
SELECT source_id, details FROM sanctions.entity WHERE list = 'test_ftm' ORDER BY source_id;
SELECT e.source_id, n.name, n.name_type, n.weak, n.script, n.name_norm
  FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
 WHERE e.list = 'test_ftm' ORDER BY e.source_id, n.name_type, n.name;

-- the same entities as one JSON array
SELECT sanctions.import_opensanctions(convert_to('[' || array_to_string(array_agg(l), ',') || ']', 'UTF8'), 'test_ftm_array')
	   IS NOT NULL AS loaded
  FROM regexp_split_to_table(convert_from((SELECT data FROM fx WHERE name = 'ftm'), 'UTF8'), E'\n') AS l
 WHERE l <> '';
SELECT entity_count, name_count FROM sanctions.list_version WHERE list = 'test_ftm_array' AND is_current;

-- errors name the place: a line of JSON lines, an element of an array; a
-- \u0000 escape is a line that is not JSON; values that are not strings are
-- no names
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT sanctions.import_opensanctions(convert_to(E'{"id": "a", "schema": "Person", "properties": {"name": ["Alpha One"]}}\n\n'
	'{"id": "b", "schema": "Person", "properties": {"name": ["Bad \\u0000 Name"]}}\n', 'UTF8'), 'test_ftm_bad');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_opensanctions(convert_to('[{"id": "a", "schema": "Person", "properties": {"name": ["Alpha One"]}}, 42]', 'UTF8'),
	'test_ftm_bad');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_opensanctions(convert_to('{"id": "c", "schema": "Person", "properties": {"name": ["Gamma"], "alias": [{"x": 1}, 42, true, "Gammy"]}}', 'UTF8'),
	'test_ftm_types') IS NOT NULL AS loaded;
SELECT n.name, n.name_type FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
 WHERE e.list = 'test_ftm_types' ORDER BY n.name;

DELETE FROM fx;
