
-- Name matching -----------------------------------------------------------

-- The score: 1 when both names have the same tokens in any order.
CREATE FUNCTION similarity(query text, candidate text) RETURNS real
	AS 'MODULE_PATHNAME', 'sanctions_similarity'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100;

COMMENT ON FUNCTION similarity(text, text) IS
	'name-aware similarity in [0, 1] of a candidate (list-side) name for a query (screened) name';

CREATE FUNCTION explain(query text, candidate text) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'sanctions_explain'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 200;

COMMENT ON FUNCTION explain(text, text) IS
	'the normalised names, token alignment, weights and factors behind similarity()';

-- candidate % query reads sanctions.threshold, so it is STABLE.
CREATE FUNCTION similarity_op(candidate text, query text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sanctions_similarity_op'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 100;

CREATE FUNCTION distance_op(candidate text, query text) RETURNS real
	AS 'MODULE_PATHNAME', 'sanctions_distance_op'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100;

-- Selectivity of %: PostgreSQL's for a matching operator when the query is a
-- constant (the operator tried on the column's statistics); without one (a
-- join, the inner scan of a nested loop), the share of pairs of unrelated
-- names that reach the threshold, as measured on real names (README, "Query
-- plans"), instead of PostgreSQL's 1%.
CREATE FUNCTION match_sel(internal, oid, internal, integer) RETURNS float8
	AS 'MODULE_PATHNAME', 'sanctions_match_sel'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION match_joinsel(internal, oid, internal, smallint, internal) RETURNS float8
	AS 'MODULE_PATHNAME', 'sanctions_match_joinsel'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE OPERATOR % (
	LEFTARG = text, RIGHTARG = text,
	FUNCTION = similarity_op,
	RESTRICT = match_sel, JOIN = match_joinsel
);

COMMENT ON OPERATOR %(text, text) IS
	'candidate % query: similarity(query, candidate) >= sanctions.threshold';

-- The threshold % applies, read by the extension's own code: unlike
-- current_setting('sanctions.threshold'), which knows the setting only once
-- something has loaded the library in the session, calling it loads it.
CREATE FUNCTION current_threshold() RETURNS real
	AS 'MODULE_PATHNAME', 'sanctions_current_threshold'
	LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION current_threshold() IS
	'the threshold candidate % query applies now: the setting sanctions.threshold';

CREATE OPERATOR <-> (
	LEFTARG = text, RIGHTARG = text,
	FUNCTION = distance_op
);

COMMENT ON OPERATOR <->(text, text) IS
	'candidate <-> query: 1 - similarity(query, candidate)';

-- A query with its own threshold: candidate % sanctions.query(name, 0.7).
CREATE TYPE query;

CREATE FUNCTION query_in(cstring) RETURNS query
	AS 'MODULE_PATHNAME', 'sanctions_query_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION query_out(query) RETURNS cstring
	AS 'MODULE_PATHNAME', 'sanctions_query_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION query_send(query) RETURNS bytea
	AS 'MODULE_PATHNAME', 'sanctions_query_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION query_recv(internal) RETURNS query
	AS 'MODULE_PATHNAME', 'sanctions_query_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE query (
	INPUT = query_in, OUTPUT = query_out, SEND = query_send, RECEIVE = query_recv,
	INTERNALLENGTH = VARIABLE, ALIGNMENT = int4, STORAGE = extended
);

COMMENT ON TYPE query IS 'a name to screen together with its own similarity threshold';

-- Equality (the same threshold and the same name, byte for byte) and its
-- hash, so that DISTINCT, GROUP BY, UNION and IN work on stored queries.
CREATE FUNCTION query_eq(query, query) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sanctions_query_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION query_ne(query, query) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sanctions_query_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION query_hash(query) RETURNS integer
	AS 'MODULE_PATHNAME', 'sanctions_query_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION query_hash_extended(query, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'sanctions_query_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR = (
	LEFTARG = query, RIGHTARG = query, FUNCTION = query_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES
);

CREATE OPERATOR <> (
	LEFTARG = query, RIGHTARG = query, FUNCTION = query_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);

CREATE OPERATOR CLASS query_hash_ops DEFAULT FOR TYPE query USING hash AS
	OPERATOR 1 = (query, query),
	FUNCTION 1 query_hash(query),
	FUNCTION 2 query_hash_extended(query, bigint);

CREATE FUNCTION query(name text, threshold real) RETURNS query
	AS 'MODULE_PATHNAME', 'sanctions_query'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION query(text, real) IS
	'a query name with its own threshold, for candidate % sanctions.query(name, threshold)';

CREATE FUNCTION similarity_query_op(candidate text, query query) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sanctions_similarity_query_op'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100;

CREATE OPERATOR % (
	LEFTARG = text, RIGHTARG = query,
	FUNCTION = similarity_query_op,
	RESTRICT = match_sel, JOIN = match_joinsel
);

COMMENT ON OPERATOR %(text, query) IS
	'candidate % sanctions.query(name, t): similarity(name, candidate) >= t';

-- The match test as a function: the planner rewrites sanctions.matches(q,
-- name, t) into name % sanctions.query(q, t), and matches(q, name) into
-- name % q (reading sanctions.threshold), so that the indexes serve it where
-- similarity(q, name) >= t cannot be served.
CREATE FUNCTION matches_support(internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'sanctions_matches_support'
	LANGUAGE C STRICT;

CREATE FUNCTION matches(query text, candidate text, threshold real) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sanctions_matches'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100
	SUPPORT matches_support;

COMMENT ON FUNCTION matches(text, text, real) IS
	'similarity(query, candidate) >= threshold; planned as candidate % sanctions.query(query, threshold), which the indexes serve';

CREATE FUNCTION matches(query text, candidate text) RETURNS boolean
	AS 'MODULE_PATHNAME', 'sanctions_matches_setting'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 100
	SUPPORT matches_support;

COMMENT ON FUNCTION matches(text, text) IS
	'similarity(query, candidate) >= sanctions.threshold; planned as candidate % query, which the indexes serve';
