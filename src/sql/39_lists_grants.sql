
-- ---------------------------------------------------------------------------
-- Privileges.  Importing and administering lists is for an administrative
-- role; reading the tables (and screening) for others.  Nothing here is
-- SECURITY DEFINER: a role that imports needs the table privileges itself,
-- which the database owner grants (see "Lists / Privileges" in the README).
-- The functions that write are not executable by PUBLIC.
-- ---------------------------------------------------------------------------

REVOKE ALL ON FUNCTION
	import_ofac(bytea, bytea, bytea, text, bytea),
	import_un(bytea, text),
	import_uk(bytea, text),
	import_eu(bytea, text),
	import_opensanctions(bytea, text),
	import_watchlist(bytea, text),
	retire_list(text),
	prune_history(integer, text, timestamptz),
	_stage_reset(),
	_stage_csv(text, bytea, text, text),
	_begin_import(text, jsonb),
	_begin_document(text, bytea, text),
	_publish(text, text, jsonb, text, date),
	_archive_current(text),
	_import_eu_csv(text),
	_import_eu_xml(xml, text),
	_import_os_csv(text),
	_import_ftm(text, text)
FROM PUBLIC;
