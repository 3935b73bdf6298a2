-- The score of OFAC's Sanctions List Search: real names, edge cases, bounds.
SET search_path = sanctions, public;

-- NULL in, NULL out (STRICT)
SELECT ofac_score(NULL, 'PUTIN, Vladimir') IS NULL AS null_query,
       ofac_score('VLADIMIR PUTIN', NULL) IS NULL AS null_candidate;

-- a name with no letter or digit scores 0 against anything
SELECT ofac_score('', 'PUTIN, Vladimir') AS empty_query,
       ofac_score('VLADIMIR PUTIN', '') AS empty_candidate,
       ofac_score('', '') AS both_empty,
       ofac_score(' ,.;:-()''"/ ', ' ,.;:-()''"/ ') AS punctuation_only;

-- real names: the typed name first, the list name second
SELECT q, c, ofac_score(q, c) FROM (VALUES
	('VLADIMIR PUTIN', 'PUTIN, Vladimir'),
	('VLADIMIR PUTIN', 'PUTIN, Vladimir Vladimirovich'),
	('vladimir putin', 'PUTIN, Vladimir'),
	('VLADIMIR PUTIN', 'VLADIMIR BILIY'),
	('PUTIN VLADIMIR', 'TURIN, Vladimir'),
	('PUTIN', 'PUTINA, Maria'),
	('OSAMA BIN LADEN', 'BIN LADEN, Osama'),
	('OSAMA BIN LADEN', 'BIN LADIN, Osama'),
	('USAMA BIN LADIN', 'BIN LADEN, Osama'),
	('ABD AL RAHMAN', '''ABD AL-RAHMAN'),
	('BASHIR-UD-DIN', 'MAHMOOD, Sultan Bashir-Ud-Din'),
	('J.P. MORGAN', 'MORGAN HUERTA, Jose Arnoldo'),
	('Nicolás Maduro', 'MADURO MOROS, Nicolas'),
	('GEORGE BUSH', 'GEORGIOU, Georgios'),
	('BUSH GEORGE', 'GEORGIOU, Georgios'),
	('GEORGE BUSH', 'HASWANI, George'),
	('GEORGE BUSH', 'PUTIN, Vladimir'),
	('ALQAEDA', 'AL QAEDA'),
	('AL QAEDA', 'AL QAIDA'),
	('Владимир Путин', 'PUTIN, Vladimir')
) AS t(q, c) ORDER BY 3 DESC, 1, 2;

-- the score is not symmetric: the typed name's parts are what is matched
SELECT ofac_score('PUTIN', 'PUTIN, Vladimir') AS part_of_candidate,
       ofac_score('PUTIN, Vladimir', 'PUTIN') AS candidate_is_part;

-- always within 0..100
SELECT min(ofac_score(a, b)) >= 0 AND max(ofac_score(a, b)) <= 100 AS in_range
FROM (VALUES ('A'), ('ZZ'), ('MOHAMMED ALI'), ('Ali, Mohammed'), ('1'), ('SEA STAR 1')) AS x(a),
     (VALUES ('MOHAMMAD ALI HASSAN'), ('A'), ('SEA STAR'), ('1')) AS y(b);

-- a long name: work is capped (256 letters, 32 parts), the result stays sane
SELECT ofac_score(repeat('VLADIMIR PUTIN ', 70000), 'PUTIN, Vladimir') AS long_query,
       ofac_score('VLADIMIR PUTIN', repeat('PUTIN, Vladimir ', 70000)) AS long_candidate,
       ofac_score(repeat('x', 1048576), repeat('x', 1048576)) AS one_megabyte;

-- declared IMMUTABLE STRICT PARALLEL SAFE
SELECT provolatile, proisstrict, proparallel FROM pg_proc
WHERE oid = 'sanctions.ofac_score(text, text)'::regprocedure;
