-- UN Security Council Consolidated List, XML.
\set SHOW_CONTEXT never
SET datestyle = 'ISO, YMD';

-- A fixture in the UN layout: individuals with names in parts, an original
-- script name (Arabic), aliases of Good and Low quality and an empty one,
-- dates of birth EXACT (DATE, YEAR), APPROXIMATELY and BETWEEN, documents,
-- addresses, two nationalities; an entity with an f.k.a.
CREATE TEMP TABLE fx (name text PRIMARY KEY, data bytea);
INSERT INTO fx VALUES ('un', convert_to($xml$<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<CONSOLIDATED_LIST xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" dateGenerated="2026-02-27T00:00:09.554Z">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <DATAID>6908001</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>ABDUL</FIRST_NAME>
      <SECOND_NAME>RAHMAN</SECOND_NAME>
      <THIRD_NAME>AL</THIRD_NAME>
      <FOURTH_NAME>TESTI</FOURTH_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
      <REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER>
      <LISTED_ON>2001-10-06</LISTED_ON>
      <GENDER>Male</GENDER>
      <NAME_ORIGINAL_SCRIPT>عبد الرحمن التستي</NAME_ORIGINAL_SCRIPT>
      <COMMENTS1>Reportedly deceased.
Review concluded 2020.</COMMENTS1>
      <TITLE><VALUE>Haji</VALUE></TITLE>
      <DESIGNATION><VALUE>Financier</VALUE></DESIGNATION>
      <NATIONALITY><VALUE>Yemen</VALUE><VALUE>Saudi Arabia</VALUE></NATIONALITY>
      <LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
      <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Abd al-Rahman al-Testi</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Abu Testi</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ADDRESS><STREET>1 Souk Road</STREET><CITY>Sanaa</CITY><COUNTRY>Yemen</COUNTRY></INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1965-12-28</DATE></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1966</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1960</FROM_YEAR><TO_YEAR>1962</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_PLACE_OF_BIRTH><CITY>Taizz</CITY><COUNTRY>Yemen</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>00514146</NUMBER><ISSUING_COUNTRY>Yemen</ISSUING_COUNTRY><DATE_OF_ISSUE>1999-01-01</DATE_OF_ISSUE></INDIVIDUAL_DOCUMENT>
      <SORT_KEY/>
      <SORT_KEY_LAST_MOD/>
    </INDIVIDUAL>
    <INDIVIDUAL>
      <DATAID>6908002</DATAID>
      <VERSIONNUM>2</VERSIONNUM>
      <FIRST_NAME>ERIC</FIRST_NAME>
      <SECOND_NAME>EXAMPLE</SECOND_NAME>
      <UN_LIST_TYPE>DRC</UN_LIST_TYPE>
      <REFERENCE_NUMBER>CDi.999</REFERENCE_NUMBER>
      <LISTED_ON>2012-12-31</LISTED_ON>
      <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ADDRESS><COUNTRY>Rwanda</COUNTRY><NOTE>as of early 2016</NOTE></INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>1971</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_PLACE_OF_BIRTH><COUNTRY/></INDIVIDUAL_PLACE_OF_BIRTH>
      <INDIVIDUAL_DOCUMENT/>
    </INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES>
    <ENTITY>
      <DATAID>6908400</DATAID>
      <VERSIONNUM>1</VERSIONNUM>
      <FIRST_NAME>EXAMPLE LIBERATION FRONT (ELF)</FIRST_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
      <REFERENCE_NUMBER>QDe.999</REFERENCE_NUMBER>
      <LISTED_ON>2002-01-15</LISTED_ON>
      <NAME_ORIGINAL_SCRIPT>جبهة التحرير</NAME_ORIGINAL_SCRIPT>
      <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>ELF</ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>Example Front</ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ADDRESS><STATE_PROVINCE>North Kivu</STATE_PROVINCE><COUNTRY>Democratic Republic of the Congo</COUNTRY></ENTITY_ADDRESS>
    </ENTITY>
  </ENTITIES>
</CONSOLIDATED_LIST>
$xml$, 'UTF8'));

SELECT sanctions.import_un((SELECT data FROM fx WHERE name = 'un')) AS un_version \gset

SELECT list, format, published_on, entity_count, name_count, counts, is_current,
	   sha256 = encode(sha256((SELECT data FROM fx WHERE name = 'un')), 'hex') AS sha256_of_the_file
  FROM sanctions.list_version WHERE id = :un_version;

SELECT source_id, kind, programs, birth_dates, birth_places, nationalities, countries, addresses, listed_on
  FROM sanctions.entity WHERE list = 'un_sc' ORDER BY source_id;
SELECT source_id, identifiers, details, remarks FROM sanctions.entity WHERE list = 'un_sc' ORDER BY source_id;

-- the original script name is a name of its own, with its script
SELECT e.source_id, n.name, n.name_type, n.weak, n.script, n.name_norm
  FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
 WHERE e.list = 'un_sc'
 ORDER BY e.source_id, n.name_type, n.name;

-- an XML declaration that names another encoding is followed
SELECT sanctions.import_un(convert_to(
	'<?xml version="1.0" encoding="ISO-8859-1"?><CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>JOSÉ</FIRST_NAME><SECOND_NAME>NUÑEZ</SECOND_NAME></INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>',
	'LATIN1'), 'test_un_latin1') IS NOT NULL AS loaded;
SELECT n.name, n.name_norm FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
 WHERE e.list = 'test_un_latin1';

DELETE FROM fx;
