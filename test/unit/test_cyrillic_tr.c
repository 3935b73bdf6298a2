/*
 * test_cyrillic_tr.c
 *		Unit tests of the reading of Turkish names written in Cyrillic
 *		letters as Turkish writes them (cyrillic_tr.c).
 */
#include "unit_reading.h"
#include "cyrillic_tr.h"
#include "score.h"
#include "unit_score.h"

UNIT_READING_SHAPED(tr_reading, sn_cyrillic_tr_shaped, sn_cyrillic_tr_write(s, len, out))

#define check_reading(s, want) unit_check_reading(tr_reading, (s), (want))
#define check_none(s) unit_check_no_reading(tr_reading, (s))

void
suite_cyrillic_tr(void)
{
	/* дж, ч: c; ш: s; й: y; the soft sign silent */
	check_reading("Реджеп Тайип Эрдоган", "recep tayip erdogan");
	check_reading("Джемиль Четин", "cemil cetin");
	check_reading("Шахин Джан", "sahin can");
	/* ю, ё, я after a consonant: u, o, a (ü, ö, â); else yu, yo, ya */
	check_reading("Эрджан Гюнеш", "ercan gunes");
	check_reading("Гёкхан Озтюрк", "gokhan ozturk");
	check_reading("Кязым Юсуф Ёзтюрк", "kazim yusuf yozturk");
	/* ы: i; capitals, and what is not a Cyrillic letter kept as written */
	check_reading("ЙЫЛМАЗ, Джан 2", "yilmaz, can 2");
	check_reading("Ali Джан", "Ali can");
	check_reading("\xD0\x94\xD0\xB6\xFF", "c\xFF");
	/* no дж, nor ю or ё after a consonant: no reading */
	check_none("");
	check_none("Recep Erdogan");
	check_none("Ахмет Шахин");
	check_none("Юсуф Ёлдаш");		/* ю and ё begin their words */
	check_none("Д ж");
	check_none("\xD0");
	/* a name, not a text: one of more than 2,048 bytes is not read */
	unit_check_long_name(tr_reading, sn_cyrillic_tr_shaped, "\xD0\xB4\xD0\xB6");

	/*
	 * The score keeps the better reading: a Turkish name in Russian
	 * letters meets the list's spelling, a Russian name still meets its own.
	 */
	CHECK(score_of("Джелал Байар", "BAYAR, Celal") >= 0.95);
	CHECK(score_of("Эрджан Гюнеш", "GUNES, Ercan") >= 0.95);
	CHECK(score_of("Джемиль Четин", "CETIN, Cemil") >= 0.95);
	CHECK(score_of("Джохар Дудаев", "DUDAYEV, Dzhokhar") >= 0.95);
	CHECK(score_of("Любовь Тюрина", "TYURINA, Lyubov") >= 0.95);
	/* and meets no other name through it */
	CHECK(score_of("Джемиль Четин", "CETIN, Ahmet") < 0.5);
	CHECK(score_of("Эрджан Гюнеш", "GUNES, Ahmet") < 0.5);
}
