/*
 * phonetic.h
 *		A phonetic key for name tokens in canonical form.
 */
#ifndef SN_PHONETIC_H
#define SN_PHONETIC_H

#include "sn_common.h"

/* The longest key sn_phonetic_key writes, without the terminating NUL. */
#define SN_PHONETIC_MAX 15

/*
 * Key of one canonical token ([a-z0-9]+) into out (SN_PHONETIC_MAX + 1
 * bytes).  Returns the key length.  Tokens with a digit are their own key.
 */
extern size_t sn_phonetic_key(const char *tok, size_t len, char *out);

/*
 * The keys of a token's other readings, r of SN_READINGS (0 and an empty
 * key when it has nothing to read otherwise):
 *
 * 0: th and dh read as s and z, as Persian, Urdu and Turkish spellings of
 *	  Arabic names write them (Usman for Uthman, Kazim for Kadhim); ch (in a
 *	  token of two syllables or more), a c before e, i or y, and ou before
 *	  another vowel read as sh, s and w, as French spellings mean them
 *	  (Rachid, Belkacem, Ouattara); a w between consonants read as v, the
 *	  consonant a Hebrew vav may be there (dwd, David), where the key
 *	  reads the vowel it is in Arabic script (mhmwd, Mahmoud);
 * 1: German spellings of Russian (and other) names: ch as kh, sch as zh
 *	  (schtsch as shch), dsch as dzh, and a j before a vowel as y
 *	  (Chodorkowski, Prigoschin, Dschafar, Jewgeni); in a word written
 *	  without vowels (Hebrew and Arabic script), which has no German
 *	  spelling, a kh or sh before another letter as two letters (khn,
 *	  כהן, Cohen; shyl, سهيل, Suhail).
 */
#define SN_READINGS 2
extern size_t sn_phonetic_key_reading(const char *tok, size_t len, int r, char *out);

/*
 * The token as reading r writes it (th as s, ch as sh, ...; German ch as
 * kh, ...) into out, which holds len bytes: no reading lengthens a token.
 * Returns its length.
 */
extern size_t sn_reading_spelling(const char *tok, size_t len, int r, char *out);

/*
 * The index bucket (0 .. 2^nbits - 1) of a phonetic key: the commonest keys
 * have a bucket each, the others share the rest by hash.  nbits must be the
 * same on every call.
 */
extern uint32_t sn_phonetic_bucket(const char *key, size_t len, unsigned nbits);

#endif
