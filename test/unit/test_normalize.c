/*
 * test_normalize.c
 *		Unit tests of sn_normalize and its tables.
 */
#include "unit.h"
#include "normalize.h"

#include <stdlib.h>

static char *
norm(const char *s)
{
	static char result[4096];
	sn_buf		b;
	sn_error	err;

	sn_buf_init(&b, 16);
	if (sn_normalize(s, strlen(s), &b, &err) != SN_OK)
	{
		snprintf(result, sizeof(result), "ERROR: %s", err.message);
		sn_buf_free(&b);
		return result;
	}
	snprintf(result, sizeof(result), "%s", b.data);
	sn_buf_free(&b);
	return result;
}

static void
check_idempotent(const char *s)
{
	char		once[4096];

	snprintf(once, sizeof(once), "%s", norm(s));
	CHECK_STR(norm(once), once);
	CHECK(sn_is_canonical(once, strlen(once)));
}

void
suite_normalize(void)
{
	size_t		i;

	/* ASCII path */
	CHECK_STR(norm("PUTIN, Vladimir Vladimirovich"), "putin vladimir vladimirovich");
	CHECK_STR(norm("  O'Brien   "), "obrien");
	CHECK_STR(norm("AL-QAIDA (Organization)"), "al qaida organization");
	CHECK_STR(norm(""), "");
	CHECK_STR(norm(" ,.;-()' "), "");
	CHECK_STR(norm("V. Putin"), "v putin");
	CHECK_STR(norm("Mr. John SMITH"), "john smith");
	CHECK_STR(norm("Mr"), "mr");
	CHECK_STR(norm("General Mohammed"), "general mohammed");
	CHECK_STR(norm("SEA STAR 1"), "sea star 1");

	/* legal forms */
	CHECK_STR(norm("Acme Limited"), "acme ltd");
	CHECK_STR(norm("ACME LTD."), "acme ltd");
	CHECK_STR(norm("Acme Limited Liability Company"), "acme llc");
	CHECK_STR(norm("ООО Ромашка"), "llc romashka");
	CHECK_STR(norm("OOO Romashka"), "llc romashka");
	CHECK_STR(norm("Общество с ограниченной ответственностью \"Ромашка\""), "llc romashka");
	CHECK_STR(norm("АО Газпром"), "jsc gazprom");
	CHECK_STR(norm("ЗАО Газпром"), "jsc gazprom");
	CHECK_STR(norm("PJSC Gazprom"), "jsc gazprom");
	CHECK_STR(norm("Joint-Stock Company Gazprom"), "jsc gazprom");
	CHECK_STR(norm("Siemens Aktiengesellschaft"), "siemens ag");
	CHECK_STR(norm("Societe Anonyme des Mines"), "sa des mines");
	CHECK_STR(norm("Société Anonyme des Mines"), "sa des mines");
	CHECK_STR(norm("Sa Wei"), "sa wei");		/* edge form needs two tokens: "sa wei" keeps sa as first */
	CHECK_STR(norm("Ming Ao Tang"), "ming ao tang");	/* not at an edge */

	/*
	 * A canonical token that completes a longer phrase with its neighbours
	 * is merged too, or a second normalize() would change the result.
	 */
	CHECK_STR(norm("Acme Sdn. Berhad"), "acme sdnbhd");
	CHECK_STR(norm("Acme Joint Stock Compania"), "acme jsc");
	CHECK_STR(norm("Acme Pte. Private Limited"), "acme ltd");
	CHECK_STR(norm("Acme Pte Pte Ltd"), "acme ltd");
	CHECK_STR(norm("Sdn Sdn Berhad"), "sdn sdnbhd");
	CHECK_STR(norm("Acme Limited Liability Compania"), "acme ltd liability co");
	/* canonical tokens longer than what they replace */
	CHECK_STR(norm("fzc fzc fzc fzc"), "fzco fzco fzco fzco");
	CHECK_STR(norm("ao x ao"), "jsc x jsc");
	{
		/* past the stack buffers: more than 64 tokens, more than 256 bytes */
		char		big[1200],
					want[1600];
		size_t		bl = 0,
					wl = 0;

		for (i = 0; i < 200; i++)
		{
			bl += snprintf(big + bl, sizeof(big) - bl, "%sFZC", i ? " " : "");
			wl += snprintf(want + wl, sizeof(want) - wl, "%sfzco", i ? " " : "");
		}
		CHECK_STR(norm(big), want);
		check_idempotent(big);
	}

	/* diacritics, compatibility forms */
	CHECK_STR(norm("Nguyễn Tấn Dũng"), "nguyen tan dung");
	CHECK_STR(norm("ＡＢＣ　Ｄｅｆ"), "abc def");
	CHECK_STR(norm("Straße"), "strasse");
	CHECK_STR(norm("Øster Ærø"), "oster aero");

	/* scripts */
	CHECK_STR(norm("Кирилл Шамалов"), "kirill shamalov");
	CHECK_STR(norm("Путин Владимир Владимирович"), "putin vladimir vladimirovich");
	CHECK_STR(norm("Щербаков"), "shcherbakov");
	/* the BGN hard sign (ʺ, which Latin-ASCII writes ") joins, as ь does */
	CHECK_STR(norm("Подъячев"), "podyachev");
	CHECK_STR(norm("Объект съезд"), "obyekt syezd");
	CHECK_STR(norm("Соловьёв"), "solovyev");
	CHECK_STR(norm("Ob\u02BAekt"), "obekt");
	CHECK_STR(norm("Зеленський Володимир"), "zelenskyy volodymyr");
	CHECK_STR(norm("Βενιζέλος"), "venizelos");
	CHECK_STR(norm("Αλέξης Τσίπρας"), "alexis tsipras");
	CHECK_STR(norm("محمد بن سلمان"), "mhmd bn slman");
	CHECK_STR(norm("Վլադիմիր Պուտին"), "vladimir putin");
	CHECK_STR(norm("习近平"), "xi jin ping");

	/* invisible characters and look-alikes */
	CHECK_STR(norm("Vla\xE2\x80\x8B" "dimir"), "vladimir");		/* ZWSP */
	CHECK_STR(norm("Pu\xC2\xADtin"), "putin");						/* soft hyphen */
	CHECK_STR(norm("\xE2\x80\x8FPutin\xE2\x80\x8E"), "putin");		/* RLM, LRM */
	CHECK_STR(norm("\xEF\xBB\xBFPutin"), "putin");					/* BOM */
	CHECK_STR(norm("Vl\xD0\xB0" "dimir Put\xD1\x96n"), "vladimir putin");	/* Cyrillic а, і */
	CHECK_STR(norm("VL\xCE\x91" "DIMIR"), "vladimir");			/* Greek Α */

	/* digits of other scripts */
	CHECK_STR(norm("سفينة ١٢"), "sfyna 12");

	/*
	 * An initial ayn reads as "a", like an initial alif: Omar is not lost as
	 * the honorific "mr", and Abd, Ali keep their first letter.
	 */
	CHECK_STR(norm("عمر البشير"), "amr albshyr");
	CHECK_STR(norm("عبد العزيز علي"), "abd alzyz aly");
	CHECK_STR(norm("ﻋﻤﺮ"), "amr");			/* presentation forms fold first */
	CHECK_STR(norm("سبعاوي"), "sbawy");		/* inside a word ayn is dropped */

	/* idempotence */
	{
		static const char *const samples[] = {
			"PUTIN, Vladimir", "Mr Dr", "ao", "x ao limited liability company",
			"Mr Ao Smith", "Общество с ограниченной ответственностью", "S.R.L.",
			"Sp. z o.o.", "金正恩", "김정은", "ウラジーミル・プーチン", "Ελευθέριος",
			"limited liability co ltd", "co co", "sa sa sa", "pte ltd",
			"Acme Sdn Berhad", "Joint Stock Compania", "pte pte pte ltd",
			"sdn sdn berhad x", "Pte Private Limited Liability Compania",
			"عمر", "Mr Omar",
		};

		for (i = 0; i < sizeof(samples) / sizeof(samples[0]); i++)
			check_idempotent(samples[i]);
	}

	/* every legal-form phrase maps to its canonical token, which is stable */
	for (i = 0; i < sn_n_legal_forms; i++)
	{
		const sn_legal_form *f = &sn_legal_forms[i];
		char		buf[256];

		snprintf(buf, sizeof(buf), "acme %s", f->phrase);
		{
			char		want[256];

			snprintf(want, sizeof(want), "acme %s", f->canon);
			CHECK_STR(norm(buf), want);
		}
		CHECK(sn_is_canonical(f->canon, strlen(f->canon)));
		CHECK(sn_token_classify(f->canon, strlen(f->canon)) == SN_TOKEN_LEGAL_FORM);

		/*
		 * A canonical token maps to itself wherever it stands, which the
		 * repeated legal-form pass relies on to end.
		 */
		{
			char		want[256];

			snprintf(buf, sizeof(buf), "acme %s x", f->canon);
			CHECK_STR(norm(buf), buf);
			snprintf(buf, sizeof(buf), "%s acme", f->canon);
			CHECK_STR(norm(buf), buf);
			snprintf(buf, sizeof(buf), "acme %s", f->canon);
			snprintf(want, sizeof(want), "%s", buf);
			CHECK_STR(norm(buf), want);
		}
	}

	/* tables are sorted, as the binary searches need */
	for (i = 1; i < sn_n_dropped_titles; i++)
		CHECK(strcmp(sn_dropped_titles[i - 1], sn_dropped_titles[i]) < 0);
	for (i = 1; i < sn_n_kept_titles; i++)
		CHECK(strcmp(sn_kept_titles[i - 1], sn_kept_titles[i]) < 0);

	/* a long name stays linear */
	{
		size_t		n = 1 << 20;
		char	   *big = malloc(n + 1);
		sn_buf		b;
		sn_error	err;

		for (i = 0; i < n; i++)
			big[i] = (i % 7 == 6) ? ' ' : "ab\xD0\xB0" "cd"[i % 6 == 2 ? 2 : i % 5];
		big[n] = '\0';
		sn_buf_init(&b, 16);
		CHECK(sn_normalize(big, n, &b, &err) == SN_OK);
		CHECK(b.len > 0);
		sn_buf_free(&b);
		free(big);
	}
}
