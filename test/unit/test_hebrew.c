/*
 * test_hebrew.c
 *		Unit tests of the reading of names in Hebrew letters (hebrew.c): a
 *		gimel with a geresh as g.
 */
#include "unit_reading.h"
#include "hebrew.h"
#include "score.h"
#include "unit_score.h"

UNIT_READING_SHAPED(g_reading, sn_hebrew_g_shaped, sn_hebrew_g_write(s, len, out))

#define check_reading(s, want) unit_check_reading(g_reading, (s), (want))
#define check_none(s) unit_check_no_reading(g_reading, (s))

void
suite_hebrew(void)
{
	/* the geresh (or an apostrophe typed for it) after a gimel left out */
	check_reading("ג'ורג' בוש", "גורג בוש");
	check_reading("ג׳רלד פורד", "גרלד פורד");
	check_reading("ג’ובאני", "גובאני");
	/* points between the gimel and its geresh are kept, the geresh not */
	check_reading("ג\xD6\xB8'מאל", "ג\xD6\xB8מאל");
	/* the geresh of zayin and tsadi (zh, ch) stays, and the rest as written */
	check_reading("ז'אן ג'ק", "ז'אן גק");
	check_reading("Gamal ג'", "Gamal ג");
	check_none("");
	check_none("ז'אן");
	check_none("גבריאל");
	check_none("George");
	check_none("ג");
	check_none("'ג");
	check_none("\xD7\x92\xD6");			/* a gimel, then half a point */
	/* a name, not a text: one of more than 2,048 bytes is not read */
	unit_check_long_name(g_reading, sn_hebrew_g_shaped, "ג'");

	/*
	 * The score keeps the better reading: the soft g of English and Italian
	 * names and Egyptian Arabic's g meet their Latin spellings, j names
	 * still meet theirs, and another name stays apart.
	 */
	CHECK(score_read_as("ג'ורג' בוש", "George Bush",
						"\"query_reading\": \"Hebrew, gimel with geresh as g\"") >= 0.9);
	CHECK(score_of("ג'רלד פורד", "Gerald Ford") >= 0.9);
	CHECK(score_of("ג'ובאני", "Giovanni") >= 0.85);
	CHECK(score_of("ג'מאל עבד אל נאצר", "Gamal Abdel Nasser") >= 0.9);
	CHECK(score_of("ג'מאל עבד אל נאצר", "Jamal Abdel Nasser") >= 0.85);
	CHECK(score_of("ג'ורג' בוש", "George Habbash") < 0.5);
	CHECK(score_of("ג'מאל", "Kamal") < 0.5);
}
