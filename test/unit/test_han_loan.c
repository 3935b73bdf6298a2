/*
 * test_han_loan.c
 *		Unit tests of the reading of names in Han characters as Chinese
 *		writes foreign names (han_loan.c).
 */
#include "unit_reading.h"
#include "han_loan.h"
#include "score.h"
#include "unit_score.h"

/* the six forms */
UNIT_READING_SHAPED(rhotic, sn_han_loan_shaped,
					sn_han_loan_write(s, len, SN_HAN_LOAN_RHOTIC, out))
UNIT_READING_SHAPED(lateral, sn_han_loan_shaped,
					sn_han_loan_write(s, len, SN_HAN_LOAN_LATERAL, out))
UNIT_READING_SHAPED(mixed, sn_han_loan_shaped,
					sn_han_loan_write(s, len, SN_HAN_LOAN_MIXED, out))
UNIT_READING_SHAPED(rdental, sn_han_loan_shaped,
					sn_han_loan_write(s, len, SN_HAN_LOAN_RHOTIC_DENTAL, out))
UNIT_READING_SHAPED(ldental, sn_han_loan_shaped,
					sn_han_loan_write(s, len, SN_HAN_LOAN_LATERAL_DENTAL, out))
UNIT_READING_SHAPED(mdental, sn_han_loan_shaped,
					sn_han_loan_write(s, len, SN_HAN_LOAN_MIXED_DENTAL, out))

#define check_reading(s, want) unit_check_reading(rhotic, (s), (want))
#define check_none(s) unit_check_no_reading(rhotic, (s))

void
suite_han_loan(void)
{
	/* a character a syllable, as foreign names say it; the dot a space */
	check_reading("贝拉克·奥巴马", "berak obama");
	unit_check_reading(lateral, "贝拉克·奥巴马", "belak obama");
	check_reading("奥萨马·本·拉登", "osama ben raden");
	unit_check_reading(lateral, "奥萨马·本·拉登", "osama ben laden");
	/* a consonant's vowel left out at the end and before a consonant ... */
	check_reading("谢尔盖·拉夫罗夫", "sergei rafrof");
	check_reading("约瑟夫·斯大林", "yosef sdalin");
	check_reading("阿卜杜勒·拉赫曼", "abdul rahman");
	check_reading("萨达姆·侯赛因", "sadam hosaiin");
	/* ... but in the first character of a word, but before r or l */
	check_reading("乔治·布什", "joji bush");
	check_reading("德米特里·梅德韦杰夫", "demitri medwejef");
	unit_check_reading(lateral, "希拉里·克林顿", "hilari klindon");
	/* ... and before 尔, which brings no vowel for a cluster */
	check_reading("赫尔穆特·科尔", "hermut kor");
	unit_check_reading(mixed, "格尔哈德·施罗德", "gerhad shirod");
	/* an n before m, b, p is m */
	check_reading("穆罕默德·本·萨勒曼", "muhammod ben salman");
	/* the characters of pinyin r write zh and French j */
	check_reading("格奥尔基·茹科夫", "georki zhukof");
	/* a word of one such character keeps its vowel; a vowel after keeps it */
	check_reading("克·阿克阿", "ke akea");
	/* r and l: characters of their own (罗 ro, 林 lin), or of both (拉, 尔) */
	unit_check_reading(lateral, "谢尔盖·拉夫罗夫", "selgei lafrof");
	unit_check_reading(mixed, "谢尔盖·拉夫罗夫", "sergei lafrof");
	unit_check_reading(mixed, "哈桑·纳斯鲁拉", "hasan nasrula");
	/* the dental forms: 基, 京, 杰 and 乔 as di, tin, de and cho */
	unit_check_reading(rdental, "弗拉基米尔·普京", "fradimir putin");
	unit_check_reading(ldental, "弗拉基米尔·普京", "fladimil putin");
	unit_check_reading(mdental, "弗拉基米尔·普京", "fladimir putin");
	unit_check_reading(mdental, "米哈伊尔·戈尔巴乔夫", "mihair gorbachof");
	unit_check_reading(mdental, "德米特里·梅德韦杰夫", "demitri medwedef");
	check_reading("弗拉基米尔·普京", "frakimir pujin");
	/* the other middle dots; what is not Han is kept as written */
	check_reading("贝拉克・奥巴马", "berak obama");
	check_reading("贝拉克‧奥巴马", "berak obama");
	/* spaces around the dot */
	check_reading("弗拉基米尔 · 普京", "frakimir   pujin");
	check_reading("弗拉基米尔\xE3\x80\x80·\xE3\x80\x80普京", "frakimir\xE3\x80\x80 \xE3\x80\x80pujin");

	/* no reading: Chinese names, no dot, a character outside the set */
	check_none("");
	check_none("Barack Obama");
	check_none("习近平");
	check_none("贝拉克奥巴马");
	check_none("·奥巴马");
	check_none("奥巴马·");
	check_none("金正恩·奥巴马");
	check_none("山田・太郎");
	/* no dot between two words: a dot at the end or the start is none */
	check_none("普京 弗拉基米尔·");
	check_none("·马丁 马丁");
	check_none("马 丁·");
	/* nothing but the set's characters, dots and spaces: not kana, digits */
	check_none("山本・アンナ・森");
	check_none("贝拉克·奥巴马 2");
	check_none("John·史密斯");
	check_none("ウラジーミル・プーチン");
	check_none("\xE8\xB4");
	/* a name, not a text: one of more than 2,048 bytes is not read */
	unit_check_long_name(rhotic, sn_han_loan_shaped, "\xE8\xB4\x9D\xC2\xB7");

	/*
	 * The score keeps the best reading: foreign names in Han characters
	 * meet their Latin spellings on the lists, not other names that share
	 * a word
	 */
	CHECK(score_of("弗拉基米尔·普京", "Vladimir Putin") >= 0.85);
	CHECK(score_of("弗拉基米尔·弗拉基米罗维奇·普京", "PUTIN, Vladimir Vladimirovich") >= 0.85);
	CHECK(score_of("谢尔盖·拉夫罗夫", "LAVROV, Sergey Viktorovich") >= 0.8);
	CHECK(score_of("希拉里·克林顿", "Hillary Clinton") >= 0.85);
	CHECK(score_of("德米特里·梅德韦杰夫", "MEDVEDEV, Dmitry") >= 0.8);
	CHECK(score_of("阿卜杜勒·拉赫曼", "Abdul Rahman") >= 0.85);
	CHECK(score_of("赫尔穆特·科尔", "Helmut Kohl") >= 0.85);
	CHECK(score_of("穆罕默德·本·萨勒曼", "Mohammed bin Salman") >= 0.8);
	CHECK(score_of("阿里·哈梅内伊", "KHAMENEI, Ali") >= 0.85);
	CHECK(score_of("弗拉基米尔 · 普京", "Vladimir Putin") >= 0.85);
	CHECK(score_of("贝拉克·奥巴马", "Barack Obama") >= 0.85);
	CHECK(score_of("奥萨马·本·拉登", "BIN LADEN, Usama") >= 0.8);
	CHECK(score_of("巴沙尔·阿萨德", "AL-ASAD, Bashar") >= 0.85);
	CHECK(score_of("叶夫根尼·普里戈津", "PRIGOZHIN, Yevgeniy Viktorovich") >= 0.8);
	CHECK(score_of("拉姆赞·卡德罗夫", "KADYROV, Ramzan Akhmatovich") >= 0.8);
	CHECK(score_of("罗曼·阿布拉莫维奇", "Roman Abramovich") >= 0.85);
	CHECK(score_of("奥列格·德里帕斯卡", "DERIPASKA, Oleg Vladimirovich") >= 0.8);
	CHECK(score_of("弗拉基米尔·普京", "Vladimir Pozner") < 0.5);
	CHECK(score_of("贝拉克·奥巴马", "Barack Hussein") < 0.7);
	/* Chinese names are read as before, not as foreign ones */
	CHECK(score_of("马丁", "Martin") < 0.5);
	/* in Latin letters, the same spellings are read as written */
	CHECK(score_of("frakimir pujin", "Vladimir Putin") < 0.5);
	/* the explanation says which reading scored */
	CHECK(score_read_as("弗拉基米尔·普京", "Vladimir Putin",
						"\"query_reading\": \"Han, as foreign names, la and er as la and r, Russian ji jing jie qiao\"") >= 0);
}
