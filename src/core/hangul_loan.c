/*
 * hangul_loan.c
 *		The reading of a name written in Hangul as Korean writes foreign
 *		names.
 *
 * Korean writes a foreign name by its sound, a syllable block for each
 * syllable it hears, and a word for each word of the name: 블라디미르 푸틴
 * (Vladimir Putin), 도널드 트럼프 (Donald Trump), 오사마 빈 라덴 (Osama bin
 * Laden).  A consonant that ends a syllable or stands before another gets
 * the vowel ㅡ (eu) to make a block of its own: 블 for the v of Vladimir, 드
 * for the final d of Donald, 트 and 프 for the t and p of Trump.  The
 * normaliser reads Hangul as a Korean name is read, a syllable a word
 * (김정은, gim jeong eun, meets Kim Jong Un): beul la di mi leu pu tin
 * shares nothing with Vladimir Putin.
 *
 * This reading writes each word of Hangul as one word, the syllables
 * together, the vowel ㅡ left out (it stands for no vowel in such words: 블
 * is bl, 르 r), the other vowels as the Korean romanisation does (ㅓ eo,
 * the o or u of Donald and Trump: written o, 지현 read jihyon met John), a
 * ㄹ that ends a syllable before another ㄹ as the one l it spells (블라 is
 * bla, 윌리엄 wilieom), another ㄹ as r, a doubled consonant as one, and
 * the consonants that end a syllable as the stops they are said as.
 * Korean has no v, f, or l at the start of a word: it writes ㅂ for b and
 * v, ㅍ for p and f, ㄹ for r and l.  The reading writes b, p and r; its
 * words also read them the other way (phonetic.h, reading 4), so bladimir
 * is met as vladimir and raden as laden.  A 프 that ends a word is the f
 * of the Russian -ov (라브로프, Lavrov) as often as the p of Trump: a
 * second form writes it f.  Both are readings of the query, kept beside
 * the name as the normaliser writes it, for a name of foreign shape only
 * (sn_hangul_loan_shaped); the score keeps the best of the three.
 */
#include "hangul_loan.h"
#include "hanja.h"

#include <string.h>

#include <unicode/utf8.h>

#define L_RIEUL 5				/* ㄹ as the first consonant */
#define L_PIEUP_ASP 17			/* ㅍ as the first consonant */
#define L_SIOS 9				/* ㅅ as the first consonant */
#define L_SSANGSIOS 10			/* ㅆ */
#define L_IEUNG 11				/* ㅇ as the first consonant: none */
#define L_JIEUJ 12				/* ㅈ */
#define L_SSANGJIEUJ 13			/* ㅉ */
#define L_CHIEUCH 14			/* ㅊ */
#define V_EO 4					/* the vowel ㅓ */
#define V_EU 18					/* the vowel ㅡ */
#define T_RIEUL 8				/* ㄹ as the last */

/* the 19 first consonants: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ */
static const char *const first[19] = {
	"g", "k", "n", "d", "t", "r", "m", "b", "p", "s", "s", "", "j", "j", "ch", "k", "t", "p", "h"
};

/* the 21 vowels: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ */
static const char *const vowel[SN_HANGUL_VOWELS] = {
	"a", "e", "ya", "ye", "eo", "e", "yeo", "ye", "o", "wa", "we", "we", "yo", "u", "wo", "we",
	"wi", "yu", "", "i", "i"
};

/*
 * the 27 last consonants (and none), as said at the end of a syllable:
 * ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
 * (ㅅ is the final t of loanwords: 엘리엇, Elliott)
 */
static const char *const last[SN_HANGUL_FINALS] = {
	"", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l",
	"m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "h"
};

/*
 * Each vowel with a y glide (ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ) as the one without it (ㅏ ㅐ ㅓ
 * ㅔ ㅗ ㅜ), -1 for the others.  Korean writes the sh of foreign words as ㅅ
 * and such a vowel (셰익스피어, Shakespeare; 쇼, show; 샤, sha), and after ㅈ
 * and ㅊ, which are said as j and ch already, the glide says nothing (져, jeo).
 */
static const int8_t unglided[SN_HANGUL_VOWELS] = {
	-1, -1, 0, 1, -1, -1, 4, 5, -1, -1, -1, -1, 8, -1, -1, -1, -1, 13, -1, -1, -1
};

/*
 * A Korean name is two to four syllables, the surname's and the given
 * name's, in one word or two (김정은, 정은 김), and Korean names leave the
 * vowel ㅡ out of a syllable without a final consonant; a foreign name
 * needs it for every consonant without a vowel (트럼프, 라브로프, 하마스).
 * So a name is read as a foreign one when it has such a syllable, more
 * than four syllables, or more than two words of Hangul: 푸틴 or 필립 alone
 * are taken for Korean names (푸틴 meets Putin as written all the same).
 * Written in two words, a Korean name is its surname, of one syllable but
 * for a few of two (남궁, 선우), and its given name: two words of two
 * syllables or more, neither of them such a surname, are a foreign name
 * (조지 부시, George Bush; 아베 신조, Abe Shinzo).
 * Read otherwise, Korean names met list names through what the reading
 * makes of them (하은 로 met HAN YU-RO at 0.90): 72 of 654 ordinary names
 * reached 0.8 against the lists, 15 before.
 */
bool
sn_hangul_loan_shaped(const char *utf8, size_t len)
{
	const uint8_t *p = (const uint8_t *) utf8;
	int32_t		i = 0,
				n = (int32_t) len;
	int			syllables = 0,
				words = 0;
	bool		in_word = false;
	/* the first two words: where each starts and ends, its syllables */
	int32_t		from[2] = {0, 0},
				to[2] = {0, 0};
	int			word_syllables[2] = {0, 0};

	if (len > SN_READING_MAX_BYTES)
		return false;
	while (i < n)
	{
		int32_t		at = i;
		UChar32		c;

		U8_NEXT(p, i, n, c);
		if (c >= 0 && sn_hangul_syllable(c))
		{
			int			l,
						v,
						t;

			/* ㅡ with no final consonant: a consonant of a foreign word */
			sn_hangul_split(c, &l, &v, &t);
			if (v == V_EU && t == 0)
				return true;
			syllables++;
			if (!in_word)
			{
				if (words < 2)
					from[words] = at;
				words++;
			}
			in_word = true;
			if (words <= 2)
			{
				word_syllables[words - 1]++;
				to[words - 1] = i;
			}
		}
		else
			in_word = false;
	}
	if (syllables > 4 || words > 2)
		return true;
	return words == 2 && word_syllables[0] >= 2 && word_syllables[1] >= 2 &&
		!sn_korean_double_surname_hangul(utf8 + from[0], (size_t) (to[0] - from[0])) &&
		!sn_korean_double_surname_hangul(utf8 + from[1], (size_t) (to[1] - from[1]));
}

void
sn_hangul_loan_write(const char *utf8, size_t len, bool final_f, sn_buf *out)
{
	const uint8_t *p = (const uint8_t *) utf8;
	int32_t		i = 0,
				n = (int32_t) len;
	int			prev_last = -1; /* the last consonant of the syllable before */

	while (i < n)
	{
		int32_t		start = i;
		UChar32		c;

		U8_NEXT(p, i, n, c);
		if (c >= 0 && sn_hangul_syllable(c))
		{
			int			l,
						v,
						t;
			UChar32		next = -1;
			bool		sios,		/* ㅅ or ㅆ */
						word_end;

			sn_hangul_split(c, &l, &v, &t);
			sios = l == L_SIOS || l == L_SSANGSIOS;

			if (i < n)
			{
				int32_t		j = i;

				U8_NEXT(p, j, n, next);
			}
			/* (the syllable ends its word) */
			word_end = !(next >= 0 && sn_hangul_syllable(next));
			/* ㄹ ending a syllable and ㄹ beginning the next: one l */
			if (l == L_RIEUL && prev_last == T_RIEUL)
				;
			/* 프 ending a word: the f of Russian -ov, or the p of Trump */
			else if (l == L_PIEUP_ASP && v == V_EU && t == 0 && final_f && word_end)
				sn_buf_putc(out, 'f');
			/* ㅅ before a y vowel: the sh of a foreign name (셰익스피어) */
			else if (sios && unglided[v] >= 0)
				sn_buf_append(out, "sh", 2);
			else
				sn_buf_append(out, first[l], strlen(first[l]));
			/* after sh, j and ch, a y vowel is the plain one (쇼 sho, 져 jeo) */
			if (unglided[v] >= 0 &&
				(sios || l == L_JIEUJ || l == L_SSANGJIEUJ || l == L_CHIEUCH))
				v = unglided[v];
			/*
			 * ㅓ ending a word after a consonant: the -er, -or of a
			 * foreign name, whose r Korean does not say (해프너, Hafner;
			 * 터너, Turner; 밀러, Miller)
			 */
			if (v == V_EO && t == 0 && l != L_IEUNG && word_end)
				sn_buf_append(out, "er", 2);
			else
				sn_buf_append(out, vowel[v], strlen(vowel[v]));
			sn_buf_append(out, last[t], strlen(last[t]));
			prev_last = t;
		}
		else
		{
			/* anything else as written: it ends the word */
			sn_buf_append(out, utf8 + start, (size_t) (i - start));
			prev_last = -1;
		}
	}
}
