-- GIN and GiST return exactly what a sequential scan returns: the same
-- queries run by each, with one expected output.
SET search_path = sanctions, public;
SET extra_float_digits = 0;

CREATE TABLE test_names (id int PRIMARY KEY, name text);
INSERT INTO test_names VALUES
	(1, 'PUTIN, Vladimir Vladimirovich'), (2, 'Путин Владимир'), (3, 'KONONOV, Vladimir P.'),
	(4, 'BIN LADEN, Usama bin Muhammad bin Awad'), (5, 'أسامة بن لادن'), (6, 'AL-QAIDA'),
	(7, 'AL QA''IDA'), (8, 'JSC ARGUMENT'), (9, 'JSCARGUMENT'), (10, 'SEA STAR 1'),
	(11, 'SEA STAR 2'), (12, 'BANK MELLI IRAN'), (13, 'BANK MELLAT'), (14, 'Mohammed bin Salman'),
	(15, 'محمد بن سلمان'), (16, 'Abdul Rahman'), (17, 'Abdulrahman'), (18, 'V. Putin'),
	(19, 'George Bush'), (20, 'George Habbash'), (21, 'Emma LLC'), (22, 'Acme LLC'),
	(23, 'Ελευθέριος Βενιζέλος'), (24, '金正恩'), (25, 'KIM Jong Un'), (26, 'x'), (27, ''),
	(28, '()'), (29, NULL), (30, '12345'), (31, 'SHCHERBAKOV, Aleksandr'), (32, 'Scherbakov Alexander'),
	(33, 'Olaf Scholz'), (34, 'Olaf Schulze'), (35, 'Octavian Scholz'),
	(36, 'Общество с ограниченной ответственностью «Ромашка»'), (37, 'OOO ROMASHKA'),
	(38, repeat('Ab Cd ', 300)), (39, 'A B C D E F'), (40, 'Mr John SMITH'),
	(41, 'Uthman Ali Kadhim'), (42, 'HIGHER INSTITUTE OF APPLIED SCIENCE AND TECHNOLOGY'),
	(43, 'CHEHADE, Rachid'), (44, 'NAMCHONGANG TRADING CORPORATION'), (45, 'ISIL-YEMEN'),
	(46, 'IRGC'), (47, 'ברוך גולדברג'), (48, 'YUSUF, Ahmad'), (50, 'LEE Myung-bak'),
	(51, 'RI Myong Bak'), (52, 'Li Mingbo'), (53, 'ASAHARA, Shoko'), (54, 'MAO, Zedong'),
	(55, 'KIM, Yo''-cho''ng'), (56, 'BEN GVIR, Itamar'), (57, 'LIBERMAN, Avigdor'),
	(58, 'Rivka Levi'), (59, 'Naftali Bennett'), (60, 'AKHUNDZADA, Haibatullah'), (61, 'Saifullah');
-- a name of so many distinct words that a GiST leaf stores its signature, not its keys
INSERT INTO test_names SELECT 49, string_agg(translate(md5(i::text), '0123456789',
	CASE WHEN i % 2 = 0 THEN 'ghijklmnop' ELSE 'qrstuvwxyz' END), ' ' ORDER BY i)
FROM generate_series(1, 60) i;

CREATE TABLE test_queries (q text);
INSERT INTO test_queries VALUES
	('Vladimir Putin'), ('Putin'), ('Usama bin Laden'), ('Al Qaida'), ('JSC Argument'),
	('SEA STAR 1'), ('Bank Melli'), ('Muhammad bin Salman'), ('Abdulrahman'), ('V Putin'),
	('George Bush'), ('Emma LLC'), ('Venizelos'), ('Kim Jong Un'), ('x'), (''), ('12345'),
	('Alexander Shcherbakov'), ('Olaf Scholz'), ('Romashka LLC'), ('John Smith'), ('Ab Cd'),
	('Osman Ali Kazim'), ('HIAST'), ('Rashid Shihadi'),
	('Nam Chon Gang Corporation'), ('Islamic State of Iraq and the Levant Yemen'),
	('Islamic Revolutionary Guard Corps'), ('Baruch Goldberg'), ('يوسف احمد'),
	-- Han letters, read in Mandarin, in Korean (North and South spellings) and
	-- in Japanese; Wade-Giles, read in pinyin too; a Korean name in other
	-- romanisations
	('金正恩'), ('李明博'), ('麻原彰晃'), ('Mao Tse-tung'), ('Kim Yeo Jeong'),
	-- Hebrew letters, whose bet, kaf and pe inside a word are also read the
	-- other way
	('איתמר בן גביר'), ('אביגדור ליברמן'), ('רבקה לוי'), ('נפתלי בנט'),
	-- a word and Allah, two words in Arabic script and one in Latin letters
	('هبة الله أخوندزاده'), ('سيف الله');
INSERT INTO test_queries SELECT split_part(name, ' ', 1) || ' ' || split_part(name, ' ', 2)
FROM test_names WHERE id = 49;

-- Which rows match each query at threshold t, and the five nearest.
CREATE FUNCTION test_matches(t real) RETURNS TABLE (q text, ids text) LANGUAGE sql STABLE AS $$
	SELECT tq.q, (SELECT string_agg(n.id::text, ',' ORDER BY n.id) FROM test_names n
				  WHERE n.name % sanctions.query(tq.q, t))
	FROM test_queries tq ORDER BY tq.q
$$;
CREATE FUNCTION test_nearest() RETURNS TABLE (q text, distances text) LANGUAGE sql STABLE AS $$
	SELECT tq.q, (SELECT string_agg(round(d::numeric, 4)::text, ' ') FROM
				  (SELECT n.name <-> tq.q AS d FROM test_names n ORDER BY n.name <-> tq.q LIMIT 5) x)
	FROM test_queries tq ORDER BY tq.q
$$;

-- 1. Sequential scan
SET enable_seqscan = on; SET enable_indexscan = off; SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM test_names WHERE name % query('Vladimir Putin', 0.5);
SELECT t, q, ids FROM unnest(ARRAY[0, 0.3, 0.6, 0.8, 1]::real[]) t, test_matches(t) ORDER BY t, q;
SET sanctions.threshold = 0.7;
SELECT id FROM test_names WHERE name % 'Vladimir Putin' ORDER BY id;
RESET sanctions.threshold;
SELECT * FROM test_nearest();

-- 2. GIN
CREATE INDEX test_names_gin ON test_names USING gin (name name_gin_ops);
SET enable_seqscan = off; SET enable_indexscan = on; SET enable_bitmapscan = on;
EXPLAIN (COSTS OFF) SELECT id FROM test_names WHERE name % query('Vladimir Putin', 0.5);
SELECT t, q, ids FROM unnest(ARRAY[0, 0.3, 0.6, 0.8, 1]::real[]) t, test_matches(t) ORDER BY t, q;
SET sanctions.threshold = 0.7;
EXPLAIN (COSTS OFF) SELECT id FROM test_names WHERE name % 'Vladimir Putin' ORDER BY id;
SELECT id FROM test_names WHERE name % 'Vladimir Putin' ORDER BY id;
RESET sanctions.threshold;
DROP INDEX test_names_gin;

-- 3. GiST
CREATE INDEX test_names_gist ON test_names USING gist (name name_gist_ops);
EXPLAIN (COSTS OFF) SELECT id FROM test_names WHERE name % query('Vladimir Putin', 0.5);
SELECT t, q, ids FROM unnest(ARRAY[0, 0.3, 0.6, 0.8, 1]::real[]) t, test_matches(t) ORDER BY t, q;
SET sanctions.threshold = 0.7;
SELECT id FROM test_names WHERE name % 'Vladimir Putin' ORDER BY id;
RESET sanctions.threshold;
EXPLAIN (COSTS OFF) SELECT id FROM test_names ORDER BY name <-> 'Vladimir Putin' LIMIT 5;
SELECT * FROM test_nearest();
DROP INDEX test_names_gist;

-- GiST with a small signature (an opclass option) is still exact
CREATE INDEX test_names_gist8 ON test_names USING gist (name name_gist_ops (siglen = 8));
SELECT t, q, ids FROM unnest(ARRAY[0.3, 0.8]::real[]) t, test_matches(t) ORDER BY t, q;
SELECT * FROM test_nearest();
DROP INDEX test_names_gist8;

-- On an expression (the normalised name) and with NULLs, updates, deletes, VACUUM, REINDEX
CREATE INDEX test_names_norm_gin ON test_names USING gin (sanctions.normalize(name) name_gin_ops);
EXPLAIN (COSTS OFF) SELECT id FROM test_names WHERE sanctions.normalize(name) % query('Vladimir Putin', 0.5);
SELECT id FROM test_names WHERE sanctions.normalize(name) % query('Vladimir Putin', 0.5) ORDER BY id;
CREATE INDEX test_names_gist2 ON test_names USING gist (name name_gist_ops);
UPDATE test_names SET name = 'PUTIN Vladimir' WHERE id = 29;
DELETE FROM test_names WHERE id = 1;
VACUUM test_names;
REINDEX TABLE test_names;
SELECT id FROM test_names WHERE name % query('Vladimir Putin', 0.5) ORDER BY id;
DROP INDEX test_names_gist2;
CREATE INDEX CONCURRENTLY test_names_gin_cc ON test_names USING gin (name name_gin_ops);
SELECT id FROM test_names WHERE name % query('Vladimir Putin', 0.5) ORDER BY id;

-- The operator classes validate
SELECT opcname, amvalidate(opc.oid) FROM pg_opclass opc JOIN pg_namespace n ON n.oid = opc.opcnamespace
WHERE n.nspname = 'sanctions' ORDER BY 1;

RESET enable_seqscan; RESET enable_indexscan; RESET enable_bitmapscan;
DROP TABLE test_names, test_queries;

-- With both indexes on a column and no setting to steer it, the planner
-- takes GIN for % and GiST for ordering by <->: a name_gist_ops scan is
-- priced as the scan of every leaf that it is (see src/pg/gist_cost.c),
-- not as the page or two that the condition's selectivity would give.
CREATE TABLE test_planner AS
	SELECT i AS id,
		initcap(translate(substr(md5(i::text), 1, 7), '0123456789', 'aeioubrstn')) || ' ' ||
		initcap(translate(substr(md5((i * 7)::text), 1, 9), '0123456789', 'aeiouklmpd')) AS name
	FROM generate_series(1, 5000) i;
CREATE INDEX test_planner_gin ON test_planner USING gin (name name_gin_ops);
CREATE INDEX test_planner_gist ON test_planner USING gist (name name_gist_ops);
ANALYZE test_planner;
EXPLAIN (COSTS OFF) SELECT id FROM test_planner WHERE name % 'Vladimir Putin';
EXPLAIN (COSTS OFF) SELECT id FROM test_planner WHERE name % query('Vladimir Putin', 0.5);
EXPLAIN (COSTS OFF) SELECT id FROM test_planner ORDER BY name <-> 'Vladimir Putin' LIMIT 5;

-- A join of customers to the list is a nested loop over the customers with
-- a GIN scan of the list for each.  Its rows are estimated as the share of
-- pairs of unrelated names that reach the threshold (src/core/match_share.c):
-- 1,000 x 5,000 pairs at 0.8 give 2 rows, not PostgreSQL's default 1%
-- (50,000); a semi join, the customers with at least one match.
CREATE TABLE test_customers AS
	SELECT i AS id,
		initcap(translate(substr(md5((i * 3)::text), 1, 6), '0123456789', 'aeioubrstn')) || ' ' ||
		initcap(translate(substr(md5((i * 11)::text), 1, 8), '0123456789', 'aeiouklmpd')) AS name
	FROM generate_series(1, 1000) i;
ANALYZE test_customers;
CREATE FUNCTION plan_rows(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
	p json;
BEGIN
	EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO p;
	RETURN (p->0->'Plan'->>'Plan Rows')::numeric;
END
$$;
EXPLAIN (COSTS OFF) SELECT c.id, l.id FROM test_customers c JOIN test_planner l ON l.name % c.name;
SELECT plan_rows('SELECT c.id, l.id FROM test_customers c JOIN test_planner l ON l.name % c.name') AS at_08,
	plan_rows('SELECT c.id, l.id FROM test_customers c JOIN test_planner l ON l.name % query(c.name, 0.55)') AS at_055,
	plan_rows('SELECT c.id FROM test_customers c WHERE EXISTS (SELECT FROM test_planner l WHERE l.name % c.name)') AS semi_08;
SET sanctions.threshold = 0.3;
SELECT plan_rows('SELECT c.id, l.id FROM test_customers c JOIN test_planner l ON l.name % c.name') AS at_03;
SET sanctions.threshold = 0;
SELECT plan_rows('SELECT c.id, l.id FROM test_customers c JOIN test_planner l ON l.name % c.name') AS at_0;
RESET sanctions.threshold;
DROP FUNCTION plan_rows(text);
DROP TABLE test_customers;
DROP TABLE test_planner;
DROP FUNCTION test_matches(real), test_nearest();
