/*
 * test_score.c
 *		Unit tests of the score and of the index bound.
 */
#include "unit.h"
#include "score.h"

#include <stdlib.h>

static double
score_of(const char *q, const char *c)
{
	sn_name		nq,
				nc;
	sn_error	err;
	double		s;

	if (sn_name_prepare(q, strlen(q), &nq, &err) != SN_OK ||
		sn_name_prepare(c, strlen(c), &nc, &err) != SN_OK)
		return -1;
	s = sn_score(&nq, &nc, NULL);
	sn_name_free(&nq);
	sn_name_free(&nc);
	return s;
}

/*
 * The bound property: for a query and a candidate, the bound computed
 * from the candidate's keys (exactly as an index sees them) is at least
 * the score.  Also with no keys: ub_none bounds a candidate sharing none.
 */
static int
cmp_u32(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *) a,
				y = *(const uint32_t *) b;

	return (x > y) - (x < y);
}

static int	bound_checks = 0;
static int	bound_failures = 0;

static void
check_bound(const char *q, const char *c)
{
	sn_name		nq,
				nc;
	sn_error	err;
	sn_bound_plan plan;
	uint32_t   *keys;
	bool	   *present;
	int			nk,
				i;
	double		s,
				ub;

	sn_name_prepare(q, strlen(q), &nq, &err);
	sn_name_prepare(c, strlen(c), &nc, &err);
	s = sn_score(&nq, &nc, NULL);
	sn_bound_plan_init(&plan, &nq);
	keys = malloc(sizeof(uint32_t) * sn_name_max_keys(&nc));
	nk = sn_name_keys(&nc, keys);
	present = calloc(plan.nkeys + 1, sizeof(bool));
	for (i = 0; i < plan.nkeys; i++)
		present[i] = bsearch(&plan.keys[i], keys, nk, sizeof(uint32_t),
							 cmp_u32) != NULL;
	ub = sn_bound(&plan, present);
	bound_checks++;
	if (ub + SN_BOUND_SLACK < s)
	{
		bound_failures++;
		fprintf(stderr, "FAIL bound %.6f < score %.6f for \"%s\" / \"%s\"\n", ub, s, q, c);
	}
	free(keys);
	free(present);
	sn_bound_plan_free(&plan);
	sn_name_free(&nq);
	sn_name_free(&nc);
}

void
suite_score(void)
{
	static const char *const names[] = {
		"PUTIN, Vladimir Vladimirovich", "Vladimir Putin", "V. Putin", "Putin",
		"Wladimir Putin", "Путин Владимир", "George Bush", "George Habbash",
		"Mohammed bin Salman", "mhmd bn slman", "Muhammad bin Salman Al Saud",
		"Abdulrahman", "Abdul Rahman", "JSC ARGUMENT", "JSCARGUMENT",
		"SEA STAR 1", "SEA STAR 2", "Emma LLC", "Acme LLC", "The Group",
		"Olaf Scholz", "Olaf Schloz", "Octavian Scholz", "Jan Daniel Bothma",
		"JanDaniel Bothma", "Shcherbakov", "Scherbakov Aleksandr", "Alexander",
		"", "x", "1", "a b c d e f g h", "Bank Melli Iran", "Bank Mellat",
		"Ig0r Sech1n", "SEA STAR ONE", "Brigade Forty Four", "forty", "zero one",
		"Abdullah bin Omar", "Omar bin Abdullah", "bin Laden, Osama", "Osama bin Laden",
	};
	size_t		n = sizeof(names) / sizeof(names[0]);
	size_t		i,
				j;

	/* identity and token order */
	CHECK_NEAR(score_of("Vladimir Putin", "PUTIN, Vladimir"), 1.0, 1e-9);
	CHECK_NEAR(score_of("Путин Владимир", "Vladimir PUTIN"), 1.0, 1e-9);
	/* in [0, 1], empty scores 0 */
	CHECK_NEAR(score_of("", "Vladimir Putin"), 0.0, 0);
	CHECK_NEAR(score_of("Vladimir Putin", "()"), 0.0, 0);
	/* the cases the README promises */
	CHECK(score_of("Vladimir Putin", "PUTIN, Vladimir Vladimirovich") >= 0.9);
	CHECK(score_of("V. Putin", "Vladimir Putin") >= 0.8);
	CHECK(score_of("Abdulrahman", "Abdul Rahman") >= 0.95);
	CHECK(score_of("JSCARGUMENT", "JSC ARGUMENT") >= 0.9);
	CHECK(score_of("mhmd bn slman", "Mohammed bin Salman") >= 0.8);
	CHECK(score_of("Muhammad bin Salman", "Mohammed bin Salman") >= 0.9);
	CHECK(score_of("George Bush", "George Habbash") < 0.6);
	CHECK(score_of("SEA STAR 1", "SEA STAR 2") < 0.7);
	CHECK(score_of("Emma LLC", "Acme LLC") < 0.3);
	CHECK(score_of("Olaf Schloz", "Olaf Scholz") >= 0.8);
	CHECK(score_of("JanDaniel Bothma", "Jan Daniel Bothma") >= 0.95);
	CHECK(score_of("Bank Mellat", "Bank Melli Iran") < 0.8);
	/* digits inside a word are the letters they stand for; at its ends, digits */
	CHECK_NEAR(score_of("Ig0r Sech1n", "Igor Sechin"), 1.0, 1e-9);
	CHECK(score_of("Trust 2007-AHL1", "Trust 2007-AHL2") < 0.8);
	CHECK(score_of("Boeing 7E7", "Boeing 7E8") < 0.8);
	/* the words around "bin" are a person and a father: swapped, another person */
	CHECK(score_of("Abdullah bin Omar Al-Muhammad", "Omar bin Abdullah Al-Muhammad") < 0.8);
	CHECK_NEAR(score_of("AL-MUHAMMAD, Omar bin Abdullah", "Omar bin Abdullah Al-Muhammad"), 1.0, 1e-9);
	CHECK_NEAR(score_of("bin Laden, Osama", "Osama bin Laden"), 1.0, 1e-9);
	/* a short phonetic key agrees only between tokens of about one length */
	CHECK(score_of("岩 张", "KIM, Jong Un") < 0.5);
	CHECK(score_of("지현 이", "John") < 0.5);
	CHECK(score_of("云 徐", "ANO PO KSI") < 0.5);
	CHECK(score_of("Bachar el-Assad", "Bashar al-Assad") >= 0.9);
	CHECK(score_of("Ahmd Hsn", "Ahmed Hassan") >= 0.85);
	/* a one-word candidate explains one word of a longer query, not all of it */
	CHECK(score_of("Clara Sierra", "SIERRA") < 0.8);
	CHECK(score_of("Vladimir Putin", "PUTIN") >= 0.8);
	/* English number words are numbers */
	CHECK_NEAR(score_of("SEA STAR ONE", "SEA STAR 1"), 1.0, 1e-9);
	CHECK_NEAR(score_of("Brigade Forty-Four", "Brigade 44"), 1.0, 1e-9);
	CHECK(score_of("SEA STAR ONE", "SEA STAR 2") < 0.7);
	CHECK(score_of("Forty Two", "42") >= 0.99);
	CHECK(score_of("Twenty Ten", "2010") < 0.5);

	/* the bound holds on every pair, in both directions */
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			check_bound(names[i], names[j]);
	CHECK(bound_failures == 0);
	CHECK(bound_checks == (int) (n * n));
}
