/*
 * cyrillic_word.c
 *		The walks over a name's words and letters of Cyrillic that the
 *		readings of names in Cyrillic share (cyrillic_sc.c, cyrillic_ja.c,
 *		cyrillic_zh.c, cyrillic_ko.c, cyrillic_tr.c).
 */
#include "cyrillic_word.h"

#include <string.h>

#include <unicode/utf8.h>

bool
sn_cyrillic_words(const char *utf8, size_t len, sn_cyrillic_word_fn fn, void *arg)
{
	const uint8_t *s = (const uint8_t *) utf8;
	int32_t		p = 0,
				end = (int32_t) len,
				from = 0;
	uint32_t	w[SN_CYRILLIC_WORD_MAX + 1];
	int			n = 0;

	/* one step past the end, to end the last word */
	while (p <= end)
	{
		int32_t		at = p;
		UChar32		c = -1;
		uint32_t	l = 0;

		if (p < end)
		{
			U8_NEXT(s, p, end, c);
			l = c < 0 ? 0 : sn_cyrillic_lower((uint32_t) c);
		}
		else
			p++;
		if (l != 0)
		{
			if (n == 0)
				from = at;
			/* a word too long to be read counts its length only */
			if (n <= SN_CYRILLIC_WORD_MAX)
				w[n] = l;
			n++;
			continue;
		}
		if (n > 0 && fn(w, n, from, at, arg))
			return true;
		n = 0;
	}
	return false;
}

void
sn_cyrillic_utf8_word(const uint32_t *w, int n, sn_cyrillic_utf8 *out)
{
	int			i;

	for (i = 0; i < n; i++)
	{
		/* U+0430 .. U+045F in UTF-8: D0 B0 .. D0 BF, D1 80 .. D1 9F */
		out->s[2 * i] = (char) (w[i] < 0x440 ? 0xD0 : 0xD1);
		out->s[2 * i + 1] = (char) (w[i] < 0x440 ? 0x80 + (w[i] - 0x400) : 0x80 + (w[i] - 0x440));
	}
	out->len = 2 * n;
}

typedef struct read_state
{
	const char *utf8;
	int32_t		done;			/* bytes of utf8 written so far */
	sn_cyrillic_read_fn read;
	sn_buf	   *out;			/* NULL: only asking for a marked word */
} read_state;

static bool
read_word(const uint32_t *w, int n, int32_t from, int32_t to, void *arg)
{
	read_state *st = arg;
	char		buf[8 * SN_CYRILLIC_WORD_MAX];
	bool		marked = false;
	int			o = n <= SN_CYRILLIC_WORD_MAX ? st->read(w, n, buf, &marked) : -1;

	if (st->out == NULL)
		return o >= 0 && marked;	/* found: the walk stops */
	if (o < 0)
		return false;			/* kept as written, with what follows */
	sn_buf_append(st->out, st->utf8 + st->done, (size_t) (from - st->done));
	sn_buf_append(st->out, buf, (size_t) o);
	st->done = to;
	return false;
}

bool
sn_cyrillic_any_marked(const char *utf8, size_t len, sn_cyrillic_read_fn read)
{
	read_state	st = {utf8, 0, read, NULL};

	if (len > SN_READING_MAX_BYTES || !sn_has_cyrillic_lead(utf8, len))
		return false;
	return sn_cyrillic_words(utf8, len, read_word, &st);
}

void
sn_cyrillic_write_words(const char *utf8, size_t len, sn_cyrillic_read_fn read, sn_buf *out)
{
	read_state	st = {utf8, 0, read, out};

	if (len > SN_READING_MAX_BYTES)
		len = SN_READING_MAX_BYTES;
	(void) sn_cyrillic_words(utf8, len, read_word, &st);
	sn_buf_append(out, utf8 + st.done, len - (size_t) st.done);
}

bool
sn_cyrillic_any_letter(const char *utf8, size_t len, bool (*want) (uint32_t l, uint32_t prev))
{
	const uint8_t *s = (const uint8_t *) utf8;
	int32_t		p = 0,
				end = (int32_t) len;
	uint32_t	prev = 0;

	/* Cyrillic letters are led by 0xD0 and 0xD1: most names have neither */
	if (len > SN_READING_MAX_BYTES || !sn_has_cyrillic_lead(utf8, len))
		return false;
	while (p < end)
	{
		UChar32		c;
		uint32_t	l;

		U8_NEXT(s, p, end, c);
		l = c < 0 ? 0 : sn_cyrillic_lower((uint32_t) c);
		if (l != 0 && want(l, prev))
			return true;
		prev = l;
	}
	return false;
}

void
sn_cyrillic_write_letters(const char *utf8, size_t len, sn_cyrillic_letter_fn letter, sn_buf *out)
{
	const uint8_t *s = (const uint8_t *) utf8;
	int32_t		p = 0,
				end = (int32_t) (len < SN_READING_MAX_BYTES ? len : SN_READING_MAX_BYTES);
	uint32_t	prev = 0;		/* the last Cyrillic letter, or 0 */
	char		last = ' ';

	while (p < end)
	{
		int32_t		at = p;
		UChar32		c;
		uint32_t	l;
		const char *w;
		bool		take_back = false;

		U8_NEXT(s, p, end, c);
		l = c < 0 ? 0 : sn_cyrillic_lower((uint32_t) c);
		if (l == 0)
		{
			/* not a Cyrillic letter: as written (a letter of it, or a break) */
			sn_buf_append(out, utf8 + at, (size_t) (p - at));
			last = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? (char) (c | 0x20) : ' ';
			prev = 0;
			continue;
		}
		w = letter(l, prev, &last, &take_back);
		if (take_back && out->len > 0)
			out->len--;
		sn_buf_append(out, w, strlen(w));
		prev = l;
	}
}
