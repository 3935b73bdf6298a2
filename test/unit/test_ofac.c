/*
 * test_ofac.c
 *		Unit tests of the OFAC Sanctions List Search score and its measures.
 */
#include "unit.h"
#include "ofac.h"

#include <stdlib.h>

static const char *
soundex(const char *s)
{
	static char out[SN_SOUNDEX_LEN + 1];

	sn_soundex_str(s, out);
	return out;
}

static int
score(const char *q, const char *c)
{
	return sn_ofac_score(q, strlen(q), c, strlen(c), NULL);
}

static int
ofac_fold_str(const char *s, char *out, size_t cap)
{
	sn_ofac_name n;
	size_t		o = 0;
	int			p;

	sn_ofac_fold(s, strlen(s), &n);
	for (p = 0; p < n.nparts && o + 1 < cap; p++)
	{
		if (p > 0)
			out[o++] = ' ';
		for (int k = 0; k < n.part_len[p] && o + 1 < cap; k++)
		{
			uint32_t	c = n.chars[n.part_start[p] + k];

			out[o++] = c < 0x80 ? (char) c : '?';
		}
	}
	out[o] = '\0';
	return n.nparts;
}

static const char *
fold(const char *s)
{
	static char out[1024];

	ofac_fold_str(s, out, sizeof(out));
	return out;
}

void
suite_ofac(void)
{
	sn_ofac_detail d;
	char	   *big;
	size_t		biglen;

	/* Jaro and Jaro-Winkler: the published values (Winkler's prefix of 4) */
	CHECK_NEAR(sn_jaro_winkler_str("MARTHA", "MARHTA", 4), 0.961, 0.0005);
	CHECK_NEAR(sn_jaro_winkler_str("DWAYNE", "DUANE", 4), 0.840, 0.0005);
	CHECK_NEAR(sn_jaro_winkler_str("DIXON", "DICKSONX", 4), 0.813, 0.0005);
	CHECK_NEAR(sn_jaro_winkler_str("MARTHA", "MARHTA", 0), 0.944, 0.0005);
	CHECK_NEAR(sn_jaro_winkler_str("CRATE", "TRACE", 4), 0.733, 0.0005);
	CHECK_NEAR(sn_jaro_winkler_str("ABC", "ABC", 4), 1.0, 1e-9);
	CHECK_NEAR(sn_jaro_winkler_str("ABC", "XYZ", 4), 0.0, 1e-9);
	CHECK_NEAR(sn_jaro_winkler_str("", "", 4), 1.0, 1e-9);
	CHECK_NEAR(sn_jaro_winkler_str("A", "", 4), 0.0, 1e-9);
	/* symmetric */
	CHECK_NEAR(sn_jaro_winkler_str("DICKSONX", "DIXON", 4),
			   sn_jaro_winkler_str("DIXON", "DICKSONX", 4), 1e-12);
	/* OFAC's prefix of five: a fifth common letter earns a bonus too */
	CHECK(sn_jaro_winkler_str("GEORGEBUSH", "GEORGIOUGEORGIOS", 5) >
		  sn_jaro_winkler_str("GEORGEBUSH", "GEORGIOUGEORGIOS", 4));
	CHECK_NEAR(sn_jaro_winkler_str("ABCDEFGH", "ABCDEXYZ", 5),
			   sn_jaro_winkler_str("ABCDEFGH", "ABCDEXYZ", 9), 1e-12);
	/* no 0.7 boost threshold: the bonus applies to a low Jaro as well */
	CHECK(sn_jaro_winkler_str("VLADIMIRPUTIN", "VLADIMIROVKAADVANCEDWEAPONSANDRESEARCHCOMPLEX", 5) > 0.8);

	/* Soundex: the classic codes */
	CHECK_STR(soundex("ROBERT"), "R163");
	CHECK_STR(soundex("RUPERT"), "R163");
	CHECK_STR(soundex("RUBIN"), "R150");
	CHECK_STR(soundex("TYMCZAK"), "T522");
	CHECK_STR(soundex("PFISTER"), "P236");
	CHECK_STR(soundex("ASHCRAFT"), "A261");
	CHECK_STR(soundex("ASHCROFT"), "A261");
	CHECK_STR(soundex("HONEYMAN"), "H555");
	CHECK_STR(soundex("LEE"), "L000");
	CHECK_STR(soundex("MAHMUD"), soundex("MAHMOOD"));
	CHECK(!sn_soundex_str("1ST", (char[SN_SOUNDEX_LEN + 1]) {0}));

	/* Levenshtein */
	{
		uint32_t	a[] = {'K', 'I', 'T', 'T', 'E', 'N'};
		uint32_t	b[] = {'S', 'I', 'T', 'T', 'I', 'N', 'G'};

		CHECK(sn_levenshtein(a, 6, b, 7) == 3);
		CHECK(sn_levenshtein(a, 6, a, 6) == 0);
		CHECK(sn_levenshtein(a, 0, b, 7) == 7);
	}

	/* folding: uppercase, Latin diacritics off, punctuation separates */
	CHECK_STR(fold("Putin, Vladimir"), "PUTIN VLADIMIR");
	CHECK_STR(fold("Nguyễn Tấn Dũng"), "NGUYEN TAN DUNG");
	CHECK_STR(fold("Łukaszenka Straße Ærø"), "LUKASZENKA STRASSE AERO");
	CHECK_STR(fold("BASHIR-UD-DIN"), "BASHIR UD DIN");
	CHECK_STR(fold("'ABD AL-RAHMAN"), "ABD AL RAHMAN");
	CHECK_STR(fold("O'Brien"), "OBRIEN");
	CHECK_STR(fold("J.P. MORGAN"), "J P MORGAN");
	CHECK_STR(fold("ＳＡＤＤＡＭ　ＨＵＳＳＥＩＮ"), "SADDAM HUSSEIN");
	CHECK_STR(fold("Vladi\xc2\xadmir e\xcc\x81"), "VLADIMIR E");		/* soft hyphen, combining acute */
	CHECK_STR(fold(" ,.;:-()\"/ "), "");
	CHECK_STR(fold("bad \xff\xfe bytes \xe2\x82"), "BAD BYTES");
	/* other scripts are kept, not transliterated, as in OFAC's tool */
	CHECK_STR(fold("Путин"), "?????");

	/* the score: whole name and name parts, the higher of the two */
	CHECK(score("VLADIMIR PUTIN", "PUTIN, Vladimir") == 100);
	CHECK(score("VLADIMIR PUTIN", "PUTIN, Vladimir Vladimirovich") == 100);
	CHECK(score("vladimir putin", "PUTIN, Vladimir") == 100);
	/* whole-name technique: VLADIMIR BILIY shares a long prefix */
	sn_ofac_score("VLADIMIR PUTIN", 14, "VLADIMIR BILIY", 14, &d);
	CHECK(d.found && d.whole > d.parts);
	CHECK(score("VLADIMIR PUTIN", "VLADIMIR BILIY") == 90);
	/* name-part technique: mean of the best part scores */
	sn_ofac_score("PUTIN VLADIMIR", 14, "TURIN, Vladimir", 15, &d);
	CHECK(d.found);
	CHECK_NEAR(d.parts, 0.5, 1e-12);	/* PUTIN and TURIN: not the same first letter */
	CHECK(score("PUTIN VLADIMIR", "TURIN, Vladimir") == 92);	/* the whole name */
	/* halves round to even */
	sn_ofac_score("GEORGE BUSH", 11, "GROUPE FLEURETTE", 16, &d);
	CHECK_NEAR(d.whole, 0.625, 1e-9);
	CHECK(score("GEORGE BUSH", "GROUPE FLEURETTE") == 62);
	CHECK(score("OSAMA BIN LADEN", "BIN LADIN, Osama") == 97);
	/* a part with no counterpart of the same first letter scores 0 */
	CHECK(score("GEORGE BUSH", "HASWANI, George") == 50);
	/* the pre-filter: ALQAEDA has no part like AL or QAEDA, so 0 */
	sn_ofac_score("ALQAEDA", 7, "AL QAEDA", 8, &d);
	CHECK(!d.found);
	CHECK(score("ALQAEDA", "AL QAEDA") == 0);
	CHECK(score("GEORGE BUSH", "PUTIN, Vladimir") == 0);
	/* initials and particles do not count against the parts */
	CHECK(score("J.P. MORGAN", "MORGAN HUERTA, Jose Arnoldo") == 100);
	/* Soundex lets a phonetic match through the pre-filter */
	CHECK(score("LEE", "LOW") > 0);
	CHECK(score("LEE", "LAM") == 0);
	/* order matters to the whole name, not to the parts */
	CHECK(score("GEORGE BUSH", "GEORGIOU, Georgios") >= 80);
	CHECK(score("BUSH GEORGE", "GEORGIOU, Georgios") < 80);
	/* empty, punctuation only: 0 */
	CHECK(score("", "PUTIN") == 0);
	CHECK(score("PUTIN", "") == 0);
	CHECK(score("", "") == 0);
	CHECK(score("-,.", "-,.") == 0);
	/* Cyrillic against Latin: nothing in common, as in OFAC's tool */
	CHECK(score("Владимир Путин", "PUTIN, Vladimir") == 0);
	CHECK(score("Владимир Путин", "ПУТИН Владимир") == 100);
	/* range */
	for (int i = 0; i < 3; i++)
	{
		static const char *const q[] = {"A", "ZZZZ", "MOHAMMED ALI"};
		int			s = score(q[i], "MOHAMMAD ALI HASSAN");

		CHECK(s >= 0 && s <= 100);
	}

	/* bounded work: a 1 MB name of 10,000+ parts is cut at the bounds */
	biglen = 1024 * 1024;
	big = malloc(biglen + 1);
	for (size_t i = 0; i < biglen; i++)
		big[i] = (i % 100 == 99) ? ' ' : (char) ('A' + (i * 7) % 26);
	big[biglen] = '\0';
	{
		sn_ofac_name n;

		sn_ofac_fold(big, biglen, &n);
		CHECK(n.nchars == SN_OFAC_MAX_CHARS);
		CHECK(n.nparts == 3);	/* 99 + 99 + 58 letters */
	}
	for (size_t i = 0; i < biglen; i++)
		big[i] = "VLADIMIR PUTIN "[i % 15];
	{
		sn_ofac_name n;

		sn_ofac_fold(big, biglen, &n);
		CHECK(n.nparts == SN_OFAC_MAX_PARTS);
		CHECK(n.nchars == 16 * 13);
		CHECK(score(big, "PUTIN, Vladimir") == 100);
		CHECK(score("PUTIN", big) == 100);
		CHECK(score(big, big) == 100);
		CHECK(score(big, "GEORGE BUSH") == 0);
	}
	free(big);
}
