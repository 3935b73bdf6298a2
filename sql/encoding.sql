-- A database that is not UTF8 is refused with a clear error.
CREATE DATABASE sanctions_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c sanctions_latin1
\set VERBOSITY default
CREATE EXTENSION sanctions;
\c contrib_regression
DROP DATABASE sanctions_latin1;
-- the objects live in the schema sanctions
SELECT extname, extversion, nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE extname = 'sanctions';
