#!/usr/bin/env bash
# Index exactness on real list names: for queries made from real names
# (typos, reordering, dropped tokens, other scripts, edge cases), at
# thresholds 0, 0.1, ..., 1, the rows that GIN and GiST return equal the rows
# a sequential scan returns, and the KNN top-10 distances through GiST equal
# the sequentially sorted ones.  Any difference fails and prints the query.
#
# Environment: PGHOST/PGPORT/PGUSER of a server with the extension
# installed, SN_DATA (../shared/data).  SN_EXACT_QUERIES sets how many
# queries are drawn from the names (default 300; edge cases come on top).
set -uo pipefail
: "${SN_DATA:?}"
NQ=${SN_EXACT_QUERIES:-300}
SDN=$SN_DATA/lists/ofac_sdn_2021-07
UN=$SN_DATA/derived/un_2026-02-27_targets.tsv
if [ ! -f "$SDN/sdn.csv" ] || [ ! -f "$UN" ]; then
	echo "skip - index exactness: $SN_DATA/lists/ofac_sdn_2021-07 or the UN targets are absent"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; dropdb --if-exists sn_exact >/dev/null 2>&1' EXIT
# OFAC legacy CSV: Latin-1, trailing 0x1A
iconv -f latin1 -t utf8 "$SDN/sdn.csv" | tr -d '\032' >"$tmp/sdn.csv"
iconv -f latin1 -t utf8 "$SDN/alt.csv" | tr -d '\032' >"$tmp/alt.csv"

dropdb --if-exists sn_exact >/dev/null 2>&1
createdb sn_exact || { echo "not ok - index exactness: cannot create a database"; exit 1; }
export PGDATABASE=sn_exact

psql -X -q -v ON_ERROR_STOP=1 >/dev/null <<SQL || { echo "not ok - index exactness: loading failed"; exit 1; }
CREATE EXTENSION sanctions;
CREATE TEMP TABLE sdn (ent_num int, name text, type text, c4 text, c5 text, c6 text, c7 text,
	c8 text, c9 text, c10 text, c11 text, c12 text);
\copy sdn FROM '$tmp/sdn.csv' CSV
CREATE TEMP TABLE alt (ent_num int, alt_num int, alt_type text, alt_name text, remarks text);
\copy alt FROM '$tmp/alt.csv' CSV
CREATE TEMP TABLE un (dataid text, ref text, type text, primary_name text, original text);
\copy un FROM '$UN' CSV HEADER DELIMITER E'\t' QUOTE E'\x01'
CREATE TABLE names (id serial PRIMARY KEY, name text);
INSERT INTO names (name)
	SELECT name FROM sdn UNION ALL SELECT alt_name FROM alt
	UNION ALL SELECT primary_name FROM un UNION ALL SELECT original FROM un WHERE original <> '';
INSERT INTO names (name) VALUES (''), ('x'), (NULL), ('12345'), ('金正恩'), (repeat('Ab Cd ', 300));
-- one copy per index, so that each scan can only use the index it tests
CREATE TABLE names_gin AS SELECT * FROM names;
CREATE TABLE names_gist AS SELECT * FROM names;
CREATE INDEX ON names_gin USING gin (name sanctions.name_gin_ops);
CREATE INDEX ON names_gist USING gist (name sanctions.name_gist_ops);
ANALYZE names; ANALYZE names_gin; ANALYZE names_gist;

-- Queries: real names, deterministically drawn, each in one of several
-- disguises, plus edge cases.
CREATE TABLE queries (qid serial PRIMARY KEY, kind text, q text);
WITH drawn AS (
	SELECT name, row_number() OVER (ORDER BY md5(name)) AS r
	FROM (SELECT DISTINCT name FROM names WHERE name IS NOT NULL AND name <> '') d
	ORDER BY md5(name) LIMIT $NQ)
INSERT INTO queries (kind, q)
SELECT k, CASE k
	WHEN 'as listed' THEN name
	WHEN 'typo' THEN overlay(name placing '' from 1 + length(name) / 2 for 1)
	WHEN 'swapped letters' THEN overlay(name placing substr(name, 3, 1) || substr(name, 2, 1) from 2 for 2)
	WHEN 'reordered' THEN array_to_string(ARRAY(SELECT t FROM unnest(string_to_array(name, ' ')) WITH ORDINALITY u(t, o) ORDER BY o DESC), ' ')
	WHEN 'token dropped' THEN regexp_replace(name, '^\S+\s+', '')
	WHEN 'lower case' THEN lower(name)
	END
FROM drawn, LATERAL (SELECT (ARRAY['as listed', 'typo', 'swapped letters', 'reordered', 'token dropped', 'lower case'])[1 + r % 6] AS k) x;
-- given names written as another name of their variant group, which the
-- index finds through the group's key only (Sasha shares no bigram with
-- Aleksandr)
INSERT INTO queries (kind, q)
SELECT 'name variant', regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
		name, '\mALEKSANDR\M', 'Sasha', 'gi'), '\mVLADIMIR\M', 'Vova', 'gi'),
		'\mDMITRIY\M|\mDMITRY\M', 'Dima', 'gi'), '\mMIKHAIL\M', 'Michael', 'gi'),
		'\mIVAN\M', 'John', 'gi')
FROM (SELECT name FROM (SELECT DISTINCT name FROM names
						WHERE name ~* '\m(aleksandr|vladimir|dmitriy|dmitry|mikhail|ivan)\M') d
	  ORDER BY md5(name) LIMIT 20) v;
INSERT INTO queries (kind, q) VALUES
	('edge', ''), ('edge', 'a'), ('edge', 'x'), ('edge', '金'), ('edge', '金正恩'), ('edge', '12345'),
	('edge', '1'), ('edge', 'Путин'), ('edge', 'Владимир Путин'), ('edge', 'محمد'),
	('edge', 'يوسف'), ('edge', 'ברוך גולדברג'), ('edge', 'מיכאל כהן'), ('edge', 'אברהם'),
	('edge', 'LLC'), ('edge', 'Mr'), ('edge', 'Ab Cd'), ('edge', 'a b c d e f g'),
	-- Han letters, scored in Mandarin, in Korean (North and South spellings)
	-- and in Japanese
	('han', '李明博'), ('han', '崔龍海'), ('han', '朴槿惠'), ('han', '金与正'), ('han', '金 正恩'),
	('han', '柳京'), ('han', '柳京玉'), ('han', '盧武鉉'), ('han', '朝鮮聯合貿易會社'),
	('han', 'Jin Tiesan (金铁三)'), ('han', '麻原彰晃'), ('han', '山田太郎'), ('han', '花子 田中'),
	('han', '佐々木希'), ('han', '鈴木 一郎'),
	-- Somali orthography, scored as written and read with x as h, c as ayn
	('somali', 'XIRSI, Xasan Cabdilaahi'), ('somali', 'Maxamed Cabdullaahi Ciise'),
	('somali', 'Axmed Cali'), ('somali', 'Cabdiraxmaan Cumar Xuseen'), ('somali', 'Faarax Nuux'),
	-- Urdu and Pashto letters
	('urdu', 'ولادیمیر پوٹن'), ('urdu', 'شہباز شریف'), ('urdu', 'محمد عمر ځدران'),
	-- two initials written as one word, scored as written and read apart
	('initials', 'JC Juncker'), ('initials', 'TJ Smith'), ('initials', 'HK Electric Holdings'),
	('initials', 'Sd Hariri'), ('initials', 'AL RAIE TV CHANNEL'),
	-- Chinese names in Wade-Giles, scored as written and read in pinyin
	('wadegiles', 'Li Fang-wei'), ('wadegiles', 'Chang Chien'), ('wadegiles', 'Sun Ssu-tung'),
	('wadegiles', 'Wang Hsin'), ('wadegiles', 'HSIEH, Yung-kuo'), ('wadegiles', 'Chou Chih-ch''iang'),
	-- Korean names in Latin letters, scored as written and in two other romanisations
	('korean', 'Kim Yeo Jeong'), ('korean', 'Kim Jong Il'), ('korean', 'Pak Chol Min'),
	('korean', 'Ri Gyeong Cheol'), ('korean', 'Jang Song Taek'), ('korean', 'Choe Ryong Hae'),
	-- foreign names in Greek letters, scored as written and read as Greek
	-- writes them (ντ as d, μπ as b, γκ as g)
	('greek', 'Ντμίτρι Μεντβέντεφ'), ('greek', 'Όλεγκ Ντεριπάσκα'), ('greek', 'Ρομάν Αμπράμοβιτς'),
	('greek', 'ΓΚΑΖΠΡΟΜΜΠΑΝΚ'), ('greek', 'Μπασάρ αλ-Άσαντ'), ('greek', 'Αντώνης Σαμαράς'),
	-- Arabic script with an alif maqsura, also read as an alif
	('arabic', 'يحيى السنوار'), ('arabic', 'موسى'), ('arabic', 'على'), ('arabic', 'ليلى'),
	-- Persian orthography, also read with ض ذ ظ as z and ث as s
	('persian', 'محسن رضایی'), ('persian', 'علی‌رضا تنگسیری'), ('persian', 'ذوالفقار کاظمی'),
	('persian', 'علی خامنه‌ای'), ('persian', 'محمدرضا نقدی'), ('persian', 'غلامحسین محسنی اژه‌ای'),
	-- Hebrew letters, whose bet, kaf and pe inside a word, and a pe that
	-- begins it, are also read the other way
	('hebrew', 'גבריאל'), ('hebrew', 'אבו בכר אלבגדאדי'), ('hebrew', 'חביב'), ('hebrew', 'יעקב כהן'),
	('hebrew', 'עבדאללה'), ('hebrew', 'מרדכי'), ('hebrew', 'נפתלי בנט'), ('hebrew', 'אכרם'),
	('hebrew', 'פייסל'), ('hebrew', 'פאטמה'), ('hebrew', 'פרג'), ('hebrew', 'פישר'),
	-- Hebrew letters whose vav inside a word is also read as a vowel (keys of
	-- two consonants among them), a vav for w and a final he for a vowel
	('hebrew', 'לואיס'), ('hebrew', 'ברגיוס'), ('hebrew', 'מוסא'), ('hebrew', 'נור'),
	('hebrew', 'ויס'), ('hebrew', 'לרה'), ('hebrew', 'אנה'), ('hebrew', 'עומר אל בשיר'),
	-- Hebrew: a word-final ordinary pe as p, an initial alef and vav as o or u
	('hebrew', 'טאראס דאנלופ'), ('hebrew', 'פיליפ'), ('hebrew', 'אורי'), ('hebrew', 'אוסמה'),
	-- Hebrew: a gimel with a geresh also read as g
	('hebrew', 'ג''ורג'' בוש'), ('hebrew', 'ג׳מאל עבד אל נאצר'), ('hebrew', 'ג''ובאני'),
	-- ... and a zayin before a final he as z
	('hebrew', 'סוזה'), ('hebrew', 'פארנזה'), ('hebrew', 'האזה'),
	-- ... and an initial yod as j
	('hebrew', 'יורגן'), ('hebrew', 'ירוסלב'), ('hebrew', 'יוהנס שמידט'),
	-- Cyrillic letters, whose g before a vowel is also read as h
	('cyrillic', 'Гейдар Алиев'), ('cyrillic', 'Магомед Гаджиев'), ('cyrillic', 'Гамас'),
	('cyrillic', 'Гарри'), ('cyrillic', 'Ибрагим Гусейн'), ('cyrillic', 'Гюльбеддин Хекматияр'),
	('cyrillic', 'Джованни'), ('cyrillic', 'Джамал Джиллиан'), ('cyrillic', 'Хуан Хосе'),
	('cyrillic', 'Гаджиханов'), ('cyrillic', 'Хорхе Родригес'), ('cyrillic', 'Эухенио'),
	-- Hangul, also read as Korean writes foreign names (b, p, r also v, f, l)
	('hangul', '블라디미르 푸틴'), ('hangul', '오사마 빈 라덴'), ('hangul', '세르게이 라브로프'),
	('hangul', '하마스'), ('hangul', '알카에다'), ('hangul', '필립'), ('hangul', '헤즈볼라'),
	('hangul', '스컬리 커밍스'), ('hangul', '제임스 본드'), ('hangul', '보커스 버리스'),
	-- ... a final ㅓ as -er, ㅅ with a y glide as sh
	('hangul', '실만 해프너'), ('hangul', '윌리엄 셰익스피어'), ('hangul', '도라소 쇼나'),
	-- ... two words of two syllables, neither a surname of two
	('hangul', '아베 신조'), ('hangul', '조지 부시'), ('hangul', '남궁 민수'),
	-- Russian patronymics in Arabic and Persian script (tsh as ch)
	('arabic', 'فلاديمير فلاديميروفيتش بوتين'), ('arabic', 'سيرغي فيكتوروفيتش لافروف'),
	('arabic', 'ولادیمیر ولادیمیرویچ پوتین'), ('latin', 'Felix Tshisekedi'),
	-- an initial chr as kr
	('latin', 'Kristina'), ('latin', 'Chris Evans'), ('cyrillic', 'Кристина'),
	-- a ta marbuta as the -ah or -eh of Latin spellings
	('arabic', 'رقية'), ('arabic', 'سمية الحربي'), ('arabic', 'إسماعيل هنية'),
	-- a short word without vowels: an abbreviation in Latin letters, a name beside
	-- another such word or in Arabic script
	('latin', 'RBS'), ('latin', 'BMW AG'), ('latin', 'KZF'), ('latin', 'Hsn Mtn'),
	('arabic', 'متن'),
	-- a French final e that is not said
	('latin', 'Sofiane Ben Goumo'), ('latin', 'Sufyan'), ('latin', 'Spire'),
	-- qaf said as g: a query's g as q, its q as g
	('latin', 'Muammar Gaddafi'), ('latin', 'Gasim'), ('latin', 'Al-Gosaibi'), ('latin', 'Farag Ahmed'),
	-- an organisation's one word met by sound or consonants alone
	('latin', 'HERSHEY CO'), ('latin', 'EBAY INC'), ('latin', 'Nike, Inc.'), ('latin', 'Exagen Inc'),
	('latin', 'Zomedica Corp.'), ('latin', 'UNIJET'), ('latin', 'OOO UNIJET'),
	-- the scripts of India: sh for their sibilants, n for Gurmukhi tippi
	('indic', 'ऋषि सुनक'), ('indic', 'अमित शाह'), ('indic', 'ਗੁਰਪਤਵੰਤ ਸਿੰਘ ਪੰਨੂ'),
	-- Hungarian spelling, also read as English spells its sounds
	('hungarian', 'Vlagyimir Putyin'), ('hungarian', 'Nyikita Hruscsov'),
	('hungarian', 'Jevgenyij Prigozsin'), ('hungarian', 'Szabó Gyula'),
	-- Korean names whose syllables write other vowels (Jang, Jong; Sin, Son)
	('han', '林淑貞'), ('han', '張奕辰'), ('hangul', '신지유'), ('han', '黃文雄'),
	('latin', 'Sin Yong Jang'), ('latin', 'Pak Chang-Ho'),
	-- a word written together meets a word that another matched alone
	('hangul', '전지안'), ('latin', 'Jeon Ji An'), ('latin', 'Azim Adhajani; Azim Agha-Jani'),
	-- a Korean surname is not written together with the given name
	('han', '趙欣怡'), ('latin', 'Jo Heun I'), ('latin', 'Jong Un Kim'), ('hangul', '지엔 바커'),
	-- a Chinese syllable that spells a title elsewhere (gen) weighs as a word
	('han', '王根生'), ('latin', 'HUANG, Wang-gen'),
	-- a father's name does not meet the patronymic made of it
	('latin', 'MELNYCHUK, Oleksandr'), ('cyrillic', 'Никола Иванов'), ('latin', 'Roman Abramov'),
	('latin', 'Ivan Petrovic'),
	-- words of syllables of other words (a company's up to six letters of each)
	('latin', 'FUNPAZCOR'), ('latin', 'IMCOMER LTDA'), ('latin', 'COLCERDOS LTDA.'),
	('latin', 'Inversiones Granda Restrepo y Cia'), ('latin', 'MINERVEN'), ('latin', 'Marisa'),
	('latin', 'CUFLET'), ('latin', 'Amin Investment Bank'), ('latin', 'HASM'),
	-- Russian dzh and French dj for j
	('cyrillic', 'Джомаа Бапу'), ('latin', 'Djuna Jessa'), ('latin', 'Dzhon'),
	-- Cyrillic also read as Serbo-Croatian Latin writes it
	('cyrillic', 'Ковачевич'), ('cyrillic', 'Воислав Шешель'), ('cyrillic', 'Хаджич Горан'),
	('cyrillic', 'Елена Маркович'),
	-- Japanese in Cyrillic also read as Hepburn writes it
	('cyrillic', 'Хигасидзава'), ('cyrillic', 'Сёко Асахара'), ('cyrillic', 'Синъити Кудо'),
	('cyrillic', 'Угрешич Сёдзиро'),
	-- Chinese in Cyrillic also read as pinyin
	('cyrillic', 'Си Цзиньпин'), ('cyrillic', 'Чжан Сяомин'), ('cyrillic', 'Ван И'),
	('cyrillic', 'Цзян Цзэминь'), ('cyrillic', 'Иван Ли'),
	-- Korean in Cyrillic also read as the lists write it
	('cyrillic', 'Ким Чен Ын'), ('cyrillic', 'Чхве Рён Хэ'), ('cyrillic', 'Ри Пен Чхоль'),
	('cyrillic', 'Пак Пон Джу'), ('cyrillic', 'Мун Чжэ-Ин'),
	-- Turkish in Cyrillic also read as Turkish writes it; the article said as the sun letter
	('cyrillic', 'Джелал Байар'), ('cyrillic', 'Эрджан Гюнеш'), ('cyrillic', 'Гёкхан Озтюрк'),
	('latin', 'Ayman az-Zawahiri'), ('latin', 'AR RAHMAH WELFARE'),
	-- Muslim given names in the French forms of the Maghreb
	('latin', 'Hocine Ali'), ('latin', 'Lahcen Mohamed'), ('latin', 'HACENE, Ahmed'),
	('latin', 'Messaoud Ahmed'), ('latin', 'AISSA, Mohand'), ('latin', 'Larbi Driss'),
	-- English given names as Russian writes them
	('cyrillic', 'Джордж Буш'), ('cyrillic', 'Джон Смит'), ('cyrillic', 'Уильям Браун'),
	('cyrillic', 'Уоррен Баффет'), ('cyrillic', 'Уэллс'), ('cyrillic', 'Уотсон Уилсон'),
	-- words of organisations' names in other languages, as variant groups
	('company', 'TRADE CAPITAL BANK'), ('company', 'JAMI''A AL-SALAH'),
	-- an organisation's name that begins with another's initials
	('company', 'RIHS MOSQUES COMMITTEE'), ('company', 'RFA BANK'), ('company', 'SKS STEEL COMPANY'),
	('company', 'Revival of Islamic Heritage Society'), ('company', 'DMR C.I. S.A.S.'),
	-- a word of a company's name cut short: an abbreviation, a field's end
	('company', 'ZARKOV COMM GRP'), ('company', 'EXPORT DEV BANK OF IRAN'),
	('company', 'NATIONAL IRANIAN OIL ENG AND CONST CO'), ('company', 'ABC IND LTD'),
	('company', 'ISLAMIC REPUBLIC OF IRAN SHIPPING LIN'), ('company', 'KOREA MINING DEV TRAD CORP'),
	('company', 'GEN TRD CO'), ('company', 'OOO BAI'),
	('company', 'ISLAMIC REVOLUTIONARY GUARD CORPS INTELLIGENCE ORGANIZATION'),
	('company', 'WUHAN SANJIANG IMPORT AND EXPORT CO LTD'), ('company', 'AAAAAA TRADING CO'),
	-- the last word of a name that filled its field, cut short
	('cut', 'VLADIMIR VLADIMIROVICH PUT'), ('cut', 'MOHAMMED BIN ABDULRAHMAN AL SHA'),
	('cut', 'ISLAMIC REVOLUTIONARY GUARD COR'), ('cut', 'ABDUL RAHMAN MUHAMMAD AL QAD'),
	('cut', 'PUTIN, VLADIMIR VLADIMIROV'), ('cut', 'AL SHAMSI, MOHAMMED BIN ABDUL'),
	('cut', 'ПУТИН, ВЛАДИМИР ВЛАДИМИРОВ'), ('cut', 'HUSSEIN, Mansour Othman Aba'),
	('cut', 'VLADIMIR VLADIMIROVICH PUT”'),
	-- Thai, each word whole
	('thai', 'วลาดิมีร์ ปูติน'), ('thai', 'โอซามา บิน ลาเดน'), ('thai', 'ทักษิณ ชินวัตร'),
	-- katakana, also read as Japanese writes foreign names (r also l, chi ti)
	('katakana', 'ウラジーミル・プーチン'), ('katakana', 'オサマ・ビン・ラディン'),
	('katakana', 'セルゲイ・ラブロフ'), ('katakana', 'ハマス'), ('katakana', 'アルカイダ'),
	('katakana', 'ヒズボラ'), ('katakana', 'ﾄﾞﾅﾙﾄﾞ･ﾄﾗﾝﾌﾟ'), ('katakana', 'ムハンマド アリ'),
	-- ... a final long a as -er in the forms with l
	('katakana', 'ピーター・パーカー'), ('katakana', 'ムスタファー'), ('katakana', 'オマル・ハイダー'),
	-- Han characters apart by a middle dot, also read as Chinese writes foreign names
	('han_loan', '弗拉基米尔·普京'), ('han_loan', '奥萨马·本·拉登'), ('han_loan', '谢尔盖・拉夫罗夫'),
	('han_loan', '巴沙尔·阿萨德'), ('han_loan', '阿卜杜勒·拉赫曼'), ('han_loan', '哈桑‧纳斯鲁拉'),
	-- abbreviations of Muhammad
	('latin', 'Mohd Najib Razak'), ('latin', 'ALCHWIKI, Mhd Amer'),
	-- a ta marbuta after an alif, said t
	('arabic', 'نجاة'), ('arabic', 'حياة'), ('arabic', 'مناة'),
	-- a word and Allah, in Arabic script two words
	('allah', 'هبة الله أخوندزاده'), ('allah', 'سيف الله'), ('allah', 'عبد الرحمن حبيب الله'),
	('allah', 'رحمت الله'), ('allah', 'ذبیح الله مجاهد'), ('allah', 'عزت الله'),
	('allah', 'هدايت الله'), ('allah', 'امان الله'), ('allah', 'کرامت الله'),
	-- a doubled yaa's y and the waw after it
	('arabic', 'أيوب'), ('arabic', 'عبد القيوم'),
	-- Arabic orthography with letters Persian and Urdu say as z and s
	('arabic', 'فيض'), ('arabic', 'فضل محمد مظلوم'), ('arabic', 'عثمان'),
	-- an ayn between two of one consonant
	('arabic', 'معمر القذافي'),
	-- qaf and jim also read as g
	('arabic', 'جمال عبد الناصر'), ('arabic', 'صالح قاسمي'), ('arabic', 'مجدى'), ('arabic', 'القذافي'),
	-- Persian spelling of an alif maqsura, ژ as j
	('persian', 'یحیی سنوار'), ('persian', 'یحیی رحیم صفوی'), ('persian', 'ژیلا'),
	-- patronymics: spellings met through the father's name, and left out
	('patronymic', 'LUKASHENKA, Alyaksandr Hryhoryavich'), ('patronymic', 'Uladzimiravich'),
	('patronymic', 'DUGIN, Alexander Gelyevich'), ('patronymic', 'Sergei Nikolaevich Ivanov'),
	('patronymic', 'Lidiya Mikhailovna'), ('patronymic', 'Roman Arkadyevich Abramovich'),
	-- Turkic patronymics: the father's name and a particle after it
	('patronymic', 'Ilham Heydar oglu Aliyev'), ('patronymic', 'Aigul Bekmurza kyzy'),
	('edge', repeat('Vladimir Putin ', 5000));
SQL

# For one query: the sequential truth, then each index at each threshold.
psql -X -q -v ON_ERROR_STOP=1 >/dev/null <<'SQL' || { echo "not ok - index exactness: setup failed"; exit 1; }
CREATE FUNCTION check_query(qid int, q text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
	t real;
	method text;
	want int[];
	got int[];
	want_d real[];
	got_d real[];
BEGIN
	PERFORM set_config('enable_seqscan', 'on', true);
	PERFORM set_config('enable_indexscan', 'off', true);
	PERFORM set_config('enable_bitmapscan', 'off', true);
	IF to_regclass('pg_temp.truth') IS NULL THEN
		CREATE TEMP TABLE truth (id int, s real);
	END IF;
	TRUNCATE truth;
	INSERT INTO truth SELECT id, sanctions.similarity(q, name) FROM names WHERE name IS NOT NULL;
	want_d := ARRAY(SELECT 1 - s FROM truth ORDER BY 1 - s, id LIMIT 10);

	FOREACH method IN ARRAY ARRAY['gin', 'gist'] LOOP
		PERFORM set_config('enable_seqscan', 'off', true);
		PERFORM set_config('enable_bitmapscan', CASE WHEN method = 'gin' THEN 'on' ELSE 'off' END, true);
		PERFORM set_config('enable_indexscan', CASE WHEN method = 'gist' THEN 'on' ELSE 'off' END, true);
		-- every threshold from 0.5 up; one low threshold per query in turn,
		-- so that 0 ... 0.4 are each covered by a fifth of the queries
		FOREACH t IN ARRAY ARRAY[((qid % 5) / 10.0)::real, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]::real[] LOOP
			want := ARRAY(SELECT id FROM truth WHERE s >= t ORDER BY id);
			EXECUTE format('SELECT ARRAY(SELECT id FROM %I WHERE name OPERATOR(sanctions.%%) sanctions.query($1, $2) ORDER BY id)',
						   'names_' || method)
				INTO got USING q, t;
			IF got IS DISTINCT FROM want THEN
				RETURN NEXT format('%s at threshold %s: sequential %s rows, index %s rows; missing %s; extra %s',
					method, t, cardinality(want), cardinality(got),
					ARRAY(SELECT unnest(want) EXCEPT SELECT unnest(got)),
					ARRAY(SELECT unnest(got) EXCEPT SELECT unnest(want)));
			END IF;
		END LOOP;
	END LOOP;

	-- KNN through GiST: the ten smallest distances
	PERFORM set_config('enable_seqscan', 'off', true);
	PERFORM set_config('enable_bitmapscan', 'off', true);
	PERFORM set_config('enable_indexscan', 'on', true);
	EXECUTE 'SELECT ARRAY(SELECT name OPERATOR(sanctions.<->) $1 FROM names_gist WHERE name IS NOT NULL ORDER BY name OPERATOR(sanctions.<->) $1 LIMIT 10)'
		INTO got_d USING q;
	IF got_d IS DISTINCT FROM want_d THEN
		RETURN NEXT format('gist knn: sequential %s, index %s', want_d, got_d);
	END IF;
END
$$;
SQL

# The index scans must really be index scans.
plans=$(psql -X -At <<'SQL'
SET enable_seqscan = off; SET enable_indexscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM names_gin WHERE name OPERATOR(sanctions.%) sanctions.query('Vladimir Putin', 0.5);
SET enable_bitmapscan = off; SET enable_indexscan = on;
EXPLAIN (COSTS OFF) SELECT id FROM names_gist ORDER BY name OPERATOR(sanctions.<->) 'Vladimir Putin' LIMIT 10;
SQL
)
# (matched in the shell: with pipefail, "echo | grep -q" fails when grep
# has stopped reading before echo's last write)
if [[ $plans == *"Bitmap Index Scan on names_gin_name_idx"* &&
	$plans == *"Index Scan using names_gist_name_idx"* ]]; then
	echo "ok - index exactness: the index scans use the GIN and the GiST index"
else
	echo "not ok - index exactness: expected plans not used:"; echo "$plans"
fi

total=$(psql -X -At -c "SELECT count(*) FROM queries")
nnames=$(psql -X -At -c "SELECT count(*) FROM names")
# two workers, one per core, each taking every other query
for w in 0 1; do
	PGOPTIONS="-c client_min_messages=warning" psql -X -At -v ON_ERROR_STOP=1 -c "SELECT format('query %s (%s) %s: %s', qid, kind, left(q, 80), m) FROM queries, LATERAL check_query(qid, q) m WHERE qid % 2 = $w ORDER BY qid" >"$tmp/out.$w" 2>"$tmp/err.$w" &
done
wait
cat "$tmp"/err.* >&2
bad=$(cat "$tmp"/out.* | grep -c . || true)
if [ -s "$tmp/err.0" ] || [ -s "$tmp/err.1" ]; then
	echo "not ok - index exactness: the check failed to run"
elif [ "$bad" = 0 ]; then
	echo "ok - index exactness: $total queries x thresholds 0..1 over $nnames real names: GIN and GiST equal the sequential scan; KNN top-10 distances equal"
else
	cat "$tmp"/out.*
	echo "not ok - index exactness: $bad differences between index and sequential results"
fi
