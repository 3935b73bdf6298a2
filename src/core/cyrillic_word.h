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

/* Has the name (UTF-8) a byte that leads a Cyrillic letter (0xD0, 0xD1)? */
static inline bool
sn_has_cyrillic_lead(const char *utf8, size_t len)
{
	return memchr(utf8, 0xD0, len) != NULL || memchr(utf8, 0xD1, len) != NULL;
}

/*
 * A reading that writes some words of a name otherwise: the words that
 * read returns a length for (it writes them into its buffer of
 * 8 * SN_CYRILLIC_WORD_MAX bytes; -1 for a word kept as written), and
 * everything else as written, appended to out.
 */
typedef int (*sn_cyrillic_read_fn) (const uint32_t *w, int n, char *buf);

extern void sn_cyrillic_write_words(const char *utf8, size_t len, sn_cyrillic_read_fn read,
									sn_buf *out);

#endif							/* SN_CYRILLIC_WORD_H */
