-- sanctions.matches(query, candidate, threshold) is similarity() >= threshold
-- as a function; the planner rewrites it into candidate % query(query,
-- threshold), so the indexes serve it, with the same rows as a sequential scan.
SET extra_float_digits = 0;

CREATE TABLE m_names (id int PRIMARY KEY, name text);
INSERT INTO m_names VALUES
	(1, 'PUTIN, Vladimir Vladimirovich'), (2, 'Путин Владимир'), (3, 'KONONOV, Vladimir P.'),
	(4, 'BIN LADEN, Usama bin Muhammad bin Awad'), (5, 'أسامة بن لادن'), (6, 'AL-QAIDA'),
	(7, 'JSC ARGUMENT'), (8, 'JSCARGUMENT'), (9, 'SEA STAR 1'), (10, 'SEA STAR 2'),
	(11, 'George Bush'), (12, 'George Habbash'), (13, '金正恩'), (14, 'KIM Jong Un'),
	(15, 'x'), (16, ''), (17, NULL), (18, 'V. Putin'), (19, 'Vladimir Pozner');
INSERT INTO m_names SELECT 100 + g, 'Person ' || g || ' Name' FROM generate_series(1, 2000) g;
ANALYZE m_names;
CREATE TABLE m_queries (q text);
INSERT INTO m_queries VALUES ('Vladimir Putin'), ('Usama bin Laden'), ('Al Qaida'),
	('JSC Argument'), ('SEA STAR 1'), ('George Bush'), ('Kim Jong Un'), ('x'), (''),
	('ウラジーミル・プーチン'), ('弗拉基米尔·普京'), ('Person 7 Name');

-- The same verdict as similarity() >= t, pair by pair, at every threshold
SELECT t, count(*) AS pairs,
       count(*) FILTER (WHERE sanctions.matches(q, name, t) IS DISTINCT FROM
                              (sanctions.similarity(q, name) >= t)) AS differ
FROM unnest(ARRAY[0, 0.3, 0.5, 0.8, 1]::real[]) t, m_queries, m_names
GROUP BY t ORDER BY t;

-- Which rows each query matches, by sequential scan, GIN and GiST
-- (more than ten rows as their count and the md5 of their list)
CREATE FUNCTION m_matches(t real) RETURNS TABLE (q text, ids text) LANGUAGE sql STABLE AS $$
	SELECT mq.q, (SELECT CASE WHEN count(*) <= 10 THEN string_agg(n.id::text, ',' ORDER BY n.id)
						 ELSE count(*) || ' rows, ' || md5(string_agg(n.id::text, ',' ORDER BY n.id)) END
				  FROM m_names n WHERE sanctions.matches(mq.q, n.name, t))
	FROM m_queries mq ORDER BY mq.q
$$;
SET enable_seqscan = on; SET enable_indexscan = off; SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM m_names WHERE sanctions.matches('Vladimir Putin', name, 0.8);
SELECT t, q, ids FROM unnest(ARRAY[0.3, 0.8]::real[]) t, m_matches(t) ORDER BY t, q;

CREATE INDEX m_names_gin ON m_names USING gin (name sanctions.name_gin_ops);
SET enable_seqscan = off; SET enable_indexscan = on; SET enable_bitmapscan = on;
EXPLAIN (COSTS OFF) SELECT id FROM m_names WHERE sanctions.matches('Vladimir Putin', name, 0.8);
SELECT t, q, ids FROM unnest(ARRAY[0.3, 0.8]::real[]) t, m_matches(t) ORDER BY t, q;
DROP INDEX m_names_gin;

CREATE INDEX m_names_gist ON m_names USING gist (name sanctions.name_gist_ops);
EXPLAIN (COSTS OFF) SELECT id FROM m_names WHERE sanctions.matches('Vladimir Putin', name, 0.8);
SELECT t, q, ids FROM unnest(ARRAY[0.3, 0.8]::real[]) t, m_matches(t) ORDER BY t, q;
DROP INDEX m_names_gist;
RESET enable_seqscan; RESET enable_indexscan; RESET enable_bitmapscan;

-- Without enable_* settings, the planner takes the index on its own; without
-- a threshold, matches() is candidate % query and reads sanctions.threshold
CREATE INDEX m_names_gin ON m_names USING gin (name sanctions.name_gin_ops);
EXPLAIN (COSTS OFF) SELECT id FROM m_names WHERE sanctions.matches('Vladimir Putin', name, 0.8);
EXPLAIN (COSTS OFF) SELECT id FROM m_names WHERE sanctions.matches('Vladimir Putin', name);
SELECT id FROM m_names WHERE sanctions.matches('Vladimir Putin', name) ORDER BY id;
SET sanctions.threshold = 0.5;
SELECT id FROM m_names WHERE sanctions.matches('Vladimir Putin', name) ORDER BY id;
RESET sanctions.threshold;

-- A prepared statement's generic plan, with the query and threshold as
-- parameters, uses the index too; the search_path need not name the schema
SET plan_cache_mode = force_generic_plan;
PREPARE m_screen(text, real) AS SELECT id FROM m_names WHERE sanctions.matches($1, name, $2) ORDER BY id;
EXPLAIN (COSTS OFF) EXECUTE m_screen('Vladimir Putin', 0.8);
EXECUTE m_screen('Vladimir Putin', 0.8);
EXECUTE m_screen('Vladimir Putin', 0.5);
DEALLOCATE m_screen;
RESET plan_cache_mode;
SET search_path = public;
EXPLAIN (COSTS OFF) SELECT id FROM m_names WHERE sanctions.matches('Vladimir Putin', name, 0.8);
RESET search_path;

-- A join of queries to the list: an index scan of the list for each query
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT mq.q, n.id FROM m_queries mq JOIN m_names n ON sanctions.matches(mq.q, n.name, 0.8);
SELECT mq.q, n.id FROM m_queries mq JOIN m_names n ON sanctions.matches(mq.q, n.name, 0.8) ORDER BY 1, 2;
RESET enable_seqscan;

-- NULL in, NULL out; a threshold outside [0, 1] is an error, as in query()
SELECT sanctions.matches(NULL, 'x', 0.5) AS null_query, sanctions.matches('x', NULL, 0.5) AS null_candidate,
       sanctions.matches('x', 'x', NULL) AS null_threshold, sanctions.matches(NULL, 'x') AS null_query_setting;
SELECT count(*) FROM m_names WHERE sanctions.matches('Vladimir Putin', name, NULL);
SELECT sanctions.matches('Vladimir Putin', 'PUTIN, Vladimir', 1.5);
SELECT count(*) FROM m_names WHERE sanctions.matches('Vladimir Putin', name, -0.1);
SELECT count(*) FROM m_names WHERE sanctions.matches('Vladimir Putin', name, 'NaN');

-- Declared properties: the threshold form is IMMUTABLE, the setting form STABLE
SELECT p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel, p.prosupport
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'sanctions' AND p.proname = 'matches' ORDER BY 1::text;

DROP TABLE m_names, m_queries;
DROP FUNCTION m_matches(real);
