/*
 * normalize.c
 *		From a name in any script to its canonical form.
 *
 * Two paths lead to one tokeniser:
 *
 *	- ASCII input (most list and customer names) never touches ICU: bytes are
 *	  lowercased and split on punctuation directly.
 *	- Other input is converted to UTF-16, folded with NFKC_Casefold (which
 *	  also removes default-ignorable code points: zero-width characters, soft
 *	  hyphen, bidi controls, variation selectors, BOM), then handled word by
 *	  word: look-alike letters from Cyrillic or Greek inside a Latin word are
 *	  read as the Latin letters they imitate; words in another script go
 *	  through the ICU transliterator for that script (BGN/PCGN for Cyrillic,
 *	  UNGEGN for Greek, ...) followed by Latin-ASCII.  Transliterators are
 *	  opened once per process and reused.  Letters of scripts that ICU has
 *	  no transliterator for (Khmer, Lao, Tibetan, ...) are read from their
 *	  Unicode character names instead (emit_roman).
 *
 * Both paths feed ASCII text to canonical_tokens(), which splits tokens,
 * drops honorifics, writes Abd al- and al-Din names alike and maps legal
 * forms, so ASCII and non-ASCII input obey
 * exactly the same token rules, and the result is idempotent.
 */
#include "normalize.h"
#include "name_tables.h"
#include "hebrew.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

/* Bytes that join the letters around them instead of separating tokens. */
static inline bool
ascii_joiner(unsigned char c)
{
	return c == '\'' || c == '`';
}

static inline bool
ascii_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= '0' && c <= '9');
}

/* The commas between a name's tokens: how many, and the first one's place */
typedef struct name_commas
{
	int			n;				/* commas with a token before them (several in a
								 * row count once) */
	int			first;			/* tokens before the first */
} name_commas;

/*
 * Split ASCII text into lowercase tokens: letters and digits form tokens,
 * apostrophes join (O'Brien -> obrien), everything else separates.  The
 * tokens are written to text (room for len + 1 bytes), each followed by one
 * space; returns the length written.  *rules tells whether any token is
 * a word of the tables (an honorific, an abbreviation or the start of a
 * legal form: RULES_TABLE) and whether any begins with "abd" or ends with
 * "din" (RULES_NAMES), the only cases in which the token rules have
 * anything to do.  *commas tells where the commas between tokens were
 * (see turn_at_comma).
 */
#define TOKEN_RULE_WORDS \
	(SN_WORD_DROPPED_TITLE | SN_WORD_LEGAL_START | SN_WORD_ABBREVIATION)

/* a token the "Abd al-" rule (abd_names) may rewrite */
static inline bool
abd_start(const char *s, size_t len)
{
	return len >= 3 && s[0] == 'a' && s[1] == 'b' && s[2] == 'd';
}

/*
 * the length of a final din, dine or deen, the name of the "al-Din" rule,
 * or dyn, as Arabic script writes it (الدين: aldyn)
 */
static inline size_t
din_end(const char *s, size_t len)
{
	if (len >= 4 && memcmp(s + len - 4, "dine", 4) == 0)
		return 4;
	if (len >= 4 && memcmp(s + len - 4, "deen", 4) == 0)
		return 4;
	if (len >= 3 && (memcmp(s + len - 3, "din", 3) == 0 || memcmp(s + len - 3, "dyn", 3) == 0))
		return 3;
	return 0;
}

/* what split_ascii found for the token rules to do */
#define RULES_TABLE	0x01		/* a word of the tables: all the rules */
#define RULES_NAMES	0x02		/* an Abd, a Din or an article said as the sun
								 * letter after it: sun_articles, abd_names
								 * and din_names */

/*
 * The consonant (one letter, or th, dh, sh) of an Arabic article written
 * as said before a sun letter, as a word of its own (az-Zawahiri, as-Sadr,
 * ash-Shabaab, at-Tamimi, es-Sayed): its length in s, or 0 (as, a legal
 * form too, is left to sun_articles).  Not d, whose ad and ed are given
 * names (Ad Dekker, Ed Davis; ad-Din has its own rule), nor n (An Nguyen),
 * nor an e before t or r alone (Et, Er); nor the ur, us of South Asian
 * names, which belong to the name before them (Mati-ur-Rehman is Matiur
 * Rahman).
 */
static inline size_t
sun_article_consonant(const char *s, size_t len)
{
	if (len < 2 || len > 3 || (s[0] != 'a' && s[0] != 'e'))
		return 0;
	if (len == 3)
		return (s[2] == 'h' && (s[1] == 't' || s[1] == 'd' || s[1] == 's')) ? 2 : 0;
	if (s[1] == 's' || s[1] == 'z')
		return 1;
	return (s[1] == 't' || s[1] == 'r') && s[0] != 'e' ? 1 : 0;
}

static inline unsigned
token_rules(const char *s, size_t len, unsigned found)
{
	if (!(found & RULES_NAMES) &&
		(abd_start(s, len) || din_end(s, len) > 0 || sun_article_consonant(s, len) > 0))
		found |= RULES_NAMES;
	if (!(found & RULES_TABLE) && (sn_word_flags(s, len) & TOKEN_RULE_WORDS))
		found |= RULES_TABLE;
	return found;
}

/* The length of the word of in (len bytes) that starts at i or after it */
static size_t
next_word_length(const char *in, size_t len, size_t i)
{
	size_t		j;

	while (i < len && !ascii_alnum((unsigned char) in[i]))
		i++;
	for (j = i; j < len && ascii_alnum((unsigned char) in[j]); j++)
		;
	return j - i;
}

/*
 * Is the one-letter token in[at] the ezafe of Persian, Urdu and Pashto
 * names, the particle that joins a word to the next: an e or an i between
 * two words of two letters or more and joined by a hyphen to the word
 * before it (Jaish-e-Mohammed, JAISH-I-MOHAMMED; Tehrik-i Taliban)?  Not
 * one joined to the next word only: Chinese given names begin so (Chen
 * I-Ling), and the ezafe's e there is e already (LASHKAR E-TAYYIBA).  It
 * is written e or i as it comes (Hizb-e-Islami, Hizb-i-Islami)
 * and as often left out (Jaish Mohammed): so it is written e, one word
 * whichever way it came.  Read as two initials, e and i were a conflict
 * (Jaish-e-Mohammed against JAISH-I-MOHAMMED: 0.65).  It stays a word, as
 * the acronyms keep its letter (LeT, Lashkar-e-Tayyiba; JeM).  An e or i
 * with spaces around is left alone: it may be an initial (John E Smith) or
 * a conjunction (Luna e Hijos).
 */
static bool
ezafe(const char *in, size_t len, size_t at, size_t prev_len)
{
	bool		joined;

	if (in[at] != 'e' && in[at] != 'i' && in[at] != 'E' && in[at] != 'I')
		return false;
	joined = at >= 2 && in[at - 1] == '-' && ascii_alnum((unsigned char) in[at - 2]);
	return joined && prev_len >= 2 && next_word_length(in, len, at + 1) >= 2;
}

static size_t
split_ascii(const char *in, size_t len, char *text, unsigned *rules, name_commas *commas)
{
	size_t		i,
				o = 0,
				start = 0,
				start_in = 0,
				prev_len = 0;
	bool		in_tok = false;
	int			ntok = 0,
				last = 0;

	*rules = 0;
	commas->n = 0;
	commas->first = 0;
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) in[i];

		if ((i & 0xFFFF) == 0xFFFF)
			sn_check_interrupts();
		if (ascii_alnum(c))
		{
			if (!in_tok)
			{
				in_tok = true;
				start = o;
				start_in = i;
			}
			text[o++] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
			continue;
		}
		if (ascii_joiner(c) && in_tok)
			continue;
		if (in_tok)
		{
			in_tok = false;
			/*
			 * (the rules then read the e, as a second reading will: it
			 * starts no legal form before a word of two letters or more)
			 */
			if (o - start == 1 && i == start_in + 1 && ezafe(in, len, start_in, prev_len))
				text[start] = 'e';
			*rules = token_rules(text + start, o - start, *rules);
			prev_len = o - start;
			text[o++] = ' ';
			ntok++;
		}
		/* a comma after a token: the first one's place, and how many */
		if (c == ',' && ntok > last)
		{
			if (commas->n == 0)
				commas->first = ntok;
			commas->n++;
			last = ntok;
		}
	}
	if (in_tok)
	{
		*rules = token_rules(text + start, o - start, *rules);
		text[o++] = ' ';
	}
	return o;
}

/*
 * The legal-form rule over in[0..n) into out (room for n): every phrase
 * becomes its canonical token, longest phrase first, left to right.
 *
 * The rule is applied until nothing changes, because a canonical token can
 * complete a longer phrase with the tokens before it: "Sdn Berhad" first
 * becomes "sdn bhd" ("berhad" is "bhd"), which is itself the phrase
 * "sdnbhd"; stopping there would make normalize() not idempotent.  Running
 * whole passes again could take one pass per token ("pte pte ... pte ltd"
 * merges one "pte" a pass), so instead, each time a phrase is written as a
 * different token, the phrases that end at that token are tried at once
 * (longest first, as the next pass would).  Nothing else can change in a
 * later pass: single tokens map the same way every time, a canonical token
 * maps to itself, and a canonical token stands only last in a phrase of
 * two or more tokens (the unit tests check both), so a phrase can only
 * form by ending at a new canonical token.  Each merge removes tokens, so
 * the whole is linear.
 */
static int
legal_forms(const sn_tok *in, int n, sn_tok *out, const sn_tok **from)
{
	int			i = 0,
				o = 0;

	while (i < n)
	{
		const char *canon = NULL;
		int			m = sn_match_legal_form(in, n, i, &canon);
		size_t		clen;
		bool		changed;

		if (m == 0)
		{
			from[o] = NULL;
			out[o++] = in[i++];
			continue;
		}
		clen = strlen(canon);
		changed = m > 1 || clen != in[i].len || memcmp(canon, in[i].s, clen) != 0;
		from[o] = (m == 1 && changed) ? &in[i] : NULL;
		out[o].s = canon;
		out[o].len = clen;
		o++;
		i += m;
		while (changed)
		{
			int			back = sn_match_legal_form_ending(out, o, i < n, &canon);

			if (back == 0)
				break;
			o -= back;
			from[o] = NULL;
			out[o].s = canon;
			out[o].len = strlen(canon);
			o++;
		}
		if ((o & 0xFFF) == 0)
			sn_check_interrupts();
	}
	return o;
}

/*
 * A legal form of one word that is also a pinyin syllable is a syllable of
 * a name read from Han characters when a word beside it is a syllable too:
 * the Russian AO (JSC) is also 奥 and 澳, and 澳门, Macau, is "ao men", not
 * "jsc men", nor 奥萨马·本·拉登, Osama bin Laden, "jsc sa ma ben la deng"
 * (AO Gazprom stays JSC Gazprom).  Decided on what legal_forms wrote (from:
 * the word a form of one word came from), all at once: the result is then
 * what legal_forms writes again from it, and the name normalises to
 * itself.
 */
static void
pinyin_syllables(sn_tok *forms, int n, const sn_tok **from)
{
	int			k;
	sn_tok		before = {NULL, 0};	/* forms[k - 1] as legal_forms wrote it */

	/* (a lookup only for a form of one word, which most words are not) */
	for (k = 0; k < n; k++)
	{
		sn_tok		here = forms[k];

		if (from[k] != NULL && sn_is_pinyin(from[k]->s, from[k]->len) &&
			((k > 0 && sn_is_pinyin(before.s, before.len)) ||
			 (k + 1 < n && sn_is_pinyin(forms[k + 1].s, forms[k + 1].len))))
			forms[k] = *from[k];
		before = here;
	}
}

/*
 * The "Abd al-" rule.  Names of the form Abd al-X ("servant of" one of the
 * names of God) are the commonest Arabic given names, and every scheme
 * writes them its own way: Abd al-Qadir, Abdul Qadir, Abdulqadir,
 * Abdelkader (Maghreb), Abdiqadir (Somali), Abdoul Kader (West Africa),
 * Abdolkarim (Persian), Abdurrahman and Abdus Salam (the article's l takes
 * the sound of a following r, s, n, t, d, z or sh).  Written together, two
 * spellings share neither enough letters nor a consonant skeleton (the
 * article's consonant comes and goes), so Abdul Qadir against Abdelkader
 * scored 0.04.  The rule writes them all alike: "abd", then the name
 * without its article ("abd qadir", "abd kader", "abd rahman"), which the
 * matcher then compares as two names.  Abd Allah is a name of its own and
 * stays whole in its own spellings (Abdullah, Abdallah, Abdulla,
 * Abdullahi, Abdoulaye, Somali Abdilaahi, and the surnames Abdullaev,
 * Abdulayev).
 *
 * A rest that another token rule acts on (an honorific, an abbreviation,
 * a legal form) is not split off or uncovered, so that what this rule
 * writes is left alone by the rules before it in a second pass
 * (normalize is idempotent).
 */
static inline bool
abd_sun_letter(char c)
{
	return c == 'r' || c == 's' || c == 'n' || c == 't' || c == 'd' || c == 'z';
}

/* the length of the vowel before the article's consonant: a ... y, or ou */
static size_t
abd_vowel(const char *s, size_t len)
{
	if (len >= 2 && s[0] == 'o' && s[1] == 'u')
		return 2;
	return len >= 1 && sn_is_vowel_y(s[0]) ? 1 : 0;
}

/* a token that another token rule acts on */
static inline bool
abd_protected(const char *s, size_t len)
{
	return (sn_word_flags(s, len) &
			(TOKEN_RULE_WORDS | SN_WORD_LEGAL_CANON | SN_WORD_KEPT_TITLE)) != 0;
}

/* an article alone after "abd": al, el, ul, ar, ur, es, ush, oul, ... */
static bool
abd_article(const char *s, size_t len)
{
	size_t		v = abd_vowel(s, len);

	if (v == 0 || abd_protected(s, len))
		return false;
	s += v;
	len -= v;
	return (len == 1 && (s[0] == 'l' || abd_sun_letter(s[0]))) ||
		(len == 2 && s[0] == 's' && s[1] == 'h');
}

/*
 * Where the name starts after an article written at s (vowel, then l or
 * the doubled sun letter: "alqadr" -> 2, "arrahman" -> 2, "ashshams" -> 3),
 * or 0: no article, or Abd Allah's (l doubled, or la, ly, le followed by
 * no name, or laah: Abdullah, Abdoulaye, Abdulaev, Abdilaahi), or fewer
 * than three letters or a protected token after it.  Without a vowel there
 * is no article.
 */
static size_t
abd_article_prefix(const char *s, size_t len)
{
	size_t		v = abd_vowel(s, len),
				k;

	if (v == 0 || v + 1 >= len)
		return 0;
	if (s[v] == 'l')
	{
		if (s[v + 1] == 'l')
			return 0;
		k = v + 1;
		if (len - k >= 2 && s[k] == 'a' &&
			(s[k + 1] == 'h' || s[k + 1] == 'y' || s[k + 1] == 'e'))
			return 0;
		/* ... or laah, its long a written twice (Somali: Cabdilaahi) */
		if (len - k >= 3 && s[k] == 'a' && s[k + 1] == 'a' && s[k + 2] == 'h')
			return 0;
	}
	else if (abd_sun_letter(s[v]) && s[v + 1] == s[v])
		k = v + 1;
	else if (len - v >= 4 && memcmp(s + v, "shsh", 4) == 0)
		k = v + 2;
	else
		return 0;
	if (len - k < 3 || abd_protected(s + k, len - k))
		return 0;
	return k;
}

static const char abd_token[] = "abd";

/*
 * The article of an Arabic name written as said before a sun letter, as a
 * word of its own (az-Zawahiri, ash-Shabaab, at-Tamimi, es-Sayed), is the
 * article "al" that other spellings of the name write (al-Zawahiri,
 * al-Shabaab): written so, and "az" alone, a rare token, weighed as much as a
 * given name (Ayman az-Zawahiri against AL-ZAWAHIRI, Ayman scored 0.68).
 * It is one only before a word of three letters or more that begins with
 * its consonant.  In place.
 */
static const char al_token[] = "al";

/* Is token a such an article before token b? */
static bool
sun_article_before(const sn_tok *a, const sn_tok *b)
{
	size_t		c = sun_article_consonant(a->s, a->len);

	/*
	 * (as is also a legal form, the Norwegian and Danish one, and the
	 * canonical token of aksjeselskap: it stays, and weighs as little as
	 * one.  Nor is a word an article before a legal form's canonical
	 * token, which legal_forms may only write later from its letters, es
	 * S.A.S. giving "es sas": read again, "es sas" must stay so)
	 */
	return c > 0 && b->len >= c + 2 && memcmp(b->s, a->s + 1, c) == 0 &&
		!sn_is_legal_canon(a->s, a->len) && !sn_is_legal_canon(b->s, b->len);
}

static void
sun_articles(sn_tok *toks, int n)
{
	int			i;

	for (i = 0; i + 1 < n; i++)
		if (sun_article_before(&toks[i], &toks[i + 1]))
		{
			toks[i].s = al_token;
			toks[i].len = 2;
		}
}

/*
 * The rule over in[0..n) into out; returns the number of tokens written.
 * A token is split only into parts of three letters or more, so a token of
 * len letters gives at most len / 3 tokens, and out needs no more room than
 * one token per two bytes of the split text (see canonical_tokens).
 */
static int
abd_names(const sn_tok *in, int n, sn_tok *out)
{
	int			i,
				o = 0;
	bool		after_abd = false;

	for (i = 0; i < n; i++)
	{
		const char *s = in[i].s;
		size_t		len = in[i].len;

		for (;;)
		{
			size_t		k;

			if (after_abd)
			{
				sn_tok		rest = {s, len};

				/*
				 * (and so is what a split leaves that is the article of
				 * the next word said before it, "abdaath thulth": read
				 * again, "abd ath thulth" is "abd al thulth")
				 */
				if (abd_article(s, len) ||
					(i + 1 < n && sun_article_before(&rest, &in[i + 1])))
					break;		/* dropped; the name follows */
				k = abd_article_prefix(s, len);
				if (k > 0)
				{
					s += k;
					len -= k;
					continue;
				}
			}
			if (abd_start(s, len))
			{
				const char *r = s + 3;
				size_t		rlen = len - 3,
							v = abd_vowel(r, rlen);
				bool		whole;

				/* abd, abdu, abdul, abdel, abdur, abdoul, abdush ...: "abd" */
				if (rlen == v ||
					(v > 0 && rlen == v + 1 && (r[v] == 'l' || abd_sun_letter(r[v]))) ||
					(v > 0 && rlen == v + 2 && r[v] == 's' && r[v + 1] == 'h'))
				{
					out[o].s = abd_token;
					out[o++].len = 3;
					after_abd = true;
					break;
				}
				/*
				 * Written together: abdulqadir, abdelkader, abdurrahman; with
				 * a vowel and no article, abdiqadir; with neither,
				 * abdrakhmanov.  An l that is no article's (Abd Allah's, or
				 * before too short a name) keeps the token whole.
				 */
				k = v > 0 ? abd_article_prefix(r, rlen) : 0;
				whole = k == 0 && v > 0 && r[v] == 'l';
				if (k == 0)
					k = v;
				if (!whole && rlen - k >= 3 && !abd_protected(r + k, rlen - k))
				{
					out[o].s = abd_token;
					out[o++].len = 3;
					after_abd = true;
					s = r + k;
					len = rlen - k;
					continue;
				}
			}
			out[o].s = s;
			out[o++].len = len;
			after_abd = len == 3 && memcmp(s, abd_token, 3) == 0;
			break;
		}
	}
	return o;
}

/*
 * The "al-Din" rule, the same idea at the other end of a name: X al-Din
 * ("X of the faith") is written Nasir al-Din, Nasir-ud-Din, Nasiruddin,
 * Nasreddine (Maghreb), Nasriddin (Central Asia), Nasir Uddin, and a
 * spelling written together against one written apart scored 0.36
 * (Nasiruddin Haqqani, Nasir al-Din Haqqani).  The rule writes "X din": a
 * final "din" (or "dine", "deen") after the article's assimilated d and
 * its vowel (uddin, eddine, addin, iddin, oddin, uddeen) is split off a
 * name of three letters or more, and a token that is the article and
 * "din" (uddin, eldin, ...) or "din" spelt otherwise becomes "din", the
 * articles before it ("al din", "ud din") dropped.  Without the doubled d
 * nothing is split: Baldin, Borodin, Geraldine and Saladin stay whole.  A
 * stem that another rule acts on (an honorific, an abbreviation, a legal
 * form, an article after "abd") or that is itself "din" in some spelling
 * is not split off, which keeps the result idempotent.
 */
static const char din_token[] = "din";

/* the article before din: al, el, ul, ud, ed, ad, id, od */
static inline bool
din_article(const char *s, size_t len)
{
	return len == 2 && sn_is_vowel_y(s[0]) && (s[1] == 'l' || s[1] == 'd');
}

/*
 * din, dine, deen, or the article written on it: uddin, eldin, eddine,
 * aldyn; after an article (al dyn, as الدين comes out), dyn too, which
 * alone is no din (Dyn Corp)
 */
static bool
din_word(const char *s, size_t len, bool after_article)
{
	size_t		e = din_end(s, len);

	return e > 0 && ((len == e && (s[1] != 'y' || after_article)) ||
					 (len == e + 2 && din_article(s, 2)));
}

/*
 * the suffix to split off a token (uddin, eddine, ...), or 0; after_article:
 * the token follows an article, after which a stem dyn would be din (al
 * dynuddin split would read again as "din din")
 */
static size_t
din_suffix(const char *s, size_t len, bool after_article)
{
	size_t		e = din_end(s, len),
				stem;

	if (e == 0 || len < e + 2 + 3 || s[len - e - 1] != 'd' ||
		!sn_is_vowel_y(s[len - e - 2]))
		return 0;
	stem = len - e - 2;
	if (abd_protected(s, stem) || din_word(s, stem, after_article) || abd_article(s, stem))
		return 0;
	return e + 2;
}

/*
 * The rule over in[0..n) into out; returns the number of tokens written.
 * Every token written is three letters or more of its own token, or the
 * whole token, as in abd_names().
 */
static int
din_names(const sn_tok *in, int n, sn_tok *out)
{
	int			i,
				o = 0,
				run_end = 0;	/* the first token after the run of articles
								 * that token i is in: found once a run, so
								 * that "al al al ..." stays linear */

	for (i = 0; i < n; i++)
	{
		const char *s = in[i].s;
		size_t		len = in[i].len,
					k;
		int			ndin = 0;
		bool		after_article = i > 0 && din_article(in[i - 1].s, in[i - 1].len);

		if (din_article(s, len))
		{
			if (run_end <= i)
			{
				run_end = i + 1;
				while (run_end < n && din_article(in[run_end].s, in[run_end].len))
					run_end++;
			}
			/* "al din", "el ud din": the articles go */
			if (run_end < n && din_word(in[run_end].s, in[run_end].len, true))
				continue;
		}
		if (din_word(s, len, after_article))
		{
			out[o].s = din_token;
			out[o++].len = 3;
			continue;
		}
		while ((k = din_suffix(s, len, after_article)) > 0)
		{
			len -= k;
			ndin++;
		}
		out[o].s = s;
		out[o++].len = len;
		while (ndin-- > 0)
		{
			out[o].s = din_token;
			out[o++].len = 3;
		}
	}
	return o;
}

/*
 * Token rules shared by both paths: drop honorifics while another token
 * remains, write out abbreviated company words, write Abd al- and al-Din
 * names alike, then replace legal-form phrases by their canonical token.
 *
 * Most names hold no honorific, no legal form and no Abd or Din: their
 * tokens are split straight into out and that is all.  A name with an Abd
 * or a Din and no word of the tables skips the table rules.  Small names use stack buffers.
 */
#define SMALL_TEXT	256
#define SMALL_TOKS	64

/* Reverses toks[from .. to) and flags with them */
static void
reverse_tokens(sn_tok *toks, unsigned *flags, int from, int to)
{
	for (to--; from < to; from++, to--)
	{
		sn_tok		t = toks[from];
		unsigned	f = flags[from];

		toks[from] = toks[to];
		flags[from] = flags[to];
		toks[to] = t;
		flags[to] = f;
	}
}

/*
 * "SURNAME, Given": lists write a person's name with the surname first and
 * a comma after it (ULLAH, Aman; DIN, Nasir Al; ASSAD, Bashar al-), as
 * many customer files do.  The score compares tokens in any order, but the
 * rules that join neighbours (the written-together comparison, Abd al- and
 * al-Din) need the order in which the name is said: Aman Ullah is
 * Amanullah, and "ullah aman" joins into nothing.  So a name with one comma
 * between tokens is turned around it: the part after the comma first.  A
 * name with a legal form keeps its order (SANTANDER, S.A.; BANK OF CHINA,
 * LTD: the comma comes before the legal form), and so does one with more
 * than one comma (LAVILLA, Ruben Pestano, Jr.), whose parts are not only
 * a surname and given names.
 */
static void
turn_at_comma(sn_tok *toks, unsigned *flags, int ntoks, const name_commas *commas)
{
	int			k;

	if (commas->n != 1 || commas->first <= 0 || commas->first >= ntoks)
		return;
	for (k = 0; k < ntoks; k++)
		if (flags[k] & (SN_WORD_LEGAL_CANON | SN_WORD_LEGAL_START))
			return;
	/* turned by three reversals, in place */
	reverse_tokens(toks, flags, 0, commas->first);
	reverse_tokens(toks, flags, commas->first, ntoks);
	reverse_tokens(toks, flags, 0, ntoks);
}

static void
canonical_tokens(const char *ascii, size_t len, sn_buf *out)
{
	size_t		base = out->len,
				tlen;
	unsigned	rules;
	name_commas commas;
	char		stack_text[SMALL_TEXT];
	sn_tok		stack_toks[3 * SMALL_TOKS];
	unsigned	stack_flags[SMALL_TOKS];	/* (a long name's go in toks' block) */
	const sn_tok *stack_from[SMALL_TOKS];
	char	   *text;
	sn_tok	   *toks;
	sn_tok	   *kept;
	sn_tok	   *forms;
	const sn_tok **from;		/* legal_forms: a form's one word */
	unsigned   *flags;			/* each token's sn_word_flags */
	size_t		maxtoks,
				i;
	int			ntoks = 0,
				nkept = 0,
				ntitles = 0,
				nnames,
				nforms,
				k;

	sn_buf_reserve(out, len + 1);
	tlen = split_ascii(ascii, len, out->data + base, &rules, &commas);
	if (rules == 0 && commas.n != 1)
	{
		/* drop the space after the last token */
		out->len = base + (tlen > 0 ? tlen - 1 : 0);
		out->data[out->len] = '\0';
		return;
	}

	/* the token rules work on a copy of the split text */
	text = tlen <= SMALL_TEXT ? stack_text : sn_alloc(tlen);
	memcpy(text, out->data + base, tlen);
	maxtoks = tlen / 2 + 1;		/* every token is followed by a space */
	toks = maxtoks <= SMALL_TOKS ? stack_toks :
		sn_alloc(3 * maxtoks * sizeof(sn_tok) + maxtoks * sizeof(const sn_tok *) +
				 maxtoks * sizeof(unsigned));
	kept = toks + maxtoks;
	forms = kept + maxtoks;
	from = maxtoks <= SMALL_TOKS ? stack_from : (const sn_tok **) (forms + maxtoks);
	flags = maxtoks <= SMALL_TOKS ? stack_flags : (unsigned *) (from + maxtoks);
	for (i = 0; i < tlen;)
	{
		size_t		j = i;

		while (text[j] != ' ')
			j++;
		toks[ntoks].s = text + i;
		toks[ntoks].len = j - i;
		/* (one lookup a token: the title and abbreviation rules read it) */
		flags[ntoks] = (rules & RULES_TABLE) ? sn_word_flags(text + i, j - i) : 0;
		if (flags[ntoks] & SN_WORD_DROPPED_TITLE)
			ntitles++;
		ntoks++;
		i = j + 1;
	}
	turn_at_comma(toks, flags, ntoks, &commas);
	for (k = 0; k < ntoks; k++)
		if (!(rules & RULES_TABLE))
			kept[nkept++] = toks[k];
		else if (ntitles == ntoks || !(flags[k] & SN_WORD_DROPPED_TITLE))
		{
			const char *word = (flags[k] & SN_WORD_ABBREVIATION) ?
				sn_abbreviation_of(toks[k].s, toks[k].len) : NULL;

			kept[nkept] = toks[k];
			if (word)
			{
				kept[nkept].s = word;
				kept[nkept].len = strlen(word);
			}
			nkept++;
		}

	sun_articles(kept, nkept);
	nnames = abd_names(kept, nkept, forms);
	nnames = din_names(forms, nnames, kept);

	/*
	 * Without a word of the tables there is no legal form to find: the
	 * two name rules write none (what they split off or uncover is never a
	 * protected word, and "abd" and "din" are none).
	 */
	if (rules & RULES_TABLE)
	{
		nforms = legal_forms(kept, nnames, forms, from);
		pinyin_syllables(forms, nforms, from);
	}
	else
	{
		forms = kept;
		nforms = nnames;
	}

	/* write the result over the split text (canonical tokens may be longer) */
	out->len = base;
	for (k = 0; k < nforms; k++)
	{
		if (k > 0)
			sn_buf_putc(out, ' ');
		sn_buf_append(out, forms[k].s, forms[k].len);
	}
	out->data[out->len] = '\0';
	if (toks != stack_toks)
		sn_free(toks);			/* kept, forms, from and flags live in the same block */
	if (text != stack_text)
		sn_free(text);
}

/* ---------------------------------------------------------------------
 * The ICU path
 * ---------------------------------------------------------------------
 */

/* Which transliterator a word needs. */
typedef enum trans_id
{
	TR_LATIN_ASCII = 0,
	TR_RUSSIAN,
	TR_UKRAINIAN,
	TR_BELARUSIAN,
	TR_SERBIAN,
	TR_MACEDONIAN,
	TR_BULGARIAN,
	TR_KAZAKH,
	TR_GREEK,
	TR_ARMENIAN,
	TR_GEORGIAN,
	TR_ARABIC,
	TR_HEBREW,
	TR_HAN,
	TR_HANGUL,
	TR_KANA,
	TR_INDIC,
	TR_ANY,
	TR_COUNT
} trans_id;

/*
 * ICU transform IDs.  Sanctions lists romanise Cyrillic with BGN/PCGN and
 * Greek with UNGEGN (ELOT 743), so those are used where ICU has them; the
 * generic Any-Latin rules lose distinctions the lists keep (ш -> s).
 */
static const char *const trans_ids[TR_COUNT] = {
	"Latin-ASCII",
	"Russian-Latin/BGN; Latin-ASCII",
	"Ukrainian-Latin/BGN; Latin-ASCII",
	"Belarusian-Latin/BGN; Latin-ASCII",
	"Serbian-Latin/BGN; Latin-ASCII",
	"Macedonian-Latin/BGN; Latin-ASCII",
	"Bulgarian-Latin/BGN; Latin-ASCII",
	"Kazakh-Latin/BGN; Latin-ASCII",
	"Greek-Latin/UNGEGN; Latin-ASCII",
	"Armenian-Latin/BGN; Latin-ASCII",
	"Georgian-Latin/BGN; Latin-ASCII",
	"Arabic-Latin; Latin-ASCII",
	"Hebrew-Latin; Latin-ASCII",
	"Han-Latin/Names; Latin-ASCII",
	"Hangul-Latin; Latin-ASCII",
	"Katakana-Latin; Hiragana-Latin; Latin-ASCII",
	"sanctions-Indic-Latin",
	"Any-Latin; Latin-ASCII",
};

/*
 * The scripts of India: ICU's transliteration writes their
 * sibilants ś and ṣ (श, ष) and vocalic r (ऋ, r̥), which Latin-ASCII makes s
 * and r, where the romanisation of names writes sh and ri: शर्मा is Sharma,
 * not Sarma; ऋषि सुनक is Rishi Sunak, not Rsi (0.38 against it).  A rule
 * between the two writes them so, in composed and decomposed form.
 */
static const char indic_rules[] =
	"::Any-Latin;"
	"[\\u015B\\u1E63] > sh; [\\u015A\\u1E62] > Sh;"
	"s [\\u0301\\u0323] > sh; S [\\u0301\\u0323] > Sh;"
	"r \\u0325 \\u0304 > ri; r \\u0325 > ri; R \\u0325 \\u0304 > Ri; R \\u0325 > Ri;"
	"::Latin-ASCII;";

/* the rules of a transform that is not one of ICU's own IDs, or NULL */
static const char *const trans_rules[TR_COUNT] = {
	[TR_INDIC] = indic_rules,
};

static UTransliterator *trans_cache[TR_COUNT];

static UTransliterator *
get_trans(trans_id id, sn_error *err)
{
	UErrorCode	status = U_ZERO_ERROR;
	UParseError pe;
	UChar		idbuf[128];

	if (trans_cache[id])
		return trans_cache[id];
	u_uastrcpy(idbuf, trans_ids[id]);
	if (trans_rules[id])
	{
		/* (u_unescape writes no more UChars than the string has bytes) */
		size_t		n = strlen(trans_rules[id]) + 1;
		UChar	   *rules = sn_alloc(sizeof(UChar) * n);

		u_unescape(trans_rules[id], rules, (int32_t) n);
		trans_cache[id] = utrans_openU(idbuf, -1, UTRANS_FORWARD, rules, -1, &pe, &status);
		sn_free(rules);
	}
	else
		trans_cache[id] = utrans_openU(idbuf, -1, UTRANS_FORWARD, NULL, 0, &pe, &status);
	if (U_FAILURE(status))
	{
		trans_cache[id] = NULL;
		sn_fail(err, SN_ERR_ICU, "could not open ICU transliterator \"%s\": %s",
				trans_ids[id], u_errorName(status));
		return NULL;
	}
	return trans_cache[id];
}

sn_status
sn_normalize_open_all(sn_error *err)
{
	int			id;

	for (id = 0; id < TR_COUNT; id++)
		if (get_trans((trans_id) id, err) == NULL)
			return err->status;
	return SN_OK;
}

/*
 * Which Cyrillic language a name is written in, from the letters that only
 * some of them use.  Russian (the most common on the lists) is the default.
 */
static trans_id
cyrillic_language(const UChar *s, int32_t len)
{
	bool		uk = false,
				be = false,
				sr = false,
				mk = false,
				kk = false,
				i_dot = false;
	int32_t		i;

	for (i = 0; i < len; i++)
	{
		/* "-ськ-", "-цьк-": Ukrainian adjectival surnames (Russian: -ск-) */
		if (s[i] == 0x044C && i > 0 && i + 1 < len && s[i + 1] == 0x043A &&
			(s[i - 1] == 0x0441 || s[i - 1] == 0x0446))
			uk = true;
		switch (s[i])
		{
			case 0x04D9:		/* ә */
			case 0x0493:		/* ғ */
			case 0x049B:		/* қ */
			case 0x04B1:		/* ұ */
			case 0x04BB:		/* һ */
			case 0x04A3:		/* ң */
			case 0x04E9:		/* ө */
			case 0x04AF:		/* ү */
				kk = true;
				break;
			case 0x0452:		/* ђ */
			case 0x045B:		/* ћ */
				sr = true;
				break;
			case 0x0453:		/* ѓ */
			case 0x045C:		/* ќ */
			case 0x0455:		/* ѕ */
				mk = true;
				break;
			case 0x0459:		/* љ */
			case 0x045A:		/* њ */
			case 0x045F:		/* џ */
			case 0x0458:		/* ј */
				sr = true;
				break;
			case 0x045E:		/* ў */
				be = true;
				break;
			case 0x0457:		/* ї */
			case 0x0454:		/* є */
			case 0x0491:		/* ґ */
				uk = true;
				break;
			case 0x0456:		/* і */
				i_dot = true;
				break;
		}
	}
	if (kk)
		return TR_KAZAKH;
	if (mk)
		return TR_MACEDONIAN;
	if (sr)
		return TR_SERBIAN;
	if (be)
		return TR_BELARUSIAN;
	if (uk || i_dot)
		return TR_UKRAINIAN;
	return TR_RUSSIAN;
}

static trans_id
script_trans(UScriptCode sc, trans_id cyrillic)
{
	switch (sc)
	{
		case USCRIPT_LATIN:
			return TR_LATIN_ASCII;
		case USCRIPT_CYRILLIC:
			return cyrillic;
		case USCRIPT_GREEK:
			return TR_GREEK;
		case USCRIPT_ARMENIAN:
			return TR_ARMENIAN;
		case USCRIPT_GEORGIAN:
			return TR_GEORGIAN;
		case USCRIPT_ARABIC:
			return TR_ARABIC;
		case USCRIPT_HEBREW:
			return TR_HEBREW;
		case USCRIPT_HAN:
			return TR_HAN;
		case USCRIPT_HANGUL:
			return TR_HANGUL;
		case USCRIPT_KATAKANA:
		case USCRIPT_HIRAGANA:
			return TR_KANA;
		case USCRIPT_DEVANAGARI:
		case USCRIPT_BENGALI:
		case USCRIPT_GURMUKHI:
		case USCRIPT_GUJARATI:
		case USCRIPT_ORIYA:
		case USCRIPT_TAMIL:
		case USCRIPT_TELUGU:
		case USCRIPT_KANNADA:
		case USCRIPT_MALAYALAM:
			return TR_INDIC;
		default:
			return TR_ANY;
	}
}

/*
 * Look-alike letters: Cyrillic and Greek letters that render like a Latin
 * letter (after case folding; uppercase look-alikes fold to these).  Used
 * only inside a word that also has Latin letters.
 */
static UChar
latin_lookalike(UChar c)
{
	switch (c)
	{
			/* Cyrillic */
		case 0x0430: return 'a';	/* а */
		case 0x0432: return 'b';	/* в (В) */
		case 0x0435: return 'e';	/* е */
		case 0x0451: return 'e';	/* ё */
		case 0x0456: return 'i';	/* і */
		case 0x0457: return 'i';	/* ї */
		case 0x0458: return 'j';	/* ј */
		case 0x043A: return 'k';	/* к (К) */
		case 0x043C: return 'm';	/* м (М) */
		case 0x043D: return 'h';	/* н (Н) */
		case 0x043E: return 'o';	/* о */
		case 0x0440: return 'p';	/* р */
		case 0x0441: return 'c';	/* с */
		case 0x0455: return 's';	/* ѕ */
		case 0x0442: return 't';	/* т (Т) */
		case 0x0443: return 'y';	/* у */
		case 0x0445: return 'x';	/* х */
		case 0x04BB: return 'h';	/* һ */
		case 0x0501: return 'd';	/* ԁ */
		case 0x051B: return 'q';	/* ԛ */
		case 0x051D: return 'w';	/* ԝ */
		case 0x04CF: return 'l';	/* ӏ */
		case 0x0475: return 'v';	/* ѵ */
			/* Greek */
		case 0x03B1: return 'a';	/* α (Α) */
		case 0x03B2: return 'b';	/* β (Β) */
		case 0x03B5: return 'e';	/* ε (Ε) */
		case 0x03B6: return 'z';	/* ζ (Ζ) */
		case 0x03B7: return 'h';	/* η (Η) */
		case 0x03B9: return 'i';	/* ι (Ι) */
		case 0x03BA: return 'k';	/* κ (Κ) */
		case 0x03BC: return 'm';	/* μ (Μ) */
		case 0x03BD: return 'n';	/* ν (Ν) */
		case 0x03BF: return 'o';	/* ο (Ο) */
		case 0x03C1: return 'p';	/* ρ (Ρ) */
		case 0x03C4: return 't';	/* τ (Τ) */
		case 0x03C5: return 'y';	/* υ (Υ) */
		case 0x03C7: return 'x';	/* χ (Χ) */
		default:
			return 0;
	}
}

/*
 * Characters that join letters (apostrophes, modifier letters, middle dot,
 * the Hebrew geresh of ג׳ j, ז׳ zh and צ׳ ch)
 */
static inline bool
u_joiner(UChar32 c)
{
	return c == '\'' || c == '`' || c == 0x2019 || c == 0x2018 ||
		c == 0x02BC || c == 0x02B9 || c == 0x02BA || c == 0x02BB ||
		c == 0x00B4 || c == 0x00B7 || c == 0x02BE || c == 0x02BF ||
		c == 0x05F3;
}

static inline bool
u_wordchar(UChar32 c)
{
	if (c < 0x80)
		return ascii_alnum((unsigned char) c);
	return u_hasBinaryProperty(c, UCHAR_ALPHABETIC) ||
		u_charType(c) == U_NON_SPACING_MARK ||
		u_charType(c) == U_COMBINING_SPACING_MARK ||
		u_charType(c) == U_ENCLOSING_MARK ||
		u_charType(c) == U_DECIMAL_DIGIT_NUMBER;
}

/*
 * Append transliterated UTF-16 text of one word to ascii: ASCII kept,
 * joiners dropped.  '"' is a joiner here: inside a word it can only be
 * Latin-ASCII's rendering of the BGN hard sign (ʺ, from ъ), which, like the
 * soft sign (ʹ, rendered '), stands for no sound of its own.
 */
static void
emit_utf16(sn_buf *ascii, const UChar *s, int32_t len)
{
	int32_t		i = 0;

	while (i < len)
	{
		UChar32		c;

		U16_NEXT(s, i, len, c);
		if (c < 0x80 && !ascii_joiner((unsigned char) c) && c != '"')
			sn_buf_putc(ascii, (char) c);
		else if (u_joiner(c) || c == '"')
			continue;

		/*
		 * A schwa that transliteration leaves inside a word (Any-Latin
		 * writes the sixth order of the Ethiopic syllabary with a turned
		 * e: አህመድ āhǝmad, Ahmed) is a short vowel that romanisations
		 * mostly omit; as a separator it cut the name into pieces ("ah
		 * mad").
		 */
		else if (c == 0x01DD || c == 0x0259)
			continue;
		else
			sn_buf_putc(ascii, ' ');	/* untransliterable: a separator */
	}
}

static bool
all_ascii_utf16(const UChar *s, int32_t len)
{
	int32_t		i;

	for (i = 0; i < len; i++)
		if (s[i] >= 0x80)
			return false;
	return true;
}

/*
 * Transliterate w[0..*wlen) (capacity *wcap, reallocated if needed) with t,
 * in one call of ICU.
 */
static sn_status
transliterate_whole(UTransliterator *t, UChar **w, int32_t *wlen, int32_t *wcap, sn_error *err)
{
	for (;;)
	{
		UErrorCode	status = U_ZERO_ERROR;
		int32_t		len = *wlen;
		int32_t		limit = *wlen;
		UChar	   *copy;

		/* transliterate a copy, so that an overflow can be retried */
		copy = sn_alloc(sizeof(UChar) * (*wcap));
		memcpy(copy, *w, sizeof(UChar) * (*wlen));
		utrans_transUChars(t, copy, &len, *wcap, 0, &limit, &status);
		if (status == U_BUFFER_OVERFLOW_ERROR)
		{
			sn_free(copy);
			*wcap *= 2;
			*w = sn_realloc(*w, sizeof(UChar) * (*wcap));
			continue;
		}
		if (U_FAILURE(status))
		{
			sn_free(copy);
			return sn_fail(err, SN_ERR_ICU, "ICU transliteration failed: %s",
						   u_errorName(status));
		}
		sn_free(*w);
		*w = copy;
		*wlen = len;
		return SN_OK;
	}
}

/*
 * A word longer than this many UTF-16 units goes to ICU in slices of at
 * most that many: ICU's rules replace text in place, and a word whose
 * letters change length took time in the square of its length (a 900 KB
 * word of Han characters, 50 s), in one call that cannot be interrupted.
 * No name has such a word; a slice ends after a space, or else before a
 * combining mark or the second half of a surrogate pair, slices cut after
 * a Han character are written apart (as ICU writes Han syllables), and
 * rules that look across the cut (a Han pair read together) read the two
 * halves apart.
 */
#define TRANS_SLICE 256

/* Transliterate w[0..*wlen) (capacity *wcap, reallocated if needed). */
static sn_status
transliterate(trans_id id, UChar **w, int32_t *wlen, int32_t *wcap, sn_error *err)
{
	UTransliterator *t = get_trans(id, err);
	UChar	   *out,
			   *slice;
	int32_t		olen = 0,
				ocap,
				scap = TRANS_SLICE * 4,
				a = 0;
	bool		apart = false;	/* the last cut fell after a Han character */

	if (t == NULL)
		return SN_ERR_ICU;
	if (*wlen <= TRANS_SLICE)
		return transliterate_whole(t, w, wlen, wcap, err);

	ocap = *wlen * 2 + 16;
	out = sn_alloc(sizeof(UChar) * ocap);
	slice = sn_alloc(sizeof(UChar) * scap);
	while (a < *wlen)
	{
		int32_t		b = a + TRANS_SLICE,
					k,
					slen;
		sn_status	st;
		bool		sep = apart;

		apart = false;
		if (b >= *wlen)
			b = *wlen;
		else
		{
			/* after a space if there is one (text already read into Latin) */
			for (k = b; k > a + 1 && (*w)[k - 1] != ' '; k--)
				;
			if (k > a + 1)
				b = k;
			else
			{
				UChar32		c;
				int32_t		p;
				UErrorCode	status = U_ZERO_ERROR;

				while (b > a + 1 && (U16_IS_TRAIL((*w)[b]) || u_getCombiningClass((*w)[b]) != 0))
					b--;
				p = b;
				U16_PREV(*w, a, p, c);
				/* ICU writes Han syllables apart, other letters together */
				apart = uscript_getScript(c, &status) == USCRIPT_HAN;
			}
		}
		slen = b - a;
		memcpy(slice, *w + a, sizeof(UChar) * slen);
		st = transliterate_whole(t, &slice, &slen, &scap, err);
		if (st != SN_OK)
		{
			sn_free(slice);
			sn_free(out);
			return st;
		}
		if (olen + slen + 1 > ocap)
		{
			ocap = (olen + slen + 1) * 2;
			out = sn_realloc(out, sizeof(UChar) * ocap);
		}
		if (sep)
			out[olen++] = ' ';
		memcpy(out + olen, slice, sizeof(UChar) * slen);
		olen += slen;
		a = b;
		sn_check_interrupts();
	}
	sn_free(slice);
	sn_free(*w);
	*w = out;
	*wlen = olen;
	*wcap = ocap;
	return SN_OK;
}

/* ---------------------------------------------------------------------
 * Direct tables for the scripts most names on the lists are written in
 *
 * ICU's rule-based transliterators cost about 10 us per word, far more than
 * the rest of the normaliser.  For Latin words with diacritics or
 * apostrophes, Arabic-script, Russian, Ukrainian and Serbian words the
 * rules that matter are a letter-by-letter table with a few contexts, and
 * Han characters are read one at a time, so such words are looked up
 * here instead, with exactly the result that the
 * ICU transform followed by Latin-ASCII and emit_utf16() gives: the unit
 * tests and the fuzz target compare the two on every letter, every pair of
 * letters and random words.  A word with any character outside the table
 * goes to ICU as before.
 * ---------------------------------------------------------------------
 */

/* When false, every word goes through ICU (for comparing the two). */
bool		sn_translit_tables = true;

/* A table cannot read the word: take back what it wrote since start */
static bool
table_miss(sn_buf *ascii, size_t start)
{
	ascii->len = start;
	ascii->data[start] = '\0';
	return false;
}

/*
 * Han characters, one at a time.  "Han-Latin/Names" reads each character
 * by itself, from a table of single characters, except for two contexts:
 * about thirty characters read otherwise at the start of a name (the
 * surname readings: 单 is shan there, dan elsewhere), and eight pairs in
 * which a character is read by the one that follows it (令狐, 万俟, 澹台,
 * 长孙, 藏文, 重庆, 沈阳, 秘鲁).  So a word of Han characters is put
 * together from each character's reading at the start of a word and
 * elsewhere, both asked of ICU once per character per process and kept
 * (elsewhere: the character after 一, which reads yi); a word with one of
 * the eight pairs, with a Han character that is not a letter (〇, which
 * ICU does not space from the next), or with a character whose readings
 * are not plain letters, goes to ICU whole.  A joiner inside the word
 * (the middle dot of 贝拉克·奥巴马, Barack Obama) starts a name again.
 * The result is ICU's string: the readings apart by single spaces.  A
 * Chinese name takes microseconds instead of tens of them; the unit tests
 * and the fuzz target compare it with ICU.
 */
#define HAN_SLOTS	16384		/* a power of two; filled to 3/4 at most */
#define HAN_READING	8			/* the longest reading, zhuang, and a NUL */

typedef struct han_slot
{
	UChar32		c;				/* 0: an empty slot */
	bool		usable;			/* both readings plain letters */
	char		start[HAN_READING];	/* its reading at the start of a word */
	char		inside[HAN_READING];	/* ... and after another character */
} han_slot;

static han_slot *han_cache;		/* malloc'd once per process, like trans_cache */
static int	han_used;

/* ICU's reading of c, after 一 when !start, into out; false if not letters */
static bool
han_ask(UChar32 c, bool start, char *out)
{
	UChar	   *w = sn_alloc(sizeof(UChar) * 8);
	int32_t		wlen = 0,
				wcap = 8,
				i,
				skip = start ? 0 : 3;	/* "yi " */
	bool		ok;
	sn_error	err;

	if (!start)
		w[wlen++] = 0x4E00;		/* 一 */
	U16_APPEND_UNSAFE(w, wlen, c);
	ok = transliterate(TR_HAN, &w, &wlen, &wcap, &err) == SN_OK &&
		wlen > skip && wlen - skip < HAN_READING &&
		(start || (w[0] == 'y' && w[1] == 'i' && w[2] == ' '));
	for (i = skip; ok && i < wlen; i++)
	{
		if (w[i] < 'a' || w[i] > 'z')
			ok = false;
		else
			out[i - skip] = (char) w[i];
	}
	if (ok)
		out[wlen - skip] = '\0';
	sn_free(w);
	return ok;
}

/* The readings of c, asked of ICU the first time; NULL when the table is full */
static const han_slot *
han_lookup(UChar32 c)
{
	uint32_t	h;

	if (han_cache == NULL)
	{
		/* static storage, allocated once per process with malloc on purpose */
		han_cache = calloc(HAN_SLOTS, sizeof(han_slot));
		if (han_cache == NULL)
			return NULL;
	}
	h = ((uint32_t) c * 2654435761u) & (HAN_SLOTS - 1);
	while (han_cache[h].c != 0 && han_cache[h].c != c)
		h = (h + 1) & (HAN_SLOTS - 1);
	if (han_cache[h].c == c)
		return &han_cache[h];
	if (han_used >= HAN_SLOTS / 4 * 3)
		return NULL;
	han_cache[h].usable = han_ask(c, true, han_cache[h].start) &&
		han_ask(c, false, han_cache[h].inside);
	han_cache[h].c = c;
	han_used++;
	return &han_cache[h];
}

/* A character read by the one after it (see above) */
static bool
han_pair(UChar32 a, UChar32 b)
{
	static const UChar32 pairs[][2] = {
		{0x4EE4, 0x72D0}, {0x4E07, 0x4FDF}, {0x6FB9, 0x53F0}, {0x957F, 0x5B59},
		{0x85CF, 0x6587}, {0x91CD, 0x5E86}, {0x6C88, 0x9633}, {0x79D8, 0x9C81},
	};
	int			i;

	for (i = 0; i < (int) (sizeof(pairs) / sizeof(pairs[0])); i++)
		if (pairs[i][0] == a && pairs[i][1] == b)
			return true;
	return false;
}

bool
sn_is_han_letter(int32_t c)
{
	UErrorCode	status = U_ZERO_ERROR;

	return uscript_getScript(c, &status) == USCRIPT_HAN && U_SUCCESS(status) &&
		u_charType(c) == U_OTHER_LETTER;
}

/*
 * "Han-Latin/Names; Latin-ASCII" of the word w, in place, when every
 * character is Han and none of the pairs occurs; false leaves w as it was.
 */
static bool
han_table(UChar **w, int32_t *wlen, int32_t *wcap)
{
	UChar	   *out;
	int32_t		i = 0,
				olen = 0,
				ocap = *wlen * HAN_READING + 1,
				nchars = 0;
	UChar32		prev = 0;

	out = sn_alloc(sizeof(UChar) * ocap);
	while (i < *wlen)
	{
		UChar32		c;
		const han_slot *r = NULL;
		const char *t;

		U16_NEXT(*w, i, *wlen, c);
		if (u_joiner(c))
		{
			/* the character after a joiner starts a name again */
			prev = 0;
			continue;
		}
		if ((++nchars & 0x3FFF) == 0)
			sn_check_interrupts();	/* a new character asks ICU twice */
		/* only Han letters (〇 is a number: ICU spaces it otherwise), no pair */
		if (sn_is_han_letter(c) && !(prev != 0 && han_pair(prev, c)))
			r = han_lookup(c);
		if (r == NULL || !r->usable)
		{
			sn_free(out);
			return false;
		}
		if (olen > 0)
			out[olen++] = ' ';
		for (t = prev == 0 ? r->start : r->inside; *t; t++)
			out[olen++] = (UChar) *t;
		prev = c;
	}
	sn_free(*w);
	*w = out;
	*wlen = olen;
	*wcap = ocap;
	return true;
}

/*
 * "Arabic-Latin; Latin-ASCII" letter by letter, for U+0620..U+0655, as
 * emit_utf16() leaves it: "" for a letter that leaves nothing (hamza and
 * ayn become modifier letters, which join; tatweel; the marks shadda,
 * sukun, madda, hamza above and below, which Latin-ASCII strips from the
 * letter they sit on), NULL for what the table does not cover.  Ta marbuta
 * and an initial ayn never get here (emit_word reads them as "a").
 */
static const char *const arabic_letters[0x0656 - 0x0620] = {
	NULL, "", "a", "a", "w", "a", "y", "a",	/* 0620 ؠ ء آ أ ؤ إ ئ ا */
	"b", "t", "t", "th", "j", "h", "kh", "d",	/* 0628 ب ة ت ث ج ح خ د */
	"dh", "r", "z", "s", "sh", "s", "d", "t",	/* 0630 ذ ر ز س ش ص ض ط */
	"z", "", "gh", NULL, NULL, NULL, NULL, NULL,	/* 0638 ظ ع غ */
	"", "f", "q", "k", "l", "m", "n", "h",	/* 0640 ـ ف ق ك ل م ن ه */
	"w", "y", "y", NULL, NULL, NULL, "a", "u",	/* 0648 و ى ي (tanween) َ ُ */
	"i", "", "", "", "", "",	/* 0650 ِ ّ ْ ٓ ٔ ٕ */
};

static const char *
arabic_letter(UChar c)
{
	if (c >= 0x0620 && c <= 0x0655)
		return arabic_letters[c - 0x0620];
	switch (c)
	{
		case 0x067E: return "p";	/* پ */
		case 0x0686: return "ch";	/* چ */
		case 0x0698: return "zh";	/* ژ */
		case 0x06A4: return "v";	/* ڤ */
		case 0x06A9: return "k";	/* ک */
		case 0x06AD: return "ng";	/* ڭ */
		case 0x06AF: return "g";	/* گ */
		case 0x06CB: return "v";	/* ۋ */
		case 0x06CC: return "y";	/* ی */
		default:
			return NULL;
	}
}

static inline bool
arabic_mark(UChar c)
{
	return c >= 0x064B && c <= 0x0655;
}

/*
 * The three rules of Arabic-Latin with a context: a short vowel followed by
 * its long letter is one long vowel (َا ā, ُو ū, ِي ī), which Latin-ASCII
 * makes a single a, u, i.  Arabic-Latin decomposes first (NFKD), so alef,
 * waw and yeh with a hamza or madda count as the long letter; and on a
 * letter with a hamza or madda (آ أ ؤ إ ئ) the vowel mark sorts before the
 * hamza, which then stands between the vowel and the next letter, so no
 * long vowel forms there.
 */
static inline bool
arabic_long_vowel(UChar vowel, UChar next)
{
	switch (vowel)
	{
		case 0x064E:			/* fatha + alef */
			return next == 0x0627 || next == 0x0622 || next == 0x0623 || next == 0x0625;
		case 0x064F:			/* damma + waw */
			return next == 0x0648 || next == 0x0624;
		case 0x0650:			/* kasra + yeh */
			return next == 0x064A || next == 0x0626;
		default:
			return false;
	}
}

static bool
arabic_table(sn_buf *ascii, const UChar *w, int32_t len)
{
	size_t		start = ascii->len;
	int32_t		i;

	for (i = 0; i < len; i++)
	{
		UChar		c = w[i];
		const char *t;

		if (c < 0x80 && ascii_alnum((unsigned char) c))
		{
			sn_buf_putc(ascii, (char) c);
			continue;
		}
		t = arabic_letter(c);

		/*
		 * A mark must sit on an Arabic letter that leaves a Latin letter
		 * (Latin-ASCII strips it there); on hamza, ayn or tatweel, which
		 * leave a modifier letter or nothing, it does not vanish the same
		 * way.  Tanween is not covered.  Such words go to ICU.
		 */
		if (t == NULL ||
			(arabic_mark(c) &&
			 (i == 0 || w[i - 1] < 0x0620 || arabic_mark(w[i - 1]) ||
			  arabic_letter(w[i - 1]) == NULL || arabic_letter(w[i - 1])[0] == '\0')))
			return table_miss(ascii, start);
		if (i + 1 < len && arabic_long_vowel(c, w[i + 1]) &&
			!(w[i - 1] >= 0x0622 && w[i - 1] <= 0x0626))
			i++;				/* the long vowel is written once */
		sn_buf_append(ascii, t, strlen(t));
	}
	return true;
}

/*
 * "Russian-Latin/BGN; Latin-ASCII" for the lowercase Russian alphabet
 * (input is case-folded), as emit_utf16() leaves it.  ъ and ь leave nothing
 * (ʺ and ʹ join).  Only е and ё depend on their context: "ye" at the start
 * of a word and after a vowel, й, ъ or ь, "e" elsewhere.
 *
 * "After a vowel" is subtle, because the BGN rules run a first pass, left
 * to right, that already replaces some letters by Latin ones, and a letter
 * replaced is no longer a Cyrillic vowel for the letter after it: ы after
 * a vowel, э after a consonant, ъ or ь, and е or ё after a vowel, й, ъ or
 * ь are replaced.  So "дэё" is "dee" (э is replaced, ё then follows a Latin
 * e), but "аэё" is "aeye".
 */
static const char *const russian_letters[0x0450 - 0x0430] = {
	"a", "b", "v", "g", "d", "e", "zh", "z",	/* а б в г д е ж з */
	"i", "y", "k", "l", "m", "n", "o", "p",	/* и й к л м н о п */
	"r", "s", "t", "u", "f", "kh", "ts", "ch",	/* р с т у ф х ц ч */
	"sh", "shch", "", "y", "", "e", "yu", "ya",	/* ш щ ъ ы ь э ю я */
};

/* What the previous letter is, after the first pass, for the contexts */
typedef enum ru_prev
{
	RU_START,					/* nothing: the start of the word */
	RU_VOWEL,					/* a Cyrillic vowel, left for the second pass */
	RU_SHORT_I,					/* й */
	RU_SIGN,					/* ъ, ь */
	RU_OTHER					/* a consonant, or a letter already replaced */
} ru_prev;

static inline bool
russian_vowel(UChar c)
{
	switch (c)
	{
		case 0x0430: case 0x0435: case 0x0438: case 0x043E: case 0x0443:
		case 0x044B: case 0x044D: case 0x044E: case 0x044F: case 0x0451:
			return true;
		default:
			return false;
	}
}

static bool
russian_table(sn_buf *ascii, const UChar *w, int32_t len)
{
	size_t		start = ascii->len;
	ru_prev		prev = RU_START;
	int32_t		i;

	for (i = 0; i < len; i++)
	{
		UChar		c = w[i];
		const char *t;
		bool		replaced = false;

		if (c != 0x0451 && (c < 0x0430 || c > 0x044F))
			return table_miss(ascii, start);
		if (c == 0x0435 || c == 0x0451)
		{
			/* ё reads as е: Latin-ASCII drops the dots of ë */
			replaced = prev == RU_VOWEL || prev == RU_SHORT_I || prev == RU_SIGN;
			t = (replaced || prev == RU_START) ? "ye" : "e";
		}
		else
		{
			if (c == 0x044B)	/* ы */
				replaced = prev == RU_VOWEL;
			else if (c == 0x044D)	/* э */
				replaced = prev == RU_OTHER || prev == RU_SIGN;
			t = russian_letters[c - 0x0430];
		}
		sn_buf_append(ascii, t, strlen(t));

		if (replaced)
			prev = RU_OTHER;
		else if (russian_vowel(c))
			prev = RU_VOWEL;
		else if (c == 0x0439)
			prev = RU_SHORT_I;
		else if (c == 0x044A || c == 0x044C)
			prev = RU_SIGN;
		else
			prev = RU_OTHER;
	}
	return true;
}

/*
 * A Cyrillic alphabet whose letters read the same wherever they stand:
 * the romanisation of а..я (NULL: not a letter of the language), then that
 * of its other letters.  A word with a letter of neither goes to ICU.
 */
typedef struct cyrillic_letters
{
	const char *base[0x0450 - 0x0430];	/* а б в ... я */
	struct
	{
		UChar		c;
		const char *t;
	}			extra[8];		/* 0 ends the list */
} cyrillic_letters;

/*
 * "Ukrainian-Latin/BGN; Latin-ASCII" for the lowercase Ukrainian alphabet
 * and the Russian letters a Ukrainian name may still carry, as
 * emit_utf16() leaves it: unlike the Russian rules, none depends on its
 * context (є is "ye" and я "ya" everywhere, г is "h", и is "y"; the soft
 * sign leaves nothing).
 */
static const cyrillic_letters ukrainian_letters = {
	{
		"a", "b", "v", "h", "d", "e", "zh", "z",	/* а б в г д е ж з */
		"y", "y", "k", "l", "m", "n", "o", "p",	/* и й к л м н о п */
		"r", "s", "t", "u", "f", "kh", "ts", "ch",	/* р с т у ф х ц ч */
		"sh", "shch", "", "y", "", "e", "yu", "ya",	/* ш щ ъ ы ь э ю я */
	},
	{
		{0x0451, "e"}, {0x0454, "ye"}, {0x0456, "i"}, {0x0457, "yi"},	/* ё є і ї */
		{0x0491, "g"},			/* ґ */
	}
};

/*
 * "Serbian-Latin/BGN; Latin-ASCII" for the lowercase Serbian alphabet, as
 * emit_utf16() leaves it: one letter gives the same Latin letters wherever
 * it stands (ђ đ d, ћ ć c, џ dž dz, љ lj, њ nj).  Serbian does not write й,
 * я and the others left NULL.
 */
static const cyrillic_letters serbian_letters = {
	{
		"a", "b", "v", "g", "d", "e", "z", "z",	/* а б в г д е ж з */
		"i", NULL, "k", "l", "m", "n", "o", "p",	/* и й к л м н о п */
		"r", "s", "t", "u", "f", "h", "c", "c",	/* р с т у ф х ц ч */
		"s", NULL, NULL, NULL, NULL, NULL, NULL, NULL,	/* ш щ ъ ы ь э ю я */
	},
	{
		{0x0452, "d"}, {0x0458, "j"}, {0x0459, "lj"}, {0x045A, "nj"},	/* ђ ј љ њ */
		{0x045B, "c"}, {0x045F, "dz"},	/* ћ џ */
	}
};

static const char *
cyrillic_letter(const cyrillic_letters *tab, UChar c)
{
	int			i;

	if (c >= 0x0430 && c < 0x0450)
		return tab->base[c - 0x0430];
	for (i = 0; i < 8 && tab->extra[i].c != 0; i++)
		if (tab->extra[i].c == c)
			return tab->extra[i].t;
	return NULL;
}

/* A word through a table of letters that do not depend on their context */
static bool
letter_table(sn_buf *ascii, const UChar *w, int32_t len, const cyrillic_letters *tab)
{
	size_t		start = ascii->len;
	int32_t		i;

	for (i = 0; i < len; i++)
	{
		const char *t = cyrillic_letter(tab, w[i]);

		if (t == NULL)
			return table_miss(ascii, start);
		sn_buf_append(ascii, t, strlen(t));
	}
	return true;
}

/*
 * "Latin-ASCII" for the Latin-1 and Latin Extended-A letters, U+00E0 to
 * U+017F, and Romanian ș and ț (input is case-folded and composed, so ß
 * and the uppercase letters never arrive; ŉ is ʼn by then), as
 * emit_utf16() leaves it.
 * Apostrophes and the other joiners inside the word leave nothing, as they
 * do after Latin-ASCII.  Latin-ASCII's only context rule strips combining
 * marks after a letter; a word with a mark, or any other character, goes
 * to ICU.
 */
static const char *const latin_letters[0x0180 - 0x00E0] = {
	"a", "a", "a", "a", "a", "a", "ae", "c",	/* 00E0 à á â ã ä å æ ç */
	"e", "e", "e", "e", "i", "i", "i", "i",	/* 00E8 è é ê ë ì í î ï */
	"d", "n", "o", "o", "o", "o", "o", NULL,	/* 00F0 ð ñ ò ó ô õ ö ÷ */
	"o", "u", "u", "u", "u", "y", "th", "y",	/* 00F8 ø ù ú û ü ý þ ÿ */
	"a", "a", "a", "a", "a", "a", "c", "c",	/* 0100 Ā ā Ă ă Ą ą Ć ć */
	"c", "c", "c", "c", "c", "c", "d", "d",	/* 0108 Ĉ ĉ Ċ ċ Č č Ď ď */
	"d", "d", "e", "e", "e", "e", "e", "e",	/* 0110 Đ đ Ē ē Ĕ ĕ Ė ė */
	"e", "e", "e", "e", "g", "g", "g", "g",	/* 0118 Ę ę Ě ě Ĝ ĝ Ğ ğ */
	"g", "g", "g", "g", "h", "h", "h", "h",	/* 0120 Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ */
	"i", "i", "i", "i", "i", "i", "i", "i",	/* 0128 Ĩ ĩ Ī ī Ĭ ĭ Į į */
	"i", "i", "ij", "ij", "j", "j", "k", "k",	/* 0130 İ ı Ĳ ĳ Ĵ ĵ Ķ ķ */
	"q", "l", "l", "l", "l", "l", "l", "l",	/* 0138 ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ */
	"l", "l", "l", "n", "n", "n", "n", "n",	/* 0140 ŀ Ł ł Ń ń Ņ ņ Ň */
	"n", "n", "n", "n", "o", "o", "o", "o",	/* 0148 ň ŉ Ŋ ŋ Ō ō Ŏ ŏ */
	"o", "o", "oe", "oe", "r", "r", "r", "r",	/* 0150 Ő ő Œ œ Ŕ ŕ Ŗ ŗ */
	"r", "r", "s", "s", "s", "s", "s", "s",	/* 0158 Ř ř Ś ś Ŝ ŝ Ş ş */
	"s", "s", "t", "t", "t", "t", "t", "t",	/* 0160 Š š Ţ ţ Ť ť Ŧ ŧ */
	"u", "u", "u", "u", "u", "u", "u", "u",	/* 0168 Ũ ũ Ū ū Ŭ ŭ Ů ů */
	"u", "u", "u", "u", "w", "w", "y", "y",	/* 0170 Ű ű Ų ų Ŵ ŵ Ŷ ŷ */
	"y", "z", "z", "z", "z", "z", "z", "s",	/* 0178 Ÿ Ź ź Ż ż Ž ž ſ */
};

static bool
latin_table(sn_buf *ascii, const UChar *w, int32_t len)
{
	size_t		start = ascii->len;
	int32_t		i;

	for (i = 0; i < len; i++)
	{
		UChar		c = w[i];
		const char *t;

		if (c < 0x80 && ascii_alnum((unsigned char) c))
		{
			sn_buf_putc(ascii, (char) c);
			continue;
		}
		if (u_joiner(c))
			continue;
		if (c >= 0x00E0 && c < 0x0180)
			t = latin_letters[c - 0x00E0];
		else if (c == 0x0219 || c == 0x021B)
			t = c == 0x0219 ? "s" : "t";	/* ș ț: Romanian, comma below */
		else
			t = NULL;
		if (t == NULL)
			return table_miss(ascii, start);
		sn_buf_append(ascii, t, strlen(t));
	}
	return true;
}

/* ---------------------------------------------------------------------
 * Romanisation from Unicode character names
 *
 * ICU has no transliterator for Khmer, Lao, Tibetan, Mongolian, Sinhala,
 * Tifinagh, N'Ko, Javanese, Cherokee, Yi and many other scripts: Any-Latin
 * leaves their letters as they are, emit_utf16() turns each into a
 * separator, and a name written in them normalised to nothing, so that it
 * could not even meet itself.  The Unicode character names that ICU ships
 * say how most of these letters sound (KHMER LETTER KHA, TIBETAN
 * SUBJOINED LETTER YA, LAO VOWEL SIGN AA, YI SYLLABLE NZUP), so a word
 * with such letters left after transliteration is written from the names.
 * The aim is consistency and rough phonetic sense, not a scholarly
 * romanisation: the same spelling always gives the same ASCII, and one
 * letter changed changes a letter or two of the result.
 *
 * Only letters of the scripts that script_trans() sends to Any-Latin are
 * read this way.  The names of Latin, Greek, Cyrillic, Arabic, ... letters
 * are the names of the letters ("TEH", "SCHWA", "YAT"), not their sounds,
 * so the few letters that their transliterators leave stay separators, and
 * a word that has no letter left is written exactly as before.
 *
 * The sound of a character is the last word of its name after a keyword
 * (LETTER, INDEPENDENT VOWEL, VOWEL SIGN, SYLLABLE, ...), skipping a few
 * words that qualify a letter rather than sound it (Lao KHO SUNG and KHO
 * TAM are both kh; Javanese KA MURDA is k), lowercased, a doubled letter
 * written once: the names double letters to tell long vowels and retroflex
 * consonants apart (AA, TTHA), which Latin spellings of names hardly ever
 * do, so Khmer NNO is "no" and VOWEL SIGN AA is "a".  Three scripts name
 * their letters with a fixed addition, which is removed: the glottal Q of
 * Khmer QA and of its independent vowels (QI: i), the YANNA ("letter") of
 * Sinhala (KAYANNA: ka) and the Y of Tifinagh (YAB: b).  A word that is
 * not one syllable is the letter's own name rather than its sound
 * (Glagolitic DOBRO, Syriac GHAMAL), and the letter stays a separator.
 * Then:
 *
 *	- In an abugida a consonant letter sounds with an inherent vowel, which
 *	  its name ends with (KHA: kh + a).  The vowel is not written when a
 *	  vowel sign follows (the sign's vowel is written instead), nor before
 *	  a virama (combining class 9: Khmer COENG, Sinhala AL-LAKUNA, Myanmar
 *	  ASAT, ...) or a subjoined letter or consonant sign, nor, in the
 *	  scripts that write a final consonant bare (Khmer, Lao, Tibetan), at
 *	  the end of a word of two or more letters: Khmer ហ៊ុន is "hun".  A
 *	  second vowel sign on the same consonant replaces the first: Tibetan
 *	  long vowels and Javanese o are spelled with two.  A vowel sign stored
 *	  before its consonant (Lao E, O, AI: Logical_Order_Exception) is
 *	  written after it.
 *	- In the alphabets whose letter names add a vowel to the sound
 *	  (Mongolian MA, Tifinagh YAB, N'Ko BA), a consonant letter is written
 *	  without the name's vowels; vowel letters are written as named.
 *	- A syllable of a syllabary (Yi, Vai, Canadian syllabics) is written
 *	  whole.
 *	- Anusvara and visarga write "m" and "h"; modifier letters and other
 *	  marks (tones, register, length, repetition) write nothing, and so do
 *	  combining marks common to all scripts; a character with no usable
 *	  name is a separator, as before.
 *
 * A handful of letters are named after their shape or by native names that
 * say nothing of the sound (Sinhala and Javanese vowel signs, Lao MAI KAN):
 * roman_names gives the word their name should have had.
 * ---------------------------------------------------------------------
 */

typedef enum roman_kind
{
	RK_SEPARATOR,				/* no usable name: a separator, as before */
	RK_SILENT,					/* a mark with no sound of its own */
	RK_KILLER,					/* a virama: no inherent vowel before it */
	RK_LETTER,					/* consonant and inherent vowel, or a vowel */
	RK_SUBJOINED,				/* a consonant joined to the one before it */
	RK_VOWEL_SIGN,				/* a vowel in place of the inherent one */
	RK_SYLLABLE,				/* a syllable of a syllabary, written whole */
	RK_SIGN						/* a sound after the vowel (anusvara, visarga) */
} roman_kind;

#define ROMAN_MAX	24			/* longer words are cut, and are no syllable */

/* What one character stands for */
typedef struct roman
{
	roman_kind	kind;
	bool		bare_final;		/* a letter whose script writes finals bare */
	bool		closes;			/* ... and closes syllables inside words */
	bool		preposed;		/* a vowel sign stored before its consonant */
	char		cons[ROMAN_MAX];	/* what is always written */
	char		vowel[ROMAN_MAX];	/* a letter's inherent vowel */
} roman;

/* Names that do not give the sound: the word they should have had */
static const struct
{
	UChar32		c;
	roman_kind	kind;
	const char *word;
}			roman_names[] = {
	{0x07D1, RK_LETTER, "E"},	/* NKO LETTER DAGBASINNA: a schwa */
	{0x0D9E, RK_LETTER, "NGA"},	/* SINHALA LETTER KANTAJA NAASIKYAYA */
	{0x0DA4, RK_LETTER, "NYA"},	/* SINHALA LETTER TAALUJA NAASIKYAYA */
	{0x0DA5, RK_LETTER, "GNYA"},	/* ... TAALUJA SANYOOGA NAAKSIKYAYA */
	{0x0DCF, RK_VOWEL_SIGN, "AA"},	/* SINHALA VOWEL SIGN AELA-PILLA */
	{0x0DD0, RK_VOWEL_SIGN, "AE"},	/* KETTI AEDA-PILLA */
	{0x0DD1, RK_VOWEL_SIGN, "AEE"},	/* DIGA AEDA-PILLA */
	{0x0DD2, RK_VOWEL_SIGN, "I"},	/* KETTI IS-PILLA */
	{0x0DD3, RK_VOWEL_SIGN, "II"},	/* DIGA IS-PILLA */
	{0x0DD4, RK_VOWEL_SIGN, "U"},	/* KETTI PAA-PILLA */
	{0x0DD6, RK_VOWEL_SIGN, "UU"},	/* DIGA PAA-PILLA */
	{0x0DD8, RK_VOWEL_SIGN, "RU"},	/* GAETTA-PILLA */
	{0x0DD9, RK_VOWEL_SIGN, "E"},	/* KOMBUVA */
	{0x0DDA, RK_VOWEL_SIGN, "EE"},	/* DIGA KOMBUVA */
	{0x0DDB, RK_VOWEL_SIGN, "AI"},	/* KOMBU DEKA */
	{0x0DDC, RK_VOWEL_SIGN, "O"},	/* KOMBUVA HAA AELA-PILLA */
	{0x0DDD, RK_VOWEL_SIGN, "OO"},	/* KOMBUVA HAA DIGA AELA-PILLA */
	{0x0DDE, RK_VOWEL_SIGN, "AU"},	/* KOMBUVA HAA GAYANUKITTA */
	{0x0DDF, RK_VOWEL_SIGN, "LU"},	/* GAYANUKITTA */
	{0x0DF2, RK_VOWEL_SIGN, "RUU"},	/* DIGA GAETTA-PILLA */
	{0x0DF3, RK_VOWEL_SIGN, "LUU"},	/* DIGA GAYANUKITTA */
	{0x0EB1, RK_VOWEL_SIGN, "A"},	/* LAO VOWEL SIGN MAI KAN */
	{0x0EB3, RK_VOWEL_SIGN, "AM"},	/* LAO VOWEL SIGN AM (see emit_roman) */
	{0x0EBB, RK_VOWEL_SIGN, "O"},	/* LAO VOWEL SIGN MAI KON */
	{0x0ECD, RK_VOWEL_SIGN, "O"},	/* LAO NIGGAHITA: o in modern Lao */
	{0xA981, RK_SIGN, "NG"},	/* JAVANESE SIGN CECAK */
	{0xA982, RK_SIGN, "R"},		/* JAVANESE SIGN LAYAR */
	{0xA983, RK_SIGN, "H"},		/* JAVANESE SIGN WIGNYAN */
	{0xA989, RK_LETTER, "RE"},	/* JAVANESE LETTER PA CEREK */
	{0xA98A, RK_LETTER, "LE"},	/* JAVANESE LETTER NGA LELET */
	{0xA98B, RK_LETTER, "LEU"},	/* JAVANESE LETTER NGA LELET RASWADI */
	{0xA9B4, RK_VOWEL_SIGN, "O"},	/* JAVANESE VOWEL SIGN TARUNG: after TALING */
	{0xA9B5, RK_VOWEL_SIGN, "O"},	/* TOLONG */
	{0xA9B6, RK_VOWEL_SIGN, "I"},	/* WULU */
	{0xA9B7, RK_VOWEL_SIGN, "II"},	/* WULU MELIK */
	{0xA9B8, RK_VOWEL_SIGN, "U"},	/* SUKU */
	{0xA9B9, RK_VOWEL_SIGN, "UU"},	/* SUKU MENDUT */
	{0xA9BA, RK_VOWEL_SIGN, "E"},	/* TALING */
	{0xA9BB, RK_VOWEL_SIGN, "AI"},	/* DIRGA MURE */
	{0xA9BC, RK_VOWEL_SIGN, "E"},	/* PEPET */
	{0xA9BD, RK_SUBJOINED, "RE"},	/* JAVANESE CONSONANT SIGN KERET */
	{0xA9BE, RK_SUBJOINED, "YA"},	/* PENGKAL */
	{0xA9BF, RK_SUBJOINED, "RA"},	/* CAKRA */
};

/* Where the sound is in a name: after one of these, in this order */
static const struct
{
	const char *key;
	roman_kind	kind;
}			roman_keys[] = {
	{"SUBJOINED LETTER ", RK_SUBJOINED},	/* Tibetan */
	{"CONSONANT SIGN ", RK_SUBJOINED},	/* Myanmar medials */
	{"SEMIVOWEL SIGN ", RK_SUBJOINED},	/* Lao */
	{"INDEPENDENT VOWEL ", RK_LETTER},
	{"VOWEL SIGN ", RK_VOWEL_SIGN},
	{"LETTER ", RK_LETTER},
	{"SYLLABLE ", RK_SYLLABLE},
	{"SYLLABICS ", RK_SYLLABLE},	/* Canadian Aboriginal */
};

/*
 * Words that follow the sound in a name to tell two letters apart: Lao
 * high and low consonants (KHO SUNG, KHO TAM) and the two l (LO LING, LO
 * LOOT), Khmer QOO TYPE ONE, N'Ko NA WOLOSO, Javanese KA MURDA, KA SASAK,
 * TA MAHAPRANA, I KAWI, RA AGUNG.  Sorted.
 */
static const char *const roman_qualifiers[] = {
	"AGUNG", "KAWI", "LING", "LOOT", "MAHAPRANA", "MURDA", "ONE", "SASAK",
	"SUNG", "TAM", "TWO", "TYPE", "WOLOSO",
};

static bool
roman_qualifier(const char *w, size_t len)
{
	size_t		i;

	for (i = 0; i < sizeof(roman_qualifiers) / sizeof(roman_qualifiers[0]); i++)
		if (strlen(roman_qualifiers[i]) == len && memcmp(roman_qualifiers[i], w, len) == 0)
			return true;
	return false;
}

/* key as whole words in name: what follows it, or NULL */
static const char *
roman_find(const char *name, const char *key)
{
	const char *p = name;

	while ((p = strstr(p, key)) != NULL)
	{
		if (p == name || p[-1] == ' ')
			return p + strlen(key);
		p++;
	}
	return NULL;
}

static inline bool
roman_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/*
 * The sound in tail (the name after its keyword), into out (ROMAN_MAX):
 * the last word that is not a qualifier (or the last word, if all are),
 * up to " WITH ", as lowercase letters, a doubled letter once.
 */
static void
roman_word(const char *tail, char *out)
{
	const char *end = strstr(tail, " WITH ");
	const char *w = NULL,
			   *p = tail;
	size_t		wlen = 0,
				o = 0,
				i;

	if (end == NULL)
		end = tail + strlen(tail);
	while (p < end)
	{
		const char *q = p;

		while (q < end && *q != ' ')
			q++;
		if (q > p && (w == NULL || !roman_qualifier(p, q - p)))
		{
			w = p;
			wlen = q - p;
		}
		p = q < end ? q + 1 : q;
	}
	for (i = 0; i < wlen && o + 1 < ROMAN_MAX; i++)
	{
		char		c = w[i];

		if (c < 'A' || c > 'Z')
			continue;			/* TIBETAN LETTER -A, hyphens */
		c += 'a' - 'A';
		if (o > 0 && out[o - 1] == c)
			continue;
		out[o++] = c;
	}
	out[o] = '\0';
}

/*
 * Whether word is one syllable: up to four consonants, up to three vowels,
 * up to four consonants, not empty.  A sound is (KHA, NZUP, KSSA, SHWOY,
 * N'Ko N); a longer word is the letter's own name (Glagolitic DOBRO,
 * Syriac GHAMAL, Balinese AKARA), which says little of its sound, and the
 * letter stays a separator.
 */
static bool
roman_syllable(const char *word)
{
	size_t		onset = strcspn(word, "aeiou");
	size_t		nucleus = strspn(word + onset, "aeiou");
	size_t		coda = strlen(word + onset + nucleus);

	return word[0] != '\0' && onset <= 4 && nucleus <= 3 && coda <= 4 &&
		strcspn(word + onset + nucleus, "aeiou") == coda;
}

/* Split a letter's sound into consonants and inherent vowel */
static void
roman_split(roman *r, const char *word, bool alphabet)
{
	size_t		i = 0,
				j;

	while (word[i] && !roman_vowel(word[i]))
		i++;
	for (j = i; word[j] && roman_vowel(word[j]); j++)
		;
	if (alphabet && strspn(word, "aeiou") < strlen(word))
	{
		/* a consonant of an alphabet (MA, ANG): the vowels are the name's */
		size_t		o = 0;

		for (j = 0; word[j]; j++)
			if (!roman_vowel(word[j]))
				r->cons[o++] = word[j];
		r->cons[o] = '\0';
	}
	else if (word[j] == '\0')
	{
		/* consonants then vowels (KHA), or a vowel (AA) */
		memcpy(r->cons, word, i);
		r->cons[i] = '\0';
		strcpy(r->vowel, word + i);
	}
	else
		strcpy(r->cons, word);	/* any other shape is written whole */
}

/*
 * Whether letters of script sc are read from their names: those of the
 * scripts that have no transliterator of their own here (and what the
 * Indic one leaves, such as Malayalam's chillu letters).
 */
static bool
roman_script(UScriptCode sc)
{
	trans_id	t = script_trans(sc, TR_RUSSIAN);

	return sc != USCRIPT_COMMON && sc != USCRIPT_INHERITED && sc != USCRIPT_UNKNOWN &&
		(t == TR_ANY || t == TR_INDIC);
}

/* What character c stands for, written into r */
static void
roman_of(UChar32 c, roman *r)
{
	UErrorCode	status = U_ZERO_ERROR;
	UScriptCode sc = uscript_getScript(c, &status);
	int8_t		type = u_charType(c);
	bool		mark = type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
		type == U_ENCLOSING_MARK;
	char		name[128];
	char		word[ROMAN_MAX];
	const char *tail = NULL;
	size_t		i;

	memset(r, 0, sizeof(*r));
	r->kind = RK_SEPARATOR;
	if (U_FAILURE(status))
		return;
	if (sc == USCRIPT_INHERITED && mark)
	{
		r->kind = RK_SILENT;	/* a combining mark on the letter before */
		return;
	}
	if (!roman_script(sc))
		return;
	if (type == U_MODIFIER_LETTER)
	{
		r->kind = RK_SILENT;	/* tone letters, repetition, length */
		return;
	}
	if (u_getCombiningClass(c) == 9)
	{
		r->kind = RK_KILLER;
		return;
	}

	for (i = 0; i < sizeof(roman_names) / sizeof(roman_names[0]); i++)
		if (roman_names[i].c == c)
			break;
	if (i < sizeof(roman_names) / sizeof(roman_names[0]))
	{
		r->kind = roman_names[i].kind;
		roman_word(roman_names[i].word, word);
	}
	else
	{
		u_charName(c, U_UNICODE_CHAR_NAME, name, sizeof(name), &status);
		if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING)
			name[0] = '\0';
		for (i = 0; i < sizeof(roman_keys) / sizeof(roman_keys[0]); i++)
			if ((tail = roman_find(name, roman_keys[i].key)) != NULL)
				break;
		if (tail == NULL)
		{
			if (strstr(name, "ANUSVARA") || strstr(name, "NIKAHIT") || strstr(name, "NIGGAHITA"))
				strcpy(r->cons, "m");
			else if (strstr(name, "VISARGA") || strstr(name, "REAHMUK"))
				strcpy(r->cons, "h");
			if (r->cons[0])
				r->kind = RK_SIGN;
			else if (mark)
				r->kind = RK_SILENT;
			return;
		}
		r->kind = roman_keys[i].kind;
		roman_word(tail, word);

		/*
		 * A vowel sign with a native name (Balinese TALING, Tibetan
		 * VOCALIC R) writes nothing; it still takes the inherent vowel's
		 * place.
		 */
		if (r->kind == RK_VOWEL_SIGN && strspn(word, "aeiouy") != strlen(word))
			word[0] = '\0';
	}

	/* the naming habits of a few scripts */
	if (sc == USCRIPT_KHMER && word[0] == 'q' && word[1])
		memmove(word, word + 1, strlen(word));	/* a glottal onset */
	else if (sc == USCRIPT_SINHALA && strlen(word) > 4 &&
			 strcmp(word + strlen(word) - 4, "yana") == 0)
		word[strlen(word) - 4] = '\0';	/* KAYANNA (kayana by now): ka */
	else if (sc == USCRIPT_TIFINAGH && word[0] == 'y' && word[1])
		memmove(word, word + 1, strlen(word));	/* YAB: b */
	if (r->kind != RK_VOWEL_SIGN && !roman_syllable(word))
	{
		r->kind = mark ? RK_SILENT : RK_SEPARATOR;
		return;
	}

	switch (r->kind)
	{
		case RK_LETTER:
		case RK_SUBJOINED:
			roman_split(r, word, sc == USCRIPT_MONGOLIAN || sc == USCRIPT_TIFINAGH ||
						sc == USCRIPT_NKO);
			r->bare_final = sc == USCRIPT_KHMER || sc == USCRIPT_LAO ||
				sc == USCRIPT_TIBETAN;
			r->closes = sc == USCRIPT_LAO;
			break;
		case RK_VOWEL_SIGN:
			strcpy(r->cons, word);
			r->preposed = u_hasBinaryProperty(c, UCHAR_LOGICAL_ORDER_EXCEPTION);
			break;
		default:
			strcpy(r->cons, word);
			break;
	}
}

/* Where emit_roman() is in a run of characters read from their names */
typedef struct roman_state
{
	char		vowel[ROMAN_MAX];	/* the last letter's inherent vowel, unwritten */
	bool		consonant;		/* ... and that letter has a consonant */
	bool		droppable;		/* ... a bare final at the end of the word */
	bool		closes;			/* ... a bare final before another consonant */
	bool		vowel_seen;		/* a vowel since the last consonant */
	bool		after_preposed; /* the vowel written last was preposed */
	int			letters;		/* letters in the run so far */
	char		preposed[ROMAN_MAX];	/* a vowel sign waiting for its consonant */
	size_t		sign_at;		/* where the last vowel sign was written */
} roman_state;

#define ROMAN_NO_SIGN	SIZE_MAX

static void
roman_put(sn_buf *ascii, const char *s)
{
	sn_buf_append(ascii, s, strlen(s));
}

/* The end of a syllable: the inherent vowel waiting, unless a bare final */
static void
roman_syllable_end(roman_state *st, sn_buf *ascii)
{
	if (!((st->droppable && st->letters >= 2) || st->closes))
		roman_put(ascii, st->vowel);
	st->vowel[0] = '\0';
	st->droppable = st->closes = false;
}

/* The end of a run of characters read from their names */
static void
roman_run_end(roman_state *st, sn_buf *ascii)
{
	roman_syllable_end(st, ascii);
	roman_put(ascii, st->preposed);
	st->preposed[0] = '\0';
	st->letters = 0;
	st->vowel_seen = st->after_preposed = false;
	st->sign_at = ROMAN_NO_SIGN;
}

/*
 * emit_utf16() for a word in which letters of a script without a
 * transliterator are left: those are read from their Unicode names, by the
 * rules above.  It streams, holding back the one inherent vowel that the
 * next character decides about.
 *
 * Lao, which writes every vowel but the inherent one, has two rules more:
 * a vowel carrier (O) after a consonant is that consonant's vowel, and a
 * consonant after the vowel of its syllable, followed by another
 * consonant, closes the syllable (ທອງລຸນ is "thonglun").  Tibetan -A and
 * Khmer QA carry vowels the same way.
 */
static void
emit_roman(sn_buf *ascii, const UChar *s, int32_t len)
{
	roman_state st;
	int32_t		i = 0;

	memset(&st, 0, sizeof(st));
	st.sign_at = ROMAN_NO_SIGN;
	while (i < len)
	{
		UChar32		c;
		roman		r;

		U16_NEXT(s, i, len, c);
		if (u_joiner(c) || c == '"')
			continue;
		if (c < 0x80)
		{
			roman_run_end(&st, ascii);
			sn_buf_putc(ascii, (char) c);
			continue;
		}
		/* NFKC_Casefold splits Lao AM (ຳ) into NIGGAHITA and AA */
		if (c == 0x0ECD && i < len && s[i] == 0x0EB2)
		{
			c = 0x0EB3;
			i++;
		}
		roman_of(c, &r);
		switch (r.kind)
		{
			case RK_SEPARATOR:
				roman_run_end(&st, ascii);
				sn_buf_putc(ascii, ' ');
				break;
			case RK_SILENT:
				break;
			case RK_KILLER:
				st.vowel[0] = '\0';
				st.sign_at = ROMAN_NO_SIGN;
				break;
			case RK_LETTER:
			case RK_SUBJOINED:
				if (r.kind == RK_SUBJOINED ||
					(r.cons[0] == '\0' && r.bare_final && st.consonant) ||
					(r.cons[0] != '\0' && st.closes))
					st.vowel[0] = '\0';
				roman_put(ascii, st.vowel);
				roman_put(ascii, r.cons);
				strcpy(st.vowel, r.vowel);
				st.consonant = r.cons[0] != '\0';
				st.droppable = r.kind == RK_LETTER && r.bare_final && st.consonant;
				st.closes = r.closes && st.consonant && st.vowel_seen;
				st.vowel_seen = !st.consonant;
				st.letters++;
				st.sign_at = ROMAN_NO_SIGN;
				st.after_preposed = false;
				if (st.preposed[0])
				{
					st.vowel[0] = '\0';
					st.droppable = st.closes = false;
					st.vowel_seen = true;
					st.after_preposed = true;
					roman_put(ascii, st.preposed);
					st.preposed[0] = '\0';
				}
				break;
			case RK_VOWEL_SIGN:
				if (r.preposed)
				{
					/* it begins a syllable: the one before has ended */
					roman_syllable_end(&st, ascii);
					strcpy(st.preposed, r.cons);
					st.sign_at = ROMAN_NO_SIGN;
					break;
				}
				st.vowel[0] = '\0';
				st.droppable = st.closes = false;
				st.vowel_seen = true;
				if (st.after_preposed && strcmp(r.cons, "a") == 0)
					break;		/* Lao ເ◌ັ: the a only makes the e short */
				if (st.sign_at != ROMAN_NO_SIGN)
				{
					/* a second vowel sign spells one vowel with the first */
					ascii->len = st.sign_at;
					ascii->data[ascii->len] = '\0';
				}
				st.sign_at = ascii->len;
				roman_put(ascii, r.cons);
				break;
			case RK_SYLLABLE:
			case RK_SIGN:
				roman_put(ascii, st.vowel);
				st.vowel[0] = '\0';
				st.droppable = st.closes = false;
				roman_put(ascii, r.cons);
				if (r.kind == RK_SYLLABLE)
					st.letters++;
				st.sign_at = ROMAN_NO_SIGN;
				st.after_preposed = false;
				break;
		}
	}
	roman_run_end(&st, ascii);
}

/*
 * Whether a transliterated word still has letters beyond ASCII: any, or
 * (roman_only) only those that emit_roman() reads.
 */
static bool
letters_left(const UChar *s, int32_t len, bool roman_only)
{
	int32_t		i = 0;

	while (i < len)
	{
		UChar32		c;
		UErrorCode	status = U_ZERO_ERROR;
		UScriptCode sc;

		U16_NEXT(s, i, len, c);
		if (c < 0x80 || !u_hasBinaryProperty(c, UCHAR_ALPHABETIC))
			continue;
		if (!roman_only)
			return true;
		sc = uscript_getScript(c, &status);
		if (U_SUCCESS(status) && roman_script(sc))
			return true;
	}
	return false;
}

/*
 * Hebrew, read for matching rather than through ICU's Hebrew-Latin.  Names
 * are written without vowel points, and ICU's letter-by-letter reading
 * loses what their romanisations keep: it drops alef and ayin, so Avraham,
 * Aharon and Alon lose their first letter ("brhm", "hrwn", "lwn"), and
 * reads bet, kaf and pe always as b, k and p, where after the first letter
 * of a word they are mostly v, kh and f (Avraham, Yaakov, Gavriel, Yosef,
 * Baruch).  The reading here follows the romanisations on the lists:
 *
 *	- alef and ayin begin a word as "a" (as an initial Arabic alif or ayn
 *	  does) and leave nothing elsewhere, where they carry a vowel;
 *	- bet, kaf and pe are b, k and p at the start of a word, after
 *	  another consonant (Goldberg, Kaplan) or with a dagesh, and v, kh and
 *	  f after alef, he, vav, yod or ayin, the letters that also write
 *	  vowels (Avraham, Tova, Michael); final kaf and pe are kh and f, and
 *	  so a bet that ends a word is v (Dov, Yaakov, Zeev); but a pe that
 *	  ends a word in its ordinary form, not the final one, is p, as Hebrew
 *	  writes the p that ends a foreign name (Dunlop, Filip, Kemp);
 *	- vav begins a word, and a double vav is, as "v", and so is one before
 *	  a final yod (Levi, Halevi: "lvy", whose letters are those of Levi
 *	  but for its vowels, as those of "lwy" are not); elsewhere it is "w",
 *	  which the phonetic key reads as the vowel o or u between consonants
 *	  and as v before a vowel;
 *	- a double yod writes one consonant y, or the y of a diphthong, and is
 *	  one "y" (Dayan "dyn", Reich "rykh"), as no Latin spelling doubles it;
 *	- shin is "sh", or "s" with a sin dot; tsadi "tz", as Israeli
 *	  romanisations write it (Yitzhak, Katz, Tzipi); qof "q" (a "k"
 *	  would read with a following he as kh); het "h";
 *	  a geresh makes gimel, zayin and tsadi "j", "zh" and "ch";
 *	- other points (the vowels, shin dot, rafe) and gershayim leave nothing.
 *
 * So a name reads as its unvocalised romanisation (Yosef "ywsf", Avraham
 * "avrhm", Yitzhak "ytzhq"), which the score compares with vowelled
 * spellings as it does Arabic's.  Unwritten vowels still hide whether a
 * bet, kaf or pe inside a word is soft (Gvir reads "gbyr", Liberman
 * "lyvrmn"): the score reads a query's such words both ways (phonetic.h,
 * reading 2).  A word with anything else goes to ICU.
 */

/*
 * Each letter, U+05D0 to U+05EA, as those rules read it where no
 * context changes it: alef and ayin inside a word, bet, kaf and pe after a
 * letter that also writes vowels, vav inside a word, shin without a sin
 * dot.  The context rules are in hebrew_table().
 */
static const char *const hebrew_letters[0x05EB - 0x05D0] = {
	"", "v", "g", "d", "h", "w", "z", "h",	/* 05D0 א ב ג ד ה ו ז ח */
	"t", "y", "kh", "kh", "l", "m", "m", "n",	/* 05D8 ט י ך כ ל ם מ ן */
	"n", "s", "", "f", "f", "tz", "tz", "q",	/* 05E0 נ ס ע ף פ ץ צ ק */
	"r", "sh", "t",				/* 05E8 ר ש ת */
};

/* The index after the letter at w[i] and the points on it */
static inline int32_t
past_points(const UChar *w, int32_t i, int32_t len)
{
	for (i++; i < len && sn_hebrew_point(w[i]); i++)
		;
	return i;
}

/* Is the letter at w[i] the last of the word, but for points after it? */
static inline bool
final_letter(const UChar *w, int32_t i, int32_t len)
{
	return past_points(w, i, len) == len;
}

/*
 * Is the letter at w[*k] (just after the letter c and its marks) c again?
 * If so, *k moves past it and its points: the two are read as one.
 */
static inline bool
doubled(const UChar *w, int32_t *k, int32_t len, UChar c)
{
	if (*k >= len || w[*k] != c)
		return false;
	*k = past_points(w, *k, len);
	return true;
}

static bool
hebrew_table(sn_buf *ascii, const UChar *w, int32_t len)
{
	size_t		start = ascii->len;
	int32_t		i;
	bool		soft = false;	/* after a letter that also writes vowels */

	for (i = 0; i < len; i++)
	{
		UChar		c = w[i];
		bool		first = (ascii->len == start),
					dagesh = false,
					sin = false,
					geresh = false;
		int32_t		k;
		const char *t;

		if (sn_hebrew_point(c) || c == 0x05F4 || sn_hebrew_geresh(c))
			continue;			/* a point, gershayim, a geresh on no letter */
		if (c < 0x80 && ascii_alnum((unsigned char) c))
		{
			sn_buf_putc(ascii, (char) c);
			soft = false;
			continue;
		}
		if (c < 0x05D0 || c > 0x05EA || hebrew_letters[c - 0x05D0] == NULL)
			return table_miss(ascii, start);
		/* the points and a geresh that follow the letter */
		for (k = i + 1; k < len && (sn_hebrew_point(w[k]) || sn_hebrew_geresh(w[k])); k++)
		{
			if (w[k] == 0x05BC)
				dagesh = true;
			else if (w[k] == 0x05C2)
				sin = true;
			else if (sn_hebrew_geresh(w[k]))
				geresh = true;
		}
		t = hebrew_letters[c - 0x05D0];
		switch (c)
		{
			case 0x05D0:		/* alef, ayin */
			case 0x05E2:
				if (first)
					t = "a";
				break;
			case 0x05D1:		/* bet, kaf, pe */
			case 0x05DB:
			case 0x05E4:
				if (dagesh || first || (!soft && !(c == 0x05D1 && k == len)) ||
					(c == 0x05E4 && k == len))
					t = c == 0x05D1 ? "b" : c == 0x05DB ? "k" : "p";
				break;
			case 0x05D5:		/* vav: a double one is the consonant */
				if (doubled(w, &k, len, c) || first ||
					(k < len && w[k] == 0x05D9 && final_letter(w, k, len)))
					t = "v";
				break;
			case 0x05D9:		/* yod: a double one is one y */
				(void) doubled(w, &k, len, c);
				break;
			case 0x05D2:		/* gimel, zayin, tsadi with a geresh */
				if (geresh)
					t = "j";
				break;
			case 0x05D6:
				if (geresh)
					t = "zh";
				break;
			case 0x05E5:
			case 0x05E6:
				if (geresh)
					t = "ch";
				break;
			case 0x05E9:		/* shin, sin */
				if (sin)
					t = "s";
				break;
			default:
				break;
		}
		sn_buf_append(ascii, t, strlen(t));
		soft = (c == 0x05D0 || c == 0x05D4 || c == 0x05D9 || c == 0x05E2 ||
				(c == 0x05D5 && t[0] == 'w'));
		i = k - 1;
	}
	return true;
}

/*
 * Thai writes a word without spaces, and ICU's transliteration of Thai
 * breaks it into syllables with a dictionary (วลาดิมีร์ ปูติน: w ladi mir pu
 * tin), which a name's words are not: a foreign name is one word, and Thai
 * names (ทักษิณ ชินวัตร, chin watr) are romanised whole too.  The word (one
 * word of the name as written) is put back together, and the x with which
 * ISO 11940 writes อ, a silent carrier of the vowel after it (โอซามา, xo sa
 * ma: Osama), is left out, as is the apostrophe of its ษ (thaks'in).
 */
static void
thai_word(UChar *w, int32_t *wlen)
{
	int32_t		i,
				n = 0;

	for (i = 0; i < *wlen; i++)
		if (w[i] != ' ' && w[i] != 'x' && w[i] != '\'')
			w[n++] = w[i];
	*wlen = n;
}

/*
 * Hindi, Bengali, Punjabi and Gujarati do not say the vowel a consonant
 * letter carries at the end of a word, and their names are romanised
 * without it (राम is Ram, पुतिन Putin), while the transliteration writes
 * every inherent vowel (Rama, Putina).  A word that ends in a lone
 * consonant letter gets a virama, which silences the vowel; after a
 * consonant cluster the vowel is said (चन्द्र is Chandra) and stays.  w
 * has room for one more character (emit_word allocates len * 4 + 16).
 */
static void
drop_final_schwa(UScriptCode sc, UChar *w, int32_t *wlen)
{
	UChar		block,
				last;
	int32_t		n = *wlen;

	switch (sc)
	{
		case USCRIPT_DEVANAGARI:
			block = 0x0900;
			break;
		case USCRIPT_BENGALI:
			block = 0x0980;
			break;
		case USCRIPT_GURMUKHI:
			block = 0x0A00;
			break;
		case USCRIPT_GUJARATI:
			block = 0x0A80;
			break;
		default:
			return;
	}
	/* a nukta (0x3C) after the consonant changes its sound, not this */
	if (n >= 2 && w[n - 1] == block + 0x3C)
		n--;
	if (n < 2)
		return;					/* a letter alone is read with its vowel */
	last = w[n - 1];
	/* consonant letters are 0x15 to 0x39 of each block */
	if (last < block + 0x15 || last > block + 0x39)
		return;
	/* a virama before it: a cluster, whose vowel is said */
	if (n >= 3 && w[n - 2] == block + 0x4D)
		return;
	w[(*wlen)++] = block + 0x4D;
}

/*
 * A letter that Urdu, Pashto, Kurdish or Uyghur adds to the Arabic alphabet,
 * as the Arabic letter of its sound (see emit_word); any other c as it is
 */
static inline UChar32
arabic_extension_letter(UChar c)
{
	switch (c)
	{
		case 0x0679:			/* ٹ Urdu tteh */
		case 0x067C:			/* ټ Pashto tteh */
			return 0x062A;		/* ت */
		case 0x0681:			/* ځ Pashto dze (Zadran) */
			return 0x0632;		/* ز */
		case 0x0685:			/* څ Pashto tse */
			return 0x0633;		/* س */
		case 0x0688:			/* ڈ Urdu ddal */
		case 0x0689:			/* ډ Pashto ddal */
			return 0x062F;		/* د */
		case 0x0691:			/* ڑ Urdu rreh */
		case 0x0693:			/* ړ Pashto rreh */
		case 0x0695:			/* ڕ Kurdish rreh */
			return 0x0631;		/* ر */
		case 0x0696:			/* ږ Pashto zhe */
			return 0x0698;		/* ژ */
		case 0x069A:			/* ښ Pashto shin */
			return 0x0634;		/* ش */
		case 0x06AB:			/* ګ Pashto gaf */
			return 0x06AF;		/* گ */
		case 0x06B5:			/* ڵ Kurdish lam */
			return 0x0644;		/* ل */
		case 0x06BA:			/* ں Urdu noon ghunna */
		case 0x06BC:			/* ڼ Pashto noon */
			return 0x0646;		/* ن */
		case 0x06BE:			/* ھ Urdu heh doachashmee (aspiration) */
		case 0x06C1:			/* ہ Urdu heh goal */
		case 0x06C2:			/* ۂ Urdu heh goal with hamza */
			return 0x0647;		/* ه */
		case 0x06C6:			/* ۆ Kurdish and Uyghur o */
		case 0x06C7:			/* ۇ Uyghur u */
		case 0x06C8:			/* ۈ Uyghur u */
			return 0x0648;		/* و */
		case 0x06CD:			/* ۍ Pashto yeh */
		case 0x06CE:			/* ێ Kurdish e */
		case 0x06D0:			/* ې Pashto and Uyghur e */
		case 0x06D2:			/* ے Urdu yeh barree */
		case 0x06D3:			/* ۓ Urdu yeh barree with hamza */
			return 0x064A;		/* ي */
		case 0x06D5:			/* ە Kurdish and Uyghur e, a vowel */
			return 0x0627;		/* ا */
		default:
			return c;
	}
}

/*
 * One word (a run of letters, marks, digits and joiners) of folded UTF-16
 * text: read look-alikes, transliterate, append ASCII.
 */
static sn_status
emit_word(sn_buf *ascii, const UChar *src, int32_t len, trans_id cyrillic,
		  sn_error *err)
{
	int32_t		wcap = len * 4 + 16;
	int32_t		wlen = 0;
	UChar	   *w = sn_alloc(sizeof(UChar) * wcap);
	int32_t		i = 0;
	int			latin = 0,
				other = 0,
				lookalike = 0;
	UScriptCode first_other = USCRIPT_INVALID_CODE;
	sn_status	st = SN_OK;

	/* copy, turning every decimal digit into ASCII, and classify scripts */
	while (i < len)
	{
		UChar32		c;
		UErrorCode	status = U_ZERO_ERROR;
		UScriptCode sc;

		U16_NEXT(src, i, len, c);
		if (c >= 0x80 && u_charType(c) == U_DECIMAL_DIGIT_NUMBER)
			c = '0' + u_charDigitValue(c);
		/* Arabic ta marbuta ends names as "-a" (Usama, Hamza), not "-t" */
		else if (c == 0x0629 || c == 0x06C3)
			c = 'a';

		/*
		 * The letters Urdu, Pashto, Kurdish and Uyghur add to the Arabic
		 * alphabet, which Arabic-Latin does not know: it dropped them, and
		 * split the word there (پوٹن, Putin, came out "pw n"; بھٹو, Bhutto,
		 * "b w"; مەسعود, Masoud, "m swd").  Their romanisations write the
		 * retroflex consonants as plain t, d and r, the heh goal and the
		 * aspiration mark as h, the nasal noon as n, the yeh barree and the
		 * e and ay of Pashto and Kurdish as y, Pashto's dze, tse, zhe and
		 * shin as z, s, zh and sh (ځدران, Zadran), the vowel letters of
		 * Kurdish and Uyghur as a and w: each is read as the Arabic letter
		 * of that sound (arabic_extension_letter).
		 */
		else if (c >= 0x0679 && c <= 0x06D5)
			c = arabic_extension_letter((UChar) c);

		/*
		 * Latin letters that Latin-ASCII leaves out, which took a letter
		 * out of the name: the schwa of Azerbaijani (Əliyev is written
		 * Aliyev, Məmmədov Mammadov) and the open o of West African names.
		 */
		else if (c == 0x0259 || c == 0x018F)
			c = 'a';
		else if (c == 0x0254 || c == 0x0186)
			c = 'o';

		/*
		 * An initial ayn is a vowel onset in romanised names (Abd, Ali,
		 * Omar), as an initial alif is.  Arabic-Latin writes it as a
		 * modifier letter that the tokeniser drops, which left "mr" for
		 * Omar and lost the name as an honorific.
		 */
		else if (c == 0x0639 && wlen == 0)
			c = 'a';

		/*
		 * An ayn between two of one consonant is what keeps them apart
		 * (معمر, Muammar): Arabic script writes a doubled consonant once,
		 * and dropped, the ayn left "mmr", a doubled m, which the phonetic
		 * key reads as one (Mr).  Read as the a that romanisations write
		 * around it, it keeps both (mamr).  Not between two yehs or waws,
		 * long vowels that romanisations write doubled without the ayn
		 * (الربيعي, Rabii).
		 */
		else if (c == 0x0639 && i < len && src[i] == w[wlen - 1] &&
				 src[i] != 0x064A && src[i] != 0x06CC && src[i] != 0x0648 && src[i] != 0x0627)
			c = 'a';			/* (not before ي ی و ا, the long vowels' letters) */

		/*
		 * Kurdish and Uyghur begin a word that begins with a vowel with a
		 * yeh with hamza, the vowel's silent carrier (ئەحمەد, Ahmad; in
		 * Arabic it begins no word): read as the initial alif it stands
		 * for, and an a written after it (ا, ە) is that a.
		 */
		else if (c == 0x0626 && wlen == 0)
		{
			c = 'a';
			if (i < len && (src[i] == 0x0627 || src[i] == 0x06D5))
				i++;
		}

		/*
		 * Gurmukhi writes the nasal before a consonant with tippi after
		 * short vowels and bindi after long ones; the transliteration
		 * writes bindi's n and drops tippi, which took the n out of Singh
		 * (ਸਿੰਘ, sigh) and Punjab (ਪੰਜਾਬ, pajab).  Tippi is read as bindi.
		 */
		else if (c == 0x0A70)
			c = 0x0A02;
		U16_APPEND_UNSAFE(w, wlen, c);
		sc = uscript_getScript(c, &status);
		if (U_FAILURE(status) || sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED)
			continue;
		if (sc == USCRIPT_LATIN)
			latin++;
		else
		{
			other++;
			if (c <= 0xFFFF && latin_lookalike((UChar) c))
				lookalike++;
			if (first_other == USCRIPT_INVALID_CODE)
				first_other = sc;
		}
	}

	/* a Latin word spelled with some Cyrillic or Greek look-alikes */
	if (latin > 0 && other > 0 && lookalike == other)
	{
		int32_t		k;

		for (k = 0; k < wlen; k++)
		{
			UChar		l = latin_lookalike(w[k]);

			if (l)
				w[k] = l;
		}
		other = 0;
	}

	if (other > 0 && latin == 0)
		drop_final_schwa(first_other, w, &wlen);

	if (!all_ascii_utf16(w, wlen))
	{
		trans_id	id = other > 0 ? script_trans(first_other, cyrillic) : TR_LATIN_ASCII;

		if ((id == TR_HEBREW && hebrew_table(ascii, w, wlen)) ||
			(sn_translit_tables &&
			 ((id == TR_LATIN_ASCII && latin_table(ascii, w, wlen)) ||
			  (id == TR_ARABIC && arabic_table(ascii, w, wlen)) ||
			  (id == TR_RUSSIAN && russian_table(ascii, w, wlen)) ||
			  (id == TR_UKRAINIAN && letter_table(ascii, w, wlen, &ukrainian_letters)) ||
			  (id == TR_SERBIAN && letter_table(ascii, w, wlen, &serbian_letters)))))
		{
			sn_free(w);
			return SN_OK;
		}
		if (id == TR_HAN && sn_translit_tables && han_table(&w, &wlen, &wcap))
			st = SN_OK;
		else
			st = transliterate(id, &w, &wlen, &wcap, err);
		if (st == SN_OK && first_other == USCRIPT_THAI && latin == 0)
			thai_word(w, &wlen);
		/* a word that mixes scripts may keep some: finish with Any-Latin */
		if (st == SN_OK && id != TR_ANY && letters_left(w, wlen, false))
			st = transliterate(TR_ANY, &w, &wlen, &wcap, err);
	}
	if (st == SN_OK)
	{
		if (letters_left(w, wlen, true))
			emit_roman(ascii, w, wlen);
		else
			emit_utf16(ascii, w, wlen);
	}
	sn_free(w);
	return st;
}

/*
 * The Arabic article al- (ال), which Arabic script writes on the word and
 * romanisations write apart (الحوثي, al-Houthi; ASSAD, Bashar al-): a word
 * of two letters or more after it is a word of its own, and the initial
 * ayn rule of emit_word() reads its first letter (العمري: al amry, Omari).
 * Not before a third lam (الله, Allah, which the Abd al- rule reads whole),
 * and the alef must be bare: with a hamza (إلياس, Ilyas) it is no article.
 */
static inline bool
arabic_article(const UChar *w, int32_t len)
{
	int32_t		i,
				letters = 0;

	if (len < 4 || w[0] != 0x0627 || w[1] != 0x0644 || w[2] == 0x0644)
		return false;
	for (i = 2; i < len; i++)
		if (w[i] >= 0x0620 && w[i] <= 0x064A)
			letters++;
	return letters >= 2;
}

/*
 * The final consonant of a romanised syllable as Revised Romanization
 * writes it before a pause: 식 is "sik", 박 "bak", 압 "ap", 앗 "at", where
 * the letter-by-letter transform gives "sig", "bag", "ab", "as" (which
 * the word tables would also take for an honorific or a legal form).
 */
static void
hangul_final(sn_buf *ascii)
{
	char	   *last = &ascii->data[ascii->len - 1];
	char		before = ascii->data[ascii->len - 2];

	if (*last == 'g' && before != 'n')
		*last = 'k';
	else if (*last == 'b')
		*last = 'p';
	else if (*last == 'd' || (*last == 's' && before != 's'))
		*last = 't';
}

/*
 * The surnames 이, 오 and 우 are single vowels in Revised Romanization (i,
 * o, u), which the score would read as initials, while Latin script spells
 * them Lee, Yi or Ri, Oh and Woo: the first syllable of a Hangul name, the
 * surname, is written so (yi, which the given-name variants join to lee
 * and ri; oh; woo).  The same syllable later in a name is a given-name
 * syllable and keeps its letter.
 */
static const char *
hangul_surname(const UChar *folded, int32_t start)
{
	if (start > 0 && sn_hangul_syllable(folded[start - 1]))
		return NULL;
	switch (folded[start])
	{
		case 0xC774:			/* 이 */
			return "yi";
		case 0xC624:			/* 오 */
			return "oh";
		case 0xC6B0:			/* 우 */
			return "woo";
		default:
			return NULL;
	}
}

/* Is the ta marbuta at s[i] before الله (after spaces, a non-joiner or none)? */
static inline bool
ta_before_allah(const UChar *s, int32_t len, int32_t i)
{
	static const UChar allah[4] = {0x0627, 0x0644, 0x0644, 0x0647};
	int32_t		k;

	for (k = i + 1; k < len && (s[k] == ' ' || s[k] == 0x200C); k++)
		;
	return k + 4 <= len && memcmp(s + k, allah, sizeof(allah)) == 0;
}

/*
 * At most MAX_NONSTARTERS combining marks in a row (Unicode's stream-safe
 * text format, UAX #15, allows 30): the rest are dropped.  Normalisation
 * puts a run of marks in order by sorting it, in time that grows with the
 * square of its length (a letter under 200,000 alternating accents took 9 s
 * in one call that cannot be interrupted); no name has more than a few, and
 * accents on Latin letters are dropped later in any case.  In place; the
 * new length.
 */
#define MAX_NONSTARTERS 30

static int32_t
cap_nonstarters(UChar *s, int32_t len)
{
	int32_t		i = 0,
				o = 0,
				run = 0;

	while (i < len)
	{
		int32_t		start = i;
		UChar32		c;

		U16_NEXT(s, i, len, c);
		if (u_getCombiningClass(c) != 0)
		{
			if (++run > MAX_NONSTARTERS)
				continue;
		}
		else
			run = 0;
		while (start < i)
			s[o++] = s[start++];
	}
	return o;
}

/*
 * Two spellings of Arabic script rewritten before the folding, in one pass,
 * in place (the text only shrinks):
 *
 * Persian writes the suffix -ei (the i of belonging after a word that
 * ends in a silent heh: Khamenei, Ejei) two ways: خامنه‌ای, the heh kept
 * and a zero-width non-joiner before alef and yeh, and خامنئی, a yeh with
 * hamza and a yeh.  NFKC_Casefold removes the non-joiner, and then the
 * first spelling reads khamnhay, sharing next to nothing with Khamenei,
 * while the second reads khamnyy.  So heh, non-joiner, alef and a yeh are
 * written as the second spelling is.  Without the non-joiner, heh and
 * alef are two letters said (شهاب, Shahab) and stay so.
 *
 * A ta marbuta ends a name as "-a" (Usama, Hamza: emit_word), but before
 * Allah it is said t, the first word of the two in construct: هبة الله is
 * Hibatullah, نعمة الله Nimatullah, رحمة الله Rahmatullah, as Persian and
 * Pashto also write it (رحمت الله).  After an alif, the long a, it is said
 * t as well, and romanised so: حياة Hayat, نجاة Najat, زكاة Zakat ("hyaa"
 * shared next to nothing with them).  So it is written as a ta there.
 */
static void
arabic_script_spellings(UChar *s, int32_t *len)
{
	int32_t		i,
				o = 0;

	for (i = 0; i < *len; i++)
	{
		if (s[i] == 0x0647 && i + 3 < *len && s[i + 1] == 0x200C && s[i + 2] == 0x0627 &&
			(s[i + 3] == 0x06CC || s[i + 3] == 0x064A))
		{
			s[o++] = 0x0626;	/* yeh with hamza; the yeh follows */
			i += 2;
			continue;
		}
		/* (what follows i is still as written: o <= i) */
		if (s[i] == 0x0629 &&
			((o > 0 && s[o - 1] == 0x0627) || ta_before_allah(s, *len, i)))
			s[o] = 0x062A;
		else
			s[o] = s[i];
		o++;
	}
	*len = o;
}

static sn_status
normalize_unicode(const char *in, size_t len, sn_buf *ascii, sn_error *err)
{
	UErrorCode	status = U_ZERO_ERROR;
	const UNormalizer2 *nfkc_cf;
	UChar	   *u16 = NULL;
	UChar	   *folded = NULL;
	int32_t		u16len = 0,
				flen,
				i;
	trans_id	cyrillic;
	sn_status	st = SN_OK;

	if (len > INT32_MAX / 4)
		return sn_fail(err, SN_ERR_INPUT, "name is too long (%zu bytes)", len);

	u_strFromUTF8Lenient(NULL, 0, &u16len, in, (int32_t) len, &status);
	if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
		return sn_fail(err, SN_ERR_ICU, "UTF-8 conversion failed: %s", u_errorName(status));
	status = U_ZERO_ERROR;
	u16 = sn_alloc(sizeof(UChar) * (u16len + 1));
	u_strFromUTF8Lenient(u16, u16len + 1, &u16len, in, (int32_t) len, &status);
	if (U_FAILURE(status))
	{
		sn_free(u16);
		return sn_fail(err, SN_ERR_ICU, "UTF-8 conversion failed: %s", u_errorName(status));
	}
	sn_check_interrupts();
	arabic_script_spellings(u16, &u16len);
	u16len = cap_nonstarters(u16, u16len);

	nfkc_cf = unorm2_getNFKCCasefoldInstance(&status);
	if (U_FAILURE(status))
	{
		sn_free(u16);
		return sn_fail(err, SN_ERR_ICU, "could not load NFKC_Casefold data: %s", u_errorName(status));
	}
	flen = unorm2_normalize(nfkc_cf, u16, u16len, NULL, 0, &status);
	if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
	{
		sn_free(u16);
		return sn_fail(err, SN_ERR_ICU, "NFKC_Casefold failed: %s", u_errorName(status));
	}
	status = U_ZERO_ERROR;
	folded = sn_alloc(sizeof(UChar) * (flen + 1));
	flen = unorm2_normalize(nfkc_cf, u16, u16len, folded, flen + 1, &status);
	sn_free(u16);
	if (U_FAILURE(status))
	{
		sn_free(folded);
		return sn_fail(err, SN_ERR_ICU, "NFKC_Casefold failed: %s", u_errorName(status));
	}
	sn_check_interrupts();

	cyrillic = cyrillic_language(folded, flen);
	sn_buf_reserve(ascii, (size_t) flen + 16);

	i = 0;
	while (i < flen && st == SN_OK)
	{
		int32_t		start = i,
					end;
		UChar32		c;
		const char *surname;

		U16_GET(folded, 0, i, flen, c);
		if (!u_wordchar(c))
		{
			U16_FWD_1(folded, i, flen);
			if (u_joiner(c))
				continue;
			/*
			 * a comma, or the Arabic one, for turn_at_comma; a hyphen, for
			 * the ezafe (see split_ascii), in place of the space that ends
			 * the word before it, as written; else a space
			 */
			if (c == '-' || (c >= 0x2010 && c <= 0x2015))
			{
				if (ascii->len > 0 && ascii->data[ascii->len - 1] == ' ')
					ascii->len--;
				sn_buf_putc(ascii, '-');
			}
			else
				sn_buf_putc(ascii, (c == ',' || c == 0x060C) ? ',' : ' ');
			continue;
		}
		/* a word: word characters, with joiners between them */
		end = i;
		while (end < flen)
		{
			int32_t		next = end;

			U16_NEXT(folded, next, flen, c);
			if (!u_wordchar(c) && !u_joiner(c))
				break;
			/*
			 * A Hangul syllable is a word by itself.  Korean names are
			 * written without spaces (김정은) and romanised a syllable at a
			 * time, with or without hyphens or spaces (Kim Jong Un, Kim
			 * Jong-un): so the tokens line up with the romanised spellings,
			 * and the written-together comparison meets "Jongun".
			 */
			if (sn_hangul_syllable(c) && end > start)
				break;
			end = next;
			if (sn_hangul_syllable(c))
				break;
		}
		if (arabic_article(folded + start, end - start))
		{
			st = emit_word(ascii, folded + start, 2, cyrillic, err);
			sn_buf_putc(ascii, ' ');
			start += 2;
		}
		surname = hangul_surname(folded, start);
		if (st == SN_OK && surname != NULL)
			sn_buf_append(ascii, surname, strlen(surname));
		else if (st == SN_OK)
		{
			st = emit_word(ascii, folded + start, end - start, cyrillic, err);
			if (st == SN_OK && sn_hangul_syllable(folded[start]) && ascii->len > 1)
				hangul_final(ascii);
		}
		sn_buf_putc(ascii, ' ');
		i = end;
		sn_check_interrupts();
	}
	sn_free(folded);
	return st;
}

sn_status
sn_normalize(const char *in, size_t len, sn_buf *out, sn_error *err)
{
	size_t		i;
	bool		ascii = true;
	sn_status	st;
	sn_buf		tmp;

	for (i = 0; i < len; i++)
		if ((unsigned char) in[i] >= 0x80)
		{
			ascii = false;
			break;
		}
	if (ascii)
	{
		canonical_tokens(in, len, out);
		return SN_OK;
	}
	sn_buf_init(&tmp, len + 16);
	st = normalize_unicode(in, len, &tmp, err);
	if (st == SN_OK)
		canonical_tokens(tmp.data, tmp.len, out);
	sn_buf_free(&tmp);
	return st;
}

bool
sn_is_canonical(const char *s, size_t len)
{
	size_t		i;
	bool		ok = true;
	sn_buf		tmp;

	/* the cheap syntactic check first: [a-z0-9]+( [a-z0-9]+)* or empty */
	for (i = 0; i < len; i++)
	{
		char		c = s[i];

		if (c == ' ')
		{
			if (i == 0 || i + 1 == len || s[i + 1] == ' ')
				return false;
		}
		else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
			return false;
	}
	/* then the token rules: they must leave it unchanged */
	sn_buf_init(&tmp, len + 2);
	canonical_tokens(s, len, &tmp);
	ok = tmp.len == len && memcmp(tmp.data, s, len) == 0;
	sn_buf_free(&tmp);
	return ok;
}

sn_token_class
sn_token_classify(const char *tok, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
		if (tok[i] >= '0' && tok[i] <= '9')
			return SN_TOKEN_NUMBER;
	if (sn_is_legal_canon(tok, len))
		return SN_TOKEN_LEGAL_FORM;
	if (sn_is_kept_title(tok, len) || sn_is_dropped_title(tok, len))
		return SN_TOKEN_TITLE;
	return SN_TOKEN_WORD;
}
