/*
 * test_korean_latin.c
 *		Unit tests of the other romanisations of Korean names written in
 *		Latin letters (korean_latin.c).
 */
#include "unit_reading.h"
#include "korean_latin.h"
#include "unit_score.h"

#define vowels(s) sn_korean_vowel_sounds((s), strlen(s))

UNIT_READING_FORM(north, sn_korean_latin_reading, SN_KOREAN_NORTH)
UNIT_READING_FORM(mr, sn_korean_latin_reading, SN_KOREAN_MR)

void
suite_korean_latin(void)
{
	/* Revised Romanization: g, d, b, eo, eu as the other two write them */
	unit_check_reading(north, "kim yeo jeong", "kim yo jong");
	unit_check_reading(mr, "kim yeo jeong", "kim yo chong");
	unit_check_reading(north, "kim gyeong hyeok", "kim kyong hyok");
	unit_check_reading(north, "bak deok geun", "pak tok kun");
	/* ... whose ch is the aspirated one, which all three write ch */
	unit_check_reading(north, "kim byeong cheol", "kim pyong chol");
	unit_check_reading(mr, "kim byeong cheol", "kim pyong chol");
	/* North Korea's j is McCune-Reischauer's ch, and back */
	unit_check_reading(mr, "kim jong il", "kim chong il");
	unit_check_reading(mr, "kim yo jong", "kim yo chong");
	unit_check_reading(north, "kim chong il", "kim jong il");
	unit_check_reading(north, "kim yo chong", "kim yo jong");
	/* a surname at either end; a given name written as one word stays one */
	unit_check_reading(mr, "jong un kim", "chong un kim");
	unit_check_reading(mr, "kim jongun", "kim chongun");
	unit_check_reading(north, "choi seung hyun", "choe sung hyun");
	/* the passports' oo, woo, ee, you; a surname of no syllables kept */
	unit_check_reading(north, "kim kwang soo", "kim kwang su");
	unit_check_reading(north, "kim hyun woo", "kim hyun u");
	unit_check_reading(north, "kim kyoung hee", "kim kyong hui");
	unit_check_reading(mr, "park jung soo", "park chung su");
	/* a reading may be the name as written: the score drops those */
	unit_check_reading(north, "kim tong chol", "kim tong jol");
	unit_check_reading(mr, "kim tong chol", "kim tong chol");
	/* no Korean surname at either end, or a word of no Korean syllables */
	unit_check_no_reading(north, "");
	unit_check_no_reading(north, "kim");
	unit_check_no_reading(north, "vladimir putin");
	unit_check_no_reading(north, "jang song thaek");
	unit_check_no_reading(north, "mark kim johnson");
	unit_check_no_reading(north, "olaf scholz");
	unit_check_no_reading(north, "yong chol");
	unit_check_no_reading(north, "kim jong un kim jong un");
	unit_check_no_reading(north, "kim 12");

	/* the vowel sounds a syllable may write: eo, o, u, eu are one */
	CHECK(vowels("jeong") != 0 && (vowels("jeong") & vowels("jong")) != 0);
	CHECK((vowels("jung") & vowels("jong")) != 0);
	CHECK((vowels("eun") & vowels("un")) != 0);
	CHECK((vowels("myeong") & vowels("myung")) != 0);
	/* with the glide or without it, ae for a (the lists write both) */
	CHECK((vowels("pyong") & vowels("pong")) != 0);
	CHECK((vowels("hwa") & vowels("ha")) != 0);
	CHECK((vowels("paek") & vowels("pak")) != 0);
	CHECK((vowels("choe") & vowels("choi")) != 0);
	/* a, o, i are never one vowel */
	CHECK((vowels("jang") & vowels("jong")) == 0);
	CHECK((vowels("sin") & vowels("son")) == 0);
	CHECK((vowels("suk") & vowels("sik")) == 0);
	CHECK((vowels("mun") & vowels("min")) == 0);
	/* no one syllable: none */
	CHECK(vowels("") == 0);
	CHECK(vowels("hlaing") == 0);
	CHECK(vowels("jongun") == 0);
	CHECK(vowels("vladimir") == 0);

	/*
	 * In a Korean name, syllables with other vowels are other syllables,
	 * whatever consonants they share: Chinese names read in Korean, and
	 * Hangul, no longer meet the list's Korean names by them.
	 */
	CHECK(score_of("林淑貞", "KIM JONG SIK") < 0.5);
	CHECK(score_of("張奕辰", "SON JONG HYOK") < 0.5);
	CHECK(score_of("신지유", "YU SON") < 0.5);
	CHECK(score_of("黃文雄", "HLAING, Min Aung") < 0.6);
	CHECK(score_of("Sin Yong Jang", "SON YONG JONG") < 0.5);
	/* while the romanisations' spellings of one vowel still meet */
	CHECK(score_of("Kim Jung Eun", "KIM JONG UN") >= 0.9);
	CHECK(score_of("Kim Pong-ryul", "Kim Pyong-ryul") >= 0.9);
	CHECK(score_of("HWANG SOK HA", "HWANG SOK-HWA") >= 0.9);
	CHECK(score_of("Pak Chang-Ho", "PAEK CHANG-HO") >= 0.9);
	CHECK(score_of("Choi Ryong Hae", "CHOE RYONG HAE") >= 0.9);
	/*
	 * A Korean name's surname is not written together with its given name
	 * (Jo Heun I is not John), while the given name's syllables are
	 * (Jong Un, Jongun); a name written in Hangul may be a foreign one
	 * (지엔, Jien), and its syllables may still be written together.
	 */
	CHECK(score_of("趙欣怡", "John") < 0.3);
	CHECK(score_of("Jo Heun I", "John") < 0.3);
	CHECK(score_of("Kim Jong Un", "KIM JONGUN") >= 0.9);
	CHECK(score_of("Jong Un Kim", "KIM JONGUN") >= 0.9);
	CHECK(score_of("지엔 바커", "Jien Barker") > 0.3);
	/* and names that are not Korean keep their keys (Jan and Jon) */
	CHECK(score_of("Jan Kowalski", "Jon Kowalski") >= 0.8);
}
