/*
 * name_tables.c
 *		Legal forms of organisations, honorifics, abbreviated company words,
 *		given-name variants and Mandarin syllables, as data.
 *
 * Phrases are written in canonical token form, i.e. as sn_normalize's
 * tokeniser leaves them after transliteration (Cyrillic through BGN/PCGN),
 * so one table serves every language and script: "ООО" arrives here as
 * "ooo", "Общество с ограниченной ответственностью" as "obshchestvo s
 * ogranichennoy otvetstvennostyu".
 *
 * Each legal form becomes one canonical token.  Forms that are legally the
 * same kind of company in different languages share a token only where the
 * equivalence is exact (OOO is a Russian LLC); otherwise each keeps its own
 * (AG, SA, JSC), and the matcher treats all legal forms as weak evidence.
 *
 * Short abbreviations that are also given names or words ("ao", "sa", "as")
 * are marked edge_only: they are a legal form only as the first or the last
 * token of a name of two or more tokens, which is where legal forms stand.
 */
#include "name_tables.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const sn_legal_form sn_legal_forms[] = {
	/* limited liability companies */
	{"llc", "llc", false},
	{"l l c", "llc", false},
	{"limited liability company", "llc", false},
	{"limited liability co", "llc", false},
	{"ooo", "llc", false},
	{"obshchestvo s ogranichennoy otvetstvennostyu", "llc", false},
	{"obshestvo s ogranichennoy otvetstvennostyu", "llc", false},
	{"tov", "llc", true},
	{"tovarystvo z obmezhenoyu vidpovidalnistyu", "llc", false},
	{"too", "llc", true},
	{"tovarishchestvo s ogranichennoy otvetstvennostyu", "llc", false},
	{"gmbh", "gmbh", false},
	{"gesellschaft mit beschrankter haftung", "gmbh", false},
	{"sarl", "sarl", false},
	{"s a r l", "sarl", false},
	{"societe a responsabilite limitee", "sarl", false},
	{"srl", "srl", false},
	{"s r l", "srl", false},
	{"societa a responsabilita limitata", "srl", false},
	{"sociedad de responsabilidad limitada", "srl", false},
	{"societatea cu raspundere limitata", "srl", false},
	{"societate cu raspundere limitata", "srl", false},
	{"s de r l", "srl", false},
	{"s de rl", "srl", false},
	{"s de r l de c v", "srldecv", false},
	{"s de rl de cv", "srldecv", false},
	{"sociedad de responsabilidad limitada de capital variable", "srldecv", false},
	{"s de p r de r l", "sprdrl", false},
	{"s p r de r l", "sprdrl", false},
	{"s de p r de r l de c v", "sprdrl", false},
	{"s p r de r l de c v", "sprdrl", false},
	{"sociedad de produccion rural de responsabilidad limitada", "sprdrl", false},
	{"ltda", "ltda", false},
	{"limitada", "ltda", true},
	{"sociedad limitada", "sl", false},
	{"e i r l", "eirl", false},
	{"eirl", "eirl", false},
	{"sp z o o", "spzoo", false},
	{"spzoo", "spzoo", false},
	{"spolka z ograniczona odpowiedzialnoscia", "spzoo", false},
	{"sro", "sro", false},
	{"s r o", "sro", false},
	{"spolecnost s rucenim omezenym", "sro", false},
	{"kft", "kft", false},
	{"llp", "llp", false},
	{"limited liability partnership", "llp", false},
	{"lp", "lp", true},
	{"limited partnership", "lp", false},
	/* private and public limited companies */
	{"ltd", "ltd", false},
	{"limited", "ltd", false},
	{"pte ltd", "ltd", false},
	{"pte limited", "ltd", false},
	{"pvt ltd", "ltd", false},
	{"pvt limited", "ltd", false},
	{"private limited", "ltd", false},
	{"private limited company", "ltd", false},
	{"you xian gong si", "ltd", false},
	{"youxian gongsi", "ltd", false},
	{"youxiangongsi", "ltd", false},
	{"plc", "plc", false},
	{"public limited company", "plc", false},
	/* joint-stock companies */
	{"jsc", "jsc", false},
	{"joint stock company", "jsc", false},
	{"joint stock co", "jsc", false},
	{"ojsc", "jsc", false},
	{"open joint stock company", "jsc", false},
	{"cjsc", "jsc", false},
	{"closed joint stock company", "jsc", false},
	{"pjsc", "jsc", false},
	{"public joint stock company", "jsc", false},
	{"ao", "jsc", true},
	{"oao", "jsc", false},
	{"zao", "jsc", false},
	{"pao", "jsc", false},
	{"aktsionernoye obshchestvo", "jsc", false},
	{"aktsionernoe obshchestvo", "jsc", false},
	{"otkrytoye aktsionernoye obshchestvo", "jsc", false},
	{"zakrytoye aktsionernoye obshchestvo", "jsc", false},
	{"publichnoye aktsionernoye obshchestvo", "jsc", false},
	{"nepublichnoye aktsionernoye obshchestvo", "jsc", false},
	{"pat", "jsc", true},
	{"prat", "jsc", true},
	{"vat", "jsc", true},
	{"zat", "jsc", true},
	{"aktsionerne tovarystvo", "jsc", false},
	{"gu fen you xian gong si", "jsc", false},
	{"ag", "ag", true},
	{"aktiengesellschaft", "ag", false},
	{"sa", "sa", true},
	{"s a", "sa", true},
	{"societe anonyme", "sa", false},
	{"sociedad anonima", "sa", false},
	{"sociedade anonima", "sa", false},
	{"s a de c v", "sadecv", false},
	{"sa de cv", "sadecv", false},
	{"societe anonyme de cv", "sadecv", false},
	{"sociedad anonima de cv", "sadecv", false},
	{"sociedade anonima de cv", "sadecv", false},
	{"s a de cv", "sadecv", false},
	{"sociedad anonima de capital variable", "sadecv", false},
	{"s a b de c v", "sabdecv", false},
	{"sab de cv", "sabdecv", false},
	{"spa", "spa", true},
	{"s p a", "spa", false},
	{"societa per azioni", "spa", false},
	{"nv", "nv", true},
	{"naamloze vennootschap", "nv", false},
	{"bv", "bv", true},
	{"besloten vennootschap", "bv", false},
	{"ab", "ab", true},
	{"aktiebolag", "ab", false},
	{"as", "as", true},
	{"aksjeselskap", "as", false},
	{"aktieselskab", "as", false},
	{"oy", "oy", true},
	{"osakeyhtio", "oy", false},
	{"kg", "kg", true},
	{"kommanditgesellschaft", "kg", false},
	{"sas", "sas", true},
	{"societe par actions simplifiee", "sas", false},
	{"s a s", "sas", false},
	{"sociedad por acciones simplificada", "sas", false},
	{"s en c", "senc", false},
	{"sociedad en comandita", "senc", false},
	{"sdn bhd", "sdnbhd", false},
	{"sendirian berhad", "sdnbhd", false},
	{"sdnbhd", "sdnbhd", false},
	{"bhd", "bhd", true},
	{"berhad", "bhd", false},
	{"tbk", "tbk", true},
	{"pt", "pt", true},
	{"fze", "fze", false},
	{"free zone establishment", "fze", false},
	{"fzco", "fzco", false},
	{"fzc", "fzco", false},
	{"free zone company", "fzco", false},
	{"dmcc", "dmcc", false},
	/* Russian state, municipal and non-commercial organisations */
	{"fgup", "fgup", false},
	{"federalnoye gosudarstvennoye unitarnoye predpriyatiye", "fgup", false},
	{"gup", "gup", true},
	{"gosudarstvennoye unitarnoye predpriyatiye", "gup", false},
	{"mup", "mup", true},
	{"munitsipalnoye unitarnoye predpriyatiye", "mup", false},
	{"fkp", "fkp", false},
	{"federalnoye kazennoye predpriyatiye", "fkp", false},
	{"fgbu", "fgbu", false},
	{"federalnoye gosudarstvennoye byudzhetnoye uchrezhdeniye", "fgbu", false},
	{"ano", "ano", true},
	{"avtonomnaya nekommercheskaya organizatsiya", "ano", false},
	{"nko", "nko", true},
	{"nekommercheskaya organizatsiya", "nko", false},
	/*
	 * associations (not the German e.V.: "e v" may be a person's two
	 * initials, and the token "ev" a given name)
	 */
	{"asbl", "asbl", false},
	{"a s b l", "asbl", false},
	{"association sans but lucratif", "asbl", false},
	{"vzw", "vzw", false},
	{"v z w", "vzw", false},
	{"vereniging zonder winstoogmerk", "vzw", false},
	/* general company words */
	{"inc", "inc", false},
	{"incorporated", "inc", false},
	{"corp", "corp", false},
	{"corporation", "corp", false},
	{"co", "co", true},
	{"company", "co", false},
	{"cia", "co", true},
	{"compania", "co", false},
	{"companhia", "co", false},
	{"compagnie", "co", false},
	{"cie", "co", true},
	{"gongsi", "co", false},
	{"gong si", "co", false},
	{"sharikat", "co", false},
	{"shirkat", "co", false},
	{"sherkat", "co", false},
	{"sherkate", "co", false},
	{"sirket", "co", false},
	{"sirketi", "co", false},
	{"anonim sirketi", "as", false},
};
const size_t sn_n_legal_forms = sizeof(sn_legal_forms) / sizeof(sn_legal_forms[0]);

/*
 * Honorifics and offices dropped from a name (only when another token
 * remains): they say nothing about who is meant, and customer records and
 * news carry them at will ("Mr John Smith", "President Putin", "Президент
 * Путин", "Putyin elnök").
 */
const char *const sn_dropped_titles[] = {
	"dr", "elnok", "frau", "gospodin", "gospozha", "herr", "lady", "lord",
	"madam", "madame", "miss", "mister", "mlle", "mme", "monsieur", "mr", "mrs",
	"ms", "mx", "prasident", "predsjednik", "presedintele", "presiden",
	"president", "presidente", "prezident", "prof", "professor", "senor",
	"senora", "senorita", "sig", "signor", "signora", "sir", "sr", "sra",
	"srta",
};
const size_t sn_n_dropped_titles = sizeof(sn_dropped_titles) / sizeof(sn_dropped_titles[0]);

/*
 * Ranks and religious titles are kept (they are sometimes the only thing
 * that tells two listed people apart, and "General" is also a company word)
 * but the matcher gives them little weight; so is the junior of a son named
 * after his father (Jr, Jnr), which records and lists write or leave out at
 * will (the senior's Sr is dropped as the Spanish title).  The religious
 * ones also as Arabic script comes out of the normaliser, without short
 * vowels (ملا is mla, شيخ shykh, مولوي mwlwy), so that a name written in that
 * script does not weigh its title as a name the other side lacks.
 */
const char *const sn_kept_titles[] = {
	"admiral", "ayatollah", "brig", "brigadier", "capt", "captain", "col",
	"colonel", "commander", "emir", "gen", "general", "haji", "hajji", "hajy",
	"imam", "jnr", "jr", "lt", "maj", "major", "maulana", "maulavi", "maulvi",
	"mawlawi", "mfty", "mla", "mufti", "mulla", "mullah", "mwlana", "mwlwy",
	"qari", "qary", "sayed", "sayyid", "shaikh", "shaykh", "sheik", "sheikh",
	"shykh",
};
const size_t sn_n_kept_titles = sizeof(sn_kept_titles) / sizeof(sn_kept_titles[0]);

/*
 * Names of countries, in English and as the country writes itself in Latin
 * letters, and the abbreviations of three that company names use (PCC UK
 * Ltd, Aero Continente (USA) Inc; "us" is also a word).  In an
 * organisation's name a country says where a company of a group is
 * registered ("Deutsche Bank (Schweiz) AG", "L & H Sweden AB"), the way a
 * legal form says what kind of company it is: the score weighs it there as
 * a common company word (sn_token_info.place, W_PLACE).  In a person's
 * name the same words are names (Jordan, Georgia, Chad, the Korean Uk) and
 * weigh as usual.
 */
const char *const sn_country_names[] = {
	"afghanistan", "albania", "algeria", "andorra", "angola", "antigua",
	"argentina", "armenia", "australia", "austria", "azerbaijan", "bahamas",
	"bahrain", "bangladesh", "barbados", "belarus", "belgie", "belgique",
	"belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana",
	"brasil", "brazil", "brunei", "bulgaria", "burkina", "burma", "burundi",
	"cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia",
	"comoros", "congo", "croatia", "cuba", "cyprus", "czechia", "danmark",
	"denmark", "deutschland", "djibouti", "dominica", "ecuador", "egypt",
	"ellada", "eritrea", "espana", "estonia", "eswatini", "ethiopia", "fiji",
	"finland", "france", "gabon", "gambia", "georgia", "germany", "ghana",
	"greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "hellas",
	"holland", "honduras", "hungary", "iceland", "india", "indonesia", "iran",
	"iraq", "ireland", "israel", "italia", "italy", "jamaica", "japan",
	"jordan", "kazakhstan", "kenya", "kiribati", "korea", "kosovo", "kuwait",
	"kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya",
	"liechtenstein", "lithuania", "lubnan", "luxembourg", "madagascar",
	"magyarorszag", "malawi", "malaysia", "maldives", "mali", "malta",
	"mauritania", "mauritius", "mexico", "mexique", "micronesia", "misr",
	"moldova", "monaco", "mongolia", "montenegro", "morocco", "mozambique",
	"myanmar", "namibia", "nauru", "nederland", "nepal", "netherlands",
	"nicaragua", "niger", "nigeria", "norge", "norway", "oman", "osterreich",
	"pakistan", "palau", "palestine", "panama", "paraguay", "peru",
	"philippines", "poland", "polska", "portugal", "qatar", "romania",
	"rossii", "rossiya", "russia", "rwanda", "samoa", "schweiz", "senegal",
	"serbia", "seychelles", "singapore", "slovakia", "slovenia", "somalia",
	"spain", "sudan", "suisse", "suomi", "suriname", "suriya", "sverige",
	"svizzera", "sweden", "switzerland", "syria", "taiwan", "tajikistan",
	"tanzania", "thailand", "togo", "tonga", "trinidad", "tunisia", "turkey",
	"turkiye", "turkmenistan", "tuvalu", "uae", "uganda", "uk", "ukraine",
	"uruguay", "usa", "uzbekistan", "vanuatu", "venezuela", "vietnam", "yemen",
	"zambia", "zimbabwe",
};
const size_t sn_n_country_names = sizeof(sn_country_names) / sizeof(sn_country_names[0]);

/*
 * Words that name a kind of organisation: a name with one is an
 * organisation's, legal form or not (the acronym rule and the cut-short
 * words of a company's name ask it, sn_token_info.organisation).
 */
const char *const sn_organisation_words[] = {
	"army", "association", "bank", "banco", "brigade", "brigades", "cephesi", "committee",
	"council", "ejercito", "empresa", "enterprise", "forces", "foundation", "frente", "fuerzas",
	"fundacion", "front", "group", "grupo", "harakat", "harakah", "institute", "ministry",
	"movement", "organization", "organisation", "partido", "partisi", "party", "society",
	"trading", "union",
};
const size_t sn_n_organisation_words =
	sizeof(sn_organisation_words) / sizeof(sn_organisation_words[0]);

/*
 * Abbreviations of the common words of company names, written out: "First
 * Bank Int'l" is "First International Bank", "ACME COMM GRP" a group.  Only
 * spellings that are no word or name of their own (not "comm", "ind",
 * "dev", which stand for several words or are names).
 */
const sn_abbreviation sn_abbreviations[] = {
	{"intl", "international"},
	{"natl", "national"},
	{"grp", "group"},
	{"mgmt", "management"},
	{"mfg", "manufacturing"},
	{"mktg", "marketing"},
	{"hldgs", "holdings"},
	{"hldg", "holding"},
	{"svcs", "services"},
	{"srvcs", "services"},
	{"srvces", "services"},
	{"svc", "service"},
	{"srvc", "service"},
	{"assn", "association"},
	{"bros", "brothers"},
	{"dept", "department"},
	{"engg", "engineering"},
	{"trdg", "trading"},
	{"univ", "university"},
	{"ctr", "center"},
	{"cntr", "center"},
	{"centre", "center"},
	{"invt", "investment"},
	{"invts", "investments"},
};
const size_t sn_n_abbreviations = sizeof(sn_abbreviations) / sizeof(sn_abbreviations[0]);

/*
 * Given names and their usual short forms and equivalents in other
 * languages (and, further down, words of organisations' names and their
 * translations), a group a line: "Ted" is Theodore or Edward, "Bibi" Binyamin,
 * "Juan" and "Ivan" are John.  Screening meets them both ways (a customer
 * record with the short form, a list entry with the full one), and no
 * spelling rule brings them together.  A name may stand in two groups at
 * most.  Short forms that are also common words or particles of names
 * ("al", "ben", "don", "pat") are left out: they would make a shared
 * article or honorific look like a given name.  A group may hold a name as
 * the normaliser writes it from another script where no spelling rule
 * reaches the English form: בנימין is "bnymyn", whose y the English
 * Benjamin writes j (Jacob, Isaac, Joseph likewise); and the Russian
 * spellings of English names, which write them by sound (Джон "dzhon",
 * Джордж "dzhordzh", Уильям "uilyam", Майкл "maykl").
 */
const char *const sn_name_variants[] = {
	"william bill billy will willy willie wilhelm guillermo guillaume guglielmo vilhelm "
	"uilyam vilyam",
	"robert bob bobby rob robbie roberto",
	"richard dick rick ricky ricardo riccardo",
	"james jim jimmy jamie jaime giacomo dzheyms dzhim dzhimmi",
	/* (not with Jorge: Aaron George is no Jorge Nasser Arana) */
	"george dzhordzh",
	"john jack johnny juan johann johannes jean giovanni ivan vanya ioannis joao sean hans jan jovan "
	"dzhon dzhek dzhonni",
	"joseph joe joey jose josef giuseppe iosif yosef ywsf dzhozef dzho",
	"michael mike mikey mick miguel michel michele mikhail misha mykhailo mikael maykl",
	"alexander alex alec sasha alejandro alessandro alexandre aleksandr oleksandr alexandros "
	"aliaksandr alyaksandr",
	"nicholas nick nicky nikolai nikolay nicolas nicola nikolaos mykola mikalai mikalaj "
	"mikalay nikolas",
	"peter pete pedro pietro pierre piotr petr pyotr petro",
	"paul pablo paolo pavel paulo",
	"stephen steven steve esteban stefan stephan stefano stepan stsiapan stsyapan stiven",
	"thomas tom tommy tomas tommaso",
	"theodore ted teddy theo fyodor fedor theodor teodor",
	"edward ted eddie eduardo edouard",
	"charles charlie chuck carlos carlo karl carl charlz",
	"henry harry hank enrique henri enrico heinrich",
	"harold harry",
	"frederick fred freddie federico friedrich frederik",
	"francis frank frankie francisco francesco francois franz frensis",
	"benjamin benji bibi binyamin bnymyn bendzhamin",
	"daniel danny deniel",
	"david dave davide dawid devid deyvid",
	"samuel sam sammy semyuel",
	"anthony tony antonio anton antoine entoni",
	"andrew andy andres andreas andrei andrey andriy andre endryu",
	"matthew matt matteo mateo matthias matvei matvey metyu",
	"christopher chris cristobal christoph kristofer",
	"patrick paddy patricio",
	"timothy tim timoti",
	"kenneth kenny kennet",
	"ronald ronnie",
	"gerald gerry jerry dzherald dzherri",
	"lawrence larry lorenzo laurent lourens",
	"leonard lenny leonardo",
	"raymond ramon reymond",
	"gregory greg grigory grigoriy hryhoriy hryhorii ryhor rygor",
	"jeffrey jeff geoffrey dzheffri dzheff",
	"vincent vince vincenzo vinsent",
	"albert bert alberto",
	"elizabeth liz beth betty eliza elisabeth yelizaveta elizabet",
	"margaret maggie peggy margarita marguerite",
	"katherine kate kathy katie catherine catalina ekaterina yekaterina katya caterina kateryna "
	"ketrin",
	"mary maria marie mariya masha meri",
	"susan susie suzanne syuzan",
	"deborah debbie",
	"patricia patty trish",
	"jennifer jenny dzhennifer",
	"rebecca becky",
	"barbara barb",
	"helen helena elena yelena olena",
	"jacob jake jakob yakov yaakov yqv dzheykob",
	"isaac yitzhak ytzhq",
	"abraham abe avraham",
	"vladimir vova volodya volodymyr uladzimir",
	"dmitry dmitriy dima dmitri dmytro dzmitry dzmitryi dzmitrij dzmitryy",
	"sergey sergei serhiy sergiy sergio siarhei siarhej syargey syarhyey",
	"yevgeny evgeny yevgeniy eugene zhenya yevhen yevheniy yevhenii yauhen yauheni jauhien "
	"yawhyen jewgeni jewgenij jewgienij",
	"konstantin kostya constantine kanstantsin",
	"anatoly anatoliy tolya anatol",
	"boris borya",
	"vyacheslav viacheslav viachaslau vyachaslau vyachaslaw",
	"vladislav vladyslav uladzislau uladzislaw",
	"valentin valiantsin valyantsin",
	"denis dzianis",
	"kirill kiril kiryl kyrylo",
	"yaroslav yaraslau yaroslau",
	"timofey timofei tsimafei tsimafey tymofiy tymofii",
	"arkady arkadiy arkadii arkadi arkadz",
	/*
	 * Ukrainian names as Ukrainian romanisation writes them, where it
	 * writes h for the g of the Russian form (Hryhoriy, Grigoriy; Halyna,
	 * Galina), o for a and i for e (Oleksiy, Aleksey): the phonetic key keeps
	 * h and g apart, rightly for Arabic names (Hassan, Ghassan).  So does
	 * Belarusian's (above and below, as the EU and UK lists write Belarus's
	 * officials), with a for an unstressed o, ia for e, dz and ts for a soft
	 * d and t, and u for v: Ihar (Igor), Aleh (Oleg), Siarhei (Sergei),
	 * Uladzimir (Vladimir), Yauhen (Yevgeny), Kanstantsin (Konstantin), and
	 * as BGN/PCGN does from Belarusian Cyrillic (Syarhyey, Yawhyen, Mikalay).
	 * German and Polish spellings write j for y (Jewgeni, Juri), which the
	 * key keeps apart for Arabic names too (Jamal is no Yamal).
	 */
	"galina halyna",
	"georgy georgiy georgi heorhiy heorhii",
	"igor ihor ihar",
	"oleg oleh aleh alieh aleg alyeh",
	"olga olha",
	"bogdan bohdan",
	"gleb hlib",
	"gennady gennadiy gennadi hennadiy hennadii hienadz henadz genadz",
	"alexey aleksey alexei aleksei aleksej oleksiy oleksii olexiy aliaksei alyaksei alyaksey",
	"yuri yury yuriy yurii jurij iouri yuryy juri",
	/*
	 * Words of organisations' names and their English translations, as
	 * the lists give both (BANK TOSEYEH SADERAT IRAN a.k.a. EXPORT
	 * DEVELOPMENT BANK OF IRAN, JAYSH AL-ISLAM a.k.a. ARMY OF ISLAM,
	 * STICHTING AL-AQSA for the AL-AQSA FOUNDATION): Arabic and Persian,
	 * the European words for a foundation or an association (and the
	 * society that translates jam'iyya as often: JAMI'A AL-SALAH, AL-SALAH
	 * SOCIETY), and Russian and Ukrainian ones for a state enterprise or
	 * trading (BANK TORGOVOY KAPITAL, TRADE CAPITAL BANK); Spanish, French,
	 * Portuguese and Italian ones for the armed and political groups that
	 * the lists name in their own language (EJERCITO DE LIBERACION NACIONAL,
	 * NATIONAL LIBERATION ARMY), and Turkish ones (DEVRIMCI HALK KURTULUS
	 * PARTISI-CEPHESI; ITHALAT IHRACAT, IMPORT EXPORT).  Only words that no
	 * spelling rule brings together, and not words that are also common
	 * given names (shahid, martyr; darya, kurtulus, fulad) or surnames
	 * (daryaei).
	 */
	"foundation stichting stiftung fondation fundacion fondazione fundacao fond muassasa "
	"muassasat muassasah bonyad",
	"association society vereniging verein forening foreningen asociacion associazione "
	"associacao jamia jamiya jamiyya jamiyat jamiat obedinenie obyedinenie",
	"institute institution moassese moasseseh",
	"organization organisation sazman sazmane sazemane tanzim munazzama munazzamat",
	"army jaysh jaish jeish ejercito exercito esercito",
	"movement harakat harakah haraka",
	"front jabhat jabhah jabha frente fronte cephesi cephe",
	"party hizb hezb stranka partiya partido partito partisi",
	"state dawla dawlah dawlat gosudarstvennoe gosudarstvennoye derzhavne",
	"enterprise predpriyatie predpriyatiye pidpryemstvo",
	"factory plant zavod",
	"bureau byuro",
	"design konstruktorskoe konstruktorskoye",
	"production proizvodstvennoe proizvodstvennoye proizvodstvennaya",
	"research nauchno",
	"russian rossiski rossiyskiy rossiiskii rossiiskaya rossiyskaya russkiy russkii russkie "
	"russkaya russkoe russkoye",
	"machines machinery mashiny",
	"youth shabaab shabab",
	"caliphate khilafah khilafa khilafat",
	"soldiers jund junud",
	"brigade liwa",
	"brigades kataib",
	"battalion katiba katibat",
	"group jamaa jamaah jamaat gamaa gamaat goruh",
	"committee lajna lajnat lajnah",
	"council majlis",
	"martyrs shuhada shohada",
	"islamic islamiyya islamiya islamiyah islami",
	"heritage turath",
	"revival ihya ihyaa",
	"charity charitable khayriyya khayriyyah khayriya khairiya khairiyya",
	"relief emdad imdad secours",
	"call dawa dawah",
	"construction sakhteman",
	"development toseyeh tose tosee toseh",
	"export saderat ihracat",
	"import ithalat",
	"insurance bimeh",
	"industry industries industrial sanaye sanayi sanati",
	"cement siman",
	"chemical chemicals shimi",
	"petrochemical petroshimi petrochemie",
	"east shargh sharq",
	"tourism gardeshgari",
	"west gharb",
	"welfare refah",
	"workers kargaran karkeren",
	"trade trading commercial tejarat bazargani ticaret torgovy torgovyy torgovyi torgovoy "
	"torgovaya "
	"torgovoye torgovoe",
	"shipping kashtirani",
	"oil naft",
	"national melli nacional nazionale",
	"corps sepah",
	"guard guards guardians pasdaran",
	"revolution revolutionary enghelab enqelab inqilab revolucion revolucionario "
	"revolucionaria revolucionarios revolucionarias revolutionnaire revolutionnaires "
	"rivoluzionario devrimci",
	"liberation liberacion libertacao liberazione tahrir",
	"democratic democratique democratiques democratica democratico democraticas "
	"democraticos demokratik",
	"armed armadas armados",
	"center markaz tsentr",
	"central markazi",
	"international mezhdunarodny mezhdunarodnyy mezhdunarodnyj mezhdunarodnaya "
	"mezhdunarodnoe mizhnarodnyi mizhnarodnyy",
	"jerusalem quds qods ghods",
	"ministry vezarat vezarate wizarat wizarah",
	"defense defence defa difa",
	"republic jomhuri jomhouri jomhuriye jumhuriya jumhuriyya",
	"cooperative taavon taavoni",
	"forces niru niroo nirooye niruye quwwat fuerzas forcas forze",
	"air airline airlines airways havapeymayi aviakompaniya avialinii",
	/*
	 * Muslim given names in their Turkish and Russian (Caucasian) forms,
	 * which share too little spelling for the phonetic rule: Turkish writes
	 * Muhammad Mehmet, Russian renders the Arabic h as g (Magomed, Gasan,
	 * Gusein); and in the French forms of the Maghreb, which write c or
	 * ss for s and drop short vowels (Hocine, Hacene, Driss), write ou for
	 * u and ai for the vowel after an ayn (Messaoud, Louai, Aissa), and
	 * write the article on the name (Lahcen and Ahcene, al-Hasan;
	 * Lhoussaine, al-Husayn; Larbi, al-Arabi); Mohand is the Kabyle form
	 * of Muhammad; Mohd, Muhd and Mhd its abbreviations in Malaysian and
	 * Syrian records.  The phonetic key gives Messaoud and Masud, Aissa and
	 * Isa one key, but their vowels share too little spelling for the key
	 * alone to be taken at its word (their groups are at the end).
	 */
	"muhammad mohammed mohammad mohamed muhammed mohamad muhamad mehmet mehmed magomed mohand "
	"mohd muhd mhd",
	"hasan hassan gasan hacene lahcen lahsen ahcene",
	"husein hussein husain husayn huseyn huseyin gusein guseyn hocine houcine lhoussaine "
	"lhoussine",
	/*
	 * Korean surnames and name syllables: Hangul comes out of the
	 * normaliser in Revised Romanization (김정은 is gim jeong eun), while
	 * lists and records write the usual or McCune-Reischauer spellings
	 * (KIM Jong Un, RI Pyong Chol, CHOE Ryong Hae).  Only spellings that
	 * the typo rule does not already bring together.
	 */
	"kim gim",
	"park bak pak",
	"lee yi ri rhee li",
	"choi choe",
	"jung jeong chung",
	"kang gang",
	"cho jo",
	"yoon yun",
	"jang chang",
	"lim im rim",
	"shin sin",
	"yoo yu",
	"seo suh",
	"ahn an",
	"moon mun",
	"baek paek paik",
	"eun un",
	"seong sung",
	"gyeong kyong kyung",
	"yeong young yong",
	"seok sok suk",
	"cheol chol chul",
	/*
	 * More French forms of the Maghreb (see Hocine above), last so that
	 * the groups above keep their numbers, which index keys hold.
	 */
	"masud masoud massoud messaoud mesut",
	"isa issa eisa aissa",
	"luay louai loay",
	"idris driss",
	"arabi larbi",
	/* Sean as English writes it (Sean is also John's Irish form, above) */
	"sean shaun shawn",
};
const size_t sn_n_name_variants = sizeof(sn_name_variants) / sizeof(sn_name_variants[0]);

/* a token's groups are numbered in a byte (sn_token_info.variant) */
_Static_assert(sizeof(sn_name_variants) / sizeof(sn_name_variants[0]) <= UINT8_MAX,
			   "sn_name_variants holds more groups than a byte numbers");

/*
 * The syllables of Mandarin as the normaliser writes Han characters
 * (Han-Latin/Names, then Latin-ASCII; every character of the CJK Unified
 * Ideographs and Extension A blocks read once, single letters and
 * interjections left out): a closed set, which lets the matcher recognise
 * a Chinese name from its canonical form alone, whether it was written in
 * Han or in pinyin.
 */
const char *const sn_pinyin_syllables[] = {
	"ai", "an", "ang", "ao", "ba", "bai", "ban", "bang", "bao", "bei", "ben",
	"beng", "bi", "bian", "biao", "bie", "bin", "bing", "bo", "bu", "ca",
	"cai", "can", "cang", "cao", "ce", "cen", "ceng", "cha", "chai", "chan",
	"chang", "chao", "che", "chen", "cheng", "chi", "chong", "chou", "chu",
	"chua", "chuai", "chuan", "chuang", "chui", "chun", "chuo", "ci", "cong",
	"cou", "cu", "cuan", "cui", "cun", "cuo", "da", "dai", "dan", "dang",
	"dao", "de", "den", "deng", "di", "dian", "diao", "die", "ding", "diu",
	"dong", "dou", "du", "duan", "dui", "dun", "duo", "ei", "en", "eng", "er",
	"fa", "fan", "fang", "fei", "fen", "feng", "fiao", "fo", "fou", "fu", "ga",
	"gai", "gan", "gang", "gao", "ge", "gei", "gen", "geng", "gong", "gou",
	"gu", "gua", "guai", "guan", "guang", "gui", "gun", "guo", "ha", "hai",
	"han", "hang", "hao", "he", "hei", "hen", "heng", "hong", "hou", "hu",
	"hua", "huai", "huan", "huang", "hui", "hun", "huo", "ji", "jia", "jian",
	"jiang", "jiao", "jie", "jin", "jing", "jiong", "jiu", "ju", "juan", "jue",
	"jun", "ka", "kai", "kan", "kang", "kao", "ke", "kei", "ken", "keng",
	"kong", "kou", "ku", "kua", "kuai", "kuan", "kuang", "kui", "kun", "kuo",
	"la", "lai", "lan", "lang", "lao", "le", "lei", "leng", "li", "lia",
	"lian", "liang", "liao", "lie", "lin", "ling", "liu", "lo", "long", "lou",
	"lu", "luan", "lue", "lun", "luo", "ma", "mai", "man", "mang", "mao", "me",
	"mei", "men", "meng", "mi", "mian", "miao", "mie", "min", "ming", "miu",
	"mo", "mou", "mu", "na", "nai", "nan", "nang", "nao", "ne", "nei", "nen",
	"neng", "ni", "nian", "niang", "niao", "nie", "nin", "ning", "niu", "nong",
	"nou", "nu", "nuan", "nue", "nun", "nuo", "ou", "pa", "pai", "pan", "pang",
	"pei", "pen", "peng", "pi", "pian", "piao", "pie", "pin", "ping", "po",
	"pou", "pu", "qi", "qia", "qian", "qiang", "qiao", "qie", "qin", "qing",
	"qiong", "qiu", "qu", "quan", "que", "qun", "ran", "rang", "rao", "re",
	"ren", "reng", "ri", "rong", "rou", "ru", "rua", "ruan", "rui", "run",
	"ruo", "sa", "sai", "san", "sang", "sao", "se", "sen", "seng", "sha",
	"shai", "shan", "shang", "shao", "she", "shei", "shen", "sheng", "shi",
	"shou", "shu", "shua", "shuai", "shuan", "shuang", "shui", "shun", "shuo",
	"si", "song", "sou", "su", "suan", "sui", "sun", "suo", "ta", "tai", "tan",
	"tang", "tao", "te", "teng", "ti", "tian", "tiao", "tie", "ting", "tong",
	"tou", "tu", "tuan", "tui", "tun", "tuo", "wa", "wai", "wan", "wang",
	"wei", "wen", "weng", "wo", "wu", "xi", "xia", "xian", "xiang", "xiao",
	"xie", "xin", "xing", "xiong", "xiu", "xu", "xuan", "xue", "xun", "ya",
	"yan", "yang", "yao", "ye", "yi", "yin", "ying", "yo", "yong", "you", "yu",
	"yuan", "yue", "yun", "za", "zai", "zan", "zang", "ze", "zei", "zen",
	"zeng", "zha", "zhai", "zhan", "zhang", "zhao", "zhe", "zhen", "zheng",
	"zhi", "zhong", "zhou", "zhu", "zhua", "zhuai", "zhuan", "zhuang", "zhui",
	"zhun", "zhuo", "zi", "zong", "zou", "zu", "zuan", "zui", "zun", "zuo"
};
const size_t sn_n_pinyin_syllables = sizeof(sn_pinyin_syllables) / sizeof(sn_pinyin_syllables[0]);

/*
 * The legal-form table, parsed once into token lists and indexed by first
 * token through a sorted array, so a lookup costs a binary search.
 */
#define MAX_PHRASE_TOKENS 12

typedef struct parsed_form
{
	int			ntok;
	sn_tok		tok[MAX_PHRASE_TOKENS];
	const sn_legal_form *form;
} parsed_form;

static parsed_form *parsed;
static const parsed_form **fuzzy_start;	/* see match_misspelt_start */
static size_t n_fuzzy_start;
/* lengths and first letters of their second words: a probe-free filter */
static uint32_t second_shape[32];

/*
 * A phrase of this many words or more is recognised with one of its words
 * misspelt by one letter ("JOYNT STOCK COMPANY"), when that word has
 * FUZZY_WORD_LEN letters or more: the other words make the phrase certain,
 * and a typo in the legal form must not leave a company with three stray
 * words that its own name lacks.
 */
#define FUZZY_PHRASE_TOKENS 3
#define FUZZY_WORD_LEN 5

/*
 * Every word of the tables, with what it is, in an open-addressing hash
 * table (FNV-1a, linear probing) filled once per process.
 */
#define WORD_SLOTS 2048			/* a power of two, well above the words */

typedef struct word_slot
{
	const char *s;				/* NULL: empty slot */
	size_t		len;
	unsigned	flags;
} word_slot;

static word_slot word_slots[WORD_SLOTS];

static inline uint32_t
word_hash(const char *s, size_t len)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	return h;
}

static void
word_add(const char *s, size_t len, unsigned flags)
{
	uint32_t	h = word_hash(s, len) & (WORD_SLOTS - 1);

	while (word_slots[h].s)
	{
		if (word_slots[h].len == len && memcmp(word_slots[h].s, s, len) == 0)
		{
			word_slots[h].flags |= flags;
			return;
		}
		h = (h + 1) & (WORD_SLOTS - 1);
	}
	word_slots[h].s = s;
	word_slots[h].len = len;
	word_slots[h].flags = flags;
}

static int
parsed_cmp(const void *a, const void *b)
{
	const parsed_form *pa = a;
	const parsed_form *pb = b;
	int			c;

	c = memcmp(pa->tok[0].s, pb->tok[0].s,
			   pa->tok[0].len < pb->tok[0].len ? pa->tok[0].len : pb->tok[0].len);
	if (c == 0)
		c = (pa->tok[0].len > pb->tok[0].len) - (pa->tok[0].len < pb->tok[0].len);
	if (c == 0)					/* longest phrase first */
		c = pb->ntok - pa->ntok;
	return c;
}

static int
longer_first(const void *a, const void *b)
{
	const parsed_form *pa = *(const parsed_form *const *) a;
	const parsed_form *pb = *(const parsed_form *const *) b;

	return pb->ntok - pa->ntok;
}

static void
init_tables(void)
{
	parsed_form *p;
	size_t		i;

	if (parsed)
		return;
	/* static storage, allocated once per process with malloc on purpose */
	p = calloc(sn_n_legal_forms, sizeof(parsed_form));
	fuzzy_start = calloc(sn_n_legal_forms, sizeof(parsed_form *));
	if (!p || !fuzzy_start)
		abort();
	for (i = 0; i < sn_n_legal_forms; i++)
	{
		const char *s = sn_legal_forms[i].phrase;
		parsed_form *pf = &p[i];

		pf->form = &sn_legal_forms[i];
		while (*s)
		{
			const char *e = strchr(s, ' ');
			size_t		l = e ? (size_t) (e - s) : strlen(s);

			if (pf->ntok < MAX_PHRASE_TOKENS)
			{
				pf->tok[pf->ntok].s = s;
				pf->tok[pf->ntok].len = l;
				pf->ntok++;
			}
			s += l;
			while (*s == ' ')
				s++;
		}
		word_add(pf->tok[0].s, pf->tok[0].len, SN_WORD_LEGAL_START);
		if (pf->ntok >= FUZZY_PHRASE_TOKENS && pf->tok[0].len >= FUZZY_WORD_LEN)
		{
			word_add(pf->tok[1].s, pf->tok[1].len, SN_WORD_LEGAL_SECOND);
			if (pf->tok[1].len < 32)
				second_shape[pf->tok[1].len] |= 1u << (pf->tok[1].s[0] & 31);
		}
		word_add(sn_legal_forms[i].canon, strlen(sn_legal_forms[i].canon),
				 SN_WORD_LEGAL_CANON);
	}
	qsort(p, sn_n_legal_forms, sizeof(parsed_form), parsed_cmp);
	/* the phrases whose first word may be misspelt, longest first */
	for (i = 0; i < sn_n_legal_forms; i++)
		if (p[i].ntok >= FUZZY_PHRASE_TOKENS && p[i].tok[0].len >= FUZZY_WORD_LEN)
			fuzzy_start[n_fuzzy_start++] = &p[i];
	qsort(fuzzy_start, n_fuzzy_start, sizeof(parsed_form *), longer_first);
	for (i = 0; i < sn_n_dropped_titles; i++)
		word_add(sn_dropped_titles[i], strlen(sn_dropped_titles[i]), SN_WORD_DROPPED_TITLE);
	for (i = 0; i < sn_n_pinyin_syllables; i++)
		word_add(sn_pinyin_syllables[i], strlen(sn_pinyin_syllables[i]), SN_WORD_PINYIN);
	for (i = 0; i < sn_n_kept_titles; i++)
		word_add(sn_kept_titles[i], strlen(sn_kept_titles[i]), SN_WORD_KEPT_TITLE);
	for (i = 0; i < sn_n_abbreviations; i++)
		word_add(sn_abbreviations[i].abbr, strlen(sn_abbreviations[i].abbr), SN_WORD_ABBREVIATION);
	parsed = p;					/* last: the tables are complete */
}

unsigned
sn_word_flags(const char *s, size_t len)
{
	uint32_t	h;

	init_tables();
	h = word_hash(s, len) & (WORD_SLOTS - 1);
	while (word_slots[h].s)
	{
		if (word_slots[h].len == len && memcmp(word_slots[h].s, s, len) == 0)
			return word_slots[h].flags;
		h = (h + 1) & (WORD_SLOTS - 1);
	}
	return 0;
}

bool
sn_is_dropped_title(const char *s, size_t len)
{
	return (sn_word_flags(s, len) & SN_WORD_DROPPED_TITLE) != 0;
}

bool
sn_is_kept_title(const char *s, size_t len)
{
	return (sn_word_flags(s, len) & SN_WORD_KEPT_TITLE) != 0;
}

bool
sn_is_pinyin(const char *s, size_t len)
{
	return (sn_word_flags(s, len) & SN_WORD_PINYIN) != 0;
}

const char *
sn_abbreviation_of(const char *s, size_t len)
{
	size_t		i;

	if (!(sn_word_flags(s, len) & SN_WORD_ABBREVIATION))
		return NULL;
	for (i = 0; i < sn_n_abbreviations; i++)
		if (strlen(sn_abbreviations[i].abbr) == len &&
			memcmp(sn_abbreviations[i].abbr, s, len) == 0)
			return sn_abbreviations[i].word;
	return NULL;
}

bool
sn_is_legal_canon(const char *s, size_t len)
{
	return (sn_word_flags(s, len) & SN_WORD_LEGAL_CANON) != 0;
}

/*
 * A name cut short at a field's length limit ends in the middle of its
 * legal form ("TACTICAL MISSILES CORPORATION JOINT STOCK COMPAN"): the last
 * word of a phrase of two or more words counts when the name's last token
 * is the first four or more of its letters (the caller compares them), and
 * not itself a canonical token, which must keep mapping to itself.
 */
static inline bool
cut_short(const sn_tok *word, const sn_tok *tok, bool last_of_name)
{
	return last_of_name && tok->len >= 4 && tok->len < word->len &&
		!sn_is_legal_canon(tok->s, tok->len);
}

/* the token tok is the phrase word word, or (prefix) begins it */
static inline bool
same_word(const sn_tok *word, const sn_tok *tok, bool prefix)
{
	return (word->len == tok->len || prefix) && memcmp(word->s, tok->s, tok->len) == 0;
}

/* a and b differ by exactly one letter substituted, inserted or deleted */
static bool
one_edit(const char *a, size_t la, const char *b, size_t lb)
{
	size_t		p = 0,
				sa,
				sb;

	if (la + 1 < lb || lb + 1 < la)
		return false;
	while (p < la && p < lb && a[p] == b[p])
		p++;
	if (p == la && p == lb)
		return false;			/* equal */
	/* the rest after one substitution, deletion or insertion at p */
	sa = la - p - (la >= lb);
	sb = lb - p - (lb >= la);
	return sa == sb && memcmp(a + la - sa, b + lb - sb, sa) == 0;
}

/*
 * tok (of a name) stands for the phrase word word by one typo: see
 * FUZZY_PHRASE_TOKENS.  The first letter is kept, as people write it right
 * ("Point Stock Company" is no joint-stock company).  A canonical
 * legal-form token never does, so that it keeps mapping to itself.
 */
static inline bool
misspelt(const sn_tok *word, const sn_tok *tok)
{
	return word->len >= FUZZY_WORD_LEN && tok->len + 1 >= FUZZY_WORD_LEN &&
		tok->s[0] == word->s[0] &&
		one_edit(word->s, word->len, tok->s, tok->len) &&
		!sn_is_legal_canon(tok->s, tok->len);
}

/* Where a phrase of pf->ntok tokens may stand at toks[i] (edge_only forms) */
static inline bool
phrase_fits(const parsed_form *pf, int ntoks, int i, bool more_follow)
{
	return !pf->form->edge_only ||
		((ntoks >= 2 || more_follow) &&
		 (i == 0 || (i + pf->ntok == ntoks && !more_follow)));
}

/*
 * A phrase of FUZZY_PHRASE_TOKENS or more whose first word toks[i]
 * misspells, the rest written exactly; as match_phrase.  Tried only when
 * toks[i + 1] is the second word of such a phrase, which few tokens are.
 */
static int
match_misspelt_start(const sn_tok *toks, int ntoks, int i, int want, bool more_follow,
					 const char **canon)
{
	size_t		k;

	if (i + 1 >= ntoks || toks[i].len + 1 < FUZZY_WORD_LEN || toks[i + 1].len >= 32 ||
		!(second_shape[toks[i + 1].len] & (1u << (toks[i + 1].s[0] & 31))) ||
		!(sn_word_flags(toks[i + 1].s, toks[i + 1].len) & SN_WORD_LEGAL_SECOND))
		return 0;
	/* longest first, so the first that fits is the longest */
	for (k = 0; k < n_fuzzy_start; k++)
	{
		const parsed_form *pf = fuzzy_start[k];
		int			j;

		if (i + pf->ntok > ntoks || (want > 0 && pf->ntok != want) ||
			pf->tok[0].s[0] != toks[i].s[0])
			continue;
		for (j = 1; j < pf->ntok; j++)
			if (!same_word(&pf->tok[j], &toks[i + j], false))
				break;
		if (j < pf->ntok || !misspelt(&pf->tok[0], &toks[i]) ||
			!phrase_fits(pf, ntoks, i, more_follow))
			continue;
		*canon = pf->form->canon;
		return pf->ntok;
	}
	return 0;
}

/*
 * The longest phrase starting at toks[i] within toks[0..ntoks), or, with
 * want > 0, only a phrase of exactly want tokens.  more_follow tells
 * whether the name goes on after toks[ntoks - 1], for the edge-only forms
 * (first or last token of a name of two or more tokens).
 */
static int
match_phrase(const sn_tok *toks, int ntoks, int i, int want, bool more_follow,
			 const char **canon)
{
	size_t		lo = 0,
				hi = sn_n_legal_forms;
	size_t		k;
	int			typos;

	/* most tokens start no phrase: one hash probe says so */
	if (!(sn_word_flags(toks[i].s, toks[i].len) & SN_WORD_LEGAL_START))
		return match_misspelt_start(toks, ntoks, i, want, more_follow, canon);
	/* lower bound of toks[i] among first tokens */
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		const sn_tok *f = &parsed[mid].tok[0];
		int			c = memcmp(f->s, toks[i].s, f->len < toks[i].len ? f->len : toks[i].len);

		if (c == 0)
			c = (f->len > toks[i].len) - (f->len < toks[i].len);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (k = lo; k < sn_n_legal_forms; k++)
	{
		const parsed_form *pf = &parsed[k];
		int			j;

		if (pf->tok[0].len != toks[i].len ||
			memcmp(pf->tok[0].s, toks[i].s, toks[i].len) != 0)
			break;
		if (i + pf->ntok > ntoks || (want > 0 && pf->ntok != want))
			continue;
		for (j = 1, typos = 0; j < pf->ntok; j++)
		{
			if (same_word(&pf->tok[j], &toks[i + j],
						  j == pf->ntok - 1 && cut_short(&pf->tok[j], &toks[i + j],
														 i + pf->ntok == ntoks && !more_follow)))
				continue;
			/* one word of a long phrase misspelt (see FUZZY_PHRASE_TOKENS) */
			if (pf->ntok >= FUZZY_PHRASE_TOKENS && typos++ == 0 &&
				misspelt(&pf->tok[j], &toks[i + j]))
				continue;
			break;
		}
		if (j < pf->ntok || !phrase_fits(pf, ntoks, i, more_follow))
			continue;
		*canon = pf->form->canon;
		return pf->ntok;
	}
	return 0;
}

int
sn_match_legal_form(const sn_tok *toks, int ntoks, int i, const char **canon)
{
	return match_phrase(toks, ntoks, i, 0, false, canon);
}

int
sn_match_legal_form_ending(const sn_tok *toks, int ntoks, bool more_follow,
						   const char **canon)
{
	int			s;

	/* the earliest start first: that is the longest phrase */
	for (s = ntoks > MAX_PHRASE_TOKENS ? ntoks - MAX_PHRASE_TOKENS : 0; s <= ntoks - 2; s++)
	{
		int			m = match_phrase(toks, ntoks, s, ntoks - s, more_follow, canon);

		if (m > 0)
			return m;
	}
	return 0;
}
