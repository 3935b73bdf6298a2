/*
 * fuzz_score.c
 *		libFuzzer target for the score and the bound the indexes use.
 *
 * The input, made valid UTF-8 (fuzz_utf8.h), is a query and a candidate
 * separated by the first '|' (without one, the name is compared with
 * itself).  The promises the indexes' exactness rests on are checked, and
 * any broken one aborts with both names shown:
 *
 *	- both names prepare, and the score is a number in [0, 1];
 *	- explain() gives the same score;
 *	- the bound computed from the candidate's index keys, exactly as GIN
 *	  and GiST see them, is at least the score (less SN_BOUND_SLACK);
 *	  so is the bound computed with every key marked present;
 *	- when that bound is exactly 0, the score is exactly 0 (GiST then
 *	  gives the distance 1 without slack);
 *	- the keys encoded as a GiST leaf stores them decode to the same keys
 *	  and give the same bound, and the quick bound is no lower;
 *	- a name scores 1 against itself when it has a token.
 *
 * Build with "make fuzz" (clang, -fsanitize=fuzzer,address,undefined).
 */
#include "score.h"
#include "fuzz_utf8.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *q_text,
		   *c_text;

static void
violation(const char *what, double a, double b)
{
	fprintf(stderr, "sn_score: %s (%.9f, %.9f)\nquery:     \"%s\"\ncandidate: \"%s\"\n",
			what, a, b, q_text, c_text);
	abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t		len;
	char	   *in = make_utf8(data, size, &len);
	char	   *bar = memchr(in, '|', len);
	size_t		qlen = bar ? (size_t) (bar - in) : len;
	const char *c = bar ? bar + 1 : in;
	size_t		clen = bar ? len - qlen - 1 : len;
	sn_name		nq,
				nc;
	sn_error	err;
	sn_bound_plan plan;
	sn_buf		explain;
	bool	   *present;
	uint32_t   *keys;
	uint8_t    *enc;
	int			i,
				nk,
				enclen;
	double		s,
				ub;
	char	   *qz = strndup(in, qlen),
			   *cz = strndup(c, clen);

	q_text = qz;
	c_text = cz;
	if (sn_query_prepare(in, qlen, &nq, &err) != SN_OK ||
		sn_name_prepare(c, clen, &nc, &err) != SN_OK)
		violation("a name does not prepare", 0, 0);

	sn_buf_init(&explain, 64);
	s = sn_score(&nq, &nc, &explain);
	if (isnan(s) || s < 0.0 || s > 1.0)
		violation("score out of [0, 1]", s, 0);
	{
		const char *p = strstr(explain.data, "\"score\": ");

		if (p == NULL || fabs(strtod(p + 9, NULL) - s) > 1e-6)
			violation("explain gives another score", s, p ? strtod(p + 9, NULL) : -1);
	}

	/* the bound from the candidate's keys, as an index sees them */
	sn_bound_plan_init(&plan, &nq);
	ub = sn_bound_name(&plan, &nc);
	if (ub + SN_BOUND_SLACK < s)
		violation("bound below the score", ub, s);
	if (ub == 0.0 && s != 0.0)
		violation("bound of 0 with a score above 0", ub, s);
	present = malloc(sizeof(bool) * (plan.nkeys + 1));
	for (i = 0; i < plan.nkeys; i++)
		present[i] = true;
	if (sn_bound(&plan, present) + SN_BOUND_SLACK < s)
		violation("bound with every key below the score", sn_bound(&plan, present), s);

	/* the candidate's keys as a GiST leaf holds them */
	keys = malloc(sizeof(uint32_t) * (sn_name_max_keys(&nc) + 1));
	nk = sn_name_keys(&nc, keys);
	enc = malloc(5 * (size_t) nk + 1);
	enclen = sn_keys_encode(keys, nk, enc);
	if (enclen != sn_keys_encoded_size(keys, nk))
		violation("encoded size differs", enclen, sn_keys_encoded_size(keys, nk));
	{
		const uint8_t *p = enc;
		uint32_t	key = 0;

		for (i = 0; sn_keys_next(&p, enc + enclen, &key); i++)
			if (i >= nk || keys[i] != key)
				violation("keys decode otherwise", i, key);
		if (i != nk)
			violation("keys decode to another count", i, nk);
	}
	sn_plan_mark_encoded(&plan, enc, enc + enclen, present);
	if (sn_bound(&plan, present) != ub)
		violation("bound from the encoded keys differs", sn_bound(&plan, present), ub);
	if (sn_bound_quick(&plan, present) < ub)
		violation("quick bound below the bound", sn_bound_quick(&plan, present), ub);
	/* remembered, as a GiST scan does: computed, then found */
	sn_bound_memo_init(&plan);
	if (sn_bound_memo(&plan, present) != ub || sn_bound_memo(&plan, present) != ub)
		violation("remembered bound differs", sn_bound_memo(&plan, present), ub);
	free(enc);
	free(keys);

	/* a name against itself */
	if (nq.ntok > 0)
	{
		double		self = sn_score(&nq, &nq, NULL);

		if (self < 1.0 - 1e-6)
			violation("a name scores below 1 against itself", self, 1.0);
	}

	free(present);
	sn_bound_plan_free(&plan);
	sn_buf_free(&explain);
	sn_name_free(&nq);
	sn_name_free(&nc);
	free(qz);
	free(cz);
	free(in);
	return 0;
}
