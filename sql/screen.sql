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
', 'UTF8'), 'demo_list') > 0 AS loaded;

SELECT source_id, matched_name, name_type, round(score::numeric, 2) AS score, birth_dates, countries,
	   birth_date_agrees, country_agrees
FROM screen('Vladimir Putin', lists => '{demo_list}', birth_date => '1952', country => 'RU');

SELECT source_id, matched_name, round(score::numeric, 2) AS score FROM screen('Usama bin Ladin', lists => '{demo_list}');
SELECT source_id, matched_name, round(score::numeric, 2) AS score FROM screen('SEA STAR 1', lists => '{demo_list}');
SELECT source_id, matched_name, round(score::numeric, 2) AS score FROM screen('ООО "Ромашка"', lists => '{demo_list}');
SELECT source_id, matched_name, round(score::numeric, 2) AS score FROM screen('Vladimir Putin', 0.99, '{demo_list}');
SELECT count(*) FROM screen('Vladimir Putin', lists => ARRAY['no_such_list']);
SELECT count(*) FROM screen('John Smith', lists => '{demo_list}');
SELECT count(*) AS null_name_matches FROM screen(NULL);

-- the explanation's score is the row's score
SELECT bool_and((explanation->>'score')::real = score) FROM screen('V Putin', 0.5, '{demo_list}');

-- the screening query uses an index on the stored canonical names
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM entity_name WHERE name_norm % query('vladimir putin', 0.8);
RESET enable_seqscan;

SELECT retire_list('demo_list') IS NOT NULL AS retired;
