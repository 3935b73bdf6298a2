/*
 * sn_common.c
 *		Host hooks, growable buffers and error helpers of the name core.
 */
#include "sn_common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *
default_alloc(size_t size)
{
	void	   *p = malloc(size);

	if (p == NULL)
		abort();
	return p;
}

static void *
default_realloc(void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size);

	if (p == NULL)
		abort();
	return p;
}

sn_host		sn_current_host = {default_alloc, default_realloc, free, NULL};

void
sn_set_host(const sn_host *host)
{
	sn_current_host = *host;
}

void
sn_buf_init(sn_buf *b, size_t cap)
{
	b->cap = cap < 16 ? 16 : cap;
	b->data = sn_alloc(b->cap);
	b->len = 0;
	b->data[0] = '\0';
}

void
sn_buf_reserve(sn_buf *b, size_t extra)
{
	size_t		need = b->len + extra + 1;

	if (need <= b->cap)
		return;
	while (b->cap < need)
		b->cap *= 2;
	b->data = sn_realloc(b->data, b->cap);
}

void
sn_buf_append(sn_buf *b, const char *s, size_t n)
{
	sn_buf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
sn_buf_free(sn_buf *b)
{
	sn_free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

sn_status
sn_fail(sn_error *err, sn_status status, const char *fmt,...)
{
	va_list		ap;

	if (err)
	{
		err->status = status;
		va_start(ap, fmt);
		vsnprintf(err->message, sizeof(err->message), fmt, ap);
		va_end(ap);
	}
	return status;
}
