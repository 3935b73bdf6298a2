-- The list tables: columns, indexes, extension configuration (pg_dump),
-- and who may do what by default.
\set SHOW_CONTEXT never

SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
	   a.attgenerated <> '' AS generated
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
 WHERE c.relnamespace = 'sanctions'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY c.relname, a.attnum;

-- the names are indexed on their normalised form
SELECT indexrelid::regclass AS index, pg_get_indexdef(indexrelid) AS definition
  FROM pg_index WHERE indrelid = 'sanctions.entity_name'::regclass ORDER BY 1;

-- tables and sequences whose contents pg_dump keeps
SELECT c::regclass AS dumped FROM pg_extension, unnest(extconfig) AS c WHERE extname = 'sanctions' ORDER BY c::regclass::text;

-- the functions that write are not for PUBLIC; reading ones are
SELECT p.oid::regprocedure AS function, has_function_privilege('public', p.oid, 'EXECUTE') AS public_may_execute
  FROM pg_proc p
 WHERE p.pronamespace = 'sanctions'::regnamespace
   AND (p.proname LIKE 'import\_%' OR p.proname IN ('retire_list', 'prune_history', 'version_at', '_publish', '_begin_import'))
 ORDER BY p.oid::regprocedure::text;
-- nothing is SECURITY DEFINER
SELECT count(*) AS security_definer FROM pg_proc WHERE pronamespace = 'sanctions'::regnamespace AND prosecdef;

