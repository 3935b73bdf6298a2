
-- The score of OFAC's Sanctions List Search (README.md, "sanctions.ofac_score"):
-- Jaro-Winkler on the whole name and per name part, with OFAC's first-letter,
-- edit-distance and Soundex pre-filter, the higher of the two techniques.
-- COST: measured at 0.6 to 2 microseconds a pair on real names (most pairs
-- stop at the pre-filter; test/bench/ofac_bench.sh), a fraction of pg_trgm's
-- similarity() but well above a plain operator.  The work is capped at 256
-- letters and 32 parts a name, so a huge input costs no more than that.
CREATE FUNCTION ofac_score(query text, candidate text) RETURNS integer
	AS 'MODULE_PATHNAME', 'sanctions_ofac_score'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 20;

COMMENT ON FUNCTION ofac_score(text, text) IS
	'0-100 score of OFAC''s Sanctions List Search for a typed name (query) against a list name (candidate); 0 when OFAC''s tool would not list it';
