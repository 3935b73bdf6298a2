/*
 * arabic.c
 *		The reading of a name in Arabic script with its alif maqsura as
 *		the long a it mostly is.
 *
 * Arabic ends many names with the alif maqsura ى, a dotless yeh that is
 * said as a long a: يحيى Yahya, موسى Musa, عيسى Isa, مصطفى Mustafa, ليلى
 * Layla, سلمى Salma.  The romanisations of those names write it a; the
 * transliteration (Arabic-Latin, and the normaliser's table that gives
 * what it gives) writes it y, as it writes the yeh it looks like: yhyy
 * shares no key with Yahya (0.06), aysy none with Isa.  It cannot simply be
 * read as a: Egyptian spelling writes every final yeh without its dots, so
 * that على is Ali there (and the word "on" elsewhere), مجدى Magdi and فتحى
 * Fathi.  A query with one is therefore also read with each alif maqsura
 * written as an alif, and the score keeps the better reading: the one as
 * written for the Egyptian Ali, this one for Yahya.
 */
#include "arabic.h"

/* ى, U+0649, in UTF-8; an alif, U+0627, has as many bytes */
#define ALIF_MAQSURA_0	0xD9
#define ALIF_MAQSURA_1	0x89
#define ALIF_0			0xD8
#define ALIF_1			0xA7

bool
sn_alif_maqsura_shaped(const char *utf8, size_t len)
{
	size_t		i;

	for (i = 0; i + 1 < len; i++)
		if ((unsigned char) utf8[i] == ALIF_MAQSURA_0 &&
			(unsigned char) utf8[i + 1] == ALIF_MAQSURA_1)
			return true;
	return false;
}

void
sn_alif_maqsura_write(const char *utf8, size_t len, sn_buf *out)
{
	size_t		i,
				from = 0;
	static const char alif[2] = {(char) ALIF_0, (char) ALIF_1};

	for (i = 0; i + 1 < len; i++)
		if ((unsigned char) utf8[i] == ALIF_MAQSURA_0 &&
			(unsigned char) utf8[i + 1] == ALIF_MAQSURA_1)
		{
			sn_buf_append(out, utf8 + from, i - from);
			sn_buf_append(out, alif, 2);
			from = i + 2;
			i++;
		}
	sn_buf_append(out, utf8 + from, len - from);
}
