-- OFAC legacy CSV: sdn.csv, alt.csv, add.csv, sdn_comments.csv, and the
-- consolidated list in the same layout.
\set SHOW_CONTEXT never
SET datestyle = 'ISO, YMD';

-- Fixtures in OFAC's own layout: no header, -0- for empty, quoted commas,
-- CRLF, Latin-1 bytes (MUÑOZ, José), a DOS end-of-file mark at the end;
-- the remarks of 105 continue in the comments file.
CREATE TEMP TABLE fx (name text PRIMARY KEY, data bytea);
INSERT INTO fx VALUES
('sdn', convert_to(
E'101,"SMITH, John","individual","SDGT] [IRGC","Commander",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 10 Dec 1948; alt. DOB circa 1950; POB Cairo, Egypt; nationality Egypt; citizen Jordan; Passport 1084010 (Egypt) issued 01 Jan 2000; alt. Passport A123 (Jordan); Telephone No. 0096123456; Gender Male; a.k.a. ''JOHNNY''; a.k.a. ''ABU-''UMAR''; Linked To: ACME TRADING CO., LTD."\r\n'
'102,"ACME TRADING CO., LTD.",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
'103,"SEA STAR","vessel","IRAN","-0-","9XYZ","Crude Oil Tanker","150,000","80,000","Panama","ACME TRADING CO., LTD.","Vessel Registration Identification IMO 9187629; MMSI 123456789."\r\n'
'104,"EP-ABC","aircraft","IRAN-EO13224",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Aircraft Manufacturer''s Serial Number (MSN) 1023; Aircraft Tail Number EP-ABC."\r\n'
'105,"MUÑOZ, José","individual","SDNTK",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1960 to 1962; alt. DOB Jan 1970; nationality Sp"\r\n', 'LATIN1') || '\x1a'::bytea),
('alt', convert_to(
E'101,201,"aka","SMITH, Johnny",-0- \r\n'
'101,202,"fka","SMYTHE, John",-0- \r\n'
'102,203,"aka","ACME, S.A.",-0- \r\n'
'103,204,"nka","OCEAN STAR",-0- \r\n'
'105,205,"aka","MUÑOZ GARCÍA, José Luis",-0- \r\n', 'LATIN1') || '\x1a'::bytea),
('add', convert_to(
E'101,301,"12 Nile Street","Cairo","Egypt",-0- \r\n'
'101,302,-0- ,-0- ,"Jordan",-0- \r\n'
'102,303,-0- ,"Havana","Cuba",-0- \r\n', 'LATIN1') || '\x1a'::bytea),
('comments', convert_to(E'105,"ain; Gender Female."\r\n', 'LATIN1') || '\x1a'::bytea);

SELECT sanctions.import_ofac((SELECT data FROM fx WHERE name = 'sdn'), (SELECT data FROM fx WHERE name = 'alt'),
							 (SELECT data FROM fx WHERE name = 'add'), 'us_ofac_sdn',
							 (SELECT data FROM fx WHERE name = 'comments')) AS sdn_version \gset

-- the version: current, counted, with the SHA-256 of the files
SELECT list, format, published_on, entity_count, name_count, counts, is_current, replaced_at IS NULL AS not_replaced,
	   loaded_by = current_user AS loaded_by_me, jsonb_array_length(files) AS files,
	   sha256 = encode(sha256(convert_to(
		   (SELECT string_agg(part || ' ' || encode(sha256(data), 'hex') || E'\n', '' ORDER BY o)
			  FROM fx JOIN unnest(ARRAY['sdn', 'alt', 'add', 'comments'], ARRAY['primary', 'aliases', 'addresses', 'comments'])
				   WITH ORDINALITY AS p(name, part, o) USING (name)), 'UTF8')), 'hex') AS sha256_of_the_files
  FROM sanctions.list_version WHERE id = :sdn_version;
-- the same files in other parts (an optional one left out) are other files
SELECT sanctions._files_sha256(jsonb_build_array(sanctions._file_info('primary', 'a'::bytea), sanctions._file_info('aliases', 'b'::bytea)))
	   <> sanctions._files_sha256(jsonb_build_array(sanctions._file_info('primary', 'a'::bytea), sanctions._file_info('addresses', 'b'::bytea)))
	   AS parts_count;

-- the entries: kinds from SDN_Type, programs, and what the remarks say
SELECT source_id, kind, programs, birth_dates, birth_places, nationalities, countries, addresses, listed_on,
	   list_version = :sdn_version AS in_version
  FROM sanctions.entity WHERE list = 'us_ofac_sdn' ORDER BY source_id;
SELECT source_id, jsonb_pretty(identifiers) AS identifiers FROM sanctions.entity
 WHERE list = 'us_ofac_sdn' AND identifiers IS NOT NULL ORDER BY source_id;
SELECT source_id, details, remarks FROM sanctions.entity WHERE list = 'us_ofac_sdn' ORDER BY source_id;

-- the names: primary, aliases of alt.csv (aka, fka, nka), weak aliases of
-- the remarks; Latin-1 decoded; name_norm is sanctions.normalize(name)
SELECT e.source_id, n.name, n.name_type, n.weak, n.script, n.name_norm, n.name_norm = sanctions.normalize(n.name) AS norm_ok
  FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
 WHERE e.list = 'us_ofac_sdn'
 ORDER BY e.source_id, n.name_type, n.name;

-- the primary file alone is enough; the consolidated list is the same
-- layout under its own list code
SELECT sanctions.import_ofac((SELECT data FROM fx WHERE name = 'sdn'), list => 'us_ofac_cons') > :sdn_version AS new_version;
SELECT list, entity_count, name_count, counts -> 'name_type' AS name_types FROM sanctions.list_version
 WHERE list = 'us_ofac_cons' AND is_current;
SELECT source_id, remarks FROM sanctions.entity WHERE list = 'us_ofac_cons' AND source_id = '105';

-- the same file saved as UTF-8 reads the same
SELECT sanctions.import_ofac(convert_to(convert_from((SELECT data FROM fx WHERE name = 'sdn'), 'LATIN1'), 'UTF8'),
							 list => 'test_ofac_utf8') IS NOT NULL AS loaded;
SELECT n.name FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
 WHERE e.list = 'test_ofac_utf8' AND e.source_id = '105';

-- remarks parsing on its own
SELECT (sanctions._ofac_remarks('DOB 03 May 1938; alt. DOB 1940; DOB Sep 1950; DOB circa 1955; DOB 01 Jan 1957 to 31 Dec 1959; POB Egypt; citizen Egypt.')).*;
-- an aircraft's or vessel's country of registration is its nationality
SELECT nationalities FROM sanctions._ofac_remarks('Aircraft Model An-26; Nationality of Registration Russia; nationality Man, Isle of.');
-- approximate ranges, and a range of years written with a hyphen
SELECT v, sanctions._ofac_date(v) FROM (VALUES ('circa 1957 to 1959'), ('1979-1982'), ('circa 1979-1982'),
	('circa Jan 1960'), ('1957 to 1959')) AS t(v);
SELECT sanctions._ofac_identifier(p) FROM (VALUES
	('Cedula No. 16247821 (Colombia)'),
	('National ID No. 660000 73767 (Belgium)'),
	('Identification Number AO 2879097 (Italy) expires 30 Oct 2012'),
	('Aircraft Construction Number (also called L/N or S/N or F/N) 8401'),
	('Folio Mercantil No. 10328 (Jalisco) (Mexico)'),
	('Phone No. 263-4-486946'),
	('Linked To: HIZBALLAH'),
	('Additional Sanctions Information - Subject to Secondary Sanctions')) AS t(p);

-- Windows-1252 punctuation (OFAC's files are Windows text): a curly
-- apostrophe, not a control character
SELECT sanctions.import_ofac(convert_to(E'1,"O\u2019BRIEN, Sean",individual,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n', 'WIN1252'),
							 list => 'test_ofac_cp') IS NOT NULL AS loaded;
SELECT n.name, n.name_norm FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
 WHERE e.list = 'test_ofac_cp';
-- an entry whose names have no letter or digit loads, with a warning; a name
-- too long for a name is a broken record, named
SELECT sanctions.import_ofac(convert_to(E'1,"...",individual,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
										 '2,"SMITH, John",individual,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n', 'UTF8'),
							 list => 'test_ofac_blank') IS NOT NULL AS loaded;
SELECT sanctions.import_ofac(convert_to(format(E'1,"%s",individual,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n',
											   repeat('ABCDEFGH ', 300)), 'UTF8'), list => 'test_ofac_long');
\echo :LAST_ERROR_SQLSTATE
-- the comments file may be blank (nothing but a byte-order mark, line ends
-- and the end-of-file mark); its records counted are 0; a blank aliases file
-- is an error (a failed download, not a list without aliases); comments of an
-- entry that is not in the primary file are an error, as its addresses are
SELECT sanctions.import_ofac(convert_to(E'1,"SMITH, John",individual,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n', 'UTF8'),
							 comments => '\xefbbbf0d0a1a'::bytea, list => 'test_ofac_opt') IS NOT NULL AS loaded;
SELECT sanctions.import_ofac(convert_to(E'1,"SMITH, John",individual,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n', 'UTF8'),
							 aliases => '', list => 'test_ofac_opt2');
\echo :LAST_ERROR_SQLSTATE
SELECT f ->> 'part' AS part, f ->> 'records' AS records
  FROM sanctions.list_version v, jsonb_array_elements(v.files) AS f
 WHERE v.list = 'test_ofac_opt' ORDER BY part;
SELECT sanctions.import_ofac(convert_to(E'1,"SMITH, John",individual,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n', 'UTF8'),
							 comments => convert_to(E'7,"ain; Gender Female."\r\n', 'UTF8'), list => 'test_ofac_opt');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.import_ofac(E'\r\n\x1a'::bytea, list => 'test_ofac_opt');
\echo :LAST_ERROR_SQLSTATE

DELETE FROM fx;
