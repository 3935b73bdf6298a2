
-- ---------------------------------------------------------------------------
-- UN Security Council Consolidated List, XML
-- (CONSOLIDATED_LIST / INDIVIDUALS / INDIVIDUAL, ENTITIES / ENTITY).
--
-- Read with PostgreSQL's XML support (libxml2, XMLTABLE): each XMLTABLE
-- below walks the whole document once for one kind of element and finds
-- the entry it belongs to through its parent's DATAID.
-- ---------------------------------------------------------------------------

-- A UN date of birth: EXACT (DATE or YEAR), APPROXIMATELY (with '~') or
-- BETWEEN FROM_YEAR and TO_YEAR, as an EDTF date; a DATE or YEAR of another
-- form, or only a NOTE ("Nov. 1973", "Between Aug. and Sep. 1977"), kept as
-- given; NULL when none is given.
CREATE FUNCTION _un_date(type text, date text, year text, from_year text, to_year text,
						 note text DEFAULT NULL) RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	-- (each value cleaned once: an SQL body cleaned each again per branch,
	-- 0.2 ms a date)
	d text := sanctions._clean(date);
	y text := sanctions._clean(year);
	f text := sanctions._clean(from_year);
	t text := sanctions._clean(to_year);
	v text;
BEGIN
	IF d ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN
		v := coalesce(sanctions._partial_date(substr(d, 1, 4), substr(d, 6, 2), substr(d, 9, 2)), d);
	ELSIF d IS NOT NULL THEN
		v := d;
	ELSIF y IS NOT NULL THEN
		v := coalesce(sanctions._partial_date(y, NULL, NULL), y);
	ELSIF f IS NOT NULL AND t IS NOT NULL THEN
		v := f || '/' || t;
	ELSIF f IS NOT NULL THEN
		v := f || '/..';
	ELSIF t IS NOT NULL THEN
		v := '../' || t;
	ELSE
		v := sanctions._clean(note);
	END IF;
	IF upper(type) LIKE 'APPROX%' AND v ~ '^[0-9]{4}' THEN
		v := v || '~';
	END IF;
	RETURN v;
END
$$;

CREATE FUNCTION import_un(document bytea, list text DEFAULT 'un_sc') RETURNS bigint
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_list text := $2;
	v_files jsonb;
	v_id bigint;
	v_doc xml;
	v_root text;
	v_published date;
BEGIN
	SELECT d.files, d.current_id INTO v_files, v_id
	  FROM sanctions._begin_document(v_list, $1, 'the UN list') AS d;
	IF v_id IS NOT NULL THEN
		RETURN v_id;
	END IF;

	v_doc := sanctions._xml($1, 'the UN list');
	v_root := sanctions._xml_root(v_doc);
	IF v_root IS DISTINCT FROM 'CONSOLIDATED_LIST' THEN
		PERFORM sanctions._bad_file(format('the UN list: the root element is <%s>, not <CONSOLIDATED_LIST>', v_root),
									hint => 'Give the UN Security Council Consolidated List XML.');
	END IF;
	v_published := sanctions._date((xpath('/CONSOLIDATED_LIST/@dateGenerated', v_doc))[1]::text);

	INSERT INTO pg_temp.sn_stage_entity (source_id, pos, loc, kind, programs, remarks, listed_on, details)
	SELECT sanctions._clean(x.dataid), x.ord, x.tag || ' ' || x.n || coalesce(' (DATAID ' || sanctions._clean(x.dataid) || ')', ''),
		   CASE x.tag WHEN 'INDIVIDUAL' THEN 'person' ELSE 'organization' END,
		   ARRAY[sanctions._clean(x.list_type)],
		   sanctions._clean_block(concat_ws(E'\n', sanctions._clean_block(x.comments1),
											sanctions._clean_block(x.comments2),
											sanctions._clean_block(x.comments3))),
		   sanctions._date(x.listed_on),
		   jsonb_build_object('reference_number', sanctions._clean(x.reference_number),
							  'gender', sanctions._clean(x.gender),
							  'version', sanctions._clean(x.versionnum))
	  -- (n, the element's place among its kind, is counted here: an XPath
	  -- count(preceding-sibling::*) is quadratic, minutes for 40,000 entries)
	  FROM (SELECT x.*, row_number() OVER (PARTITION BY x.tag ORDER BY x.ord) AS n
	  FROM XMLTABLE('/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL | /CONSOLIDATED_LIST/ENTITIES/ENTITY'
					PASSING v_doc
					COLUMNS ord FOR ORDINALITY,
							tag text PATH 'name()',
							dataid text PATH 'DATAID[1]',
							versionnum text PATH 'VERSIONNUM[1]',
							list_type text PATH 'UN_LIST_TYPE[1]',
							reference_number text PATH 'REFERENCE_NUMBER[1]',
							listed_on text PATH 'LISTED_ON[1]',
							gender text PATH 'GENDER[1]',
							comments1 text PATH 'COMMENTS1[1]',
							comments2 text PATH 'COMMENTS2[1]',
							comments3 text PATH 'COMMENTS3[1]') AS x) AS x;

	-- names: FIRST_NAME .. FOURTH_NAME make the primary name; the original
	-- script name; the aliases, weak when their quality is Low
	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type, weak)
	SELECT sanctions._clean(x.dataid), x.ord * 10, 'entry ' || x.ord,
		   sanctions._clean(concat_ws(' ', x.first, x.second, x.third, x.fourth)), 'primary', false
	  FROM XMLTABLE('/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL | /CONSOLIDATED_LIST/ENTITIES/ENTITY'
					PASSING v_doc
					COLUMNS ord FOR ORDINALITY,
							dataid text PATH 'DATAID[1]',
							first text PATH 'FIRST_NAME[1]',
							second text PATH 'SECOND_NAME[1]',
							third text PATH 'THIRD_NAME[1]',
							fourth text PATH 'FOURTH_NAME[1]') AS x;

	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type, weak)
	SELECT sanctions._clean(x.dataid), 1000000000 + x.ord, 'NAME_ORIGINAL_SCRIPT ' || x.ord,
		   sanctions._clean(x.name), 'original_script', false
	  FROM XMLTABLE('/CONSOLIDATED_LIST/*/*/NAME_ORIGINAL_SCRIPT' PASSING v_doc
					COLUMNS ord FOR ORDINALITY,
							dataid text PATH '../DATAID[1]',
							name text PATH '.') AS x;

	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type, weak)
	SELECT sanctions._clean(x.dataid), 2000000000 + x.ord, 'alias ' || x.ord,
		   sanctions._clean(x.alias),
		   CASE WHEN lower(x.quality) LIKE 'f.k.a%' THEN 'fka' ELSE 'aka' END,
		   coalesce(lower(sanctions._clean(x.quality)) = 'low', false)
	  FROM XMLTABLE('/CONSOLIDATED_LIST/*/*/INDIVIDUAL_ALIAS | /CONSOLIDATED_LIST/*/*/ENTITY_ALIAS' PASSING v_doc
					COLUMNS ord FOR ORDINALITY,
							dataid text PATH '../DATAID[1]',
							quality text PATH 'QUALITY[1]',
							alias text PATH 'ALIAS_NAME[1]') AS x;

	-- details that may repeat, gathered per entry
	UPDATE pg_temp.sn_stage_entity e
	   SET nationalities = d.nationalities, details = e.details || d.more
	  FROM (SELECT sanctions._clean(x.dataid) AS dataid,
				   array_agg(sanctions._clean(x.value) ORDER BY x.ord) FILTER (WHERE x.tag = 'NATIONALITY') AS nationalities,
				   jsonb_strip_nulls(jsonb_build_object(
					   'designations', jsonb_agg(sanctions._clean(x.value) ORDER BY x.ord)
										  FILTER (WHERE x.tag = 'DESIGNATION' AND sanctions._clean(x.value) IS NOT NULL),
					   'titles', jsonb_agg(sanctions._clean(x.value) ORDER BY x.ord)
									FILTER (WHERE x.tag = 'TITLE' AND sanctions._clean(x.value) IS NOT NULL))) AS more
			  FROM XMLTABLE('/CONSOLIDATED_LIST/*/*/NATIONALITY/VALUE | /CONSOLIDATED_LIST/*/*/DESIGNATION/VALUE
							 | /CONSOLIDATED_LIST/*/*/TITLE/VALUE' PASSING v_doc
							COLUMNS ord FOR ORDINALITY,
									dataid text PATH '../../DATAID[1]',
									tag text PATH 'name(..)',
									value text PATH '.') AS x
			 GROUP BY 1) AS d
	 WHERE e.source_id = d.dataid;

	UPDATE pg_temp.sn_stage_entity e
	   SET birth_dates = d.dates
	  FROM (SELECT sanctions._clean(x.dataid) AS dataid,
				   array_agg(d.v ORDER BY x.ord) FILTER (WHERE d.v IS NOT NULL) AS dates
			  FROM XMLTABLE('/CONSOLIDATED_LIST/*/*/INDIVIDUAL_DATE_OF_BIRTH' PASSING v_doc
							COLUMNS ord FOR ORDINALITY,
									dataid text PATH '../DATAID[1]',
									type text PATH 'TYPE_OF_DATE[1]',
									date text PATH 'DATE[1]',
									year text PATH 'YEAR[1]',
									from_year text PATH 'FROM_YEAR[1]',
									to_year text PATH 'TO_YEAR[1]',
									note text PATH 'NOTE[1]') AS x,
				   LATERAL (SELECT sanctions._un_date(x.type, x.date, x.year, x.from_year, x.to_year, x.note) AS v) AS d
			 GROUP BY 1) AS d
	 WHERE e.source_id = d.dataid;

	UPDATE pg_temp.sn_stage_entity e
	   SET birth_places = d.places
	  FROM (SELECT sanctions._clean(x.dataid) AS dataid,
				   array_agg(NULLIF(concat_ws(', ', sanctions._clean(x.street), sanctions._clean(x.city),
											  sanctions._clean(x.state), sanctions._clean(x.country)), '')
							 ORDER BY x.ord) AS places
			  FROM XMLTABLE('/CONSOLIDATED_LIST/*/*/INDIVIDUAL_PLACE_OF_BIRTH' PASSING v_doc
							COLUMNS ord FOR ORDINALITY,
									dataid text PATH '../DATAID[1]',
									street text PATH 'STREET[1]',
									city text PATH 'CITY[1]',
									state text PATH 'STATE_PROVINCE[1]',
									country text PATH 'COUNTRY[1]') AS x
			 GROUP BY 1) AS d
	 WHERE e.source_id = d.dataid;

	UPDATE pg_temp.sn_stage_entity e
	   SET addresses = d.addresses, countries = d.countries
	  FROM (SELECT sanctions._clean(x.dataid) AS dataid,
				   array_agg(NULLIF(concat_ws(', ', sanctions._clean(x.street), sanctions._clean(x.city),
											  sanctions._clean(x.state), sanctions._clean(x.zip),
											  sanctions._clean(x.country)), '') ORDER BY x.ord) AS addresses,
				   array_agg(sanctions._clean(x.country) ORDER BY x.ord) AS countries
			  FROM XMLTABLE('/CONSOLIDATED_LIST/*/*/INDIVIDUAL_ADDRESS | /CONSOLIDATED_LIST/*/*/ENTITY_ADDRESS'
							PASSING v_doc
							COLUMNS ord FOR ORDINALITY,
									dataid text PATH '../DATAID[1]',
									street text PATH 'STREET[1]',
									city text PATH 'CITY[1]',
									state text PATH 'STATE_PROVINCE[1]',
									zip text PATH 'ZIP_CODE[1]',
									country text PATH 'COUNTRY[1]') AS x
			 GROUP BY 1) AS d
	 WHERE e.source_id = d.dataid;

	UPDATE pg_temp.sn_stage_entity e
	   SET identifiers = d.identifiers
	  FROM (SELECT sanctions._clean(x.dataid) AS dataid,
				   jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
					   'type', coalesce(sanctions._clean(x.type2), sanctions._clean(x.type)),
					   'number', sanctions._clean(x.number),
					   'country', coalesce(sanctions._clean(x.issuing), sanctions._clean(x.country_of_issue)),
					   'issued', sanctions._clean(x.date),
					   'note', sanctions._clean(x.note))) ORDER BY x.ord)
					 -- (a document may give its number in the note only:
					 -- "Italian Fiscal Code: DAOMMD74T11Z352Z")
					 FILTER (WHERE sanctions._clean(x.number) IS NOT NULL OR sanctions._clean(x.note) IS NOT NULL)
					 AS identifiers
			  FROM XMLTABLE('/CONSOLIDATED_LIST/*/*/INDIVIDUAL_DOCUMENT' PASSING v_doc
							COLUMNS ord FOR ORDINALITY,
									dataid text PATH '../DATAID[1]',
									type text PATH 'TYPE_OF_DOCUMENT[1]',
									type2 text PATH 'TYPE_OF_DOCUMENT2[1]',
									number text PATH 'NUMBER[1]',
									issuing text PATH 'ISSUING_COUNTRY[1]',
									country_of_issue text PATH 'COUNTRY_OF_ISSUE[1]',
									date text PATH 'DATE_OF_ISSUE[1]',
									note text PATH 'NOTE[1]') AS x
			 GROUP BY 1) AS d
	 WHERE e.source_id = d.dataid;

	RETURN sanctions._publish(v_list, 'un_xml', v_files, 'the UN list', v_published);
END
$$;

COMMENT ON FUNCTION import_un(bytea, text) IS
	'import the UN Security Council Consolidated List (XML); returns the new list_version id';
