/*
 * test_initials.c
 *		Unit tests of the reading of two initials written as one word
 *		(initials.c).
 */
#include "unit_reading.h"
#include "initials.h"

#define check_reading(s, want) unit_check_reading(sn_initials_reading, (s), (want))
#define check_none(s) unit_check_no_reading(sn_initials_reading, (s))

void
suite_initials(void)
{
	/* two consonants are two initials, wherever the word stands */
	check_reading("jc juncker", "j c juncker");
	check_reading("smith tj", "smith t j");
	check_reading("hk electric", "h k electric");
	check_reading("tj smith jc", "t j smith j c");
	/* only that word: others stay as written */
	check_reading("jc 12 juncker", "j c 12 juncker");
	/* a vowel or a y, one letter, three letters: no such word */
	check_none("");
	check_none("vladimir putin");
	check_none("al qaida");
	check_none("ty cobb");
	check_none("j c juncker");
	check_none("jfk airport");
	/* words in names: bin without its vowel, Ng, Mc, Jr and Sr */
	check_none("usama bn ladin");
	check_none("ng wai kit");
	check_none("mc donald");
	check_none("samuel knowles jr");
	check_none("john smith sr");
	/* words of the tables: legal forms */
	check_none("first ocean gmbh and co kg");
	check_none("shell nv");
}
