/*
 * test_hanja.c
 *		Unit tests of the Korean reading of Han letters (hanja.c).
 */
#include "unit.h"
#include "hanja.h"

#include <stdlib.h>

/* The two readings of s, into north and south ("" for none); the return value */
static bool
readings(const char *s, char *north, char *south, size_t cap)
{
	sn_buf		n,
				so;
	bool		r;

	sn_buf_init(&n, 16);
	sn_buf_init(&so, 16);
	r = sn_korean_readings(s, strlen(s), &n, &so);
	snprintf(north, cap, "%s", n.data);
	snprintf(south, cap, "%s", so.data);
	sn_buf_free(&n);
	sn_buf_free(&so);
	return r;
}

static void
check_readings(const char *s, const char *want_north, const char *want_south)
{
	char		north[256],
				south[256];

	CHECK(readings(s, north, south, sizeof(north)));
	CHECK_STR(north, want_north);
	CHECK_STR(south, want_south);
}

static void
check_none(const char *s)
{
	char		north[256],
				south[256];

	CHECK(!readings(s, north, south, sizeof(north)));
	CHECK_STR(north, "");
	CHECK_STR(south, "");
}

void
suite_hanja(void)
{
	size_t		i;
	bool		sorted = true,
				syllables = true;

	/* the generated table: sorted, distinct, every reading a Hangul syllable */
	CHECK(sn_n_hanja > 8000);
	for (i = 0; i < sn_n_hanja; i++)
	{
		if (i > 0 && sn_hanja_table[i - 1].c >= sn_hanja_table[i].c)
			sorted = false;
		if (sn_hanja_table[i].hangul < 0xAC00 || sn_hanja_table[i].hangul > 0xD7A3)
			syllables = false;
	}
	CHECK(sorted);
	CHECK(syllables);

	/* a name's reading where Unihan has one (金: 김, not gold's 금) */
	CHECK(sn_hanja_hangul(0x91D1) == 0xAE40);	/* 金 김 */
	CHECK(sn_hanja_hangul(0x674E) == 0xB9AC);	/* 李 리 */
	CHECK(sn_hanja_hangul(0x9BAE) == 0xC120);	/* 鮮 선 */
	CHECK(sn_hanja_hangul(0x9C9C) == 0);	/* 鲜, its simplified form: none */
	CHECK(sn_hanja_hangul('A') == 0);
	CHECK(sn_hanja_hangul(0x20000) == 0);	/* a Han letter with no Korean reading */

	/* the initial-sound rule changes nothing: no South reading */
	check_readings("金正恩", "김정은", "");
	/* r before i at the start of a word: silent in the South */
	check_readings("李明博", "리명박", "이명박");
	/* r before a, o: n; r before yeo: silent; in the surname only */
	check_readings("盧武鉉", "로무현", "노무현");
	check_readings("柳 京玉", "류 경옥", "유 경옥");
	check_readings("金 柳京", "김 류경", "");
	check_readings("羅女玉", "라녀옥", "나녀옥");
	check_readings("呂 女玉", "려 녀옥", "여 녀옥");
	/* a two-letter surname, an ideographic space */
	check_readings("南宮玉", "남궁옥", "");
	check_readings("南宮 玉", "남궁 옥", "");
	check_readings("南 宮玉", "남 궁옥", "");
	check_readings("金\xE3\x80\x80正恩", "김\xE3\x80\x80정은", "");

	/* other names keep their Mandarin reading alone */
	check_none("");
	check_none("Vladimir Putin");
	check_none("김정은");			/* Hangul */
	check_none("ウラジーミル");
	check_none("金");				/* one letter */
	check_none("柳 秦");			/* two */
	check_none("金正恩正恩");		/* five */
	check_none("秀鳳 張");			/* given name first */
	check_none("康弘 三浦");		/* ... though 康 is a surname too */
	check_none("金正 恩");			/* apart after the given name's first letter */
	check_none("张伟");				/* a simplified letter: Chinese */
	check_none("金正恩 (Kim)");		/* not Han letters alone */
	check_none("Jin Tiesan (金铁三)");
	check_none("金\xF0\xA0\x80\x80");	/* 金 and U+20000, which has no reading */
	check_none("\xE9\x87");		/* a truncated sequence */
	check_none("\xE9\x87\x91\xE9");	/* 金, then a truncated one */
}
