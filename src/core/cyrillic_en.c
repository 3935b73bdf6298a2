/*
 * cyrillic_en.c
 *		The reading of English names written in Cyrillic letters, for the
 *		w that Russian writes у.
 *
 * Russian has no w and writes the English one у before a vowel: Уолтер,
 * Уотсон, Уилсон, Уэллс, Уокер (Walter, Watson, Wilson, Wells, Walker).
 * The normaliser romanises it u (uolter, uotson, uilson), which meets the
 * lists' spelling as a typo of two letters at best: Уолтер Уайт against
 * White, Walter scored 0.11.  Russian words seldom begin so.  A word that
 * begins with у before another vowel is therefore also read as English
 * would spell it: уо and уа as wa (English says most wa as Russian hears
 * уо: Walter, Watson, Ward, Warren), уэ and уе as we, уи as wi, дж as j,
 * the rest as the normaliser writes Russian letters.  Other words are kept
 * as written; the reading is one more beside the name as the normaliser
 * writes it, and the score keeps the best.
 */
#include "cyrillic_en.h"
#include "cyrillic_word.h"

#include <string.h>

/* Latin for U+0430 .. U+044F (lower case), as the normaliser writes them */
static const char *const en_letter[0x20] = {
	/* а б в г д е ж з и й к л м н о п */
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
	/* р с т у ф х ц ч ш щ ъ ы ь э ю я */
	"r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
};

/* The w of the word's start (у before a vowel), or NULL */
static const char *
en_start(const uint32_t *w, int n)
{
	if (n < 3 || w[0] != 0x443)
		return NULL;
	switch (w[1])
	{
		case 0x430:				/* уа */
		case 0x43E:				/* уо */
			return "wa";
		case 0x44D:				/* уэ */
		case 0x435:				/* уе */
			return "we";
		case 0x438:				/* уи */
			return "wi";
	}
	return NULL;
}

/* The reading of a word that begins with the w (sn_cyrillic_read_fn) */
static int
en_read_word(const uint32_t *w, int n, char *out, bool *marked)
{
	const char *start = en_start(w, n);
	int			i,
				o = 2;

	*marked = start != NULL;
	if (start == NULL)
		return -1;
	memcpy(out, start, 2);
	for (i = 2; i < n; i++)
	{
		const char *l;
		size_t		len;

		if (w[i] == 0x436 && w[i - 1] == 0x434)
		{
			out[o - 1] = 'j';	/* дж: the d written becomes j */
			continue;
		}
		l = w[i] == 0x451 ? "yo" : (w[i] >= 0x430 && w[i] < 0x450) ? en_letter[w[i] - 0x430] : NULL;
		if (l == NULL)
			return -1;			/* a letter of another language: not read */
		len = strlen(l);
		memcpy(out + o, l, len);
		o += (int) len;
	}
	return o;
}

bool
sn_cyrillic_en_shaped(const char *utf8, size_t len)
{
	return sn_cyrillic_any_marked(utf8, len, en_read_word);
}

void
sn_cyrillic_en_write(const char *utf8, size_t len, sn_buf *out)
{
	sn_cyrillic_write_words(utf8, len, en_read_word, out);
}
