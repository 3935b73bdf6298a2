/*
 * run_unit.c
 *		Runs every suite of C unit tests of the name core.
 */
#include "unit.h"

int			unit_passed = 0;
int			unit_failed = 0;

#define SUITE(name) extern void name(void);
#include "suites.h"
#undef SUITE

int
main(void)
{
#define SUITE(name) name();
#include "suites.h"
#undef SUITE
	printf("unit: %d passed, %d failed\n", unit_passed, unit_failed);
	/* the leak checker of a sanitizer build reports at exit, and leaves
	 * without flushing what is buffered */
	fflush(stdout);
	return unit_failed ? 1 : 0;
}
