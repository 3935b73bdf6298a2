/*
 * test_translit_tables.c
 *		The direct transliteration tables give exactly what ICU gives.
 *
 * Every word is normalised twice, with sn_translit_tables on and off (off
 * sends it through the ICU transliterator), over every letter of the
 * tables, every pair of letters and many random words and names.
 */
#include "unit.h"
#include "normalize.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/utf8.h>

#define MAX_ALPHABET 256

static char *
norm_with(const char *s, size_t len, bool tables)
{
	static char result[2][1024];
	static int	turn = 0;
	sn_buf		b;
	sn_error	err;

	turn ^= 1;
	sn_translit_tables = tables;
	sn_buf_init(&b, 16);
	if (sn_normalize(s, len, &b, &err) != SN_OK)
		snprintf(result[turn], sizeof(result[turn]), "ERROR: %s", err.message);
	else
		snprintf(result[turn], sizeof(result[turn]), "%s", b.data);
	sn_buf_free(&b);
	sn_translit_tables = true;
	return result[turn];
}

static int	mismatches;

static void
compare(const char *s, size_t len)
{
	const char *fast = norm_with(s, len, true);
	const char *icu = norm_with(s, len, false);

	if (strcmp(fast, icu) != 0)
	{
		if (mismatches < 10)
			fprintf(stderr, "FAIL table/ICU differ on \"%.*s\": table \"%s\", ICU \"%s\"\n",
					(int) len, s, fast, icu);
		mismatches++;
	}
}

static uint32_t rng = 12345;

static uint32_t
next_random(void)
{
	rng = rng * 1103515245u + 12345u;
	return (rng >> 8) & 0xFFFFFF;
}

/* The code points of the UTF-8 string s appended to alpha[n..]; the new n */
static int
add_utf8(uint32_t *alpha, int n, const char *s)
{
	int32_t		i = 0,
				len = (int32_t) strlen(s);

	while (i < len && n < MAX_ALPHABET)
	{
		UChar32		cp;

		U8_NEXT(s, i, len, cp);
		alpha[n++] = (uint32_t) cp;
	}
	return n;
}

/* Letters, pairs and random words and names over one alphabet. */
static void
check_alphabet(const char *what, const uint32_t *alpha, int n)
{
	char		buf[512];
	size_t		len;
	int			i,
				j,
				k;

	mismatches = 0;
	for (i = 0; i < n; i++)
	{
		len = unit_put_utf8(buf, alpha[i]);
		compare(buf, len);
		for (j = 0; j < n; j++)
		{
			len = unit_put_utf8(buf, alpha[i]);
			len += unit_put_utf8(buf + len, alpha[j]);
			compare(buf, len);
		}
	}
	for (k = 0; k < 20000; k++)
	{
		int			words = 1 + next_random() % 3;

		len = 0;
		for (i = 0; i < words; i++)
		{
			int			wl = 1 + next_random() % 8;

			if (i > 0)
				buf[len++] = ' ';
			for (j = 0; j < wl; j++)
				len += unit_put_utf8(buf + len, alpha[next_random() % n]);
		}
		compare(buf, len);
	}
	if (mismatches)
		fprintf(stderr, "FAIL %s: %d words differ\n", what, mismatches);
	CHECK(mismatches == 0);
}

void
suite_translit_tables(void)
{
	uint32_t	alpha[MAX_ALPHABET];
	int			n = 0;
	uint32_t	c;

	/* Arabic: the whole table range, Persian letters, and what borders it */
	for (c = 0x061F; c <= 0x0656; c++)
		alpha[n++] = c;
	alpha[n++] = 0x067E;		/* پ */
	alpha[n++] = 0x0686;		/* چ */
	alpha[n++] = 0x0698;		/* ژ */
	alpha[n++] = 0x06A4;		/* ڤ */
	alpha[n++] = 0x06A9;		/* ک */
	alpha[n++] = 0x06AD;		/* ڭ */
	alpha[n++] = 0x06AF;		/* گ */
	alpha[n++] = 0x06CB;		/* ۋ */
	alpha[n++] = 0x06CC;		/* ی */
	alpha[n++] = 0x06C1;		/* ہ (not in the table) */
	alpha[n++] = 0x0660 + 3;	/* ٣ */
	alpha[n++] = 'a';
	alpha[n++] = '7';
	alpha[n++] = '\'';
	alpha[n++] = '-';
	check_alphabet("Arabic", alpha, n);

	/* Russian: both cases, ё, the letters of other Cyrillic languages */
	n = 0;
	for (c = 0x0410; c <= 0x044F; c++)
		alpha[n++] = c;
	alpha[n++] = 0x0401;		/* Ё */
	alpha[n++] = 0x0451;		/* ё */
	alpha[n++] = 0x0456;		/* і */
	alpha[n++] = 0x045E;		/* ў */
	alpha[n++] = 0x0301;		/* combining acute (stress mark) */
	alpha[n++] = 'b';
	alpha[n++] = '5';
	alpha[n++] = '\'';
	alpha[n++] = 0x2019;		/* ’ */
	check_alphabet("Cyrillic", alpha, n);

	/*
	 * Ukrainian: the Russian letters and its own, both cases, і and ї twice
	 * (so that most words are Ukrainian), apostrophes
	 */
	n = 0;
	for (c = 0x0410; c <= 0x044F; c++)
		alpha[n++] = c;
	n = add_utf8(alpha, n, "ёЄєІіЇїҐґії'’");
	check_alphabet("Ukrainian", alpha, n);

	/*
	 * Han: the characters of the eight pairs read by the next one, those
	 * read otherwise at the start of a name, common surname and given-name
	 * characters, a compatibility ideograph, 〇, one beyond the BMP, kana
	 * and Latin (which send the word to ICU), joiners (the middle dot of
	 * names written from other languages)
	 */
	n = add_utf8(alpha, 0,
				 "令狐万俟澹台长孙藏文重庆沈阳秘鲁卜种刀盖过华纪牟粘区繁任单召折舍解燕尉乐员查"
				 "干葛筠靓仇峙隗莘翟曾一王李张刘陈杨黄赵周吴习近平朋贝拉克奥巴马田中花子晨峰涛"
				 "豈〇𠀀アa·'");
	check_alphabet("Han", alpha, n);

	/* every CJK Unified Ideograph alone and after another, random words */
	mismatches = 0;
	{
		char		buf[64];
		size_t		len;
		int			k,
					j;

		for (c = 0x4E00; c <= 0x9FFF; c++)
		{
			len = unit_put_utf8(buf, c);
			compare(buf, len);
			len = unit_put_utf8(buf, 0x738B);	/* 王 */
			len += unit_put_utf8(buf + len, c);
			compare(buf, len);
		}
		for (k = 0; k < 20000; k++)
		{
			int			wl = 2 + next_random() % 3;

			len = 0;
			for (j = 0; j < wl; j++)
				len += unit_put_utf8(buf + len, 0x4E00 + next_random() % (0x9FFF - 0x4E00 + 1));
			compare(buf, len);
		}
	}
	if (mismatches)
		fprintf(stderr, "FAIL CJK block: %d words differ\n", mismatches);
	CHECK(mismatches == 0);

	/* Serbian: both cases of its alphabet, with letters it does not write */
	n = 0;
	{
		static const uint32_t sr[] = {
			0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0452, 0x0435, 0x0436, 0x0437,
			0x0438, 0x0458, 0x043A, 0x043B, 0x0459, 0x043C, 0x043D, 0x045A, 0x043E,
			0x043F, 0x0440, 0x0441, 0x0442, 0x045B, 0x0443, 0x0444, 0x0445, 0x0446,
			0x0447, 0x045F, 0x0448
		};
		int			k;

		for (k = 0; k < (int) (sizeof(sr) / sizeof(sr[0])); k++)
		{
			alpha[n++] = sr[k];
			alpha[n++] = sr[k] - (sr[k] >= 0x0450 ? 0x50 : 0x20);
		}
	}
	alpha[n++] = 0x044F;		/* я */
	alpha[n++] = 0x0439;		/* й */
	alpha[n++] = 'c';
	alpha[n++] = '\'';
	check_alphabet("Serbian", alpha, n);

	/* Latin: Latin-1 and Extended-A, joiners, a combining mark, Greek */
	n = 0;
	for (c = 0x00C0; c < 0x0180; c += (c < 0x00E0 ? 3 : 1))
		alpha[n++] = c;
	alpha[n++] = 'a';
	alpha[n++] = 'Z';
	alpha[n++] = '9';
	alpha[n++] = '\'';
	alpha[n++] = '`';
	alpha[n++] = 0x2019;		/* ’ */
	alpha[n++] = 0x2018;		/* ‘ */
	alpha[n++] = 0x02BC;		/* ʼ */
	alpha[n++] = 0x02B9;		/* ʹ */
	alpha[n++] = 0x02BA;		/* ʺ */
	alpha[n++] = 0x00B4;		/* ´ */
	alpha[n++] = 0x00B7;		/* · */
	alpha[n++] = 0x02BF;		/* ʿ */
	alpha[n++] = 0x0301;		/* combining acute */
	alpha[n++] = 0x0327;		/* combining cedilla */
	alpha[n++] = 0x01A1;		/* ơ (past the table) */
	for (c = 0x0218; c <= 0x021B; c++)
		alpha[n++] = c;			/* Ș ș Ț ț */
	alpha[n++] = 0x1EBF;		/* ế */
	alpha[n++] = 0x03B1;		/* α */
	check_alphabet("Latin", alpha, n);

	/* the tables are on by default */
	CHECK(sn_translit_tables);
}
