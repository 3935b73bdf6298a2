/*
 * sn_common.h
 *		Shared definitions of the sanctions name core.
 *
 * The core is plain C: it never includes postgres.h, so it is unit-tested,
 * fuzzed and benchmarked on its own.  The host (the PostgreSQL glue, or a
 * test program) supplies an allocator and an interrupt check through
 * sn_set_host(); by default they are malloc and a no-op.
 *
 * Allocation failure is never returned to callers: the host allocator is
 * expected not to return NULL (palloc raises an error; the default
 * allocator aborts), which keeps every caller free of NULL checks.
 */
#ifndef SN_COMMON_H
#define SN_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/*
 * A query of more bytes than this is a text, not a name: the readings that
 * write a name in another script's way (greek.c, hangul_loan.c,
 * katakana_loan.c) leave it as the normaliser reads it.
 */
#define SN_READING_MAX_BYTES 2048

/*
 * Is code point c a middle dot, as written between the words of a name in
 * Han characters or kana (弗拉基米尔·普京, 山本・明美): · (U+00B7) and the
 * dots taken for it, ・ ‧ • ･ ∙ ⋅ ⸱ and the Greek ano teleia?
 */
static inline bool
sn_middle_dot(int32_t c)
{
	return c == 0x00B7 || c == 0x0387 || c == 0x2022 || c == 0x2027 || c == 0x2219 ||
		c == 0x22C5 || c == 0x2E31 || c == 0x30FB || c == 0xFF65;
}

typedef struct sn_host
{
	void	   *(*alloc) (size_t size);
	void	   *(*realloc) (void *ptr, size_t size);
	void		(*free) (void *ptr);
	/* called regularly in long loops; may longjmp out (PostgreSQL does) */
	void		(*check_interrupts) (void);
} sn_host;

extern sn_host sn_current_host;

extern void sn_set_host(const sn_host *host);

static inline void *
sn_alloc(size_t size)
{
	return sn_current_host.alloc(size ? size : 1);
}

static inline void *
sn_realloc(void *ptr, size_t size)
{
	return sn_current_host.realloc(ptr, size ? size : 1);
}

static inline void
sn_free(void *ptr)
{
	if (ptr)
		sn_current_host.free(ptr);
}

static inline void
sn_check_interrupts(void)
{
	if (sn_current_host.check_interrupts)
		sn_current_host.check_interrupts();
}

/* A growable byte string; always NUL-terminated after sn_buf_init. */
typedef struct sn_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} sn_buf;

extern void sn_buf_init(sn_buf *b, size_t cap);
extern void sn_buf_reserve(sn_buf *b, size_t extra);
extern void sn_buf_append(sn_buf *b, const char *s, size_t n);
extern void sn_buf_free(sn_buf *b);

/* Append a string literal. */
#define SN_BUF_LIT(b, lit) sn_buf_append((b), (lit), sizeof(lit) - 1)

static inline void
sn_buf_putc(sn_buf *b, char c)
{
	if (b->len + 1 >= b->cap)
		sn_buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

/*
 * A Hangul syllable block, U+AC00 to U+D7A3: its first consonant (19), vowel
 * (21) and last consonant (28, 0 for none), in the order of Unicode's jamo
 */
#define SN_HANGUL_FIRST 0xAC00
#define SN_HANGUL_VOWELS 21
#define SN_HANGUL_FINALS 28

static inline bool
sn_hangul_syllable(int32_t c)
{
	return c >= SN_HANGUL_FIRST && c <= 0xD7A3;
}

/* The three parts of syllable c (sn_hangul_syllable), and back */
static inline void
sn_hangul_split(int32_t c, int *lead, int *vowel, int *tail)
{
	int			i = c - SN_HANGUL_FIRST;

	*lead = i / (SN_HANGUL_VOWELS * SN_HANGUL_FINALS);
	*vowel = i / SN_HANGUL_FINALS % SN_HANGUL_VOWELS;
	*tail = i % SN_HANGUL_FINALS;
}

static inline int32_t
sn_hangul_join(int lead, int vowel, int tail)
{
	return SN_HANGUL_FIRST + (lead * SN_HANGUL_VOWELS + vowel) * SN_HANGUL_FINALS + tail;
}

/* a, e, i, o, u or y: a vowel of a canonical token, y included */
static inline bool
sn_is_vowel_y(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/*
 * A token written as Arabic and Hebrew script without vowel points come
 * out: letters only, an initial a at most, the long vowels as w and y, no
 * other vowel letter (mhmd, hsyn, abd, brwkh; not khan, which Latin
 * spellings write too, nor ibt).
 */
static inline bool
sn_unvocalised(const char *s, size_t len)
{
	size_t		i;

	if (len < 2 || s[0] < 'a' || s[0] > 'z' || s[0] == 'e' || s[0] == 'i' ||
		s[0] == 'o' || s[0] == 'u')
		return false;
	for (i = 1; i < len; i++)
		if (s[i] < 'a' || s[i] > 'z' || (s[i] != 'y' && sn_is_vowel_y(s[i])))
			return false;
	return true;
}

/*
 * FNV-1a hash of len bytes: the token table's slots, the index keys that
 * stand for a whole string (numbers) and the phonetic keys' buckets.  Index
 * keys depend on it, so it must never change within a version.
 */
static inline uint32_t
sn_hash_bytes(const char *s, size_t len)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 16777619u;
	}
	return h;
}

/* Error reporting from the core: a code and a message for the host. */
typedef enum sn_status
{
	SN_OK = 0,
	SN_ERR_ICU,					/* ICU failed; message says where */
	SN_ERR_INPUT				/* input not acceptable; message says why */
} sn_status;

typedef struct sn_error
{
	sn_status	status;
	char		message[256];
} sn_error;

extern sn_status sn_fail(sn_error *err, sn_status status, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

#endif							/* SN_COMMON_H */
