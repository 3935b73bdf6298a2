/*
 * test_hungarian.c
 *		Unit tests of the reading of names in Hungarian spelling
 *		(hungarian.c).
 */
#include "unit_reading.h"
#include "hungarian.h"
#include "score.h"
#include "unit_score.h"

UNIT_READING_SHAPED(hungarian, sn_hungarian_shaped, sn_hungarian_write(s, len, out))

#define check_reading(s, want) unit_check_reading(hungarian, (s), (want))
#define check_none(s) unit_check_no_reading(hungarian, (s))

void
suite_hungarian(void)
{
	/* gy, ty, ny as d, t, n; cs, zs, sz as ch, zh, s; s as sh; j as y; c as ts */
	check_reading("vlagyimir vlagyimirovics putyin", "vladimir vladimirovich putin");
	check_reading("szergej lavrov", "sergey lavrov");
	check_reading("dmitrij medvegyev", "dmitriy medvedev");
	check_reading("nyikita hruscsov", "nikita hrushchov");
	check_reading("jevgenyij prigozsin", "yevgeniy prigozhin");
	check_reading("cvetkov szabo", "tsvetkov sabo");
	/* only a name with gy, cs, zs or sz is read so: English has the others */
	check_none("putyin");
	check_reading("kovacs janos", "kovach yanosh");
	/* English words end in gy and ics: energy, logistics */
	check_none("energy logistics company");
	check_none("sz morye");
	/* pinyin's ng before a syllable in y */
	check_none("hangzhou hongyan trading");
	check_none("qingye sun");
	check_none("betty smith");
	check_none("kenya jones");
	check_none("");

	/* the score keeps the better reading */
	CHECK(score_of("Vlagyimir Vlagyimirovics Putyin", "Vladimir Putin") >= 0.9);
	CHECK(score_of("Nyikita Hruscsov", "Nikita Khrushchev") >= 0.9);
	CHECK(score_of("Jevgenyij Prigozsin", "PRIGOZHIN, Yevgeniy Viktorovich") >= 0.9);
	CHECK(score_of("Dmitrij Medvegyev", "MEDVEDEV, Dmitry Anatolyevich") >= 0.85);
	/* names of Hungarian spelling still meet their own */
	CHECK(score_of("Kovács János", "Janos Kovacs") >= 0.99);
	CHECK(score_of("Szabó Gyula", "Gyula Szabo") >= 0.99);
	/* and meet no other name through the reading */
	CHECK(score_of("Jevgenyij Prigozsin", "Yevgeniy Prigorodov") < 0.8);
	CHECK(score_of("Szergej Lavrov", "Sergey Lavrinenko") < 0.8);
	/* a Korean name's gy is a syllable: not read so (it would meet Ho Du) */
	CHECK(sn_hungarian_shaped("ho gyu kim", 10));
	CHECK(score_of("Kim Ho Gyu", "Kim Ho Du") < 0.5);
	CHECK(score_read_as("Vlagyimir Putyin", "Vladimir Putin",
						"\"query_reading\": \"Hungarian spelling\"") >= 0);
}
