
-- ---------------------------------------------------------------------------
-- Sanctions lists: tables, versioned atomic refresh, history.
--
-- sanctions.entity and sanctions.entity_name hold the current version of every
-- list: that is what screening reads.  An import stages the new version, then
-- in its own transaction moves the list's current rows to the history tables
-- and inserts the new ones, so a concurrent reader's snapshot holds either the
-- whole old version or the whole new one.  A file that fails to parse raises
-- before anything is moved, and the transaction rolls back.
-- ---------------------------------------------------------------------------

CREATE SEQUENCE list_version_id_seq;
CREATE SEQUENCE entity_id_seq;
CREATE SEQUENCE entity_name_id_seq;

CREATE TABLE list_version (
	id				bigint PRIMARY KEY DEFAULT nextval('sanctions.list_version_id_seq'),
	list			text NOT NULL CHECK (list ~ '^[a-z][a-z0-9_]*$' AND length(list) <= 63),
	format			text NOT NULL,
	sha256			text NOT NULL,
	files			jsonb NOT NULL,
	published_on	date,
	loaded_at		timestamptz NOT NULL DEFAULT now(),
	loaded_by		name NOT NULL DEFAULT current_user,
	replaced_at		timestamptz,
	is_current		boolean NOT NULL DEFAULT false,
	entity_count	integer NOT NULL DEFAULT 0,
	name_count		integer NOT NULL DEFAULT 0,
	counts			jsonb,
	pruned_at		timestamptz
);
ALTER SEQUENCE list_version_id_seq OWNED BY list_version.id;
CREATE UNIQUE INDEX list_version_current ON list_version (list) WHERE is_current;

COMMENT ON TABLE list_version IS 'one row per import of a list; is_current marks the version in sanctions.entity';

CREATE TABLE entity (
	id				bigint PRIMARY KEY DEFAULT nextval('sanctions.entity_id_seq'),
	list			text NOT NULL,
	source_id		text NOT NULL,
	kind			text NOT NULL CHECK (kind IN ('person', 'organization', 'vessel', 'aircraft')),
	programs		text[],
	birth_dates		text[],
	birth_places	text[],
	nationalities	text[],
	countries		text[],
	identifiers		jsonb,
	addresses		text[],
	remarks			text,
	listed_on		date,
	details			jsonb,
	list_version	bigint NOT NULL REFERENCES list_version (id),
	UNIQUE (list, source_id)
);
ALTER SEQUENCE entity_id_seq OWNED BY entity.id;
CREATE INDEX entity_list_version ON entity (list_version);

COMMENT ON TABLE entity IS 'one row per listed party in the current version of each list';

CREATE TABLE entity_name (
	id				bigint PRIMARY KEY DEFAULT nextval('sanctions.entity_name_id_seq'),
	entity_id		bigint NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
	name			text NOT NULL,
	name_type		text NOT NULL CHECK (name_type IN ('primary', 'aka', 'fka', 'nka', 'variation', 'original_script')),
	weak			boolean NOT NULL DEFAULT false,
	script			text,
	lang			text,
	name_norm		text GENERATED ALWAYS AS (sanctions.normalize(name)) STORED
);
ALTER SEQUENCE entity_name_id_seq OWNED BY entity_name.id;
CREATE INDEX entity_name_entity ON entity_name (entity_id);
CREATE INDEX entity_name_norm ON entity_name (name_norm);
-- Screening: name_norm % query through GIN.  The stored canonical form spares
-- the index recheck any ICU work.  An import inserts a whole list at once,
-- and GIN queues inserted entries in a pending list that every scan reads
-- through until VACUUM merges it: with the default limit (4 MB) a screen
-- right after importing the OFAC list ran nine times as slowly until
-- autovacuum came by.  A 64 kB limit merges the queue as it fills, at a
-- small cost to the import.  No GiST index here: add one for ORDER BY
-- name_norm <-> query (README); the planner keeps this one for %.
CREATE INDEX entity_name_norm_gin ON entity_name USING gin (name_norm sanctions.name_gin_ops)
	WITH (gin_pending_list_limit = 64);

COMMENT ON TABLE entity_name IS 'one row per name of a current entity; name_norm is sanctions.normalize(name)';

-- Earlier versions: the same rows, moved here when a newer version replaces
-- them, until sanctions.prune_history() removes them.
CREATE TABLE entity_history (
	id				bigint PRIMARY KEY,
	list			text NOT NULL,
	source_id		text NOT NULL,
	kind			text NOT NULL,
	programs		text[],
	birth_dates		text[],
	birth_places	text[],
	nationalities	text[],
	countries		text[],
	identifiers		jsonb,
	addresses		text[],
	remarks			text,
	listed_on		date,
	details			jsonb,
	list_version	bigint NOT NULL REFERENCES list_version (id)
);
CREATE INDEX entity_history_version ON entity_history (list_version, source_id);

CREATE TABLE entity_name_history (
	id				bigint PRIMARY KEY,
	entity_id		bigint NOT NULL,
	list_version	bigint NOT NULL REFERENCES list_version (id),
	name			text NOT NULL,
	name_type		text NOT NULL,
	weak			boolean NOT NULL,
	script			text,
	lang			text,
	name_norm		text
);
CREATE INDEX entity_name_history_entity ON entity_name_history (entity_id);
CREATE INDEX entity_name_history_version ON entity_name_history (list_version);

COMMENT ON TABLE entity_history IS 'entities of earlier list versions (see sanctions.prune_history)';
COMMENT ON TABLE entity_name_history IS 'names of earlier list versions (see sanctions.prune_history)';

-- Loaded lists survive pg_dump / pg_restore.
SELECT pg_catalog.pg_extension_config_dump('sanctions.list_version', '');
SELECT pg_catalog.pg_extension_config_dump('sanctions.entity', '');
SELECT pg_catalog.pg_extension_config_dump('sanctions.entity_name', '');
SELECT pg_catalog.pg_extension_config_dump('sanctions.entity_history', '');
SELECT pg_catalog.pg_extension_config_dump('sanctions.entity_name_history', '');
SELECT pg_catalog.pg_extension_config_dump('sanctions.list_version_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('sanctions.entity_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('sanctions.entity_name_id_seq', '');

-- Every version, current and earlier, for questions about the past.
CREATE VIEW entity_all_versions AS
	SELECT id, list, source_id, kind, programs, birth_dates, birth_places, nationalities,
		   countries, identifiers, addresses, remarks, listed_on, details, list_version
	  FROM sanctions.entity
	UNION ALL
	SELECT id, list, source_id, kind, programs, birth_dates, birth_places, nationalities,
		   countries, identifiers, addresses, remarks, listed_on, details, list_version
	  FROM sanctions.entity_history;

CREATE VIEW entity_name_all_versions AS
	SELECT n.id, n.entity_id, e.list_version, n.name, n.name_type, n.weak, n.script, n.lang, n.name_norm
	  FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
	UNION ALL
	SELECT id, entity_id, list_version, name, name_type, weak, script, lang, name_norm
	  FROM sanctions.entity_name_history;

-- ---------------------------------------------------------------------------
-- Readers of file bytes (C, src/pg/lists_read.c)
-- ---------------------------------------------------------------------------

CREATE FUNCTION _decode(document bytea, encoding text, what text DEFAULT 'the file') RETURNS text
	AS 'MODULE_PATHNAME', 'sanctions_decode'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION _decode(bytea, text, text) IS
	'a file''s bytes as text; errors name the line of an invalid byte';

CREATE FUNCTION _guess_encoding(document bytea, legacy text) RETURNS text
	AS 'MODULE_PATHNAME', 'sanctions_guess_encoding'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION _guess_encoding(bytea, text) IS
	'UTF8 when the bytes are UTF-8 (or carry a byte-order mark), otherwise the legacy encoding';

CREATE FUNCTION _csv_rows(document text, delimiter text DEFAULT ',', what text DEFAULT 'the file',
						  first_line integer DEFAULT 1)
	RETURNS TABLE (line integer, fields text[])
	AS 'MODULE_PATHNAME', 'sanctions_csv_rows'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1000;

COMMENT ON FUNCTION _csv_rows(text, text, text, integer) IS
	'RFC 4180 records of a CSV text, with the line each starts on';

-- ---------------------------------------------------------------------------
-- Small helpers shared by the importers
-- ---------------------------------------------------------------------------

-- A value with runs of white space made one space and trimmed; NULL if empty.
CREATE FUNCTION _clean(value text) RETURNS text
	AS 'MODULE_PATHNAME', 'sanctions_clean'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- A block of text (remarks): trimmed, inner line breaks kept; NULL if empty.
CREATE FUNCTION _clean_block(value text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN NULLIF(pg_catalog.btrim(value, E' \t\r\n'), '');

-- The distinct non-NULL elements, sorted; NULL when none.
CREATE FUNCTION _uniq(value text[]) RETURNS text[]
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE
		-- most arrays are empty or hold one value: no need to sort them
		WHEN value IS NULL THEN NULL
		WHEN pg_catalog.cardinality(value) = 1 THEN CASE WHEN value[1] <> '' THEN value END
		ELSE (SELECT pg_catalog.array_agg(DISTINCT x ORDER BY x) FROM pg_catalog.unnest(value) AS x
			   WHERE x IS NOT NULL AND x <> '')
	END;

-- The distinct elements of a jsonb array of objects; NULL when none.
CREATE FUNCTION _uniq_json(value jsonb) RETURNS jsonb
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE
		WHEN value IS NULL THEN NULL
		WHEN pg_catalog.jsonb_array_length(value) = 1 THEN CASE WHEN value -> 0 <> '{}'::jsonb THEN value END
		ELSE (SELECT pg_catalog.jsonb_agg(DISTINCT x) FROM pg_catalog.jsonb_array_elements(value) AS x
			   WHERE x <> '{}'::jsonb)
	END;

-- Month number of an English month name or abbreviation ('Jan', 'JANUARY').
CREATE FUNCTION _month(name text) RETURNS integer
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN pg_catalog.array_position(
		ARRAY['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
		pg_catalog.left(pg_catalog.lower(name), 3));

-- A date of birth from its parts, as an ISO 8601 date that keeps what is
-- unknown unknown: '1948-12-10', '1980-05' or '1980'.  A part that is zero,
-- empty or not a number is unknown, and so is a day the month does not have
-- (31 February: '1980-02'); without a year the result is NULL, and so it is
-- for a month that is none (13, as a US date 05/13/1980 read day first
-- has), which the callers keep as given.
CREATE FUNCTION _partial_date(year text, month text, day text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE
		WHEN coalesce(year, '') !~ '^\s*[0-9]{4}\s*$' OR year ~ '^\s*0000\s*$' THEN NULL
		WHEN month ~ '^\s*[0-9]{1,4}\s*$' AND pg_catalog.btrim(month)::integer > 12 THEN NULL
		WHEN coalesce(month, '') !~ '^\s*(0?[1-9]|1[0-2])\s*$' THEN pg_catalog.btrim(year)
		WHEN coalesce(day, '') !~ '^\s*(0?[1-9]|[12][0-9]|3[01])\s*$'
			THEN pg_catalog.format('%s-%s', pg_catalog.btrim(year), pg_catalog.lpad(pg_catalog.btrim(month), 2, '0'))
		WHEN pg_catalog.btrim(day)::integer >
			 pg_catalog.date_part('day', pg_catalog.make_date(pg_catalog.btrim(year)::integer,
															  pg_catalog.btrim(month)::integer, 1)
										 + interval '1 month' - interval '1 day')
			THEN pg_catalog.format('%s-%s', pg_catalog.btrim(year), pg_catalog.lpad(pg_catalog.btrim(month), 2, '0'))
		ELSE pg_catalog.format('%s-%s-%s', pg_catalog.btrim(year), pg_catalog.lpad(pg_catalog.btrim(month), 2, '0'),
							   pg_catalog.lpad(pg_catalog.btrim(day), 2, '0'))
	END;

-- A calendar date written yyyy-mm-dd, dd/mm/yyyy or dd-Mon-yyyy; NULL when
-- the value is not a whole, valid date (publication dates, listing dates).
CREATE FUNCTION _date(value text) RETURNS date
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
	m text[];
	y integer;
	mo integer;
	d integer;
BEGIN
	m := regexp_match(value, '^\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})');
	IF m IS NULL THEN
		m := regexp_match(value, '^\s*([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})\s*$');
		IF m IS NOT NULL THEN
			m := ARRAY[m[3], m[2], m[1]];
		ELSE
			m := regexp_match(value, '^\s*([0-9]{1,2})[- ]([A-Za-z]{3,9})[- ]([0-9]{4})\s*$');
			IF m IS NOT NULL THEN
				m := ARRAY[m[3], sanctions._month(m[2])::text, m[1]];
			END IF;
		END IF;
	END IF;
	IF m IS NULL OR m[2] IS NULL THEN
		RETURN NULL;
	END IF;
	-- the parts are digits, so the casts cannot fail; the calendar is
	-- checked here rather than by catching an error, which costs a
	-- subtransaction per call
	y := m[1]::integer;
	mo := m[2]::integer;
	d := m[3]::integer;
	IF y < 1 OR mo NOT BETWEEN 1 AND 12 OR d < 1
	   OR d > extract(day FROM make_date(y, mo, 1) + interval '1 month' - interval '1 day') THEN
		RETURN NULL;
	END IF;
	RETURN make_date(y, mo, d);
END
$$;

-- The script of a name, as an ISO 15924 code: the first non-Latin script
-- found, else Latn; NULL when the name has no letter of a script listed.
CREATE FUNCTION _script(name text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE
		WHEN name ~ '^[\x01-\x7f]*$' THEN CASE WHEN name ~ '[A-Za-z]' THEN 'Latn' END
		WHEN name ~ '[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]' THEN 'Cyrl'
		WHEN name ~ '[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]' THEN 'Arab'
		WHEN name ~ '[\u0370-\u03ff\u1f00-\u1fff]' THEN 'Grek'
		WHEN name ~ '[\u0590-\u05ff\ufb1d-\ufb4f]' THEN 'Hebr'
		WHEN name ~ '[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]' THEN 'Hang'
		WHEN name ~ '[\u3040-\u30ff\u31f0-\u31ff]' THEN 'Jpan'
		WHEN name ~ '[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]' THEN 'Hani'
		WHEN name ~ '[\u0530-\u058f]' THEN 'Armn'
		WHEN name ~ '[\u10a0-\u10ff]' THEN 'Geor'
		WHEN name ~ '[\u0e00-\u0e7f]' THEN 'Thai'
		WHEN name ~ '[\u0900-\u097f]' THEN 'Deva'
		WHEN name ~ '[\u0980-\u09ff]' THEN 'Beng'
		WHEN name ~ '[\u1000-\u109f]' THEN 'Mymr'
		WHEN name ~ '[\u1780-\u17ff]' THEN 'Khmr'
		WHEN name ~ '[\u0700-\u074f]' THEN 'Syrc'
		WHEN name ~ '[\u0780-\u07bf]' THEN 'Thaa'
		WHEN name ~ '[\u1200-\u137f]' THEN 'Ethi'
		WHEN name ~ '[A-Za-z\u00c0-\u024f\u1e00-\u1eff]' THEN 'Latn'
	END;

-- Concatenation of arrays, as an aggregate.
CREATE AGGREGATE _array_cat_agg(anycompatiblearray) (
	SFUNC = pg_catalog.array_cat,
	STYPE = anycompatiblearray
);

-- The cell of a record for a named column: columns maps column keys to
-- positions (see the UK and EU importers); NULL when the file has no such
-- column.
CREATE FUNCTION _cell(fields text[], columns jsonb, key text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN sanctions._clean(fields[(columns ->> key)::integer]);

-- Size and SHA-256 of one file of an import; NULL for an absent file.
CREATE FUNCTION _file_info(part text, document bytea) RETURNS jsonb
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN pg_catalog.jsonb_build_object('part', part, 'bytes', pg_catalog.length(document),
										 'sha256', pg_catalog.encode(pg_catalog.sha256(document), 'hex'));

-- Is a file blank: nothing but a UTF-8 byte-order mark, white space and a
-- DOS end-of-file mark, what _decode calls an empty file?  OFAC's comments
-- file may be so, when no entry's remarks run over.
CREATE FUNCTION _blank_file(document bytea) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sanctions_blank_file'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- The files of an import with the number of records read from one of
-- them (CSV records, header lines included).
CREATE FUNCTION _file_records(files jsonb, part text, records integer) RETURNS jsonb
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN (SELECT jsonb_agg(CASE WHEN f ->> 'part' = part THEN f || jsonb_build_object('records', records) ELSE f END
							 ORDER BY o)
			  FROM jsonb_array_elements(files) WITH ORDINALITY AS t(f, o));

-- The list code checked: short codes such as us_ofac_sdn.
CREATE FUNCTION _check_list(list text) RETURNS text
	LANGUAGE plpgsql IMMUTABLE
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF list IS NULL OR list !~ '^[a-z][a-z0-9_]*$' OR length(list) > 63 THEN
		RAISE EXCEPTION 'invalid list code: %', coalesce(quote_literal(list), 'NULL')
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'A list code is lowercase letters, digits and underscores, starting with a letter (us_ofac_sdn, un_sc, ...).';
	END IF;
	RETURN list;
END
$$;

-- Raise a file-format error (SQLSTATE 22P04) naming where the fault is.
CREATE FUNCTION _bad_file(message text, detail text DEFAULT NULL, hint text DEFAULT NULL) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF detail IS NOT NULL AND hint IS NOT NULL THEN
		RAISE EXCEPTION '%', message USING ERRCODE = 'bad_copy_file_format', DETAIL = detail, HINT = hint;
	ELSIF detail IS NOT NULL THEN
		RAISE EXCEPTION '%', message USING ERRCODE = 'bad_copy_file_format', DETAIL = detail;
	ELSIF hint IS NOT NULL THEN
		RAISE EXCEPTION '%', message USING ERRCODE = 'bad_copy_file_format', HINT = hint;
	ELSE
		RAISE EXCEPTION '%', message USING ERRCODE = 'bad_copy_file_format';
	END IF;
END
$$;

-- The XML declaration's encoding (UTF8 when there is none).
CREATE FUNCTION _xml_encoding(document bytea) RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN (SELECT CASE pg_catalog.lower(l.label)
				-- IANA names that PostgreSQL spells otherwise (ASCII is UTF-8's)
				WHEN 'us-ascii' THEN 'UTF8' WHEN 'ascii' THEN 'UTF8'
				WHEN 'utf-16' THEN 'UTF8'	-- (mislabelled: UTF-16 has NUL bytes, refused)
				WHEN 'cp1250' THEN 'WIN1250' WHEN 'cp1251' THEN 'WIN1251'
				WHEN 'cp1252' THEN 'WIN1252' WHEN 'cp1256' THEN 'WIN1256'
				WHEN 'gb2312' THEN 'EUC_CN'
				ELSE l.label END
			  FROM (SELECT coalesce(
					substring(pg_catalog.encode(substring(document FROM 1 FOR 200), 'escape')
							  FROM '^(?:\\357\\273\\277)?\s*<\?xml[^>]*encoding\s*=\s*["'']([A-Za-z0-9._-]+)["'']'),
					'UTF8') AS label) AS l);

-- The bytes of an XML file, parsed; a document that is not well-formed is
-- an error (SQLSTATE 2200M) whose detail gives libxml2's line and reason.
CREATE FUNCTION _xml(document bytea, what text) RETURNS xml
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_encoding text := sanctions._xml_encoding(document);
	v_text text;
	v_detail text;
BEGIN
	IF pg_catalog.pg_char_to_encoding(v_encoding) < 0 THEN
		PERFORM sanctions._bad_file(format('%s declares the encoding %s, which is not supported', what, v_encoding),
									hint => 'Convert the file to UTF-8.');
	END IF;
	v_text := sanctions._decode(document, v_encoding, what);
	RETURN XMLPARSE(DOCUMENT v_text);
EXCEPTION
	WHEN invalid_xml_document OR invalid_xml_content OR invalid_xml_comment
		OR invalid_xml_processing_instruction THEN
		GET STACKED DIAGNOSTICS v_detail = PG_EXCEPTION_DETAIL;
		RAISE EXCEPTION '% is not well-formed XML', what
			USING ERRCODE = 'invalid_xml_document', DETAIL = coalesce(v_detail, 'libxml2 gave no detail.'),
				  HINT = 'The file may be truncated or damaged.';
END
$$;

-- The local name of the root element of an XML document.
CREATE FUNCTION _xml_root(document xml) RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN (pg_catalog.xpath('local-name(/*)', document))[1]::text;

-- ---------------------------------------------------------------------------
-- The import machinery.  An importer calls _begin_import, fills the staging
-- tables (pg_temp.sn_stage_rows with the parsed records of its files,
-- pg_temp.sn_stage_entity and pg_temp.sn_stage_name with the list's
-- entries), then calls _publish.
--
-- Staging columns pos/loc: pos orders the entries as the file does; loc
-- says where an entry is in the file ("line 12", "INDIVIDUAL 5") for errors.
-- ---------------------------------------------------------------------------

CREATE FUNCTION _stage_reset() RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	-- created per transaction, so a second import in the same transaction
	-- reuses them
	IF to_regclass('pg_temp.sn_stage_entity') IS NULL THEN
		CREATE TEMP TABLE sn_stage_rows (
			part		text NOT NULL,
			line		integer NOT NULL,
			fields		text[] NOT NULL
		) ON COMMIT DROP;
		CREATE TEMP TABLE sn_stage_entity (
			id				bigint,
			source_id		text,
			pos				bigint NOT NULL,
			loc				text NOT NULL,
			kind			text,
			programs		text[],
			birth_dates		text[],
			birth_places	text[],
			nationalities	text[],
			countries		text[],
			identifiers		jsonb,
			addresses		text[],
			remarks			text,
			listed_on		date,
			details			jsonb,
			extra			jsonb		-- the importer's own, not published
		) ON COMMIT DROP;
		CREATE TEMP TABLE sn_stage_name (
			source_id		text,
			pos				bigint NOT NULL,
			loc				text NOT NULL,
			name			text,
			name_type		text NOT NULL,
			weak			boolean NOT NULL DEFAULT false,
			script			text,
			lang			text
		) ON COMMIT DROP;
	ELSE
		TRUNCATE pg_temp.sn_stage_rows, pg_temp.sn_stage_entity, pg_temp.sn_stage_name;
	END IF;
END
$$;

-- Parse one CSV file of an import into pg_temp.sn_stage_rows.
CREATE FUNCTION _stage_csv(part text, document bytea, encoding text, delimiter text DEFAULT ',')
	RETURNS integer
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_rows integer;
BEGIN
	INSERT INTO pg_temp.sn_stage_rows (part, line, fields)
	SELECT _stage_csv.part, r.line, r.fields
	  FROM sanctions._csv_rows(sanctions._decode(document, encoding, part), delimiter, part) AS r;
	GET DIAGNOSTICS v_rows = ROW_COUNT;
	RETURN v_rows;
END
$$;

-- Start an import: check the list code, wait for any other import of the
-- same list to finish, and compare the files with the current version.
-- Returns the current version's id when the files are identical to it (the
-- import then has nothing to do), NULL otherwise.
CREATE FUNCTION _begin_import(p_list text, p_files jsonb) RETURNS bigint
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_current record;
BEGIN
	PERFORM sanctions._check_list(p_list);

	-- Two imports of one list take turns; the one that waited then sees the
	-- other's version as current.
	PERFORM pg_advisory_xact_lock(hashtext('sanctions.list'), hashtext(p_list));

	-- (locked: in REPEATABLE READ, the current version of the transaction's
	-- snapshot may have been replaced by the import waited for, which is
	-- then a serialization failure, 40001, to be retried, not a version
	-- that is no longer current returned as if it were)
	SELECT v.id, v.sha256 INTO v_current
	  FROM sanctions.list_version v
	 WHERE v.list = p_list AND v.is_current
	   FOR SHARE;
	IF FOUND AND v_current.sha256 = sanctions._files_sha256(p_files) THEN
		RAISE NOTICE 'list %: the files are identical to the current version; nothing loaded', p_list;
		RETURN v_current.id;
	END IF;
	PERFORM sanctions._stage_reset();
	RETURN NULL;
END
$$;

-- Start the import of a list that comes as one document: the document is
-- required (what names it in the error); then as _begin_import.  Returns the
-- files record of the document, and the current version's id when the
-- document is identical to it (the import then has nothing to do).
CREATE FUNCTION _begin_document(p_list text, p_document bytea, p_what text,
	OUT files jsonb, OUT current_id bigint)
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF p_document IS NULL THEN
		RAISE EXCEPTION '% document is required', p_what USING ERRCODE = 'null_value_not_allowed';
	END IF;
	files := jsonb_build_array(sanctions._file_info('document', p_document));
	current_id := sanctions._begin_import(p_list, files);
END
$$;

-- The SHA-256 recorded for an import: the file's own, or for several files
-- the SHA-256 of a line for each, in order: its part, a space, its
-- hexadecimal SHA-256.  The part counts: an optional file left out makes the
-- others' hashes alike whichever part was missing (the same bytes given as
-- the aliases or as the addresses).
CREATE FUNCTION _files_sha256(files jsonb) RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE WHEN pg_catalog.jsonb_array_length(files) = 1 THEN files -> 0 ->> 'sha256'
		ELSE pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(
			(SELECT pg_catalog.string_agg((f ->> 'part') || ' ' || (f ->> 'sha256') || E'\n', '' ORDER BY o)
			   FROM pg_catalog.jsonb_array_elements(files) WITH ORDINALITY AS t(f, o)), 'UTF8')), 'hex')
	END;

-- Install the staged entries as the new current version of p_list.

-- Move the current rows of one list to the history tables (an import's swap
-- and retire_list both start so); the caller holds the list's lock.
CREATE FUNCTION _archive_current(p_list text) RETURNS void
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	WITH gone AS (
		DELETE FROM sanctions.entity_name n USING sanctions.entity e
		 WHERE n.entity_id = e.id AND e.list = p_list
		RETURNING n.id, n.entity_id, e.list_version, n.name, n.name_type, n.weak, n.script, n.lang, n.name_norm
	)
	INSERT INTO sanctions.entity_name_history
		(id, entity_id, list_version, name, name_type, weak, script, lang, name_norm)
	SELECT * FROM gone;

	WITH gone AS (
		DELETE FROM sanctions.entity e WHERE e.list = p_list
		RETURNING e.id, e.list, e.source_id, e.kind, e.programs, e.birth_dates, e.birth_places,
				  e.nationalities, e.countries, e.identifiers, e.addresses, e.remarks, e.listed_on,
				  e.details, e.list_version
	)
	INSERT INTO sanctions.entity_history
		(id, list, source_id, kind, programs, birth_dates, birth_places, nationalities, countries,
		 identifiers, addresses, remarks, listed_on, details, list_version)
	SELECT * FROM gone;
END
$$;

CREATE FUNCTION _publish(p_list text, p_format text, p_files jsonb, p_what text,
						 p_published date DEFAULT NULL) RETURNS bigint
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_id bigint;
	v_bad record;
	v_now timestamptz;
	v_entities integer;
	v_names integer;
BEGIN
	-- validate the staged entries before anything is touched
	DELETE FROM pg_temp.sn_stage_name n WHERE n.name IS NULL;
	-- temporary tables get no statistics of their own, and the joins below
	-- need them
	ANALYZE pg_temp.sn_stage_entity, pg_temp.sn_stage_name;

	IF NOT EXISTS (SELECT FROM pg_temp.sn_stage_entity) THEN
		PERFORM sanctions._bad_file(format('%s has no entries', p_what),
									hint => 'The file may be empty, truncated or of another format.');
	END IF;

	SELECT e.loc INTO v_bad FROM pg_temp.sn_stage_entity e
	 WHERE e.source_id IS NULL ORDER BY e.pos LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('%s: the entry at %s has no id', p_what, v_bad.loc));
	END IF;

	SELECT e.source_id, string_agg(e.loc, ', ' ORDER BY e.pos) AS locs INTO v_bad
	  FROM pg_temp.sn_stage_entity e
	 GROUP BY e.source_id HAVING count(*) > 1
	 ORDER BY min(e.pos) LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('%s: the id %s is used by more than one entry', p_what, v_bad.source_id),
									format('Entries at %s.', v_bad.locs));
	END IF;

	SELECT e.loc, e.source_id, e.kind INTO v_bad FROM pg_temp.sn_stage_entity e
	 WHERE e.kind IS NULL OR e.kind NOT IN ('person', 'organization', 'vessel', 'aircraft')
	 ORDER BY e.pos LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('%s: the entry %s at %s has no known kind', p_what, v_bad.source_id, v_bad.loc));
	END IF;

	SELECT n.loc, n.source_id INTO v_bad FROM pg_temp.sn_stage_name n
	 WHERE NOT EXISTS (SELECT FROM pg_temp.sn_stage_entity e WHERE e.source_id = n.source_id)
	 ORDER BY n.pos LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('%s: the name at %s belongs to the entry %s, which is not in the file',
										   p_what, v_bad.loc, v_bad.source_id),
									hint => 'The files of the import may not belong together.');
	END IF;

	SELECT e.loc, e.source_id INTO v_bad FROM pg_temp.sn_stage_entity e
	 WHERE NOT EXISTS (SELECT FROM pg_temp.sn_stage_name n WHERE n.source_id = e.source_id)
	 ORDER BY e.pos LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('%s: the entry %s at %s has no name', p_what, v_bad.source_id, v_bad.loc));
	END IF;

	-- a name the index of canonical names cannot hold (2,704 bytes a btree
	-- entry) is no name but a broken record: say where, not the index
	SELECT n.loc, n.source_id, pg_catalog.length(n.name) AS chars INTO v_bad FROM pg_temp.sn_stage_name n
	 WHERE pg_catalog.octet_length(n.name) > 300
	   AND pg_catalog.octet_length(sanctions.normalize(n.name)) > 2000
	 ORDER BY n.pos LIMIT 1;
	IF FOUND THEN
		PERFORM sanctions._bad_file(format('%s: the name at %s of the entry %s is too long (%s characters)',
										   p_what, v_bad.loc, v_bad.source_id, v_bad.chars),
									'A canonical name has at most 2,000 bytes.',
									'The record may have lost a delimiter or a closing quote.');
	END IF;

	-- A file cut at the end of a record parses; what gives it away is a list
	-- that suddenly lost most of its entries, or of its names (an aliases
	-- file cut short or left out: the entries are all there, and a name that
	-- matches only an alias would screen clean).
	SELECT v.entity_count, (SELECT count(*) FROM pg_temp.sn_stage_entity) AS n,
		   v.name_count, (SELECT count(*) FROM pg_temp.sn_stage_name) AS names INTO v_bad
	  FROM sanctions.list_version v WHERE v.list = p_list AND v.is_current;
	IF FOUND AND (v_bad.n * 2 < v_bad.entity_count OR v_bad.names * 2 < v_bad.name_count) THEN
		PERFORM sanctions._bad_file(
			CASE WHEN v_bad.n * 2 < v_bad.entity_count
				THEN format('%s: %s entries where the current version of %s has %s; a list that loses more than half of its entries at once looks truncated or wrong',
							p_what, v_bad.n, p_list, v_bad.entity_count)
				ELSE format('%s: %s names where the current version of %s has %s; a list that loses more than half of its names at once looks truncated or wrong (a file of aliases cut short or left out?)',
							p_what, v_bad.names, p_list, v_bad.name_count) END,
			hint => format('If the list did shrink, retire it and import in one transaction: BEGIN; SELECT sanctions.retire_list(%L); SELECT sanctions.import_...; COMMIT;',
						   p_list));
	END IF;

	-- an entry published without a primary name: its first name stands in
	UPDATE pg_temp.sn_stage_name n SET name_type = 'primary'
	  FROM (SELECT DISTINCT ON (m.source_id) m.source_id, m.pos, m.name
			  FROM pg_temp.sn_stage_name m
			 WHERE NOT EXISTS (SELECT FROM pg_temp.sn_stage_name p
								WHERE p.source_id = m.source_id AND p.name_type = 'primary')
			 ORDER BY m.source_id, m.weak, m.pos) AS f
	 WHERE n.source_id = f.source_id AND n.pos = f.pos AND n.name = f.name;

	-- the swap
	v_now := clock_timestamp();
	INSERT INTO sanctions.list_version (list, format, sha256, files, published_on, loaded_at)
	VALUES (p_list, p_format, sanctions._files_sha256(p_files), p_files, p_published, v_now)
	RETURNING id INTO v_id;

	PERFORM sanctions._archive_current(p_list);

	-- ids in the file's order
	UPDATE pg_temp.sn_stage_entity e SET id = o.id
	  FROM (SELECT s.pos, nextval('sanctions.entity_id_seq') AS id
			  FROM (SELECT x.pos FROM pg_temp.sn_stage_entity x ORDER BY x.pos) AS s) AS o
	 WHERE e.pos = o.pos;

	INSERT INTO sanctions.entity
		(id, list, source_id, kind, programs, birth_dates, birth_places, nationalities, countries,
		 identifiers, addresses, remarks, listed_on, details, list_version)
	SELECT e.id, p_list, e.source_id, e.kind, sanctions._uniq(e.programs), sanctions._uniq(e.birth_dates),
		   sanctions._uniq(e.birth_places), sanctions._uniq(e.nationalities), sanctions._uniq(e.countries),
		   sanctions._uniq_json(e.identifiers), sanctions._uniq(e.addresses), e.remarks, e.listed_on,
		   NULLIF(jsonb_strip_nulls(e.details), '{}'), v_id
	  FROM pg_temp.sn_stage_entity e;
	GET DIAGNOSTICS v_entities = ROW_COUNT;

	-- a name published twice for one entry is kept once (as not weak if
	-- either is not)
	INSERT INTO sanctions.entity_name (entity_id, name, name_type, weak, script, lang)
	SELECT DISTINCT ON (e.id, n.name, n.name_type)
		   e.id, n.name, n.name_type, n.weak, coalesce(n.script, sanctions._script(n.name)), n.lang
	  FROM pg_temp.sn_stage_name n JOIN pg_temp.sn_stage_entity e ON e.source_id = n.source_id
	 ORDER BY e.id, n.name, n.name_type, n.weak, n.pos;
	GET DIAGNOSTICS v_names = ROW_COUNT;

	-- an entry none of whose names has a letter or digit can never be
	-- screened: it loads, but say so (from the canonical names just stored,
	-- not normalising every name once more)
	SELECT count(*) OVER () AS n, e.loc INTO v_bad
	  FROM pg_temp.sn_stage_entity e
	 WHERE NOT EXISTS (SELECT FROM sanctions.entity_name n WHERE n.entity_id = e.id AND n.name_norm <> '')
	 ORDER BY e.pos LIMIT 1;
	IF FOUND THEN
		RAISE WARNING '%: % % no name that can be screened (the first at %)', p_what, v_bad.n,
			CASE WHEN v_bad.n = 1 THEN 'entry has' ELSE 'entries have' END, v_bad.loc
			USING DETAIL = 'Every name of such an entry has no letter or digit; a screen never finds it.';
	END IF;

	UPDATE sanctions.list_version v SET is_current = false, replaced_at = v_now
	 WHERE v.list = p_list AND v.is_current;
	UPDATE sanctions.list_version v
	   SET is_current = true, entity_count = v_entities, name_count = v_names,
		   counts = jsonb_build_object(
			   'kind', (SELECT jsonb_object_agg(k.kind, k.n) FROM
						 (SELECT e.kind, count(*) AS n FROM sanctions.entity e
						   WHERE e.list_version = v_id GROUP BY e.kind) AS k),
			   'name_type', (SELECT jsonb_object_agg(k.name_type, k.n) FROM
							  (SELECT n.name_type, count(*) AS n
								 FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
								WHERE e.list_version = v_id GROUP BY n.name_type) AS k),
			   'weak', (SELECT count(*) FROM sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
						 WHERE e.list_version = v_id AND n.weak))
	 WHERE v.id = v_id;

	RAISE NOTICE 'list %: % % and % % loaded', p_list, v_entities, CASE v_entities WHEN 1 THEN 'entry' ELSE 'entries' END,
		v_names, CASE v_names WHEN 1 THEN 'name' ELSE 'names' END;
	RETURN v_id;
END
$$;

-- ---------------------------------------------------------------------------
-- Administration: retire a list, prune history, find the version of a time.
-- ---------------------------------------------------------------------------

-- Take a list out of screening: its current version moves to history, like
-- a replaced one.  Returns the retired version's id, NULL if none.
CREATE FUNCTION retire_list(list text) RETURNS bigint
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_list text := sanctions._check_list($1);
	v_id bigint;
BEGIN
	PERFORM pg_advisory_xact_lock(hashtext('sanctions.list'), hashtext(v_list));

	PERFORM sanctions._archive_current(v_list);

	UPDATE sanctions.list_version v SET is_current = false, replaced_at = clock_timestamp()
	 WHERE v.list = v_list AND v.is_current
	RETURNING v.id INTO v_id;
	RETURN v_id;
END
$$;

COMMENT ON FUNCTION retire_list(text) IS 'take a list out of screening; its current version moves to history';

-- Remove earlier versions from the history tables: all but the newest keep
-- earlier versions of each list (or of list only), and of those only the
-- ones replaced before replaced_before when it is given.  The list_version
-- rows stay, marked pruned_at, so the record of what was loaded and when is
-- kept.  Returns the number of versions pruned.
CREATE FUNCTION prune_history(keep integer DEFAULT 0, list text DEFAULT NULL,
							  replaced_before timestamptz DEFAULT NULL) RETURNS integer
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	v_keep integer := $1;
	v_list text := $2;
	v_before timestamptz := $3;
	v_ids bigint[];
BEGIN
	IF v_keep IS NULL OR v_keep < 0 THEN
		RAISE EXCEPTION 'keep must be zero or more' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF v_list IS NOT NULL THEN
		PERFORM sanctions._check_list(v_list);
	END IF;

	SELECT array_agg(r.id) INTO v_ids
	  FROM (SELECT v.id, v.replaced_at, v.pruned_at,
				   row_number() OVER (PARTITION BY v.list ORDER BY v.replaced_at DESC, v.id DESC) AS rank
			  FROM sanctions.list_version v
			 WHERE NOT v.is_current AND v.replaced_at IS NOT NULL
			   AND (v_list IS NULL OR v.list = v_list)) AS r
	 WHERE r.rank > v_keep AND r.pruned_at IS NULL
	   AND (v_before IS NULL OR r.replaced_at < v_before);

	IF v_ids IS NULL THEN
		RETURN 0;
	END IF;
	DELETE FROM sanctions.entity_name_history h WHERE h.list_version = ANY (v_ids);
	DELETE FROM sanctions.entity_history h WHERE h.list_version = ANY (v_ids);
	UPDATE sanctions.list_version v SET pruned_at = clock_timestamp() WHERE v.id = ANY (v_ids);
	RETURN cardinality(v_ids);
END
$$;

COMMENT ON FUNCTION prune_history(integer, text, timestamptz) IS
	'remove earlier list versions from the history tables, keeping the newest keep of each list';

-- The version of a list that was current at a given time (NULL if none).
CREATE FUNCTION version_at(list text, at timestamptz) RETURNS bigint
	LANGUAGE sql STABLE PARALLEL SAFE
	RETURN (SELECT v.id FROM sanctions.list_version v
			 WHERE v.list = version_at.list AND v.loaded_at <= version_at.at
			   AND (v.replaced_at IS NULL OR v.replaced_at > version_at.at)
			 ORDER BY v.loaded_at DESC LIMIT 1);

COMMENT ON FUNCTION version_at(text, timestamptz) IS 'the version of a list that was current at a given time';
