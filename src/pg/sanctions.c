/*
 * sanctions.c
 *		Module entry point: connects the name core to PostgreSQL.
 */
#include "sn_pg.h"

#include "mb/pg_wchar.h"
#include "miscadmin.h"

#include "normalize.h"
#include "sn_index.h"
#include "sn_score_pg.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

static void *
pg_alloc(size_t size)
{
	return palloc(size);
}

static void *
pg_realloc(void *ptr, size_t size)
{
	return repalloc(ptr, size);
}

static void
pg_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
_PG_init(void)
{
	/*
	 * The core allocates in CurrentMemoryContext, so everything it leaves
	 * behind is freed with the context of the call (also after an error or
	 * a cancel thrown from the interrupt check).
	 */
	static const sn_host host = {pg_alloc, pg_realloc, pfree, pg_check_interrupts};

	sn_set_host(&host);
	sn_define_gucs();
	sn_gist_cost_init();

	/*
	 * Loaded by shared_preload_libraries, in the postmaster: build the word
	 * tables and open the ICU transliterators here, once, and every backend
	 * forked from it starts with them, instead of building them on its
	 * first name and opening each transliterator on its first name in that
	 * script (10 ms or so each, 75 ms or more for Han; the planner's
	 * estimate of % scores the column's statistics, so the first query of a
	 * connection meets the list's scripts even when its own name is ASCII).
	 * A failure is not fatal: the backend tries again where it needs the
	 * transliterator, and reports it there.
	 */
	if (process_shared_preload_libraries_in_progress)
	{
		sn_error	err;

		if (sn_core_load(&err) != SN_OK)
			ereport(WARNING,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
					 errmsg("sanctions could not open its transliterators at server start: %s",
							err.message),
					 errdetail("Each backend opens them when it needs them.")));
	}
}

void
sn_pg_check_encoding(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("sanctions requires a database with encoding UTF8"),
				 errdetail("The database encoding is %s.", GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
}

void
sn_pg_raise(const sn_error *err)
{
	ereport(ERROR,
			(errcode(err->status == SN_ERR_INPUT ? ERRCODE_PROGRAM_LIMIT_EXCEEDED
					 : ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
			 errmsg("name normalisation failed: %s", err->message)));
}

void
sn_pg_normalize(text *t, sn_buf *b)
{
	const char *s = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);
	sn_error	err;

	sn_pg_check_encoding();
	sn_buf_init(b, len + 16);
	if (sn_normalize(s, len, b, &err) != SN_OK)
		sn_pg_raise(&err);
}
