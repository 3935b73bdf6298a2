/*
 * token_info.c
 *		One hash lookup per token for what the score needs to know of it:
 *		its class (legal form, title), how common it is, and which groups
 *		of given-name variants it belongs to.
 *
 * The shipped frequency table and the normaliser's word tables are merged
 * once per process into an open-addressing hash table, because the score
 * looks up every token of every candidate it compares.
 */
#include "token_info.h"
#include "korean_latin.h"
#include "name_tables.h"
#include "normalize.h"
#include "token_freq.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot
{
	const char *s;
	uint32_t	len;
	sn_token_info info;
} slot;

static slot *table;
static uint32_t mask;

/*
 * Each slot's hash, with the low bit set (0: an empty slot), apart from
 * the slots: a probe reads this dense array (4 bytes a slot, which stays
 * in cache) and touches a slot and its string only when the hash agrees;
 * most tokens looked up are not in the table.
 */
static uint32_t *slot_hash;

static slot *
find_slot(const char *s, size_t len)
{
	uint32_t	h = sn_hash_bytes(s, len);
	uint32_t	i = h & mask;

	h |= 1;

	while (slot_hash[i] != 0 &&
		   !(slot_hash[i] == h && table[i].len == len && memcmp(table[i].s, s, len) == 0))
		i = (i + 1) & mask;
	return &table[i];
}

static slot *
add_len(const char *s, size_t len, uint8_t cls, float p)
{
	slot	   *sl = find_slot(s, len);

	if (sl->s == NULL)
	{
		slot_hash[sl - table] = sn_hash_bytes(s, len) | 1;
		sl->s = s;
		sl->len = (uint32_t) len;
		sl->info.cls = SN_TOKEN_WORD;
		sl->info.p = 0;
		sl->info.neglog10p = 0;
		sl->info.variant[0] = sl->info.variant[1] = 0;
		sl->info.place = false;
		sl->info.organisation = false;
		sl->info.korean_surname = false;
		sl->info.patronymic = false;
	}
	if (cls != SN_TOKEN_WORD)
		sl->info.cls = cls;
	if (p > sl->info.p)
		sl->info.p = p;
	return sl;
}

static slot *
add(const char *s, uint8_t cls, float p)
{
	return add_len(s, strlen(s), cls, p);
}

/* The words of one group of sn_name_variants, group number g. */
static void
add_variants(const char *s, uint16_t g)
{
	while (*s)
	{
		size_t		l = strcspn(s, " ");
		slot	   *sl = add_len(s, l, SN_TOKEN_WORD, 0);

		if (sl->info.variant[0] == 0)
			sl->info.variant[0] = g;
		else if (sl->info.variant[1] == 0 && sl->info.variant[0] != g)
			sl->info.variant[1] = g;
		else if (sl->info.variant[0] != g && sl->info.variant[1] != g)
			abort();			/* a name in three groups: the table is wrong */
		s += l;
		while (*s == ' ')
			s++;
	}
}

static void
build(void)
{
	size_t		n = sn_n_token_freqs + sn_n_legal_forms + sn_n_dropped_titles +
		sn_n_kept_titles + sn_n_country_names + sn_n_organisation_words + sn_n_korean_surnames;
	uint32_t	size = 1024;
	size_t		i;
	const char *p;

	/* a group's names are its spaces plus one */
	for (i = 0; i < sn_n_name_variants; i++)
		for (n++, p = sn_name_variants[i]; *p; p++)
			n += *p == ' ';

	while (size < 2 * n)
		size *= 2;
	/* static storage, allocated once per process with malloc on purpose */
	table = calloc(size, sizeof(slot));
	slot_hash = calloc(size, sizeof(uint32_t));
	if (table == NULL || slot_hash == NULL)
		abort();
	mask = size - 1;
	for (i = 0; i < sn_n_token_freqs; i++)
		add(sn_token_freqs[i].token, SN_TOKEN_WORD, sn_token_freqs[i].p);
	for (i = 0; i < sn_n_legal_forms; i++)
		add(sn_legal_forms[i].canon, SN_TOKEN_LEGAL_FORM, 0);
	for (i = 0; i < sn_n_dropped_titles; i++)
		add(sn_dropped_titles[i], SN_TOKEN_TITLE, 0);
	for (i = 0; i < sn_n_kept_titles; i++)
		add(sn_kept_titles[i], SN_TOKEN_TITLE, 0);
	for (i = 0; i < sn_n_country_names; i++)
		add_len(sn_country_names[i], strlen(sn_country_names[i]), SN_TOKEN_WORD, 0)->info.place = true;
	for (i = 0; i < sn_n_organisation_words; i++)
		add(sn_organisation_words[i], SN_TOKEN_WORD, 0)->info.organisation = true;
	for (i = 0; i < sn_n_name_variants; i++)
		add_variants(sn_name_variants[i], (uint16_t) (i + 1));
	for (i = 0; i < sn_n_korean_surnames; i++)
		add(sn_korean_surnames[i], SN_TOKEN_WORD, 0)->info.korean_surname = true;
	/* the score weighs a token by -log10(p): one logarithm per word, here */
	for (i = 0; i <= mask; i++)
		if (table[i].s != NULL && table[i].info.p > 0)
			table[i].info.neglog10p = -log10((double) table[i].info.p);
}

/*
 * Patronymics (Russian, Ukrainian, Belarusian) end alike in every spelling
 * of one language: English -ovich and -ovna, French -ovitch, German
 * -owitsch and -owna, Polish -owicz, Hungarian -ovics, Dutch -ovitsj or
 * -owitsj.  The table counts them as the lists write them, in English;
 * each other spelling would be a word it has never seen and weigh as the
 * rarest, which makes a name without its patronymic (Vladimir Putin
 * against Vladimir Vladimirovitch Poutine) lose more than it does without
 * Vladimirovich.  So a word the table lacks with such an ending is looked
 * up as English writes it; German, Polish and Dutch spellings write v as w
 * and y as j in the rest of the word too (Wladimirowitsch, Sergejewitsch).
 * Arabic script writes -ovich as وفيتش and -ovna as وفنا, Persian -ovich as
 * ویچ, which the normaliser reads wfytsh, wfna and wych: patronymics too,
 * whose stems (fladymyr) no Latin spelling has.
 */
static const struct
{
	const char *foreign;
	const char *english;
	bool		german;			/* w for v and j for y in the stem too */
	bool		script;			/* as read from Arabic script (see below) */
}			patronymic_endings[] = {
	{"ovitch", "ovich", false, false}, {"evitch", "evich", false, false},
	{"ovics", "ovich", false, false}, {"evics", "evich", false, false},
	{"ovitsj", "ovich", false, false}, {"evitsj", "evich", false, false},
	{"owitsch", "ovich", true, false}, {"ewitsch", "evich", true, false},
	{"owitch", "ovich", true, false}, {"ewitch", "evich", true, false},
	{"owitsj", "ovich", true, false}, {"ewitsj", "evich", true, false},
	{"owicz", "ovich", true, false}, {"ewicz", "evich", true, false},
	{"owna", "ovna", true, false}, {"ewna", "evna", true, false},
	/* Arabic script, as its letters are read: وفيتش, يفيتش, وفنا; Persian ویچ */
	{"wfytsh", "ovich", false, true}, {"yfytsh", "evich", false, true},
	{"wfna", "ovna", false, true}, {"yfna", "evna", false, true},
	{"wych", "ovich", false, true},
};

#define PATRONYMIC_STEM_MIN 3	/* letters before the ending */
#define PATRONYMIC_MAX_LEN	64	/* longer words are no patronymics */
/*
 * the median p of the token table's 150 words that end in -ovich, -evich,
 * -ovych, -evych, -ovna or -evna
 */
#define PATRONYMIC_MEDIAN_P 1.11e-4f

/*
 * The English spelling of a patronymic written in another language's way
 * (patronymic_endings) into out (room for len + 1); its length, 0 when the
 * word has none of those endings.
 */
static size_t
english_patronymic(const char *tok, size_t len, char *out, bool *script)
{
	size_t		e;

	/*
	 * Every ending has four letters or more and one of these last: most
	 * words stop here.
	 */
	if (len < 4 + PATRONYMIC_STEM_MIN || strchr("hszja", tok[len - 1]) == NULL)
		return 0;
	for (e = 0; e < sizeof(patronymic_endings) / sizeof(patronymic_endings[0]); e++)
	{
		size_t		fl = strlen(patronymic_endings[e].foreign),
					el = strlen(patronymic_endings[e].english),
					stem,
					i;

		if (len < fl + PATRONYMIC_STEM_MIN ||
			memcmp(tok + len - fl, patronymic_endings[e].foreign, fl) != 0)
			continue;
		stem = len - fl;
		for (i = 0; i < stem; i++)
		{
			char		c = tok[i];

			if (patronymic_endings[e].german && c == 'w')
				c = 'v';
			else if (patronymic_endings[e].german && c == 'j')
				c = 'y';
			out[i] = c;
		}
		memcpy(out + stem, patronymic_endings[e].english, el);
		*script = patronymic_endings[e].script;
		return stem + el;
	}
	return 0;
}

/*
 * East Slavic patronymics as the lists write them in English: the
 * father's name, less a final y or i, and -ovich or -evich (Russian),
 * -ovych or -evych (Ukrainian), -avich (Belarusian), or for a woman -ovna,
 * -evna, -ivna, -auna.  The foreign spellings of patronymic_endings are
 * read in English first.
 */
static const char *const patronymic_suffixes[] = {
	"ovich", "evich", "avich", "ovych", "evych", "ovna", "evna", "ivna", "auna"
};

/* The length of the father's name in patronymic p (len), or 0 if none */
static size_t
patronymic_stem(const char *p, size_t len)
{
	size_t		e;

	if (len < 4 + PATRONYMIC_STEM_MIN || (p[len - 1] != 'h' && p[len - 1] != 'a'))
		return 0;
	for (e = 0; e < sizeof(patronymic_suffixes) / sizeof(patronymic_suffixes[0]); e++)
	{
		size_t		sl = strlen(patronymic_suffixes[e]);

		if (len >= sl + PATRONYMIC_STEM_MIN &&
			memcmp(p + len - sl, patronymic_suffixes[e], sl) == 0)
			return len - sl;
	}
	return 0;
}

/*
 * The variant groups of a patronymic (info->variant), from the father's
 * name that stem (len) begins: the stem itself (Vladimir-ovich), or with
 * the final y or i that the ending took (Sergey-evich written Sergeevich,
 * Nikolay-evich, Grigoriy-evich, Hryhoriy written Hryhoryavich).  The
 * father's name must be in a group of sn_name_variants; a patronymic of
 * a name with none keeps none.
 */
static void
patronymic_groups(const char *stem, size_t len, sn_token_info *info)
{
	static const char *const ends[] = {"", "y", "i", "iy", "ii", "ey", "ei", "ay"};
	char		name[PATRONYMIC_MAX_LEN + 3];
	int			cut;

	for (cut = 0; cut <= 1; cut++)
	{
		size_t		base = len - (size_t) cut,
					e;

		/* a stem's own final y or i may stand for the ending's (Hryhory-) */
		if (cut == 1 && stem[len - 1] != 'y' && stem[len - 1] != 'i')
			break;
		memcpy(name, stem, base);
		for (e = 0; e < sizeof(ends) / sizeof(ends[0]); e++)
		{
			size_t		el = strlen(ends[e]);
			slot	   *sl;

			memcpy(name + base, ends[e], el);
			sl = find_slot(name, base + el);
			if (sl->s != NULL && sl->info.variant[0] != 0)
			{
				info->variant[0] = SN_PATRONYMIC_GROUP(sl->info.variant[0]);
				info->variant[1] = sl->info.variant[1] ?
					SN_PATRONYMIC_GROUP(sl->info.variant[1]) : 0;
				return;
			}
		}
	}
}

/*
 * A patronymic: the word, written as English writes it (english, el; el
 * is 0 when it is), has a patronymic ending.  Its groups come from its
 * father's name unless it is in a group of its own.
 */
static void
patronymic_info(const char *tok, size_t len, const char *english, size_t el,
				sn_token_info *info)
{
	size_t		stem;

	if (el > 0)
		tok = english, len = el;
	if ((stem = patronymic_stem(tok, len)) == 0)
		return;
	info->patronymic = true;
	if (info->variant[0] == 0)
		patronymic_groups(tok, stem, info);
}

/*
 * Could the word end as a patronymic?  Every ending above, English or
 * foreign, has a v or a w among the word's last seven letters, or is
 * -auna: a cheap test that spares most words the endings' comparisons.
 */
static inline bool
patronymic_shaped(const char *tok, size_t len)
{
	size_t		i;

	if (len < 4 + PATRONYMIC_STEM_MIN)
		return false;
	for (i = len - 7; i < len; i++)
		if (tok[i] == 'v' || tok[i] == 'w')
			return true;
	return memcmp(tok + len - 4, "auna", 4) == 0;
}

sn_token_info
sn_token_lookup(const char *tok, size_t len)
{
	static const sn_token_info unknown = {.cls = SN_TOKEN_WORD};
	sn_token_info info;
	slot	   *sl;
	size_t		i;
	char		english[PATRONYMIC_MAX_LEN + 1];
	size_t		el = 0;
	bool		script = false;

	if (table == NULL)
		build();
	for (i = 0; i < len; i++)
		if (tok[i] >= '0' && tok[i] <= '9')
		{
			sn_token_info num = {.cls = SN_TOKEN_NUMBER};

			return num;
		}
	sl = find_slot(tok, len);
	info = sl->s ? sl->info : unknown;
	if (len > PATRONYMIC_MAX_LEN || !patronymic_shaped(tok, len))
		return info;
	el = english_patronymic(tok, len, english, &script);
	if (sl->s == NULL && el > 0)
	{
		slot	   *en = find_slot(english, el);

		/* only how common it is: the class and groups are the word's own */
		if (en->s != NULL && en->info.p > 0)
		{
			info.p = en->info.p;
			info.neglog10p = en->info.neglog10p;
		}
	}
	if (info.cls == SN_TOKEN_WORD)
		patronymic_info(tok, len, english, el, &info);
	/*
	 * A patronymic read from Arabic script spells its father's name as the
	 * script writes it (فلاديميروفيتش, fladymyrwfytsh), which the table,
	 * made of Latin spellings, never has: it weighs as the median of the
	 * table's patronymics, not as the rarest word, which would make a name
	 * without it lose more than without Vladimirovich.  (A Latin spelling
	 * the table lacks is a rare father's name, and weighs so.)
	 */
	if (script && info.patronymic && info.p <= 0)
	{
		info.p = PATRONYMIC_MEDIAN_P;
		info.neglog10p = -log10((double) PATRONYMIC_MEDIAN_P);
	}
	return info;
}

float
sn_token_probability(const char *tok, size_t len)
{
	return sn_token_lookup(tok, len).p;
}
