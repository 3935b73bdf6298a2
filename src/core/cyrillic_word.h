/*
 * cyrillic_word.h
 *		What the readings of names in Cyrillic letters share: a letter's
 *		lower case, and a walk over a name's words of Cyrillic letters.
 */
#ifndef SN_CYRILLIC_WORD_H
#define SN_CYRILLIC_WORD_H

#include "sn_common.h"

#include <string.h>

/* letters of a word that a reading reads; a longer word is read as written */
#define SN_CYRILLIC_WORD_MAX 40

/* The lower-case letter of a Cyrillic code point (U+0430 .. U+045F), or 0 */
static inline uint32_t
sn_cyrillic_lower(uint32_t u)
{
	if (u >= 0x410 && u <= 0x42F)
		return u + 0x20;
	if (u >= 0x400 && u <= 0x40F)
		return u + 0x50;
	if (u >= 0x430 && u <= 0x45F)
		return u;
	return 0;
}

/*
 * A word of Cyrillic letters of a name: its letters in lower case (n of
 * them, only the first SN_CYRILLIC_WORD_MAX + 1 kept), and its bytes in
 * the name, from and to.  Returns true to stop the walk.
 */
typedef bool (*sn_cyrillic_word_fn) (const uint32_t *w, int n, int32_t from, int32_t to,
									 void *arg);

/*
 * Calls fn for each word of Cyrillic letters of a name (UTF-8, len bytes;
 * anything else parts words); whether a call stopped the walk.
 */
extern bool sn_cyrillic_words(const char *utf8, size_t len, sn_cyrillic_word_fn fn, void *arg);

/*
 * A word in lower-case UTF-8, each letter (U+0430 .. U+045F) two bytes: the
 * form in which the readings that match pieces of several letters
 * (cyrillic_zh.c, cyrillic_ko.c) compare it with their tables.
 */
typedef struct sn_cyrillic_utf8
{
	char		s[2 * SN_CYRILLIC_WORD_MAX];
	int			len;
} sn_cyrillic_utf8;

/* The word w (n lower-case letters, n <= SN_CYRILLIC_WORD_MAX) into out */
extern void sn_cyrillic_utf8_word(const uint32_t *w, int n, sn_cyrillic_utf8 *out);

/* Does w have the letters cyr (UTF-8) at byte pos? */
static inline bool
sn_cyrillic_utf8_at(const sn_cyrillic_utf8 *w, int pos, const char *cyr)
{
	size_t		n = strlen(cyr);

	return pos + (int) n <= w->len && memcmp(w->s + pos, cyr, n) == 0;
}

/* Has the name (UTF-8) a byte that leads a Cyrillic letter (0xD0, 0xD1)? */
static inline bool
sn_has_cyrillic_lead(const char *utf8, size_t len)
{
	return memchr(utf8, 0xD0, len) != NULL || memchr(utf8, 0xD1, len) != NULL;
}

/*
 * A reading of words: the reading of the word w (n lower-case letters) into
 * buf (room for 8 * SN_CYRILLIC_WORD_MAX bytes), its length, or -1 for a
 * word it does not read; *marked says whether the reading is one the
 * normaliser's romanisation of Russian does not come near.
 */
typedef int (*sn_cyrillic_read_fn) (const uint32_t *w, int n, char *buf, bool *marked);

/*
 * Has the name (UTF-8, len bytes; at most SN_READING_MAX_BYTES) a word
 * that read reads, marked?
 */
extern bool sn_cyrillic_any_marked(const char *utf8, size_t len, sn_cyrillic_read_fn read);

/*
 * The name with the words that read reads written so, everything else as
 * written, appended to out.
 */
extern void sn_cyrillic_write_words(const char *utf8, size_t len, sn_cyrillic_read_fn read,
									sn_buf *out);

/*
 * Has the name (UTF-8, len bytes; at most SN_READING_MAX_BYTES) a Cyrillic
 * letter l, after the Cyrillic letter prev (0 after anything else), for
 * which want is true?  Both lower case.
 */
extern bool sn_cyrillic_any_letter(const char *utf8, size_t len,
								   bool (*want) (uint32_t l, uint32_t prev));

/*
 * A reading letter by letter: what to write for the lower-case letter l,
 * after the Cyrillic letter prev (0 after anything else).  *last is the
 * last letter written (lower case), or a space after anything but a
 * letter or where the function says so; the function updates it for what
 * it writes.  *take_back: the byte written last is to go (дж read as one).
 */
typedef const char *(*sn_cyrillic_letter_fn) (uint32_t l, uint32_t prev, char *last,
											   bool *take_back);

/*
 * The name with its Cyrillic letters written as letter says, everything
 * else as written, appended to out.
 */
extern void sn_cyrillic_write_letters(const char *utf8, size_t len, sn_cyrillic_letter_fn letter,
									  sn_buf *out);

#endif							/* SN_CYRILLIC_WORD_H */
