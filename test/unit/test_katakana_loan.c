/*
 * test_katakana_loan.c
 *		Unit tests of the reading of names in katakana as Japanese writes
 *		foreign names (katakana_loan.c).
 */
#include "unit_reading.h"
#include "katakana_loan.h"
#include "score.h"
#include "unit_score.h"

/* the four forms */
UNIT_READING_SHAPED(plain, sn_katakana_loan_shaped,
					sn_katakana_loan_write(s, len, SN_KATAKANA_PLAIN, out))
UNIT_READING_SHAPED(dental, sn_katakana_loan_shaped,
					sn_katakana_loan_write(s, len, SN_KATAKANA_DENTAL, out))
UNIT_READING_SHAPED(lateral, sn_katakana_loan_shaped,
					sn_katakana_loan_write(s, len, SN_KATAKANA_LATERAL, out))
UNIT_READING_SHAPED(inner, sn_katakana_loan_shaped,
					sn_katakana_loan_write(s, len, SN_KATAKANA_LATERAL_INNER, out))

#define check_reading(s, want) unit_check_reading(plain, (s), (want))
#define check_none(s) unit_check_no_reading(plain, (s))

void
suite_katakana_loan(void)
{
	/* the added u and o left out at the end of a word, in r clusters */
	check_reading("ウラジーミル・プーチン", "urajimir・puchin");
	check_reading("ドナルド・トランプ", "donard・tramp");
	check_reading("セルゲイ・ラブロフ", "sergei・rabrof");
	/* inside a word before a consonant: u is left out, o kept */
	check_reading("クズネツォフ", "kuznetsof");
	check_reading("アントニオ", "antonio");
	check_reading("エドワード", "edwad");
	/* a first kana keeps its u, but an s or sh */
	check_reading("ムハンマド", "muhammad");
	check_reading("スミス", "smis");
	check_reading("シュミット", "shmit");
	/* a last -tor, -dor keeps its o; before a vowel or n, u is said */
	check_reading("ヴィクトル", "viktor");
	check_reading("フョードル", "fyodor");
	check_reading("ムン", "mun");
	/* small vowels and ya, yu, yo change the kana before; sh's u is added */
	check_reading("ティム・クック", "tim・kuk");
	check_reading("ウィリアム", "wiriam");
	check_reading("イェルツィン", "yertsin");
	check_reading("キャサリン", "kyasarin");
	check_reading("ジョージ・ブッシュ", "joji・bush");
	/* long vowels and doubled consonants add nothing; n before p is m */
	check_reading("ミッテラン", "miteran");
	check_reading("ヨーコ", "yoko");
	/* Japanese names written with u for the long vowel keep it */
	check_reading("サトウ タロウ", "satou tarou");
	/* halfwidth kana and combining voicing marks */
	check_reading("ﾄﾞﾅﾙﾄﾞ･ﾄﾗﾝﾌﾟ", "donard･tramp");
	check_reading("\xE3\x82\xA6\xE3\x82\x99\xE3\x82\xA3\xE3\x82\xAF\xE3\x83\x88\xE3\x83\xAB",
				  "viktor");	/* ウ, combining dakuten, ィクトル */
	check_reading("ハ\xE3\x82\x9Aリ", "pari");	/* ハ with a combining handakuten */
	/* what is not katakana is kept as written */
	check_reading("Kim ドナルド 2", "Kim donard 2");
	check_reading("ド\xFF", "d\xFF");

	/* the dental form: チ and ジ inside a word as ti and di, not last */
	unit_check_reading(dental, "ウラジーミル・プーチン", "uradimir・putin");
	unit_check_reading(dental, "コージ", "koji");
	unit_check_reading(dental, "チェ・ゲバラ", "che・gebara");
	/* the lateral forms: r as l, but after a consonant (and a last r) */
	unit_check_reading(lateral, "ドナルド・トランプ", "donald・tramp");
	unit_check_reading(lateral, "ハッサン・ナスララ", "hasan・nasrala");
	unit_check_reading(lateral, "アル＝アサド", "al＝asad");
	unit_check_reading(lateral, "アレクサンドル", "aleksandol");
	unit_check_reading(inner, "アレクサンドル", "aleksandor");
	unit_check_reading(inner, "ヘンリー", "henri");
	/* and a long a that ends a word after a consonant as -er, not in the others */
	unit_check_reading(lateral, "ピーター・パーカー", "piter・paker");
	unit_check_reading(inner, "アレクサンダー", "aleksander");
	unit_check_reading(lateral, "ジェニファー", "jenifer");
	unit_check_reading(lateral, "アー", "a");
	check_reading("ムスタファー", "mustafa");
	unit_check_reading(dental, "ムスタファー", "mustafa");

	/* no katakana letter: no reading */
	check_none("");
	check_none("Vladimir Putin");
	check_none("金正恩");
	check_none("やまだ");			/* hiragana */
	check_none("・ー");
	check_none("\xE3\x82");
	/* a name, not a text: one of more than 2,048 bytes is not read */
	unit_check_long_name(plain, sn_katakana_loan_shaped, "\xE3\x82\xA2");

	/*
	 * The score keeps the best reading: foreign names in katakana meet
	 * their Latin spellings on the lists (v and l through the reading's
	 * words and forms), not other names that share a word
	 */
	CHECK(score_of("ウラジーミル・プーチン", "PUTIN, Vladimir Vladimirovich") >= 0.85);
	CHECK(score_of("ドナルド・トランプ", "Donald Trump") >= 0.85);
	CHECK(score_of("セルゲイ・ラブロフ", "LAVROV, Sergey Viktorovich") >= 0.8);
	CHECK(score_of("オサマ・ビン・ラディン", "BIN LADEN, Usama") >= 0.85);
	CHECK(score_of("アレクサンドル・ルカシェンコ", "LUKASHENKO, Alexander Grigoryevich") >= 0.85);
	CHECK(score_of("バッシャール・アル＝アサド", "AL-ASAD, Bashar") >= 0.85);
	CHECK(score_of("ムハンマド アリ", "Muhammad Ali") >= 0.85);
	CHECK(score_of("ピーター・パーカー", "Peter Parker") >= 0.85);
	CHECK(score_of("ティナ・ターナー", "Tina Turner") >= 0.85);
	CHECK(score_of("ムスタファー・アリ", "Mustafa Ali") >= 0.85);
	CHECK(score_of("ヒズボラ", "HIZBALLAH") >= 0.85);
	CHECK(score_of("ｳﾗｼﾞｰﾐﾙ･ﾌﾟｰﾁﾝ", "Vladimir Putin") >= 0.85);
	CHECK(score_of("ウラジーミル・プーチン", "Vladimir Pozner") < 0.5);
	CHECK(score_of("セルゲイ・ラブロフ", "Sergey Lavrinenko") < 0.5);
	CHECK(score_of("ドナルド・トランプ", "Donald Tusk") < 0.5);
	/* in Latin letters, the same spellings are read as written */
	CHECK(score_of("urajimir puchin", "Vladimir Putin") < 0.5);
	/* the explanation says which reading scored */
	CHECK(score_read_as("ドナルド・トランプ", "Donald Trump",
						"\"query_reading\": \"katakana, as foreign names, r as l\"") >= 0);
}
