/*
 * lists_read.c
 *		Byte-level readers behind the list importers: decoding a file's bytes
 *		into the database encoding and splitting CSV into records.
 *
 * The importers themselves are SQL (src/sql/3x_lists*.sql).  What lives here
 * is what SQL cannot do well or safely: find the exact line of an invalid
 * byte, and read RFC 4180 CSV (quoted fields with delimiters, doubled quotes
 * and line breaks inside) with errors that name the line at fault.  Every
 * error leaves the transaction, and so the list already loaded, untouched.
 */
#include "sn_pg.h"

#include <ctype.h>

/*
 * funcapi.h pulls in executor headers whose inline functions have unused
 * parameters; the build uses -Wextra -Werror, which is for our code only.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#pragma GCC diagnostic pop

PG_FUNCTION_INFO_V1(sanctions_decode);
PG_FUNCTION_INFO_V1(sanctions_guess_encoding);
PG_FUNCTION_INFO_V1(sanctions_csv_rows);
PG_FUNCTION_INFO_V1(sanctions_clean);
PG_FUNCTION_INFO_V1(sanctions_blank_file);

/* Source text is converted in slices so the work buffer stays small. */
#define SN_CONVERT_SLICE	(1024 * 1024)

/* The DOS end-of-file marker OFAC still appends to its files. */
#define SN_DOS_EOF			0x1A

/* Line number (1-based) of byte offset off in s. */
static int
line_of(const char *s, size_t off)
{
	int			line = 1;
	size_t		i;

	for (i = 0; i < off; i++)
	{
		if (s[i] == '\n')
			line++;
	}
	return line;
}

/* Up to four bytes from s + off, as hex for an error message. */
static char *
bytes_at(const char *s, size_t len, size_t off)
{
	StringInfoData buf;
	size_t		i;

	initStringInfo(&buf);
	for (i = off; i < len && i < off + 4; i++)
		appendStringInfo(&buf, "%s0x%02x", i > off ? " " : "", (unsigned char) s[i]);
	return buf.data;
}

static int
encoding_arg(text *name)
{
	char	   *s = text_to_cstring(name);
	int			enc = pg_char_to_encoding(s);

	/* any encoding with a conversion to UTF8, client-only ones too (SJIS) */
	if (enc < 0 || !PG_VALID_ENCODING(enc))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"%s\" is not a known encoding", s)));
	return enc;
}

/*
 * Is a file of len bytes at s nothing but white space, once a UTF-8
 * byte-order mark and trailing DOS EOF marks are dropped (as _decode drops
 * them)?  Reads up to the first byte that is not.
 */
static bool
blank_document(const char *s, size_t len)
{
	size_t		i;

	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
	{
		s += 3;
		len -= 3;
	}
	while (len > 0 && s[len - 1] == SN_DOS_EOF)
		len--;
	for (i = 0; i < len; i++)
		if (!isspace((unsigned char) s[i]))
			return false;
	return true;
}

/*
 * sanctions._blank_file(document bytea) RETURNS boolean: what _decode
 * calls an empty file, for a file that may be blank (OFAC's comments file)
 */
Datum
sanctions_blank_file(PG_FUNCTION_ARGS)
{
	bytea	   *doc = PG_GETARG_BYTEA_PP(0);

	PG_RETURN_BOOL(blank_document(VARDATA_ANY(doc), VARSIZE_ANY_EXHDR(doc)));
}

/*
 * sanctions._decode(document bytea, encoding text, what text) RETURNS text
 *
 * The file's bytes as text in the database encoding (UTF8, which the
 * extension requires).  A UTF-8 byte-order mark and a trailing DOS EOF mark
 * are dropped.  An empty file, a UTF-16 file, a NUL byte, or a byte sequence
 * that is not valid in the encoding is an error naming the line.
 */
Datum
sanctions_decode(PG_FUNCTION_ARGS)
{
	bytea	   *doc = PG_GETARG_BYTEA_PP(0);
	int			enc = encoding_arg(PG_GETARG_TEXT_PP(1));
	char	   *what = text_to_cstring(PG_GETARG_TEXT_PP(2));
	const char *s = VARDATA_ANY(doc);
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	const char *nul;
	size_t		base = 0;		/* offsets in the file of those in s */

	sn_pg_check_encoding();

	if (len >= 2 && (((unsigned char) s[0] == 0xFF && (unsigned char) s[1] == 0xFE) ||
					 ((unsigned char) s[0] == 0xFE && (unsigned char) s[1] == 0xFF)))
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("%s is encoded in UTF-16, which is not supported", what),
				 errhint("Convert the file to UTF-8.")));
	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
	{
		/* a BOM says UTF-8 whatever the format's usual encoding */
		s += 3;
		len -= 3;
		base = 3;
		enc = PG_UTF8;
	}
	while (len > 0 && s[len - 1] == SN_DOS_EOF)
		len--;

	if (blank_document(s, len))
		ereport(ERROR,
				(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
				 errmsg("%s is empty", what)));

	/*
	 * A NUL byte is never text: say so before the encoding check, which would
	 * only call it an invalid byte.  It is the usual sign of UTF-16 without a
	 * byte-order mark.
	 */
	nul = memchr(s, '\0', len);
	if (nul != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("%s contains a NUL byte at line %d", what, line_of(s, nul - s)),
				 errdetail("Byte offset %zu.", base + (size_t) (nul - s)),
				 errhint("The file is not text in a supported encoding (UTF-16 is not supported).")));

	if (enc == PG_UTF8 || enc == PG_SQL_ASCII)
	{
		int			valid = pg_encoding_verifymbstr(PG_UTF8, s, (int) len);

		if ((size_t) valid < len)
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("invalid byte sequence for encoding \"UTF8\" in %s at line %d: %s",
							what, line_of(s, valid), bytes_at(s, len, valid)),
					 errdetail("Byte offset %zu.", base + (size_t) valid)));
		PG_RETURN_TEXT_P(cstring_to_text_with_len(s, len));
	}
	else
	{
		Oid			proc = FindDefaultConversionProc(enc, PG_UTF8);
		StringInfoData out;
		unsigned char *work;
		size_t		off = 0;

		if (!OidIsValid(proc))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_FUNCTION),
					 errmsg("no conversion from %s to UTF8", pg_encoding_to_char(enc))));
		initStringInfo(&out);
		work = palloc((size_t) SN_CONVERT_SLICE * MAX_CONVERSION_GROWTH + 1);
		while (off < len)
		{
			int			slice = (int) Min(len - off, (size_t) SN_CONVERT_SLICE);
			int			done;

			done = pg_do_encoding_conversion_buf(proc, enc, PG_UTF8,
												 (unsigned char *) s + off, slice,
												 work, slice * MAX_CONVERSION_GROWTH + 1,
												 true);

			/*
			 * With noError the conversion stops before the first byte it
			 * cannot convert; a multi-byte character cut by the slice end is
			 * converted with the next slice.
			 */
			if (done == 0)
				ereport(ERROR,
						(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
						 errmsg("invalid byte sequence for encoding \"%s\" in %s at line %d: %s",
								pg_encoding_to_char(enc), what, line_of(s, off),
								bytes_at(s, len, off)),
						 errdetail("Byte offset %zu.", base + off)));
			appendBinaryStringInfo(&out, (char *) work, strlen((char *) work));
			off += done;
			CHECK_FOR_INTERRUPTS();
		}
		pfree(work);
		PG_RETURN_TEXT_P(cstring_to_text_with_len(out.data, out.len));
	}
}

/*
 * sanctions._guess_encoding(document bytea, legacy text) RETURNS text
 *
 * 'UTF8' when the bytes carry a UTF-8 byte-order mark or are valid UTF-8,
 * otherwise legacy.  Text in a legacy single-byte encoding with any letter
 * outside ASCII is almost never valid UTF-8 by accident, while reading UTF-8
 * as Latin-1 or cp1252 would silently garble every such letter.  So a file
 * of UTF-8 with a stray byte of another encoding (a record pasted from
 * elsewhere) is still UTF-8, and its decoding stops at that byte, naming its
 * line: it has more well-formed UTF-8 sequences of two bytes or more than
 * bytes that are none, where a legacy file has at most a few such sequences
 * by chance (cp1252's "Ã©") among its other letters.
 */
Datum
sanctions_guess_encoding(PG_FUNCTION_ARGS)
{
	bytea	   *doc = PG_GETARG_BYTEA_PP(0);
	text	   *legacy = PG_GETARG_TEXT_PP(1);
	const char *s = VARDATA_ANY(doc);
	int			len = VARSIZE_ANY_EXHDR(doc);

	(void) encoding_arg(legacy);
	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		PG_RETURN_TEXT_P(cstring_to_text("UTF8"));
	if (memchr(s, '\0', len) == NULL && pg_encoding_verifymbstr(PG_UTF8, s, len) == len)
		PG_RETURN_TEXT_P(cstring_to_text("UTF8"));
	{
		long		good = 0,
					bad = 0;
		int			i = 0;
		unsigned	steps = 0;

		while (i < len)
		{
			int			l;

			if ((unsigned char) s[i] < 0x80)
			{
				i++;
				continue;
			}
			l = pg_utf_mblen((const unsigned char *) s + i);
			if (l >= 2 && i + l <= len && pg_utf8_islegal((const unsigned char *) s + i, l))
			{
				good++;
				i += l;
			}
			else
			{
				bad++;
				i++;
			}
			if ((++steps & 0xFFFFF) == 0)
				CHECK_FOR_INTERRUPTS();
		}
		if (good > bad)
			PG_RETURN_TEXT_P(cstring_to_text("UTF8"));
	}
	PG_RETURN_TEXT_P(legacy);
}

/* Append a field to the record being built. */
static void
add_field(ArrayBuildState **astate, StringInfo field)
{
	*astate = accumArrayResult(*astate,
							   PointerGetDatum(cstring_to_text_with_len(field->data, field->len)),
							   false, TEXTOID, CurrentMemoryContext);
	resetStringInfo(field);
}

/*
 * sanctions._csv_rows(document text, delimiter text, what text,
 *					   first_line integer) RETURNS TABLE (line integer, fields text[])
 *
 * One row per record, with the line where the record starts (counted from
 * first_line).  Fields are as RFC 4180: a field that starts with a double
 * quote runs to the matching quote and may hold delimiters, line breaks and
 * doubled quotes; spaces or tabs between a closing quote and the delimiter
 * are ignored; anything else there is an error, as is a quote left open at
 * the end of the file.  A double quote inside an unquoted field is kept as
 * it is.  Records end at LF, CRLF or CR; blank lines are skipped.
 */
Datum
sanctions_csv_rows(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *doc = PG_GETARG_TEXT_PP(0);
	char	   *delim_s = text_to_cstring(PG_GETARG_TEXT_PP(1));
	char	   *what = text_to_cstring(PG_GETARG_TEXT_PP(2));
	int			line = PG_GETARG_INT32(3);
	const char *p = VARDATA_ANY(doc);
	const char *end = p + VARSIZE_ANY_EXHDR(doc);
	char		delim;
	StringInfoData field;
	MemoryContext rowcxt;
	MemoryContext oldcxt;

	if (strlen(delim_s) != 1 || delim_s[0] == '"' || delim_s[0] == '\n' ||
		delim_s[0] == '\r' || IS_HIGHBIT_SET(delim_s[0]))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the CSV delimiter must be one ASCII character other than a quote or a line break")));
	delim = delim_s[0];

	InitMaterializedSRF(fcinfo, 0);

	/* Each record is built in a context reset after it is stored. */
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "sanctions CSV record",
								   ALLOCSET_DEFAULT_SIZES);
	oldcxt = MemoryContextSwitchTo(rowcxt);
	initStringInfo(&field);
	MemoryContextSwitchTo(oldcxt);

	while (p < end)
	{
		ArrayBuildState *astate = NULL;
		int			record_line = line;
		Datum		values[2];
		bool		nulls[2] = {false, false};

		if (*p == '\n' || *p == '\r')
		{
			if (*p == '\r' && p + 1 < end && p[1] == '\n')
				p++;
			p++;
			line++;
			continue;
		}

		oldcxt = MemoryContextSwitchTo(rowcxt);
		for (;;)
		{
			if (p < end && *p == '"')
			{
				int			quote_line = line;

				p++;
				for (;;)
				{
					if (p >= end)
						ereport(ERROR,
								(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
								 errmsg("unterminated quoted field in %s starting at line %d",
										what, quote_line),
								 errhint("The file may be truncated.")));
					if (*p == '"')
					{
						if (p + 1 < end && p[1] == '"')
						{
							appendStringInfoChar(&field, '"');
							p += 2;
							continue;
						}
						p++;
						break;
					}
					if (*p == '\n' || (*p == '\r' && (p + 1 >= end || p[1] != '\n')))
					{
						line++;
						/* an unclosed quote reads on to the end of the file */
						CHECK_FOR_INTERRUPTS();
					}
					appendStringInfoChar(&field, *p);
					p++;
				}
				/* blanks after the quote, unless the delimiter is one (TSV) */
				while (p < end && (*p == ' ' || *p == '\t') && *p != delim)
					p++;
				if (p < end && *p != delim && *p != '\n' && *p != '\r')
					ereport(ERROR,
							(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
							 errmsg("unexpected character after a closing quote in %s at line %d",
									what, line),
							 errdetail("Field %d of the record that starts at line %d.",
									   astate ? astate->nelems + 1 : 1,
									   record_line),
							 errhint("Quotes inside a quoted field must be doubled.")));
			}
			else
			{
				const char *start = p;

				while (p < end && *p != delim && *p != '\n' && *p != '\r')
					p++;
				appendBinaryStringInfo(&field, start, p - start);
			}
			add_field(&astate, &field);
			if (p < end && *p == delim)
			{
				p++;
				continue;
			}
			break;
		}
		MemoryContextSwitchTo(oldcxt);

		if (p < end)
		{
			if (*p == '\r' && p + 1 < end && p[1] == '\n')
				p++;
			p++;
			line++;
		}

		values[0] = Int32GetDatum(record_line);
		values[1] = makeArrayResult(astate, rowcxt);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextReset(rowcxt);
		oldcxt = MemoryContextSwitchTo(rowcxt);
		initStringInfo(&field);
		MemoryContextSwitchTo(oldcxt);
		CHECK_FOR_INTERRUPTS();
	}
	MemoryContextDelete(rowcxt);
	return (Datum) 0;
}

/*
 * Length of the white-space character at s (at most len bytes), 0 if s is
 * not white space: ASCII white space, and the Unicode space separators and
 * line separators that lists use between words (no-break space, the
 * typographic spaces, ideographic space).
 */
static int
space_len(const unsigned char *s, size_t len)
{
	if (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		return 1;
	if (len >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
		return 2;				/* U+00A0 */
	if (len >= 3 && s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80)
		return 3;				/* U+1680 */
	if (len >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
		(s[2] <= 0x8A || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
		return 3;				/* U+2000..U+200A, U+2028, U+2029, U+202F */
	if (len >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
		return 3;				/* U+205F */
	if (len >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return 3;				/* U+3000 */
	return 0;
}

/*
 * sanctions._clean(value text) RETURNS text
 *
 * The value with each run of white space made one space and none at either
 * end; NULL when nothing is left.  Every field of every importer goes
 * through this, so it is C rather than a regular expression.
 */
Datum
sanctions_clean(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	const unsigned char *s = (const unsigned char *) VARDATA_ANY(in);
	size_t		len = VARSIZE_ANY_EXHDR(in);
	text	   *out = (text *) palloc(VARHDRSZ + len);
	char	   *o = VARDATA(out);
	size_t		n = 0;
	size_t		i = 0;
	bool		pending = false;

	while (i < len)
	{
		int			w = space_len(s + i, len - i);

		if (w > 0)
		{
			pending = n > 0;
			i += w;
			continue;
		}
		if (pending)
			o[n++] = ' ';
		pending = false;
		o[n++] = (char) s[i++];
	}
	if (n == 0)
		PG_RETURN_NULL();
	SET_VARSIZE(out, VARHDRSZ + n);
	PG_RETURN_TEXT_P(out);
}
