/*
 * test_japanese.c
 *		Unit tests of the reading of Japanese names in kanji (japanese.c).
 */
#include "unit_reading.h"
#include "japanese.h"

#include <stdlib.h>

#define check_reading(s, want) unit_check_reading(sn_japanese_reading, (s), (want))
#define check_none(s) unit_check_no_reading(sn_japanese_reading, (s))

/* A generated table: sorted and distinct by kanji, every reading a-z */
static void
check_table(bool given, const sn_japanese_name *t, size_t n, const char *text)
{
	size_t		i;
	bool		sorted = true,
				latin = true,
				found = true;

	CHECK(n > 10000);
	for (i = 0; i < n; i++)
	{
		const char *k = text + t[i].kanji,
				   *r = text + t[i].latin;
		size_t		kl = t[i].latin - t[i].kanji - 1;
		int			cost;

		if (i > 0)
		{
			const char *pk = text + t[i - 1].kanji;
			size_t		pl = t[i - 1].latin - t[i - 1].kanji - 1;
			int			c = memcmp(pk, k, pl < kl ? pl : kl);

			if (c > 0 || (c == 0 && pl >= kl))
				sorted = false;
		}
		if (*r == '\0' || strspn(r, "abcdefghijklmnopqrstuvwxyz") != strlen(r))
			latin = false;
		/* and every entry is found by the lookup */
		if (sn_japanese_find(given, k, kl, &cost) != r || cost != t[i].cost)
			found = false;
	}
	CHECK(sorted);
	CHECK(latin);
	CHECK(found);
}

void
suite_japanese(void)
{
	int			cost;

	check_table(false, sn_japanese_surnames, sn_n_japanese_surnames, sn_japanese_surnames_text);
	check_table(true, sn_japanese_given_names, sn_n_japanese_given_names,
				sn_japanese_given_names_text);
	CHECK(sn_japanese_find(false, "山田", strlen("山田"), &cost) != NULL);
	CHECK(sn_japanese_find(true, "山田", strlen("山田"), &cost) == NULL);

	/* written together, surname first: the commonest split */
	check_reading("山田太郎", "yamada taro");	/* 田 is da here, not ta */
	check_reading("田中花子", "tanaka hanako");
	check_reading("鈴木一郎", "suzuki ichiro");	/* Hepburn without long vowels */
	check_reading("麻原彰晃", "asahara shoko");
	check_reading("佐々木希", "sasaki nozomi");	/* 々 repeats the kanji before it */
	/* apart, in either order: read in the order written */
	check_reading("山田 太郎", "yamada taro");
	check_reading("花子 田中", "hanako tanaka");
	/* a middle dot parts them as a space does */
	check_reading("山本・明美", "yamamoto akemi");
	check_reading("山田·太郎", "yamada taro");
	check_reading("山田･太郎", "yamada taro");
	check_reading("山田\xE3\x80\x80太郎", "yamada taro");	/* an ideographic space */
	/* a u that starts a syllable stays */
	check_reading("井上 花子", "inoue hanako");

	/* other names keep their Mandarin reading alone */
	check_none("");
	check_none("Yamada Taro");
	check_none("山田");				/* two kanji: too little to split */
	check_none("山田太郎花子七");	/* seven */
	check_none("山 田 太郎");		/* three parts */
	check_none("山田たろう");		/* kana */
	check_none("习近平");			/* no known surname and given name */
	check_none("\xE5\xB1\xB1\xE7\x94");	/* a truncated sequence */
}
