-- EU financial sanctions files: the CSV layout of 2018 and the XML export.
\set SHOW_CONTEXT never
SET datestyle = 'ISO, YMD';

-- The CSV layout: semicolon-separated, one row per name alias (Naal_),
-- address (Addr_), birth (Birt_), identification (Iden_) or citizenship
-- (Citi_) of an entry; Entity_logical_id repeated in each group of columns.
CREATE TEMP TABLE fx (name text PRIMARY KEY, data bytea);
CREATE TEMP TABLE eu_rows (n integer, line text);
INSERT INTO eu_rows VALUES
(0, 'Date_file;Entity_logical_id;Subject_type;Leba_numtitle;Leba_publication_date;Leba_url;Programme;Entity_remark;Naal_logical_id;Entity_logical_id;Naal_leba_numtitle;Naal_leba_publication_date;Naal_leba_url;Naal_programme;Naal_lastname;Naal_firstname;Naal_middlename;Naal_wholename;Naal_gender;Naal_title;Naal_function;Naal_language;Addr_logical_id;Entity_logical_id;Addr_leba_numtitle;Addr_leba_publication_date;Addr_leba_url;Addr_programme;Addr_number;Addr_street;Addr_zipcode;Addr_city;Addr_country;Addr_other;Birt_logical_id;Entity_logical_id;Birt_leba_numtitle;Birt_leba_publication_date;Birt_leba_url;Birt_programme;Birt_date;Birt_place;Birt_country;Iden_logical_id;Entity_logical_id;Iden_leba_numtitle;Iden_leba_publication_date;Iden_leba_url;Iden_programme;Iden_number;Iden_country;Citi_logical_id;Entity_logical_id;Citi_leba_numtitle;Citi_leba_publication_date;Citi_leba_url;Citi_programme;Citi_country;EU_ref_num'),
(1, '04/07/2018;13;P;1210/2003 (OJ L169);2003-07-08;http://eur-lex.europa.eu/x;IRQ;(UNSC RESOLUTION 1483)\n(second line);20;13;1210/2003 (OJ L169);2003-07-08;http://eur-lex.europa.eu/x;IRQ;Al-Tikriti;Saddam;Hussein;Saddam Hussein Al-Tikriti;M;;"Former President; head of state";;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;EU.27.28'),
(2, '04/07/2018;13;P;1210/2003 (OJ L169);2003-07-08;http://eur-lex.europa.eu/x;IRQ;;21;13;1210/2003 (OJ L169);2003-07-08;http://eur-lex.europa.eu/x;IRQ;;;;Saddam Hussein Al-Tikrîtî;M;;;FR;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;EU.27.28'),
(3, '04/07/2018;13;P;1210/2003 (OJ L169);2003-07-08;http://eur-lex.europa.eu/x;IRQ;;;;;;;;;;;;;;;;;;;;;;;;;;;;30;13;1210/2003 (OJ L169);2003-07-08;http://eur-lex.europa.eu/x;IRQ;1937-04-28;al-Awja, near Tikrit;IRQ;;;;;;;;;;;;;;;;EU.27.28'),
(4, '04/07/2018;13;P;1210/2003 (OJ L169);2003-07-08;http://eur-lex.europa.eu/x;IRQ;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;40;13;1210/2003 (OJ L169);2003-07-08;http://eur-lex.europa.eu/x;IRQ;IRQ;EU.27.28'),
(5, '04/07/2018;13;P;1210/2003 (OJ L169);2003-07-08;http://eur-lex.europa.eu/x;IRQ;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;50;13;151/2012 (OJ L49);2012-02-22;http://eur-lex.europa.eu/x;IRQ;AD001095 (passport-National passport) (issued 1990);IRQ;;;;;;;;EU.27.28'),
(6, '04/07/2018;481;E;34/2012 (OJ L15);2012-01-18;http://eur-lex.europa.eu/x;TAQA;;60;481;34/2012 (OJ L15);2012-01-18;http://eur-lex.europa.eu/x;TAQA;;;;Example Brigade;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;EU.459.37'),
(7, '04/07/2018;481;E;34/2012 (OJ L15);2012-01-18;http://eur-lex.europa.eu/x;TAQA;;;;;;;;;;;;;;;;70;481;34/2012 (OJ L15);2012-01-18;http://eur-lex.europa.eu/x;TAQA;;Rue 1;1000;Nouakchott;MRT;;;;;;;;;;;;;;;;;;;;;;;;;;EU.459.37');

-- as published: one row per line, Windows-1252 (î is 0xEE)
INSERT INTO fx SELECT 'eu_csv', convert_to(string_agg(line, E'\r\n' ORDER BY n) || E'\r\n', 'WIN1252') FROM eu_rows;
-- as saved through a spreadsheet: each whole row one quoted field, inner
-- quotes doubled, trailing tabs inside the quotes
INSERT INTO fx SELECT 'eu_csv_wrapped',
	convert_to(string_agg('"' || replace(line, '"', '""') || E'\t\t\t"', E'\n' ORDER BY n) || E'\n', 'WIN1252') FROM eu_rows;

SELECT sanctions.import_eu((SELECT data FROM fx WHERE name = 'eu_csv')) AS eu_version \gset
SELECT list, format, published_on, entity_count, name_count, counts FROM sanctions.list_version WHERE id = :eu_version;
SELECT source_id, kind, programs, birth_dates, birth_places, nationalities, countries, identifiers, addresses, listed_on, details, remarks
  FROM sanctions.entity WHERE list = 'eu_fsf' ORDER BY source_id;
-- the first name without a language is the primary name
SELECT e.source_id, n.name, n.name_type, n.lang, n.name_norm
  FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
 WHERE e.list = 'eu_fsf' ORDER BY e.source_id, n.name_type, n.name;

-- the wrapped file reads the same
SELECT sanctions.import_eu((SELECT data FROM fx WHERE name = 'eu_csv_wrapped'), 'test_eu_wrapped') IS NOT NULL AS loaded;
SELECT (SELECT array_agg(row(e.source_id, e.kind, e.programs, e.birth_dates, e.nationalities, e.identifiers, e.addresses, e.remarks)::text
						 ORDER BY e.source_id) FROM sanctions.entity e WHERE e.list = 'test_eu_wrapped')
	 = (SELECT array_agg(row(e.source_id, e.kind, e.programs, e.birth_dates, e.nationalities, e.identifiers, e.addresses, e.remarks)::text
						 ORDER BY e.source_id) FROM sanctions.entity e WHERE e.list = 'eu_fsf') AS same_entries,
	   (SELECT array_agg(n.name ORDER BY n.name) FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
		 WHERE e.list = 'test_eu_wrapped')
	 = (SELECT array_agg(n.name ORDER BY n.name) FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
		 WHERE e.list = 'eu_fsf') AS same_names;

-- The XML export: namespace, nameAlias in several languages and scripts,
-- strong="false" for a weak alias, partial and approximate dates of birth,
-- UNKNOWN countries left out.
INSERT INTO fx VALUES ('eu_xml', convert_to($xml$<?xml version="1.0" encoding="UTF-8"?>
<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2026-02-20T10:00:00.000+01:00" globalFileId="1">
  <sanctionEntity designationDetails="" unitedNationId="" euReferenceNumber="EU.9999.01" logicalId="9001" designationDate="2022-02-25">
    <remark>Member of the State Duma.</remark>
    <regulation regulationType="amendment" organisationType="council" publicationDate="2022-02-25" programme="UKR" logicalId="1"><publicationUrl>https://eur-lex.europa.eu/x</publicationUrl></regulation>
    <subjectType code="person" classificationCode="P"/>
    <nameAlias firstName="Ivan" middleName="Ivanovich" lastName="Petrov" wholeName="Ivan Ivanovich Petrov" function="Member of the State Duma" gender="M" title="" nameLanguage="" strong="true" regulationLanguage="en" logicalId="11"/>
    <nameAlias firstName="" middleName="" lastName="" wholeName="Иван Иванович Петров" nameLanguage="RU" strong="true" regulationLanguage="en" logicalId="12"/>
    <nameAlias firstName="" middleName="" lastName="" wholeName="Ιβάν Ιβάνοβιτς Πετρόφ" nameLanguage="EL" strong="true" regulationLanguage="en" logicalId="13"/>
    <nameAlias wholeName="Vanya" nameLanguage="" strong="false" regulationLanguage="en" logicalId="14"/>
    <citizenship region="" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" regulationLanguage="en" logicalId="15"/>
    <birthdate circa="false" calendarType="GREGORIAN" city="Moscow" zipCode="" birthdate="1970-03-15" dayOfMonth="15" monthOfYear="3" year="1970" region="" place="" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" regulationLanguage="en" logicalId="16"/>
    <birthdate circa="true" calendarType="GREGORIAN" city="" zipCode="" monthOfYear="6" year="1971" region="" place="" countryIso2Code="00" countryDescription="UNKNOWN" regulationLanguage="en" logicalId="17"/>
    <identification diplomatic="false" knownExpired="false" knownFalse="false" number="7501234567" identificationTypeCode="passport" identificationTypeDescription="National passport" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" regulationLanguage="en" logicalId="18"><remark>(valid until 2030)</remark></identification>
    <address city="Moscow" street="Okhotny Ryad 1" poBox="" zipCode="103265" region="" place="" asAtListingTime="false" countryIso2Code="RU" countryDescription="RUSSIAN FEDERATION" regulationLanguage="en" logicalId="19"/>
  </sanctionEntity>
  <sanctionEntity euReferenceNumber="EU.9999.02" logicalId="9002">
    <regulation programme="SYR" logicalId="2"/>
    <regulation programme="TAQA" logicalId="3"/>
    <subjectType code="enterprise" classificationCode="E"/>
    <nameAlias wholeName="Example Trading LLC" strong="true" logicalId="21"/>
    <address city="" street="" poBox="" zipCode="" region="" place="" countryIso2Code="00" countryDescription="UNKNOWN" logicalId="22"><remark>Damascus</remark></address>
  </sanctionEntity>
</export>
$xml$, 'UTF8'));

SELECT sanctions.import_eu((SELECT data FROM fx WHERE name = 'eu_xml'), 'test_eu_xml') AS eu_xml_version \gset
SELECT list, format, published_on, entity_count, name_count, counts FROM sanctions.list_version WHERE id = :eu_xml_version;
SELECT source_id, kind, programs, birth_dates, birth_places, nationalities, countries, identifiers, addresses, listed_on, details, remarks
  FROM sanctions.entity WHERE list = 'test_eu_xml' ORDER BY source_id;
SELECT e.source_id, n.name, n.name_type, n.weak, n.script, n.lang, n.name_norm
  FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
 WHERE e.list = 'test_eu_xml' ORDER BY e.source_id, n.name_type, n.name;

DELETE FROM fx;
DROP TABLE eu_rows;
