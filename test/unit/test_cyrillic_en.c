/*
 * test_cyrillic_en.c
 *		Unit tests of the reading of the English w that Russian writes у
 *		(cyrillic_en.c).
 */
#include "unit_reading.h"
#include "cyrillic_en.h"
#include "score.h"
#include "unit_score.h"

UNIT_READING_SHAPED(en_reading, sn_cyrillic_en_shaped, sn_cyrillic_en_write(s, len, out))

#define check_reading(s, want) unit_check_reading(en_reading, (s), (want))
#define check_none(s) unit_check_no_reading(en_reading, (s))

void
suite_cyrillic_en(void)
{
	/* уо, уа: wa; уэ, уе: we; уи: wi; дж: j; the rest as Russian letters */
	check_reading("Уотсон", "watson");
	check_reading("Уоррен Баффет", "warren Баффет");
	check_reading("Уэллс Уилсон", "wells wilson");
	check_reading("Уиджет", "wijet");
	check_reading("УИЛЬЯМС, Джон 2", "wilyams, Джон 2");
	check_reading("Уайлд-Уэст", "wayld-west");
	/* a letter of another language in the word: kept as written */
	check_reading("Уотсон Уіл", "watson Уіл");
	/* no word that begins with у before a vowel: no reading */
	check_none("");
	check_none("Walter White");
	check_none("Улан Усов");		/* у before a consonant */
	check_none("Ауэзов");			/* у inside a word */
	check_none("Уа");				/* too short a word */
	check_none("\xD0");
	/* a name, not a text: one of more than 2,048 bytes is not read */
	unit_check_long_name(en_reading, sn_cyrillic_en_shaped, "\xD0\xA3\xD0\xBE\xD0\xBB ");

	/* the score keeps the better reading; other names are not met through it */
	CHECK(score_of("Уотсон", "WATSON") >= 0.95);
	CHECK(score_of("Уилсон", "WILSON") >= 0.95);
	CHECK(score_of("Уоррен Баффет", "Warren Buffett") >= 0.9);
	CHECK(score_of("Уилсон", "NELSON") < 0.5);
	CHECK(score_of("Уотсон", "WATANABE") < 0.5);
}
