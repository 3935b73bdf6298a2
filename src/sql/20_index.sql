
-- Index support ------------------------------------------------------------

-- GIN: name % query and name % sanctions.query(...)
CREATE FUNCTION gin_extract_value_name(text, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'sanctions_gin_extract_value'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION gin_extract_query_name(text, internal, int2, internal, internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'sanctions_gin_extract_query'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION gin_consistent_name(internal, int2, text, int4, internal, internal, internal, internal) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sanctions_gin_consistent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION gin_triconsistent_name(internal, int2, text, int4, internal, internal, internal) RETURNS "char"
	AS 'MODULE_PATHNAME', 'sanctions_gin_triconsistent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR CLASS name_gin_ops
FOR TYPE text USING gin AS
	OPERATOR 1 % (text, text),
	OPERATOR 2 % (text, query),
	FUNCTION 1 btint4cmp(int4, int4),
	FUNCTION 2 gin_extract_value_name(text, internal),
	FUNCTION 3 gin_extract_query_name(text, internal, int2, internal, internal, internal, internal),
	FUNCTION 4 gin_consistent_name(internal, int2, text, int4, internal, internal, internal, internal),
	FUNCTION 6 gin_triconsistent_name(internal, int2, text, int4, internal, internal, internal),
	STORAGE int4;

-- GiST: name % query, name % sanctions.query(...), ORDER BY name <-> query
CREATE TYPE gist_sig;

CREATE FUNCTION gist_sig_in(cstring) RETURNS gist_sig
	AS 'MODULE_PATHNAME', 'sanctions_gist_sig_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION gist_sig_out(gist_sig) RETURNS cstring
	AS 'MODULE_PATHNAME', 'sanctions_gist_sig_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE gist_sig (
	INPUT = gist_sig_in, OUTPUT = gist_sig_out,
	INTERNALLENGTH = VARIABLE, ALIGNMENT = int4, STORAGE = plain
);

CREATE FUNCTION gist_consistent_name(internal, text, smallint, oid, internal) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sanctions_gist_consistent'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION gist_distance_name(internal, text, smallint, oid, internal) RETURNS float8
	AS 'MODULE_PATHNAME', 'sanctions_gist_distance'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION gist_compress_name(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'sanctions_gist_compress'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION gist_decompress_name(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'sanctions_gist_decompress'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION gist_penalty_name(internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'sanctions_gist_penalty'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION gist_picksplit_name(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'sanctions_gist_picksplit'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION gist_union_name(internal, internal) RETURNS gist_sig
	AS 'MODULE_PATHNAME', 'sanctions_gist_union'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION gist_same_name(gist_sig, gist_sig, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'sanctions_gist_same'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION gist_options_name(internal) RETURNS void
	AS 'MODULE_PATHNAME', 'sanctions_gist_options'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE OPERATOR CLASS name_gist_ops
FOR TYPE text USING gist AS
	OPERATOR 1 % (text, text),
	OPERATOR 2 % (text, query),
	OPERATOR 3 <-> (text, text) FOR ORDER BY pg_catalog.float_ops,
	FUNCTION 1 gist_consistent_name(internal, text, smallint, oid, internal),
	FUNCTION 2 gist_union_name(internal, internal),
	FUNCTION 3 gist_compress_name(internal),
	FUNCTION 4 gist_decompress_name(internal),
	FUNCTION 5 gist_penalty_name(internal, internal, internal),
	FUNCTION 6 gist_picksplit_name(internal, internal),
	FUNCTION 7 gist_same_name(gist_sig, gist_sig, internal),
	FUNCTION 8 gist_distance_name(internal, text, smallint, oid, internal),
	FUNCTION 10 gist_options_name(internal),
	STORAGE gist_sig;
