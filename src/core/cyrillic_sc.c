/*
 * cyrillic_sc.c
 *		The reading of a name in Cyrillic letters as Serbo-Croatian Latin
 *		writes it.
 *
 * The lists write the names of the former Yugoslavia in Serbo-Croatian
 * Latin with its marks left out: KARADZIC, Radovan (Караџић), MLADIC, Ratko,
 * SESELJ, Vojislav (Шешељ).  A customer record in Russian Cyrillic writes
 * those names with Russian letters (Караджич, Шешель, Ковачевич), which the
 * normaliser romanises as Russian names are (BGN: karadzhich, sheshel,
 * kovachevich): a name of two words still meets the list's through its
 * given name, but a surname alone does not (kovachevich and kovacevic meet
 * only as a typo, which anchors nothing), and Шешель not at all.
 *
 * This reading writes the Cyrillic letters as Serbo-Croatian does, the
 * marks left out: ч, ћ, ц as c; ш as s; ж as z; щ as sc; џ, ѕ as dz; ђ as
 * dj; й, ј as j; ль, нь (and љ, њ) as lj, nj, the soft sign otherwise
 * silent; ю, я, є, ї as ju, ja, je, ji; е as je at the start of a word,
 * after a vowel or a silent sign (Елена, Jelena), as Serbian writes the
 * sound; ы as i, х as h.  It is a reading of the query, kept beside the name as the normaliser
 * writes it, and the score keeps the best of them; a name in Serbian
 * Cyrillic, which the normaliser already writes so, reads the same, and the
 * reading is then dropped as a duplicate.
 */
#include "cyrillic_sc.h"
#include "cyrillic_word.h"

#include <string.h>

/* Serbo-Croatian Latin for U+0430 .. U+045F, lower case; NULL: see below */
static const char *const sc_letter[0x30] = {
	/* а б в г д е ж з и й к л м н о п */
	"a", "b", "v", "g", "d", NULL, "z", "z", "i", "j", "k", "l", "m", "n", "o", "p",
	/* р с т у ф х ц ч ш щ ъ ы ь э ю я */
	"r", "s", "t", "u", "f", "h", "c", "c", "s", "sc", "", "i", NULL, "e", "ju", "ja",
	/* ѐ ё ђ ѓ є ѕ і ї ј љ њ ћ ќ ѝ ў џ */
	"e", "e", "dj", "dj", "je", "dz", "i", "ji", "j", "lj", "nj", "c", "c", "i", "u", "dz"
};

static inline bool
is_vowel_letter(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* a letter that Serbo-Croatian writes otherwise than the normaliser */
static bool
sc_letter_differs(uint32_t l, uint32_t prev)
{
	(void) prev;
	switch (l)
	{
		case 0x436:				/* ж */
		case 0x439:				/* й */
		case 0x445:				/* х */
		case 0x446:				/* ц */
		case 0x447:				/* ч */
		case 0x448:				/* ш */
		case 0x449:				/* щ */
		case 0x44A:				/* ъ */
		case 0x44B:				/* ы */
		case 0x44C:				/* ь */
		case 0x44E:				/* ю */
		case 0x44F:				/* я */
		case 0x451:				/* ё */
		case 0x454:				/* є */
		case 0x457:				/* ї */
			return true;
	}
	return false;
}

bool
sn_cyrillic_sc_shaped(const char *utf8, size_t len)
{
	return sn_cyrillic_any_letter(utf8, len, sc_letter_differs);
}

/* what Serbo-Croatian writes for a letter (sn_cyrillic_letter_fn) */
static const char *
sc_letter_of(uint32_t l, uint32_t prev, char *last, bool *take_back)
{
	const char *w;
	size_t		wlen;

	(void) prev;
	(void) take_back;
	if (l == 0x435)				/* е: je at a word's start or after a vowel */
		w = (*last == ' ' || is_vowel_letter(*last)) ? "je" : "e";
	else if (l == 0x44C)		/* ь: the j of lj and nj, else silent */
		w = (*last == 'l' || *last == 'n') ? "j" : "";
	else
		w = sc_letter[l - 0x430];
	wlen = strlen(w);
	/* a silent sign parts: the е after it is je */
	*last = wlen > 0 ? w[wlen - 1] : ' ';
	return w;
}

void
sn_cyrillic_sc_write(const char *utf8, size_t len, sn_buf *out)
{
	sn_cyrillic_write_letters(utf8, len, sc_letter_of, out);
}
