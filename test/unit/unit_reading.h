/*
 * unit_reading.h
 *		Checks of a reading function of the name core: one that appends a
 *		name's other reading to a buffer and says whether it had one
 *		(sn_japanese_reading, sn_somali_reading, sn_initials_reading,
 *		sn_wadegiles_reading and sn_korean_latin_reading in either form).
 */
#ifndef SN_UNIT_READING_H
#define SN_UNIT_READING_H

#include "unit.h"
#include "sn_common.h"

typedef bool (*unit_reading_fn) (const char *s, size_t len, sn_buf *out);

/*
 * A reading function of the unit_reading_fn shape for a core function that
 * also takes a form (sn_wadegiles_reading, sn_korean_latin_reading)
 */
#define UNIT_READING_FORM(name, fn, form) \
	static bool \
	name(const char *s, size_t len, sn_buf *out) \
	{ \
		return fn(s, len, form, out); \
	}

/*
 * A reading function of the unit_reading_fn shape for a core module that
 * has a shape test and a writer (sn_greek_shaped and sn_greek_write):
 * write is the writer's call, on s, len and out
 */
#define UNIT_READING_SHAPED(name, shaped, write) \
	static bool \
	name(const char *s, size_t len, sn_buf *out) \
	{ \
		if (!shaped(s, len)) \
			return false; \
		write; \
		return true; \
	}

/* The reading of s by f into out ("" for none); f's return value */
static inline bool
unit_reading(unit_reading_fn f, const char *s, char *out, size_t cap)
{
	sn_buf		b;
	bool		r;

	sn_buf_init(&b, 16);
	r = f(s, strlen(s), &b);
	snprintf(out, cap, "%s", b.data);
	sn_buf_free(&b);
	return r;
}

/* f reads s as want */
static inline void
unit_check_reading(unit_reading_fn f, const char *s, const char *want)
{
	char		got[256];

	CHECK(unit_reading(f, s, got, sizeof(got)));
	CHECK_STR(got, want);
}

/*
 * A name of one letter (UTF-8) repeated: of more than 2,048 bytes, f gives
 * it no reading; of the most letters that fit in 2,048, shaped takes it
 */
static inline void
unit_check_long_name(unit_reading_fn f, bool (*shaped) (const char *, size_t),
					 const char *letter)
{
	char		name[SN_READING_MAX_BYTES + 8];
	char		got[256];
	size_t		n = strlen(letter),
				len = 0;

	while (len + n <= SN_READING_MAX_BYTES)
	{
		memcpy(name + len, letter, n);
		len += n;
	}
	CHECK(shaped(name, len));
	memcpy(name + len, letter, n);
	name[len + n] = '\0';
	CHECK(!unit_reading(f, name, got, sizeof(got)));
	CHECK_STR(got, "");
}

/* f gives s no reading, and writes nothing */
static inline void
unit_check_no_reading(unit_reading_fn f, const char *s)
{
	char		got[256];

	CHECK(!unit_reading(f, s, got, sizeof(got)));
	CHECK_STR(got, "");
}

#endif
