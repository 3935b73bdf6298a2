/*
 * cyrillic_ko.c
 *		The reading of Korean names written in Cyrillic letters as the lists
 *		write them.
 *
 * Russian writes Korean by a system of its own (Kontsevich's, with older
 * habits beside it): ㅈ as ч at the start of a word and дж inside one, ㅊ
 * as чх, the aspirated ㅋ, ㅌ, ㅍ as кх, тх, пх, ㅡ as ы, ㅐ as э, ㅕ as ё or
 * е, ㅚ as ве, ㅢ as ый, a final ㄹ as ль (Ким Чен Ын, Чхве Рён Хэ, Ри Пен
 * Чхоль, Пак Пон Джу).  The normaliser romanises those letters as Russian
 * ones (kim chen yn, chkhve ren khe, ri pen chkhol), which meet the lists'
 * romanisation of North and South Korean names (KIM Jong Un, CHOE Ryong
 * Hae, RI Pyong Chol, PAK Pong Ju) hardly at all.
 *
 * A name whose every word is in Cyrillic letters and splits into one to
 * three Korean syllables (a consonant or two, a vowel, and a final н, м,
 * к, т, п, ль or р before a consonant or the end), two words at least and
 * five at most, one letter at least of those above, is read so: ч and чх
 * as ch, дж as j, х as h, ы as u, э as ae, ё and е after a consonant as yo
 * (o after ch and j, which hold the y), ве as oe.  The romanisations of
 * the lists differ among themselves (Jong and Chong, Ri and Li, Jong and
 * Jon), and the score meets those differences as it does between Latin
 * spellings of Korean names.  A Russian name is seldom made of such words
 * only (Иван Ким is, but has none of the letters, and keeps its own
 * reading); the reading is one more beside the name as the normaliser
 * writes it, and the score keeps the best.
 */
#include "cyrillic_ko.h"
#include "cyrillic_word.h"

#include <string.h>

#include <unicode/utf8.h>

#define KO_WORD_SYLLABLES 3
#define KO_NAME_WORDS_MIN 2
#define KO_NAME_WORDS_MAX 5

/* A piece of a syllable: its Cyrillic letters, its Latin letters */
typedef struct ko_piece
{
	const char *cyr;
	const char *latin;
	bool		strong;			/* written far from Russian romanisation */
} ko_piece;

/* Initial consonants, the two-letter ones first */
static const ko_piece ko_onsets[] = {
	{"чх", "ch", true}, {"кх", "k", true}, {"тх", "t", true}, {"пх", "p", true},
	{"кк", "kk", false}, {"тт", "tt", false}, {"пп", "pp", false}, {"сс", "ss", false},
	{"чч", "jj", true}, {"дж", "j", true}, {"чж", "j", true},
	{"к", "k", false}, {"г", "g", false}, {"н", "n", false}, {"т", "t", false},
	{"д", "d", false}, {"р", "r", false}, {"л", "l", false}, {"м", "m", false},
	{"п", "p", false}, {"б", "b", false}, {"с", "s", false}, {"ч", "j", true},
	{"х", "h", true}
};

/* Vowels, the two-letter ones first; е is yo (ㅕ), as Russian writes it most */
static const ko_piece ko_vowels[] = {
	{"ый", "ui", true}, {"ве", "oe", true}, {"вэ", "wae", true}, {"ва", "wa", false},
	{"во", "wo", false}, {"ви", "wi", false}, {"а", "a", false}, {"я", "ya", false},
	{"о", "o", false}, {"ё", "yo", true}, {"у", "u", false}, {"ю", "yu", false},
	{"ы", "u", true}, {"и", "i", false}, {"э", "ae", true}, {"е", "yo", true}
};

/* Final consonants (ㄹ as ль, and as р in Ким Чен Ир) */
static const ko_piece ko_codas[] = {
	{"ль", "l", false}, {"р", "l", false}, {"н", "n", false}, {"м", "m", false},
	{"к", "k", false}, {"т", "t", false}, {"п", "p", false}
};

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

static const ko_piece *
ko_match(const sn_cyrillic_utf8 *w, int pos, const ko_piece *pieces, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (sn_cyrillic_utf8_at(w, pos, pieces[i].cyr))
			return &pieces[i];
	return NULL;
}

/*
 * The reading of the word w (n lower-case letters) into out (room for
 * 8 * SN_CYRILLIC_WORD_MAX bytes): its length, or -1 when the word is no
 * Korean syllables.  *marked: whether a piece is strong.
 */
static int
ko_read_word(const uint32_t *w, int n, char *out, bool *marked)
{
	sn_cyrillic_utf8 word;
	int			pos = 0,
				o = 0,
				syllables = 0;

	*marked = false;
	if (n > 2 * 4 * KO_WORD_SYLLABLES)
		return -1;
	sn_cyrillic_utf8_word(w, n, &word);
	while (pos < word.len)
	{
		const ko_piece *on = ko_match(&word, pos, ko_onsets, LEN(ko_onsets)),
				   *v,
				   *coda;
		const char *vl;
		bool		palatal;

		if (++syllables > KO_WORD_SYLLABLES)
			return -1;
		if (on != NULL)
		{
			pos += (int) strlen(on->cyr);
			memcpy(out + o, on->latin, strlen(on->latin));
			o += (int) strlen(on->latin);
			*marked |= on->strong;
		}
		v = ko_match(&word, pos, ko_vowels, LEN(ko_vowels));
		if (v == NULL)
			return -1;
		pos += (int) strlen(v->cyr);
		vl = v->latin;
		/* ch and j hold the y of yo, ya, yu (Чен: jong's vowel) */
		palatal = on != NULL && (on->latin[0] == 'j' || (on->latin[0] == 'c' && on->latin[1] == 'h'));
		if (palatal && vl[0] == 'y')
			vl++;
		memcpy(out + o, vl, strlen(vl));
		o += (int) strlen(vl);
		*marked |= v->strong;
		/* a final consonant, before another consonant or the end */
		coda = ko_match(&word, pos, ko_codas, LEN(ko_codas));
		if (coda != NULL)
		{
			int			after = pos + (int) strlen(coda->cyr);

			if (after == word.len ||
				(ko_match(&word, after, ko_vowels, LEN(ko_vowels)) == NULL &&
				 ko_match(&word, after, ko_onsets, LEN(ko_onsets)) != NULL))
			{
				pos = after;
				memcpy(out + o, coda->latin, strlen(coda->latin));
				o += (int) strlen(coda->latin);
			}
		}
	}
	return o;
}

typedef struct ko_shape
{
	int			words;
	bool		all_read;
	bool		marked;
} ko_shape;

static bool
ko_shape_word(const uint32_t *w, int n, int32_t from, int32_t to, void *arg)
{
	ko_shape   *sh = arg;
	char		buf[8 * SN_CYRILLIC_WORD_MAX];
	bool		marked;

	(void) from;
	(void) to;
	sh->words++;
	if (sh->words > KO_NAME_WORDS_MAX || ko_read_word(w, n, buf, &marked) < 0)
	{
		sh->all_read = false;
		return true;
	}
	sh->marked |= marked;
	return false;
}

bool
sn_cyrillic_ko_shaped(const char *utf8, size_t len)
{
	const uint8_t *s = (const uint8_t *) utf8;
	int32_t		p = 0,
				end = (int32_t) len;
	ko_shape	sh = {0, true, false};

	if (len > SN_READING_MAX_BYTES || !sn_has_cyrillic_lead(utf8, len))
		return false;
	/* Cyrillic letters, and between the words nothing but these */
	while (p < end)
	{
		UChar32		c;

		U8_NEXT(s, p, end, c);
		if (c < 0 || (sn_cyrillic_lower((uint32_t) c) == 0 && c != ' ' && c != '-' && c != ',' &&
					  c != '.'))
			return false;
	}
	(void) sn_cyrillic_words(utf8, len, ko_shape_word, &sh);
	return sh.all_read && sh.marked && sh.words >= KO_NAME_WORDS_MIN;
}

void
sn_cyrillic_ko_write(const char *utf8, size_t len, sn_buf *out)
{
	sn_cyrillic_write_words(utf8, len, ko_read_word, out);
}
