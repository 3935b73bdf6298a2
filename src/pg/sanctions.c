/*
 * sanctions.c
 *		Module entry point: connects the name core to PostgreSQL.
 */
#include "sn_pg.h"

#include "mb/pg_wchar.h"
#include "miscadmin.h"

#include "normalize.h"
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
