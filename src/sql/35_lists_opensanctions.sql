
-- ---------------------------------------------------------------------------
-- OpenSanctions exports, told apart by their content:
--   - targets.simple.csv: a header (id, schema, name, aliases, birth_date,
--     countries, addresses, identifiers, sanctions, ...), one row per
--     entity, several values in a cell separated by ';' (a value holding a
--     ';' is quoted inside the cell);
--   - FollowTheMoney entities, one JSON object per line (or one JSON array):
--     {"id", "schema", "properties": {"name": [...], ...}}; Sanction,
--     Address and Passport entities add programs, addresses and documents
--     to the entities they point at.
-- Only parties are listed: schemas Person, Organization, Company,
-- LegalEntity, PublicBody, Vessel and Airplane; entities marked
-- "target": false (relatives, owners) are left out.
-- ---------------------------------------------------------------------------

-- The kind of a FollowTheMoney schema; NULL for schemas that are not parties.
CREATE FUNCTION _ftm_kind(schema text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE schema
		WHEN 'Person' THEN 'person'
		WHEN 'Organization' THEN 'organization'
		WHEN 'Company' THEN 'organization'
		WHEN 'LegalEntity' THEN 'organization'
		WHEN 'PublicBody' THEN 'organization'
		WHEN 'Vessel' THEN 'vessel'
		WHEN 'Airplane' THEN 'aircraft'
	END;

-- The values of some properties of a FollowTheMoney entity, in order.
CREATE FUNCTION _ftm_values(properties jsonb, keys text[]) RETURNS text[]
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN (SELECT array_agg(sanctions._clean(v.value #>> '{}') ORDER BY k.o, v.o)
			  FROM unnest(keys) WITH ORDINALITY AS k(key, o),
				   LATERAL jsonb_array_elements(CASE jsonb_typeof(properties -> k.key)
													 WHEN 'array' THEN properties -> k.key
													 WHEN 'string' THEN jsonb_build_array(properties -> k.key)
													 ELSE '[]' END) WITH ORDINALITY AS v(value, o)
			 -- (a number, an object or true is no name)
			 WHERE jsonb_typeof(v.value) = 'string' AND sanctions._clean(v.value #>> '{}') IS NOT NULL);

-- The values of a targets.simple.csv cell: separated by ';', a value that
-- holds a ';' quoted.
CREATE FUNCTION _os_values(cell text, what text) RETURNS text[]
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE WHEN sanctions._clean(cell) IS NOT NULL THEN
		(SELECT array_agg(sanctions._clean(v) ORDER BY r.line, v.o)
		   FROM sanctions._csv_rows(cell, ';', what) AS r,
				unnest(r.fields) WITH ORDINALITY AS v(v, o)
		  WHERE sanctions._clean(v) IS NOT NULL)
	END;

CREATE FUNCTION _import_os_csv(p_what text) RETURNS integer
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_header record;
	v_cols jsonb;
	v_bad record;
	v_skipped integer;
BEGIN
	SELECT r.line, r.fields INTO v_header FROM pg_temp.sn_stage_rows r ORDER BY r.line LIMIT 1;
	SELECT jsonb_object_agg(c.key, c.i) INTO v_cols
	  FROM (SELECT DISTINCT ON (lower(btrim(h.name))) lower(btrim(h.name)) AS key, h.i
			  FROM unnest(v_header.fields) WITH ORDINALITY AS h(name, i)
			 ORDER BY lower(btrim(h.name)), h.i) AS c;
	IF NOT v_cols ?& ARRAY['id', 'schema', 'name'] THEN
		PERFORM sanctions._bad_file(format('%s, line %s: the header lacks %s', p_what, v_header.line,
			(SELECT string_agg(k, ', ') FROM unnest(ARRAY['id', 'schema', 'name']) AS k WHERE NOT v_cols ? k)),
			hint => 'Give an OpenSanctions targets.simple.csv or FollowTheMoney JSON lines.');
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

	WITH r AS (
		SELECT r.line, r.fields AS f, format('%s, line %s', p_what, r.line) AS what
		  FROM pg_temp.sn_stage_rows r
		 WHERE r.line > v_header.line AND sanctions._ftm_kind(sanctions._cell(r.fields, v_cols, 'schema')) IS NOT NULL
	)
	INSERT INTO pg_temp.sn_stage_entity
		(source_id, pos, loc, kind, birth_dates, countries, identifiers, addresses, details)
	SELECT sanctions._cell(r.f, v_cols, 'id'), r.line, 'line ' || r.line,
		   sanctions._ftm_kind(sanctions._cell(r.f, v_cols, 'schema')),
		   sanctions._os_values(r.f[(v_cols ->> 'birth_date')::integer], r.what),
		   sanctions._os_values(r.f[(v_cols ->> 'countries')::integer], r.what),
		   (SELECT jsonb_agg(jsonb_build_object('number', i)) FROM
			   unnest(sanctions._os_values(r.f[(v_cols ->> 'identifiers')::integer], r.what)) AS i),
		   sanctions._os_values(r.f[(v_cols ->> 'addresses')::integer], r.what),
		   jsonb_build_object(
				'schema', sanctions._cell(r.f, v_cols, 'schema'),
				'sanctions', to_jsonb(sanctions._os_values(r.f[(v_cols ->> 'sanctions')::integer], r.what)),
				'phones', to_jsonb(sanctions._os_values(r.f[(v_cols ->> 'phones')::integer], r.what)),
				'emails', to_jsonb(sanctions._os_values(r.f[(v_cols ->> 'emails')::integer], r.what)),
				'dataset', sanctions._cell(r.f, v_cols, 'dataset'),
				'first_seen', sanctions._cell(r.f, v_cols, 'first_seen'),
				'last_seen', sanctions._cell(r.f, v_cols, 'last_seen'),
				'last_change', sanctions._cell(r.f, v_cols, 'last_change'))
	  FROM r;

	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type)
	SELECT sanctions._cell(r.fields, v_cols, 'id'), r.line::bigint * 1000, 'line ' || r.line,
		   sanctions._cell(r.fields, v_cols, 'name'), 'primary'
	  FROM pg_temp.sn_stage_rows r
	 WHERE r.line > v_header.line AND sanctions._ftm_kind(sanctions._cell(r.fields, v_cols, 'schema')) IS NOT NULL;

	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type)
	SELECT sanctions._cell(r.fields, v_cols, 'id'), r.line::bigint * 1000 + a.o, 'line ' || r.line, a.name, 'aka'
	  FROM pg_temp.sn_stage_rows r,
		   unnest(sanctions._os_values(r.fields[(v_cols ->> 'aliases')::integer],
									   format('%s, line %s', p_what, r.line))) WITH ORDINALITY AS a(name, o)
	 WHERE r.line > v_header.line AND sanctions._ftm_kind(sanctions._cell(r.fields, v_cols, 'schema')) IS NOT NULL;

	SELECT count(*) INTO v_skipped
	  FROM pg_temp.sn_stage_rows r
	 WHERE r.line > v_header.line AND sanctions._ftm_kind(sanctions._cell(r.fields, v_cols, 'schema')) IS NULL;
	RETURN v_skipped;
END
$$;

CREATE FUNCTION _import_ftm(p_doc text, p_what text) RETURNS integer
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_line record;
	v_skipped integer;
	v_message text;
	v_detail text;
	-- (the first character, not a pattern over the whole document: the
	-- regular expression engine takes four bytes a character, past
	-- PostgreSQL's 1 GB for a document of 256 MB)
	v_array boolean := left(ltrim(left(p_doc, 65536), E' \t\r\n'), 1) = '[';
	-- an entity's place: its line in JSON lines, its element in an array
	v_unit text := CASE WHEN v_array THEN 'element' ELSE 'line' END;
BEGIN
	CREATE TEMP TABLE sn_ftm (line integer, e jsonb) ON COMMIT DROP;
	BEGIN
		IF v_array THEN
			-- one JSON array of entities
			INSERT INTO pg_temp.sn_ftm SELECT t.o, t.e FROM jsonb_array_elements(p_doc::jsonb) WITH ORDINALITY AS t(e, o);
		ELSE
			INSERT INTO pg_temp.sn_ftm
			SELECT t.o, t.l::jsonb FROM string_to_table(p_doc, E'\n') WITH ORDINALITY AS t(l, o)
			 WHERE btrim(t.l, E' \t\r') <> '';
		END IF;
	-- (22P05: a \u0000 escape, which text cannot hold)
	EXCEPTION WHEN invalid_text_representation OR untranslatable_character THEN
		-- find the line at fault, only now that there is one
		IF NOT v_array THEN
			FOR v_line IN SELECT t.o, t.l FROM string_to_table(p_doc, E'\n') WITH ORDINALITY AS t(l, o)
						   WHERE btrim(t.l, E' \t\r') <> '' ORDER BY t.o
			LOOP
				BEGIN
					PERFORM v_line.l::jsonb;
				EXCEPTION WHEN invalid_text_representation OR untranslatable_character THEN
					GET STACKED DIAGNOSTICS v_message = MESSAGE_TEXT, v_detail = PG_EXCEPTION_DETAIL;
					v_message := v_message || coalesce(': ' || NULLIF(v_detail, ''), '');
					RAISE EXCEPTION '%, line %: not a JSON object', p_what, v_line.o
						USING ERRCODE = 'invalid_text_representation', DETAIL = v_message,
							  HINT = 'The file may be truncated or damaged.';
				END;
			END LOOP;
		END IF;
		GET STACKED DIAGNOSTICS v_message = MESSAGE_TEXT, v_detail = PG_EXCEPTION_DETAIL;
		v_message := v_message || coalesce(': ' || NULLIF(v_detail, ''), '');
		RAISE EXCEPTION '% is not valid JSON', p_what
			USING ERRCODE = 'invalid_text_representation', DETAIL = v_message,
				  HINT = 'The file may be truncated or damaged.';
	END;

	SELECT j.line INTO v_line FROM pg_temp.sn_ftm j
	 WHERE jsonb_typeof(j.e) <> 'object' OR jsonb_typeof(j.e -> 'id') <> 'string' OR jsonb_typeof(j.e -> 'schema') <> 'string'
		OR j.e -> 'id' IS NULL OR j.e -> 'schema' IS NULL
	 ORDER BY j.line LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('%s, %s %s: not a FollowTheMoney entity (an object with "id" and "schema")',
										   p_what, v_unit, v_line.line));
	END IF;

	INSERT INTO pg_temp.sn_stage_entity
		(source_id, pos, loc, kind, birth_dates, birth_places, nationalities, countries, identifiers, addresses,
		 remarks, details)
	SELECT j.e ->> 'id', j.line, v_unit || ' ' || j.line, sanctions._ftm_kind(j.e ->> 'schema'),
		   sanctions._ftm_values(p.p, ARRAY['birthDate']),
		   sanctions._ftm_values(p.p, ARRAY['birthPlace']),
		   sanctions._ftm_values(p.p, ARRAY['nationality', 'citizenship']),
		   sanctions._ftm_values(p.p, ARRAY['country', 'jurisdiction', 'mainCountry', 'flag']),
		   (SELECT jsonb_agg(jsonb_build_object('type', k.key, 'number', v.value) ORDER BY k.o, v.o)
			  FROM unnest(ARRAY['passportNumber', 'idNumber', 'registrationNumber', 'taxNumber', 'innCode', 'ogrnCode',
								'kppCode', 'leiCode', 'swiftBic', 'imoNumber', 'mmsi', 'callSign', 'icaoCode', 'serialNumber',
								'vatCode', 'dunsCode', 'okpoCode']) WITH ORDINALITY AS k(key, o),
				   unnest(sanctions._ftm_values(p.p, ARRAY[k.key])) WITH ORDINALITY AS v(value, o)),
		   sanctions._ftm_values(p.p, ARRAY['address']),
		   sanctions._clean_block(array_to_string(sanctions._ftm_values(p.p, ARRAY['notes', 'summary']), E'\n')),
		   jsonb_build_object(
				'schema', j.e ->> 'schema',
				'topics', to_jsonb(sanctions._ftm_values(p.p, ARRAY['topics'])),
				'positions', to_jsonb(sanctions._ftm_values(p.p, ARRAY['position'])),
				'titles', to_jsonb(sanctions._ftm_values(p.p, ARRAY['title'])),
				'gender', (sanctions._ftm_values(p.p, ARRAY['gender']))[1],
				'datasets', j.e -> 'datasets',
				'first_seen', j.e ->> 'first_seen',
				'last_seen', j.e ->> 'last_seen',
				'last_change', j.e ->> 'last_change')
	  FROM pg_temp.sn_ftm j, LATERAL (SELECT coalesce(j.e -> 'properties', '{}') AS p) AS p
	 WHERE sanctions._ftm_kind(j.e ->> 'schema') IS NOT NULL
	   AND coalesce(j.e ->> 'target', 'true') <> 'false';

	-- names: the caption (or the first name) is the primary name
	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type, weak)
	SELECT e.source_id, j.line::bigint * 1000 + n.o, v_unit || ' ' || j.line, n.name,
		   CASE WHEN n.prop = 'previousName' THEN 'fka'
				WHEN n.name = j.e ->> 'caption' THEN 'primary' ELSE 'aka' END,
		   n.prop = 'weakAlias'
	  FROM pg_temp.sn_stage_entity e JOIN pg_temp.sn_ftm j ON j.line = e.pos,
		   LATERAL (SELECT k.prop, v.name, row_number() OVER (ORDER BY k.o, v.o) AS o
					  FROM unnest(ARRAY['name', 'alias', 'weakAlias', 'previousName']) WITH ORDINALITY AS k(prop, o),
						   unnest(sanctions._ftm_values(j.e -> 'properties', ARRAY[k.prop])) WITH ORDINALITY AS v(name, o)) AS n;

	-- what Sanction, Address and Passport entities say about the parties
	UPDATE pg_temp.sn_stage_entity e
	   SET programs = s.programs, listed_on = s.listed_on
	  FROM (SELECT t.id,
				   array_agg((coalesce(sanctions._ftm_values(j.e -> 'properties', ARRAY['program']),
									   sanctions._ftm_values(j.e -> 'properties', ARRAY['programId']),
									   sanctions._ftm_values(j.e -> 'properties', ARRAY['authority'])))[1]) AS programs,
				   min(sanctions._date((sanctions._ftm_values(j.e -> 'properties', ARRAY['listingDate', 'startDate']))[1]))
					   AS listed_on
			  FROM pg_temp.sn_ftm j, unnest(sanctions._ftm_values(j.e -> 'properties', ARRAY['entity'])) AS t(id)
			 WHERE j.e ->> 'schema' = 'Sanction'
			 GROUP BY t.id) AS s
	 WHERE e.source_id = s.id;

	UPDATE pg_temp.sn_stage_entity e
	   SET addresses = coalesce(e.addresses, '{}') || a.addresses
	  FROM (SELECT p.e ->> 'id' AS party_id,
				   array_agg((sanctions._ftm_values(j.e -> 'properties', ARRAY['full']))[1] ORDER BY r.o) AS addresses
			  FROM pg_temp.sn_ftm p,
				   unnest(sanctions._ftm_values(p.e -> 'properties', ARRAY['addressEntity'])) WITH ORDINALITY AS r(id, o),
				   pg_temp.sn_ftm j
			 WHERE j.e ->> 'id' = r.id AND j.e ->> 'schema' = 'Address'
			 GROUP BY 1) AS a
	 WHERE e.source_id = a.party_id;

	UPDATE pg_temp.sn_stage_entity e
	   SET identifiers = coalesce(e.identifiers, '[]') || d.identifiers
	  FROM (SELECT h.id, jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
					   'type', j.e ->> 'schema',
					   'number', (sanctions._ftm_values(j.e -> 'properties', ARRAY['number', 'passportNumber']))[1],
					   'country', (sanctions._ftm_values(j.e -> 'properties', ARRAY['country']))[1]))) AS identifiers
			  FROM pg_temp.sn_ftm j, unnest(sanctions._ftm_values(j.e -> 'properties', ARRAY['holder'])) AS h(id)
			 WHERE j.e ->> 'schema' IN ('Passport', 'Identification')
			   AND sanctions._ftm_values(j.e -> 'properties', ARRAY['number', 'passportNumber']) IS NOT NULL
			 GROUP BY h.id) AS d
	 WHERE e.source_id = d.id;

	SELECT count(*) INTO v_skipped FROM pg_temp.sn_ftm j
	 WHERE sanctions._ftm_kind(j.e ->> 'schema') IS NOT NULL AND j.e ->> 'target' = 'false';
	DROP TABLE pg_temp.sn_ftm;
	RETURN v_skipped;
END
$$;

CREATE FUNCTION import_opensanctions(document bytea, list text DEFAULT NULL) RETURNS bigint
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_list text := coalesce($2, 'opensanctions');
	v_files jsonb;
	v_id bigint;
	v_text text;
	v_format text;
	v_skipped integer;
BEGIN
	SELECT d.files, d.current_id INTO v_files, v_id
	  FROM sanctions._begin_document(v_list, $1, 'the OpenSanctions') AS d;
	IF v_id IS NOT NULL THEN
		RETURN v_id;
	END IF;

	v_text := sanctions._decode($1, 'UTF8', 'the OpenSanctions file');
	IF left(ltrim(left(v_text, 65536), E' \t\r\n'), 1) IN ('[', '{') THEN
		v_format := 'ftm_json';
		v_skipped := sanctions._import_ftm(v_text, 'the OpenSanctions file');
	ELSE
		v_format := 'opensanctions_csv';
		INSERT INTO pg_temp.sn_stage_rows (part, line, fields)
		SELECT 'the OpenSanctions file', r.line, r.fields
		  FROM sanctions._csv_rows(v_text, ',', 'the OpenSanctions file') AS r;
		v_files := sanctions._file_records(v_files, 'document', (SELECT count(*)::integer FROM pg_temp.sn_stage_rows));
		v_skipped := sanctions._import_os_csv('the OpenSanctions file');
	END IF;
	IF v_skipped > 0 THEN
		RAISE NOTICE 'list %: % left out (not a listed party, or not a target)', v_list,
			v_skipped || CASE v_skipped WHEN 1 THEN ' entity' ELSE ' entities' END;
	END IF;

	RETURN sanctions._publish(v_list, v_format, v_files, 'the OpenSanctions file');
END
$$;

COMMENT ON FUNCTION import_opensanctions(bytea, text) IS
	'import an OpenSanctions targets.simple.csv or FollowTheMoney JSON file; returns the new list_version id';
