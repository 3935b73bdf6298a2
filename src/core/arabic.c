/*
 * arabic.c
 *		Readings of names in Arabic script: the alif maqsura as the long a
 *		it mostly is, and the letters that Persian and Urdu say as z and s.
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
 *
 * Persian and Urdu say four Arabic letters otherwise than Arabic does: ض,
 * ذ and ظ as z, ث as s, and their romanisations write them so: رضا Reza
 * (Arabic Rida), رمضان Ramazan, رضایی Rezaei, فاضل Fazel, ذوالفقار Zolfaghar.
 * The transliteration, made for Arabic, writes d, dh, z and th: rda shares
 * nothing with Reza (0.07).  A name written in Persian or Urdu orthography
 * (which writes ی and ک where Arabic writes ي and ك, and has letters of its
 * own: گ پ چ ژ) with one of them is also read with them as ز and س.
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

/*
 * The code point of the two-byte UTF-8 sequence at s, or 0 for any other
 * byte: Arabic script's letters are all of two bytes, led by 0xD8 to 0xDB.
 */
static inline unsigned
two_byte_letter(const unsigned char *s, size_t left)
{
	if (left < 2 || s[0] < 0xD8 || s[0] > 0xDB || (s[1] & 0xC0) != 0x80)
		return 0;
	return ((unsigned) (s[0] & 0x1F) << 6) | (s[1] & 0x3F);
}

/* the letter Persian and Urdu say c as, 0 for one they say as Arabic does */
static inline unsigned
persian_z(unsigned c)
{
	switch (c)
	{
		case 0x0636:			/* ض */
		case 0x0630:			/* ذ */
		case 0x0638:			/* ظ */
			return 0x0632;		/* ز */
		case 0x062B:			/* ث */
			return 0x0633;		/* س */
		default:
			return 0;
	}
}

bool
sn_persian_z_shaped(const char *utf8, size_t len)
{
	const unsigned char *s = (const unsigned char *) utf8;
	bool		persian = false,
				z = false;
	size_t		i;

	for (i = 0; i + 1 < len && !(persian && z); i++)
	{
		unsigned	c = two_byte_letter(s + i, len - i);

		if (c == 0)
			continue;
		persian |= c == 0x06CC || c == 0x06A9 || c == 0x06AF || c == 0x067E ||
			c == 0x0686 || c == 0x0698;
		z |= persian_z(c) != 0;
		i++;
	}
	return persian && z;
}

void
sn_persian_z_write(const char *utf8, size_t len, sn_buf *out)
{
	const unsigned char *s = (const unsigned char *) utf8;
	size_t		i,
				from = 0;

	for (i = 0; i + 1 < len; i++)
	{
		unsigned	c = two_byte_letter(s + i, len - i),
					z = c ? persian_z(c) : 0;
		char		w[2];

		if (z == 0)
		{
			i += c != 0;
			continue;
		}
		sn_buf_append(out, utf8 + from, i - from);
		w[0] = (char) (0xC0 | (z >> 6));
		w[1] = (char) (0x80 | (z & 0x3F));
		sn_buf_append(out, w, 2);
		from = i + 2;
		i++;
	}
	sn_buf_append(out, utf8 + from, len - from);
}
