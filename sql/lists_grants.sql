-- Privileges as the README gives them: an administrative role imports, a
-- reading role reads and screens; nothing runs as another role.
\set SHOW_CONTEXT never
\set VERBOSITY default

CREATE ROLE regress_lists_admin;
CREATE ROLE regress_lists_reader;

GRANT USAGE ON SCHEMA sanctions TO regress_lists_admin, regress_lists_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA sanctions TO regress_lists_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA sanctions TO regress_lists_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA sanctions TO regress_lists_admin;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA sanctions TO regress_lists_admin;

-- the administrative role loads a list
SET ROLE regress_lists_admin;
SELECT sanctions.import_watchlist(convert_to(E'id,name,kind\nG1,Granted Person,person\n', 'UTF8'), 'grants_test') IS NOT NULL AS loaded;
RESET ROLE;
SELECT loaded_by, entity_count FROM sanctions.list_version WHERE list = 'grants_test';

-- the reading role reads and screens, and can neither load nor change
SET ROLE regress_lists_reader;
SELECT e.source_id, n.name FROM sanctions.entity e JOIN sanctions.entity_name n ON n.entity_id = e.id
 WHERE e.list = 'grants_test' AND n.name_norm = sanctions.normalize('PERSON, Granted');
SELECT sanctions.import_watchlist(convert_to(E'id,name,kind\nG2,Other,person\n', 'UTF8'), 'grants_test');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions.prune_history();
\echo :LAST_ERROR_SQLSTATE
DELETE FROM sanctions.entity WHERE list = 'grants_test';
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;

-- a role with no grant at all sees nothing
CREATE ROLE regress_lists_nobody;
SET ROLE regress_lists_nobody;
SELECT count(*) FROM sanctions.entity;
\echo :LAST_ERROR_SQLSTATE
RESET ROLE;

SELECT count(*) AS still_there FROM sanctions.entity WHERE list = 'grants_test';

DROP OWNED BY regress_lists_admin, regress_lists_reader, regress_lists_nobody;
DROP ROLE regress_lists_admin, regress_lists_reader, regress_lists_nobody;
