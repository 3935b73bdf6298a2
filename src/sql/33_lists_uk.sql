
-- ---------------------------------------------------------------------------
-- UK lists, CSV:
--   - the HMT/OFSI Consolidated List (ConList.csv): cp1252, a line
--     "Last Updated,<dd/mm/yyyy>" before the header, one row per name,
--     the rows of a party sharing its Group ID;
--   - the FCDO UK Sanctions List (UK_Sanctions_List.csv): a line
--     "Report Date: <dd-Mon-yyyy>" before the header, one row per name,
--     the rows of a designation sharing its Unique ID.
-- Columns are found by their header names, so columns added to either
-- layout do no harm; the ones read are listed in _uk_columns.
-- ---------------------------------------------------------------------------

-- Positions of the columns the importer reads, keyed by what they hold.
CREATE FUNCTION _uk_columns(header text[]) RETURNS jsonb
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN (
		SELECT jsonb_object_agg(c.key, c.i)
		  FROM (SELECT DISTINCT ON (s.key) s.key, h.i
				  FROM unnest(header) WITH ORDINALITY AS h(name, i)
				  JOIN (VALUES
						('id', 'group id'), ('id', 'unique id'),
						('ofsi_group_id', 'ofsi group id'),
						('kind', 'group type'), ('kind', 'designation type'),
						('name1', 'name 1'), ('name2', 'name 2'), ('name3', 'name 3'),
						('name4', 'name 4'), ('name5', 'name 5'), ('name6', 'name 6'),
						('name_type', 'alias type'), ('name_type', 'name type'),
						('quality', 'alias quality'), ('quality', 'alias strength'),
						('title', 'title'),
						('non_latin', 'name non-latin script'),
						('non_latin_language', 'non-latin script language'),
						('regime', 'regime'), ('regime', 'regime name'),
						('dob', 'dob'), ('dob', 'd.o.b'), ('dob', 'd.o.b.'),
						('town_of_birth', 'town of birth'),
						('country_of_birth', 'country of birth'),
						('nationality', 'nationality'), ('nationality', 'nationality(/ies)'),
						('passport', 'passport details'), ('passport', 'passport number'),
						('passport_info', 'passport additional information'),
						('national_id', 'ni number'), ('national_id', 'national identifier number'),
						('national_id_info', 'national identifier additional information'),
						('position', 'position'),
						('gender', 'gender'),
						('address1', 'address 1'), ('address1', 'address line 1'),
						('address2', 'address 2'), ('address2', 'address line 2'),
						('address3', 'address 3'), ('address3', 'address line 3'),
						('address4', 'address 4'), ('address4', 'address line 4'),
						('address5', 'address 5'), ('address5', 'address line 5'),
						('address6', 'address 6'), ('address6', 'address line 6'),
						('postcode', 'post/zip code'), ('postcode', 'address postal code'),
						('country', 'country'), ('country', 'address country'),
						('other', 'other information'),
						('reasons', 'uk statement of reasons'),
						('listed_on', 'listed on'), ('listed_on', 'date designated'),
						('last_updated', 'last updated'),
						('un_reference', 'un reference number'),
						('imo', 'imo number'),
						('flag', 'current believed flag of ship'),
						('ship_type', 'type of ship')
					   ) AS s(key, name) ON lower(btrim(h.name)) = s.name
				 ORDER BY s.key, h.i) AS c);

-- A UK date of birth, dd/mm/yyyy with 00 (or dd, mm) for an unknown day or
-- month, as an ISO 8601 date that keeps partial dates partial; other forms
-- are kept as given.
CREATE FUNCTION _uk_dob(value text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE
		WHEN sanctions._clean(value) ~ '^[0-9a-zA-Z]{1,2}/[0-9a-zA-Z]{1,2}/[0-9]{4}$'
			THEN coalesce(sanctions._partial_date(split_part(sanctions._clean(value), '/', 3),
												  split_part(sanctions._clean(value), '/', 2),
												  split_part(sanctions._clean(value), '/', 1)),
						  sanctions._clean(value))
		ELSE sanctions._clean(value)
	END;

-- A UK nationality cell: "1) Saudi Arabia 2) Qatar", "(1) German (2)
-- Moroccan", "a) French, b) Tunisian" or a single nationality.  An item's
-- mark is a number of one or two digits or a letter, after a blank or the
-- start: "(2) USSR (until 1991)" is one item.
CREATE FUNCTION _uk_nationalities(value text) RETURNS text[]
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE
		WHEN value ~ '^\s*\(?(1|a)\)'
			THEN (SELECT array_agg(sanctions._clean(btrim(x, ' ,;'))) FROM regexp_split_to_table(value, '(^|\s)\(?([0-9]{1,2}|[a-z])\)') AS x
				   WHERE sanctions._clean(btrim(x, ' ,;')) IS NOT NULL)
		ELSE ARRAY[sanctions._clean(value)]
	END;

CREATE FUNCTION import_uk(document bytea, list text DEFAULT NULL) RETURNS bigint
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_list text := $2;
	v_files jsonb;
	v_id bigint;
	v_header record;
	v_cols jsonb;
	v_layout text;
	v_published date;
	v_bad record;
BEGIN
	-- The layout decides the default list code: a look at the header (on
	-- the second line) before the import starts is enough.
	v_layout := CASE WHEN encode(substring($1 FROM 1 FOR 8192), 'escape') ~* '(^|[,"\r\n])\s*unique id\s*($|[,"\r\n])'
					 THEN 'uk_sanctions_list_csv' ELSE 'ofsi_conlist_csv' END;
	v_list := coalesce(v_list, CASE v_layout WHEN 'ofsi_conlist_csv' THEN 'gb_hmt' ELSE 'gb_fcdo' END);
	SELECT d.files, d.current_id INTO v_files, v_id
	  FROM sanctions._begin_document(v_list, $1, 'the UK list') AS d;
	IF v_id IS NOT NULL THEN
		RETURN v_id;
	END IF;
	v_files := sanctions._file_records(v_files, 'document',
		sanctions._stage_csv('the UK list', $1, sanctions._guess_encoding($1, 'WIN1252')));

	SELECT r.line, r.fields INTO v_header
	  FROM pg_temp.sn_stage_rows r
	 WHERE EXISTS (SELECT FROM unnest(r.fields) AS f WHERE lower(btrim(f)) IN ('group id', 'unique id'))
	 ORDER BY r.line LIMIT 1;
	IF NOT FOUND OR v_header.line > 10 THEN
		PERFORM sanctions._bad_file('the UK list has no header line with a "Group ID" or "Unique ID" column',
									hint => 'Give the OFSI Consolidated List CSV or the UK Sanctions List CSV.');
	END IF;
	v_cols := sanctions._uk_columns(v_header.fields);
	IF NOT v_cols ?& ARRAY['id', 'kind', 'name6'] THEN
		PERFORM sanctions._bad_file(format('the UK list, line %s: the header lacks %s', v_header.line,
			(SELECT string_agg(k, ', ') FROM unnest(ARRAY['id', 'kind', 'name6']) AS k WHERE NOT v_cols ? k)),
			hint => 'The columns read are Group ID or Unique ID (id), Group Type or Designation Type (kind), and Name 6 (name6).');
	END IF;

	-- "Last Updated,13/04/2018" or "Report Date: 02-Oct-2026"
	SELECT sanctions._date(coalesce(substring(r.fields[1] FROM ':\s*(.*)$'), r.fields[2])) INTO v_published
	  FROM pg_temp.sn_stage_rows r WHERE r.line < v_header.line ORDER BY r.line LIMIT 1;

	SELECT r.line, cardinality(r.fields) AS n INTO v_bad
	  FROM pg_temp.sn_stage_rows r
	 WHERE r.line > v_header.line AND cardinality(r.fields) <> cardinality(v_header.fields)
	 ORDER BY r.line LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('the UK list, line %s: %s fields where the header has %s', v_bad.line,
										   v_bad.n, cardinality(v_header.fields)),
									hint => 'The file may be truncated or damaged.');
	END IF;
	SELECT r.line, sanctions._cell(r.fields, v_cols, 'kind') AS kind INTO v_bad
	  FROM pg_temp.sn_stage_rows r
	 WHERE r.line > v_header.line
	   AND coalesce(lower(sanctions._cell(r.fields, v_cols, 'kind')), '') NOT IN ('individual', 'entity', 'ship')
	 ORDER BY r.line LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('the UK list, line %s: unknown group type %s', v_bad.line,
										   coalesce(quote_literal(v_bad.kind), 'NULL')),
									hint => 'The types are Individual, Entity and Ship.');
	END IF;

	-- each cell read once
	CREATE TEMP TABLE sn_uk ON COMMIT DROP AS
	SELECT r.line,
		   sanctions._cell(r.fields, v_cols, 'id') AS id,
		   lower(sanctions._cell(r.fields, v_cols, 'kind')) AS kind,
		   sanctions._clean(concat_ws(' ', sanctions._cell(r.fields, v_cols, 'name1'), sanctions._cell(r.fields, v_cols, 'name2'),
									  sanctions._cell(r.fields, v_cols, 'name3'), sanctions._cell(r.fields, v_cols, 'name4'),
									  sanctions._cell(r.fields, v_cols, 'name5'), sanctions._cell(r.fields, v_cols, 'name6'))) AS name,
		   lower(coalesce(sanctions._cell(r.fields, v_cols, 'name_type'), '')) AS name_type,
		   sanctions._cell(r.fields, v_cols, 'quality') AS quality,
		   sanctions._cell(r.fields, v_cols, 'non_latin') AS non_latin,
		   sanctions._cell(r.fields, v_cols, 'non_latin_language') AS non_latin_language,
		   sanctions._cell(r.fields, v_cols, 'title') AS title,
		   sanctions._cell(r.fields, v_cols, 'regime') AS regime,
		   sanctions._cell(r.fields, v_cols, 'dob') AS dob,
		   NULLIF(concat_ws(', ', sanctions._cell(r.fields, v_cols, 'town_of_birth'),
							sanctions._cell(r.fields, v_cols, 'country_of_birth')), '') AS birth_place,
		   sanctions._cell(r.fields, v_cols, 'nationality') AS nationality,
		   sanctions._cell(r.fields, v_cols, 'passport') AS passport,
		   sanctions._cell(r.fields, v_cols, 'passport_info') AS passport_info,
		   sanctions._cell(r.fields, v_cols, 'national_id') AS national_id,
		   sanctions._cell(r.fields, v_cols, 'national_id_info') AS national_id_info,
		   sanctions._cell(r.fields, v_cols, 'imo') AS imo,
		   sanctions._cell(r.fields, v_cols, 'position') AS position,
		   sanctions._cell(r.fields, v_cols, 'gender') AS gender,
		   NULLIF(concat_ws(', ', sanctions._cell(r.fields, v_cols, 'address1'), sanctions._cell(r.fields, v_cols, 'address2'),
							sanctions._cell(r.fields, v_cols, 'address3'), sanctions._cell(r.fields, v_cols, 'address4'),
							sanctions._cell(r.fields, v_cols, 'address5'), sanctions._cell(r.fields, v_cols, 'address6'),
							sanctions._cell(r.fields, v_cols, 'postcode'), sanctions._cell(r.fields, v_cols, 'country')), '') AS address,
		   sanctions._cell(r.fields, v_cols, 'country') AS country,
		   sanctions._clean_block(r.fields[(v_cols ->> 'other')::integer]) AS other,
		   sanctions._clean_block(r.fields[(v_cols ->> 'reasons')::integer]) AS reasons,
		   sanctions._cell(r.fields, v_cols, 'listed_on') AS listed_on,
		   sanctions._cell(r.fields, v_cols, 'last_updated') AS last_updated,
		   sanctions._cell(r.fields, v_cols, 'un_reference') AS un_reference,
		   sanctions._cell(r.fields, v_cols, 'ofsi_group_id') AS ofsi_group_id,
		   sanctions._cell(r.fields, v_cols, 'flag') AS flag,
		   sanctions._cell(r.fields, v_cols, 'ship_type') AS ship_type
	  FROM pg_temp.sn_stage_rows r WHERE r.line > v_header.line;

	INSERT INTO pg_temp.sn_stage_entity
		(source_id, pos, loc, kind, programs, birth_dates, birth_places, nationalities, countries,
		 identifiers, addresses, remarks, listed_on, details)
	SELECT u.id, min(u.line), 'line ' || min(u.line),
		   (array_agg(CASE u.kind WHEN 'individual' THEN 'person' WHEN 'ship' THEN 'vessel' ELSE 'organization' END
					  ORDER BY u.line))[1],
		   array_agg(u.regime),
		   array_agg(sanctions._uk_dob(u.dob)),
		   array_agg(u.birth_place),
		   sanctions._array_cat_agg(sanctions._uk_nationalities(u.nationality)),
		   array_agg(u.country),
		   coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('type', 'Passport', 'number', u.passport,
																   'note', u.passport_info)))
					FILTER (WHERE u.passport IS NOT NULL), '[]')
			 || coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('type', 'National identification number',
																		'number', u.national_id, 'note', u.national_id_info)))
						 FILTER (WHERE u.national_id IS NOT NULL), '[]')
			 || coalesce(jsonb_agg(jsonb_build_object('type', 'IMO', 'number', u.imo)) FILTER (WHERE u.imo IS NOT NULL), '[]'),
		   array_agg(u.address),
		   sanctions._clean_block(string_agg(DISTINCT u.other, E'\n')),
		   min(sanctions._date(u.listed_on)),
		   jsonb_build_object(
				'titles', to_jsonb(sanctions._uniq(array_agg(u.title))),
				'positions', to_jsonb(sanctions._uniq(array_agg(u.position))),
				'gender', min(u.gender),
				'last_updated', max(sanctions._date(u.last_updated)),
				'un_reference', min(u.un_reference),
				'ofsi_group_id', min(u.ofsi_group_id),
				'flag', min(u.flag),
				'ship_type', min(u.ship_type),
				'statement_of_reasons', min(u.reasons))
	  FROM pg_temp.sn_uk u
	 GROUP BY u.id;

	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type, weak)
	SELECT u.id, u.line, 'line ' || u.line, u.name,
		   CASE u.name_type
				WHEN 'prime alias' THEN 'primary' WHEN 'primary name' THEN 'primary'
				WHEN 'primary name variation' THEN 'variation'
				WHEN 'fka' THEN 'fka' ELSE 'aka' END,
		   coalesce(u.quality ~* '^\s*(low|weak)', false)
	  FROM pg_temp.sn_uk u;

	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type, weak, lang)
	SELECT u.id, 1000000000 + u.line, 'line ' || u.line, u.non_latin, 'original_script', false, u.non_latin_language
	  FROM pg_temp.sn_uk u WHERE u.non_latin IS NOT NULL;

	DROP TABLE pg_temp.sn_uk;

	RETURN sanctions._publish(v_list, v_layout, v_files, 'the UK list', v_published);
END
$$;

COMMENT ON FUNCTION import_uk(bytea, text) IS
	'import the OFSI Consolidated List or the UK Sanctions List (CSV); returns the new list_version id';
