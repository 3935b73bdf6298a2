
-- ---------------------------------------------------------------------------
-- A team's own watchlist, CSV with a header line:
--   id, name, kind, aliases, date_of_birth, country
-- and, optional, nationality, program, remarks.  Header names are matched
-- without regard to case; the order of the columns is free and other
-- columns are ignored.  Several values in aliases, date_of_birth, country,
-- nationality and program are separated by ';'.  kind is person,
-- organization, vessel or aircraft (individual, organisation, entity,
-- company and ship are read as such).  UTF-8 (files that are not valid
-- UTF-8 are read as Windows-1252); comma-separated.
-- ---------------------------------------------------------------------------

CREATE FUNCTION _watchlist_kind(value text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE lower(sanctions._clean(value))
		WHEN 'person' THEN 'person' WHEN 'individual' THEN 'person'
		WHEN 'organization' THEN 'organization' WHEN 'organisation' THEN 'organization'
		WHEN 'entity' THEN 'organization' WHEN 'company' THEN 'organization'
		WHEN 'vessel' THEN 'vessel' WHEN 'ship' THEN 'vessel'
		WHEN 'aircraft' THEN 'aircraft'
	END;

-- The ';'-separated values of a cell.
CREATE FUNCTION _split(cell text) RETURNS text[]
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN (SELECT array_agg(sanctions._clean(v) ORDER BY o)
			  FROM unnest(string_to_array(cell, ';')) WITH ORDINALITY AS t(v, o)
			 WHERE sanctions._clean(v) IS NOT NULL);

CREATE FUNCTION import_watchlist(document bytea, list text DEFAULT 'internal') RETURNS bigint
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_list text := $2;
	v_files jsonb;
	v_id bigint;
	v_header record;
	v_cols jsonb;
	v_bad record;
BEGIN
	SELECT d.files, d.current_id INTO v_files, v_id
	  FROM sanctions._begin_document(v_list, $1, 'the watchlist') AS d;
	IF v_id IS NOT NULL THEN
		RETURN v_id;
	END IF;
	v_files := sanctions._file_records(v_files, 'document',
		sanctions._stage_csv('the watchlist', $1, sanctions._guess_encoding($1, 'WIN1252')));

	SELECT r.line, r.fields INTO v_header FROM pg_temp.sn_stage_rows r ORDER BY r.line LIMIT 1;
	SELECT jsonb_object_agg(c.key, c.i) INTO v_cols
	  FROM (SELECT DISTINCT ON (lower(btrim(h.name))) lower(btrim(h.name)) AS key, h.i
			  FROM unnest(v_header.fields) WITH ORDINALITY AS h(name, i)
			 ORDER BY lower(btrim(h.name)), h.i) AS c;
	IF NOT v_cols ?& ARRAY['id', 'name', 'kind'] THEN
		PERFORM sanctions._bad_file(format('the watchlist, line %s: the header lacks %s', v_header.line,
			(SELECT string_agg(k, ', ') FROM unnest(ARRAY['id', 'name', 'kind']) AS k WHERE NOT v_cols ? k)),
			hint => 'The header names the columns: id, name, kind, aliases, date_of_birth, country.');
	END IF;

	SELECT r.line, cardinality(r.fields) AS n INTO v_bad
	  FROM pg_temp.sn_stage_rows r
	 WHERE r.line > v_header.line AND cardinality(r.fields) <> cardinality(v_header.fields)
	 ORDER BY r.line LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('the watchlist, line %s: %s fields where the header has %s', v_bad.line,
										   v_bad.n, cardinality(v_header.fields)));
	END IF;
	SELECT r.line, sanctions._cell(r.fields, v_cols, 'kind') AS kind INTO v_bad
	  FROM pg_temp.sn_stage_rows r
	 WHERE r.line > v_header.line AND sanctions._watchlist_kind(sanctions._cell(r.fields, v_cols, 'kind')) IS NULL
	 ORDER BY r.line LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('the watchlist, line %s: unknown kind %s', v_bad.line,
										   coalesce(quote_literal(v_bad.kind), 'NULL')),
									hint => 'The kinds are person, organization, vessel and aircraft.');
	END IF;

	INSERT INTO pg_temp.sn_stage_entity
		(source_id, pos, loc, kind, programs, birth_dates, nationalities, countries, remarks)
	SELECT sanctions._cell(r.fields, v_cols, 'id'), r.line, 'line ' || r.line,
		   sanctions._watchlist_kind(sanctions._cell(r.fields, v_cols, 'kind')),
		   sanctions._split(r.fields[(v_cols ->> 'program')::integer]),
		   (SELECT array_agg(sanctions._uk_dob(d)) FROM
			   unnest(sanctions._split(r.fields[(v_cols ->> 'date_of_birth')::integer])) AS d),
		   sanctions._split(r.fields[(v_cols ->> 'nationality')::integer]),
		   sanctions._split(r.fields[(v_cols ->> 'country')::integer]),
		   sanctions._clean_block(r.fields[(v_cols ->> 'remarks')::integer])
	  FROM pg_temp.sn_stage_rows r WHERE r.line > v_header.line;

	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type)
	SELECT sanctions._cell(r.fields, v_cols, 'id'), r.line::bigint * 1000, 'line ' || r.line,
		   sanctions._cell(r.fields, v_cols, 'name'), 'primary'
	  FROM pg_temp.sn_stage_rows r WHERE r.line > v_header.line;

	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type)
	SELECT sanctions._cell(r.fields, v_cols, 'id'), r.line::bigint * 1000 + a.o, 'line ' || r.line, a.name, 'aka'
	  FROM pg_temp.sn_stage_rows r,
		   unnest(sanctions._split(r.fields[(v_cols ->> 'aliases')::integer])) WITH ORDINALITY AS a(name, o)
	 WHERE r.line > v_header.line;

	RETURN sanctions._publish(v_list, 'watchlist_csv', v_files, 'the watchlist');
END
$$;

COMMENT ON FUNCTION import_watchlist(bytea, text) IS
	'import a team''s own watchlist (CSV: id, name, kind, aliases, date_of_birth, country); returns the new list_version id';
