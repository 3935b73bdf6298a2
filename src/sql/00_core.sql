-- sanctions extension, version 0.1.0
-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION sanctions" to load this file. \quit

-- The name core reads UTF-8: refuse any other database encoding up front.
DO $$
BEGIN
	IF pg_catalog.getdatabaseencoding() <> 'UTF8' THEN
		RAISE EXCEPTION 'sanctions requires a database with encoding UTF8'
			USING ERRCODE = 'feature_not_supported',
				  DETAIL = pg_catalog.format('The database encoding is %s.', pg_catalog.getdatabaseencoding()),
				  HINT = 'Create the database with ENCODING ''UTF8''.';
	END IF;
END
$$;

-- Name normalisation.  COST reflects ICU work on non-ASCII names; ASCII
-- names take a fast path that costs about as much as lower().
CREATE FUNCTION sanctions.normalize(name text) RETURNS text
	AS 'MODULE_PATHNAME', 'sanctions_normalize'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;

COMMENT ON FUNCTION sanctions.normalize(text) IS
	'canonical form of a name: lowercase ASCII tokens from any script, legal forms unified, honorifics dropped';

CREATE FUNCTION tokens(name text) RETURNS text[]
	AS 'MODULE_PATHNAME', 'sanctions_tokens'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;

COMMENT ON FUNCTION tokens(text) IS 'tokens of the canonical form of a name';

CREATE FUNCTION phonetic(name text) RETURNS text[]
	AS 'MODULE_PATHNAME', 'sanctions_phonetic'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;

COMMENT ON FUNCTION phonetic(text) IS 'one phonetic key per token of the canonical form';
