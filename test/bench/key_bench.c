/*
 * key_bench.c
 *		What a GIN scan of name_gin_ops has to read, outside the server.
 *
 *	test/bench/key_bench NAMES QUERIES [THRESHOLD] [-v] [--knn] [--leaf] [--drop N]
 *
 * NAMES and QUERIES hold one name per line (UTF-8).  The names are indexed
 * in memory as GIN indexes them (sn_name_keys); for each query the tool
 * repeats GIN's division of the query's keys into required and additional
 * ones: keys sorted from the rarest, the rarest made required until the
 * bound, with the required keys absent and every other key possibly
 * present, falls below the threshold (all keys are read when it never
 * does, as GIN_SEARCH_MODE_ALL).  It prints, per query with -v and as
 * means: the query's keys, the required ones, the postings they hold and
 * those of the other keys (which GIN reads too, to decide each row), the
 * rows in their union (the rows the scan visits), the rows whose bound from
 * all their keys reaches the threshold (the rows rechecked) and the rows
 * that match.  Use it to judge a change of keys or bound before building
 * an index; the index benchmark (index_bench.sh) gives the times.
 *
 * With --drop N the scan does not ask for the keys that hold more than N
 * postings, commonest first, as long as the keys it asks for still rule out
 * a row that has none of them; a key not asked for counts as present in
 * every row.  It weighs what an extractQuery that left out common keys
 * would save (their postings) against what it would cost (rows rechecked).
 *
 * With --knn it also asks what ORDER BY name <-> query LIMIT 10 has to
 * recheck: each query's tenth-best score over all the names, the rows whose
 * bound from their keys reaches it (which a KNN scan rechecks even when its
 * signatures are exact) and how many of those score under half of it.
 *
 * With --leaf it times the test of a GiST leaf, which a KNN scan makes for
 * every row: the row's keys as a leaf holds them (sn_keys_encode), decoded
 * and looked up among the query's (sn_plan_mark_encoded), then the bound
 * (sn_bound, remembered by the pattern of keys present as a GiST scan
 * remembers it: sn_bound_memo); nanoseconds a row, over every row for
 * every query.
 */
#include "score.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct posting
{
	uint32_t	key;
	uint32_t	row;
} posting;

static int
posting_cmp(const void *a, const void *b)
{
	const posting *x = a,
			   *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return (x->row > y->row) - (x->row < y->row);
}

static char **
read_lines(const char *path, size_t *n)
{
	FILE	   *f = fopen(path, "r");
	char	   *line = NULL;
	size_t		cap = 0,
				ncap = 1024;
	ssize_t		len;
	char	  **out;

	if (f == NULL)
	{
		fprintf(stderr, "key_bench: cannot open %s\n", path);
		exit(2);
	}
	out = malloc(sizeof(char *) * ncap);
	*n = 0;
	while ((len = getline(&line, &cap, f)) >= 0)
	{
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if (*n == ncap)
		{
			ncap *= 2;
			out = realloc(out, sizeof(char *) * ncap);
		}
		out[(*n)++] = strdup(line);
	}
	free(line);
	fclose(f);
	return out;
}

static void
prepare(const char *s, sn_name *n, bool query)
{
	sn_error	err;

	if ((query ? sn_query_prepare(s, strlen(s), n, &err) :
		 sn_name_prepare(s, strlen(s), n, &err)) != SN_OK)
	{
		fprintf(stderr, "key_bench: %s: %s\n", s, err.message);
		exit(1);
	}
}

/*
 * The bound of a row from its keys (sorted), as an index sees it; a key
 * with unasked[k] set (--drop: the scan does not ask for it) counts as
 * present.  unasked may be NULL.
 */
static double
row_bound(const sn_bound_plan *plan, bool *present, const uint32_t *keys, size_t rk,
		  const bool *unasked)
{
	int			k;

	sn_plan_mark_keys(plan, keys, (int) rk, present);
	if (unasked)
		for (k = 0; k < plan->nkeys; k++)
			present[k] |= unasked[k];
	return sn_bound(plan, present);
}

#define KNN_K 10

/*
 * The tenth-best score of q over the names (the exact score of each row
 * whose bound reaches the tenth-best so far), the rows whose bound reaches
 * it (*reach) and those of them that score under half of it (*weak).
 */
static double
knn_reach(const sn_name *q, const sn_bound_plan *plan, bool *present, const sn_name *names,
		  size_t nnames, const uint32_t *rowkeys, const size_t *rowoff, size_t *reach, size_t *weak)
{
	double		top[KNN_K] = {0},
			   *bound = malloc(sizeof(double) * (nnames + 1));
	size_t		row;
	int			m;

	for (row = 0; row < nnames; row++)
	{
		bound[row] = row_bound(plan, present, rowkeys + rowoff[row], rowoff[row + 1] - rowoff[row],
							   NULL);
		if (bound[row] + SN_BOUND_SLACK >= top[KNN_K - 1])
		{
			double		s = sn_score(q, &names[row], NULL);

			/* into the top list, which is kept in descending order */
			if (s > top[KNN_K - 1])
			{
				for (m = KNN_K - 1; m > 0 && top[m - 1] < s; m--)
					top[m] = top[m - 1];
				top[m] = s;
			}
		}
	}
	*reach = *weak = 0;
	for (row = 0; row < nnames; row++)
		if (bound[row] + SN_BOUND_SLACK >= top[KNN_K - 1])
		{
			(*reach)++;
			if (sn_score(q, &names[row], NULL) < top[KNN_K - 1] / 2)
				(*weak)++;
		}
	free(bound);
	return top[KNN_K - 1];
}

static double
seconds(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double) t.tv_sec + t.tv_nsec * 1e-9;
}

/*
 * Time the leaf test over every row: marking the plan's keys among the
 * row's encoded keys alone (*mark), then with the bound too (*both);
 * seconds, added to.  Returns the bounds' sum, so that none is skipped.
 */
static double
leaf_time(const sn_bound_plan *plan, bool *present, uint8_t *const *enc, const int *enclen,
		  size_t nnames, double *mark, double *both)
{
	double		t0,
				t1,
				sum = 0;
	size_t		row;

	t0 = seconds();
	for (row = 0; row < nnames; row++)
		sn_plan_mark_encoded(plan, enc[row], enc[row] + enclen[row], present);
	t1 = seconds();
	*mark += t1 - t0;
	for (row = 0; row < nnames; row++)
	{
		sn_plan_mark_encoded(plan, enc[row], enc[row] + enclen[row], present);
		sum += sn_bound_memo(plan, present);
	}
	*both += seconds() - t1;
	return sum;
}

/* First posting of key, and how many there are. */
static size_t
lookup(const posting *p, size_t np, uint32_t key, size_t *count)
{
	size_t		lo = 0,
				hi = np,
				start;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (p[mid].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	start = lo;
	while (lo < np && p[lo].key == key)
		lo++;
	*count = lo - start;
	return start;
}

int
main(int argc, char **argv)
{
	size_t		nnames,
				nqueries,
				np = 0,
				pcap = 1 << 20,
				i;
	char	  **names,
			  **queries;
	sn_name    *prepared;
	posting    *post;
	uint32_t   *rowkeys;
	size_t	   *rowoff;
	unsigned char *visit;
	double		threshold = 0.8;
	long		drop_over = -1;
	bool		verbose = false,
				knn = false,
				leaf = false;
	uint8_t   **enc = NULL;
	int		   *enclen = NULL;
	double		leaf_mark = 0,
				leaf_both = 0,
				leaf_sum = 0;
	double		sum_tenth = 0,
				sum_reach = 0,
				sum_weak = 0;
	double		sum_keys = 0,
				sum_required = 0,
				sum_postings = 0,
				sum_other = 0,
				sum_visited = 0,
				sum_rechecked = 0,
				sum_matches = 0;

	if (argc < 3)
	{
		fprintf(stderr, "usage: key_bench NAMES QUERIES [THRESHOLD] [-v] [--knn] [--leaf] [--drop N]\n");
		return 2;
	}
	for (i = 3; i < (size_t) argc; i++)
	{
		if (strcmp(argv[i], "-v") == 0)
			verbose = true;
		else if (strcmp(argv[i], "--knn") == 0)
			knn = true;
		else if (strcmp(argv[i], "--leaf") == 0)
			leaf = true;
		else if (strcmp(argv[i], "--drop") == 0 && i + 1 < (size_t) argc)
			drop_over = atol(argv[++i]);
		else
			threshold = atof(argv[i]);
	}
	names = read_lines(argv[1], &nnames);
	queries = read_lines(argv[2], &nqueries);

	/*
	 * Each row's keys (sorted, as sn_name_keys gives them; rowkeys from
	 * rowoff[row] to rowoff[row + 1]), and the index: every (key, row),
	 * sorted.
	 */
	prepared = malloc(sizeof(sn_name) * (nnames + 1));
	rowoff = malloc(sizeof(size_t) * (nnames + 1));
	rowkeys = malloc(sizeof(uint32_t) * pcap);
	rowoff[0] = 0;
	for (i = 0; i < nnames; i++)
	{
		prepare(names[i], &prepared[i], false);
		while (np + sn_name_max_keys(&prepared[i]) > pcap)
		{
			pcap *= 2;
			rowkeys = realloc(rowkeys, sizeof(uint32_t) * pcap);
		}
		np += sn_name_keys(&prepared[i], rowkeys + np);
		rowoff[i + 1] = np;
	}
	post = malloc(sizeof(posting) * (np + 1));
	for (i = 0; i < nnames; i++)
	{
		size_t		k;

		for (k = rowoff[i]; k < rowoff[i + 1]; k++)
		{
			post[k].key = rowkeys[k];
			post[k].row = (uint32_t) i;
		}
	}
	qsort(post, np, sizeof(posting), posting_cmp);
	visit = malloc(nnames + 1);
	if (leaf)
	{
		/* each row's keys as a GiST leaf holds them */
		enc = malloc(sizeof(uint8_t *) * (nnames + 1));
		enclen = malloc(sizeof(int) * (nnames + 1));
		for (i = 0; i < nnames; i++)
		{
			const uint32_t *k = rowkeys + rowoff[i];
			int			nk = (int) (rowoff[i + 1] - rowoff[i]);

			enc[i] = malloc(sn_keys_encoded_size(k, nk) + 1);
			enclen[i] = sn_keys_encode(k, nk, enc[i]);
		}
	}

	for (i = 0; i < nqueries; i++)
	{
		sn_name		q;
		sn_bound_plan plan;
		int			nk,
					k,
					required;
		size_t	   *start,
				   *count,
					postings = 0,
					other = 0,
					visited = 0,
					rechecked = 0,
					matches = 0,
					reach = 0,
					weak = 0,
					row;
		int		   *order;
		bool	   *present,
				   *dropped;
		int			ndropped = 0;
		double		tenth = 0;

		prepare(queries[i], &q, true);
		sn_bound_plan_init(&plan, &q);
		nk = plan.nkeys;
		start = malloc(sizeof(size_t) * (nk + 1));
		count = malloc(sizeof(size_t) * (nk + 1));
		order = malloc(sizeof(int) * (nk + 1));
		present = malloc(sizeof(bool) * (nk + 1));
		dropped = calloc(nk + 1, sizeof(bool));
		for (k = 0; k < nk; k++)
		{
			start[k] = lookup(post, np, plan.keys[k], &count[k]);
			order[k] = k;
		}
		/* rarest first (insertion sort: a query has few keys) */
		for (k = 1; k < nk; k++)
		{
			int			x = order[k],
						j = k;

			while (j > 0 && count[order[j - 1]] > count[x])
			{
				order[j] = order[j - 1];
				j--;
			}
			order[j] = x;
		}

		/*
		 * With --drop N, the scan does not ask for a key that holds more than
		 * N postings (the commonest first), as long as a row without every
		 * key asked for stays ruled out; a key not asked for counts as present.
		 */
		if (drop_over >= 0 && plan.ub_none + SN_BOUND_SLACK < threshold)
			for (k = nk - 1; k >= 0; k--)
			{
				int			j;

				if ((long) count[order[k]] <= drop_over)
					break;
				dropped[order[k]] = true;
				/* a row with none of the keys asked for */
				for (j = 0; j < nk; j++)
					present[j] = dropped[j];
				if (sn_bound(&plan, present) + SN_BOUND_SLACK < threshold)
					ndropped++;
				else
				{
					dropped[order[k]] = false;
					break;
				}
			}

		/* GIN's required keys: the fewest rarest whose absence rules a row out */
		required = -1;
		if (plan.ub_none + SN_BOUND_SLACK < threshold)
			for (required = 1; required <= nk - ndropped; required++)
			{
				for (k = 0; k < nk; k++)
					present[k] = true;
				for (k = 0; k < required; k++)
					present[order[k]] = false;
				if (sn_bound(&plan, present) + SN_BOUND_SLACK < threshold)
					break;
			}

		memset(visit, required < 0 ? 1 : 0, nnames);
		for (k = 0; k < required && k < nk; k++)
		{
			size_t		p;

			postings += count[order[k]];
			for (p = start[order[k]]; p < start[order[k]] + count[order[k]]; p++)
				visit[post[p].row] = 1;
		}
		/* the other keys' postings, which GIN reads to decide the rows visited */
		for (k = required < 0 ? nk : required; k < nk; k++)
			if (!dropped[order[k]] || required < 0)
				other += count[order[k]];

		/* each visited row: its bound from all its keys, then the score */
		for (row = 0; row < nnames; row++)
		{
			if (!visit[row])
				continue;
			visited++;
			if (row_bound(&plan, present, rowkeys + rowoff[row], rowoff[row + 1] - rowoff[row],
						  dropped) +
				SN_BOUND_SLACK >= threshold)
			{
				rechecked++;
				if (sn_score(&q, &prepared[row], NULL) >= threshold)
					matches++;
			}
		}
		if (knn)
		{
			tenth = knn_reach(&q, &plan, present, prepared, nnames, rowkeys, rowoff, &reach, &weak);
			sum_tenth += tenth;
			sum_reach += reach;
			sum_weak += weak;
		}
		if (leaf)
		{
			/* as a GiST scan's plan: with the memo of bounds */
			sn_bound_memo_init(&plan);
			leaf_sum += leaf_time(&plan, present, enc, enclen, nnames, &leaf_mark, &leaf_both);
		}
		if (verbose)
		{
			printf("%-40s keys %3d required %3d postings %7zu other %7zu visited %6zu rechecked %5zu matches %3zu",
				   queries[i], nk, required, postings, other, visited, rechecked, matches);
			if (knn)
				printf(" tenth %.3f reach %6zu weak %6zu", tenth, reach, weak);
			printf("\n");
		}
		sum_keys += nk;
		sum_required += required < 0 ? nk : required;
		sum_postings += postings;
		sum_other += other;
		sum_visited += visited;
		sum_rechecked += rechecked;
		sum_matches += matches;
		free(start);
		free(count);
		free(order);
		free(present);
		free(dropped);
		sn_bound_plan_free(&plan);
		sn_name_free(&q);
	}
	printf("%zu names (%zu postings), %zu queries at threshold %.2f; per query, mean:\n"
		   "keys %.1f, required %.1f, postings of the required %.0f, of the others %.0f, "
		   "rows visited %.0f, rows rechecked %.0f, matches %.1f\n",
		   nnames, np, nqueries, threshold, sum_keys / nqueries, sum_required / nqueries,
		   sum_postings / nqueries, sum_other / nqueries, sum_visited / nqueries, sum_rechecked / nqueries,
		   sum_matches / nqueries);
	if (knn)
		printf("KNN top %d: tenth-best score %.3f, rows whose bound reaches it %.0f, "
			   "of them scoring under half of it %.0f (%.0f%%)\n",
			   KNN_K, sum_tenth / nqueries, sum_reach / nqueries, sum_weak / nqueries,
			   sum_reach > 0 ? 100.0 * sum_weak / sum_reach : 0.0);
	if (leaf && nnames > 0)
		printf("GiST leaf test, ns a row: keys decoded and looked up %.1f, with the bound %.1f "
			   "(bounds' sum %.3f)\n",
			   1e9 * leaf_mark / ((double) nnames * nqueries),
			   1e9 * leaf_both / ((double) nnames * nqueries), leaf_sum);
	return 0;
}
