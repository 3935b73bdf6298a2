/*
 * match_share.c
 *		How often two unrelated names reach a threshold: the planner's
 *		selectivity of name % query when it cannot look at the query.
 *
 * The share of pairs of names whose score reaches each threshold, measured
 * by test/bench/match_share.sh on the development data: the ordinary names
 * of eval/yente_candidate_generation/negatives_us.csv (people on no list)
 * against the 29,257 names of the real lists.  Below 0.5, one customer in
 * 50 of the first 10,000 against every list name by a full scan (5,851,400
 * pairs); from 0.5 up, all 10,000 through the GIN index (292,570,000
 * pairs).  Every pair scores at least 0; from 0.05 up the share falls by a
 * factor of 4 to 30 for each 0.15 of threshold, to one pair in three
 * million at the default 0.8.  Between two thresholds of the table the
 * share is interpolated on a log scale.
 *
 * A join of a customer table to a list, or the scan of a list for each
 * customer in it, is estimated with it: with the planner's default for a
 * matching operator instead (1% of the pairs), a join of 10,000 customers
 * to 29,257 list names was estimated at 2.9 million rows for 104.
 */
#include "score.h"

#include <math.h>

#define SHARE_STEP	0.05

/* share[i]: the share of pairs that score at least i * SHARE_STEP */
static const double share[] = {
	1.00e+00,	/* 0.00 */
	1.48e-02,	/* 0.05 */
	4.49e-03,	/* 0.10 */
	2.45e-03,	/* 0.15 */
	1.46e-03,	/* 0.20 */
	6.71e-04,	/* 0.25 */
	2.31e-04,	/* 0.30 */
	5.95e-05,	/* 0.35 */
	2.22e-05,	/* 0.40 */
	1.49e-05,	/* 0.45 */
	1.23e-05,	/* 0.50 */
	8.46e-06,	/* 0.55 */
	5.22e-06,	/* 0.60 */
	3.24e-06,	/* 0.65 */
	1.96e-06,	/* 0.70 */
	9.71e-07,	/* 0.75 */
	3.55e-07,	/* 0.80 */
	9.57e-08,	/* 0.85 */
	2.73e-08,	/* 0.90 */
	1.03e-08,	/* 0.95 */
	3.42e-09	/* 1.00 */
};

#define NSHARE ((int) (sizeof(share) / sizeof(share[0])))

double
sn_match_share(double threshold)
{
	double		x;
	int			i;

	if (!(threshold > 0.0))		/* NaN too: every pair */
		return 1.0;
	if (threshold >= 1.0)
		return share[NSHARE - 1];
	x = threshold / SHARE_STEP;
	i = (int) x;
	if (i >= NSHARE - 1)
		return share[NSHARE - 1];
	x -= i;
	if (x == 0.0)
		return share[i];
	return exp((1.0 - x) * log(share[i]) + x * log(share[i + 1]));
}
