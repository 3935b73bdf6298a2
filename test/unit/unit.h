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
