/*
 * cyrillic_word.c
 *		The walk over a name's words of Cyrillic letters that the readings
 *		of names in Cyrillic share (cyrillic_ja.c, cyrillic_zh.c).
 */
#include "cyrillic_word.h"

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

typedef struct write_state
{
	const char *utf8;
	int32_t		done;			/* bytes of utf8 written so far */
	sn_cyrillic_read_fn read;
	sn_buf	   *out;
} write_state;

static bool
write_word(const uint32_t *w, int n, int32_t from, int32_t to, void *arg)
{
	write_state *st = arg;
	char		buf[8 * SN_CYRILLIC_WORD_MAX];
	int			o = n <= SN_CYRILLIC_WORD_MAX ? st->read(w, n, buf) : -1;

	if (o < 0)
		return false;			/* kept as written, with what follows */
	sn_buf_append(st->out, st->utf8 + st->done, (size_t) (from - st->done));
	sn_buf_append(st->out, buf, (size_t) o);
	st->done = to;
	return false;
}

void
sn_cyrillic_write_words(const char *utf8, size_t len, sn_cyrillic_read_fn read, sn_buf *out)
{
	write_state st;

	if (len > SN_READING_MAX_BYTES)
		len = SN_READING_MAX_BYTES;
	st.utf8 = utf8;
	st.done = 0;
	st.read = read;
	st.out = out;
	(void) sn_cyrillic_words(utf8, len, write_word, &st);
	sn_buf_append(out, utf8 + st.done, len - (size_t) st.done);
}
