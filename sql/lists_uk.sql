-- UK lists: the OFSI Consolidated List CSV and the UK Sanctions List CSV.
\set SHOW_CONTEXT never
SET datestyle = 'ISO, YMD';

-- The OFSI Consolidated List layout: Windows-1252 bytes (’ is 0x92, é is
-- 0xE9), a "Last Updated" line before the header, one row per name and per
-- date of birth, the rows of a party sharing its Group ID; quoted fields
-- with commas; 00 for an unknown day or month.
CREATE TEMP TABLE fx (name text PRIMARY KEY, data bytea);
INSERT INTO fx VALUES ('conlist', convert_to(
E'Last Updated,13/04/2018,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n'
'Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Town of Birth,Country of Birth,Nationality,Passport Details,NI Number,Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country,Other Information,Group Type,Alias Type,Regime,Listed On,Last Updated,Group ID\r\n'
'AL-MU’AYYAD,Abdallah,,,,,Sheikh,00/00/1980,Sanaa,Yemen,"(1) Yemeni (2) Saudi",Passport No: 592667 (Yemeni passport issued on 3 May 2007).,,"Leader, finance wing",12 Souk Road,,,,,Sanaa,,Yemen,"UN Ref QDi.998. Also referred to as ""the banker"".",Individual,Prime Alias,Terrorism and Terrorist Financing,01/04/2016,01/04/2016,13001\r\n'
'AL-MU’AYYAD,Abdallah,,,,,Sheikh,00/05/1981,Sanaa,Yemen,"(1) Yemeni (2) Saudi",Passport No: 592667 (Yemeni passport issued on 3 May 2007).,,"Leader, finance wing",12 Souk Road,,,,,Sanaa,,Yemen,"UN Ref QDi.998. Also referred to as ""the banker"".",Individual,Prime Alias,Terrorism and Terrorist Financing,01/04/2016,01/04/2016,13001\r\n'
'MOAYAD,Abdullah,,,,,,00/00/1980,Sanaa,Yemen,"(1) Yemeni (2) Saudi",,,,,,,,,,,,,Individual,AKA,Terrorism and Terrorist Financing,01/04/2016,01/04/2016,13001\r\n'
'GROUPE ISLAMIQUE ARMÉ,,,,,,,,,,,,,,,,,,,,,Algeria,Operates in Algeria.,Entity,Prime Alias,Terrorism and Terrorist Financing,17/10/2001,02/12/2014,7001\r\n'
'GIA,,,,,,,,,,,,,,,,,,,,,,,Entity,AKA,Terrorism and Terrorist Financing,17/10/2001,02/12/2014,7001\r\n'
'ISLAMIC ARMED GROUP,,,,,,,,,,,,,,,,,,,,,,,Entity,FKA,Terrorism and Terrorist Financing,17/10/2001,02/12/2014,7001\r\n'
'OCEAN EXAMPLE,,,,,,,,,,,,,,,,,,,,,,IMO 1234567.,Ship,Prime Alias,North Korea,22/12/2017,09/01/2018,14001\r\n',
'WIN1252'));

SELECT sanctions.import_uk((SELECT data FROM fx WHERE name = 'conlist')) AS conlist_version \gset

-- the default list code follows the layout: gb_hmt for the OFSI list
SELECT list, format, published_on, entity_count, name_count, counts, is_current
  FROM sanctions.list_version WHERE id = :conlist_version;
SELECT source_id, kind, programs, birth_dates, birth_places, nationalities, countries, addresses, listed_on
  FROM sanctions.entity WHERE list = 'gb_hmt' ORDER BY source_id;
SELECT source_id, identifiers, details, remarks FROM sanctions.entity WHERE list = 'gb_hmt' ORDER BY source_id;
-- a name given on several rows is kept once; Windows-1252 bytes decoded
SELECT e.source_id, n.name, n.name_type, n.weak, n.name_norm
  FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
 WHERE e.list = 'gb_hmt'
 ORDER BY e.source_id, n.name_type, n.name;

-- The UK Sanctions List layout: UTF-8, "Report Date" before the header,
-- rows of a designation sharing its Unique ID, Name type and Alias
-- strength, a name in non-Latin script.
INSERT INTO fx VALUES ('uksl', convert_to(
E'Report Date: 02-Oct-2026\n'
'Last Updated,Unique ID,OFSI Group ID,UN Reference Number,Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Name type,Alias strength,Title,Name non-latin script,Non-latin script type,Non-latin script language,Regime Name,Designation Type,Designation source,Sanctions Imposed,Other Information,UK Statement of Reasons,Address Line 1,Address Line 2,Address Line 3,Address Line 4,Address Line 5,Address Line 6,Address Postal Code,Address Country,Phone number,Website,Email address,Date Designated,D.O.B,Nationality(/ies),National Identifier number,National Identifier additional information,Passport number,Passport additional information,Position,Gender,Town of birth,Country of birth,Type of entity,Subsidiaries,Parent company,Business registration number (s),IMO number,Current owner/operator (s),Previous owner/operator (s),Current believed flag of ship,Previous flags,Type of ship,Tonnage of ship,Length of ship,Year Built,Hull identification number (HIN)\n'
'16/04/2026,RUS0001,15001,,PETROV,Ivan,Ivanovich,,,,Primary Name,,,Иван Иванович Петров,Cyrillic,Russian,The Russia (Sanctions) (EU Exit) Regulations 2019,Individual,UK,Asset freeze,,Involved in destabilising Ukraine.,,,,,,Moscow,,Russia,,,,15/03/2022,dd/mm/1970,Russia,,,7501234567,Russian passport,Director,Male,Moscow,Russia,,,,,,,,,,,,,,\n'
'16/04/2026,RUS0001,15001,,PETROFF,Ivan,,,,,Alias,Low quality,,,,,The Russia (Sanctions) (EU Exit) Regulations 2019,Individual,UK,Asset freeze,,Involved in destabilising Ukraine.,,,,,,Moscow,,Russia,,,,15/03/2022,dd/mm/1970,Russia,,,7501234567,Russian passport,Director,Male,Moscow,Russia,,,,,,,,,,,,,,\n'
'16/04/2026,RUS0001,15001,,PETROV,Ivan,Ivanovitch,,,,Primary Name Variation,,,,,,The Russia (Sanctions) (EU Exit) Regulations 2019,Individual,UK,Asset freeze,,Involved in destabilising Ukraine.,,,,,,Moscow,,Russia,,,,15/03/2022,dd/mm/1970,Russia,,,7501234567,Russian passport,Director,Male,Moscow,Russia,,,,,,,,,,,,,,\n'
'16/04/2026,RUS0002,,,SEA EXAMPLE,,,,,,Primary Name,,,,,,The Russia (Sanctions) (EU Exit) Regulations 2019,Ship,UK,Ship ban,,,,,,,,,,,,,,01/02/2024,,,,,,,,,,,,,,,9123456,,,Cameroon,,Oil tanker,,,,\n',
'UTF8'));

SELECT sanctions.import_uk((SELECT data FROM fx WHERE name = 'uksl')) AS uksl_version \gset
-- gb_fcdo for the UK Sanctions List
SELECT list, format, published_on, entity_count, name_count, counts
  FROM sanctions.list_version WHERE id = :uksl_version;
SELECT source_id, kind, programs, birth_dates, birth_places, nationalities, countries, identifiers, listed_on, details, remarks
  FROM sanctions.entity WHERE list = 'gb_fcdo' ORDER BY source_id;
SELECT e.source_id, n.name, n.name_type, n.weak, n.script, n.lang, n.name_norm
  FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
 WHERE e.list = 'gb_fcdo'
 ORDER BY e.source_id, n.name_type, n.name;

-- a list code can be given
SELECT sanctions.import_uk((SELECT data FROM fx WHERE name = 'conlist'), 'test_uk_named') IS NOT NULL AS loaded;

DELETE FROM fx;
