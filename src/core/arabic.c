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
 * nothing with Reza (0.07).  A name with one of them is also read with them
 * as ز and س, whatever its orthography: Persian and Urdu write ی and ک where
 * Arabic writes ي and ك, and have letters of their own (گ پ چ ژ), but many
 * Afghan and Pakistani names have none of those (فضل, Fazl; فيض, Faiz;
 * ضياء, Zia); an Arabic name so read is the same name as Persian, Urdu and
 * Turkish say it (Fadl, Fazl; Uthman, Osman).  In the same reading, a
 * compound given name written as one word (محمدرضا) as
 * the two words the lists write (Mohammad Reza), and ژ (zh) as the j that
 * many romanisations write for it (ژیلا Jila, اژه‌ای Ejei); and an Arabic
 * name that Persian spelling ends with two yehs, the second for the alif
 * maqsura (یحیی, Yahya), with that one as an alif.
 *
 * And Arabic's qaf and jim are said g by many: qaf in the Maghreb, Libya,
 * Sudan and the Gulf (القذافي Gaddafi, قاسمي Gasmi, قدير Ghedeir), jim in
 * Egypt (جمال Gamal, نجيب Naguib, مجدى Magdi); their names are written so
 * in Latin letters, and the transliteration, which writes q and j, meets
 * none of them (القذافي/Gaddafi 0.05).  A name with either is also read
 * with both as the gaf, گ, the letter of g.
 */
#include "arabic.h"

#include <string.h>

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

/* The letter a reading writes for the letter c, 0 to keep c */
typedef unsigned (*letter_map) (unsigned c);

/* Has the name a letter that map changes? */
static bool
has_mapped_letter(const char *utf8, size_t len, letter_map map)
{
	const unsigned char *s = (const unsigned char *) utf8;
	size_t		i;

	for (i = 0; i + 1 < len; i++)
	{
		unsigned	c = two_byte_letter(s + i, len - i);

		if (c != 0 && map(c) != 0)
			return true;
		i += c != 0;
	}
	return false;
}

/* The name with each letter that map changes written as map says, appended to out */
static void
write_mapped(const char *utf8, size_t len, letter_map map, sn_buf *out)
{
	const unsigned char *s = (const unsigned char *) utf8;
	size_t		i,
				from = 0;

	for (i = 0; i + 1 < len; i++)
	{
		unsigned	c = two_byte_letter(s + i, len - i),
					to = c != 0 ? map(c) : 0;
		char		w[2];

		if (to != 0)
		{
			sn_buf_append(out, utf8 + from, i - from);
			w[0] = (char) (0xC0 | (to >> 6));
			w[1] = (char) (0x80 | (to & 0x3F));
			sn_buf_append(out, w, 2);
			from = i + 2;
		}
		i += c != 0;
	}
	sn_buf_append(out, utf8 + from, len - from);
}

/* The alif maqsura, ى, as an alif, ا */
static unsigned
maqsura_as_alif(unsigned c)
{
	return c == 0x0649 ? 0x0627 : 0;
}

bool
sn_alif_maqsura_shaped(const char *utf8, size_t len)
{
	return has_mapped_letter(utf8, len, maqsura_as_alif);
}

void
sn_alif_maqsura_write(const char *utf8, size_t len, sn_buf *out)
{
	write_mapped(utf8, len, maqsura_as_alif, out);
}

/*
 * The letter the Persian reading writes for c, 0 to keep it: the one
 * Persian and Urdu say c as, where they say it otherwise than Arabic does;
 * and for ژ, which the transliteration writes zh, the j that romanisations
 * of Persian names in the English and French manner also write for it
 * (Jila, Pejman, Mojgan, Ejei, Bijan beside Zhila, Pezhman, Mozhgan).
 */
static inline unsigned
persian_letter(unsigned c)
{
	switch (c)
	{
		case 0x0636:			/* ض */
		case 0x0630:			/* ذ */
		case 0x0638:			/* ظ */
			return 0x0632;		/* ز */
		case 0x062B:			/* ث */
			return 0x0633;		/* س */
		case 0x0698:			/* ژ */
			return 0x062C;		/* ج */
		default:
			return 0;
	}
}

/*
 * The first word of a Persian compound given name, written together with
 * the second (محمدرضا Mohammad Reza, غلامحسین Gholam Hossein, امیرعلی Amir
 * Ali), as UTF-8.  Lists write most such names as two words, and then a
 * spelling without vowels written together meets neither.
 */
static const char *const compound_first[] = {
	"\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF",	/* محمد */
	"\xD8\xBA\xD9\x84\xD8\xA7\xD9\x85",	/* غلام */
	"\xD8\xA7\xD9\x85\xDB\x8C\xD8\xB1",	/* امیر */
	"\xD8\xA7\xD9\x85\xD9\x8A\xD8\xB1",	/* امير */
};

/*
 * The length in bytes of such a first word at s, at the start of a word
 * and followed by two Arabic letters or more in the same word; 0 if none
 */
static size_t
compound_at(const unsigned char *s, size_t left, bool word_start)
{
	size_t		k;

	if (!word_start)
		return 0;
	for (k = 0; k < sizeof(compound_first) / sizeof(compound_first[0]); k++)
	{
		size_t		n = strlen(compound_first[k]);

		if (left >= n + 4 && memcmp(s, compound_first[k], n) == 0 &&
			two_byte_letter(s + n, left - n) != 0 &&
			two_byte_letter(s + n + 2, left - n - 2) != 0)
			return n;
	}
	return 0;
}

/* Does a word begin at byte i of s (after an ASCII byte or a non-joiner)? */
static inline bool
word_starts(const unsigned char *s, size_t i)
{
	return i == 0 || s[i - 1] < 0x80 ||
		(i >= 3 && s[i - 3] == 0xE2 && s[i - 2] == 0x80 && s[i - 1] == 0x8C);
}

/* Does a word end before byte i of s (at the end, an ASCII byte or a non-joiner)? */
static inline bool
word_ends(const unsigned char *s, size_t len, size_t i)
{
	return i >= len || s[i] < 0x80 ||
		(i + 2 < len && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x8C);
}

/*
 * Is the letter at byte i of s a Persian yeh that ends a word (before the
 * end, an ASCII byte or a non-joiner) after another yeh, which follows a
 * letter other than alif and yeh?  Persian writes the alif maqsura of
 * Arabic names as a yeh, so يحيى (Yahya) is یحیی there, whose last yeh is
 * that alif maqsura, said a; after an alif the two are the ending -yi
 * (رضایی, Rezaei).
 */
static inline bool
final_maqsura_yeh(const unsigned char *s, size_t len, size_t i)
{
	unsigned	before;

	if (i < 4 || !word_ends(s, len, i + 2) ||
		two_byte_letter(s + i, len - i) != 0x06CC ||
		two_byte_letter(s + i - 2, len - i + 2) != 0x06CC)
		return false;
	before = two_byte_letter(s + i - 4, len - i + 4);
	return before != 0 && before != 0x0627 && before != 0x06CC && before != 0x064A;
}

bool
sn_persian_shaped(const char *utf8, size_t len)
{
	const unsigned char *s = (const unsigned char *) utf8;
	bool		z = false;
	size_t		i;

	for (i = 0; i + 1 < len; i++)
	{
		unsigned	c = two_byte_letter(s + i, len - i);

		if (c == 0)
			continue;
		if (compound_at(s + i, len - i, word_starts(s, i)) > 0 ||
			final_maqsura_yeh(s, len, i))
			return true;
		z |= persian_letter(c) != 0;
		i++;
	}
	return z;
}

void
sn_persian_write(const char *utf8, size_t len, sn_buf *out)
{
	const unsigned char *s = (const unsigned char *) utf8;
	size_t		i,
				from = 0;

	for (i = 0; i + 1 < len; i++)
	{
		unsigned	c = two_byte_letter(s + i, len - i),
					z = c ? persian_letter(c) : 0;
		size_t		first = c ? compound_at(s + i, len - i, word_starts(s, i)) : 0;
		char		w[2];

		if (c && final_maqsura_yeh(s, len, i))
			z = 0x0627;			/* the alif maqsura, as an alif */
		if (first > 0)
		{
			/* the first word of the compound, then a space */
			sn_buf_append(out, utf8 + from, i + first - from);
			sn_buf_putc(out, ' ');
			from = i + first;
			i += first - 1;
			continue;
		}
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

/* qaf, ق, and jim, ج, as gaf, گ */
static unsigned
qaf_jim_as_gaf(unsigned c)
{
	return c == 0x0642 || c == 0x062C ? 0x06AF : 0;
}

bool
sn_arabic_g_shaped(const char *utf8, size_t len)
{
	return has_mapped_letter(utf8, len, qaf_jim_as_gaf);
}

void
sn_arabic_g_write(const char *utf8, size_t len, sn_buf *out)
{
	write_mapped(utf8, len, qaf_jim_as_gaf, out);
}
