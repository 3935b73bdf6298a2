/*
 * katakana_loan.c
 *		The reading of a name written in katakana as Japanese writes foreign
 *		names.
 *
 * Japanese writes a foreign name in katakana, a kana for each syllable it
 * hears, the words apart with a middle dot: ウラジーミル・プーチン (Vladimir
 * Putin), ドナルド・トランプ (Donald Trump), セルゲイ・ラブロフ (Sergey Lavrov).
 * A kana is a consonant and a vowel, so a consonant without a vowel gets
 * one that is not said: u after most (ル, the r of Vladimir; プ, the p of
 * Trump), o after t and d (ト, the t of Trump; ド, the d of Donald).  The
 * normaliser romanises kana one by one (urajimiru puchin, donarudo
 * toranpu), which meets none of the Latin spellings.
 *
 * This reading writes each word of katakana as the foreign word it spells:
 *
 * - the added vowel left out of a kana that ends a word (ウラジーミル,
 *	 urajimir; ブッシュ, bush), that stands before a kana of the r row or wa
 *	 (the clusters tr, br, dw: トランプ, tramp; ラブロフ, rabrof), or, for u,
 *	 inside a word before another consonant (ドナルド, donard; クズネツォフ,
 *	 kuznetsof).  The first kana of a word keeps its u before other
 *	 consonants, as it is mostly said (ムハンマド), but for an s (スミス,
 *	 smis); a t or d keeps its o there (ドナルド) and in a last -tor, -dor
 *	 (ヴィクトル, viktor);
 * - a long vowel mark and a small tsu (a doubled consonant) add nothing;
 * - a small vowel or ya, yu, yo changes the vowel of the kana before it
 *	 (ティ ti, ファ fa, ウィ wi, ジョ jo, キャ kya);
 * - ン is m before p, b and m (トランプ).
 *
 * Japanese has one consonant for r and l, and mostly writes b for v.  The
 * reading writes b, and its words also read an initial r as l and b as v
 * (phonetic.h, reading 4), so rabrof is met as lavrov.  It has four forms:
 *
 * - plain: r as r, チ and ジ as chi and ji (ジョージ, George);
 * - dental: チ and ジ inside a word as ti and di, as they write Russian ть
 *	 and дь (プーチン, putin; ウラジーミル, uradimir);
 * - lateral: an r as l, but after a consonant (ドナルド, donald; ナスララ,
 *	 nasrala, Nasrallah; アル, al);
 * - lateral inner: the same, but a last r without its vowel stays r
 *	 (アレクサンドル, aleksandor).
 *
 * Each is a reading of the query, kept beside the name as the normaliser
 * writes it; the score keeps the best.
 */
#include "katakana_loan.h"

#include <string.h>

#include <unicode/utf8.h>

#define KANA_FIRST 0x30A1		/* ァ */
#define KANA_LAST 0x30FA		/* ヺ */
#define KANA_DOT 0x30FB			/* ・, between the words of a foreign name */
#define KANA_LONG 0x30FC		/* ー, the long vowel mark */

#define KANA_U 0x30A6			/* ウ, which a dakuten makes ヴ */
#define KANA_CHI 0x30C1
#define KANA_JI 0x30B8
#define KANA_DJI 0x30C2
#define KANA_RA 0x30E9
#define KANA_RO 0x30ED
#define KANA_WA 0x30EF
#define KANA_N 0x30F3

/* What a kana is, beyond its consonant and vowel */
#define K_PLAIN 0
#define K_SMALL_VOWEL 1			/* ァ ィ ゥ ェ ォ: the vowel of the kana before */
#define K_SMALL_Y 2				/* ャ ュ ョ: y, vowel, after a consonant (キャ) */
#define K_SOKUON 3				/* ッ: the next consonant doubled */
#define K_N 4					/* ン */

typedef struct kana
{
	const char *cons;
	char		vowel;
	uint8_t		kind;
} kana;

/* a kana of a consonant and a vowel */
#define CV(c, v) {c, v, K_PLAIN}

/* U+30A1 ァ to U+30FA ヺ, in Hepburn */
static const kana kana_table[KANA_LAST - KANA_FIRST + 1] = {
	/* ァ ア ィ イ ゥ ウ ェ エ ォ オ */
	{"", 'a', K_SMALL_VOWEL}, CV("", 'a'), {"", 'i', K_SMALL_VOWEL}, CV("", 'i'),
	{"", 'u', K_SMALL_VOWEL}, CV("", 'u'), {"", 'e', K_SMALL_VOWEL}, CV("", 'e'),
	{"", 'o', K_SMALL_VOWEL}, CV("", 'o'),
	/* カ ガ キ ギ ク グ ケ ゲ コ ゴ */
	CV("k", 'a'), CV("g", 'a'), CV("k", 'i'), CV("g", 'i'), CV("k", 'u'),
	CV("g", 'u'), CV("k", 'e'), CV("g", 'e'), CV("k", 'o'), CV("g", 'o'),
	/* サ ザ シ ジ ス ズ セ ゼ ソ ゾ */
	CV("s", 'a'), CV("z", 'a'), CV("sh", 'i'), CV("j", 'i'), CV("s", 'u'),
	CV("z", 'u'), CV("s", 'e'), CV("z", 'e'), CV("s", 'o'), CV("z", 'o'),
	/* タ ダ チ ヂ ッ ツ ヅ テ デ ト ド */
	CV("t", 'a'), CV("d", 'a'), CV("ch", 'i'), CV("j", 'i'), {"", 0, K_SOKUON},
	CV("ts", 'u'), CV("z", 'u'), CV("t", 'e'), CV("d", 'e'), CV("t", 'o'), CV("d", 'o'),
	/* ナ ニ ヌ ネ ノ */
	CV("n", 'a'), CV("n", 'i'), CV("n", 'u'), CV("n", 'e'), CV("n", 'o'),
	/* ハ バ パ ヒ ビ ピ フ ブ プ ヘ ベ ペ ホ ボ ポ */
	CV("h", 'a'), CV("b", 'a'), CV("p", 'a'), CV("h", 'i'), CV("b", 'i'),
	CV("p", 'i'), CV("f", 'u'), CV("b", 'u'), CV("p", 'u'), CV("h", 'e'),
	CV("b", 'e'), CV("p", 'e'), CV("h", 'o'), CV("b", 'o'), CV("p", 'o'),
	/* マ ミ ム メ モ */
	CV("m", 'a'), CV("m", 'i'), CV("m", 'u'), CV("m", 'e'), CV("m", 'o'),
	/* ャ ヤ ュ ユ ョ ヨ */
	{"", 'a', K_SMALL_Y}, CV("y", 'a'), {"", 'u', K_SMALL_Y}, CV("y", 'u'),
	{"", 'o', K_SMALL_Y}, CV("y", 'o'),
	/* ラ リ ル レ ロ */
	CV("r", 'a'), CV("r", 'i'), CV("r", 'u'), CV("r", 'e'), CV("r", 'o'),
	/* ヮ ワ ヰ ヱ ヲ ン ヴ ヵ ヶ ヷ ヸ ヹ ヺ */
	CV("w", 'a'), CV("w", 'a'), CV("w", 'i'), CV("w", 'e'), CV("", 'o'),
	{"n", 0, K_N}, CV("v", 'u'), CV("k", 'a'), CV("k", 'e'), CV("v", 'a'),
	CV("v", 'i'), CV("v", 'e'), CV("v", 'o')
};

_Static_assert(sizeof(kana_table) / sizeof(kana_table[0]) == KANA_LAST - KANA_FIRST + 1,
			   "a row for each katakana");

/* Halfwidth ｦ (U+FF66) to ﾝ (U+FF9D) as the katakana they are */
static const uint16_t halfwidth[0xFF9D - 0xFF66 + 1] = {
	0x30F2, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30E3, 0x30E5, 0x30E7, 0x30C3,
	0x30FC, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA, 0x30AB, 0x30AD, 0x30AF, 0x30B1,
	0x30B3, 0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD, 0x30BF, 0x30C1, 0x30C4, 0x30C6,
	0x30C8, 0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE, 0x30CF, 0x30D2, 0x30D5, 0x30D8,
	0x30DB, 0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2, 0x30E4, 0x30E6, 0x30E8, 0x30E9,
	0x30EA, 0x30EB, 0x30EC, 0x30ED, 0x30EF, 0x30F3
};

/* Is c a voicing mark, combining or halfwidth (1), or a semi-voicing one (2)? */
static int
voicing_mark(UChar32 c)
{
	if (c == 0x3099 || c == 0x309B || c == 0xFF9E)
		return 1;
	if (c == 0x309A || c == 0x309C || c == 0xFF9F)
		return 2;
	return 0;
}

/*
 * The kana c with a voicing mark (mark 1) or a semi-voicing one (2), or c
 * when it has no such form: the voiced kana follows its plain one in the
 * table (カ ガ, ハ バ パ), ウ is ヴ and ワ to ヲ are ヷ to ヺ
 */
static UChar32
voiced(UChar32 c, int mark)
{
	int			k = c - KANA_FIRST;

	if (c == KANA_U && mark == 1)
		return 0x30F4;
	if (c >= 0x30EF && c <= 0x30F2 && mark == 1)
		return c + 8;
	if (mark == 1 && k >= 10 && k <= 40 && kana_table[k].kind == K_PLAIN &&
		kana_table[k + 1].kind == K_PLAIN &&
		kana_table[k].cons[0] != kana_table[k + 1].cons[0] &&
		kana_table[k].vowel == kana_table[k + 1].vowel)
		return c + 1;
	if (k >= 46 && k <= 60 && (k - 46) % 3 == 0)
		return c + mark;
	return c;
}

/*
 * The katakana at p[*i] (a letter, the long vowel mark or the middle dot,
 * halfwidth forms as full ones, a voicing mark after it taken in), with *i
 * past it; or -1, with *i past the one character that is not
 */
static UChar32
next_kana(const uint8_t *p, int32_t *i, int32_t n)
{
	UChar32		c;
	int32_t		j;

	U8_NEXT(p, *i, n, c);
	if (c >= 0xFF66 && c <= 0xFF9D)
		c = halfwidth[c - 0xFF66];
	else if (c == 0xFF65)
		c = KANA_DOT;
	if (c < KANA_FIRST || c > KANA_LONG)
		return -1;
	if (c >= KANA_FIRST && c <= KANA_LAST && *i < n)
	{
		UChar32		m;
		int			mark;

		j = *i;
		U8_NEXT(p, j, n, m);
		mark = voicing_mark(m);
		if (mark != 0)
		{
			c = voiced(c, mark);
			*i = j;
		}
	}
	return c;
}

/* Is c a letter of katakana (not the dot, the long vowel mark) */
static inline bool
kana_letter(UChar32 c)
{
	return c >= KANA_FIRST && c <= KANA_LAST;
}

/*
 * Any name with a letter of katakana is read so.  Japanese names written in
 * katakana, as banks and forms keep them, do not change what they meet:
 * of 1,800 ordinary names from IPAdic (family and given names, as read with
 * ウ for long vowels, as said with ー, and given name first with the dot), 7
 * reached 0.8 against the OFAC and UN names as the normaliser writes them,
 * 11 with this reading.  A shape rule that read only names with a long
 * vowel mark, a small vowel, a v or the dot met 10, and lost foreign names
 * written with none of them (ムハンマド アリ, 0.38 for Muhammad Ali; タリバン,
 * 0.44 for Taliban; ヒズボラ, 0.05 for Hizballah).
 */
bool
sn_katakana_loan_shaped(const char *utf8, size_t len)
{
	const uint8_t *p = (const uint8_t *) utf8;
	int32_t		i = 0,
				n = (int32_t) len;

	if (len > SN_READING_MAX_BYTES)
		return false;
	while (i < n)
		if (kana_letter(next_kana(p, &i, n)))
			return true;
	return false;
}

/* A syllable of a word being read */
typedef struct unit
{
	char		cons[4];
	char		vowel;			/* 0 for ン and a vowel left out */
	bool		keep;			/* a vowel that is said: long, or changed */
	bool		changed;		/* by a small kana after it (チェ, ジョ) */
	bool		lengthened;		/* by the long vowel mark (ター) */
	UChar32		c;				/* the kana */
} unit;

#define MAX_UNITS 64

/* Does the unit's kana add a vowel that may not be said (ク, ル, ト)? */
static bool
added_vowel(const unit *u)
{
	static const char *const u_after[] = {
		"k", "g", "s", "z", "f", "b", "p", "m", "r", "ts", "v", "sh", "ch", "j"
	};
	size_t		k;

	if (u->keep)
		return false;
	if (u->vowel == 'o')
		return strcmp(u->cons, "t") == 0 || strcmp(u->cons, "d") == 0;
	if (u->vowel != 'u')
		return false;
	for (k = 0; k < sizeof(u_after) / sizeof(u_after[0]); k++)
		if (strcmp(u->cons, u_after[k]) == 0)
			return true;
	return false;
}

/* Write a word of n units: the vowels said, ン as m before p, b and m */
static void
write_word(unit *w, int n, sn_katakana_form form, sn_buf *out)
{
	int			k;

	for (k = 0; k < n; k++)
	{
		unit	   *u = &w[k];
		const unit *next = k + 1 < n ? &w[k + 1] : NULL;
		const char *cons = u->cons;

		if (added_vowel(u))
		{
			/* before a vowel or ン it is said (ムン, mun) */
			bool		consonant = next != NULL && next->cons[0] != '\0' && next->c != KANA_N;
			bool		cluster = consonant &&
				((next->c >= KANA_RA && next->c <= KANA_RO) || next->c == KANA_WA);

			/*
			 * the o of t and d is said but in a cluster with r (トランプ)
			 * and at the end; not in a last -tor, -dor (ヴィクトル,
			 * Viktor; フョードル, Fyodor)
			 */
			if (u->vowel == 'o')
				consonant = cluster && k + 2 < n;
			if (next == NULL ||
				(consonant && (k > 0 || cluster || u->cons[0] == 's')))
				u->vowel = 0;
		}
		/*
		 * チ and ジ as ti and di inside a word (a last ジ is the -ji of
		 * Japanese given names: コージ, Koji, not Kodi)
		 */
		if (form == SN_KATAKANA_DENTAL && !u->changed && next != NULL && u->c == KANA_CHI)
			cons = "t";
		else if (form == SN_KATAKANA_DENTAL && !u->changed && next != NULL &&
				 (u->c == KANA_JI || u->c == KANA_DJI))
			cons = "d";
		/*
		 * an r as l, but one after a consonant: the r of tr, br, sr, nr is
		 * kept (ラブロフ, labrof; ナスララ, nasrala); in the inner form, a
		 * last r without its vowel too (アレクサンドル, aleksandor)
		 */
		else if ((form == SN_KATAKANA_LATERAL ||
				  (form == SN_KATAKANA_LATERAL_INNER && (next != NULL || u->vowel != 0))) &&
				 cons[0] == 'r' && (k == 0 || w[k - 1].vowel != 0))
			cons = "l";
		if (u->c == KANA_N)
			sn_buf_putc(out, next != NULL && (next->cons[0] == 'p' || next->cons[0] == 'b' ||
											  next->cons[0] == 'm') ? 'm' : 'n');
		else
		{
			sn_buf_append(out, cons, strlen(cons));
			/*
			 * a long a that ends a word of two kana or more, after a
			 * consonant: the -er, -or of an English name, whose r Japanese
			 * does not say (ミラー, miler; ピーター, piter).  In the lateral
			 * forms, those of Western names: the others keep the long a
			 * of Arabic names (ムスタファー, Mustafa).
			 */
			if (u->vowel == 'a' && u->lengthened && next == NULL && k > 0 &&
				cons[0] != '\0' &&
				(form == SN_KATAKANA_LATERAL || form == SN_KATAKANA_LATERAL_INNER))
				sn_buf_append(out, "er", 2);
			else if (u->vowel != 0)
				sn_buf_putc(out, u->vowel);
		}
	}
}

void
sn_katakana_loan_write(const char *utf8, size_t len, sn_katakana_form form, sn_buf *out)
{
	const uint8_t *p = (const uint8_t *) utf8;
	int32_t		i = 0,
				n = (int32_t) len;
	unit		w[MAX_UNITS];
	int			nw = 0;

	while (i < n)
	{
		int32_t		start = i;
		UChar32		c = next_kana(p, &i, n);
		const kana *k;

		if (c == KANA_LONG)
		{
			if (nw > 0)
				w[nw - 1].keep = w[nw - 1].lengthened = true;
			continue;
		}
		if (c < 0 || !kana_letter(c))
		{
			/* anything else as written: it ends the word */
			write_word(w, nw, form, out);
			nw = 0;
			sn_buf_append(out, utf8 + start, (size_t) (i - start));
			continue;
		}
		k = &kana_table[c - KANA_FIRST];
		if (k->kind == K_SOKUON)
			continue;
		if (nw > 0 && k->kind == K_SMALL_VOWEL)
		{
			unit	   *u = &w[nw - 1];

			/* ウィ wi, イェ ye; テ ti, ファ fa: the vowel of the kana before */
			if (u->cons[0] == '\0' && u->vowel == 'u')
				strcpy(u->cons, "w");
			else if (u->cons[0] == '\0' && u->vowel == 'i')
				strcpy(u->cons, "y");
			u->vowel = k->vowel;
			u->keep = u->changed = true;
			continue;
		}
		if (nw > 0 && k->kind == K_SMALL_Y && w[nw - 1].cons[0] != '\0' &&
			w[nw - 1].c != KANA_N)
		{
			unit	   *u = &w[nw - 1];

			/*
			 * シャ sha, チョ cho, ジュ ju; キャ kya, ビュ byu, フョ fyo.  Its
			 * u may be the one added to sh, ch, j (ブッシュ, bush; シュミット,
			 * shmit).
			 */
			if (strcmp(u->cons, "sh") != 0 && strcmp(u->cons, "ch") != 0 &&
				strcmp(u->cons, "j") != 0)
				strcat(u->cons, "y");
			u->vowel = k->vowel;
			u->keep = k->vowel != 'u';
			u->changed = true;
			continue;
		}
		if (nw == MAX_UNITS)
		{
			write_word(w, nw, form, out);
			nw = 0;
		}
		memset(&w[nw], 0, sizeof(unit));
		strcpy(w[nw].cons, k->kind == K_SMALL_Y ? "y" : k->cons);
		w[nw].vowel = k->vowel;
		w[nw].c = c;
		nw++;
	}
	write_word(w, nw, form, out);
}
