/*
 * hanja.c
 *		The Korean reading of a name written in Han characters.
 *
 * Han characters do not say which language a name is in: the normaliser
 * reads them as Mandarin (金正恩, jin zheng en), while a Korean written in
 * Hanja is listed by the Korean reading (김정은, Kim Jong Un).  The score
 * compares a query shaped like a Korean's name in each reading and keeps
 * the best (sn_name.reading); this file gives the Korean one, as Hangul,
 * which the normaliser then romanises like any Korean name.
 */
#include "hanja.h"
#include "normalize.h"

#include <string.h>

#include <unicode/utf8.h>

uint32_t
sn_hanja_hangul(uint32_t c)
{
	size_t		lo = 0,
				hi = sn_n_hanja;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (sn_hanja_table[mid].c < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sn_n_hanja && sn_hanja_table[lo].c == c ? sn_hanja_table[lo].hangul : 0;
}

/*
 * The initial-sound rule (dueum beopchik) of South Korean spelling: at the
 * start of a word (of a name, its surname), r before i or y becomes silent
 * (리 이, 류 유, 량 양), r before another vowel becomes n (로 노, 라 나), and n
 * before i or y becomes silent (녀 여).  Returns the syllable as South Korea
 * writes it at the start of a word.
 */
static uint32_t
initial_sound(uint32_t s)
{
	enum
	{
		L_N = 2, L_R = 5, L_SILENT = 11
	};
	int			lead,
				vowel,
				tail;
	bool		iy;

	sn_hangul_split((int32_t) s, &lead, &vowel, &tail);
	/* ya, yae, yeo, ye, yo, yu, i */
	iy = vowel == 2 || vowel == 3 || vowel == 6 || vowel == 7 || vowel == 12 ||
		vowel == 17 || vowel == 20;
	if (lead == L_R)
		lead = iy ? L_SILENT : L_N;
	else if (lead == L_N && iy)
		lead = L_SILENT;
	return (uint32_t) sn_hangul_join(lead, vowel, tail);
}

/* Take b back to len bytes */
static void
cut(sn_buf *b, size_t len)
{
	b->len = len;
	if (b->data != NULL)
		b->data[len] = '\0';
}

static void
put_utf8(sn_buf *b, uint32_t c)
{
	char		tmp[4];
	int32_t		n = 0;

	U8_APPEND_UNSAFE(tmp, n, c);
	sn_buf_append(b, tmp, (size_t) n);
}

/*
 * Korean surnames in Hanja, the commonest first (together they cover all
 * but a fraction of a percent of Koreans), and the two-letter ones.
 */
static const char korean_surnames[] =
	"金李朴崔鄭姜趙尹張林韓吳徐申權黃安宋全洪柳高文梁孫裵曺白許劉南沈盧丁"
	"河郭成車朱禹具辛任田閔兪羅陳池嚴蔡元千方孔康玄咸卞廉楊邊呂秋魯都蘇愼"
	"石宣薛馬吉周延房魏表明奇潘王琴玉陸印孟諸牟卓鞠余魚殷片龍芮慶奉史夫太"
	"賓范承夏葛甄董溫陰晉秦錢庾曹韋桂景睦丘邢彭陶尙程施簡姚蔣";
static const char *const korean_double_surnames[] = {
	"南宮", "諸葛", "皇甫", "鮮于", "獨孤", "司空", "西門", "東方",
};

bool
sn_korean_double_surname_hangul(const char *utf8, size_t len)
{
	size_t		k;

	/* two Hangul syllables, three bytes each, as every reading of the table */
	if (len != 6)
		return false;
	for (k = 0; k < sizeof(korean_double_surnames) / sizeof(korean_double_surnames[0]); k++)
	{
		const uint8_t *h = (const uint8_t *) korean_double_surnames[k];
		char		hangul[6];
		int32_t		i = 0,
					n = 0;

		while (i < 6)
		{
			UChar32		c;

			U8_NEXT(h, i, 6, c);
			U8_APPEND_UNSAFE(hangul, n, sn_hanja_hangul((uint32_t) c));
		}
		if (n == 6 && memcmp(hangul, utf8, 6) == 0)
			return true;
	}
	return false;
}

/*
 * Does the name (UTF-8, from its first Han letter on) begin with a Korean
 * surname of that many letters (1 or 2)?
 */
static bool
korean_surname(const char *s, size_t len, int letters)
{
	char		one[5] = {0};
	size_t		i;

	if (letters == 2)
	{
		for (i = 0; i < sizeof(korean_double_surnames) / sizeof(korean_double_surnames[0]); i++)
			if (len >= 6 && memcmp(s, korean_double_surnames[i], 6) == 0)
				return true;
		return false;
	}
	/* a Han letter of the BMP is three bytes, as every surname above */
	if (len < 3)
		return false;
	memcpy(one, s, 3);
	return strstr(korean_surnames, one) != NULL;
}

/*
 * Does the name look like a Korean's written in Hanja?  Han letters and
 * spaces only; three or four letters (a surname of one or two letters and
 * a given name of two, as most Korean names have, or of one after a
 * surname of two); each with a reading of its own in the table, so in
 * traditional forms (Korea never adopted the simplified ones: 张 is
 * Chinese, 張 may be either); the first a Korean surname, as Korean names
 * put the surname first, and a name written apart has the surname alone
 * before the first space.  A Chinese or Japanese name written given name
 * first (秀鳳 張, 康弘 三浦), with a simplified letter (刚 宗), of two letters
 * (柳 秦) or longer
 * fails it and keeps its Mandarin reading alone: read in Korean, the short
 * syllables of such names met Korean names on the lists by chance, and two
 * syllables are too little to tell a name by.
 */
static bool
korean_shaped(const char *utf8, int32_t n)
{
	const uint8_t *s = (const uint8_t *) utf8;
	int32_t		i = 0,
				first = -1,
				letters = 0,
				first_part = 0;	/* letters before the first space */
	bool		spaced = false;

	while (i < n)
	{
		int32_t		at = i;
		UChar32		c;

		U8_NEXT(s, i, n, c);
		if (c == ' ' || c == 0x3000)	/* a space, an ideographic space */
		{
			spaced |= letters > 0;
			continue;
		}
		if (c < 0 || !sn_is_han_letter(c) || sn_hanja_hangul((uint32_t) c) == 0 || ++letters > 4)
			return false;
		if (first < 0)
			first = at;
		if (!spaced)
			first_part++;
	}
	if (letters < 3)
		return false;
	/* written apart, the first part is the surname */
	if (spaced)
		return (first_part == 1 || first_part == 2) &&
			korean_surname(utf8 + first, (size_t) (n - first), first_part);
	return korean_surname(utf8 + first, (size_t) (n - first), 1) ||
		korean_surname(utf8 + first, (size_t) (n - first), 2);
}

bool
sn_korean_readings(const char *utf8, size_t len, sn_buf *north, sn_buf *south)
{
	const uint8_t *s = (const uint8_t *) utf8;
	int32_t		i = 0,
				n = (int32_t) (len > INT32_MAX ? INT32_MAX : len);
	size_t		start_s = south->len;
	bool		differs = false,
				first = true;

	if (!korean_shaped(utf8, n))
		return false;
	while (i < n)
	{
		int32_t		at = i;
		UChar32		c;

		U8_NEXT(s, i, n, c);
		if (c == ' ' || c == 0x3000)
		{
			sn_buf_append(north, utf8 + at, (size_t) (i - at));
			sn_buf_append(south, utf8 + at, (size_t) (i - at));
		}
		else
		{
			/* the rule applies to the surname (given names keep their r: 최린) */
			uint32_t	h = sn_hanja_hangul((uint32_t) c),
						h0 = first ? initial_sound(h) : h;

			differs |= h0 != h;
			put_utf8(north, h);
			put_utf8(south, h0);
			first = false;
		}
	}
	if (!differs)
		cut(south, start_s);
	return true;
}
