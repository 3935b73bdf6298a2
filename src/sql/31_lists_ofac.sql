
-- ---------------------------------------------------------------------------
-- OFAC legacy CSV: sdn.csv / alt.csv / add.csv / sdn_comments.csv and the
-- consolidated cons_prim / cons_alt / cons_add / cons_comments.
--
-- No header; -0- means empty; Latin-1 (files that are valid UTF-8 are read
-- as UTF-8); a DOS end-of-file mark at the end.  The Remarks field holds
-- dates and places of birth, nationality and citizenship, identity
-- documents and the weak aliases ("a.k.a. 'X'"), separated by semicolons.
-- ---------------------------------------------------------------------------

-- An OFAC field: -0- (with or without its trailing space) is empty.
CREATE FUNCTION _ofac_value(value text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE WHEN pg_catalog.btrim(value) = '-0-' THEN NULL ELSE sanctions._clean(value) END;

-- One OFAC date ('10 Dec 1948', 'Jan 1960', '1948') as an ISO 8601 date
-- that keeps partial dates partial: '1948-12-10', '1960-01', '1948'.  A
-- value of another form is kept as given.
CREATE FUNCTION _ofac_date1(value text) RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
	v text := sanctions._clean(value);
	m text[];
BEGIN
	m := regexp_match(v, '^([0-9]{1,2}) ([A-Za-z]{3,9})\.? ([0-9]{4})$');
	IF m IS NOT NULL AND sanctions._month(m[2]) IS NOT NULL THEN
		RETURN coalesce(sanctions._partial_date(m[3], sanctions._month(m[2])::text, m[1]), v);
	END IF;
	m := regexp_match(v, '^([A-Za-z]{3,9})\.? ([0-9]{4})$');
	IF m IS NOT NULL AND sanctions._month(m[1]) IS NOT NULL THEN
		RETURN coalesce(sanctions._partial_date(m[2], sanctions._month(m[1])::text, NULL), v);
	END IF;
	RETURN v;
END
$$;

-- An OFAC date of birth, also 'circa 1955' and '1957 to 1959' (or
-- '1979-1982'), as an EDTF (ISO 8601-2) date: '1955~' is approximate,
-- '1957/1959' an interval, 'circa 1957 to 1959' '1957~/1959~'.
CREATE FUNCTION _ofac_date(value text) RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
	v text := sanctions._clean(value);
	m text[];
	a text := '';				-- '~' for an approximate date
BEGIN
	m := regexp_match(v, '^(?:circa|approx\.|approximately)\s+(.+)$', 'i');
	IF m IS NOT NULL THEN
		v := m[1];
		a := '~';
	END IF;
	m := coalesce(regexp_match(v, '^(.+?)\s+to\s+(.+)$'), regexp_match(v, '^([0-9]{4})\s*-\s*([0-9]{4})$'));
	IF m IS NOT NULL THEN
		RETURN sanctions._ofac_date1(m[1]) || a || '/' || sanctions._ofac_date1(m[2]) || a;
	END IF;
	RETURN sanctions._ofac_date1(v) || a;
END
$$;

-- An identity document in OFAC remarks: "<type> <number> (<country>)
-- issued ... expires ...", where the type ends with a word such as No.,
-- Number, #, ID, Passport or Card.  NULL for anything else; contact
-- numbers (phone, fax) are not documents.
CREATE FUNCTION _ofac_identifier(piece text) RETURNS jsonb
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
	m text[];
	v_value text;
	v_note text;
	v_country text;
BEGIN
	-- most remarks are not documents: a number is needed before the costly match
	IF piece !~ '[0-9]' THEN
		RETURN NULL;
	END IF;
	m := regexp_match(piece,
		'^((?:[^:;]*\s)?(?:No\.?|Number|#|ID|Passport|Card|Code|BIC|MMSI|Identification|License|Licence|Certificate|D\.N\.I\.|R\.F\.C\.|RFC|C\.U\.R\.P\.|CURP|C\.U\.I\.T\.|C\.U\.I\.L\.|RUC|NIT|RIF|SSN|FEIN|electoral|Nacional)(?:\s\([^)]*\))?)\s+(\S.*)$');
	IF m IS NULL OR m[2] !~ '[0-9]' OR m[1] ~* '^(phone|telephone|fax|mobile)' THEN
		RETURN NULL;
	END IF;
	v_value := m[2];
	v_note := substring(v_value FROM '\s((?:issued|expires|expired)\M.*)$');
	IF v_note IS NOT NULL THEN
		v_value := left(v_value, length(v_value) - length(v_note) - 1);
	END IF;
	v_country := substring(v_value FROM '\s\(([^()]*)\)$');
	IF v_country IS NOT NULL THEN
		v_value := regexp_replace(v_value, '\s*\([^()]*\)$', '');
	END IF;
	RETURN jsonb_strip_nulls(jsonb_build_object('type', m[1], 'number', sanctions._clean(v_value),
												'country', sanctions._clean(v_country),
												'note', sanctions._clean(v_note)));
END
$$;

-- What the Remarks field says about an entry.
CREATE FUNCTION _ofac_remarks(remarks text,
							  OUT birth_dates text[], OUT birth_places text[], OUT nationalities text[],
							  OUT identifiers jsonb, OUT weak_names jsonb, OUT gender text)
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
	p text;
	m text[];
	v_id jsonb;
BEGIN
	IF remarks IS NULL THEN
		RETURN;
	END IF;
	FOREACH p IN ARRAY string_to_array(regexp_replace(remarks, '\.\s*$', ''), ';')
	LOOP
		p := regexp_replace(btrim(p), '^alt\.\s+', '');
		CONTINUE WHEN p = '';
		IF p ~ '^DOB\s' THEN
			birth_dates := birth_dates || sanctions._ofac_date(substr(p, 5));
		ELSIF p ~ '^POB\s' THEN
			birth_places := birth_places || sanctions._clean(substr(p, 5));
		ELSIF p ~* '^(nationality|citizen)\s' THEN
			-- (an aircraft's or vessel's "Nationality of Registration Russia" too)
			nationalities := nationalities ||
				sanctions._clean(regexp_replace(p, '^\S+\s+(of\s+registration\s+)?', '', 'i'));
		ELSIF p ~ '^Gender\s' THEN
			gender := coalesce(gender, sanctions._clean(substr(p, 8)));
		ELSE
			m := regexp_match(p, '^([afn])\.k\.a\.,?\s+''(.+)''$', 'i');
			IF m IS NOT NULL THEN
				weak_names := coalesce(weak_names, '[]') ||
					jsonb_build_object('type', lower(m[1]) || 'ka', 'name', m[2]);
			ELSE
				v_id := sanctions._ofac_identifier(p);
				IF v_id IS NOT NULL THEN
					identifiers := coalesce(identifiers, '[]') || v_id;
				END IF;
			END IF;
		END IF;
	END LOOP;
END
$$;

CREATE FUNCTION import_ofac("primary" bytea, aliases bytea DEFAULT NULL, addresses bytea DEFAULT NULL,
							list text DEFAULT 'us_ofac_sdn', comments bytea DEFAULT NULL)
	RETURNS bigint
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_list text := $4;
	v_files jsonb;
	v_id bigint;
	v_bad record;
BEGIN
	IF $1 IS NULL THEN
		RAISE EXCEPTION 'the OFAC primary file is required' USING ERRCODE = 'null_value_not_allowed';
	END IF;
	SELECT jsonb_agg(f ORDER BY o) INTO v_files
	  FROM unnest(ARRAY[sanctions._file_info('primary', $1), sanctions._file_info('aliases', $2),
						sanctions._file_info('addresses', $3), sanctions._file_info('comments', $5)])
		   WITH ORDINALITY AS t(f, o)
	 WHERE f IS NOT NULL;
	v_id := sanctions._begin_import(v_list, v_files);
	IF v_id IS NOT NULL THEN
		RETURN v_id;
	END IF;

	-- the other files are optional; the comments file may be blank (when no
	-- entry's remarks run over), but a blank primary, aliases or addresses
	-- file is an error: a download that failed, not a list without aliases
	v_files := sanctions._file_records(v_files, 'primary',
		sanctions._stage_csv('the OFAC primary file', $1, sanctions._guess_encoding($1, 'WIN1252')));
	IF $2 IS NOT NULL THEN
		v_files := sanctions._file_records(v_files, 'aliases',
			sanctions._stage_csv('the OFAC aliases file', $2, sanctions._guess_encoding($2, 'WIN1252')));
	END IF;
	IF $3 IS NOT NULL THEN
		v_files := sanctions._file_records(v_files, 'addresses',
			sanctions._stage_csv('the OFAC addresses file', $3, sanctions._guess_encoding($3, 'WIN1252')));
	END IF;
	IF $5 IS NOT NULL THEN
		v_files := sanctions._file_records(v_files, 'comments',
			CASE WHEN sanctions._blank_file($5) THEN 0
				 ELSE sanctions._stage_csv('the OFAC comments file', $5, sanctions._guess_encoding($5, 'WIN1252')) END);
	END IF;

	-- every record has its fixed number of fields and a numeric ent_num
	SELECT r.part, r.line, cardinality(r.fields) AS n, x.expected INTO v_bad
	  FROM pg_temp.sn_stage_rows r,
		   LATERAL (SELECT CASE r.part WHEN 'the OFAC primary file' THEN 12 WHEN 'the OFAC aliases file' THEN 5
					WHEN 'the OFAC addresses file' THEN 6 ELSE 2 END AS expected) AS x
	 WHERE cardinality(r.fields) <> x.expected
	 ORDER BY r.part DESC, r.line LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(
			format('%s, line %s: %s fields where an OFAC record of this file has %s', v_bad.part, v_bad.line,
				   v_bad.n, v_bad.expected),
			hint => 'The files may be given in the wrong order, truncated, or not OFAC legacy CSV.');
	END IF;
	SELECT r.part, r.line, r.fields[1] AS ent_num INTO v_bad
	  FROM pg_temp.sn_stage_rows r
	 WHERE r.fields[1] !~ '^\s*[0-9]+\s*$'
	 ORDER BY r.part DESC, r.line LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('%s, line %s: the entry number %s is not a number', v_bad.part,
										   v_bad.line, quote_literal(v_bad.ent_num)));
	END IF;
	SELECT r.line, r.fields[3] AS sdn_type INTO v_bad
	  FROM pg_temp.sn_stage_rows r
	 WHERE r.part = 'the OFAC primary file'
	   AND lower(sanctions._ofac_value(r.fields[3])) NOT IN ('individual', 'vessel', 'aircraft', 'entity')
	 ORDER BY r.line LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('the OFAC primary file, line %s: unknown SDN type %s', v_bad.line,
										   quote_literal(v_bad.sdn_type)),
									hint => 'OFAC types are individual, vessel, aircraft, or -0- for an entity.');
	END IF;

	WITH prim AS (
		SELECT r.line, r.fields AS f, btrim(r.fields[1]) AS ent_num
		  FROM pg_temp.sn_stage_rows r WHERE r.part = 'the OFAC primary file'
	), com AS (
		-- remarks over 1,000 characters continue in the comments file
		SELECT btrim(c.fields[1]) AS ent_num, string_agg(c.fields[2], '' ORDER BY c.line) AS more
		  FROM pg_temp.sn_stage_rows c WHERE c.part = 'the OFAC comments file'
		 GROUP BY 1
	), addr AS (
		SELECT btrim(d.fields[1]) AS ent_num,
			   array_agg(concat_ws(', ', sanctions._ofac_value(d.fields[3]), sanctions._ofac_value(d.fields[4]),
								   sanctions._ofac_value(d.fields[5])) ORDER BY d.line)
				 FILTER (WHERE concat_ws('', sanctions._ofac_value(d.fields[3]), sanctions._ofac_value(d.fields[4]),
										 sanctions._ofac_value(d.fields[5])) <> '') AS addresses,
			   array_agg(sanctions._ofac_value(d.fields[5])) AS countries
		  FROM pg_temp.sn_stage_rows d WHERE d.part = 'the OFAC addresses file'
		 GROUP BY 1
	), p AS (
		SELECT prim.*, sanctions._clean_block(concat(sanctions._ofac_value(prim.f[12]), com.more)) AS remarks
		  FROM prim LEFT JOIN com ON com.ent_num = prim.ent_num
	)
	INSERT INTO pg_temp.sn_stage_entity
		(source_id, pos, loc, kind, programs, birth_dates, birth_places, nationalities, countries,
		 identifiers, addresses, remarks, details, extra)
	SELECT p.ent_num, p.line, 'line ' || p.line,
		   CASE lower(sanctions._ofac_value(p.f[3]))
				WHEN 'individual' THEN 'person' WHEN 'vessel' THEN 'vessel' WHEN 'aircraft' THEN 'aircraft'
				ELSE 'organization' END,
		   string_to_array(regexp_replace(sanctions._ofac_value(p.f[4]), '^\[|\]$', '', 'g'), '] ['),
		   rm.birth_dates, rm.birth_places, rm.nationalities,
		   ARRAY[sanctions._ofac_value(p.f[10])] || a.countries,
		   rm.identifiers, a.addresses, p.remarks,
		   jsonb_build_object('title', sanctions._ofac_value(p.f[5]),
							  'call_sign', sanctions._ofac_value(p.f[6]),
							  'vessel_type', sanctions._ofac_value(p.f[7]),
							  'tonnage', sanctions._ofac_value(p.f[8]),
							  'gross_registered_tonnage', sanctions._ofac_value(p.f[9]),
							  'vessel_flag', sanctions._ofac_value(p.f[10]),
							  'vessel_owner', sanctions._ofac_value(p.f[11]),
							  'gender', rm.gender),
		   rm.weak_names
	  FROM p
		   LEFT JOIN addr a ON a.ent_num = p.ent_num
		   LEFT JOIN LATERAL sanctions._ofac_remarks(p.remarks) AS rm ON true;

	-- the primary name, the aliases of the aliases file, and the weak
	-- aliases of the remarks
	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type, weak)
	SELECT btrim(r.fields[1]), r.line, 'primary file line ' || r.line, sanctions._ofac_value(r.fields[2]),
		   'primary', false
	  FROM pg_temp.sn_stage_rows r WHERE r.part = 'the OFAC primary file';

	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type, weak)
	SELECT btrim(r.fields[1]), 1000000000 + r.line, 'aliases file line ' || r.line,
		   sanctions._ofac_value(r.fields[4]),
		   CASE lower(sanctions._ofac_value(r.fields[3])) WHEN 'fka' THEN 'fka' WHEN 'nka' THEN 'nka' ELSE 'aka' END,
		   false
	  FROM pg_temp.sn_stage_rows r WHERE r.part = 'the OFAC aliases file';

	INSERT INTO pg_temp.sn_stage_name (source_id, pos, loc, name, name_type, weak)
	SELECT e.source_id, 2000000000 + e.pos * 100 + w.o, 'primary file line ' || e.pos || ' (remarks)',
		   sanctions._clean(w.v ->> 'name'), w.v ->> 'type', true
	  FROM pg_temp.sn_stage_entity e, jsonb_array_elements(e.extra) WITH ORDINALITY AS w(v, o)
	 WHERE jsonb_typeof(e.extra) = 'array';

	-- an address or comment of an entry that is not in the primary file
	-- means the files do not belong together (a comment would be dropped
	-- without a word)
	SELECT r.part, r.line, btrim(r.fields[1]) AS ent_num INTO v_bad
	  FROM pg_temp.sn_stage_rows r
	 WHERE r.part IN ('the OFAC addresses file', 'the OFAC comments file')
	   AND NOT EXISTS (SELECT FROM pg_temp.sn_stage_entity e WHERE e.source_id = btrim(r.fields[1]))
	 ORDER BY r.part, r.line LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('%s, line %s: the entry %s is not in the primary file',
										   v_bad.part, v_bad.line, v_bad.ent_num),
									hint => 'The files of the import may not belong together.');
	END IF;

	RETURN sanctions._publish(v_list, 'ofac_csv', v_files, 'the OFAC files');
END
$$;

COMMENT ON FUNCTION import_ofac(bytea, bytea, bytea, text, bytea) IS
	'import an OFAC legacy CSV list (sdn.csv, alt.csv, add.csv, sdn_comments.csv); returns the new list_version id';
