/*
 * test_greek.c
 *		Unit tests of the reading of names in Greek letters as Greek writes
 *		foreign names (greek.c).
 */
#include "unit_reading.h"
#include "greek.h"
#include "score.h"
#include "unit_score.h"

/* the plain form and the one with mb, nd, ng after a vowel */
UNIT_READING_SHAPED(greek_reading, sn_greek_shaped, sn_greek_write(s, len, false, out))
UNIT_READING_SHAPED(greek_nasal, sn_greek_shaped, sn_greek_write(s, len, true, out))

#define check_reading(s, want) unit_check_reading(greek_reading, (s), (want))
#define check_none(s) unit_check_no_reading(greek_reading, (s))

void
suite_greek(void)
{
	/* ντ, μπ, γκ: d, b, g; τσ: ch; τζ: j */
	check_reading("Ντμίτρι Μεντβέντεφ", "dmitri medvedef");
	check_reading("Όλεγκ Ντεριπάσκα", "oleg deripaska");
	check_reading("Ρομάν Αμπράμοβιτς", "roman abramovich");
	check_reading("Τζο Μπάιντεν", "jo baiden");
	check_reading("Αρκάντι Ροτένμπεργκ", "arkadi rotenberg");
	/* after a vowel, the second form writes mb, nd, ng; at the start b, d, g */
	unit_check_reading(greek_nasal, "Αλεξάντρ Αντρέι", "alexandr andrei");
	unit_check_reading(greek_nasal, "Ντμίτρι Μεντβέντεφ", "dmitri mendvendef");
	unit_check_reading(greek_nasal, "Λάμπρος Μπακογιάννης Αγκόλα", "lambros bakoyannis angola");
	unit_check_reading(greek_nasal, "Αρκάντι Ροτένμπεργκ", "arkandi rotenberg");
	check_reading("Αλεξάντρ Αντρέι", "alexadr adrei");
	/* γ before e and i is y, γι before a vowel too; γγ, γξ: ng, nx */
	check_reading("Γεβγκένι Πριγκόζιν", "yevgeni prigozin");
	check_reading("Γιούρι Γκαγκάριν", "yuri gagarin");
	check_reading("Άγγελος", "angelos");
	check_reading("Σφίγξ", "sfinx");
	/* ου, αι, ει, οι: one vowel, unless an accent or a diaeresis parts them */
	check_reading("Ελένη Οικονόμου", "eleni ikonomu");
	check_reading("Σεργκέι Σόιγκου", "sergei soigu");
	check_reading("Σοϊγκού", "soigu");
	check_reading("Καΐρο", "kairo");
	check_reading("Μάικλ", "maikl");
	/* αυ, ευ: av, ev; af, ef before a voiceless consonant */
	check_reading("Ευγένιος Αυτί", "evyenios afti");
	/* capitals, final sigma, θ, χ, ξ, ψ */
	check_reading("ΣΕΡΓΚΕΪ ΛΑΒΡΟΦ", "sergei lavrof");
	check_reading("Χοντορκόφσκι", "khodorkofski");
	check_reading("Ψαράς Ξάνθος", "psaras xanthos");
	/* accents written as combining marks after the letter */
	check_reading("Σεργκε\xCC\x81ι", "sergei");
	check_reading("Σοι\xCC\x88γκου", "soigu");
	/* what is not a Greek letter is kept as written */
	check_reading("Μπασάρ αλ-Άσαντ", "basar al-asad");
	check_reading("Πούτιν, Βλαντιμίρ 2", "putin, vladimir 2");
	check_reading("Ὀδυσσεύς", "\xE1\xBD\x88" "dissefs");
	check_reading("\xCE\xA0\xFF\xCE", "p\xFF\xCE");
	/* no Greek letter: no reading */
	check_none("");
	check_none("Vladimir Putin");
	check_none("Владимир Путин");
	check_none("\xE2\x82\xAC");
	check_none("\xCE");
	check_none("\xCE\x80");
	/* a name, not a text: one of more than 2,048 bytes is not read */
	unit_check_long_name(greek_reading, sn_greek_shaped, "\xCE\xB1");

	/*
	 * The score keeps the better reading: foreign names in Greek letters
	 * meet their Latin spellings on the lists, Greek names still meet
	 * their own.
	 */
	CHECK(score_of("Ντμίτρι Μεντβέντεφ", "MEDVEDEV, Dmitry Anatolyevich") >= 0.8);
	CHECK(score_of("Όλεγκ Ντεριπάσκα", "DERIPASKA, Oleg Vladimirovich") >= 0.9);
	CHECK(score_of("Σεργκέι Λαβρόφ", "LAVROV, Sergey Viktorovich") >= 0.8);
	CHECK(score_of("Ρομάν Αμπράμοβιτς", "ABRAMOVICH, Roman Arkadyevich") >= 0.85);
	CHECK(score_of("Αλεξάντρ Λουκασένκο", "LUKASHENKO, Alexander Grigoryevich") >
		  score_of("Alexadr Lukasenko", "LUKASHENKO, Alexander Grigoryevich"));
	CHECK(score_of("Αντώνης Σαμαράς", "Antonis Samaras") == 1.0);
	CHECK(score_of("Γιώργος Παπανδρέου", "Giorgos Papandreou") == 1.0);
	CHECK(score_of("Ντμίτρι Μεντβέντεφ", "Dmitry Medvedev") >
		  score_of("Dmitry Medvedev", "Ντμίτρι Μεντβέντεφ"));
	{
		sn_name		q,
					c;
		sn_error	err;
		sn_buf		ex;

		/* the explanation says which reading scored */
		sn_buf_init(&ex, 256);
		CHECK(sn_query_prepare("Όλεγκ Ντεριπάσκα", strlen("Όλεγκ Ντεριπάσκα"), &q, &err) == SN_OK);
		CHECK(q.reading != NULL && q.reading->reading_kind == SN_READING_GREEK);
		CHECK(sn_name_prepare("Oleg Deripaska", 14, &c, &err) == SN_OK);
		(void) sn_score(&q, &c, &ex);
		CHECK(ex.len > 0 && strstr(ex.data, "\"query_reading\": \"Greek, as foreign names\"") != NULL);
		sn_buf_free(&ex);
		sn_name_free(&q);
		sn_name_free(&c);
	}
}
