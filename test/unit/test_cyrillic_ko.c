/*
 * test_cyrillic_ko.c
 *		Unit tests of the reading of Korean names written in Cyrillic
 *		letters as the lists write them (cyrillic_ko.c).
 */
#include "unit_reading.h"
#include "cyrillic_ko.h"
#include "score.h"
#include "unit_score.h"

#include <string.h>

UNIT_READING_SHAPED(ko_reading, sn_cyrillic_ko_shaped, sn_cyrillic_ko_write(s, len, out))

#define check_reading(s, want) unit_check_reading(ko_reading, (s), (want))
#define check_none(s) unit_check_no_reading(ko_reading, (s))

void
suite_cyrillic_ko(void)
{
	/* ч: j, holding the y of е and ё; чх: ch; ы: u; р and ль at the end: l */
	check_reading("Ким Чен Ын", "kim jon un");
	check_reading("Ким Чен Ир", "kim jon il");
	check_reading("Ким Ён Чхоль", "kim yon chol");
	/* ве: oe; э: ae; х: h; е after a consonant: yo; кх, тх, пх: k, t, p */
	check_reading("Чхве Рён Хэ", "choe ryon hae");
	check_reading("Ри Пен Чхоль", "ri pyon chol");
	check_reading("Пхан Тхэ Кхун", "pan tae kun");
	/* дж, чж: j; ый: ui; syllables of a word together, hyphens and commas kept */
	check_reading("Пак Пон Джу", "pak pon ju");
	check_reading("Мун Чжэ-Ин", "mun jae-in");
	check_reading("ЧХВЕ, Сонхый", "choe, sonhui");
	/* not every word Korean syllables, or none of the letters: no reading */
	check_none("");
	check_none("Kim Jong Un");
	check_none("Иван Ким");			/* syllables, but read near enough as written */
	check_none("Ким Чен Ын 2");		/* a digit */
	check_none("Ким Чен Ын Dr");		/* a Latin word */
	check_none("Чен");				/* one word */
	check_none("Ким Сергей Чен");	/* Сергей is no syllables */
	check_none("Ким Ыыыы Чен");		/* four syllables */
	check_none("Ки Чо Ын Хэ Пак Ли");	/* six words */
	check_none("\xD0");
	check_none("\xD1 \xD1");
	/* a name, not a text: one of more than 2,048 bytes is not read */
	{
		char		name[SN_READING_MAX_BYTES + 2];
		size_t		len;

		memset(name, ' ', sizeof(name));
		memcpy(name, "Ким", strlen("Ким"));
		len = SN_READING_MAX_BYTES;
		memcpy(name + len - strlen("Чен"), "Чен", strlen("Чен"));
		CHECK(sn_cyrillic_ko_shaped(name, len));
		/* one more space between the words */
		memset(name, ' ', sizeof(name));
		memcpy(name, "Ким", strlen("Ким"));
		memcpy(name + len + 1 - strlen("Чен"), "Чен", strlen("Чен"));
		CHECK(!sn_cyrillic_ko_shaped(name, len + 1));
	}

	/*
	 * The score keeps the better reading: a Korean name in Russian letters
	 * meets the list's romanisation, a Russian name still meets its own.
	 */
	CHECK(score_of("Ким Чен Ын", "KIM, Jong Un") >= 0.9);
	CHECK(score_of("Чхве Рён Хэ", "CHOE, Ryong Hae") >= 0.9);
	CHECK(score_of("Ри Пен Чхоль", "RI, Pyong Chol") >= 0.9);
	CHECK(score_of("Пак Пон Джу", "PAK, Pong Ju") >= 0.9);
	CHECK(score_of("Иван Ким", "KIM, Ivan") >= 0.95);
	/* and meets no other name through it */
	CHECK(score_of("Ким Чен Ын", "KIM, Jong Nam") < 0.5);
	CHECK(score_of("Ким Чен Ир", "KIM, Jong Un") < 0.5);
	CHECK(score_of("Чхве Рён Хэ", "CHOE, Son Hui") < 0.5);
}
