-- The byte readers behind the importers: decoding and CSV records.
\set SHOW_CONTEXT never
SET datestyle = 'ISO, YMD';

-- RFC 4180: quoted fields hold delimiters, doubled quotes and line breaks;
-- each record carries the line it starts on; blank lines are skipped;
-- LF, CRLF and CR all end a record
SELECT line, fields FROM sanctions._csv_rows(E'a,"b,c",d\r\n\r\n1,"x""y\nz" ,3\n4\r5,,\n"",x', ',', 'the test file');
-- spaces around an unquoted field are kept; the OFAC "-0- " shape
SELECT line, fields FROM sanctions._csv_rows(E'36,"AERO",-0- ,"CUBA"', ',', 'f');
-- another delimiter, and line numbers counted from a given first line
SELECT line, fields FROM sanctions._csv_rows(E'a;"b;c"\nd;e', ';', 'f', 40);
-- a quote inside an unquoted field is kept as it is
SELECT line, fields FROM sanctions._csv_rows(E'O"Brien,x', ',', 'f');
-- a tab as the delimiter after a quoted field (TSV), and blanks after a quote
SELECT line, fields FROM sanctions._csv_rows(E'"a"\t"b"\tc\n"d" \t"e"', E'\t', 'f');
-- errors name the file and the line
\set VERBOSITY default
SELECT * FROM sanctions._csv_rows(E'a,b\n"c,d\ne,f\n', ',', 'the test file');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM sanctions._csv_rows(E'a,b\n1,"c"x,d\n', ',', 'the test file');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM sanctions._csv_rows(E'a', '""', 'f');
\echo :LAST_ERROR_SQLSTATE

-- decoding: Latin-1, Windows-1252 (0x92 is a curly apostrophe there) and
-- UTF-8 come out as the same text
SELECT sanctions._decode('\x4dc3bc6c6c6572'::bytea, 'UTF8', 'f') AS utf8,
	   sanctions._decode('\x4dfc6c6c6572'::bytea, 'LATIN1', 'f') AS latin1,
	   sanctions._decode('\x4f92427269e96e'::bytea, 'WIN1252', 'f') AS win1252;
-- a UTF-8 byte-order mark is dropped and means UTF-8; so is a trailing DOS
-- end-of-file mark
SELECT sanctions._decode('\xefbbbf4dc3bc6c6c65720d0a1a'::bytea, 'WIN1252', 'f') = E'M\u00fcller\r\n' AS bom_and_eof;
-- which encoding a file is in: valid UTF-8 is UTF-8, anything else the
-- format's own
SELECT sanctions._guess_encoding('\x4dc3bc6c6c6572'::bytea, 'WIN1252') AS valid_utf8,
	   sanctions._guess_encoding('\x4dfc6c6c6572'::bytea, 'WIN1252') AS latin_bytes,
	   sanctions._guess_encoding('\x4142'::bytea, 'LATIN1') AS ascii,
	   sanctions._guess_encoding('\xefbbbf41'::bytea, 'LATIN1') AS bom;
-- UTF-8 with a stray byte of another encoding is UTF-8 (its decoding stops at
-- that byte, naming its line); a Windows-1252 file with a chance UTF-8 pair
-- ("Ã©") among its letters is Windows-1252
SELECT sanctions._guess_encoding(convert_to('Müller Söhne Gonçalves', 'UTF8') || '\x92'::bytea, 'WIN1252') AS utf8_stray,
	   sanctions._guess_encoding('\xc3a9'::bytea || convert_to('Müller Gonçalves São Lúcia', 'WIN1252'), 'WIN1252') AS cp1252_pair;
SELECT sanctions._decode(convert_to(E'Müller\nSöhne', 'UTF8') || '\x920a'::bytea, 'UTF8', 'the test file');
\echo :LAST_ERROR_SQLSTATE
-- errors: invalid bytes with their line, NUL bytes, UTF-16, empty files
SELECT sanctions._decode('\x610a620a63c3280a'::bytea, 'UTF8', 'the test file');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions._decode('\x610a810a'::bytea, 'WIN1252', 'the test file');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions._decode('\x61000a00'::bytea, 'UTF8', 'the test file');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions._decode('\xfffe6100'::bytea, 'UTF8', 'the test file');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions._decode(''::bytea, 'UTF8', 'the test file');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions._decode('\x0d0a200d0a1a'::bytea, 'LATIN1', 'the test file');
\echo :LAST_ERROR_SQLSTATE
SELECT sanctions._decode('\x61'::bytea, 'EBCDIC', 'f');
\echo :LAST_ERROR_SQLSTATE
-- the byte offset is the file's, counting a byte-order mark (0xff is byte 6)
SELECT sanctions._decode('\xefbbbf610a62ff'::bytea, 'UTF8', 'the test file');
\echo :LAST_ERROR_SQLSTATE
-- an encoding PostgreSQL converts but cannot store (Shift JIS)
SELECT sanctions._decode('\x93fa967b'::bytea, 'SJIS', 'f') AS sjis;

-- partial dates stay partial
SELECT sanctions._partial_date('1980', '00', '00') AS year_only,
	   sanctions._partial_date('1980', '5', NULL) AS year_month,
	   sanctions._partial_date('1980', '05', '07') AS full_date,
	   sanctions._partial_date('0000', '05', '07') AS no_year,
	   sanctions._partial_date('1980', 'mm', 'dd') AS placeholders;
-- a day the month does not have is unknown; a month that is none is no date
-- (the callers keep the value as given)
SELECT sanctions._partial_date('1980', '02', '31') AS feb_31, sanctions._partial_date('1980', '02', '29') AS leap_day,
	   sanctions._partial_date('1981', '02', '29') AS not_leap, sanctions._partial_date('1980', '13', '05') AS month_13;
-- a UN date of birth given only as a note, or in another form, is kept as given
SELECT sanctions._un_date('EXACT', NULL, NULL, NULL, NULL, 'Nov. 1973') AS note_only,
	   sanctions._un_date('EXACT', '21/03/1963', NULL, NULL, NULL, NULL) AS other_form,
	   sanctions._un_date('APPROXIMATELY', NULL, '1963', NULL, NULL, NULL) AS approximate,
	   sanctions._un_date('EXACT', NULL, NULL, NULL, NULL, NULL) AS nothing;
-- UK nationality cells: items numbered or lettered, a year in brackets inside one
SELECT v, sanctions._uk_nationalities(v) FROM (VALUES ('(1) Russian (2) USSR (until 1991)'),
	('1) Saudi Arabia 2) Qatar'), ('a) French, b) Tunisian'), ('Iraqi')) AS t(v);
-- FollowTheMoney values: strings only (a number, an object or true is no name)
SELECT sanctions._ftm_values('{"name": "Alpha One", "alias": [{"x": 1}, 42, true, " Al "]}', ARRAY['name', 'alias']) AS names;
-- XML encoding labels as IANA writes them
SELECT sanctions._xml_encoding(convert_to(format('<?xml version="1.0" encoding="%s"?><a/>', e), 'UTF8')) AS encoding
  FROM unnest(ARRAY['US-ASCII', 'cp1252', 'windows-1252', 'ISO-8859-1', 'GB2312']) AS e;
SELECT sanctions._date('2018-04-13') AS iso, sanctions._date('13/04/2018') AS dmy,
	   sanctions._date('02-Oct-2026') AS d_mon_y, sanctions._date('31/02/2018') AS not_a_day,
	   sanctions._date('N/A') AS not_a_date;
-- scripts
SELECT n, sanctions._script(n) FROM (VALUES ('John Smith'), ('Müller'), ('Путин'), ('محمد'), ('Βενιζέλος'),
	('בנימין'), ('习近平'), ('김정은'), ('ウラジーミル'), ('123'), ('')) AS t(n);
