-- The score, the operators, explain() and the per-query threshold.
SET search_path = sanctions, public;
SET extra_float_digits = 0;

-- NULL in, NULL out; empty and punctuation-only names score 0
SELECT similarity(NULL, 'x') IS NULL AS null_query, similarity('x', NULL) IS NULL AS null_candidate;
SELECT similarity('', 'Vladimir Putin') AS empty_query, similarity('Vladimir Putin', '(),.') AS punct_candidate,
       similarity('', '') AS both_empty;

-- 1 for the same tokens in any order, in any script
SELECT similarity('Vladimir Putin', 'PUTIN, Vladimir') AS reordered,
       similarity('Путин Владимир', 'Vladimir PUTIN') AS cyrillic,
       similarity('Владимир Путин', 'Владимир Путин') AS identical;

-- What the score must get right (rounded to two decimals for stability)
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score FROM (VALUES
	('Vladimir Putin', 'PUTIN, Vladimir Vladimirovich'),	-- missing patronymic
	('Vladimir Vladimirovich Putin', 'PUTIN, Vladimir'),	-- extra patronymic
	('Vladimir Vladimirovitch Poutine', 'PUTIN, Vladimir'),	-- ... spelled in French
	('Wladimir Wladimirowitsch Putin', 'PUTIN, Vladimir'),	-- ... in German
	('V. Putin', 'Vladimir Putin'),							-- initial
	('Abdulrahman Al Saud', 'Abdul Rahman Al Saud'),		-- merged tokens
	('Abdul Qadir Ahmad', 'ABDELKADER, Ahmed'),				-- Abd al- in two schemes
	('Abdiqadir Mumin', 'MUMIN, Abdul Qadir'),
	('Abdul Jan', 'Mohammad Jan'),							-- but not another name
	('Sirajuddin Haqqani', 'HAQQANI, Siraj al-Din'),		-- al-Din in two schemes
	('Ghasem Soleimani', 'Qassem Soleimani'),				-- Persian gh for qaf
	('Osman Ali', 'Uthman Ali'),							-- Turkish s for thaa
	('Kazim Hasan', 'Kadhim Hasan'),						-- Persian z for dhaa
	('Rahul Gandhi', 'Rahul Ganesh'),						-- but an Indian dh is no z
	('Mohamed Cherif', 'Mohammed Sharif'),					-- French ch for sh
	('Kim Chong Man', 'Kim Song Man'),						-- but a Korean ch is no sh
	('Yacine Belkacem', 'Yassin Belqasim'),					-- French c for s
	('Alassane Ouattara', 'Alassane Wattara'),				-- French ou for w
	('Faouzi Chaouki', 'Fawzi Shawki'),						-- ... and for the w of aw
	('Джомаа Бапу', 'JOMAA, Bapu'),						-- Russian dzh for j
	('Ковачевич', 'KOVACEVIC'),							-- Cyrillic read as Serbo-Croatian writes it
	('Воислав Шешель', 'SESELJ, Vojislav'),
	('Хигасидзава', 'HIGASHIZAWA'),							-- Japanese in Cyrillic read as Hepburn
	('Сёко Асахара', 'ASAHARA, Shoko'),
	('Си Цзиньпин', 'XI, Jinping'),							-- Chinese in Cyrillic read as pinyin
	('Чжан Сяомин', 'ZHANG, Xiaoming'),
	('Ким Чен Ын', 'KIM, Jong Un'),							-- Korean in Cyrillic read as the lists write it
	('Чхве Рён Хэ', 'CHOE, Ryong Hae'),
	('Ким Чен Ын', 'KIM, Jong Nam'),
	('Джелал Байар', 'BAYAR, Celal'),						-- Turkish in Cyrillic read as Turkish writes it
	('Эрджан Гюнеш', 'GUNES, Ercan'),
	('Джордж Буш', 'George Bush'),							-- an English given name as Russian writes it
	('Джордж Буш', 'George Habbash'),
	('Уоррен Баффет', 'Warren Buffett'),					-- the English w Russian writes у
	('Saeed Naeem', 'Said Naim'),							-- English ee for a long i
	('Michail Chodorkowski', 'Mikhail Khodorkovsky'),		-- German ch for kh
	('Yevgeny Prigoschin', 'Yevgeny Prigozhin'),			-- German sch for zh
	('Magomed Gasanov', 'Mohammed Hasanov'),				-- Russian g for Arabic h
	('IRGC', 'ISLAMIC REVOLUTIONARY GUARD CORPS'),			-- an acronym: ranks, alone does not match
	('Islamic Revolutionary Guard Corps', 'IRGC'),			-- ... the list's acronym alike
	('Islamic State of Iraq and the Levant - Yemen', 'ISIL-YEMEN'),
	('Lidia Ernesto Tosi', 'LET'),							-- ... whose sound is no anchor of its own
	('PCC FZE', 'PETROCHEMICAL COMMERCIAL COMPANY FZE'),	-- ... with an anchored word it can
	('PCC UK LTD', 'PETROCHEMICAL COMMERCIAL CO (U.K.) LTD'),	-- a country's abbreviation
	('Kim Lee', 'KOREA INTERNATIONAL MACHINERY LTD'),		-- a person's short words are names
	('GAESA', 'GRUPO DE ADMINISTRACION EMPRESARIAL S.A.'),	-- a company's: syllables of its words
	('Maria', 'MARKET RIVER ASSOCIATES'),
	('IMCOMER', 'IMPORTADORA Y COMERCIALIZADORA LTDA.'),	-- ... up to six letters of each
	('COLCERDOS LTDA.', 'COLOMBIANA DE CERDOS LTDA.'),		-- ... matching with the legal form
	('INGRANRES', 'INVERSIONES GRANDA RESTREPO Y CIA S.C.S.'),	-- another name's: syllables of three words
	('Marisa', 'MARIO SANCHEZ'),							-- ... not two
	('CUFLET', 'LA EMPRESA CUBANA DE FLETES'),				-- a word for an organisation: a company's
	('FUNPAZCOR', 'FUNDACION PARA LA PAZ DE CORDOBA'),
	('JSCARGUMENT', 'JSC ARGUMENT'),
	('NAM CHON GANG CORPORATION', 'NAMCHONGANG TRADING CORPORATION'),	-- three written together
	('Xi Jin Ping', 'Xijinping'),							-- ... the query's three sound like the word
	('Xijinping', 'Xi Jin Ping'),							-- ... the list's three: no anchor alone
	('Olaf Schloz', 'Olaf Scholz'),							-- typo
	('Ming Zhou', 'Ding Zhou'),								-- another first consonant: another name
	('Mohamed bin Salman', 'Mohammed bin Salman'),			-- transliteration
	('Muhammad bin Salman', 'Mohammed bin Salman'),
	('محمد بن سلمان', 'Mohammed bin Salman'),				-- vowelless Arabic
	('يوسف', 'Yusuf'),										-- ... y and w
	('صدام حسين', 'Saddam Hussein'),						-- ... a doubled letter once
	('אברהם יוסף', 'Avraham Yosef'),						-- Hebrew: soft b, f
	('ברוך גולדברג', 'Baruch Goldberg'),					-- ... kh read as the ch
	('דוד', 'David'),										-- ... a vav that is the consonant
	('דוד', 'Taft'),										-- ... which keeps its first letter
	('כהן', 'Cohen'),										-- ... k and h, two letters
	('سهيل', 'Suhail'),										-- ... s and h
	('חנוך', 'Chanoch'),									-- ... an initial ch read as kh
	('زكريا', 'Zakaria'),									-- a long a, some spelling shared
	('Robert Mora', 'MARA'),								-- ... a Latin name with no vowel but a
	('Teresa Pires', 'PARS TRASH COMPANY'),					-- ... shares too little spelling
	('Diogo Sá', 'T.D.G.'),									-- letters apart spell, not sound
	('Aleksandr Shcherbakov', 'Alexander Scherbakov'),
	('Aleksej Navalnyj', 'Alexey Navalny'),					-- j for the glide y
	('Vladimiras Putinas', 'Vladimir Putin'),				-- a Lithuanian nominative ending
	('Sergejs Lavrovs', 'Sergey Viktorovich Lavrov'),		-- Latvian: and j for y
	('Halla Jónsdóttir', 'Halla Tómasdóttir'),				-- three edits keep the first letter
	('भ्लादिमिर पुटिन', 'Vladimir Putin'),						-- Hindi says no final a
	('Deutsche Bank AG', 'Deutsche Bank (Schweiz) AG'),		-- a country in a company's name
	('L & H Sweden AB', 'L & H Mendez Sweden AB'),
	('Banco Santander México S.A.', 'Banco Santander Chile S.A.'),	-- two countries
	('Georgia Pacific LLC', 'Georgia Pacific Corp'),		-- a general legal word
	('James Day', 'DAY COMPANY'),							-- ... is a company, not a given name
	('김정은', 'Kim Jong Un'),									-- Revised Romanization: gim jeong eun
	('金正恩', 'Kim Jong Un'),									-- Han letters read in Korean
	('李明博', 'Lee Myung-bak'),								-- ... South Korea's initial sound
	('李明博', 'Ri Myong Bak'),								-- ... North Korea keeps the r
	('王伟', 'Wang Wei'),										-- ... and in Mandarin
	('山田太郎', 'Yamada Taro'),								-- a Japanese name in kanji
	('麻原彰晃', 'ASAHARA, Shoko'),
	('Fawzi', 'Fouzi'),										-- the diphthong aw written ou
	('Shawkat', 'Shokat'),									-- ... or o
	('Dawson', 'Dyson'),									-- ... but the vowels must agree
	('Youcef', 'Yusuf'),									-- French c and ou
	('George Bush', 'George Habbash'),						-- common token alone
	('Mohammed Ali', 'Mohammed Khan'),
	('Emma LLC', 'Acme LLC'),								-- legal form alone
	('Golden Trading LLC', 'Silver Trading LLC'),
	('SEA STAR 1', 'SEA STAR 2'),							-- numbers matter
	('SEA STAR 1', 'SEA STAR 1'),
	('SEA STAR ONE', 'SEA STAR 1'),							-- number words
	('SEA STAR III', 'SEA STAR II'),						-- Roman numerals: a typo at most
	('Carlyle Partners VII', 'Carlyle Partners VIII'),
	('Louis XIV', 'Louis XVI'),
	('Brigade Forty-Four', 'Brigade 44'),
	('Ig0r Sech1n', 'Igor Sechin'),							-- digits for letters
	('Emomali Rahmon', 'Emomali Rahmonov'),					-- a surname without its ending
	('Masoud Pezeshfar', 'Masoud Pezeshkian'),				-- two surnames of one name
	('Ivan Petrov', 'Ivan Petrenko'),
	('Mikhail Gorbachev', 'Mikhail Gorbachov'),				-- one ending spelled two ways
	('عدي صدام حسين', 'Uday Saddam Hussein'),				-- an ayn carries any first vowel
	('أبو محمد الجولاني', 'Abumohammed al-Julani'),		-- two words written as one
	('Jaish-e-Mohammed', 'JAISH-I-MOHAMMED'),				-- the ezafe, e or i
	('Jaish e Mohammad', 'JAISH-I-MOHAMMED'),
	('JEM', 'JAISH-I-MOHAMMED'),							-- ... whose letter acronyms keep
	('John E Smith', 'John I Smith'),						-- ... but two initials
	('Mahan Airlines', 'MAHAN AIR'),						-- an airline's words
	('NATIONAL LIBERATION ARMY', 'EJERCITO DE LIBERACION NACIONAL'),	-- a group's name translated
	('DEMOCRATIC FORCES FOR THE LIBERATION OF RWANDA', 'FORCES DEMOCRATIQUES DE LIBERATION DU RWANDA'),
	('ACL GSM IMPORT EXPORT', 'ACL ITHALAT IHRACAT'),		-- Turkish words of a company's name
	('Le Van Thanh', 'Do Van Thanh'),						-- surnames, not small words
	('John Smith Jr.', 'John Smith'),						-- a son's Jr weighs as a title
	('Abdullah bin Omar', 'Omar bin Abdullah'),				-- son and father swapped
	('AL-MUHAMMAD, Omar bin Abdullah', 'Omar bin Abdullah Al-Muhammad'),
	('Osama bin Laden', 'Usama bin Muhammad ibn Awad ibn Ladin'),	-- forefathers dropped
	('Usama bin Muhammad ibn Awad ibn Ladin', 'Usama bin Ahmad ibn Awad ibn Ladin'),	-- another one
	('Trust 2007-AHL1', 'Trust 2007-AHL2'),					-- but digits at a word's end count
	('Yun Xu', 'ANO PO KSI'),									-- short sound-alike tokens
	('Clara Sierra', 'SIERRA'),								-- a one-word candidate
	('Vladimir Putin', 'PUTIN'),
	('Ted Doe', 'Theodore Doe'),							-- a short form of a given name
	('Bibi Netanyahu', 'Benjamin Netanyahu'),
	('Juan Doe', 'John Doe'),								-- the name in another language
	('Ted Doe', 'Tom Doe'),									-- two names of other groups
	('Siarhei Tsikhanouski', 'TIKHANOVSKY, Sergei'),		-- Belarusian and Russian forms
	('Яўген Шастакоў', 'SHESTAKOV, Yevgeny'),
	('Craig Wright', 'Cargo Freight International'),		-- one sound skeleton, no spelling
	('Lacey Smith', 'OOO SMT-K'),							-- a legal form is no name
	('Angela Merkel', 'Angelo Mercaz'),						-- clearly different
	('John Smith', 'Oleg Petrov')
) AS t(q, c);

-- A given name met through its variant group says so
SELECT t->>'token' AS token, t->>'with' AS with, t->>'match' AS match, round((t->>'similarity')::numeric, 2) AS similarity
FROM jsonb_array_elements(explain('Ted Doe', 'Theodore Doe')->'query_tokens') AS t;

-- ... and three tokens written together show the joined word
SELECT t->>'token' AS token, t->>'with' AS with, t->>'match' AS match, round((t->>'similarity')::numeric, 2) AS similarity
FROM jsonb_array_elements(explain('Namchongang', 'NAM CHON GANG')->'query_tokens') AS t;

-- A word of a company's name cut short in the query (an abbreviation, a field's
-- end) meets the word the list spells out; not the first word, which names the
-- company, nor in a person's name
SELECT t->>'token' AS token, t->>'with' AS with, t->>'match' AS match, round((t->>'similarity')::numeric, 2) AS similarity
FROM jsonb_array_elements(explain('ZARKOV COMM GRP', 'ZARKOV COMMUNICATIONS GROUP')->'query_tokens') AS t;
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score
FROM (VALUES ('ZARKOV IND LLC', 'ZARKOV INDUSTRIES LLC'),
             ('ZARKOV INTERNATIONAL COMMUNICA LLC', 'ZARKOV INTERNATIONAL COMMUNICATIONS LLC'),
             ('BAI TRADING LLC', 'BAIKAL TRADING LLC'), ('OOO "БАЙ"', 'OOO "БАЙКАЛ"'),
             ('Mikhail Petr', 'Mikhail Petrovsky')) AS t(q, c);

-- A word of three letters without vowels in a Latin name is an abbreviation:
-- it meets a word by the spelling a shared key asks, not by the key alone; in
-- Arabic or Hebrew letters, or beside another word without vowels, it is a
-- name as those scripts write it
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score
FROM (VALUES ('RBS', 'AL-RUBAYSH, Ibrahim'), ('BMW', 'EP-PUM'), ('CSX', 'KUSIUK, Sergey'),
             ('KZF', 'KHALISTAN ZINDABAD FORCE'), ('Hsn', 'Hassan'), ('mhmd mtn', 'Mohammed Muthana'),
             ('متن', 'Muthana'), ('כהן', 'Cohen')) AS t(q, c);

-- A French final e that is not said: the spellings are compared without it
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score
FROM (VALUES ('Sufyan', 'Sofiane'), ('HUSSAYN, Sayf Allah bin', 'HUSSEIN, Saifallah Ben'),
             ('Spire', 'Sobar'), ('Buckle', 'Baikal')) AS t(q, c);

-- A query's g may be the qaf said as g, and its q the g so written, when the
-- other name writes that letter and most of the same spelling
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score
FROM (VALUES ('Gaddafi', 'QADHAFI, Muammar'), ('Qasim', 'Gasim'), ('Al-Gosaibi', 'Al-Qusaibi'),
             ('Gary', 'Cary'), ('Farag Ahmed', 'Farooq Ahmed')) AS t(q, c);

-- A query that is an organisation's name of one word (legal forms aside)
-- against a name of one word, alike in sound or consonants alone (under half
-- the spelling in common): below the threshold; a query without a legal form
-- (a person's name; a company that the list transliterates), more of the
-- spelling, or another word in common keep their match
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score,
       (explain(q, c) ->> 'sound_alone_penalty')::numeric AS penalty
FROM (VALUES ('HERSHEY CO', 'HORSE'), ('EBAY INC', 'ABBA'), ('Nike, Inc.', 'NIOC'),
             ('Zomedica Corp.', 'ZMDC'), ('Hershey', 'Horse'), ('UNIJET', 'OOO YUNIDZHET'),
             ('Exagen Inc', 'EXAGAN'),
             ('Stripe LLC', 'Strip Limited Liability Company'),
             ('Sufyan Trading LLC', 'Sofiane Trading')) AS t(q, c);

-- The last word of a name that filled a field of fixed length (22 characters
-- or more, ending in a letter) may be cut short too, in any name; after a
-- comma, the word last as written, not the surname the normaliser moves
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score
FROM (VALUES ('VLADIMIR VLADIMIROVICH PUT', 'PUTIN, Vladimir Vladimirovich'),
             ('VLADIMIR VLADIMIROVICH PUT.', 'PUTIN, Vladimir Vladimirovich'),
             ('Vladimir Put', 'Vladimir Putin'),
             ('PUTIN, VLADIMIR VLADIMIROV', 'PUTIN, Vladimir Vladimirovich'),
             ('VLADIMIROV, PUTIN VLADIMIR', 'PUTIN, Vladimir Vladimirovich')) AS t(q, c);

-- "SURNAME, Given" is read in the order the name is said, so that neighbours
-- across the comma join as written together; a legal form's comma is not.
-- By the typo rule, the second of two words written together keeps its
-- first letter (Erickson does not end in Tsang)
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score, sanctions.normalize(c) AS candidate_normalized
FROM (VALUES ('Amanullah Afridi', 'ULLAH, Aman'), ('YUHUA, Shi', 'HUA, Shi Yu'),
             ('Khairullah', 'ULLAH, Haji Khair'), ('Santander SA', 'SANTANDER, S.A.'),
             ('Xi Jinpeng', 'XI, Jin Ping'), ('Erik Erickson', 'TSANG, Erick')) AS t(q, c);

-- A patronymic: its spellings meet through its father's name's variant group
-- (not the name itself, nor another father); left out on one side it costs
-- half its weight, unless a word of the other name is left unmatched too;
-- a father's name, or a surname made of it, does not meet the patronymic
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score,
       (explain(q, c)->>'omitted_patronymic_weight')::numeric AS omitted_patronymic_weight
FROM (VALUES ('LUKASHENKA, Alyaksandr Grigorievich', 'LUKASHENKA, Alyaksandr Hryhoryavich'),
             ('NAUMOV, Vladimir Vladimirovich', 'NAUMAU, Uladzimir Uladzimiravich'),
             ('Vladimirovich', 'Vladimir'), ('Ivan Petrovich Sidorov', 'Petr Ivanovich Sidorov'),
             ('DUGIN, Alexander Gelyevich', 'DUGIN, Aleksandr'),
             ('KALACHOV, Zakhar', 'KALASHOV, Zakhary Knyazevich'),
             ('Vladimir Vladimirovich Putin', 'Vladimir Ivanovich Putin'),
             ('Roman Abramovich', 'Roman Ivanov'),
             ('MELNYCHUK, Oleksandr', 'MELNYCHUK, Sergiy Oleksandrovich'),
             ('Roman Abramovich', 'ABRAMOV, Roman'), ('Ivan Petrovich', 'Ivan Petrovic')) AS t(q, c);

-- A Turkic patronymic, the father's name and oglu, kyzy, uulu after it, is a
-- patronymic as well: left out, the father's name costs half its weight and
-- the particle as little as bin; another father is another person
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score,
       (explain(q, c)->>'omitted_patronymic_weight')::numeric AS omitted_patronymic_weight
FROM (VALUES ('Ilham Heydar oglu Aliyev', 'ALIYEV, Ilham'),
             ('Ilham Aliyev', 'ALIYEV, Ilham Heydar oğlu'),
             ('Aigul Bekmurza qızı', 'Aigul Bekmurzaeva'),
             ('Ilham Heydar oglu Aliyev', 'Ilham Kamal oglu Aliyev')) AS t(q, c);

-- Names with no word alike in sound are two names (0.6), however alike their
-- spelling; one such word anchors the rest; a query without one is exempt.
-- A word in one name of twenty (al, abd, group) anchors nothing by itself,
-- except written together with the next word; a title does
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score,
       (explain(q, c)->>'no_anchor_penalty')::numeric AS no_anchor_penalty
FROM (VALUES ('Sukamto', 'Sukarno'), ('Snow', 'Snoe'), ('Vladimer Puten', 'Vladimir Putin'),
             ('Vladimiras Putinas', 'Vladimir Putin'), ('Abdulrahman Alsaud', 'Abdul Rahman Al Saud'),
             ('Rdo Conley', 'Rod Conley'), ('Li Na', 'Li Nan'), ('Halabi', 'Hakabi'),
             ('Al Halabi', 'Al Hakabi'), ('Halabi Group', 'Hakabi Group'), ('Alhalabi', 'Al Halabi'),
             ('Sayed Sadudin', 'SAYYED SADUDDIN')) AS t(q, c);

-- The score of a pair, the reading of the query that won and its name
CREATE FUNCTION pg_temp.read_as(q text, c text, OUT score numeric, OUT read_as text,
                                 OUT query_reading text) LANGUAGE sql AS $$
	SELECT round(sanctions.similarity(q, c)::numeric, 2), sanctions.explain(q, c)->>'query',
	       sanctions.explain(q, c)->>'query_reading'
$$;

-- A query in Han letters shaped like a Korean or a Japanese name, written in
-- Somali orthography, with two initials written as one word, in Wade-Giles, a
-- Korean name in Latin letters, a name in Greek letters, one in Arabic script
-- with an alif maqsura, or one in Persian orthography with a letter Persian
-- says as z or a compound given name written as one word, is scored in each
-- of its readings; explain() says which one won
SELECT q, c, (pg_temp.read_as(q, c)).*
FROM (VALUES ('金正恩', 'KIM Jong Un'), ('李明博', 'LEE Myung-bak'), ('李明博', 'RI Myong Bak'),
             ('李明博', 'Li Mingbo'), ('田中 花子', 'TANAKA, Hanako'), ('Kim Jong Un', 'KIM Jong Un'),
             ('Axmed Cali', 'Ahmed Ali'), ('XIRSI, Xasan Cabdilaahi', 'AL-TURKI, Hassan Abdullah Hersi'),
             ('Alexander Cole', 'Alexander Cole'), ('JC Juncker', 'Jean-Claude Juncker'),
             ('Sd Hariri', 'Saad Hariri'), ('Mao Tse-tung', 'MAO, Zedong'),
             ('Hsi Chin-p''ing', 'XI, Jinping'), ('Jung Chang', 'ZHANG, Rong'),
             ('Chen Lin', 'CHEN, Lin'), ('Kim Yo Jong', 'KIM, Yo''-cho''ng'),
             ('Kim Yeo Jeong', 'KIM Yo Jong'), ('Kim Chong Il', 'KIM Jong Il'),
             ('Erin Kim', 'Erin Kim'), ('Ντμίτρι Μεντβέντεφ', 'MEDVEDEV, Dmitry Anatolyevich'),
             ('Όλεγκ Ντεριπάσκα', 'DERIPASKA, Oleg Vladimirovich'),
             ('Σεργκέι Λαβρόφ', 'LAVROV, Sergey Viktorovich'),
             ('Αντώνης Σαμαράς', 'SAMARAS, Antonis'), ('يحيى السنوار', 'SINWAR, Yahya'),
             ('على', 'Ali'), ('محسن رضایی', 'REZAEI, Mohsen'),
             ('محمدرضا نقدی', 'NAQDI, Mohammad Reza'),
             ('غلامحسین محسنی اژه‌ای', 'MOHSENI-EJEI, Gholam-Hossein'),
             ('یحیی سنوار', 'SINWAR, Yahya')) AS t(q, c);

-- A query in Hebrew letters: a bet, kaf or pe inside a word, and a pe that
-- begins it (f in names from Yiddish), may be hard or soft, which the
-- unwritten vowels decide; the score reads such a word both ways (the same
-- letters in Latin letters are read as written); a double yod is one y
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score, sanctions.normalize(q) AS normalized,
       jsonb_path_query_array(explain(q, c), '$.query_tokens[*].match') AS matched_as
FROM (VALUES ('איתמר בן גביר', 'BEN GVIR, Itamar'), ('אביגדור ליברמן', 'LIBERMAN, Avigdor'),
             ('נפתלי בנט', 'Naftali Bennett'), ('רבקה', 'Rivka'), ('מרדכי', 'Mordechai'),
             ('ישראל כץ', 'KATZ, Israel'), ('יעקב', 'Yaakov'), ('דוד לוי', 'David Levi'),
             ('ברוך', 'Brook'), ('gbyr', 'Gvir'), ('חביב', 'Haviv'),
             ('סטנלי פישר', 'Stanley Fischer'), ('שמעון פרס', 'PERES, Shimon'),
             ('גדי אייזנקוט', 'EISENKOT, Gadi')) AS t(q, c);

-- A Hebrew gimel with a geresh writes j, and the soft g of English and
-- Italian names and the g of Egyptian Arabic: a query with one is also read
-- with the gimel alone, g
SELECT q, c, (pg_temp.read_as(q, c)).*
FROM (VALUES ('ג''ורג'' בוש', 'George Bush'), ('ג׳רלד פורד', 'Gerald Ford'),
             ('ג''ובאני', 'Giovanni'), ('ג''מאל עבד אל נאצר', 'Gamal Abdel Nasser'),
             ('ג''מאל עבד אל נאצר', 'Jamal Abdel Nasser'),
             ('ג''ורג'' בוש', 'George Habbash')) AS t(q, c);

-- A Hebrew vav inside a word is also the vowel o or u (its reading's key of two
-- consonants counts against a word that writes its vowels as the script
-- does); a vav writes the w of German and Yiddish names, a final he a final
-- a or e (after a zayin too, not the zh of a zayin with a geresh), an
-- initial yod also the j of German and Slavic spellings. A query
-- in Cyrillic letters reads a g before a vowel as h (or, in a word without
-- one, a dzh before a vowel as g and a kh as j, or as g inside the word
-- before e or i); the same
-- words in Latin letters are read as written. A Russian patronymic in Arabic
-- script (-ovich as وفيتش, read wfytsh, its tsh as ch) meets -ovich, and left
-- out weighs as a patronymic
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score,
       jsonb_path_query_array(explain(q, c), '$.query_tokens[*].match') AS matched_as
FROM (VALUES ('לואיס', 'Luis'), ('ברגיוס', 'Bergius'), ('ויס', 'Weiss'), ('סוזה', 'Souza'),
             ('יורגן', 'Jurgen'),
             ('פאולה רוזנברג', 'Paula Rosenberg'), ('lwys', 'Luis'),
             ('Гейдар Алиев', 'ALIYEV, Heydar'), ('Магомед Гаджиев', 'Magomed Hajiyev'),
             ('Генри Форд', 'Henry Ford'), ('Джованни', 'Giovanni'),
             ('Хуан Карлос', 'Juan Carlos'), ('Хорхе Родригес', 'Jorge Rodriguez'),
             ('فلاديمير فلاديميروفيتش بوتين', 'PUTIN, Vladimir Vladimirovich'),
             ('ولادیمیر ولادیمیرویچ پوتین', 'Vladimir Putin'),
             ('Genri Ford', 'Henry Ford')) AS t(q, c);

-- A query in Hangul with the shape of a foreign name (a syllable of eu alone,
-- more than four syllables, more than two words, or two words of two
-- syllables or more neither of which is a Korean surname) is also read as
-- Korean writes foreign names; a Korean name is not
SELECT q, c, (pg_temp.read_as(q, c)).*
FROM (VALUES ('블라디미르 푸틴', 'PUTIN, Vladimir Vladimirovich'),
             ('세르게이 라브로프', 'LAVROV, Sergey Viktorovich'),
             ('도널드 트럼프', 'Donald Trump'), ('오사마 빈 라덴', 'BIN LADEN, Usama'),
             ('아베 신조', 'ABE, Shinzo'), ('남궁 민수', 'NAMGUNG Minsu'),
             ('김정은', 'KIM Jong Un'), ('지현 이', 'John')) AS t(q, c);

-- A query in katakana is also read as Japanese writes foreign names: the u and
-- o added to a consonant left out, r also as l, chi and ji also as ti and di
-- (halfwidth kana alike); in Latin letters the same spelling is read as written
SELECT q, c, (pg_temp.read_as(q, c)).*
FROM (VALUES ('ウラジーミル・プーチン', 'PUTIN, Vladimir Vladimirovich'),
             ('ドナルド・トランプ', 'Donald Trump'), ('セルゲイ・ラブロフ', 'LAVROV, Sergey Viktorovich'),
             ('アレクサンドル・ルカシェンコ', 'LUKASHENKO, Alexander Grigoryevich'),
             ('ムハンマド アリ', 'Muhammad Ali'), ('ｳﾗｼﾞｰﾐﾙ･ﾌﾟｰﾁﾝ', 'Vladimir Putin'),
             ('ドナルド・トランプ', 'Donald Tusk'), ('urajimir puchin', 'Vladimir Putin')) AS t(q, c);

-- A name of Han characters apart by a middle dot, every one a character
-- Chinese writes foreign names with, is also read as such a name: the vowel
-- of a character that writes a consonant left out, the characters of r or l
-- as r, l or both, 基 and 京 also as di and tin; a Chinese name, or one
-- without the dot, is read as before
SELECT q, c, (pg_temp.read_as(q, c)).*
FROM (VALUES ('弗拉基米尔·普京', 'PUTIN, Vladimir Vladimirovich'),
             ('贝拉克·奥巴马', 'Barack Obama'), ('谢尔盖·拉夫罗夫', 'LAVROV, Sergey Viktorovich'),
             ('奥萨马·本·拉登', 'BIN LADEN, Usama'), ('希拉里・克林顿', 'Hillary Clinton'),
             ('弗拉基米尔·普京', 'Vladimir Pozner'), ('贝拉克奥巴马', 'Barack Obama'),
             ('习近平', 'XI, Jinping')) AS t(q, c);

-- A name in Hungarian spelling (gy, cs, zs or sz before a vowel) is also read as
-- English spells the same sounds: gy, ty, ny as d, t, n, s as sh, j as y
SELECT q, c, (pg_temp.read_as(q, c)).*
FROM (VALUES ('Vlagyimir Vlagyimirovics Putyin', 'Vladimir Putin'),
             ('Nyikita Hruscsov', 'Nikita Khrushchev'),
             ('Jevgenyij Prigozsin', 'PRIGOZHIN, Yevgeniy Viktorovich'),
             ('Szabó Gyula', 'Gyula Szabo'), ('Putyin', 'Putin')) AS t(q, c);

-- A word and Allah: two words in Arabic script, one in Latin letters, met by
-- their phonetic key alone (a ta marbuta before Allah is said t, as after an
-- alif); other pairs of short words written together are asked for shared
-- spelling too
SELECT q, c, round(similarity(q, c)::numeric, 2) AS score, sanctions.normalize(q) AS normalized
FROM (VALUES ('سيف الله', 'Saifullah'), ('هبة الله أخوندزاده', 'AKHUNDZADA, Haibatullah'),
             ('رحمت الله', 'Rahmatullah'), ('عبد الحيّ سعيد الخرافي', 'HIAST'),
             ('نجاة', 'Najat'), ('حمزة', 'Hamza')) AS t(q, c);

-- Operators: candidate % query reads sanctions.threshold; <-> is 1 - similarity
SHOW sanctions.threshold;
SELECT 'PUTIN, Vladimir' % 'Vladimir Putin' AS match, 'George Habbash' % 'George Bush' AS no_match;
SELECT round(('PUTIN, Vladimir Vladimirovich' <-> 'Vladimir Putin')::numeric, 4) =
       round((1 - similarity('Vladimir Putin', 'PUTIN, Vladimir Vladimirovich'))::numeric, 4) AS distance_is_one_minus;
SET sanctions.threshold = 0.99;
SELECT 'PUTIN, Vladimir Vladimirovich' % 'Vladimir Putin' AS match_at_099;
RESET sanctions.threshold;
SET sanctions.threshold = 1.5;
SET sanctions.threshold = -0.1;

-- A per-query threshold, without the setting
SELECT 'PUTIN, Vladimir Vladimirovich' % query('Vladimir Putin', 0.99) AS at_099,
       'PUTIN, Vladimir Vladimirovich' % query('Vladimir Putin', 0.5) AS at_05;
SELECT query('Vladimir Putin', 0.7), '0.7:Vladimir Putin'::query;
-- the text form keeps the threshold exactly (a real needs up to 9 digits)
SELECT query('Usama bin Ladin', 0.3009375::real) AS q,
	   query('Usama bin Ladin', 0.3009375::real)::text::query::text = query('Usama bin Ladin', 0.3009375::real)::text AS same_text,
	   'osama al milad' % query('Usama bin Ladin', 0.3009375::real)::text::query =
	   ('osama al milad' % query('Usama bin Ladin', 0.3009375::real)) AS same_match;
SELECT query('x', 1.5);
SELECT 'Vladimir Putin'::query;
-- its binary form round-trips (binary COPY, drivers' binary parameters);
-- equality and its hash serve DISTINCT, GROUP BY, UNION and IN
CREATE TEMP TABLE stored_queries (q query);
INSERT INTO stored_queries VALUES (query('Vladimir Putin', 0.75)), (query('Ким Чен Ын', 0.8));
\copy stored_queries TO 'results/stored_queries.bin' WITH (FORMAT binary)
\copy stored_queries FROM 'results/stored_queries.bin' WITH (FORMAT binary)
SELECT q::text, count(*) FROM stored_queries GROUP BY q ORDER BY 1;
SELECT count(*) AS distinct_queries FROM (SELECT q FROM stored_queries UNION SELECT q FROM stored_queries) AS u;
SELECT DISTINCT q::text FROM (VALUES (query('x', 0.7)), (query('x', 0.7)), (query('x', 0.8)), (query('y', 0.7))) AS v(q)
ORDER BY 1;
SELECT query('x', 0.7) = query('x', 0.7) AS eq, query('x', 0.7) <> query('x', 0.70001) AS ne,
	   query('x', 0) = query('x', -0.0) AS zero, query('x', 0) IN (query('x', -0.0)) AS in_list;
SELECT query('x', -0.0) AS minus_zero_reads_as_zero;
-- hash partitioning by a query (the extended hash, with a seed)
CREATE TEMP TABLE stored_parts (q query) PARTITION BY HASH (q);
CREATE TEMP TABLE stored_parts_0 PARTITION OF stored_parts FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TEMP TABLE stored_parts_1 PARTITION OF stored_parts FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO stored_parts SELECT q FROM stored_queries;
SELECT count(*) AS rows, count(*) FILTER (WHERE q IN (SELECT q FROM stored_queries)) AS found FROM stored_parts;

-- explain(): the alignment, and a score equal to similarity()
SELECT jsonb_pretty(explain('V. Putin', 'PUTIN, Vladimir Vladimirovich'));
SELECT (explain(q, c)->>'score')::real = similarity(q, c) AS same_score
FROM (VALUES ('George Bush', 'George Habbash'), ('JSCARGUMENT', 'JSC ARGUMENT'),
             ('محمد بن سلمان', 'Mohammed bin Salman'), ('金正恩', 'KIM Jong Un'), ('', 'x')) AS t(q, c);

-- A reserved prefix: unknown sanctions.* settings are refused
SET sanctions.no_such_setting = 1;

-- Very long names stay bounded and can be cancelled
SELECT similarity(repeat('ab ', 20000), repeat('ab ', 20000)) AS long_names;
SET statement_timeout = '100ms';
SELECT count(*) FROM generate_series(1, 100000) g WHERE similarity(repeat('Vladimir Putin ', 1000) || g, repeat('Putin Vladimir ', 1000)) > 2;
RESET statement_timeout;

-- Declared properties
SELECT p.oid::regprocedure, p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'sanctions' AND p.proname IN ('similarity', 'explain', 'similarity_op', 'distance_op', 'query', 'similarity_query_op')
ORDER BY p.oid::regprocedure::text;
