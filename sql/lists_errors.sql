-- Bad files of every kind: each raises an error with an SQLSTATE and the
-- line or element at fault, and leaves the list that was loaded as it was.
\set SHOW_CONTEXT never
\set VERBOSITY default
SET datestyle = 'ISO, YMD';

-- the current version of a list, whole and unchanged?
CREATE FUNCTION pg_temp.untouched(p_list text, p_version bigint) RETURNS text
	LANGUAGE sql AS $$
	SELECT format('%s: %s entries, %s', p_list, count(*),
				  CASE WHEN bool_and(e.list_version = p_version)
						AND (SELECT v.is_current FROM sanctions.list_version v WHERE v.id = p_version)
						AND (SELECT count(*) FROM sanctions.list_version v WHERE v.list = p_list) = 1
					   THEN 'version unchanged' ELSE 'CHANGED' END)
	  FROM sanctions.entity e WHERE e.list = p_list $$;

CREATE TEMP TABLE fx (name text PRIMARY KEY, data bytea);
INSERT INTO fx VALUES
('sdn', convert_to(E'101,"SMITH, John","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1950."\r\n'
				   '102,"ACME TRADING CO., LTD.",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n', 'LATIN1')
		|| '\x1a'::bytea),
('alt', convert_to(E'101,201,"aka","SMITH, Johnny",-0- \r\n', 'LATIN1')),
('un', convert_to('<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00Z">
  <INDIVIDUALS>
    <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>ERIC</FIRST_NAME><SECOND_NAME>EXAMPLE</SECOND_NAME></INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES/>
</CONSOLIDATED_LIST>
', 'UTF8')),
('uk', convert_to(E'Last Updated,13/04/2018,,\r\n'
				  'Name 6,Name 1,Group Type,Alias Type,Group ID\r\n'
				  'AL-MU’AYYAD,Abdallah,Individual,Prime Alias,13001\r\n', 'WIN1252'));

SELECT sanctions.import_ofac((SELECT data FROM fx WHERE name = 'sdn'), (SELECT data FROM fx WHERE name = 'alt'),
							 list => 'err_ofac') AS ofac_v \gset
SELECT sanctions.import_un((SELECT data FROM fx WHERE name = 'un'), 'err_un') AS un_v \gset
SELECT sanctions.import_uk((SELECT data FROM fx WHERE name = 'uk'), 'err_uk') AS uk_v \gset

-- OFAC: a file cut inside a quoted field
SELECT sanctions.import_ofac(substring((SELECT data FROM fx WHERE name = 'sdn') FROM 1 FOR 100), list => 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
-- cut between fields
SELECT sanctions.import_ofac(convert_to(E'101,"SMITH, John","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n102,"ACME",-0- \r\n', 'LATIN1'), list => 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
-- empty, or nothing but line ends and the end-of-file mark
SELECT sanctions.import_ofac(''::bytea, list => 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_ofac('\x0d0a1a'::bytea, list => 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
-- files in the wrong order: the aliases file as the primary one
SELECT sanctions.import_ofac((SELECT data FROM fx WHERE name = 'alt'), list => 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
-- an SDN type OFAC does not use, an entry number that is not a number, an
-- entry number used twice
SELECT sanctions.import_ofac(convert_to(E'101,"SMITH, John","person","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n', 'LATIN1'), list => 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_ofac(convert_to(E'1O1,"SMITH, John","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n', 'LATIN1'), list => 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_ofac(convert_to(E'101,"SMITH, John","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
										 '102,"ACME",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
										 '101,"SMITH, Jon","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n', 'LATIN1'),
							 list => 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
-- an entry with no name
SELECT sanctions.import_ofac(convert_to(E'101,-0- ,"individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n', 'LATIN1'), list => 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
-- files that do not belong together: an alias or an address of an entry
-- the primary file does not have
SELECT sanctions.import_ofac((SELECT data FROM fx WHERE name = 'sdn'), convert_to(E'999,201,"aka","NOBODY",-0- \r\n', 'LATIN1'),
							 list => 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_ofac((SELECT data FROM fx WHERE name = 'sdn'), NULL,
							 convert_to(E'999,301,"Street","City","Country",-0- \r\n', 'LATIN1'), 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
-- wrongly encoded: UTF-16 with and without a byte-order mark
SELECT sanctions.import_ofac('\xfffe3100300031002c00'::bytea, list => 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_ofac('\x3100300031002c00'::bytea, list => 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
-- no file, a list code that is not one
SELECT sanctions.import_ofac(NULL, list => 'err_ofac');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_ofac((SELECT data FROM fx WHERE name = 'sdn'), list => 'US-OFAC');
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.untouched('err_ofac', :ofac_v);

-- UN: truncated XML (libxml2 names the line), an invalid UTF-8 byte,
-- another document, a list with no entries, an entry with no id or no name
SELECT sanctions.import_un(substring((SELECT data FROM fx WHERE name = 'un') FROM 1 FOR 200), 'err_un');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_un(overlay((SELECT data FROM fx WHERE name = 'un') PLACING '\xff'::bytea FROM 150 FOR 1), 'err_un');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_un(convert_to('<export xmlns="http://eu.europa.ec/fpi/fsd/export"/>', 'UTF8'), 'err_un');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_un(convert_to('<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>', 'UTF8'), 'err_un');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_un(convert_to('<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>X</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>', 'UTF8'), 'err_un');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_un(convert_to('<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES><ENTITY><DATAID>7</DATAID><FIRST_NAME/></ENTITY></ENTITIES></CONSOLIDATED_LIST>', 'UTF8'), 'err_un');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_un((SELECT data FROM fx WHERE name = 'sdn'), 'err_un');
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.untouched('err_un', :un_v);

-- UK: a byte Windows-1252 does not define, no header, a short row, an
-- unknown group type
SELECT sanctions.import_uk(overlay((SELECT data FROM fx WHERE name = 'uk') PLACING '\x81'::bytea FROM 70 FOR 1), 'err_uk');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_uk(convert_to(E'Name 6,Name 1\r\nX,Y\r\n', 'UTF8'), 'err_uk');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_uk(convert_to(E'Last Updated,13/04/2018\r\nName 6,Name 1,Group Type,Alias Type,Group ID\r\nX,Y,Individual\r\n', 'UTF8'), 'err_uk');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_uk(convert_to(E'Last Updated,13/04/2018\r\nName 6,Name 1,Group Type,Alias Type,Group ID\r\nX,Y,Animal,Prime Alias,1\r\n', 'UTF8'), 'err_uk');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_uk(convert_to(E'Last Updated,13/04/2018\r\nName 1,Group Type,Alias Type,Group ID\r\nY,Individual,Prime Alias,1\r\n', 'UTF8'), 'err_uk');
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.untouched('err_uk', :uk_v);

-- EU: a CSV without the columns of the layout, XML of an unknown subject
-- type, another XML document
SELECT sanctions.import_eu(convert_to(E'a;b;c\n1;2;3\n', 'UTF8'), 'err_eu');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_eu(convert_to('<export><sanctionEntity logicalId="1"><subjectType code="animal"/><nameAlias wholeName="X"/></sanctionEntity></export>', 'UTF8'), 'err_eu');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_eu(convert_to('<CONSOLIDATED_LIST/>', 'UTF8'), 'err_eu');
\echo :LAST_ERROR_SQLSTATE

-- OpenSanctions: a broken JSON line (named), an object that is not an
-- entity, a CSV without its columns, bytes that are not UTF-8
SELECT sanctions.import_opensanctions(convert_to(E'{"id": "a", "schema": "Person", "properties": {"name": ["A"]}}\n\n{"id": "b", "schema": "Person", "properties": {"name": ["B"]\n', 'UTF8'), 'err_os');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_opensanctions(convert_to(E'{"schema": "Person", "properties": {"name": ["A"]}}\n', 'UTF8'), 'err_os');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_opensanctions(convert_to(E'"id","caption"\n"a","A"\n', 'UTF8'), 'err_os');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_opensanctions('\x2269642c0a22e9'::bytea, 'err_os');
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS err_versions FROM sanctions.list_version WHERE list IN ('err_eu', 'err_os');

DELETE FROM fx;
