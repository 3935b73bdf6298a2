/*
 * greek.c
 *		The reading of a name written in Greek letters as Greek writes
 *		foreign names.
 *
 * Modern Greek has no letters of their own for b, d and g (β, δ and γ are
 * v, the th of "this" and a fricative), nor for sh, ch or j.  A name from
 * another language written in Greek letters, as Greek and Cypriot registers,
 * passports and newspapers write the names of Russian, Arabic or English
 * speakers, spells those sounds with pairs of letters: μπ for b, ντ for d,
 * γκ for g, τσ for ch, τζ for j (Ντμίτρι Μεντβέντεφ, Dmitry Medvedev; Όλεγκ
 * Ντεριπάσκα, Oleg Deripaska; Ρομάν Αμπράμοβιτς, Roman Abramovich; Τζο
 * Μπάιντεν, Joe Biden).  The romanisation of the lists (UNGEGN, ELOT 743)
 * transliterates letter by letter and keeps them as nt, mp, gk or nk and ts,
 * which the Latin spellings of those names never write: ntmitri
 * mentventef shares next to nothing with Dmitry Medvedev.
 *
 * This reading writes each such pair as the sound it stands for, γ before
 * e and i as the y it is (Γεβγκένι, Yevgeny), ου as u, the pairs αι, ει and
 * οι as one vowel unless an accent or a diaeresis parts them (Μπάιντεν,
 * Σεργκέι), and the other letters as UNGEGN does.  After a vowel, μπ, ντ and
 * γκ may also be mb, nd and ng (Αλεξάντρ is Aleksandr and Αντρέι Andrei, but
 * Μεντβέντεφ is Medvedev): a second form of the reading writes them so.
 * Both are readings of the query, kept beside the name as the normaliser
 * writes it, and the score keeps the best of the three: Greek names
 * (Αντώνης, Antonis; Λάμπρος, Lambros) still meet their own Latin spellings
 * through the normaliser's.
 */
#include "greek.h"

#include <string.h>

#include <unicode/utf8.h>

/* Greek small letters (their code points less 0x3B0) */
enum
{
	G_ALPHA = 1, G_BETA, G_GAMMA, G_DELTA, G_EPSILON, G_ZETA, G_ETA, G_THETA,
	G_IOTA, G_KAPPA, G_LAMBDA, G_MU, G_NU, G_XI, G_OMICRON, G_PI, G_RHO,
	G_FINAL_SIGMA, G_SIGMA, G_TAU, G_UPSILON, G_PHI, G_CHI, G_PSI, G_OMEGA
};

/* how each letter is written when no rule below reads it with another */
static const char *const plain[G_OMEGA + 1] = {
	"", "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x",
	"o", "p", "r", "s", "s", "t", "i", "f", "kh", "ps", "o"
};

typedef struct letter
{
	uint8_t		g;				/* G_*, or 0 for what is not a Greek letter */
	bool		accent;			/* with an acute accent (tonos) */
	bool		diaeresis;		/* with a diaeresis: a vowel of its own */
	uint8_t		rawlen;			/* what is not a Greek letter, as written: */
	uint16_t	raw;			/* its bytes from there */
} letter;

/*
 * The Greek letter of code point u (capitals and accented letters folded),
 * with its marks; 0 for any other code point
 */
static uint8_t
greek_letter(uint32_t u, bool *accent, bool *diaeresis)
{
	*accent = *diaeresis = false;
	if (u >= 0x391 && u <= 0x3A9 && u != 0x3A2)
		return (uint8_t) (u + 0x20 - 0x3B0);
	if (u >= 0x3B1 && u <= 0x3C9)
		return (uint8_t) (u - 0x3B0);
	switch (u)
	{
		case 0x386:
		case 0x3AC:
			*accent = true;
			return G_ALPHA;
		case 0x388:
		case 0x3AD:
			*accent = true;
			return G_EPSILON;
		case 0x389:
		case 0x3AE:
			*accent = true;
			return G_ETA;
		case 0x38A:
		case 0x3AF:
			*accent = true;
			return G_IOTA;
		case 0x38C:
		case 0x3CC:
			*accent = true;
			return G_OMICRON;
		case 0x38E:
		case 0x3CD:
			*accent = true;
			return G_UPSILON;
		case 0x38F:
		case 0x3CE:
			*accent = true;
			return G_OMEGA;
		case 0x390:
			*accent = *diaeresis = true;
			return G_IOTA;
		case 0x3B0:
			*accent = *diaeresis = true;
			return G_UPSILON;
		case 0x3AA:
		case 0x3CA:
			*diaeresis = true;
			return G_IOTA;
		case 0x3AB:
		case 0x3CB:
			*diaeresis = true;
			return G_UPSILON;
	}
	return 0;
}

bool
sn_greek_shaped(const char *utf8, size_t len)
{
	size_t		i;

	if (len > SN_READING_MAX_BYTES)
		return false;
	/* the Greek and Coptic block's letters are led by 0xCE and 0xCF */
	for (i = 0; i + 1 < len; i++)
	{
		unsigned char c = (unsigned char) utf8[i];

		if ((c == 0xCE && (unsigned char) utf8[i + 1] >= 0x86) || c == 0xCF)
			return true;
	}
	return false;
}

static inline bool
is_vowel(uint8_t g)
{
	return g == G_ALPHA || g == G_EPSILON || g == G_ETA || g == G_IOTA ||
		g == G_OMICRON || g == G_UPSILON || g == G_OMEGA;
}

/* e and i, before which γ is the y of Γεβγκένι (Yevgeny) and Γιόνγκ */
static inline bool
is_front(uint8_t g)
{
	return g == G_EPSILON || g == G_ETA || g == G_IOTA || g == G_UPSILON;
}

/* consonants before which αυ and ευ are af and ef */
static inline bool
is_voiceless(uint8_t g)
{
	return g == G_THETA || g == G_KAPPA || g == G_XI || g == G_PI ||
		g == G_SIGMA || g == G_FINAL_SIGMA || g == G_TAU || g == G_PHI ||
		g == G_CHI || g == G_PSI;
}

/*
 * Letters a and b make one vowel (αι, ει, οι, υι, ου), unless a mark parts
 * them: an accent on the first (Μπάιντεν, Σεργκέι, Σόιγκου) or a diaeresis
 * on the second (Σοϊγκού).
 */
static inline bool
one_vowel(const letter *a, const letter *b)
{
	return !a->accent && !b->diaeresis && b->g != 0 &&
		((b->g == G_IOTA && (a->g == G_ALPHA || a->g == G_EPSILON ||
							 a->g == G_OMICRON || a->g == G_UPSILON)) ||
		 (b->g == G_UPSILON && a->g == G_OMICRON));
}

void
sn_greek_write(const char *utf8, size_t len, bool nasal, sn_buf *out)
{
	letter		l[SN_READING_MAX_BYTES];	/* a byte makes a letter at most */
	const uint8_t *s = (const uint8_t *) utf8;
	int32_t		p = 0,
				end = (int32_t) (len < SN_READING_MAX_BYTES ? len : SN_READING_MAX_BYTES);
	size_t		n = 0,
				i,
				adv;

	/*
	 * the letters, marks (in decomposed text) joined to the one before; what
	 * is no well-formed character is kept as written, as any other
	 */
	while (p < end)
	{
		int32_t		at = p;
		UChar32		c;
		uint32_t	u;
		bool		accent,
					diaeresis;
		uint8_t		g;

		U8_NEXT(s, p, end, c);
		u = c < 0 ? 0xFFFD : (uint32_t) c;
		g = greek_letter(u, &accent, &diaeresis);
		if ((u == 0x301 || u == 0x308 || u == 0x344) && n > 0 && l[n - 1].g != 0)
		{
			l[n - 1].accent |= u != 0x308;
			l[n - 1].diaeresis |= u != 0x301;
			continue;
		}
		l[n].g = g;
		l[n].accent = accent;
		l[n].diaeresis = diaeresis;
		l[n].raw = (uint16_t) at;
		l[n].rawlen = (uint8_t) (p - at);
		n++;
	}

	for (i = 0; i < n; i += adv)
	{
		const letter *c = &l[i];
		uint8_t		g = c->g,
					g1 = i + 1 < n ? l[i + 1].g : 0,
					g2 = i + 2 < n ? l[i + 2].g : 0;
		const char *w = plain[g];
		char		two[3];
		bool		after_vowel = nasal && i > 0 && is_vowel(l[i - 1].g);

		adv = 1;
		if (g == 0)
		{
			sn_buf_append(out, utf8 + c->raw, c->rawlen);
			continue;
		}
		if (g == G_MU && g1 == G_PI)
			w = after_vowel ? "mb" : "b", adv = 2;
		else if (g == G_NU && g1 == G_TAU)
			w = after_vowel ? "nd" : "d", adv = 2;
		else if (g == G_GAMMA && g1 == G_KAPPA)
			w = after_vowel ? "ng" : "g", adv = 2;
		else if (g == G_GAMMA && g1 == G_GAMMA)
			w = "ng", adv = 2;
		else if (g == G_GAMMA && (g1 == G_XI || g1 == G_CHI))
			w = "n";
		else if (g == G_TAU && g1 == G_ZETA)
			w = "j", adv = 2;
		else if (g == G_TAU && (g1 == G_SIGMA || g1 == G_FINAL_SIGMA))
			w = "ch", adv = 2;
		else if (g == G_GAMMA && g1 == G_IOTA && !l[i + 1].accent &&
				 !l[i + 1].diaeresis && is_vowel(g2))
			w = "y", adv = 2;	/* Γιόνγκ, Γιούρι: yo, yu */
		else if (g == G_GAMMA && is_front(g1))
			w = "y";
		else if (i + 1 < n && one_vowel(c, &l[i + 1]))
			w = g1 == G_UPSILON ? "u" : g == G_ALPHA ? "e" : "i", adv = 2;
		else if ((g == G_ALPHA || g == G_EPSILON || g == G_ETA) && g1 == G_UPSILON &&
				 !c->accent && !l[i + 1].diaeresis)
		{
			/* αυ, ευ, ηυ: av, ev, iv; f before a voiceless consonant or at the end */
			two[0] = plain[g][0];
			two[1] = (g2 == 0 || is_voiceless(g2)) ? 'f' : 'v';
			two[2] = '\0';
			w = two, adv = 2;
		}
		sn_buf_append(out, w, strlen(w));
	}
}
