/*
 * test_somali.c
 *		Unit tests of the reading of names in Somali orthography (somali.c).
 */
#include "unit_reading.h"
#include "somali.h"

#define check_reading(s, want) unit_check_reading(sn_somali_reading, (s), (want))
#define check_none(s) unit_check_no_reading(sn_somali_reading, (s))

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
