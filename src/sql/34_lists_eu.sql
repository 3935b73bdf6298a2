
-- ---------------------------------------------------------------------------
-- EU Financial Sanctions Files (FSF): the consolidated list of persons,
-- groups and entities subject to EU financial sanctions.
--   - CSV (the layout of July 2018): semicolon-separated, one row per name
--     alias (Naal_), address (Addr_), birth (Birt_), identification (Iden_)
--     or citizenship (Citi_), the rows of an entry sharing its
--     Entity_logical_id.  A file saved through a spreadsheet may wrap each
--     whole row in one quoted field (with doubled inner quotes and trailing
--     tabs); that is unwrapped.
--   - XML (export, sanctionEntity with nameAlias, citizenship, birthdate,
--     address, identification, regulation), namespace
--     http://eu.europa.ec/fpi/fsd/export or none.
-- Names come in all EU languages and their scripts (nameLanguage).
-- ---------------------------------------------------------------------------

-- Positions of the columns of the EU CSV, by lowercase name (the first of
-- a repeated name, such as Entity_logical_id).
CREATE FUNCTION _eu_columns(header text[]) RETURNS jsonb
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN (
		SELECT jsonb_object_agg(c.key, c.i)
		  FROM (SELECT DISTINCT ON (k.key) k.key, h.i
				  FROM unnest(header) WITH ORDINALITY AS h(name, i),
					   LATERAL (SELECT CASE WHEN lower(btrim(h.name)) LIKE 'date_file%' THEN 'date_file'
											ELSE lower(btrim(h.name)) END AS key) AS k
				 WHERE k.key <> ''
				 ORDER BY k.key, h.i) AS c);

-- An EU date of birth: yyyy-mm-dd with 00 for what is unknown, or a year.
CREATE FUNCTION _eu_dob(value text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE
		WHEN sanctions._clean(value) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
			THEN coalesce(sanctions._partial_date(split_part(btrim(value), '-', 1), split_part(btrim(value), '-', 2),
												  split_part(btrim(value), '-', 3)),
						  sanctions._clean(value))
		WHEN sanctions._clean(value) ~* '^(n/a|unknown|-)$' THEN NULL
		ELSE sanctions._clean(value)
	END;

-- An EU CSV identification, "<number> (<code>-<description>) <note>".
CREATE FUNCTION _eu_identifier(value text, country text) RETURNS jsonb
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN (
		SELECT CASE WHEN m IS NULL
			THEN jsonb_strip_nulls(jsonb_build_object('number', sanctions._clean(value), 'country', sanctions._clean(country)))
			ELSE jsonb_strip_nulls(jsonb_build_object('type', sanctions._clean(m[2]), 'number', sanctions._clean(m[1]),
													  'country', sanctions._clean(country), 'note', sanctions._clean(m[3])))
		END
		FROM regexp_match(value, '^(.*?)\s*\([a-z]+-([^)]*)\)\s*(.*)$') AS m);

CREATE FUNCTION _import_eu_csv(p_what text) RETURNS date
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_header record;
	v_cols jsonb;
	v_bad record;
	v_published date;
BEGIN
	SELECT r.line, r.fields INTO v_header FROM pg_temp.sn_stage_rows r ORDER BY r.line LIMIT 1;

	-- rows wrapped whole in one quoted field: read each again
	IF cardinality(v_header.fields) = 1 AND strpos(v_header.fields[1], ';') > 0 THEN
		CREATE TEMP TABLE sn_eu_unwrapped ON COMMIT DROP AS
			SELECT r.line, x.fields
			  FROM pg_temp.sn_stage_rows r,
				   LATERAL sanctions._csv_rows(rtrim(r.fields[1], E'\t '), ';', p_what, r.line) AS x;
		TRUNCATE pg_temp.sn_stage_rows;
		INSERT INTO pg_temp.sn_stage_rows (part, line, fields) SELECT p_what, u.line, u.fields FROM pg_temp.sn_eu_unwrapped u;
		DROP TABLE pg_temp.sn_eu_unwrapped;
		SELECT r.line, r.fields INTO v_header FROM pg_temp.sn_stage_rows r ORDER BY r.line LIMIT 1;
	END IF;

	v_cols := sanctions._eu_columns(v_header.fields);
	IF NOT v_cols ?& ARRAY['entity_logical_id', 'subject_type', 'naal_logical_id', 'naal_wholename'] THEN
		PERFORM sanctions._bad_file(format('%s, line %s: the header lacks %s', p_what, v_header.line,
			(SELECT string_agg(k, ', ') FROM unnest(ARRAY['Entity_logical_id', 'Subject_type', 'Naal_logical_id',
														   'Naal_wholename']) AS k WHERE NOT v_cols ? lower(k))),
			hint => 'Give the EU financial sanctions CSV (semicolon-separated, with a header line) or its XML.');
	END IF;

	SELECT r.line, cardinality(r.fields) AS n INTO v_bad
	  FROM pg_temp.sn_stage_rows r
	 WHERE r.line > v_header.line AND cardinality(r.fields) <> cardinality(v_header.fields)
	 ORDER BY r.line LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('%s, line %s: %s fields where the header has %s', p_what, v_bad.line,
										   v_bad.n, cardinality(v_header.fields)),
									hint => 'The file may be truncated or damaged.');
	END IF;
	SELECT r.line, sanctions._cell(r.fields, v_cols, 'subject_type') AS t INTO v_bad
	  FROM pg_temp.sn_stage_rows r
	 WHERE r.line > v_header.line AND coalesce(sanctions._cell(r.fields, v_cols, 'subject_type'), '') NOT IN ('P', 'E')
	 ORDER BY r.line LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('%s, line %s: unknown subject type %s', p_what, v_bad.line,
										   coalesce(quote_literal(v_bad.t), 'NULL')),
									hint => 'The subject types are P (person) and E (entity).');
	END IF;

	SELECT sanctions._date(sanctions._cell(r.fields, v_cols, 'date_file')) INTO v_published
	  FROM pg_temp.sn_stage_rows r WHERE r.line > v_header.line ORDER BY r.line LIMIT 1;

	WITH r AS (
		SELECT r.line, sanctions._cell(r.fields, v_cols, 'entity_logical_id') AS id, r.fields AS f
		  FROM pg_temp.sn_stage_rows r WHERE r.line > v_header.line
	)
	INSERT INTO pg_temp.sn_stage_entity
		(source_id, pos, loc, kind, programs, birth_dates, birth_places, nationalities, countries,
		 identifiers, addresses, remarks, listed_on, details)
	SELECT r.id, min(r.line), 'line ' || min(r.line),
		   CASE min(sanctions._cell(r.f, v_cols, 'subject_type')) WHEN 'P' THEN 'person' ELSE 'organization' END,
		   array_agg(sanctions._cell(r.f, v_cols, 'programme')),
		   array_agg(sanctions._eu_dob(sanctions._cell(r.f, v_cols, 'birt_date')))
			   FILTER (WHERE sanctions._cell(r.f, v_cols, 'birt_logical_id') IS NOT NULL),
		   array_agg(NULLIF(concat_ws(', ', sanctions._cell(r.f, v_cols, 'birt_place'),
									  sanctions._cell(r.f, v_cols, 'birt_country')), ''))
			   FILTER (WHERE sanctions._cell(r.f, v_cols, 'birt_logical_id') IS NOT NULL),
		   array_agg(sanctions._cell(r.f, v_cols, 'citi_country'))
			   FILTER (WHERE sanctions._cell(r.f, v_cols, 'citi_logical_id') IS NOT NULL),
		   array_agg(sanctions._cell(r.f, v_cols, 'addr_country'))
			   FILTER (WHERE sanctions._cell(r.f, v_cols, 'addr_logical_id') IS NOT NULL),
		   jsonb_agg(sanctions._eu_identifier(sanctions._cell(r.f, v_cols, 'iden_number'),
											  sanctions._cell(r.f, v_cols, 'iden_country')))
			   FILTER (WHERE sanctions._cell(r.f, v_cols, 'iden_number') IS NOT NULL),
		   array_agg(NULLIF(concat_ws(', ', sanctions._cell(r.f, v_cols, 'addr_number'),
									  sanctions._cell(r.f, v_cols, 'addr_street'), sanctions._cell(r.f, v_cols, 'addr_zipcode'),
									  sanctions._cell(r.f, v_cols, 'addr_city'), sanctions._cell(r.f, v_cols, 'addr_country'),
									  sanctions._cell(r.f, v_cols, 'addr_other')), ''))
			   FILTER (WHERE sanctions._cell(r.f, v_cols, 'addr_logical_id') IS NOT NULL),
		   -- the CSV writes line breaks in remarks as \n
		   sanctions._clean_block(string_agg(DISTINCT replace(sanctions._clean_block(
				r.f[(v_cols ->> 'entity_remark')::integer]), '\n', E'\n'), E'\n')),
		   min(sanctions._date(sanctions._cell(r.f, v_cols, 'leba_publication_date'))),
		   jsonb_build_object(
				'eu_reference', min(sanctions._cell(r.f, v_cols, 'eu_ref_num')),
				'gender', min(sanctions._cell(r.f, v_cols, 'naal_gender')),
				'titles', to_jsonb(sanctions._uniq(array_agg(sanctions._cell(r.f, v_cols, 'naal_title')))),
				'functions', to_jsonb(sanctions._uniq(array_agg(sanctions._cell(r.f, v_cols, 'naal_function')))))
	  FROM r
	 GROUP BY r.id;

	-- no name is marked primary: the first without a language stands in
	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type, weak, lang)
	SELECT sanctions._cell(r.fields, v_cols, 'entity_logical_id'),
		   r.line + CASE WHEN sanctions._cell(r.fields, v_cols, 'naal_language') IS NULL THEN 0 ELSE 1000000000 END,
		   'line ' || r.line,
		   coalesce(sanctions._cell(r.fields, v_cols, 'naal_wholename'),
					sanctions._clean(concat_ws(' ', sanctions._cell(r.fields, v_cols, 'naal_firstname'),
											   sanctions._cell(r.fields, v_cols, 'naal_middlename'),
											   sanctions._cell(r.fields, v_cols, 'naal_lastname')))),
		   'aka', false, lower(sanctions._cell(r.fields, v_cols, 'naal_language'))
	  FROM pg_temp.sn_stage_rows r
	 WHERE r.line > v_header.line AND sanctions._cell(r.fields, v_cols, 'naal_logical_id') IS NOT NULL;

	RETURN v_published;
END
$$;

CREATE FUNCTION _import_eu_xml(p_doc xml, p_what text) RETURNS date
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	-- local-name() paths read the file with or without its namespace
	v_entity text := '/*[local-name()=''export'']/*[local-name()=''sanctionEntity'']';
	v_bad record;
BEGIN
	IF sanctions._xml_root(p_doc) IS DISTINCT FROM 'export' THEN
		PERFORM sanctions._bad_file(format('%s: the root element is <%s>, not <export>', p_what, sanctions._xml_root(p_doc)),
									hint => 'Give the EU financial sanctions XML (xmlFullSanctionsList) or its CSV.');
	END IF;

	INSERT INTO pg_temp.sn_stage_entity (source_id, pos, loc, kind, remarks, listed_on, details)
	SELECT sanctions._clean(x.logical_id), x.ord,
		   'sanctionEntity ' || x.ord || coalesce(' (logicalId ' || sanctions._clean(x.logical_id) || ')', ''),
		   CASE lower(sanctions._clean(x.code)) WHEN 'person' THEN 'person' WHEN 'enterprise' THEN 'organization'
				WHEN 'vessel' THEN 'vessel' WHEN 'aircraft' THEN 'aircraft' END,
		   sanctions._clean_block(x.remark),
		   sanctions._date(x.designation_date),
		   jsonb_build_object('eu_reference', sanctions._clean(x.eu_ref),
							  'un_reference', sanctions._clean(x.un_id),
							  'designation_details', sanctions._clean(x.designation_details),
							  'subject_type', sanctions._clean(x.code))
	  FROM XMLTABLE(v_entity PASSING p_doc
					COLUMNS ord FOR ORDINALITY,
							logical_id text PATH '@logicalId',
							eu_ref text PATH '@euReferenceNumber',
							un_id text PATH '@unitedNationId',
							designation_date text PATH '@designationDate',
							designation_details text PATH '@designationDetails',
							code text PATH '*[local-name()=''subjectType''][1]/@code',
							remark text PATH '*[local-name()=''remark''][1]') AS x;

	SELECT e.loc, d.code INTO v_bad
	  FROM pg_temp.sn_stage_entity e, LATERAL (SELECT e.details ->> 'subject_type' AS code) AS d
	 WHERE e.kind IS NULL ORDER BY e.pos LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('%s, %s: unknown subject type %s', p_what, v_bad.loc,
										   coalesce(quote_literal(v_bad.code), 'NULL')),
									hint => 'The subject types are person and enterprise.');
	END IF;

	-- strong="false", or a remark saying low quality, marks a weak alias
	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type, weak, lang)
	SELECT sanctions._clean(x.id),
		   -- the first name without a language stands in as primary
		   x.ord + CASE WHEN sanctions._clean(x.lang) IS NULL THEN 0 ELSE 1000000000 END,
		   'nameAlias ' || x.ord,
		   coalesce(sanctions._clean(x.whole), sanctions._clean(concat_ws(' ', x.first, x.middle, x.last))),
		   'aka',
		   coalesce(lower(btrim(x.strong)) = 'false', false) OR coalesce(x.remark ~* 'low quality', false),
		   lower(sanctions._clean(x.lang))
	  FROM XMLTABLE((v_entity || '/*[local-name()=''nameAlias'']') PASSING p_doc
					COLUMNS ord FOR ORDINALITY,
							id text PATH '../@logicalId',
							whole text PATH '@wholeName',
							first text PATH '@firstName',
							middle text PATH '@middleName',
							last text PATH '@lastName',
							lang text PATH '@nameLanguage',
							strong text PATH '@strong',
							remark text PATH '*[local-name()=''remark''][1]') AS x;

	UPDATE pg_temp.sn_stage_entity e
	   SET details = e.details || d.more
	  FROM (SELECT sanctions._clean(x.id) AS id,
				   jsonb_strip_nulls(jsonb_build_object(
					   'titles', to_jsonb(sanctions._uniq(array_agg(sanctions._clean(x.title)))),
					   'functions', to_jsonb(sanctions._uniq(array_agg(sanctions._clean(x.function)))),
					   'gender', min(sanctions._clean(x.gender)))) AS more
			  FROM XMLTABLE((v_entity || '/*[local-name()=''nameAlias'']') PASSING p_doc
							COLUMNS id text PATH '../@logicalId',
									title text PATH '@title',
									function text PATH '@function',
									gender text PATH '@gender') AS x
			 GROUP BY 1) AS d
	 WHERE e.source_id = d.id;

	UPDATE pg_temp.sn_stage_entity e SET programs = d.programs
	  FROM (SELECT sanctions._clean(x.id) AS id, array_agg(sanctions._clean(x.programme)) AS programs
			  FROM XMLTABLE((v_entity || '/*[local-name()=''regulation'']') PASSING p_doc
							COLUMNS id text PATH '../@logicalId',
									programme text PATH '@programme') AS x
			 GROUP BY 1) AS d
	 WHERE e.source_id = d.id;

	UPDATE pg_temp.sn_stage_entity e SET nationalities = d.nationalities
	  FROM (SELECT sanctions._clean(x.id) AS id, array_agg(sanctions._clean(x.country) ORDER BY x.ord) AS nationalities
			  FROM XMLTABLE((v_entity || '/*[local-name()=''citizenship'']') PASSING p_doc
							COLUMNS ord FOR ORDINALITY,
									id text PATH '../@logicalId',
									country text PATH '@countryDescription') AS x
			 WHERE upper(x.country) <> 'UNKNOWN'
			 GROUP BY 1) AS d
	 WHERE e.source_id = d.id;

	UPDATE pg_temp.sn_stage_entity e SET birth_dates = d.dates, birth_places = d.places
	  FROM (SELECT sanctions._clean(x.id) AS id,
				   array_agg(CASE WHEN b.d IS NOT NULL AND lower(x.circa) = 'true' THEN b.d || '~' ELSE b.d END
							 ORDER BY x.ord) AS dates,
				   array_agg(NULLIF(concat_ws(', ', sanctions._clean(x.place), sanctions._clean(x.city),
											  sanctions._clean(x.region),
											  CASE WHEN upper(x.country) <> 'UNKNOWN' THEN sanctions._clean(x.country) END), '')
							 ORDER BY x.ord) AS places
			  FROM XMLTABLE((v_entity || '/*[local-name()=''birthdate'']') PASSING p_doc
							COLUMNS ord FOR ORDINALITY,
									id text PATH '../@logicalId',
									birthdate text PATH '@birthdate',
									year text PATH '@year',
									month text PATH '@monthOfYear',
									day text PATH '@dayOfMonth',
									circa text PATH '@circa',
									place text PATH '@place',
									city text PATH '@city',
									region text PATH '@region',
									country text PATH '@countryDescription') AS x,
				   LATERAL (SELECT coalesce(sanctions._eu_dob(x.birthdate),
											sanctions._partial_date(x.year, x.month, x.day)) AS d) AS b
			 GROUP BY 1) AS d
	 WHERE e.source_id = d.id;

	UPDATE pg_temp.sn_stage_entity e SET addresses = d.addresses, countries = d.countries
	  FROM (SELECT sanctions._clean(x.id) AS id,
				   array_agg(NULLIF(concat_ws(', ', sanctions._clean(x.street), sanctions._clean(x.po_box),
											  sanctions._clean(x.zip), sanctions._clean(x.place), sanctions._clean(x.city),
											  sanctions._clean(x.region),
											  CASE WHEN upper(x.country) <> 'UNKNOWN' THEN sanctions._clean(x.country) END,
											  sanctions._clean(x.remark)), '')
							 ORDER BY x.ord) AS addresses,
				   array_agg(CASE WHEN upper(x.country) <> 'UNKNOWN' THEN sanctions._clean(x.country) END) AS countries
			  FROM XMLTABLE((v_entity || '/*[local-name()=''address'']') PASSING p_doc
							COLUMNS ord FOR ORDINALITY,
									id text PATH '../@logicalId',
									street text PATH '@street',
									po_box text PATH '@poBox',
									zip text PATH '@zipCode',
									place text PATH '@place',
									city text PATH '@city',
									region text PATH '@region',
									country text PATH '@countryDescription',
									remark text PATH '*[local-name()=''remark''][1]') AS x
			 GROUP BY 1) AS d
	 WHERE e.source_id = d.id;

	UPDATE pg_temp.sn_stage_entity e SET identifiers = d.identifiers
	  FROM (SELECT sanctions._clean(x.id) AS id,
				   jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
					   'type', sanctions._clean(x.type),
					   'number', coalesce(sanctions._clean(x.number), sanctions._clean(x.latin_number)),
					   'country', CASE WHEN upper(x.country) <> 'UNKNOWN' THEN sanctions._clean(x.country) END,
					   'issued', sanctions._clean(x.issue_date),
					   'note', sanctions._clean(x.remark))) ORDER BY x.ord) AS identifiers
			  FROM XMLTABLE((v_entity || '/*[local-name()=''identification'']') PASSING p_doc
							COLUMNS ord FOR ORDINALITY,
									id text PATH '../@logicalId',
									type text PATH '@identificationTypeDescription',
									number text PATH '@number',
									latin_number text PATH '@latinNumber',
									country text PATH '@countryDescription',
									issue_date text PATH '@issueDate',
									remark text PATH '*[local-name()=''remark''][1]') AS x
			 WHERE coalesce(sanctions._clean(x.number), sanctions._clean(x.latin_number)) IS NOT NULL
			 GROUP BY 1) AS d
	 WHERE e.source_id = d.id;

	RETURN sanctions._date((xpath('/*/@generationDate', p_doc))[1]::text);
END
$$;

CREATE FUNCTION import_eu(document bytea, list text DEFAULT 'eu_fsf') RETURNS bigint
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_list text := $2;
	v_files jsonb;
	v_id bigint;
	v_xml boolean;
	v_published date;
BEGIN
	SELECT d.files, d.current_id INTO v_files, v_id
	  FROM sanctions._begin_document(v_list, $1, 'the EU list') AS d;
	IF v_id IS NOT NULL THEN
		RETURN v_id;
	END IF;

	-- XML starts with '<' (after an optional byte-order mark and blanks)
	v_xml := encode(substring($1 FROM 1 FOR 64), 'escape') ~ '^(\\357\\273\\277)?\s*<';
	IF v_xml THEN
		v_published := sanctions._import_eu_xml(sanctions._xml($1, 'the EU list'), 'the EU list');
	ELSE
		v_files := sanctions._file_records(v_files, 'document',
			sanctions._stage_csv('the EU list', $1, sanctions._guess_encoding($1, 'WIN1252'), ';'));
		v_published := sanctions._import_eu_csv('the EU list');
	END IF;

	RETURN sanctions._publish(v_list, CASE WHEN v_xml THEN 'eu_fsf_xml' ELSE 'eu_fsf_csv' END, v_files,
							  'the EU list', v_published);
END
$$;

COMMENT ON FUNCTION import_eu(bytea, text) IS
	'import the EU financial sanctions list (CSV or XML); returns the new list_version id';
