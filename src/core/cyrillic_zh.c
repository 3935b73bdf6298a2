/*
 * cyrillic_zh.c
 *		The pinyin reading of Chinese names written in Cyrillic letters.
 *
 * Russian writes Mandarin by a system of its own (Palladius's): j as цз
 * before i and u-umlaut and z as цз otherwise, zh as чж, x as с and q as ц
 * before i, r as ж, h as х, the -ng finals as н and the -n ones as нь,
 * ong as ун, ie as е, ü as юй (Си Цзиньпин, Мао Цзэдун, Ху Цзиньтао, Ли
 * Пэн, Чжоу Эньлай).  The normaliser romanises those letters as Russian
 * ones (BGN: si tszin'pin, mao tszedun, khu tszin'tao), which share little
 * spelling with the lists' pinyin (XI Jinping, MAO Zedong).
 *
 * A word of Cyrillic letters that splits wholly into syllables of that
 * system, each a pinyin syllable once read (sn_is_pinyin), is read as
 * pinyin, its syllables written together as pinyin writes a given name
 * (Цзиньпин: jinping), once the name has one such word with a syllable
 * that Russian romanisation cannot bring near pinyin (цз, чж, сы, юй, ао,
 * оу, эй, a final н said ng, ...).  A word may split more than one way
 * (Синань: xinan or xin'an); the first split found, longer finals first,
 * is the reading.  Russian names rarely split so (no р, no з but in цз, no
 * cluster); one that does (Иван: yiwang) gains one more reading beside its
 * own, and the score keeps the best.
 */
#include "cyrillic_zh.h"
#include "cyrillic_word.h"
#include "name_tables.h"

#include <stdio.h>
#include <string.h>

/* An initial: its letters, and pinyin's before the i-finals and otherwise */
typedef struct zh_initial
{
	const char *cyr;
	const char *plain;
	const char *before_i;
	bool		strong;			/* Russian romanisation writes it far from pinyin */
} zh_initial;

/* the two-letter ones before the letters that begin them */
static const zh_initial zh_initials[] = {
	{"цз", "z", "j", true}, {"чж", "zh", "zh", true}, {"ц", "c", "q", false},
	{"с", "s", "x", false}, {"ч", "ch", "ch", false}, {"ш", "sh", "sh", false},
	{"ж", "r", "r", true}, {"б", "b", "b", false}, {"п", "p", "p", false},
	{"м", "m", "m", false}, {"ф", "f", "f", false}, {"д", "d", "d", false},
	{"т", "t", "t", false}, {"н", "n", "n", false}, {"л", "l", "l", false},
	{"г", "g", "g", false}, {"к", "k", "k", false}, {"х", "h", "h", true},
	{"в", "w", "w", false}
};

/*
 * A final: its letters, pinyin's after an initial and as a syllable of its
 * own (NULL: not so), whether the initial takes its form before i, and
 * whether Russian romanisation writes it far from pinyin.  Longer finals
 * before the shorter ones that begin them; о is tried as uo, then as o
 * (bo, but duo).
 */
typedef struct zh_final
{
	const char *cyr;
	const char *after;
	const char *alone;
	bool		i_final;
	bool		strong;
} zh_final;

static const zh_final zh_finals[] = {
	{"ань", "an", "an", false, false}, {"ан", "ang", "ang", false, true},
	{"ай", "ai", "ai", false, false}, {"ао", "ao", "ao", false, true},
	{"а", "a", "a", false, false},
	{"энь", "en", "en", false, false}, {"эн", "eng", "eng", false, true},
	{"эй", "ei", "ei", false, true}, {"эр", NULL, "er", false, true},
	{"э", "e", "e", false, false},
	{"оу", "ou", "ou", false, true}, {"о", "uo", "o", false, false},
	{"о", "o", NULL, false, false},
	{"уань", "uan", NULL, false, true}, {"уан", "uang", NULL, false, true},
	{"уай", "uai", NULL, false, true}, {"уа", "ua", NULL, false, true},
	{"уй", "ui", NULL, false, true}, {"унь", "un", NULL, false, false},
	{"ун", "ong", NULL, false, true}, {"у", "u", "wu", false, false},
	{"ы", "i", NULL, false, true},
	{"инь", "in", "yin", true, false}, {"ин", "ing", "ying", true, true},
	{"и", "i", "yi", true, false},
	{"янь", "ian", "yan", true, false}, {"ян", "iang", "yang", true, true},
	{"яо", "iao", "yao", true, true}, {"я", "ia", "ya", true, false},
	{"е", "ie", "ye", true, false},
	{"юань", "uan", "yuan", true, true}, {"юнь", "un", "yun", true, true},
	{"юэ", "ue", "yue", true, true}, {"юй", "u", "yu", true, true},
	{"юн", "iong", "yong", true, true}, {"ю", "iu", "you", true, false}
};

#define ZH_INITIALS (sizeof(zh_initials) / sizeof(zh_initials[0]))
#define ZH_FINALS (sizeof(zh_finals) / sizeof(zh_finals[0]))

/* a word, and the letter positions from which no split was found */
typedef struct zh_word
{
	sn_cyrillic_utf8 w;
	uint64_t	failed;
} zh_word;

/* цз, ц or с: the initials that are z, c, s but before i */
static bool
dental(const zh_initial *in)
{
	return in->plain[1] == '\0' && (in->plain[0] == 'z' || in->plain[0] == 'c' || in->plain[0] == 's');
}

/*
 * Split w from byte pos on into syllables, their pinyin appended to out
 * from *olen on (restored on failure).  *marked is set to strong (or any
 * strong syllable of the split found) at the end of the word.
 */
static bool
zh_split(zh_word *w, int pos, char *out, int *olen, bool strong, bool *marked)
{
	size_t		a,
				b;

	if (pos == w->w.len)
	{
		*marked = strong;
		return true;
	}
	if ((w->failed >> (pos / 2)) & 1)
		return false;
	/* each initial, then none */
	for (a = 0; a <= ZH_INITIALS; a++)
	{
		const zh_initial *in = a < ZH_INITIALS ? &zh_initials[a] : NULL;
		int			fpos = pos;

		if (in != NULL)
		{
			if (!sn_cyrillic_utf8_at(&w->w, pos, in->cyr))
				continue;
			fpos += (int) strlen(in->cyr);
		}
		for (b = 0; b < ZH_FINALS; b++)
		{
			const zh_final *f = &zh_finals[b];
			char		syl[16];
			int			n;

			if (!sn_cyrillic_utf8_at(&w->w, fpos, f->cyr))
				continue;
			if (in == NULL)
			{
				if (f->alone == NULL)
					continue;
				n = snprintf(syl, sizeof(syl), "%s", f->alone);
			}
			else
			{
				if (f->after == NULL)
					continue;
				/* ы only after цз, ц, с: zi, ci, si */
				if (strcmp(f->cyr, "ы") == 0 && !dental(in))
					continue;
				n = snprintf(syl, sizeof(syl), "%s%s", f->i_final ? in->before_i : in->plain,
							 f->after);
			}
			if (!sn_is_pinyin(syl, (size_t) n))
				continue;
			memcpy(out + *olen, syl, (size_t) n);
			*olen += n;
			/* с and ц before i are x and q */
			if (zh_split(w, fpos + (int) strlen(f->cyr), out, olen,
						 strong || f->strong || (in != NULL && in->strong) ||
						 (in != NULL && f->i_final && dental(in) && in->plain[0] != 'z'),
						 marked))
				return true;
			*olen -= n;
		}
	}
	w->failed |= (uint64_t) 1 << (pos / 2);
	return false;
}

/*
 * Pinyin for the word w (n lower-case letters) into out (room for
 * 8 * SN_CYRILLIC_WORD_MAX bytes): its length, or -1 when the word does
 * not split into syllables.  *marked: whether one is strong.
 */
static int
zh_read_word(const uint32_t *w, int n, char *out, bool *marked)
{
	zh_word		word;
	int			olen = 0;

	*marked = false;
	if (n > SN_CYRILLIC_WORD_MAX)
		return -1;
	sn_cyrillic_utf8_word(w, n, &word.w);
	word.failed = 0;
	if (!zh_split(&word, 0, out, &olen, false, marked))
		return -1;
	return olen;
}

bool
sn_cyrillic_zh_shaped(const char *utf8, size_t len)
{
	return sn_cyrillic_any_marked(utf8, len, zh_read_word);
}

void
sn_cyrillic_zh_write(const char *utf8, size_t len, sn_buf *out)
{
	sn_cyrillic_write_words(utf8, len, zh_read_word, out);
}
