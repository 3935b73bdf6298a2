/*
 * test_hangul_loan.c
 *		Unit tests of the reading of names in Hangul as Korean writes
 *		foreign names (hangul_loan.c).
 */
#include "unit_reading.h"
#include "hangul_loan.h"
#include "score.h"
#include "unit_score.h"

/* a final 프 as p, and as f */
UNIT_READING_SHAPED(loan_reading, sn_hangul_loan_shaped, sn_hangul_loan_write(s, len, false, out))
UNIT_READING_SHAPED(loan_f, sn_hangul_loan_shaped, sn_hangul_loan_write(s, len, true, out))

#define check_reading(s, want) unit_check_reading(loan_reading, (s), (want))
#define check_none(s) unit_check_no_reading(loan_reading, (s))

void
suite_hangul_loan(void)
{
	/* a word's syllables together, the vowel eu left out, eo as in RR */
	check_reading("블라디미르 푸틴", "bladimir putin");
	check_reading("도널드 트럼프", "doneold treomp");
	/* ㅓ that ends a word after a consonant is the -er of a foreign name */
	check_reading("해프너 스트리트", "hepner strit");
	check_reading("스미스 피터 어", "smis piter eo");
	/* ㅅ before a y vowel is sh; after sh, j, ch the glide says nothing */
	check_reading("윌리엄 셰익스피어", "wilieom sheikspieo");
	check_reading("쇼나 스미스", "shona smis");
	check_reading("져스틴 챠일드", "jeostin chaild");
	check_reading("오사마 빈 라덴", "osama bin raden");
	/* ㄹ ending a syllable before another ㄹ: one l; another ㄹ: r */
	check_reading("윌리엄 번스", "wilieom beons");
	check_reading("마리아 스미스", "maria smis");
	/* doubled consonants once; the final consonants as said */
	check_reading("필립 모리스", "pilip moris");
	check_reading("로봇 빠뜨", "robot pat");
	check_reading("메드베데프", "medbedep");
	/* the second form: a 프 ending a word is f, not one inside it */
	unit_check_reading(loan_f, "세르게이 라브로프", "sergei rabrof");
	unit_check_reading(loan_f, "프리드리히", "pridrihi");
	unit_check_reading(loan_f, "트럼프, 도널드", "treomf, doneold");
	/* what is not Hangul is kept as written */
	check_reading("Kim 트럼프 2", "Kim treomp 2");
	check_reading("\xEB\x93\x9C\xFF", "d\xFF");
	/*
	 * a name of Korean shape is not read so: two to four syllables in one
	 * or two words, none with the ㅡ of a consonant alone
	 */
	check_none("김정은");
	check_none("지현 이");
	check_none("남궁 민수");
	check_none("민수 남궁");
	check_none("선우 용녀");
	/* two words of two syllables or more, neither a surname: foreign */
	check_reading("조지 부시", "joji busi");
	check_reading("아베 신조", "abe sinjo");
	check_reading("바락 오바마", "barak obama");
	check_none("푸틴");
	check_none("필립");
	check_reading("김 정 은 하", "gim jeong n ha");
	check_reading("김정은하나", "gimjeongnhana");
	/* no Hangul syllable: no reading */
	check_none("");
	check_none("Vladimir Putin");
	check_none("金正恩");
	check_none("\xE3\x84\xB1");	/* a letter, ㄱ, not a syllable */
	check_none("\xEA\xB0");
	/* a name, not a text: one of more than 2,048 bytes is not read */
	unit_check_long_name(loan_reading, sn_hangul_loan_shaped, "\xEA\xB0\x80");

	/*
	 * The score keeps the better reading: foreign names in Hangul meet
	 * their Latin spellings on the lists (v, f and l through the reading's
	 * words), Korean names still meet their own romanisations.
	 */
	CHECK(score_of("블라디미르 푸틴", "PUTIN, Vladimir Vladimirovich") >= 0.85);
	/* Hangul writes a foreign vowel with the Korean one nearest: the key decides */
	CHECK(score_of("스컬리 커밍스", "Sculley Cumings") >= 0.85);
	CHECK(score_of("보커스 버리스", "Baucus Buress") >= 0.85);
	CHECK(score_of("스컬리 커밍스", "Sculley Ayesha") < 0.5);
	/* katakana writes the vowels as they are */
	CHECK(score_of("サダコ・カトー", "KATIO, Muhammad Umar Sidduque") < 0.5);
	CHECK(score_of("도널드 트럼프", "Donald Trump") >= 0.85);
	CHECK(score_of("실만 해프너", "Silman Hafner") >= 0.85);
	CHECK(score_of("도라소 쇼나", "Doraso Shauna") >= 0.85);
	CHECK(score_of("오사마 빈 라덴", "BIN LADEN, Usama") >= 0.85);
	CHECK(score_of("세르게이 라브로프", "LAVROV, Sergey Viktorovich") >= 0.8);
	CHECK(score_of("드미트리 메드베데프", "Dmitry Medvedev") >= 0.85);
	CHECK(score_of("필립 모리스", "PHILIP MORRIS") >= 0.85);
	CHECK(score_of("김정은", "Kim Jong Un") >= 0.85);
	/* a foreign name of two words of two syllables (0.36 read as Korean) */
	CHECK(score_of("아베 신조", "ABE, Shinzo") >= 0.85);
	CHECK(score_of("아베 신조", "Abdel Sinjar") < 0.5);
	/* read so, a Korean name meets no foreign one it does not spell */
	CHECK(score_of("지현 이", "John") < 0.5);
	CHECK(score_of("블라디미르 푸틴", "Vladimir Pozner") < 0.8);
	CHECK(score_of("세르게이 라브로프", "Sergey Lavrinenko") < 0.8);
	/*
	 * the reading's b is also a v, which anchors the name; in Latin
	 * letters, the same spelling is read as written, a typo alone
	 */
	CHECK(score_of("블라디미르", "Vladimir") >= 0.85);
	CHECK(score_of("Bladimir", "Vladimir") < 0.5);
	/* the explanation says which reading scored */
	CHECK(score_read_as("블라디미르 푸틴", "Vladimir Putin",
						"\"query_reading\": \"Hangul, as foreign names\"") >= 0);
}
