/*
 * test_somali.c
 *		Unit tests of the reading of names in Somali orthography (somali.c).
 */
#include "unit.h"
#include "somali.h"

/* The reading of canonical text s ("" for none); the return value */
static bool
reading(const char *s, char *out, size_t cap)
{
	sn_buf		b;
	bool		r;

	sn_buf_init(&b, 16);
	r = sn_somali_reading(s, strlen(s), &b);
	snprintf(out, cap, "%s", b.data);
	sn_buf_free(&b);
	return r;
}

static void
check_reading(const char *s, const char *want)
{
	char		got[256];

	CHECK(reading(s, got, sizeof(got)));
	CHECK_STR(got, want);
}

static void
check_none(const char *s)
{
	char		got[256];

	CHECK(!reading(s, got, sizeof(got)));
	CHECK_STR(got, "");
}

void
suite_somali(void)
{
	/* x is the h and c the ayn of other spellings */
	check_reading("xirsi xasan cabdilaahi", "hirsi hasan abdilaahi");
	check_reading("maxamed cabdullaah ciise", "mahamed abdullaah iise");
	check_reading("axmed cali", "ahmed ali");
	check_reading("maxamed xuseen", "mahamed huseen");
	/* a final x after a long vowel, and the c between a vowel and a consonant */
	check_reading("faarax cali", "faarah ali");
	check_reading("jacfar xasan cali", "jafar hasan ali");
	check_reading("xasan cali victor", "hasan ali victor");
	/* one strong mark is enough: cabd-, or a c with a long vowel */
	check_reading("cabdiraxmaan", "abdirahmaan");
	check_reading("ciise", "iise");
	/* the tokens of no Latin word and Mandarin syllables stay as written */
	check_reading("xasan 12 cabdi", "hasan 12 abdi");
	check_reading("xasan xi cabdi", "hasan xi abdi");
	/* no mark, or one weak one: no reading */
	check_none("");
	check_none("vladimir putin");
	check_none("alexander cruz");
	check_none("carlos mendez");
	check_none("alex cole");
	check_none("cali");
	check_none("xi jinping");
	check_none("xi xiao");
	check_none("felix max");
	check_none("exxor mobil corporation");
	check_none("mark cooney");
	check_none("tom cook");
	check_none("alexander cole");
}
