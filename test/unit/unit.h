/*
 * unit.h
 *		A minimal assertion harness for the C unit tests of the name core.
 *
 * Each CHECK counts as one test; run_unit prints every failure with its
 * location and ends with "unit: N passed, N failed".
 */
#ifndef SN_UNIT_H
#define SN_UNIT_H

#include <stdio.h>
#include <string.h>

#include <stdint.h>

/* Write code point c as UTF-8 at out; returns the bytes written (1..4). */
static inline size_t
unit_put_utf8(char *out, uint32_t c)
{
	if (c < 0x80)
	{
		out[0] = (char) c;
		return 1;
	}
	if (c < 0x800)
	{
		out[0] = (char) (0xC0 | (c >> 6));
		out[1] = (char) (0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000)
	{
		out[0] = (char) (0xE0 | (c >> 12));
		out[1] = (char) (0x80 | ((c >> 6) & 0x3F));
		out[2] = (char) (0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (c >> 18));
	out[1] = (char) (0x80 | ((c >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((c >> 6) & 0x3F));
	out[3] = (char) (0x80 | (c & 0x3F));
	return 4;
}

extern int	unit_passed;
extern int	unit_failed;

#define CHECK(cond) \
	do { \
		if (cond) unit_passed++; \
		else { unit_failed++; \
			fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
	} while (0)

#define CHECK_STR(got, want) \
	do { \
		const char *g_ = (got), *w_ = (want); \
		if (g_ && w_ && strcmp(g_, w_) == 0) unit_passed++; \
		else { unit_failed++; \
			fprintf(stderr, "FAIL %s:%d: got \"%s\", want \"%s\"\n", \
					__FILE__, __LINE__, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); } \
	} while (0)

#define CHECK_NEAR(got, want, eps) \
	do { \
		double g_ = (got), w_ = (want); \
		if (g_ >= w_ - (eps) && g_ <= w_ + (eps)) unit_passed++; \
		else { unit_failed++; \
			fprintf(stderr, "FAIL %s:%d: %s = %.6f, want %.6f\n", \
					__FILE__, __LINE__, #got, g_, w_); } \
	} while (0)

/* every test file defines one suite function, listed in run_unit.c */
typedef void (*unit_suite) (void);

#endif
