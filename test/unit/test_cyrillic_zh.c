/*
 * test_cyrillic_zh.c
 *		Unit tests of the pinyin reading of Chinese names written in
 *		Cyrillic letters (cyrillic_zh.c).
 */
#include "unit_reading.h"
#include "cyrillic_zh.h"
#include "score.h"
#include "unit_score.h"

UNIT_READING_SHAPED(zh_reading, sn_cyrillic_zh_shaped, sn_cyrillic_zh_write(s, len, out))

#define check_reading(s, want) unit_check_reading(zh_reading, (s), (want))
#define check_none(s) unit_check_no_reading(zh_reading, (s))

void
suite_cyrillic_zh(void)
{
	/* цз: j before i and u-umlaut, z otherwise; the syllables of a word together */
	check_reading("Си Цзиньпин", "xi jinping");
	check_reading("Мао Цзэдун", "mao zedong");
	check_reading("Цзян Цзэминь", "jiang zemin");
	/* чж: zh; с, ц before i: x, q; ж: r; х: h */
	check_reading("Чжоу Эньлай", "zhou enlai");
	check_reading("Чжан Сяомин", "zhang xiaoming");
	check_reading("Цянь Жунцзи", "qian rongji");
	check_reading("Ху Цзиньтао", "hu jintao");
	/* н: ng; нь: n; ун: ong; е: ie; юй, юэ, юнь: u-umlaut */
	check_reading("Ли Пэн", "li peng");
	check_reading("Дэн Сяопин", "deng xiaoping");
	check_reading("Се Чжэньхуа", "xie zhenhua");
	check_reading("Юй Цзюнь", "yu jun");
	check_reading("Лю Сюэ", "liu xue");
	check_reading("Люй Бувэй", "lu buwei");
	/* a syllable of its own: и, в; ы after цз, ц, с; о as uo, but bo */
	check_reading("Ван И", "wang yi");
	check_reading("Сыма Цянь", "sima qian");
	check_reading("Го Босюн", "guo boxiong");
	/* capitals; words that are not Mandarin, and other characters, as written */
	check_reading("СИ ЦЗИНЬПИН, 2", "xi jinping, 2");
	check_reading("Petrov Цзиньпин", "Petrov jinping");
	check_reading("Ковальчук Цзиньпин", "Ковальчук jinping");
	check_reading("Цзиньпин\xFF", "jinping\xFF");
	/* no word of Mandarin syllables that Russian writes far from pinyin: no reading */
	check_none("");
	check_none("Xi Jinping");
	check_none("Сергей Петров");		/* р, clusters */
	check_none("Нина Ли");		/* syllables, but read near enough as written */
	check_none("Бы");			/* ы only after цз, ц, с */
	check_none("Σεργκέι");
	check_none("\xD0");
	check_none("\xD1");
	/* a name, not a text: one of more than 2,048 bytes is not read */
	unit_check_long_name(zh_reading, sn_cyrillic_zh_shaped, "\xD1\x86\xD0\xB7\xD0\xB8 ");

	/*
	 * The score keeps the better reading: a Chinese name in Russian
	 * letters meets the list's pinyin, a Russian name still meets its own.
	 */
	CHECK(score_of("Си Цзиньпин", "XI, Jinping") >= 0.95);
	CHECK(score_of("Чжан Сяомин", "ZHANG, Xiaoming") >= 0.95);
	CHECK(score_of("Ван И", "WANG, Yi") >= 0.95);
	CHECK(score_of("Цзян Цзэминь", "JIANG, Zemin") >= 0.95);
	CHECK(score_of("Иван Петров", "PETROV, Ivan") >= 0.95);
	/* and meets no other name through it */
	CHECK(score_of("Си Цзиньпин", "LI, Jinping") < 0.8);
	CHECK(score_of("Чжан Сяомин", "ZHANG, Wei") < 0.5);
}
