/*
 * test_cyrillic_sc.c
 *		Unit tests of the reading of names in Cyrillic letters as
 *		Serbo-Croatian Latin writes them (cyrillic_sc.c).
 */
#include "unit_reading.h"
#include "cyrillic_sc.h"
#include "score.h"
#include "unit_score.h"

UNIT_READING_SHAPED(sc_reading, sn_cyrillic_sc_shaped, sn_cyrillic_sc_write(s, len, out))

#define check_reading(s, want) unit_check_reading(sc_reading, (s), (want))
#define check_none(s) unit_check_no_reading(sc_reading, (s))

void
suite_cyrillic_sc(void)
{
	/* ч, ц, ћ: c; ш: s; ж: z; џ: dz; ђ: dj; х: h */
	check_reading("Караджич Радован", "karadzic radovan");
	check_reading("Цветкович Жупанович", "cvetkovic zupanovic");
	check_reading("Шешель", "seselj");
	check_reading("Хаджич", "hadzic");
	check_reading("Ћосић Ђинђић Џаферовић Шешель", "cosic djindjic dzaferovic seselj");
	check_reading("Щукин", "scukin");
	/* ль, нь: lj, nj; the soft sign otherwise silent, the hard one too */
	check_reading("Ильич Коньевич Игорь", "iljic konjevic igor");
	check_reading("Объедков", "objedkov");
	/* й, ј: j; ю, я, є, ї: ju, ja, je, ji; ы: i */
	check_reading("Юрий Яковлевич", "jurij jakovlevic");
	check_reading("Євгенія Їжакевич", "jevgenija jizakevic");
	check_reading("Крылов", "krilov");
	/* е: je at a word's start, after a vowel or a silent sign; e after a consonant */
	check_reading("Елена Маевич", "jelena majevic");
	check_reading("Соловьев Петрович", "solovjev petrovic");
	/* capitals, and what is not a Cyrillic letter kept as written */
	check_reading("ШЕШЕЛЬ, Воислав 2", "seselj, voislav 2");
	check_reading("Ali Шешель", "Ali seselj");
	check_reading("\xD0\xA8\xFF", "s\xFF");
	/* no letter that Serbo-Croatian writes otherwise: no reading */
	check_none("");
	check_none("Vladimir Putin");
	check_none("Иван Петров");
	check_none("Σεργκέι");
	check_none("Ђинђић");		/* Serbian: the normaliser writes it so */
	check_none("\xD0");
	check_none("\xD1");			/* ч cut short */
	/* a name, not a text: one of more than 2,048 bytes is not read */
	unit_check_long_name(sc_reading, sn_cyrillic_sc_shaped, "\xD1\x87");

	/*
	 * The score keeps the better reading: a Balkan surname in Russian
	 * letters meets the list's Serbo-Croatian spelling, a Russian name
	 * still meets its own.
	 */
	CHECK(score_of("Ковачевич", "KOVACEVIC") >= 0.95);
	CHECK(score_of("Тадич", "TADIC") >= 0.95);
	CHECK(score_of("Воислав Шешель", "SESELJ, Vojislav") >= 0.9);
	CHECK(score_of("Хаджич Горан", "HADZIC, Goran") >= 0.95);
	CHECK(score_of("Сергей Лавров", "LAVROV, Sergey Viktorovich") >= 0.85);
	CHECK(score_of("Владимир Путин", "PUTIN, Vladimir Vladimirovich") >= 0.85);
	/* and meets no other name through it */
	CHECK(score_of("Тадич", "TADIĆ") >= 0.95);
	CHECK(score_of("Шешель", "SESAY, Issa") < 0.5);
}
