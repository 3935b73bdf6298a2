-- Versioned refresh: a new version replaces the current one whole, the old
-- one goes to history; an identical file changes nothing; a failed load
-- leaves the current version as it was; history is pruned on request.
\set SHOW_CONTEXT never
SET datestyle = 'ISO, YMD';

CREATE TEMP TABLE fx (name text PRIMARY KEY, data bytea);
INSERT INTO fx VALUES
('v1', convert_to(E'id,name,kind,aliases\nA,Alpha Person,person,Alfa\nB,Beta Company,organization,\n', 'UTF8')),
('v2', convert_to(E'id,name,kind,aliases\nA,Alpha Person,person,Alfa;Alpha P\nC,Gamma Vessel,vessel,\n', 'UTF8')),
('bad', convert_to(E'id,name,kind,aliases\nA,Alpha Person,person,Alfa\nB,"Beta Comp', 'UTF8'));

SELECT sanctions.import_watchlist((SELECT data FROM fx WHERE name = 'v1'), 'refresh_test') AS v1 \gset
SELECT clock_timestamp() AS between_v1_v2 \gset
SELECT sanctions.import_watchlist((SELECT data FROM fx WHERE name = 'v2'), 'refresh_test') AS v2 \gset
SELECT :v2 > :v1 AS newer;

-- the current tables hold version 2 only
SELECT e.source_id, e.list_version = :v2 AS is_v2, array_agg(n.name ORDER BY n.name) AS names
  FROM sanctions.entity e JOIN sanctions.entity_name n ON n.entity_id = e.id
 WHERE e.list = 'refresh_test' GROUP BY 1, 2 ORDER BY 1;
-- version 1 is in history, whole
SELECT h.source_id, h.list_version = :v1 AS is_v1,
	   (SELECT array_agg(nh.name ORDER BY nh.name) FROM sanctions.entity_name_history nh WHERE nh.entity_id = h.id) AS names
  FROM sanctions.entity_history h WHERE h.list = 'refresh_test' ORDER BY 1;
-- the versions: one current; the earlier one replaced when the later loaded
SELECT id = :v1 AS is_v1, is_current, entity_count, name_count, replaced_at IS NOT NULL AS replaced,
	   replaced_at = (SELECT loaded_at FROM sanctions.list_version WHERE id = :v2) AS replaced_by_v2
  FROM sanctions.list_version WHERE list = 'refresh_test' ORDER BY id;
-- what the list said at a time, and every version side by side
SELECT sanctions.version_at('refresh_test', :'between_v1_v2') = :v1 AS then_v1,
	   sanctions.version_at('refresh_test', clock_timestamp()) = :v2 AS now_v2,
	   sanctions.version_at('refresh_test', '2000-01-01') IS NULL AS before_any;
SELECT list_version = :v1 AS is_v1, array_agg(source_id ORDER BY source_id) AS entries
  FROM sanctions.entity_all_versions WHERE list = 'refresh_test' GROUP BY 1 ORDER BY 1;
SELECT v.list_version = :v1 AS is_v1, count(*) AS names
  FROM sanctions.entity_name_all_versions v JOIN sanctions.list_version l ON l.id = v.list_version
 WHERE l.list = 'refresh_test' GROUP BY 1 ORDER BY 1;

-- importing the same file again is detected by its SHA-256: the current
-- version is returned and nothing is loaded
SELECT sanctions.import_watchlist((SELECT data FROM fx WHERE name = 'v2'), 'refresh_test') = :v2 AS same_version;
SELECT count(*) AS versions FROM sanctions.list_version WHERE list = 'refresh_test';
-- the file of an earlier version is a change, and loads
SELECT sanctions.import_watchlist((SELECT data FROM fx WHERE name = 'v1'), 'refresh_test') AS v3 \gset
SELECT :v3 > :v2 AS new_version, (SELECT array_agg(source_id ORDER BY source_id) FROM sanctions.entity
								   WHERE list = 'refresh_test') AS entries;

-- a file that fails leaves the current version untouched
\set VERBOSITY default
SELECT sanctions.import_watchlist((SELECT data FROM fx WHERE name = 'bad'), 'refresh_test');
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS entries, bool_and(list_version = :v3) AS still_v3,
	   (SELECT count(*) FROM sanctions.list_version WHERE list = 'refresh_test') AS versions
  FROM sanctions.entity WHERE list = 'refresh_test';
-- so does a load rolled back by its caller
BEGIN;
SELECT sanctions.import_watchlist((SELECT data FROM fx WHERE name = 'v2'), 'refresh_test') > :v3 AS loaded_in_transaction;
SELECT array_agg(source_id ORDER BY source_id) AS inside FROM sanctions.entity WHERE list = 'refresh_test';
ROLLBACK;
SELECT array_agg(source_id ORDER BY source_id) AS after_rollback, bool_and(list_version = :v3) AS still_v3
  FROM sanctions.entity WHERE list = 'refresh_test';
-- two loads in one transaction: the last is current, the first in history
BEGIN;
SELECT sanctions.import_watchlist((SELECT data FROM fx WHERE name = 'v2'), 'refresh_test') AS v4 \gset
SELECT sanctions.import_watchlist(convert_to(E'id,name,kind,aliases\nZ,Zeta,person,Zed;Zeta Z\n', 'UTF8'), 'refresh_test') AS v5 \gset
COMMIT;
SELECT (SELECT array_agg(source_id) FROM sanctions.entity WHERE list = 'refresh_test') AS current_entries,
	   (SELECT count(*) FROM sanctions.entity_history WHERE list_version = :v4) AS v4_in_history,
	   (SELECT is_current FROM sanctions.list_version WHERE id = :v5) AS v5_current;
-- a version that keeps its entries but loses more than half of its names
-- (aliases cut short or left out) is refused too
SELECT sanctions.import_watchlist(convert_to(E'id,name,kind\nZ,Zeta,person\n', 'UTF8'), 'refresh_test');
\echo :LAST_ERROR_SQLSTATE

-- a file with less than half the entries of the current version is refused
-- (a file cut at the end of a record parses, but loses entries) ...
SELECT sanctions.import_watchlist(convert_to(E'id,name,kind\nA,Alpha Person,person\nB,Beta,person\nC,Gamma,person\n', 'UTF8'),
								   'refresh_shrink') IS NOT NULL AS loaded;
SELECT sanctions.import_watchlist(convert_to(E'id,name,kind\nA,Alpha Person,person\n', 'UTF8'), 'refresh_shrink');
\echo :LAST_ERROR_SQLSTATE
SELECT count(*) AS entries FROM sanctions.entity WHERE list = 'refresh_shrink';
-- ... unless the list is retired first, in the same transaction, so that
-- readers never see it empty
BEGIN;
SELECT sanctions.retire_list('refresh_shrink') IS NOT NULL AS retired;
SELECT sanctions.import_watchlist(convert_to(E'id,name,kind\nA,Alpha Person,person\n', 'UTF8'), 'refresh_shrink') IS NOT NULL AS loaded;
COMMIT;
SELECT count(*) AS entries FROM sanctions.entity WHERE list = 'refresh_shrink';

-- other lists are not touched by a load
SELECT sanctions.import_watchlist((SELECT data FROM fx WHERE name = 'v1'), 'refresh_other') IS NOT NULL AS loaded;
SELECT list, count(*) FROM sanctions.entity WHERE list IN ('refresh_test', 'refresh_other') GROUP BY 1 ORDER BY 1;

-- pruning: keep the newest earlier version of refresh_test; the rows of
-- the others leave history, their list_version rows stay, marked
SELECT sanctions.prune_history(keep => 1, list => 'refresh_test') AS pruned;
SELECT id = :v4 AS is_v4, is_current, pruned_at IS NOT NULL AS pruned,
	   (SELECT count(*) FROM sanctions.entity_history h WHERE h.list_version = v.id) AS history_rows,
	   (SELECT count(*) FROM sanctions.entity_name_history h WHERE h.list_version = v.id) AS history_names
  FROM sanctions.list_version v WHERE list = 'refresh_test' ORDER BY id;
SELECT sanctions.prune_history(keep => 1, list => 'refresh_test') AS pruned_again;
SELECT sanctions.prune_history(list => 'refresh_test', replaced_before => '2000-01-01') AS nothing_that_old;
SELECT sanctions.prune_history(-1);
\echo :LAST_ERROR_SQLSTATE

-- retiring a list takes it out of screening; its last version goes to history
SELECT sanctions.retire_list('refresh_other') IS NOT NULL AS retired;
SELECT (SELECT count(*) FROM sanctions.entity WHERE list = 'refresh_other') AS current_rows,
	   (SELECT count(*) FROM sanctions.entity_history WHERE list = 'refresh_other') AS history_rows,
	   (SELECT count(*) FROM sanctions.list_version WHERE list = 'refresh_other' AND is_current) AS current_versions;
SELECT sanctions.retire_list('refresh_other') IS NULL AS nothing_to_retire;

DELETE FROM fx;
