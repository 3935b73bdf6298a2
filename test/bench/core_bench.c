/*
 * core_bench.c
 *		Times sn_normalize, or the whole score, outside the server, for
 *		profiling the core.
 *
 *	test/bench/core_bench FILE [REPS]
 *	test/bench/core_bench --pairs FILE [REPS]
 *
 * FILE holds one name per line (UTF-8).  Every name is normalised once to
 * warm up (opening the transliterators), then REPS times (default 20); the
 * best pass is reported, as names per second.  With --pairs, each line is
 * a query and a candidate separated by a tab, and a pass prepares both
 * names of every pair and scores them (sn_query_prepare and sn_name_prepare, sn_score),
 * as similarity() does when both names change from one row to the next;
 * it reports pairs per second and the sum of the scores (a check that two
 * builds score alike).  Run it under "valgrind --tool=callgrind" or
 * "perf record" to see where the time goes.
 */
#include "normalize.h"
#include "score.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double
normalize_all(char **names, size_t *lens, size_t n)
{
	size_t		i,
				out = 0;
	sn_buf		b;
	sn_error	err;

	for (i = 0; i < n; i++)
	{
		sn_buf_init(&b, lens[i] + 16);
		if (sn_normalize(names[i], lens[i], &b, &err) != SN_OK)
		{
			fprintf(stderr, "core_bench: %s\n", err.message);
			exit(1);
		}
		out += b.len;
		sn_buf_free(&b);
	}
	return (double) out;
}

static double
score_all(char **names, size_t *lens, size_t n)
{
	size_t		i;
	double		sum = 0;
	sn_error	err;

	for (i = 0; i < n; i++)
	{
		const char *tab = memchr(names[i], '\t', lens[i]);
		sn_name		q,
					c;

		if (tab == NULL)
			continue;
		if (sn_query_prepare(names[i], (size_t) (tab - names[i]), &q, &err) != SN_OK ||
			sn_name_prepare(tab + 1, lens[i] - (size_t) (tab - names[i]) - 1, &c, &err) != SN_OK)
		{
			fprintf(stderr, "core_bench: %s\n", err.message);
			exit(1);
		}
		sum += sn_score(&q, &c, NULL);
		sn_name_free(&q);
		sn_name_free(&c);
	}
	return sum;
}

/*
 * The best of reps passes of f, in seconds, after a first pass (warm-up)
 * whose result every pass must give again; *result is that result.
 */
static double
best_pass(double (*f) (char **, size_t *, size_t), char **names, size_t *lens, size_t n,
		  int reps, double *result)
{
	double		best = 1e30;
	int			r;

	*result = f(names, lens, n);
	for (r = 0; r < reps; r++)
	{
		double		t0 = now();

		if (f(names, lens, n) != *result)
		{
			fprintf(stderr, "core_bench: a pass gave another result\n");
			exit(1);
		}
		if (now() - t0 < best)
			best = now() - t0;
	}
	return best;
}

int
main(int argc, char **argv)
{
	FILE	   *f;
	char	   *line = NULL;
	size_t		cap = 0,
				n = 0,
				ncap = 1024;
	ssize_t		len;
	char	  **names;
	size_t	   *lens;
	int			reps;
	bool		pairs = argc > 1 && strcmp(argv[1], "--pairs") == 0;

	if (pairs)
		argv++, argc--;
	reps = argc > 2 ? atoi(argv[2]) : 20;
	if (argc < 2 || (f = fopen(argv[1], "r")) == NULL)
	{
		fprintf(stderr, "usage: core_bench [--pairs] FILE [REPS]\n");
		return 2;
	}
	names = malloc(sizeof(char *) * ncap);
	lens = malloc(sizeof(size_t) * ncap);
	while ((len = getline(&line, &cap, f)) >= 0)
	{
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if (n == ncap)
		{
			ncap *= 2;
			names = realloc(names, sizeof(char *) * ncap);
			lens = realloc(lens, sizeof(size_t) * ncap);
		}
		names[n] = strdup(line);
		lens[n] = (size_t) len;
		n++;
	}
	fclose(f);
	free(line);

	if (pairs)
	{
		double		sum;
		double		best = best_pass(score_all, names, lens, n, reps, &sum);

		printf("%zu pairs, best of %d passes: %.3f ms, %.0f pairs/s (sum of scores %.6f)\n",
			   n, reps, best * 1000, n / best, sum);
	}
	else
	{
		double		bytes;
		double		best = best_pass(normalize_all, names, lens, n, reps, &bytes);

		printf("%zu names, best of %d passes: %.3f ms, %.0f names/s (%.0f output bytes)\n",
			   n, reps, best * 1000, n / best, bytes);
	}
	return 0;
}
