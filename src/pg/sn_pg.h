/*
 * sn_pg.h
 *		Shared helpers of the PostgreSQL glue.
 */
#ifndef SN_PG_H
#define SN_PG_H

#include "postgres.h"
#include "fmgr.h"

#include "sn_common.h"

/* Error unless the database encoding is UTF8 (the core reads UTF-8). */
extern void sn_pg_check_encoding(void);

/* Raise a core error as a PostgreSQL error with a fitting SQLSTATE. */
extern void sn_pg_raise(const sn_error *err) pg_attribute_noreturn();

/*
 * Canonical form of a text value into b (palloc'd in the current context).
 * Already-canonical ASCII text is copied without further work.
 */
extern void sn_pg_normalize(text *t, sn_buf *b);

#endif
