/*
 * test_score.c
 *		Unit tests of the score and of the index bound.
 */
#include "unit.h"
#include "score.h"
#include "unit_score.h"
#include "name_tables.h"
#include "normalize.h"

#include <math.h>
#include <setjmp.h>
#include <stddef.h>
#include <stdlib.h>

/* The bound of candidate c for query q, from c's keys as an index sees them */
static double
bound_of(const char *q, const char *c)
{
	sn_name		nq,
				nc;
	sn_error	err;
	sn_bound_plan plan;
	double		ub = -1;

	if (sn_query_prepare(q, strlen(q), &nq, &err) != SN_OK)
		return -1;
	if (sn_name_prepare(c, strlen(c), &nc, &err) == SN_OK)
	{
		sn_bound_plan_init(&plan, &nq);
		ub = sn_bound_name(&plan, &nc);
		sn_bound_plan_free(&plan);
		sn_name_free(&nc);
	}
	sn_name_free(&nq);
	return ub;
}

/*
 * The bound property: for a query and a candidate, the bound computed
 * from the candidate's keys (exactly as an index sees them) is at least
 * the score.
 */
static int	bound_checks = 0;
static int	bound_failures = 0;
static int	bound_zero = 0;		/* pairs whose bound is exactly 0 */

static void
check_bound(const char *q, const char *c)
{
	sn_name		nq,
				nc;
	sn_error	err;
	sn_bound_plan plan;
	double		s,
				ub;
	uint32_t   *keys;
	uint8_t    *enc;
	bool	   *present;
	int			nk,
				size;

	sn_query_prepare(q, strlen(q), &nq, &err);
	sn_name_prepare(c, strlen(c), &nc, &err);
	s = sn_score(&nq, &nc, NULL);
	sn_bound_plan_init(&plan, &nq);
	ub = sn_bound_name(&plan, &nc);
	bound_checks++;
	if (ub + SN_BOUND_SLACK < s)
	{
		bound_failures++;
		fprintf(stderr, "FAIL bound %.6f < score %.6f for \"%s\" / \"%s\"\n", ub, s, q, c);
	}

	/*
	 * A bound of exactly 0 promises a score of exactly 0, with no slack:
	 * GiST's distance is then exactly 1.
	 */
	if (ub == 0.0)
	{
		bound_zero++;
		if (s != 0.0)
		{
			bound_failures++;
			fprintf(stderr, "FAIL bound 0 but score %.17g for \"%s\" / \"%s\"\n", s, q, c);
		}
	}

	/*
	 * The candidate's keys encoded as a GiST leaf stores them decode to
	 * the same keys and give the same bound, and the quick bound is no
	 * lower.
	 */
	keys = malloc(sizeof(uint32_t) * sn_name_max_keys(&nc));
	present = calloc(plan.nkeys + 1, sizeof(bool));
	nk = sn_name_keys(&nc, keys);
	enc = malloc(5 * nk + 1);
	size = sn_keys_encode(keys, nk, enc);
	{
		const uint8_t *p = enc;
		uint32_t	key = 0;
		int			n = 0;

		while (sn_keys_next(&p, enc + size, &key))
			if (n >= nk || keys[n++] != key)
				n = nk + 1;
		if (size != sn_keys_encoded_size(keys, nk) || n != nk)
		{
			bound_failures++;
			fprintf(stderr, "FAIL keys of \"%s\" do not decode as encoded\n", c);
		}
	}
	sn_plan_mark_encoded(&plan, enc, enc + size, present);
	if (sn_bound(&plan, present) != ub || sn_bound_quick(&plan, present) < ub)
	{
		bound_failures++;
		fprintf(stderr, "FAIL bound from the encoded keys %.17g, quick %.17g, from the keys %.17g for \"%s\" / \"%s\"\n",
				sn_bound(&plan, present), sn_bound_quick(&plan, present), ub, q, c);
	}
	/* ... and remembered, as a GiST scan does: computed, then found */
	sn_bound_memo_init(&plan);
	if (sn_bound_memo(&plan, present) != ub || sn_bound_memo(&plan, present) != ub)
	{
		bound_failures++;
		fprintf(stderr, "FAIL remembered bound differs for \"%s\" / \"%s\"\n", q, c);
	}
	free(enc);
	free(present);
	free(keys);
	sn_bound_plan_free(&plan);
	sn_name_free(&nq);
	sn_name_free(&nc);
}

/*
 * Expected scores: at_least says the score reaches bound (1 for names that
 * must score exactly 1), otherwise it stays below it.
 */
static const struct
{
	const char *q;
	const char *c;
	bool		at_least;
	double		bound;
}			expect[] = {
	/* the cases the README promises */
	{"Vladimir Putin", "PUTIN, Vladimir Vladimirovich", true, 0.9},
	{"V. Putin", "Vladimir Putin", true, 0.8},
	{"Abdulrahman", "Abdul Rahman", true, 0.95},
	{"JSCARGUMENT", "JSC ARGUMENT", true, 0.9},
	{"mhmd bn slman", "Mohammed bin Salman", true, 0.8},
	{"Muhammad bin Salman", "Mohammed bin Salman", true, 0.9},
	{"George Bush", "George Habbash", false, 0.6},
	{"SEA STAR 1", "SEA STAR 2", false, 0.7},
	{"Emma LLC", "Acme LLC", false, 0.3},
	{"Olaf Schloz", "Olaf Scholz", true, 0.8},
	{"JanDaniel Bothma", "Jan Daniel Bothma", true, 0.95},
	{"Bank Mellat", "Bank Melli Iran", false, 0.8},
	/* digits inside a word are the letters they stand for; at its ends, digits */
	{"Ig0r Sech1n", "Igor Sechin", true, 1.0},
	{"Trust 2007-AHL1", "Trust 2007-AHL2", false, 0.8},
	{"Boeing 7E7", "Boeing 7E8", false, 0.8},
	/* the words around "bin" are a person and a father: swapped, another person */
	{"Abdullah bin Omar Al-Muhammad", "Omar bin Abdullah Al-Muhammad", false, 0.8},
	{"AL-MUHAMMAD, Omar bin Abdullah", "Omar bin Abdullah Al-Muhammad", true, 1.0},
	{"bin Laden, Osama", "Osama bin Laden", true, 1.0},
	/* a short phonetic key agrees only between tokens of about one length */
	{"岩 张", "KIM, Jong Un", false, 0.5},
	{"지현 이", "John", false, 0.5},
	{"云 徐", "ANO PO KSI", false, 0.5},
	{"Bachar el-Assad", "Bashar al-Assad", true, 0.9},
	{"Ahmd Hsn", "Ahmed Hassan", true, 0.85},
	/* a short word with another first consonant is another name, not a typo */
	{"Ming Zhou", "Ding Zhou", false, 0.8},
	/* th and dh read as s and z (Persian, Urdu, Turkish); an Indian dh is no z */
	{"Osman Ali", "Uthman Ali", true, 0.85},
	{"Kazim Hasan", "Kadhim Hasan", true, 0.85},
	{"Fazul Mustafa", "Fadhil Mustafa", true, 0.85},
	{"Rahul Gandhi", "Rahul Ganesh", false, 0.6},
	{"Heath Ledger", "Hess Ledger", false, 0.6},
	/* ch read as sh (French spellings of Arabic names); not a Korean ch */
	{"Rachid Benali", "Rashid Benali", true, 0.85},
	/* an initial chr is kr, in Latin letters and read from other scripts */
	{"Kristina", "Christina", true, 0.85},
	{"Кристина", "Christina", true, 0.85},
	{"כריסטינה", "Christina", true, 0.85},
	{"Chris Evans", "Kris Evans", true, 0.9},
	{"Christina", "Kirsten", false, 0.5},
	/* Sean as English writes it; Theodor among Theodore's forms */
	{"Sean Penn", "Shaun Penn", true, 0.9},
	{"Shawn Mendes", "Sean Mendes", true, 0.9},
	{"Shawn Mendes", "John Mendes", false, 0.8},
	{"Fyodor Dostoevsky", "Theodor Dostoevsky", true, 0.9},
	{"Mohamed Cherif", "Mohammed Sharif", true, 0.85},
	{"Shihadi Ali", "Chehade Ali", true, 0.85},
	{"Kim Chong Man", "Kim Song Man", false, 0.7},
	/* three tokens written together, either side; no anchor alone */
	{"NAM CHON GANG CORPORATION", "NAMCHONGANG TRADING CORPORATION", true, 0.85},
	{"NAMCHONGANG TRADING CORPORATION", "NAM CHON GANG CORPORATION", true, 0.8},
	{"Nikolai Plat Ono Vich Patrushev", "Nikolai Platonovich Patrushev", true, 0.95},
	/*
	 * three query words written together that sound like the list's word
	 * are that word (anchored); a list name's three words written together
	 * in the query are structure only (no key of three in the index)
	 */
	{"Xi Jin Ping", "Xijinping", true, 0.95},
	{"George W Bush", "Georgewbush", true, 0.95},
	{"Plat Ono Vich", "Platonovich", true, 0.95},
	{"Xijinping", "Xi Jin Ping", true, 0.6},
	{"Xijinping", "Xi Jin Ping", false, 0.7},
	/* Turkish and Russian forms of Muslim given names */
	{"Mehmet Ali", "Muhammad Ali", true, 0.85},
	{"Magomed Gasanov", "Mohammed Hasanov", true, 0.85},
	{"Gusein Aliyev", "Hussein Aliyev", true, 0.85},
	/* ... and their French forms of the Maghreb; Hasan is not Husayn */
	{"Hocine Ali", "HUSSEIN, Ali", true, 0.85},
	{"Lahcen Ali", "Hassan Ali", true, 0.85},
	{"Hacene Ali", "Hassan Ali", true, 0.85},
	{"Lhoussaine Ali", "Husayn Ali", true, 0.85},
	{"Hocine Ali", "Hassan Ali", false, 0.5},
	{"Ahcene Ali", "Hasan Ali", true, 0.85},
	{"Messaoud Ali", "Masud Ali", true, 0.85},
	{"Aissa Ali", "Isa Ali", true, 0.85},
	{"Louai Kamel", "Luay Kamel", true, 0.85},
	{"Driss Ali", "Idris Ali", true, 0.85},
	{"Larbi Ahmed", "Ahmed al-Arabi", true, 0.8},
	{"Mohand Ali", "Muhammad Ali", true, 0.85},
	/* abbreviations of Muhammad (Malaysian, Syrian records) */
	{"Mohd Najib Razak", "Muhammad Najib Razak", true, 0.9},
	{"ALCHWIKI, Mhd Amer", "ALCHWIKI, Mohamad Amer", true, 0.9},
	{"Muhd Ali", "Mohammed Ali", true, 0.85},
	{"Mohd Ali", "Ahmad Ali", false, 0.5},
	{"Messaoud Ali", "Hassan Ali", false, 0.5},
	{"Aissa Ali", "Aziz Ali", false, 0.5},
	/* German spellings of Russian names */
	{"Yevgeny Prigoschin", "Yevgeny Prigozhin", true, 0.85},
	{"Viktor Juschtschenko", "Viktor Yushchenko", true, 0.85},
	{"Rochman", "Rahman", true, 0.85},
	{"Michail Chodorkowski", "Mikhail Khodorkovsky", true, 0.85},
	{"Wiktor Janukowytsch", "Viktor Yanukovych", true, 0.85},
	{"Georgi Schukow", "Georgy Zhukov", true, 0.85},
	/* c for s and ou for w in French spellings */
	{"Yacine Belkacem", "Yassin Belqasim", true, 0.85},
	{"Alassane Ouattara", "Alassane Wattara", true, 0.85},
	/* ... and ou after an a, before a consonant, for the w of aw */
	{"Faouzi", "Fawzi", true, 0.85},
	{"Chaouki", "Shawki", true, 0.85},
	{"Daoud", "Dawud", true, 0.85},
	{"Raouf", "Rauf", true, 0.85},
	/* an acronym ranks the name it spells, below the threshold unless anchored */
	{"IRGC", "Islamic Revolutionary Guard Corps", true, 0.55},
	{"IRGC", "Islamic Revolutionary Guard Corps", false, 0.67},
	{"HIAST", "Higher Institute of Applied Science and Technology", true, 0.55},
	{"PCC FZE", "Petrochemical Commercial Company FZE", true, 0.8},
	/* ... as can a country's abbreviation, no word of the acronym's own */
	{"PCC UK Ltd", "Petrochemical Commercial Company (U.K.) Limited", true, 0.8},
	{"PCC UK", "Petrochemical Commercial Company (U.K.) Limited", true, 0.55},
	{"IRGC", "Iran Revolutionary Corps", false, 0.3},
	/* ... either way: the list entry may be the acronym */
	{"Islamic Revolutionary Guard Corps", "IRGC", true, 0.55},
	{"Islamic Revolutionary Guard Corps", "IRGC", false, 0.67},
	{"Islamic State of Iraq and the Levant - Yemen", "ISIL-YEMEN", true, 0.85},
	{"Iran Revolutionary Corps", "IRGC", false, 0.3},
	/* an acronym that sounds like a word it spells has no anchor of its own */
	{"Lidia Ernesto Tosi", "LET", false, 0.66},
	{"LET", "Lidia Ernesto Tosi", false, 0.66},
	{"Tiina Anttonen", "TAN S.A.", false, 0.66},
	{"Kim Lee", "Korea International Machinery Limited", false, 0.3},
	/* letters written apart spell letters, not a word's sounds */
	{"Diogo Sa", "T.D.G.", false, 0.3},
	{"T.D.G.", "Diogo Sa", false, 0.3},
	{"TDG", "T.D.G.", true, 1.0},
	/* a Russian state enterprise's form weighs as a legal form, and differs from an LLC's */
	{"Zvezda", "FGUP Zvezda", true, 0.95},
	{"FGUP Zvezda", "OOO Zvezda", false, 0.95},
	/* a company's acronym may take a syllable of each word; a person's name may not */
	{"GAESA", "Grupo de Administracion Empresarial S.A.", true, 0.55},
	{"CONVIASA", "Consorcio Venezolano de Industrias Aeronauticas y Servicios Aereos S.A.", true, 0.55},
	{"Maria", "Market River Associates", false, 0.3},
	/* a company's acronym may take up to six letters of a word (a foundation's
	 * too), another name's syllables of three words or more; alone it ranks,
	 * it does not match */
	{"IMCOMER", "Importadora y Comercializadora Ltda.", true, 0.5},
	{"IMCOMER", "Importadora y Comercializadora Ltda.", false, 0.8},
	{"COLCERDOS LTDA.", "Colombiana de Cerdos Ltda.", true, 0.8},
	{"FUNPAZCOR", "Fundacion para la Paz de Cordoba", true, 0.5},
	{"FUNPAZCOR", "Fundacion para la Paz de Cordoba", false, 0.8},
	{"Inversiones Granda Restrepo y Cia S.C.S.", "INGRANRES", true, 0.35},
	{"Marisa", "Mario Sanchez", false, 0.4},
	/* ... and a name with a word for an organisation is a company's */
	{"CUFLET", "La Empresa Cubana de Fletes", true, 0.5},
	{"AMINIB", "Amin Investment Bank", true, 0.5},
	{"Nasha", "Nashwan Abd al-Razzaq", false, 0.4},
	/*
	 * a screened organisation's name may begin with one, the initials of
	 * another organisation's words: with a word of its own that anchors
	 * it, a match; a list entry so made is not read so (no index key)
	 */
	{"RFA BANK", "RUSSIAN FINANCIAL ALLIANCE BANK", true, 0.85},
	{"SKS STEEL COMPANY", "SOUTH KAVEH STEEL COMPANY", true, 0.85},
	{"RUSSIAN FINANCIAL ALLIANCE BANK", "RFA BANK", false, 0.5},
	{"RIHS MOSQUES COMMITTEE", "REVIVAL OF ISLAMIC HERITAGE SOCIETY", true, 0.25},
	{"RIHS MOSQUES COMMITTEE", "REVIVAL OF ISLAMIC HERITAGE SOCIETY", false, 0.5},
	/* ... one letter a word, not the syllables of a company's words */
	{"SCORE COMMERCIAL COMPANY LTD", "SCOGLITTI RESTAURANT", false, 0.2},
	{"SCOGLITTI RESTAURANT", "SCORE COMMERCIAL COMPANY LTD", false, 0.2},
	/* ... and not a person's names */
	{"AMD CO LTD AGENCY", "DARDAKIL, Abdelmalek", false, 0.2},
	{"DARDAKIL, Abdelmalek", "AMD CO LTD AGENCY", false, 0.2},
	{"SEA STAR SHIPPING", "Southern Energy Alliance", false, 0.2},
	/* Russian dzh and French dj for the j of a short name */
	{"Джомаа Бапу", "JOMAA, Bapu", true, 0.8},
	/* the Russian spellings of English given names, in their variant groups */
	{"Джон Смит", "John Smith", true, 0.85},
	{"Джордж Буш", "George Bush", true, 0.9},
	{"Майкл Джонсон", "Michael Johnson", true, 0.8},
	{"Джон Смит", "James Smith", false, 0.5},
	{"Джордж Буш", "George Habbash", false, 0.5},
	/* the article said as the sun letter after it */
	{"Ayman az-Zawahiri", "AL-ZAWAHIRI, Ayman", true, 0.95},
	{"Айман аз-Завахири", "AL-ZAWAHIRI, Ayman", true, 0.9},
	{"AR RAHMAH WELFARE ORGANIZATION", "AL RAHMAH WELFARE ORGANIZATION", true, 0.95},
	{"Dzhomaa", "Jomaa", true, 0.8},
	{"Djuna", "Juna", true, 0.8},
	{"Dzhon", "Don", false, 0.3},
	{"Ssad Khan Zarkari", "Asad Khan Zarkari", true, 0.8},
	/* Hangul syllables line up with a romanised name */
	{"이민호", "Lee Min Ho", true, 0.6},
	/* a one-word candidate explains one word of a longer query, not all of it */
	{"Clara Sierra", "SIERRA", false, 0.8},
	{"Vladimir Putin", "PUTIN", true, 0.8},
	/* English number words are numbers */
	{"SEA STAR ONE", "SEA STAR 1", true, 1.0},
	{"Brigade Forty-Four", "Brigade 44", true, 1.0},
	{"SEA STAR ONE", "SEA STAR 2", false, 0.7},
	{"Forty Two", "42", true, 0.99},
	{"Twenty Ten", "2010", false, 0.5},
	/* a name meets the surname made of it (Central Asian names drop the ending) */
	{"Emomali Rahmon", "Emomali Rahmonov", true, 0.85},
	{"TARABAY, Muhammad", "TARABAIN, Mohamad", true, 0.6},
	{"Aigul Bekmurza kyzy", "Aigul Bekmurzaeva", true, 0.9},
	/* but two surnames made of one name are two names */
	{"Ivan Petrov", "Ivan Petrenko", false, 0.6},
	{"Ali Mohammadpur", "Ali Mohammadnejad", false, 0.6},
	{"Ali Hassanpur", "Ali Hassanpour", true, 0.9},	/* one ending, two spellings */
	{"Ali Karimzadah", "Ali Karimzadeh", true, 0.9},
	{"Saidmumin Davlatov", "Saidmumin Davlatzoda", true, 0.85},	/* Tajik -ov to -zoda */
	{"Masoud Pezeshfar", "Masoud Pezeshkian", false, 0.6},
	{"Oleg Sergeev", "Oleg Sergeenko", false, 0.6},
	{"Mikhail Gorbachev", "Mikhail Gorbachov", true, 0.9},	/* one ending, two spellings */
	{"Anna Ivanova", "Anna Ivanov", true, 0.9},
	{"Ivan Ivanov", "IVANOV, Ivan", true, 1.0},
	/* Roman numerals a letter apart meet as a typo, never as one word */
	{"SEA STAR III", "SEA STAR II", false, 0.99},
	{"SEA STAR III", "SEA STAR II", true, 0.9},
	{"Carlyle Partners VII", "Carlyle Partners VIII", false, 0.99},
	{"John Smith III", "John Smith IV", false, 0.8},
	{"SEA STAR XIV", "SEA STAR XIV", true, 1.0},
	{"Fund XXXVIII", "Fund XXXVII", false, 0.99},
	/* the ezafe, e or i, joined by a hyphen is no initial */
	{"Jaish-e-Mohammed", "JAISH-I-MOHAMMED", true, 1.0},
	{"Tehreek-e-Taliban", "TEHRIK-I-TALIBAN PAKISTAN", true, 0.8},
	{"جيش محمد", "JAISH-I-MOHAMMED", true, 0.85},
	{"Jaish e Mohammad", "JAISH-I-MOHAMMED", true, 0.95},
	{"LET", "LASHKAR-I-TAIBA", true, 0.5},	/* the acronym keeps its e */
	{"John E Smith", "John I Smith", false, 0.6},
	{"Chen I-Ling", "CHEN I LING", true, 1.0},	/* a Chinese given name, not an ezafe */
	/* two tokens written together must beat either alone: a stray initial */
	{"Frost, William G.", "William W Frost", false, 0.75},
	{"William G. Frost", "Frost, William G.", true, 1.0},
	{"JanDaniel Bothma", "Jan Daniel Bothma", true, 0.95},
	/* Han against Han: another character is another syllable, not a typo */
	{"习近朋", "习近平", false, 0.6},
	{"习近平", "習近平", true, 1.0},
	{"Xi Jinpeng", "习近平", true, 0.8},
	{"Xi Jinpin", "习近平", true, 0.8},
	/* against a Han name, spelling overlap is no evidence: 涛 is not Taotao */
	{"涛 张", "ZHANG, Taotao", false, 0.5},
	{"彬 李", "PANLI HOLDINGS, INC.", false, 0.5},
	{"Tao Zhang", "ZHANG, Taotao", false, 0.5},
	{"Wang Wei", "Wang Wen", false, 0.6},
	{"Zhaang Wei", "Zhang Wei", true, 0.8},
	/* names met only by initials carry an initial's evidence */
	{"CRAWFORD, Shane Asadullah", "RODRIGUEZ LOPEZ, S. A. C. V.", false, 0.4},
	{"V. Putin", "Vladimir Putin", true, 0.9},
	/* Latin American legal forms are legal forms, not initials */
	{"Crawford Shane Asadullah", "RODRIGUEZ LOPEZ, S.A. DE C.V.", false, 0.3},
	{"Inmobiliaria Tijuana SA DE CV", "INMOBILIARIA TIJUANA, S.A. DE C.V.", true, 1.0},
	/* Arabic and Hebrew write every consonant of these Latin spellings */
	{"محمد علي", "Mohamed Ali", true, 0.9},
	{"Ahmed Hassan", "أحمد حسن", true, 0.9},
	{"משה", "Moshe", true, 0.9},
	{"يوسف", "Yusuf", true, 0.9},
	/* a doubled letter counts once against such a spelling: hsyn, Hussein */
	{"حسين", "Hussein", true, 0.85},
	{"صدام حسين", "Saddam Hussein", true, 0.9},
	{"Syawal", "Seifallah", false, 0.5},
	{"krym", "Cayaurima", false, 0.5},
	/* al-Din as Arabic script writes it */
	{"صلاح الدين", "Salah Eddine", true, 0.85},
	{"نور الدين", "Nuruddin", true, 0.9},
	{"يونس", "Younis", true, 0.85},
	/* Hebrew as its romanisations write it: soft bet, kaf, pe; alef */
	{"אברהם", "Avraham", true, 0.9},
	{"יוסף", "Yosef", true, 0.9},
	{"שלום", "Shalom", true, 0.9},
	{"אהרון", "Aharon", true, 0.9},
	{"גולדברג", "Goldberg", true, 0.9},
	{"ברוך", "Baruch", true, 0.85},
	/*
	 * bet, kaf and pe inside a word read both ways in a query in Hebrew
	 * letters (hard after a consonant, soft after a vowel letter, as
	 * written; the unwritten vowels decide): Gvir, Rivka, Naftali,
	 * Mordechai; Liberman against the soft reading after a yod
	 */
	{"גביר", "Gvir", true, 0.85},
	{"גביר", "Gabir", true, 0.85},
	{"איתמר בן גביר", "Itamar Ben Gvir", true, 0.85},
	{"רבקה", "Rivka", true, 0.85},
	{"נפתלי בנט", "Naftali Bennett", true, 0.85},
	{"מרדכי", "Mordechai", true, 0.85},
	{"אביגדור ליברמן", "Avigdor Liberman", true, 0.85},
	{"טאראס דאנלופ", "Taras Dunlop", true, 0.85},
	/* an initial alef and vav write an initial o or u, not another vowel */
	{"אורי", "Uri", true, 0.85},
	{"אורה", "Ora", true, 0.85},
	{"אורי", "Ari", false, 0.5},
	{"אטיין דיליפ", "Etienne Dilip", true, 0.85},
	/* a final bet, written v, is soft already: the other b read so */
	{"חביב", "Haviv", true, 0.85},
	/* an initial pe is f in names from Yiddish, p in Hebrew ones */
	{"פישר", "Fischer", true, 0.85},
	{"משה פייגלין", "Moshe Feiglin", true, 0.85},
	{"פרידמן", "Friedman", true, 0.85},
	{"שמעון פרס", "Shimon Peres", true, 0.9},
	/*
	 * a vav is the vowel o or u as well as v: a query's reading takes it
	 * so (Bergius; Luis, a key of two consonants, when the other writes
	 * its vowels as the script does); a vav writes the w of German and
	 * Yiddish names (Weiss), and a final he a final a or e (Lara, Anna)
	 */
	{"ברגיוס", "Bergius", true, 0.85},
	{"לואיס", "Luis", true, 0.85},
	{"ויס", "Weiss", true, 0.85},
	{"לרה", "Lara", true, 0.85},
	{"מורה", "Maura", true, 0.85},
	{"אנה", "Anna", true, 0.85},
	{"פאולה רוזנברג", "Paula Rosenberg", true, 0.85},
	/* a zayin before a final he is z and a vowel, not zh */
	{"סוזה", "Souza", true, 0.85},
	{"פארנזה", "Farnese", true, 0.85},
	{"סוזה", "Sosa", false, 0.5},
	{"swzh", "Souza", false, 0.5},
	/* an initial yod is also the j of German, Dutch and Slavic spellings */
	{"יורגן", "Jurgen", true, 0.85},
	{"ירוסלב", "Jaroslav", true, 0.85},
	{"יוהנס", "Johannes", true, 0.85},
	{"ירון", "Yaron", true, 0.9},
	{"ywrgn", "Jurgen", false, 0.5},
	/* a vowel written twice still asks for its letter: au, mrh */
	{"מרה", "Maura", false, 0.5},
	{"mrh", "Maura", false, 0.5},
	/* Arabic script writes f with ف, not with و (w, its v, o and u) */
	{"Mohammed Fisher", "محمد جواد وزیری", false, 0.5},
	{"Mohammad Javad Vaziri", "محمد جواد وزیری", true, 0.85},
	{"Farid", "فريد", true, 0.85},
	{"Walid", "وليد", true, 0.85},
	{"Wladimir Putin", "فلاديمير بوتين", true, 0.85},
	/* Thai words whole, not in the syllables of the transliteration */
	{"วลาดิมีร์ ปูติน", "PUTIN, Vladimir Vladimirovich", true, 0.85},
	{"โอซามา บิน ลาเดน", "BIN LADEN, Usama", true, 0.9},
	{"ทักษิณ ชินวัตร", "Thaksin Shinawatra", true, 0.9},
	{"ทักษิณ ชินวัตร", "Thaksin Sukprasert", false, 0.7},
	/*
	 * Cyrillic g for the h of other languages (Russian) and for h itself
	 * (Ukrainian, Belarusian): a query's words in Cyrillic also read it so
	 */
	{"Гейдар Алиев", "Heydar Aliyev", true, 0.93},
	{"Магомед Гаджиев", "Magomed Hajiyev", true, 0.9},
	{"Генри Форд", "Henry Ford", true, 0.9},
	{"Гарри", "Harry", true, 0.85},
	{"Гамас", "Hamas", true, 0.85},
	{"Гарри", "Garry", true, 0.9},
	{"Genri", "Henry", false, 0.5},
	/* and дж for the soft g of English and Italian names */
	{"Джиллиан Андерсон", "Gillian Anderson", true, 0.9},
	{"Джованни", "Giovanni", true, 0.85},
	{"Джамал", "Jamal", true, 0.85},
	{"Dzhovanni", "Giovanni", false, 0.5},
	/* and х for the Spanish j */
	{"Хуан Карлос", "Juan Carlos", true, 0.85},
	{"Хавьер Солана", "SOLANA, Javier", true, 0.9},
	{"Khavyer", "Javier", false, 0.5},
	/* and х inside a word before e or i for the Spanish g */
	{"Хорхе Родригес", "Jorge Rodriguez", true, 0.85},
	{"Эухенио", "Eugenio", true, 0.85},
	{"Khorkhe", "Jorge", false, 0.5},
	{"Garri", "Harry", false, 0.5},
	/* the final forms of kaf and pe are soft: not read the other way */
	{"ברוך", "Brook", false, 0.5},
	{"יוסף", "Yosep", false, 0.5},
	/* an initial bet or kaf is hard */
	{"בן", "Ven", false, 0.5},
	{"כהן", "Hahn", false, 0.5},
	/* the same letters in Latin or Arabic script are read as written */
	{"gbyr", "Gvir", false, 0.5},
	{"brgyws", "Bergius", false, 0.5},
	{"lwys", "Luis", false, 0.5},
	{"lyvrmn", "Liberman", false, 0.5},
	{"حبيب", "Haviv", false, 0.5},
	/*
	 * a j after a vowel and before a consonant: the consonant of Persian
	 * and Arabic names, the glide of Slavic and Turkic spellings (which,
	 * in a key of two consonants, asks for the same vowels)
	 */
	{"مجتبی خامنه‌ای", "KHAMENEI, Mojtaba", true, 0.9},
	{"Pejman", "Pezhman", true, 0.85},
	{"Mojgan", "Mozhgan", true, 0.85},
	{"Gajdar", "Gaidar", true, 0.85},
	{"Bajram", "Bayram", true, 0.85},
	{"Bojko", "Boyko", true, 0.85},
	{"Sergej", "Sergey", true, 0.85},
	{"Bojko", "Bako", false, 0.5},
	/*
	 * a word and Allah, two words in Arabic script, one in Latin letters;
	 * a ta marbuta before Allah is said t (Hibatullah)
	 */
	{"سيف الله", "Saifullah", true, 0.85},
	{"رحمت الله", "Rahmatullah", true, 0.85},
	{"ذبیح الله مجاهد", "MUJAHID, Zabihullah", true, 0.9},
	{"هبة الله أخوندزاده", "AKHUNDZADA, Haibatullah", true, 0.85},
	{"نعمة الله", "Nimatullah", true, 0.85},
	/* ... a word with an alif too, where its letters agree */
	{"هدايت الله", "Hidayatullah", true, 0.85},
	/* a query's word read from Arabic script with an a (alif, ayn) and a longer spelling */
	{"معمر القذافي", "Muammar Qadhafi", true, 0.85},
	{"معمر", "Muammar", true, 0.85},
	{"Syawal", "Seifallah", false, 0.5},
	{"Park", "Parikka", false, 0.5},
	/* two words of it written as one in Latin letters, when they write its letters */
	{"أبو محمد الجولاني", "Abumohammed al-Julani", true, 0.85},
	{"أبو بكر", "Abuhakr", false, 0.5},
	{"أبو بكر", "Abukar", false, 0.5},
	{"هي سيد", "HIAST", false, 0.5},
	/* ... whose initial alif or ayn carries any first vowel of the Latin spelling */
	{"عدي صدام حسين", "Uday Saddam Hussein", true, 0.85},
	{"عدي", "Oday", true, 0.85},
	{"عيسى", "Eissa", true, 0.85},
	{"عيسى", "Issa", true, 0.85},
	{"عيسى", "Isa", true, 0.85},
	{"عيد", "Id", true, 0.85},
	{"عيسى", "Osa", false, 0.5},
	{"ابو بكر", "ابوبكر", true, 1.0},	/* the script's own spelling written together */
	{"عدي", "Omar", false, 0.5},
	{"Amy", "Emmie", false, 0.5},
	{"Amy Lee", "Emmie Lee", false, 0.8},
	/* a doubled yaa's y and the waw after it: Ayyub, Qayyum */
	{"أيوب", "Ayoub", true, 0.85},
	{"عبد القيوم", "Abdul Qayoom", true, 0.85},
	{"أيوب", "Ayman", false, 0.5},
	{"کرامت الله", "Karamatullah", true, 0.85},
	{"امان الله", "Amanullah", true, 0.85},
	{"امان الله", "Aminullah", false, 0.5},
	{"هدايت الله", "Hayatullah", false, 0.5},
	/* ... and after an alif */
	{"نجاة", "Najat", true, 0.9},
	{"حياة", "Hayat", true, 0.85},
	/* ... but not other pairs of short words, nor the article */
	{"عبد الحيّ سعيد الخرافي", "HIAST", false, 0.6},
	{"نور الخرافي", "NURULLAH NURI", false, 0.6},
	/* Persian ژ, written zh by the transliteration, j by many romanisations */
	{"غلامحسین محسنی اژه‌ای", "MOHSENI-EJEI, Gholam-Hossein", true, 0.9},
	{"ژیلا", "Jila", true, 0.9},
	/* Persian spelling writes the alif maqsura of Yahya as a yeh */
	{"یحیی سنوار", "SINWAR, Yahya", true, 0.9},
	{"ژیلا", "Zhila", true, 0.9},
	/*
	 * "SURNAME, Given" read in the order the name is said, so that its
	 * neighbours join as written together (Aman Ullah is Amanullah)
	 */
	{"ULLAH, Aman", "AFRIDI, Amanullah", true, 0.8},
	{"Amanullah Afridi", "ULLAH, Aman", true, 0.8},
	{"HUA, Shi Yu", "YUHUA, Shi", true, 0.9},
	{"ULLAH, Haji Khair", "BARAKZAI, Haji Khairullah", true, 0.8},
	{"PUTIN, Vladimir", "Vladimir Putin", true, 0.99},
	/*
	 * ... and a word meets two written together by the typo rule only when
	 * the second keeps its first letter where the first ends
	 */
	{"Erik Erickson", "TSANG, Erick", false, 0.6},
	{"Jake Jackson", "Jack Qin", false, 0.6},
	{"Xi Jinpeng", "Xi Jin Ping", true, 0.9},
	/* Hebrew forms of names whose English forms write yod as j */
	{"בנימין נתניהו", "Benjamin Netanyahu", true, 0.9},
	{"יעקב", "Jacob", true, 0.85},
	{"יוסף", "Joseph", true, 0.85},
	/* tsadi tz, final bet v, vav before a final yod v */
	{"ישראל כץ", "Israel Katz", true, 0.85},
	{"יעקב", "Yaakov", true, 0.85},
	{"דב", "Dov", true, 0.85},
	{"דוד לוי", "David Levi", true, 0.85},
	/* an initial ch read as the kh it is in the German reading */
	{"חנוך", "Chanoch", true, 0.85},
	{"חזקיהו", "Chizkiyahu", true, 0.85},
	{"מיכאל", "Michael", true, 0.85},
	{"ברוך", "Bruce", false, 0.5},
	/* a vav between consonants may be the consonant v, and dwd keeps its d */
	{"דוד", "David", true, 0.85},
	{"דוד", "Taft", false, 0.5},
	{"ברוך", "Brook", false, 0.5},
	/* k and h, s and h apart in a word without vowels; a final kh is khaf */
	{"כהן", "Cohen", true, 0.85},
	{"כהן", "Kohen", true, 0.85},
	/* the tz of German and romanised Hebrew is the sound the other writes z */
	{"Tzvi Cohen", "Zvi Cohen", true, 0.9},
	{"Tzipora Levi", "Zipora Levi", true, 0.9},
	{"Tzvi", "Tvi", false, 0.5},
	{"سهيل", "Suhail", true, 0.85},
	{"شوقي", "Shawki", true, 0.85},
	{"mhmd aly", "Mohamed Ali", true, 0.9},
	{"mhmd aly", "محمد علي", true, 1.0},
	{"محمد علي", "Ahmed Ali", false, 0.82},
	{"محمود", "Mahmoud", true, 0.84},
	/* two names that both read as such spellings need three consonants */
	{"Jan Raba", "JARFAN, Abdulrabb Saleh Ahmed", false, 0.8},
	{"hsn", "Hasan", true, 0.92},
	/*
	 * a word of three letters without vowels in a Latin name abbreviates:
	 * it meets a name by the spelling a key asks, not by the key alone; in
	 * Arabic or Hebrew letters, or beside another such word, it is a name
	 */
	{"RBS", "AL-RUBAYSH, Ibrahim", false, 0.3},
	{"BMW", "EP-PUM", false, 0.3},
	{"CSX", "KUSIUK, Sergey", false, 0.3},
	{"KZF", "Saadi QADHAFI", false, 0.3},
	{"KZF", "KHALISTAN ZINDABAD FORCE", true, 0.5},
	{"Hsn", "Hassan", true, 0.92},
	{"Mhd Ali", "Mohammed Ali", true, 0.9},
	{"mhmd mtn", "Mohammed Muthana", true, 0.9},
	{"متن", "Muthana", true, 0.85},
	/* a French final e that is not said, asked for 40% of the spelling without it */
	{"Sufyan", "Sofiane", true, 0.85},
	{"HUSSAYN, Sayf Allah bin", "HUSSEIN, Saifallah Ben", true, 0.85},
	{"Spire", "Sobar", false, 0.3},
	{"Buckle", "Baikal", false, 0.3},
	/* qaf said as g, in a query: g for q and q for g, when the other writes it */
	{"Gaddafi", "Qadhafi", true, 0.85},
	{"Qadhafi", "Gaddafi", true, 0.85},
	{"Gasim", "Qasim", true, 0.85},
	{"Al-Gosaibi", "Al-Qusaibi", true, 0.85},
	{"معمر القذافي", "Muammar GADDAFI", true, 0.85},
	{"Gary", "Cary", false, 0.3},
	{"Farag Ahmed", "Farooq Ahmed", false, 0.5},
	{"mhmd bn slman", "Mohammed bin Salman", true, 0.92},
	/*
	 * a query that is an organisation's name of one word (legal forms
	 * aside) against a name of one word, alike in sound or consonants and
	 * sharing under half their spelling: no match alone; more of the
	 * spelling, another word in common, or a query with no legal form (a
	 * person's name, or one transliterated on the list) keep the match
	 */
	{"HERSHEY CO", "HORSE", false, 0.75},
	{"Hershey Company", "HORSE", false, 0.75},
	{"EBAY INC", "ABBA", false, 0.75},
	{"NIKE, Inc.", "NIOC", false, 0.75},
	{"UNIJET", "OOO YUNIDZHET", true, 0.85},
	{"OOO UNIJET", "YUNIDZHET", false, 0.8},
	{"Stripe LLC", "Strip Limited Liability Company", true, 0.84},
	{"Exagen Inc", "EXAGAN", true, 0.8},
	{"Zomedica Corp.", "ZMDC", false, 0.8},
	{"CORPAY, INC.", "CRP", false, 0.8},
	{"ARKO Corp.", "ARK", true, 0.8},
	{"Sabre Corp", "Saber", true, 0.8},
	{"Hershey", "Horse", true, 0.85},
	{"Youcef", "Yusuf", true, 0.85},
	{"Sufyan LLC", "Sofiane", false, 0.8},
	{"Sufyan Trading LLC", "Sofiane Trading", true, 0.8},
	/*
	 * the a such a spelling writes is a long vowel, which the vowelled one
	 * writes in the same place (but for the article's a before l); a Latin
	 * name with no vowel but a is no such spelling (ordinary names that met
	 * single-word list names at 0.80 and 0.82)
	 */
	{"sdam", "Saddam", true, 0.92},
	{"khald", "Khalid", true, 0.92},
	{"عبدالله", "Abdullah", true, 0.92},
	{"Robert Mora", "MARA", false, 0.8},
	{"Mohammad Mann", "MENA", false, 0.8},
	{"Mara", "Mora", false, 0.9},
	/* one whose only vowel is a still shares some spelling with the other */
	{"زكريا", "Zakaria", true, 0.85},
	{"Burke", "Park", false, 0.5},
	{"Teresa", "Trash", false, 0.5},
	{"Anette", "Inayat", false, 0.5},
	/*
	 * more than the first letter, which the shared key already says: a
	 * short word whose vowels all differ is no such spelling (acronyms met
	 * list names at 0.78), while a shared ending keeps Omer and Umar
	 */
	{"SIIB", "SABA", false, 0.5},
	{"Kiim", "Kama", false, 0.5},
	{"Omer", "Umar", true, 0.85},
	{"Oaf", "Auf", true, 0.85},
	/* Abd al- and al-Din names in any scheme */
	{"Abdul Qadir Ahmad", "ABDELKADER, Ahmed", true, 0.9},
	{"Nasiruddin Haqqani", "Nasir al-Din Haqqani", true, 1.0},
	/* another father is another person, however common both names are */
	{"NOUREDDINE BEN MOHAMED BEN BELKASSEM AL-DRISSI",
	"NOUREDDINE BEN ALI BEN BELKASSEM AL-DRISSI", false, 0.7},
	{"Noureddine ben Mohamed", "Noureddine ben Mohammed", true, 0.95},
	{"Noureddine Al-Drissi", "NOUREDDINE BEN ALI AL-DRISSI", true, 0.8},
	/* two specific legal forms with none in common: two companies */
	{"Deutsche Bank AG", "Deutsche Bank GmbH", false, 0.8},
	{"Homs Refinery Corporation", "The Homs Refinery Company", true, 0.8},
	{"Deutsche Bank AG", "Deutsche Bank Aktiengesellschaft", true, 1.0},
	/* a name in Han characters has no middle names: each syllable counts */
	{"峰 晨 王", "WANG, Chen", false, 0.75},
	{"王晨峰", "Wang Chenfeng", true, 1.0},
	/* given names of one variant group, both ways; two groups for Ted */
	{"Ted Doe", "Theodore Doe", true, 0.9},
	{"Edward Doe", "Ted Doe", true, 0.9},
	{"Juan Doe", "John Doe", true, 0.9},
	{"Ted Doe", "Tom Doe", false, 0.6},
	/* a shared group alone is one given name, not a match */
	{"John Smith", "Ivan Petrov", false, 0.4},
	/* not among the syllables of a Chinese name */
	{"Dan Li", "Daniel Li", false, 0.8},
	/* a shared phonetic key with next to no shared spelling is no match */
	{"Craig Wright", "CARGO FREIGHT INTERNATIONAL", false, 0.5},
	{"Carrie Mays", "KAYIRA, Muhammad Mzee", false, 0.5},
	{"Zhukov", "Joukov", true, 0.85},
	{"Yusuf Hussein", "Youssef Husayn", true, 0.85},
	/* a legal form meets a word only as a typo */
	{"Lacey Smith", "OOO 'SMT-K'", false, 0.5},
	{"Dora Leidy", "TARA LIMITED", false, 0.5},
	{"Siemens AkG", "Siemens AG", true, 0.8},
	/* a match weighs as the commoner of its two spellings: mhmwd as Mohammed */
	{"מחמוד פאטמה כהן", "KHAN, Mohammed", false, 0.7},
	{"محمد علي", "Mohamed Ali", true, 0.9},
	/* Korean names in Hangul (Revised Romanization) against the usual spellings */
	{"김정은", "Kim Jong Un", true, 0.85},
	/* long vowels as Arabic script writes them, w for ou, y for ee */
	{"نور", "Nour", true, 0.85},
	{"فؤاد", "Fouad", true, 0.85},
	{"سعيد", "Saeed", true, 0.85},
	{"الحوثي", "Houthi", true, 0.8},
	{"sad", "Saud", false, 0.85},	/* Saud's long u would be written */
	{"syd", "Sued", false, 0.5},
	{"mara", "Mora", false, 0.9},
	{"Amy Patton", "Emmie Patton", false, 0.5},	/* first letters agree */
	/* a religious title as Arabic script comes out weighs as a title */
	{"ملا محمد عمر", "Mohammed Omar", true, 0.85},
	/* so does a son's Jr, written or left out at will */
	{"John Smith Jr.", "John Smith", true, 0.9},
	{"John Smith", "SMITH, John, Jr.", true, 0.9},
	/* a query in Han letters is also read in Korean: North, South spellings */
	{"金正恩", "KIM, Jong Un", true, 0.85},
	{"李明博", "Lee Myung-bak", true, 0.85},
	{"李明博", "Ri Myong Bak", true, 0.85},
	{"盧武鉉", "No Mu-hyeon", true, 0.95},
	{"金正恩", "Jin Zhengen", true, 0.95},	/* ... and still in Mandarin */
	/* ... or in Japanese, from a dictionary of names */
	{"山田太郎", "Yamada Taro", true, 0.95},
	{"田中花子", "TANAKA, Hanako", true, 0.95},
	{"麻原彰晃", "ASAHARA, Shoko", true, 0.9},
	{"山田太郎", "Shan Tian Tai Lang", true, 0.95},
	{"박지성", "Park Ji Sung", true, 0.85},
	{"리병철", "RI Pyong Chol", true, 0.8},
	{"Kim Jong Un", "Kim Jong Il", false, 0.8},
	/* a Latvian or Lithuanian nominative ending is the same name */
	{"Vladimiras Putinas", "Vladimir Putin", true, 0.85},
	{"Vladimir Putin", "Vladimirs Putins", true, 0.85},
	/* ... with j where English writes y or i after a vowel (Russian й) */
	{"Sergejs Lavrovs", "Sergey Viktorovich LAVROV", true, 0.8},
	{"Andrei Sergeyev", "Andrejus Sergejevas", true, 0.8},
	{"Nikolajs", "Nikolay", true, 0.85},
	/* three edits are a typo only when the first letter is kept (Sergejevas above) */
	{"Halla Jonsdottir", "Halla Tomasdottir", false, 0.7},
	/*
	 * a country in a company's name weighs as a common company word (a
	 * group's company in that country); companies named for two countries
	 * differ; in a person's name the word is a name like any other
	 */
	{"Deutsche Bank AG", "Deutsche Bank (Schweiz) AG", true, 0.9},
	{"Deutsche Bank (Schweiz) AG", "Deutsche Bank AG", true, 0.8},
	{"Emirates Trading LLC", "Emirates Trading (UAE) LLC", true, 0.9},
	/* an association's legal form weighs as a company's does */
	{"Fondation Secours Mondial VZW", "Fondation Secours Mondial", true, 0.95},
	{"Al-Aqsa A.S.B.L.", "Al-Aqsa Foundation", true, 0.5},
	{"Aero Continente Inc", "Aero Continente (USA) Inc", true, 0.9},
	{"L & H Sweden AB", "L & H Mendez Sweden AB", false, 0.8},
	{"Banco Santander Mexico S.A.", "Banco Santander Chile S.A.", false, 0.6},
	{"Michael Jordan", "Michael Jordan Smith", true, 0.8},
	{"Michael Jordan", "Michael Smith", false, 0.6},
	/*
	 * a general legal word against another form is no conflict (two
	 * specific forms are: AG and GmbH above), but a company word against a
	 * given name is
	 */
	{"Georgia Pacific LLC", "Georgia Pacific Corp", true, 0.9},
	{"James Day", "DAY COMPANY", false, 0.75},
	{"Sergejs", "Sergio", false, 0.5},
	/* particles between names are links, not names, and the forefathers in
	 * the middle of a chain weigh as middle names: the usual short form */
	{"Osama bin Laden", "Usama bin Muhammad ibn Awad ibn Ladin", true, 0.8},
	{"Usama bin Muhammad ibn Awad ibn Ladin", "Osama bin Laden", true, 0.8},
	/* ... while another forefather in the chain is still another person */
	{"Usama bin Muhammad ibn Awad ibn Ladin", "Usama bin Ahmad ibn Awad ibn Ladin", false, 0.8},
	/*
	 * two names no word of which sounds like a word of the other are two
	 * names, however alike their spelling, and rank under half (a merge or
	 * an acronym, above, ranks higher); one word alike anchors the rest
	 */
	/*
	 * a word of two consonants and no vowel meets a longer word by sound
	 * only when it writes that word's consonants as they are (bn, Sd: the
	 * vowelless spellings of Arabic script), not through the key's folding
	 * of c and q, t and d (Cd, St)
	 */
	{"Usama bn Ladin", "Usama bin Ladin", true, 0.9},
	{"Sd Hariri", "Saad Hariri", true, 0.9},
	{"Ab Cd", "AL-QAIDA", false, 0.3},
	{"Sayeed", "St. Vitamin", false, 0.3},
	{"Snow", "Snoe", false, 0.8},
	/*
	 * the diphthong aw, ow as au, ou or o write it (Arabic and Persian
	 * names in French, English and Persian spellings); a w so read asks
	 * the other spelling's vowels to be the same, which English names that
	 * only share consonants do not have
	 */
	{"Fawzi", "Fouzi", true, 0.85},
	{"Fawzi", "Fozi", true, 0.85},
	{"Fawzy", "Fouzi", true, 0.85},
	{"Fawzy", "Fozi", true, 0.85},		/* a final y is an i */
	{"Shawky", "Shoki", true, 0.85},
	{"Mouloud", "Mawlud", true, 0.85},
	/* the ou of French spellings is a u (Youcef, read with its c as s) */
	{"Youcef", "Yusuf", true, 0.85},
	/* Urdu and Pashto letters */
	{"ولادیمیر پوٹن", "Vladimir Putin", true, 0.85},
	{"شہباز شریف", "Shahbaz Sharif", true, 0.85},
	{"ٹیپو سلطان", "Tipu Sultan", true, 0.85},
	{"محمد عمر ځدران", "Mohammad Omar Zadran", true, 0.85},
	/* Amharic (Ethiopic) */
	{"አብይ አህመድ", "Abiy Ahmed", true, 0.85},
	{"መለስ ዜናዊ", "Meles Zenawi", true, 0.85},
	/* Kurdish (Sorani) */
	{"مەسعود بارزانی", "Masoud Barzani", true, 0.85},
	{"جەلال تاڵەبانی", "Jalal Talabani", true, 0.85},
	/*
	 * a pair written together matches one of the other name's words, once:
	 * a name that repeats the word is not the more covered for it
	 */
	{"Ab Cd", "Ab Cd Ab Cd Ab Cd Ab Cd", false, 0.8},
	{"ab c d", "ab cd ab cd ab cd", false, 0.8},
	/*
	 * two consonants written as one word read as two initials, as well as
	 * as written (a vowelless spelling of Arabic script: Sd, above)
	 */
	{"JC Juncker", "Jean-Claude Juncker", true, 0.8},
	{"TJ Smith", "Thomas James Smith", true, 0.8},
	{"JC Juncker", "Jean-Claude Smith", false, 0.5},
	{"BD p.l.c.", "BP p.l.c.", false, 0.5},
	{"Ng Wai Kit", "Nguyen Wai Kit", false, 0.5},
	/* Somali orthography: x for h, c for the ayn */
	{"Axmed Cali", "Ahmed Ali", true, 0.85},
	{"Maxamed Xuseen", "Mohamed Hussein", true, 0.85},
	{"Cabdiraxmaan Cumar", "Abdirahman Omar", true, 0.85},
	{"XIRSI, Xasan Cabdilaahi", "AL-TURKI, Hassan Abdullah Hersi", true, 0.7},
	{"Alexander Cruz", "Aleksander Kruz", true, 0.85},
	{"Tawfiq", "Toufic", true, 0.85},
	{"Shawkat", "Shokat", true, 0.85},
	{"Shawkat", "Shaukat", true, 0.85},
	{"Rawshan", "Roshan", true, 0.85},
	{"Mowlavi", "Molavi", true, 0.85},
	{"FAWZ, Samir", "FOZ, Samer", true, 0.85},
	{"Dawson", "Dyson", false, 0.5},
	{"Bowman", "Beaman", false, 0.5},
	{"Crowley", "Curley", false, 0.5},
	{"Sukamto", "Sukarno", false, 0.8},
	{"Snow", "Snoe", false, 0.5},
	{"Sukamto", "Sukarno", false, 0.5},
	/*
	 * a word in one name of twenty (al, Abd, Group) or a particle anchors
	 * nothing: with it, a one-word name with a typo in a consonant scores
	 * as the word alone does (Halabi, Hakabi), under half
	 */
	{"Halabi", "Hakabi", false, 0.5},
	{"Al Halabi", "Al Hakabi", false, 0.5},
	{"Abd Halabi", "Abd Hakabi", false, 0.5},
	{"Halabi Group", "Hakabi Group", false, 0.5},
	{"Abdallah al-Halabi", "Thabet al-Duri", false, 0.3},
	/* ... but still does written together with the next word */
	{"Alhalabi", "Al Halabi", true, 0.9},
	{"Al Halabi", "Alhalabi", true, 0.9},
	{"Al Qaida", "Al Qaeda", true, 0.85},
	/* a title anchors: it is often a name too (Sayed, Syed) */
	{"Sayed Sadudin", "SAYYED SADUDDIN", true, 0.85},
	{"Snow", "Snoe", true, 0.3},
	{"Marco Rossi", "Marco Rossa", true, 0.85},
	{"Vladimir Puttin", "Vladimir Putin", true, 0.85},
	{"Vladimer Puten", "Vladimir Putin", true, 0.85},
	/* ... and a declension's stem sounds like the name (Lavrovs: Lavrov) */
	{"Sergejs Lavrovs", "Sergey Viktorovich LAVROV", true, 0.8},
	{"Vladimiras Putinas", "Vladimir Putin", true, 0.85},
	/* two letters swapped are the one typo a short word is allowed */
	{"Rdo Conley", "Rod Conley", true, 0.8},
	{"Rne Sultanov", "Ren Sultanov", true, 0.8},
	{"SAI FALCON INTERNATIONAL", "SIA FALCON INTERNATIONAL", true, 0.8},
	/* ... as a word written together with the next does */
	{"Abdulrahman Alsaud", "Abdul Rahman Al Saud", true, 0.9},
	/* a Chinese given name left a syllable short is another given name */
	{"張建宏", "ZHANG, Jian", false, 0.8},
	{"朱沐辰", "CHEN, Zhu", false, 0.8},
	{"張建宏", "ZHANG Jianhong", true, 0.9},
	/* ... even when the syllable spells a title elsewhere (gen, General) */
	{"王根生", "WANG, Sheng", false, 0.8},
	{"王根生", "WANG Gensheng", true, 0.9},
	{"张根", "ZHANG, Wei", false, 0.5},
	/* ... while a legal form stays one (Tan S.A. reads tan sa) */
	{"TAN S.A.", "TAN S.A.", true, 1.0},
	/*
	 * a word stands for one word or for the words written together, not for
	 * both: jian, which ji an written together spell, is not also jeon's
	 */
	{"Jeon Ji An", "JIAN, WenJi", false, 0.5},
	{"전지안", "JIAN, WenJi", false, 0.5},
	{"Azim Adhajani; Azim Agha-Jani", "AZIM AGHAJANI", false, 0.9},
	{"Azim Agha-Jani", "AZIM AGHAJANI", true, 0.95},
	/* a Hangul surname 이, 우 meets its Latin spellings (Lee, Yi, Ri; Woo) */
	{"이민호", "Lee Min Ho", true, 0.8},
	{"이명박", "Yi Myong Bak", true, 0.8},
	{"우상호", "Woo Sang Ho", true, 0.8},
	/* oo, ou and u write one sound: a short name meets its other spellings */
	{"Noor Mohammad", "Nur Muhammad", true, 0.85},
	{"Nour", "Noor", true, 0.85},
	/* ... and ee, as English writes it, the long i of Said and Naim */
	{"Said Ali", "Saeed Ali", true, 0.85},
	{"Naeem", "Naim", true, 0.85},
	{"Moon", "Man", false, 0.3},
	{"오세훈", "Oh Se Hoon", true, 0.9},
	{"Hun", "Han", false, 0.3},
	/*
	 * romanisations that write one diphthong ay, ai, ei, ey share a key
	 * and, so folded, their spelling; a key that two unrelated spellings
	 * share is not enough (Craig, Cargo), nor are other vowels (Sire,
	 * Suri; Arias, Arreaza), nor less shared spelling as written than any
	 * phonetic rule asks (Kobeissy, Qubaysi: none of their bigrams)
	 */
	{"Husayn", "Hossein", true, 0.85},
	{"Hujayj Qasim", "Hejeij Qasim", true, 0.9},
	{"Obeid", "Ubayd", true, 0.85},
	{"Craig", "Cargo", false, 0.3},
	{"Muhammed Sire", "SURI, Muhammad", false, 0.8},
	{"Maria Jorge Arias", "ARREAZA, Jorge", false, 0.8},
	{"Kobeissy", "Qubaysi", false, 0.3},
	/*
	 * Ukrainian given names against their Russian forms (h for g): a
	 * variant group each, not a reading of h as g, which would make
	 * Hassan Ghassan
	 */
	{"Hryhoriy Ivanov", "Grigoriy Ivanov", true, 0.9},
	{"Olha Petrenko", "Olga Petrenko", true, 0.9},
	{"DIKIY, Olexiy Oleksandrovych", "DIKIY, Aleksey Aleksandrovich", true, 0.9},
	{"Hassan", "Ghassan", false, 0.5},
	/*
	 * Belarusian given names against their Russian forms, in the
	 * Belarusian romanisation of the EU and UK lists and in BGN/PCGN's
	 * from Cyrillic
	 */
	{"Ihar Karpienka", "KARPENKO, Igor", true, 0.85},
	{"Siarhei Tsikhanouski", "TIKHANOVSKY, Sergei", true, 0.8},
	{"Uladzimir Putsin", "Vladimir Putin", true, 0.85},
	/* German and Polish j for y */
	{"Jewgeni Prigoschin", "PRIGOZHIN, Yevgeniy", true, 0.85},
	{"Juri Ivanov", "Yuriy Ivanov", true, 0.9},
	{"Сяргей Ціханоўскі", "TIKHANOVSKY, Sergei", true, 0.8},
	{"Мікалай Карпянкоў", "KARPENKOV, Nikolai", true, 0.85},
	{"Яўген Шастакоў", "SHESTAKOV, Yevgeny", true, 0.85},
	{"Aleh Ivanou", "Oleg Ivanov", true, 0.85},
	{"Viachaslau Ivanou", "Vyacheslav Ivanov", true, 0.85},
	{"Уладзіслаў Іваноў", "Vladislav Ivanov", true, 0.85},
	{"Ihar", "Imar", false, 0.5},
	{"Dzianis Ivanou", "Denis Ivanov", true, 0.85},
	{"Kyrylo Budanov", "Kirill Budanov", true, 0.85},
	{"Tsimafei Ivanou", "Timofey Ivanov", true, 0.85},
	/*
	 * a patronymic is in the variant group of its father's name, apart
	 * from the name itself: two spellings of one patronymic meet, a name
	 * and a patronymic do not, nor two fathers' names
	 */
	{"LUKASHENKA, Alyaksandr Grigorievich", "LUKASHENKA, Alyaksandr Hryhoryavich", true, 0.9},
	{"KUBRAKOV, Ivan Vladimirovich", "KUBRAKOU, Ivan Uladzimiravich", true, 0.9},
	{"Sergei Nikolaevich Ivanov", "Siarhei Mikalaevich Ivanou", true, 0.85},
	{"Vladimirovich", "Vladimir", false, 0.5},
	{"Ivan Petrovich Sidorov", "Petr Ivanovich Sidorov", false, 0.5},
	{"Vladimir Vladimirovich Putin", "Vladimir Ivanovich Putin", false, 0.6},
	/*
	 * nor does a word that is only the father's name, or the surname made
	 * of it, meet the patronymic by its spelling: the son or daughter of
	 * Oleksandr is not Oleksandr; the whole word spelled otherwise does,
	 * and so does an initial
	 */
	{"MELNYCHUK, Oleksandr", "MELNYCHUK, Sergiy Oleksandrovich", false, 0.5},
	{"Nikola Ivanov", "IVANOVA, Elena Nikolaevna", false, 0.5},
	{"Roman Abramovich", "ABRAMOV, Roman", false, 0.5},
	{"Ivan Petrovich", "Ivan Petrovic", true, 0.85},
	{"V. V. Putin", "PUTIN, Vladimir Vladimirovich", true, 0.8},
	/*
	 * a patronymic left out costs half its weight (a record without it,
	 * a list entry with it, either way), but not against another word
	 * left unmatched: another father, or another surname (Abramovich)
	 */
	{"DUGIN, Alexander Gelyevich", "DUGIN, Aleksandr", true, 0.8},
	{"KALACHOV, Zakhar", "KALASHOV, Zakhary Knyazevich", true, 0.8},
	{"KIM, Lidia Egorovna", "KIM, Lidia", true, 0.8},
	{"Roman Abramovich", "Roman Ivanov", false, 0.5},
	{"Roman Abramovich", "Roman", false, 0.6},
	{"ABRAMOVICH TRADING LLC", "TRADING LLC", false, 0.6},
	/*
	 * a Turkic patronymic, the father's name and a particle after it
	 * (oglu, kyzy, uulu), is a patronymic too: left out it costs half the
	 * father's name's weight and the particle little; another father is
	 * another person
	 */
	{"Ilham Heydar oglu Aliyev", "ALIYEV, Ilham", true, 0.9},
	{"Ilham Aliyev", "ALIYEV, Ilham Heydar oglu", true, 0.9},
	{"Aigul Bekmurza kyzy", "Aigul Bekmurzaeva", true, 0.9},
	{"Nurlan Abdimomun uulu", "Nurlan Abdymomunov", true, 0.85},
	{"Ilham Heydar oglu Aliyev", "Ilham Kamal oglu Aliyev", false, 0.5},
	/*
	 * an organisation's name and its translation, word for word: the
	 * words of organisations' names in Persian, Arabic and other
	 * languages are variant groups with their English words
	 */
	{"BANK TOSEYEH SADERAT IRAN", "EXPORT DEVELOPMENT BANK OF IRAN", true, 0.85},
	{"STICHTING AL-AQSA", "AL-AQSA FOUNDATION", true, 0.9},
	{"Mahan Airlines", "MAHAN AIR", true, 0.9},		/* a carrier's name, listed one way */
	{"Iran Air", "HAVAPEYMAYI MELLI IRAN", true, 0.8},
	{"Khors Airlines", "AVIAKOMPANIYA KHORS", true, 0.9},
	{"Air Products", "AIR LIQUIDE", false, 0.5},
	{"BIMEH IRAN", "IRAN INSURANCE COMPANY", true, 0.85},
	{"Mohammed Islam", "Islamic Army", false, 0.5},
	{"Trading Company", "Tejarat Bank", false, 0.5},
	{"JAMI'A AL-SALAH", "AL-SALAH SOCIETY", true, 0.9},
	{"TRADE CAPITAL BANK", "BANK TORGOVOY KAPITAL ZAO", true, 0.85},
	{"Society Bank", "Trade Bank", false, 0.5},
	/*
	 * the armed and political groups' names in Spanish, French and
	 * Turkish, the small words of one language's grammar left out of the
	 * other's (of, the, de, du: no substitution between two
	 * organisations' names); a Turkish and a Persian company's name
	 */
	{"NATIONAL LIBERATION ARMY", "EJERCITO DE LIBERACION NACIONAL", true, 0.85},
	{"REVOLUTIONARY ARMED FORCES OF COLOMBIA", "FUERZAS ARMADAS REVOLUCIONARIAS DE COLOMBIA",
	true, 0.85},
	{"DEMOCRATIC FORCES FOR THE LIBERATION OF RWANDA",
	"FORCES DEMOCRATIQUES DE LIBERATION DU RWANDA", true, 0.8},
	{"ISLAMIC ARMY OF IRAQ", "ISLAMIC ARMY IN IRAQ", true, 0.85},
	{"ACL GSM IMPORT EXPORT", "ACL ITHALAT IHRACAT", true, 0.75},
	{"RUSSKIE MASHINY", "RUSSIAN MACHINES", true, 0.85},
	{"IRAN INDUSTRIAL COMPANY", "SHERKATE SANATI IRAN", true, 0.85},
	{"KURDISTAN WORKERS PARTY", "PARTIYA KARKEREN KURDISTAN", true, 0.9},
	{"JERUSALEM FORCE", "QODS FORCE", true, 0.9},
	{"CENTRAL BANK OF IRAN", "BANK MARKAZI JOMHOURI ISLAMI IRAN", true, 0.7},
	{"BANK OF AMERICA", "BANK OF CHINA", false, 0.5},
	{"Le Van Thanh", "Do Van Thanh", false, 0.6},	/* surnames, no grammar */
	/* ... nor the first word of a company's name: a name there */
	{"LE HOANG PHAT TRADING SERVICE CO LTD", "DO HOANG PHAT TRADING SERVICE CO LTD", false, 0.6},
	{"DI STEFANO GROUP", "DE STEFANO GROUP", false, 0.6},
	{"EL PASO ENERGY CORP", "DE PASO ENERGY CORP", false, 0.6},
	/* two organisations named for two countries */
	{"CENTRAL BANK OF IRAN", "CENTRAL BANK OF IRAQ", false, 0.75},
	{"BANK MARKAZI IRAN", "CENTRAL BANK OF IRAQ", false, 0.7},
	{"Bank of India", "Bank of Indonesia", false, 0.6},
	{"Van der Berg Holding BV", "Van de Berg Holding BV", true, 0.8},
	/*
	 * a word of a company's name cut short in the query (an abbreviation,
	 * or a field's end), the list spelling it out: not its first word,
	 * which names the company, nor two letters short of a word only, nor
	 * in a person's name
	 */
	{"ZARKOV COMM GRP", "ZARKOV COMMUNICATIONS GROUP", true, 0.9},
	{"ZARKOV IND LLC", "ZARKOV INDUSTRIES LLC", true, 0.9},
	{"ZARKOV DEV LLC", "ZARKOV DEVELOPMENT LLC", true, 0.9},
	{"LLC ZARKOV ELEC", "LLC ZARKOV ELECTRONICS", true, 0.9},
	{"ZARKOV INTERNATIONAL COMMUNICA LLC", "ZARKOV INTERNATIONAL COMMUNICATIONS LLC", true, 0.9},
	{"OOO BAI", "OOO BAIKAL", false, 0.5},
	{"BAI TRADING LLC", "BAIKAL TRADING LLC", false, 0.5},
	{"ZARKOV IN LLC", "ZARKOV INDUSTRIES LLC", false, 0.6},
	{"ZARKOV IND", "ZARKOV INDUSTRIES", false, 0.6},
	{"Mikhail Petr", "Mikhail Petrovsky", false, 0.5},
	{"WUHAN SANJIANG IMP EXP CO LTD", "WUHAN SANJIANG IMPORT AND EXPORT CO LTD", true, 0.85},
	/*
	 * the last word of a query that filled a field of fixed length (22
	 * characters or more, ending in a letter), in any name; a shorter name
	 * is whole.  With a comma, the word last as written, which the
	 * normaliser puts before the surname; two commas, or a part after the
	 * comma that does not lead the name (a legal form keeps the order), and
	 * no word is taken for cut
	 */
	{"PUTIN, VLADIMIR VLADIMIROV", "PUTIN, Vladimir Vladimirovich", true, 0.9},
	{"ПУТИН, ВЛАДИМИР ВЛАДИМИРОВ", "PUTIN, Vladimir Vladimirovich", true, 0.9},
	{"PUTIN, VLADIMIR VLAD", "PUTIN, Vladimir Vladimirovich", false, 0.6},
	{"PUTIN, VLADIMIR, VLADIMIROV", "PUTIN, Vladimir Vladimirovich", false, 0.6},
	{"VLADIMIROV, PUTIN VLADIMIR", "PUTIN, Vladimir Vladimirovich", false, 0.6},
	/* a word that may be cut short and, with the next, is a word written together */
	{"HUSSEIN, Mansour Othman Aba", "ABAHUSSAIN, Mansour Othman M.", true, 0.9},
	{"VLADIMIR VLADIMIROVICH PUT", "PUTIN, Vladimir Vladimirovich", true, 0.9},
	{"ВЛАДИМИР ВЛАДИМИРОВИЧ ПУТ", "PUTIN, Vladimir Vladimirovich", true, 0.9},
	{"MOHAMMED BIN ABDULRAHMAN AL SHAMSI HAS", "AL SHAMSI, Mohammed bin Abdulrahman Hassan", true, 0.9},
	{"Vladimir Put", "Vladimir Putin", false, 0.6},
	{"VLADIMIR VLADIMIROVICH PUT.", "PUTIN, Vladimir Vladimirovich", false, 0.6},
	{"VLADIMIR VLADIMIROVICH PUT\xc2\xbb", "PUTIN, Vladimir Vladimirovich", false, 0.6},
	{"VLADIMIR VLADIMIROVICH PUT\xe2\x80\x9d", "PUTIN, Vladimir Vladimirovich", false, 0.6},
};

/*
 * A score cut short by an interrupt (the host's check jumps out, as
 * PostgreSQL's does on a cancel) leaves nothing behind that changes a
 * later score, such as the gram sets the score keeps between calls: the
 * pairs score as before after a cut at each of the checks in turn.
 *
 * What the cut score had allocated is then freed all at once, as
 * PostgreSQL frees the memory context of the call: the host below keeps
 * its blocks in a list, like a context.  Under the sanitizers (make
 * unit-san) this also shows that the core keeps no block of the host's
 * across calls (a later score would read freed memory) and that all it
 * allocates goes through the host (anything else would leak).
 */
static jmp_buf cut_jmp;
static int	cut_after;

typedef struct cut_block
{
	struct cut_block *prev,
			   *next;
	max_align_t align[];		/* the caller's bytes */
} cut_block;

static cut_block cut_blocks = {&cut_blocks, &cut_blocks};

static void
cut_link(cut_block *b)
{
	b->next = cut_blocks.next;
	b->prev = &cut_blocks;
	cut_blocks.next->prev = b;
	cut_blocks.next = b;
}

static void
cut_unlink(cut_block *b)
{
	b->prev->next = b->next;
	b->next->prev = b->prev;
}

static void *
cut_alloc(size_t size)
{
	cut_block  *b = malloc(sizeof(cut_block) + size);

	if (b == NULL)
		abort();
	cut_link(b);
	return b->align;
}

static void
cut_free(void *p)
{
	cut_block  *b = (cut_block *) ((char *) p - offsetof(cut_block, align));

	cut_unlink(b);
	free(b);
}

static void *
cut_realloc(void *p, size_t size)
{
	cut_block  *b = (cut_block *) ((char *) p - offsetof(cut_block, align));

	cut_unlink(b);
	b = realloc(b, sizeof(cut_block) + size);
	if (b == NULL)
		abort();
	cut_link(b);
	return b->align;
}

/* free every block still allocated (a context reset); how many there were */
static int
cut_reset(void)
{
	int			n = 0;

	while (cut_blocks.next != &cut_blocks)
	{
		cut_block  *b = cut_blocks.next;

		cut_unlink(b);
		free(b);
		n++;
	}
	return n;
}

static void
cut_check(void)
{
	if (--cut_after == 0)
		longjmp(cut_jmp, 1);
}

static void
check_cut_short(void)
{
	static const char *const pairs[][2] = {
		{"Nam Chon Gang", "Namchongang"},
		{"Uthman Ali Kadhim", "Osman Ali Kazim"},
		{"Abdulrahman Alsaud", "Abdul Rahman Al Saud"},
		{"Olaf Schloz", "Olaf Scholz"},
		{"mhmd bn slman", "Mohammed bin Salman"},
	};
	int			np = (int) (sizeof(pairs) / sizeof(pairs[0]));
	double		want[sizeof(pairs) / sizeof(pairs[0])];
	char		longq[2048] = "",
				longc[2048] = "";
	sn_host		saved = sn_current_host,
				cutting = sn_current_host;
	int			i;
	volatile int n,
				cuts = 0,
				left_behind = 0;

	/* 40 words a side: the checks in preparing and aligning both fire */
	for (i = 0; i < 40; i++)
	{
		static const char *const w[] = {"Nam", "Chon", "Gang", "Uthman", "Kadhim",
		"Abdul", "Rahman", "Alsaud"};

		strcat(longq, w[i % 8]);
		strcat(longq, " ");
		strcat(longc, w[(i * 3) % 8]);
		strcat(longc, i % 5 == 0 ? "" : " ");
	}
	for (i = 0; i < np; i++)
		want[i] = score_of(pairs[i][0], pairs[i][1]);
	cutting.alloc = cut_alloc;
	cutting.realloc = cut_realloc;
	cutting.free = cut_free;
	cutting.check_interrupts = cut_check;
	for (n = 1; n <= 16; n++)
	{
		bool		cut;

		sn_set_host(&cutting);
		cut_after = n;
		if (setjmp(cut_jmp) == 0)
		{
			(void) score_of(longq, longc);
			cut = false;
		}
		else
		{
			cuts++;
			cut = true;
		}
		sn_set_host(&saved);
		/* a score that ran to its end freed all it took; a cut one did not */
		if (cut)
			left_behind += cut_reset();
		else
			CHECK(cut_reset() == 0);
		for (i = 0; i < np; i++)
			CHECK(score_of(pairs[i][0], pairs[i][1]) == want[i]);
	}
	/* the long pair passed some checks, and was cut at each of them */
	CHECK(cuts >= 8);
	CHECK(left_behind > 0);
}

/*
 * The share of unrelated pairs that reach a threshold (the planner's
 * selectivity of %): every pair at 0 and below, the measured values at the
 * steps of the table, log-linear between them, never rising.
 */
static void
check_match_share(void)
{
	double		prev = 2.0;
	int			i;

	CHECK(sn_match_share(0.0) == 1.0);
	CHECK(sn_match_share(-0.5) == 1.0);
	CHECK(sn_match_share(NAN) == 1.0);
	CHECK_NEAR(sn_match_share(0.8), 3.55e-7, 1e-12);
	CHECK_NEAR(sn_match_share(0.5), 1.23e-5, 1e-10);
	CHECK_NEAR(sn_match_share(1.0), 3.42e-9, 1e-14);
	CHECK(sn_match_share(1.5) == sn_match_share(1.0));
	/* halfway between two steps: their geometric mean */
	CHECK_NEAR(sn_match_share(0.825), sqrt(3.55e-7 * 9.57e-8), 1e-12);
	for (i = 0; i <= 200; i++)
	{
		double		s = sn_match_share(i / 200.0);

		CHECK(s > 0.0 && s <= 1.0 && s <= prev);
		prev = s;
	}
}

void
suite_score(void)
{
	static const char *const names[] = {
		"PUTIN, Vladimir Vladimirovich", "Vladimir Putin", "V. Putin", "Putin",
		"Wladimir Putin", "Путин Владимир", "George Bush", "George Habbash",
		"Mohammed bin Salman", "mhmd bn slman", "Muhammad bin Salman Al Saud",
		"Abdulrahman", "Abdul Rahman", "JSC ARGUMENT", "JSCARGUMENT",
		"SEA STAR 1", "SEA STAR 2", "Emma LLC", "Acme LLC", "The Group",
		"Olaf Scholz", "Olaf Schloz", "Octavian Scholz", "Jan Daniel Bothma",
		"JanDaniel Bothma", "Shcherbakov", "Scherbakov Aleksandr", "Alexander",
		"", "x", "1", "a b c d e f g h", "Bank Melli Iran", "Bank Mellat",
		"Ig0r Sech1n", "SEA STAR ONE", "Brigade Forty Four", "forty", "zero one",
		"RBS", "AL-RUBAYSH, Ibrahim", "mhmd mtn", "Mohammed Muthana", "Hsn",
		"Sufyan", "Sofiane", "Spire", "Sobar", "Gaddafi", "Qadhafi", "Gasim Ali",
		"Farag", "Farooq", "Hershey", "Horse", "HERSHEY CO", "EBAY INC", "ABBA", "UNIJET", "OOO YUNIDZHET",
		"Abdullah bin Omar", "Omar bin Abdullah", "bin Laden, Osama", "Osama bin Laden",
		"习近平", "Xi Jinping", "Xi Jin Peng", "涛 张", "ZHANG, Taotao", "محمد علي",
		"Mohamed Ali", "Mahmoud Ali", "משה", "Moshe", "Frost, William G.", "William W Frost",
		"Deutsche Bank AG", "Deutsche Bank GmbH", "Noureddine ben Mohamed", "Noureddine ben Ali",
		"Ted Doe", "Theodore Doe", "Edward Doe", "Teddy", "Juan Doe", "John Doe", "Ivan",
		"Harry Smith", "Harold Smith", "Henry Smith", "Bibi Netanyahu", "Benjamin Netanyahu",
		"Craig Wright", "Cargo Freight", "Lacey LLC", "Siemens AkG", "Zhukov", "Joukov",
		"Vladimiras Putinas", "Putinas", "Sergejs Lavrovs", "Lavrovs", "Aaaas", "Aaaa",
		"Thomas", "Thom", "Annas", "Anna", "Putins", "Sergey Lavrov", "Sergei",
		"Andrejus", "Andrei", "Nikolajs", "Nikolay", "Sergejus", "Aleksej",
		"Snow", "Snoe", "Sukamto", "Sukarno", "Marco Rossi", "Marco Rossa",
		"Vladimer Puten", "Abdulrahman Alsaud", "Abdul Rahman Al Saud",
		"Rdo Conley", "Rod Conley", "Rne Sultanov", "Ren Sultanov", "Sultanvo",
		"Sultanov Ren", "Abudllah", "Abdullah",
		"Uthman Ali Kadhim", "Osman Ali Kazim", "Usman", "Othman", "Fadhil Mustafa",
		"Fazul Mustafa", "Rahul Gandhi", "Rahul Ganesh", "Thabit", "Sabit",
		"IRGC", "Islamic Revolutionary Guard Corps", "PCC FZE",
		"Petrochemical Commercial Company FZE", "NLA", "National Liberation Army",
		"HIAST", "Higher Institute of Applied Science and Technology", "ABC",
		"Alpha Beta Capital LLC", "The Alpha of Beta and Capital", "GAESA",
		"Grupo de Administracion Empresarial S.A.", "Maria", "Market River Associates LLC",
		"IMCOMER", "Importadora y Comercializadora Ltda.", "COLCERDOS LTDA.",
		"Colombiana de Cerdos Ltda.", "FUNPAZCOR", "Fundacion para la Paz de Cordoba",
		"INGRANRES", "Inversiones Granda Restrepo y Cia S.C.S.", "Marisa", "Mario Sanchez",
		"Джомаа Бапу", "JOMAA, Bapu", "Dzhomaa", "Jomaa", "Djuna", "Juna",
		"CUFLET", "La Empresa Cubana de Fletes", "AMINIB", "Amin Investment Bank",
		"RFA BANK", "RUSSIAN FINANCIAL ALLIANCE BANK", "RIHS MOSQUES COMMITTEE",
		"REVIVAL OF ISLAMIC HERITAGE SOCIETY", "SCORE COMMERCIAL COMPANY LTD",
		"SCOGLITTI RESTAURANT", "AMD CO LTD AGENCY", "SKS STEEL COMPANY",
		"Xijinping", "Xi Jin Ping", "A J Ay", "aaaaaaaaaa", "Aa Aaa Aaaa A Aa Aaa Aaaa Aa Aaa LLC",
		"CONVIASA", "Consorcio Venezolano de Industrias Aeronauticas y Servicios Aereos S.A.",
		"Chiarito", "SIRAT", "srt", "Janell Huerta", "hrt Ali", "Hassan", "hsn", "Sd", "Saad",
		"Chehade", "shhd", "Cohen", "khn", "Elaissami Tarek", "Mehtani", "Mark Edwards",
		"PFLP", "Popular Front for the Liberation of Palestine", "NIOEC",
		"National Iranian Oil Engineering and Construction Co", "Chia Ri Tower LLC",
		"Kovs", "Oves Smith", "Kris", "Aris Smith", "Tipp", "Aatipp", "Atippa", "Itpp",
		"Ipp Ltd", "이민호", "Lee Min Ho", "Ri Min Ho", "오세훈", "Oh Se Hoon", "O Se Hun",
		"Noor", "Nur", "Nour", "Noor Mohammad", "Nur Muhammad", "Hoon", "Youn",
		"Said", "Saeed Ali", "Naeem", "Meer", "Reed",
		"QUAXYL", "Quantum Xenon Ylang LLC", "Rachid", "Rashid", "Christina", "Kristina",
		"Chris Evans", "Chehade Ali",
		"Shihadi", "Kim Chong Man", "Kim Song Man", "Yacine Belkacem", "Yassin Belqasim",
		"Ouattara", "Wattara", "Nam Chon Gang Corporation", "Namchongang Trading Corporation",
		"Faouzi", "Fawzi", "Chaouki", "Shawki", "Daoud", "Dawud",
		"Plat Ono Vich", "Platonovich", "Jewgeni Prigoschin", "Yevgeny Prigozhin",
		"Chodorkowski", "Khodorkovsky", "Schukow", "Zhukov", "Chruschtschow", "Khrushchev", "Kim Jong Un", "Kimjongun", "A Bc D Ef",
		"金正恩", "李明博", "盧武鉉", "Lee Myung-bak", "Ri Myong Bak", "No Mu-hyeon",
		"山田太郎", "麻原彰晃", "Yamada Taro", "ASAHARA, Shoko", "نور", "Nour", "Noor", "syd",
		"Saeed", "hwthy", "Houthi",
		"ISIL-YEMEN", "Islamic State of Iraq and the Levant - Yemen", "Bornson Alva Palmer", "BALITA",
		"Islamic Revolutionary Guard Corps (IRGC) Qods Force", "1 Of The 2 Al Qa", "QOTA",
		"Lidia Ernesto Tosi", "LET", "TAN S.A.", "כהן", "Cohen", "سهيل", "Suhail", "T.D.G.",
		"Diogo Sa", "Mara", "Mora", "Husayn", "Hossein", "Hujayj", "Hejeij", "Craig", "Cargo",
		"Obeid", "Ubayd", "Kobeissy", "Qubaysi", "Muhammed Sire", "SURI, Muhammad",
		"Maria Jorge Arias", "ARREAZA, Jorge", "BANK TOSEYEH SADERAT IRAN",
		"EXPORT DEVELOPMENT BANK OF IRAN", "STICHTING AL-AQSA", "AL-AQSA FOUNDATION",
		"JAYSH AL-ISLAM", "ARMY OF ISLAM", "Islamic Army", "Tejarat Bank",
		"AbduWau", "Ab*aud", "Al Halabi", "Al Hakabi", "Alhalabi", "Abd Halabi",
		"Vladimir Vladimirovitch Poutine", "Wladimir Wladimirowitsch Putin",
		"Roman Abramowicz", "Jan Abramowicz", "Mao Tse-tung", "Mao Zedong",
		"Hsi Chin-p'ing", "Jung Chang", "Zhang Rong", "Tsai Ing-wen", "Cai Yingwen",
		"Kim Yo Jong", "KIM, Yo'-cho'ng", "Kim Yeo Jeong", "Kim Chong Il", "Kim Byeong Cheol",
		"איתמר בן גביר", "BEN GVIR, Itamar", "אביגדור ליברמן", "Avigdor Liberman",
		"נפתלי בנט", "Naftali Bennett", "מרדכי", "Mordechai", "ברוך", "Brook", "חביב", "Habib",
		"مجتبی خامنه‌ای", "KHAMENEI, Mojtaba", "Bojko", "Boyko", "Bako", "Gajdar", "Gaidar",
		"سيف الله", "Saifullah", "هبة الله أخوندزاده", "AKHUNDZADA, Haibatullah", "HIAST Allah",
		"هدايت الله", "Hidayatullah", "امان الله", "Aminullah", "Karamatullah",
		"חביב", "Haviv", "פישר", "Fischer", "Pisher", "דיין", "Dayan", "نجاة", "Najat",
		"ULLAH, Aman", "Amanullah", "HUA, Shi Yu", "YUHUA, Shi", "SANTANDER, S.A.",
		"Ilham Heydar oglu Aliyev", "ALIYEV, Ilham", "Ilham Kamal oglu Aliyev",
		"Aigul Bekmurza kyzy", "Nurlan Abdimomun uulu", "Tzvi Cohen", "Zvi Cohen", "Tzvi",
		"ברגיוס", "Bergius", "לואיס", "Luis", "ויס", "Weiss", "לרה", "Lara", "אנה", "Anna",
		"סוזה", "Souza", "האזה", "Haza", "ג'ורג' בוש", "George Bush", "ג׳מאל", "Gamal",
		"יורגן", "Jurgen", "ירוסלב", "Jaroslav", "رقية", "Ruqayyah", "سمية", "Sumayyeh",
		"아베 신조", "ABE, Shinzo",
		"Гейдар Алиев", "Heydar Aliyev", "Магомед Гаджиев", "Гарри", "Harry", "Гамас", "HAMAS",
		"블라디미르 푸틴", "세르게이 라브로프", "LAVROV, Sergey", "필립", "Philip", "도널드 트럼프",
		"Ковачевич", "KOVACEVIC", "Хигасидзава", "HIGASHIZAWA", "Сёко Асахара", "Синъити Кудо",
		"KUDO, Shinichi", "Си Цзиньпин", "XI, Jinping", "Чжан Сяомин", "ZHANG, Xiaoming",
		"Ван И", "WANG, Yi", "Иван Ли", "Цзян Цзэминь", "Ким Чен Ын", "KIM, Jong Un",
		"Чхве Рён Хэ", "CHOE, Ryong Hae", "Пак Пон Джу", "Ри Пен Чхоль", "Джелал Байар",
		"BAYAR, Celal", "Эрджан Гюнеш", "GUNES, Ercan", "Ayman az-Zawahiri", "AL-ZAWAHIRI, Ayman",
		"Уотсон", "WATSON", "Уоррен Баффет", "Warren Buffett",
		"ZARKOV COMM GRP", "ZARKOV COMMUNICATIONS GROUP", "ZARKOV IND LLC",
		"ZARKOV INDUSTRIES LLC", "OOO BAI", "OOO BAIKAL", "ACME INTL COMMUNICA LLC",
		"Ind Comm Dev Co", "Industrial Commercial Development Co", "Abc Ind Ltd", "Abc Indigo Ltd",
		"Wuhan Sanjiang Imp Exp Co Ltd", "Wuhan Sanjiang Import and Export Co Ltd",
		"Zarkov Aaa Group", "Zarkov Aaabcde Group", "Zarkov Aaaaaa Group", "Hesco Eng Con Co",
		"VLADIMIR VLADIMIROVICH PUT", "Vladimir Vladimirovich Putin", "Vladimir Put",
		"PUTIN, VLADIMIR VLADIMIROV", "ABCDEFGHIJ, KLMNOPQRST UVW", "Abcdefghij, Klm Nopqrstuvw",
		"HUSSEIN, Mansour Othman Aba", "ABAHUSSAIN, Mansour Othman M.", "Abcdefghij Klmnopq Uvw Xyz",
		"Abcdefghij Klmnopqrst Uvw", "Abcdefghij Klmnopqrst Uvwxyz", "Aaaaaaaaaa Bbbbbbbbbb Aaa",
	};
	size_t		n = sizeof(names) / sizeof(names[0]);
	size_t		i,
				j;
	sn_error	load_err;

	/*
	 * Everything built on first need builds at once, every transliterator
	 * included (what a server that preloads the library does before it
	 * forks); the scores below are then those of a loaded process.
	 */
	CHECK(sn_core_load(&load_err) == SN_OK);

	/* identity and token order */
	CHECK_NEAR(score_of("Vladimir Putin", "PUTIN, Vladimir"), 1.0, 1e-9);
	CHECK_NEAR(score_of("Путин Владимир", "Vladimir PUTIN"), 1.0, 1e-9);
	/* in [0, 1], empty scores 0 */
	CHECK_NEAR(score_of("", "Vladimir Putin"), 0.0, 0);
	CHECK_NEAR(score_of("Vladimir Putin", "()"), 0.0, 0);
	/* the cases the README promises, and the rules behind them */
	for (i = 0; i < sizeof(expect) / sizeof(expect[0]); i++)
	{
		double		s = score_of(expect[i].q, expect[i].c);
		bool		ok = expect[i].at_least ? s >= expect[i].bound - 1e-9 : s < expect[i].bound;

		CHECK(ok);
		if (!ok)
			fprintf(stderr, "  score(\"%s\", \"%s\") = %.4f, want %s %.2f\n", expect[i].q,
					expect[i].c, s, expect[i].at_least ? ">=" : "<", expect[i].bound);
	}
	/*
	 * Every name with a word scores 1 against itself.  (A J Ay: its three words written
	 * together have a phonetic key, which the name itself has as no word's;
	 * counted as the name's own anchor, that key made the anchor rule fail
	 * it against itself, 0.49.)
	 */
	for (i = 0; i < n; i++)
	{
		double		s = score_of(names[i], names[i]);
		sn_name		x;
		sn_error	err;
		bool		words;

		if (sn_name_prepare(names[i], strlen(names[i]), &x, &err) != SN_OK)
			continue;
		words = x.ntok > 0;
		sn_name_free(&x);
		if (!words)
			continue;
		CHECK_NEAR(s, 1.0, 1e-9);
		if (fabs(s - 1.0) > 1e-9)
			fprintf(stderr, "  score(\"%s\", itself) = %.4f\n", names[i], s);
	}
	/*
	 * A name and its canonical form score alike (the indexes recommend a
	 * stored canonical column): every rule reads the canonical tokens.
	 */
	for (i = 0; i < n; i++)
	{
		sn_name		x;
		sn_error	err;

		if (sn_name_prepare(names[i], strlen(names[i]), &x, &err) != SN_OK)
			continue;
		for (j = 0; j < n; j++)
		{
			double		raw = score_of(names[j], names[i]),
						canon = score_of(names[j], x.text);

			CHECK_NEAR(raw, canon, 1e-12);
			if (fabs(raw - canon) > 1e-12)
				fprintf(stderr, "  score(\"%s\", \"%s\") = %.4f, of its canonical form %.4f\n",
						names[j], names[i], raw, canon);
		}
		sn_name_free(&x);
	}
	/*
	 * Every name of the variant groups is a canonical word of its own
	 * (normalize leaves it, it is no legal form or title) and meets every
	 * other name of its group (alone, unless it is also a Mandarin syllable:
	 * "juan" alone is a Chinese name, which has no given-name variants).
	 */
	for (i = 0; i < sn_n_name_variants; i++)
	{
		const char *g = sn_name_variants[i];
		char		first[64];
		size_t		fl = strcspn(g, " ");

		memcpy(first, g, fl);
		first[fl] = '\0';
		while (*g)
		{
			size_t		l = strcspn(g, " ");
			char		w[64];

			memcpy(w, g, l);
			w[l] = '\0';
			CHECK(sn_is_canonical(w, l) && sn_token_classify(w, l) == SN_TOKEN_WORD);
			CHECK(strcmp(w, first) == 0 || sn_is_pinyin(w, l) ||
				  score_of(w, first) >= 0.85 - 1e-9);
			g += l;
			while (*g == ' ')
				g++;
		}
	}
	/*
	 * A patronymic spelled as French, German, Polish, Hungarian or Dutch
	 * spell them weighs as its English spelling in the table; a word the
	 * table lacks in either spelling stays as rare as any unseen word, and
	 * an ending alone (too short a stem) is no patronymic.
	 */
	{
		static const char *const same[][2] = {
			{"vladimirovitch", "vladimirovich"}, {"wladimirowitsch", "vladimirovich"},
			{"vladimirovics", "vladimirovich"}, {"wladimirowitsj", "vladimirovich"},
			{"wladimirowicz", "vladimirovich"}, {"sergejewitsch", "sergeyevich"},
			{"mikhailowna", "mikhailovna"},
		};

		for (i = 0; i < sizeof(same) / sizeof(same[0]); i++)
		{
			float		a = sn_token_weight(same[i][0], strlen(same[i][0])),
						b = sn_token_weight(same[i][1], strlen(same[i][1]));

			CHECK(a == b);
			/* and the English spelling is known, lighter than an unseen word */
			CHECK(b < sn_token_weight("qqzzxv", 6));
			if (a != b)
				fprintf(stderr, "  weight(\"%s\") = %.4f, of \"%s\" %.4f\n",
						same[i][0], a, same[i][1], b);
		}
		CHECK(sn_token_weight("qqzzxvovitch", 12) == sn_token_weight("qqzzxv", 6));
		CHECK(sn_token_weight("ovitch", 6) == sn_token_weight("qqzzxv", 6));
		/* so a name without it loses as little as without Vladimirovich */
		CHECK_NEAR(score_of("Vladimir Vladimirovitch Putin", "Vladimir Putin"),
				   score_of("Vladimir Vladimirovich Putin", "Vladimir Putin"), 0.02);
		CHECK(score_of("Wladimir Wladimirowitsch Putin", "Vladimir Putin") >= 0.85);
	}
	/*
	 * Read from Arabic script (وفيتش, wfytsh; Persian ویچ, wych), a
	 * patronymic whose stem no Latin spelling has weighs as a patronymic of
	 * the table, not as an unseen word; it meets the list's -ovich by its
	 * key, whose tsh is ch
	 */
	{
		float		unseen = sn_token_weight("qqzzxv", 6),
					arabic = sn_token_weight("fladymyrwfytsh", 14),
					persian = sn_token_weight("wladymyrwych", 12);

		CHECK(arabic < unseen && arabic > sn_token_weight("vladimirovich", 13));
		CHECK(persian == arabic);
		CHECK(sn_token_weight("qqzzxvwfytsh", 12) == arabic);
		CHECK(sn_token_weight("wfytsh", 6) == unseen);
		CHECK(score_of("فلاديمير فلاديميروفيتش بوتين", "PUTIN, Vladimir Vladimirovich") >= 0.85);
		CHECK(score_of("سيرغي فيكتوروفيتش لافروف", "LAVROV, Sergey Viktorovich") >= 0.85);
		CHECK(score_of("فلاديمير فلاديميروفيتش بوتين", "Vladimir Putin") >= 0.8);
		CHECK(score_of("ولادیمیر ولادیمیرویچ پوتین", "Vladimir Putin") >= 0.8);
		CHECK(score_of("فلاديمير فلاديميروفيتش بوتين", "PUTIN, Vladimir Sergeyevich") < 0.8);
	}

	/* a query in Wade-Giles meets the list's pinyin through its reading */
	CHECK(score_of("Mao Tse-tung", "MAO, Zedong") >= 0.95);
	CHECK(score_of("Hsi Chin-p'ing", "XI, Jinping") >= 0.95);
	/* a Korean name meets the list's other romanisations through its readings */
	CHECK(score_of("Kim Yo Jong", "KIM, Yo'-cho'ng") >= 0.95);
	CHECK(score_of("Kim Yeo Jeong", "KIM Yo Jong") >= 0.95);
	CHECK(score_of("Kim Chong Il", "KIM Jong Il") >= 0.95);
	/* ... but not from Hangul, which the normaliser romanises */
	CHECK(score_of("\xEC\xA0\x95\xEB\x82\xA8 \xEC\x9C\xA4", "YO'N CHO'NG NAM") < 0.8);
	/* ... and still meets its own spelling, which the reading only adds to */
	CHECK_NEAR(score_of("Tsai Ing-wen", "TSAI, Ing-wen"), 1.0, 1e-9);

	/* the bound holds on every pair, in both directions */
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			check_bound(names[i], names[j]);
	CHECK(bound_failures == 0);
	CHECK(bound_checks == (int) (n * n));
	CHECK(bound_zero > 0);		/* the promise of a bound of 0 was put to the test */

	/*
	 * ... and rules out a row whose words only fold to a key of the query
	 * (Sirat and Huerta have the keys of Chiarito read with its ch as sh
	 * and as kh) when they share no spelling with it, while a row word
	 * written without vowels has the key alone to go by (srt, hrt)
	 */
	CHECK(bound_of("Chiarito", "SIRAT") < 0.5);
	CHECK(bound_of("Chiarito", "Janell Huerta") < 0.5);
	CHECK(bound_of("Chiarito", "srt") >= 0.8);
	CHECK(bound_of("Chiarito", "hrt Ali") >= 0.8);

	/*
	 * ... and a one-word query is an acronym of a row's words only when
	 * they can begin with all its letters, a piece of up to four letters a
	 * word (Mark Edwards begins with m and e, but no word with the h, t,
	 * a, n, i of Mehtani, nor with "me")
	 */
	CHECK(bound_of("Mehtani", "Mark Edwards") < 0.3);
	CHECK(bound_of("Chiarito", "Chia Ri Tower LLC") >= 0.5);
	CHECK(bound_of("PFLP", "Popular Front for the Liberation of Palestine") >= 0.5);

	/*
	 * ... and a short word that begins with a consonant no row word
	 * begins with meets one by the typo rule only through an edit at its
	 * start, which leaves the rest of its bigrams (Kovs: Oves lacks vs)
	 */
	CHECK(bound_of("Kovs", "Oves Smith") < 0.3);

	/*
	 * The memo of bounds gives what sn_bound computes, over more patterns
	 * of keys than it holds (it is emptied when half full), each asked
	 * several times; a query with more keys than a pattern holds has no
	 * memo and computes.
	 */
	{
		static const char *const memo_q[] = {
			"Randi Mai Melton", "Vladimir Vladimirovich Putin",
			"Mao Tse-tung",		/* two readings: the bound is the larger */
			"Abd al-Rahman bin Umar al-Nuaymi Saif al-Din Haqqani Rahimullah Sherzai "
			"Barakzai Popalzai Muhammadzai Ghilzai Durrani"
		};
		int			qi;
		bool		memo_made = false,
					memo_skipped = false;

		for (qi = 0; qi < (int) (sizeof(memo_q) / sizeof(memo_q[0])); qi++)
		{
			sn_name		nq;
			sn_error	err;
			sn_bound_plan plan;
			bool	   *present;
			int			r,
						k,
						differ = 0;

			sn_query_prepare(memo_q[qi], strlen(memo_q[qi]), &nq, &err);
			sn_bound_plan_init(&plan, &nq);
			sn_bound_memo_init(&plan);
			if (plan.memo != NULL)
				memo_made = true;
			else
				memo_skipped = true;
			present = calloc(plan.nkeys + 1, sizeof(bool));
			for (r = 0; r < 30000; r++)
			{
				/* one of 6,000 patterns, each key present one time in four */
				uint64_t	pat = (uint64_t) (r % 6000) * UINT64_C(0x9E3779B97F4A7C15) + 7;

				for (k = 0; k < plan.nkeys; k++)
				{
					pat = pat * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
					present[k] = (pat >> 62) == 0;
				}
				if (sn_bound_memo(&plan, present) != sn_bound(&plan, present))
					differ++;
			}
			CHECK(differ == 0);
			free(present);
			sn_bound_plan_free(&plan);
			sn_name_free(&nq);
		}
		CHECK(memo_made && memo_skipped);
	}

	/* the leaf encoding at the edges of its byte groups, and empty */
	{
		/* differences 0, 127, 128, 16383, 16384, 268402433, 1, 0xEFFFFFFF */
		static const uint32_t edge[] = {0, 127, 255, 16638, 33022, 0x0FFFFFFFu,
		0x10000000u, 0xFFFFFFFFu};
		int			ne = (int) (sizeof(edge) / sizeof(edge[0])),
					size = sn_keys_encoded_size(edge, ne),
					got = 0;
		uint8_t		enc[5 * sizeof(edge) / sizeof(edge[0])];
		const uint8_t *p = enc;
		uint32_t	key = 0;

		CHECK(sn_keys_encode(edge, ne, enc) == size);
		/* 1 + 1 + 2 + 2 + 3 + 4 + 1 + 5 bytes */
		CHECK(size == 19);
		while (sn_keys_next(&p, enc + size, &key))
		{
			CHECK(got < ne && edge[got] == key);
			got++;
		}
		CHECK(got == ne && p == enc + size);
		p = enc;
		key = 0;
		CHECK(sn_keys_encoded_size(edge, 0) == 0 && !sn_keys_next(&p, enc, &key));
	}
	check_cut_short();
	check_match_share();
}
