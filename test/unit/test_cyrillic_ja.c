/*
 * test_cyrillic_ja.c
 *		Unit tests of the reading of Japanese names written in Cyrillic
 *		letters in Hepburn romanisation (cyrillic_ja.c).
 */
#include "unit_reading.h"
#include "cyrillic_ja.h"
#include "score.h"
#include "unit_score.h"

UNIT_READING_SHAPED(ja_reading, sn_cyrillic_ja_shaped, sn_cyrillic_ja_write(s, len, out))

#define check_reading(s, want) unit_check_reading(ja_reading, (s), (want))
#define check_none(s) unit_check_no_reading(ja_reading, (s))

void
suite_cyrillic_ja(void)
{
	/* си, ти, цу: shi, chi, tsu; э, е: e */
	check_reading("Такэси Китано", "takeshi kitano");
	check_reading("Тотитэнко", "tochitenko");
	check_reading("Мацусита Коносукэ", "matsushita konosuke");
	/* дзи: ji; дз before another vowel: z; дзё and the like: jo */
	check_reading("Синдзо Абэ", "shinzo abe");
	check_reading("Хигасидзава", "higashizawa");
	check_reading("Такадзё Сёдзиро", "takajo shojiro");
	/* сё, тя, рё, кю: sho, cha, ryo, kyu; х: h, ху: fu */
	check_reading("Сёко Асахара", "shoko asahara");
	check_reading("Рёма Тяя Кюсю", "ryoma chaya kyushu");
	check_reading("Хукуда", "fukuda");
	/* в: w; й after a vowel: i; a doubled consonant; н alone; нъ; м before б */
	check_reading("Ивасаки Дайсукэ", "iwasaki daisuke");	/* й, which Russian writes y */
	check_reading("Хаттори Хоккайдо", "hattori hokkaido");
	check_reading("Синъити Кэнтаро", "shinichi kentaro");
	check_reading("Симбаси", "shimbashi");
	/* capitals; words that are not Japanese, and other characters, as written */
	check_reading("ХИГАСИДЗАВА, Кэн 2", "higashizawa, ken 2");
	check_reading("Угрешич Сёдзиро", "Угрешич shojiro");
	check_reading("Ali Сиодзи", "Ali shioji");
	check_reading("Сиодзи\xFF", "shioji\xFF");
	/* no word of Japanese syllables that Hepburn writes otherwise: no reading */
	check_none("");
	check_none("Vladimir Putin");
	check_none("Сергей Петров");		/* clusters, a final consonant */
	check_none("Ивата Сатору");		/* syllables, but read as the normaliser does */
	check_none("Ольга Смирнова");		/* л, clusters */
	check_none("Тусима");		/* ту is no syllable */
	check_none("Ди Сато");
	check_none("Си Ми");		/* words of one syllable */
	check_none("Σεργκέι");
	check_none("\xD0");
	check_none("\xD1");
	/* a name, not a text: one of more than 2,048 bytes is not read */
	unit_check_long_name(ja_reading, sn_cyrillic_ja_shaped, "\xD1\x81\xD0\xB8\xD0\xB0 ");

	/*
	 * The score keeps the better reading: a Japanese name in Russian
	 * letters meets the list's Hepburn spelling, a Russian name still
	 * meets its own.
	 */
	CHECK(score_of("Хигасидзава", "HIGASHIZAWA") >= 0.95);
	CHECK(score_of("Сёко Асахара", "ASAHARA, Shoko") >= 0.95);
	CHECK(score_of("Синъити Кудо", "KUDO, Shinichi") >= 0.95);
	CHECK(score_of("Кэндзи Симбаси", "SHIMBASHI, Kenji") >= 0.95);
	CHECK(score_of("Сергей Лавров", "LAVROV, Sergey Viktorovich") >= 0.85);
	CHECK(score_of("Тимофей Иванов", "IVANOV, Timofey") >= 0.95);
	/* and meets no other name through it */
	CHECK(score_of("Сёко Асахара", "OKAMOTO, Kozo") < 0.3);
	CHECK(score_of("Хигасидзава", "HIGASHIYAMA") < 0.5);
}
