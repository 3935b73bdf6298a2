/*
 * test_wadegiles.c
 *		Unit tests of the pinyin reading of names in Wade-Giles (wadegiles.c).
 */
#include "unit_reading.h"
#include "wadegiles.h"

UNIT_READING_FORM(plain, sn_wadegiles_reading, SN_WADEGILES_PLAIN)
UNIT_READING_FORM(aspirated, sn_wadegiles_reading, SN_WADEGILES_ASPIRATED)

#define check_reading(s, want) unit_check_reading(plain, (s), (want))
#define check_none(s) unit_check_no_reading(plain, (s))

void
suite_wadegiles(void)
{
	/* hs, ts, ch before i, -ung; a word's syllables written together */
	check_reading("Mao Tse-tung", "mao zedong");
	check_reading("MAO, Tse-tung", "mao, zedong");
	check_reading("Hsi Chin-p'ing", "xi jinping");
	check_reading("Teng Hsiao-p\xE2\x80\x99ing", "deng xiaoping");
	check_reading("Li Hung-chang", "li hongzhang");
	check_reading("Hsieh Chang-t'ing", "xie zhangting");
	/* unaspirated stops without an apostrophe, aspirated with one */
	check_reading("Hsi Chin-ping", "xi jinbing");
	check_reading("Kuo Mo-jo", "guo moruo");
	check_reading("Ts'ai Ing-wen", "cai yingwen");
	check_reading("Tsai Ing-wen", "zai yingwen");
	check_reading("Chiang Ching-kuo", "jiang jingguo");
	/* without apostrophes, read aspirated too; with them, only as marked */
	unit_check_reading(aspirated, "Tsai Ing-wen", "cai yingwen");
	unit_check_reading(aspirated, "Chiu Kuo-cheng", "qiu kuocheng");
	unit_check_reading(aspirated, "Teng Hsiao-ping", "teng xiaoping");
	{
		char		got[64];

		/* marked: shaped, but no aspirated reading is written */
		CHECK(unit_reading(aspirated, "Hsi Chin-p'ing", got, sizeof(got)));
		CHECK_STR(got, "");
	}
	/* j as r, -ih, tzu and ssu, -ieh, -ien, -ueh, -erh, yen, u-umlaut */
	check_reading("Jung Chang", "rong zhang");
	check_reading("Shih Chih-jen", "shi zhiren");
	check_reading("Sun Tzu", "sun zi");
	check_reading("Ssu-ma Ch'ien", "sima qian");
	check_reading("Hsueh Yueh", "xue yue");
	check_reading("Erh Yen", "er yan");
	check_reading("Hs\xC3\xBC Chih", "xu zhi");
	check_reading("Ch\xC3\xBC Hsien", "ju xian");
	check_reading("Ho Hsien-ku", "he xiangu");
	check_reading("Ming Hsu", "ming xu");
	/* no mark of Wade-Giles, or a word that is no syllable of it: no reading */
	check_none("");
	check_none("Chen Lin");
	check_none("Chou");
	check_none("Xi Jinping");
	check_none("Kim Chong Il");
	check_none("Ho Chi Minh");
	check_none("Sun Yat-sen");
	check_none("Chiang Kai-shek");
	check_none("Vladimir Putin");
	check_none("Olaf Scholz");
	check_none("Tse-tung 2");
	check_none("Tse--tung");
	check_none("Tse-");
	check_none("'Tse");
	check_none("Ts''ai");
	check_none("Mao Tse-tung Tse-tung Tse-tung Tse-tung Tse-tung Tse-tung Tse-tung");
}
