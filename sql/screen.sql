-- Screening against loaded lists: best name per entry, index-backed, with
-- birth dates, countries and the explanation.
SET search_path = sanctions, public;
SET extra_float_digits = 0;
SET client_min_messages = warning;
-- (other tests leave lists loaded: every call names the list it screens)

SELECT import_watchlist(convert_to(
'id,name,kind,aliases,date_of_birth,country
W-1,"PUTIN, Vladimir Vladimirovich",person,Путин Владимир;V. Putin,1952-10-07,RU
W-2,"BIN LADEN, Usama",person,Osama bin Laden;أسامة بن لادن,1957,SA
W-3,Sea Star 1,vessel,,,PA
W-4,Sea Star 2,vessel,,,PA
W-5,Romashka LLC,organization,ООО Ромашка,,RU
W-6,"KIM, Jong Un",person,,1984,KP
', 'UTF8'), 'demo_list') > 0 AS loaded;

SELECT source_id, matched_name, name_type, round(score::numeric, 2) AS score, birth_dates, countries,
	   birth_date_agrees, country_agrees
FROM screen('Vladimir Putin', lists => '{demo_list}', birth_date => '1952', country => 'RU');

SELECT source_id, matched_name, round(score::numeric, 2) AS score FROM screen('Usama bin Ladin', lists => '{demo_list}');
SELECT source_id, matched_name, round(score::numeric, 2) AS score FROM screen('SEA STAR 1', lists => '{demo_list}');
SELECT source_id, matched_name, round(score::numeric, 2) AS score FROM screen('ООО "Ромашка"', lists => '{demo_list}');
SELECT source_id, matched_name, round(score::numeric, 2) AS score FROM screen('Vladimir Putin', 0.99, '{demo_list}');
-- a list that is not loaded is an error, not an empty (clean-looking) result
-- (terse: the hint names every list the other tests left loaded)
\set VERBOSITY terse
SELECT count(*) FROM screen('Vladimir Putin', lists => ARRAY['no_such_list']);
SELECT count(*) FROM screen('Vladimir Putin', lists => ARRAY['demo_list', NULL]);
-- ... also when the name matches nothing, where an empty result would look clean
SELECT count(*) FROM screen('Zqxwv Plmkj', lists => ARRAY['no_such_list']);
-- and an empty array of lists is no list at all
SELECT count(*) FROM screen('Zqxwv Plmkj', lists => '{}');
\set VERBOSITY default
SELECT count(*) FROM screen('John Smith', lists => '{demo_list}');
SELECT count(*) AS null_name_matches FROM screen(NULL);
-- a name with no letter or digit matches nothing, even at threshold 0
SELECT count(*) AS blank_name_matches FROM screen('!!!', 0, '{demo_list}');

-- A table screened in one statement (LATERAL), as the first statement of a
-- session: the default threshold is read by the extension's own function,
-- which loads its library, not by current_setting(), which knows the
-- setting only once the library is loaded.
CREATE TABLE test_customers (id int, name text, dob text);
INSERT INTO test_customers VALUES (1, 'Vladimir Putin', '1952'), (2, 'John Smith', NULL),
	(3, 'Sea Star 2', NULL);
\c
SET search_path = sanctions, public;
SELECT c.id, s.source_id, round(s.score::numeric, 2) AS score, s.birth_date_agrees
FROM test_customers c CROSS JOIN LATERAL screen(c.name, lists => '{demo_list}', birth_date => c.dob) s
ORDER BY c.id, s.source_id;
SET extra_float_digits = 0;
SET client_min_messages = warning;
SELECT current_threshold();
SET sanctions.threshold = 0.5;
SELECT current_threshold();
RESET sanctions.threshold;
DROP TABLE test_customers;

-- The year of a date of birth given in any form, against the list's dates
-- (W-1 gives 1952-10-07): agrees, contradicts, or unknown (NULL)
SELECT b AS birth_date, (SELECT birth_date_agrees FROM screen('Vladimir Putin', lists => '{demo_list}', birth_date => b)) AS agrees
FROM unnest(ARRAY['1952', '1952-10-07', '07/10/1952', '7 Oct 1952', '10.07.1953', '19521007', '1953-1955',
				  '1951-1953', 'between 1950 and 1955', '1951 or 1952', 'circa 1950', 'circa 1949', 'unknown']) AS b;
-- a list's dates as the importers write them: a date, an approximate one, a range
SELECT listed, y, _birth_year_agrees(listed, int4range(y, y, '[]')) AS agrees
FROM (VALUES ('1952-10-07', 1952), ('1952-10', 1953), ('1955~', 1957), ('1955~', 1958),
			 ('1957/1959', 1958), ('1977-01-01/1985-12-31', 1986), ('circa 1955', 1955),
			 ('1979~/1982~', 1977), ('1979~/1982~', 1984), ('1979~/1982~', 1985), ('1979/1982~', 1977)) AS t(listed, y);
-- an entry's dates agree when one admits the year, differ only when every
-- one was read and none does: a date kept as the list gave it may be the
-- party's
SELECT d AS listed, _birth_dates_agree(d, int4range(1977, 1977, '[]')) AS agrees
FROM (VALUES (ARRAY['1977']), (ARRAY['1976', '1977~']), (ARRAY['1976']), (ARRAY['1976', 'Between Aug. and Sep. 1977']),
			 (ARRAY['Between Aug. and Sep. 1977']), (ARRAY[]::text[])) AS t(d);

-- Countries agree by their ISO code, whatever name or code either side uses
-- (the list gives RU for W-1 and SA for W-2)
SELECT c AS country, (SELECT country_agrees FROM screen('Vladimir Putin', lists => '{demo_list}', country => c)) AS agrees
FROM unnest(ARRAY['RU', 'RUS', 'Russia', 'Russian Federation', 'ru', 'Russian', 'US', 'Iranian', 'Narnia',
				  'N/A']) AS c;
-- they differ only when every country on both sides is known: one the table
-- does not know may be any country
SELECT l AS listed, p AS party, _countries_agree(l, _country(p)) AS agrees
FROM (VALUES (ARRAY['Iraqi'], 'Iraq'), (ARRAY['Iraq'], 'IQ'), (ARRAY['Afghan', 'Iraq'], 'IQ'),
			 (ARRAY['Pakistan (at time of listing)'], 'PK'), (ARRAY['Syria'], 'IQ'),
			 (ARRAY['Syria', 'undetermined'], 'IQ'), (ARRAY['undetermined'], 'IQ'),
			 (ARRAY['Region: Gaza'], 'Region: Gaza'), (ARRAY['Syria'], 'unknown'), (ARRAY[]::text[], 'IQ'),
			 (ARRAY['DR Congo'], 'CG'), (ARRAY['DR Congo'], 'CD'), (ARRAY['Syria', 'Сирия'], 'IQ'),
			 (ARRAY['Democratic Republic of the Congo'], 'Congo (Kinshasa)')) AS t(l, p);
-- a country given as nothing readable is unknown (NULL), not a contradiction
SELECT quote_literal(c) AS country, (SELECT country_agrees FROM screen('Vladimir Putin', lists => '{demo_list}', country => c)) AS agrees
FROM unnest(ARRAY['', '   ', '-', '???']) AS c;
SELECT n, country_code(n) FROM unnest(ARRAY['Korea, North', 'North Korea', 'KP', 'PRK',
	'Democratic People''s Republic of Korea', 'Iran (Islamic Republic of)', 'Burma', 'UK',
	'Côte d''Ivoire', 'Cote d Ivoire', 'St. Lucia', 'Congo', 'Democratic Republic of the Congo', 'DR Congo',
	'Democratic Republic of the Congo (as of June 2016)', 'Congo (Democratic Republic of the) (at time of listing)',
	'Congo (Kinshasa)', 'China (Taiwan)', 'Sudan (South) (at time of listing)',
	'Company', 'Macau', 'North Korean', 'Korean', 'Narnia', '',
	'AND', 'Andorra', 'XK', 'Kosovo', 'The']) AS n;
-- every name of the table has the key the server gives it
SELECT count(*) AS names, count(*) FILTER (WHERE country_key(name) IS DISTINCT FROM key) AS other_key
FROM country_name;

-- the explanation's score is the row's score
SELECT bool_and((explanation->>'score')::real = score) FROM screen('V Putin', 0.5, '{demo_list}');

-- the name is scored as written, with the readings made from it: a name in
-- Han letters read in Korean, a Korean name in another romanisation
SELECT source_id, matched_name, round(score::numeric, 2) AS score,
	   explanation->>'query_reading' AS reading, (explanation->>'score')::real = score AS same
FROM screen('金正恩', lists => '{demo_list}');
SELECT source_id, matched_name, round(score::numeric, 2) AS score,
	   explanation->>'query_reading' AS reading
FROM screen('Kim Chong Un', lists => '{demo_list}');

-- the screening query uses an index on the stored canonical names
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM entity_name WHERE name_norm % query('vladimir putin', 0.8);
RESET enable_seqscan;

SELECT retire_list('demo_list') IS NOT NULL AS retired;
