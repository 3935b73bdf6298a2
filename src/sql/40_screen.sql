
-- Screening ------------------------------------------------------------------

-- The years a date of birth given in any form names (1952-10-07, 07/10/1952,
-- 7 Oct 1952, 19521007; 1951-1953, between 1950 and 1955, 1951 or 1952),
-- as a range: from the first to the last four-digit year from 1800 to
-- 2099 it holds, two years wider each way when it says it is approximate
-- (circa, about, approx., ca., ~); NULL when it holds none.
CREATE FUNCTION _birth_years(value text) RETURNS int4range
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN (SELECT pg_catalog.int4range(pg_catalog.min(y) - w, pg_catalog.max(y) + w, '[]')
			FROM (SELECT m[1]::integer AS y,
						 CASE WHEN value ~* '(circa|about|approx|\mca\.|~)' THEN 2 ELSE 0 END AS w
					FROM pg_catalog.regexp_matches(
							 pg_catalog.regexp_replace(value,
								 '^\s*((?:1[89]|20)[0-9]{2})(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])\s*$', '\1'),
							 '(?:^|[^0-9])((?:1[89]|20)[0-9]{2})(?=[^0-9]|$)', 'g') AS m) AS x
			GROUP BY w);

-- Whether a list's date of birth, as the importers write it (ISO 8601-2:
-- 1955, 1955-03, 1955-03-01, approximate 1955~, a range 1957/1959), admits
-- one of the years of the range ys: the year of a date, any year of a
-- range, within two years of an approximate date or end of a range; NULL
-- for a value in no such form.
CREATE FUNCTION _birth_year_agrees(listed text, ys int4range) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	-- (from the first year, two earlier when the date before any / is
	-- approximate, to the year after the / or the same, two later when the
	-- value ends approximate)
	RETURN CASE WHEN listed ~ '^[0-9]{4}(-[0-9]{2}){0,2}~?(/[0-9]{4}(-[0-9]{2}){0,2}~?)?$'
		THEN ys OPERATOR(pg_catalog.&&) pg_catalog.int4range(
			pg_catalog.left(listed, 4)::integer - CASE WHEN listed ~ '^[^/]*~' THEN 2 ELSE 0 END,
			coalesce(pg_catalog.substring(listed, '/([0-9]{4})'), pg_catalog.left(listed, 4))::integer
				+ CASE WHEN listed ~ '~$' THEN 2 ELSE 0 END, '[]')
	END;

-- The lists a screen asks for, each of which must have a current version: a
-- list code misspelt or not loaded ('ofac_sdn' for us_ofac_sdn) would find
-- nothing, and a screen that finds nothing reads as a clean name.  So would
-- a screen against no list: an empty array, or (lists NULL, every list) a
-- database with none loaded.  NULL for every list.
CREATE FUNCTION _current_lists(lists text[]) RETURNS text[]
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	l text;
BEGIN
	IF lists IS NULL THEN
		IF NOT EXISTS (SELECT FROM sanctions.list_version v WHERE v.is_current) THEN
			RAISE EXCEPTION 'no list is loaded'
				USING ERRCODE = 'undefined_object',
					  DETAIL = 'A screen would find nothing.',
					  HINT = 'Load a list first: see sanctions.import_ofac, sanctions.import_un and bin/sanctions-load.';
		END IF;
		RETURN NULL;
	END IF;
	IF cardinality(lists) = 0 THEN
		RAISE EXCEPTION 'no list to screen against'
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = 'lists is an empty array; a screen against it would find nothing.',
				  HINT = 'Name the lists, or pass NULL for every list loaded.';
	END IF;
	FOREACH l IN ARRAY lists LOOP
		IF l IS NULL OR NOT EXISTS (SELECT FROM sanctions.list_version v WHERE v.list = l AND v.is_current) THEN
			RAISE EXCEPTION 'no list % is loaded', coalesce(quote_literal(l), 'NULL')
				USING ERRCODE = 'undefined_object',
					  DETAIL = 'A screen against it would find nothing.',
					  HINT = coalesce('The lists loaded are: ' ||
						  (SELECT string_agg(v.list, ', ' ORDER BY v.list) FROM sanctions.list_version v WHERE v.is_current) || '.',
						  'No list is loaded.');
		END IF;
	END LOOP;
	RETURN lists;
END
$$;

-- A country's name as a key of sanctions.country_name: its letters and
-- digits without accents, in lower case, cut into words at anything else
-- (apostrophes dropped), "st" read "saint", without "the", "of" and "and"
-- (unless nothing else is left: AND is Andorra's code), distinct and sorted,
-- so that "Korea, North" and "North Korea", "Iran (Islamic Republic of)" and
-- "Islamic Republic of Iran" are one key.  Not the canonical form of a
-- name, whose rules read "DR" as a title and "Company" as a legal form
-- (DR Congo is not the Congo, and "Company" is not CO).  What
-- src/data/gen_countries.py does to the names it writes.
CREATE FUNCTION country_key(name text) RETURNS text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN (SELECT coalesce(pg_catalog.string_agg(DISTINCT t, ' ' ORDER BY t)
								FILTER (WHERE t NOT IN ('the', 'of', 'and')),
							pg_catalog.string_agg(DISTINCT t, ' ' ORDER BY t))
			FROM (SELECT CASE w[1] WHEN 'st' THEN 'saint' ELSE w[1] END AS t
				  FROM pg_catalog.regexp_matches(
						   pg_catalog.lower(pg_catalog.regexp_replace(pg_catalog.normalize(name, 'NFKD'),
																	  '[\u0300-\u036f''\u2019\u02bc]', '', 'g')),
						   '[a-z0-9]+', 'g') AS w) AS x);

COMMENT ON FUNCTION country_key(text) IS
	'a country name as a key of sanctions.country_name: its words without accents, lower case, sorted, without the, of, and (unless nothing else is left)';

-- The ISO 3166-1 alpha-2 code of a country given by a name, a nationality
-- or a code in any of the forms of sanctions.country_name, or NULL.  A name
-- that ends in a remark of time in parentheses ("Pakistan (at time of
-- listing)", "... (as of June 2016)", as the UK list writes some) is read
-- without it; no other parenthesis is dropped, since it may be what names
-- the country ("Congo (Kinshasa)", "China (Taiwan)": unknown, not CG or CN).
CREATE FUNCTION country_code(name text) RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	RETURN (SELECT c.code FROM sanctions.country_name c
			WHERE c.key = sanctions.country_key(pg_catalog.regexp_replace(country_code.name,
				'\s*\(\s*(at time of|as of|as at|until|since|from|formerly|previously|before|after)\M[^()]*\)?\s*$',
				'', 'i')));

COMMENT ON FUNCTION country_code(text) IS
	'the ISO 3166-1 alpha-2 code of a country name, nationality or code (Korea, North; Iran (Islamic Republic of); Iraqi; IR; IRN), or NULL';

-- A country as screen() compares it: its code, or for a name the table does
-- not know, its key in lower case (the key made once; never two capital
-- letters, as a code is)
CREATE FUNCTION _country(name text) RETURNS text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	RETURN coalesce(sanctions.country_code(name), sanctions.country_key(name));

-- Whether a list entry's countries agree with the screened party's (each as
-- _country gives it): true when one of them is the party's; false only when
-- every country on both sides is known (a code) and none is the party's;
-- otherwise NULL, since a country the table does not know (the list's
-- "undetermined", a customer's "N/A") may be any country.  Also NULL when
-- either side has none.
CREATE FUNCTION _countries_agree(listed text[], party text) RETURNS boolean
	LANGUAGE sql STABLE PARALLEL SAFE
	RETURN (SELECT CASE WHEN party IS NULL OR pg_catalog.count(*) = 0 THEN NULL
						WHEN pg_catalog.bool_or(c = party) THEN true
						WHEN party !~ '^[A-Z]{2}$' OR NOT pg_catalog.bool_and(c IS NOT NULL AND c ~ '^[A-Z]{2}$')
							THEN NULL
						ELSE false END
			FROM (SELECT l, sanctions._country(l) AS c FROM pg_catalog.unnest(listed) AS l) AS x
			-- (a country in letters no key is made of, Сирия, is one not known)
			WHERE c IS NOT NULL OR l ~ '[[:alpha:]]');

-- Whether a list entry's dates of birth agree with the screened party's
-- years: true when one of them admits one; false only when every one of
-- them was read and none does; otherwise NULL (a date kept as the list gave
-- it, "Between Aug. and Sep. 1977", may be the party's).  Also NULL when
-- either side has none.
CREATE FUNCTION _birth_dates_agree(listed text[], y int4range) RETURNS boolean
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN (SELECT CASE WHEN y IS NULL OR pg_catalog.count(*) = 0 THEN NULL
						WHEN pg_catalog.bool_or(a) THEN true
						WHEN pg_catalog.bool_and(a IS NOT NULL) THEN false END
			FROM (SELECT sanctions._birth_year_agrees(d, y) AS a FROM pg_catalog.unnest(listed) AS d) AS x);

-- Every current list entry with a name that matches, best name per entry,
-- with what the list says of birth dates and countries, whether they agree
-- with what is known of the screened party, and the explanation of the score.
CREATE FUNCTION screen(name text, threshold real DEFAULT NULL, lists text[] DEFAULT NULL,
					   birth_date text DEFAULT NULL, country text DEFAULT NULL)
RETURNS TABLE (entity_id bigint, list text, source_id text, kind text, matched_name text,
			   name_type text, weak boolean, score real, birth_dates text[], countries text[],
			   birth_date_agrees boolean, country_agrees boolean, explanation jsonb)
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
	-- The name is scored as written, not as its canonical form: the readings
	-- of a name in Han letters (Korean, Japanese) and of a Wade-Giles one (its
	-- hyphens and apostrophes) are made from the written form, which is also
	-- what explain() is given below, so that its score is the row's.
	WITH q AS (
		SELECT coalesce($2, sanctions.current_threshold()) AS t
		-- a name with no letter or digit matches nothing, even at threshold 0
		WHERE sanctions.normalize($1) <> ''
	), l AS MATERIALIZED (			-- checked once a call, first (below)
		SELECT sanctions._current_lists($3) AS lists
	), p AS MATERIALIZED (			-- the screened party's year and country:
		SELECT sanctions._birth_years($4) AS born,		-- made once, when a
			   sanctions._country($5) AS country		-- first hit asks
	), hits AS (
		SELECT DISTINCT ON (e.id) e.id, e.list, e.source_id, e.kind, n.name, n.name_type, n.weak,
			   sanctions.similarity($1, n.name_norm) AS score, e.birth_dates,
			   ARRAY(SELECT DISTINCT c FROM pg_catalog.unnest(coalesce(e.nationalities, '{}') || coalesce(e.countries, '{}')) c) AS countries
		FROM q, l, sanctions.entity_name n JOIN sanctions.entity e ON e.id = n.entity_id
		WHERE n.name_norm OPERATOR(sanctions.%) sanctions.query($1, q.t)
		  AND ($3 IS NULL OR e.list = ANY (l.lists))
		ORDER BY e.id, score DESC, n.name_type = 'primary' DESC, n.id
	)
	SELECT h.id, h.list, h.source_id, h.kind, h.name, h.name_type, h.weak, h.score,
		   h.birth_dates, h.countries,
		   sanctions._birth_dates_agree(h.birth_dates, (SELECT p.born FROM p)),
		   sanctions._countries_agree(h.countries, (SELECT p.country FROM p)),
		   sanctions.explain($1, h.name)
	FROM hits h
	-- the lists are checked before any name is: a one-time test, whether
	-- or not a name matches
	WHERE (SELECT true FROM l)
	ORDER BY h.score DESC, h.id
$$;

COMMENT ON FUNCTION screen(text, real, text[], text, text) IS
	'current list entries whose names match, best name per entry, with birth dates, countries and the explanation';
