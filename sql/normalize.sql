-- Name normalisation: every rule of the README, on real names in many scripts.
SET search_path = sanctions, public;

-- NULL in, NULL out; empty and punctuation-only give ''
-- (NORMALIZE is an SQL keyword: call the function schema-qualified)
SELECT sanctions.normalize(NULL) IS NULL AS null_in_null_out;
SELECT sanctions.normalize('') = '' AS empty, sanctions.normalize(' ,.;:-()''"/ ') = '' AS punctuation_only;
SELECT tokens('') AS no_tokens, tokens(NULL) IS NULL AS null_tokens;

-- Latin names: case, diacritics, punctuation, "SURNAME, Given"
SELECT n, sanctions.normalize(n) FROM (VALUES
	('PUTIN, Vladimir Vladimirovich'),
	('Nguyễn Tấn Dũng'),
	('AL-QAIDA (Organization)'),
	('O''Brien, Seán'),
	('Łukaszenka, Alaksandr'),
	('Erdoğan, Recep Tayyip'),
	('Müller-Lüdenscheidt GmbH'),
	('Þórður Ægisson'),
	('ＳＡＤＤＡＭ　ＨＵＳＳＥＩＮ'),
	('V. Putin'),
	('SEA STAR 1'),
	('Straße'),
	('ﬁnance ﬂow'),
	('İlham Əliyev')
) AS t(n);

-- Other scripts: BGN/PCGN for Cyrillic, UNGEGN for Greek, ICU for the rest
SELECT n, sanctions.normalize(n) FROM (VALUES
	('Путин Владимир Владимирович'),
	('Кирилл Шамалов'),
	('Щербаков Юрий'),
	('Зеленський Володимир Олександрович'),
	('Лукашэнка Аляксандр Рыгоравіч'),
	('Вучић Александар'),
	('Назарбаев Нұрсұлтан Әбішұлы'),
	('Βενιζέλος'),
	('Ελευθέριος Βενιζέλος'),
	('محمد بن سلمان'),
	('أسامة بن لادن'),
	('محمود احمدی نژاد'),
	('ولادیمیر پوٹن'),								-- Urdu tteh; Arabic-Latin dropped it
	('بینظیر بھٹو'),									-- Urdu aspiration mark and tteh
	('محمد عمر ځدران'),								-- Pashto dze
	('مەسعود بارزانی'),								-- Kurdish (Sorani): its vowels
	('ئەحمەد'),										-- ... and the initial vowel carrier
	('አብይ አህመድ'),									-- Ethiopic: the sixth order's schwa left out
	('בנימין נתניהו'),
	('אברהם יצחק ברוך'),								-- Hebrew as romanised: soft b, k, p; alef
	('יוסף גולדברג'),
	('ז׳בוטינסקי'),									-- a geresh
	('صلاح الدين'),									-- al-Din as Arabic script writes it
	('习近平'),
	('单雄信'),										-- a surname reading at the start
	('雄单'),
	('弗拉基米尔·普京'),								-- a middle dot starts a name again
	('重庆银行'),										-- a pair read by the next character
	('Nicușor Dan'),
	('Ђорђе Балашевић'),
	('Їжакевич Ґалаґан'),
	('김정은'),
	('ウラジーミル・プーチン'),
	('ვლადიმერ პუტინი'),
	('Վլադիմիր Պուտին'),
	('व्लादिमीर पुतिन'),
	('ਗੁਰਪਤਵੰਤ ਸਿੰਘ ਪੰਨੂ'),								-- Gurmukhi tippi read as bindi: n
	('ऋषि सुनक'),										-- ś, ṣ as sh; vocalic r as ri
	('วลาดิมีร์ ปูติน')
) AS t(n);

-- Scripts that ICU has no transliterator for are read from the Unicode
-- names of their letters: the consonant and its inherent vowel (KHMER
-- LETTER KHA), the vowel signs in its place, no vowel on a bare final
-- (Khmer, Lao, Tibetan), consonants without their names' vowels in
-- Mongolian, Tifinagh and N'Ko, syllables whole (Cherokee, Yi)
SELECT n, sanctions.normalize(n) FROM (VALUES
	('ហ៊ុន សែន'),
	('ហ៊ុន ម៉ាណែត'),
	('ហ៊ុន ម៉ាណាត'),
	('នរោត្តម សីហមុនី'),
	('ທອງລຸນ ສີສຸລິດ'),
	('ພັນຄຳ ວິພາວັນ'),
	('བསྟན་འཛིན་རྒྱ་མཚོ'),
	('བོད'),
	('ᠴᠢᠩᠭᠢᠰ ᠬᠠᠭᠠᠨ'),
	(E'\u0DC1\u0DCA\u200D\u0DBB\u0DD3 \u0DBD\u0D82\u0D9A\u0DCF'),
	('මහින්ද රාජපක්ෂ'),
	('ⵜⴰⵎⴰⵣⵉⵖⵜ'),
	('ߒߞߏ'),
	('ꦗꦺꦴꦏꦺꦴ ꦮꦶꦝꦺꦴꦝꦺꦴ'),
	('ᏣᎳᎩ'),
	('ꆈꌠ'),
	('പിണറായി വിജയൻ')
) AS t(n);

-- so a name in those scripts meets itself, and its Latin spelling
SELECT similarity('ហ៊ុន សែន', 'ហ៊ុន សែន') AS khmer_itself,
	   round(similarity('ហ៊ុន សែន', 'Hun Sen')::numeric, 2) AS khmer_latin,
	   round(similarity('මහින්ද රාජපක්ෂ', 'Mahinda Rajapaksa')::numeric, 2) AS sinhala_latin;

-- Invisible and formatting characters vanish
SELECT sanctions.normalize(E'Vla\u200Bdimir Pu\u00ADtin') AS zwsp_and_soft_hyphen,
	   sanctions.normalize(E'\u200FPutin\u200E \u202AVladimir\u202C') AS bidi,
	   sanctions.normalize(E'\uFEFFPutin\u200D\u200C') AS bom_zwj_zwnj,
	   sanctions.normalize(E'Pu\uFE0Ftin') AS variation_selector;

-- Look-alike Cyrillic and Greek letters inside a Latin word read as Latin
SELECT sanctions.normalize(E'Vl\u0430dimir Put\u0456n') AS cyrillic_a_and_i,
	   sanctions.normalize(E'\u0391L-QA\u0399DA') AS greek_alpha_iota,
	   sanctions.normalize(E'\u0421\u043EMPANY') = sanctions.normalize('COMPANY') AS mixed_word,
	   sanctions.normalize('Путин') AS whole_cyrillic_word_is_transliterated;

-- Legal forms: one canonical token per form, across languages and scripts
SELECT n, sanctions.normalize(n) FROM (VALUES
	('Acme Limited'), ('ACME LTD.'), ('Acme Pte. Ltd.'),
	('Acme Limited Liability Company'), ('Acme L.L.C.'),
	('ООО "Ромашка"'), ('OOO Romashka'),
	('Общество с ограниченной ответственностью «Ромашка»'),
	('АО "Газпром"'), ('ЗАО Газпром'), ('ПАО Газпром'), ('Public Joint Stock Company Gazprom'),
	('OJSC Gazprom'), ('Joint-Stock Company Gazprom'),
	('Siemens Aktiengesellschaft'), ('Siemens AG'),
	('Société Anonyme des Mines'), ('Mines S.A.'),
	('Acme Gesellschaft mit beschränkter Haftung'),
	('Acme S.R.L.'), ('Acme Sp. z o.o.'),
	('Acme Corporation'), ('Acme Incorporated'), ('Acme Company'),
	('Ming Ao Tang'), ('澳门'), ('奥萨马·本·拉登'), ('中国银行股份有限公司'),
	('Societatea cu Răspundere Limitată PRO TRAFFIC'),
	('Al-Aqsa A.S.B.L.'), ('Fondation Secours Mondial VZW'),
	('Tactical Missiles Corporation Joynt Stock Company'),	-- one word misspelt
	('Point Stock Company')									-- but not its first letter
) AS t(n);

-- Abbreviated company words are written out
SELECT n, sanctions.normalize(n) FROM (VALUES
	('First Bank Int''l'), ('ACME COMM GRP'), ('Apex Mgmt Srvces Ltd.'), ('Delta Hldgs'),
	('Mr. Intl')
) AS t(n);

-- Abd al- names: every spelling is "abd" and the name without its article;
-- Abd Allah's own spellings stay whole
SELECT n, sanctions.normalize(n) FROM (VALUES
	('Abdul Qadir'), ('ABD AL-QADIR'), ('Abdelkader'), ('Abdiqadir'), ('Abdoul Kader'),
	('Abdurrahman'), ('Abdus Salam'), ('عبد الرحمن'), ('Абдулкадыр'), ('Abdullah'),
	('Abdoulaye'), ('Abdulayev')
) AS t(n);

-- al-Din names: "X din" when the article's doubled d is written; else whole
SELECT n, sanctions.normalize(n) FROM (VALUES
	('Nasiruddin Haqqani'), ('Nasir al-Din Haqqani'), ('Nasir-ud-Din'), ('Noureddine'),
	('Salahaddin'), ('Nasr Eldin'), ('Saladin'), ('Geraldine'), ('Aladdin')
) AS t(n);

-- The article said as the letter after it is "al"; given names, ur and as stay
SELECT n, sanctions.normalize(n) FROM (VALUES
	('Ayman az-Zawahiri'), ('Harakat ash-Shabaab'), ('Kader es-Sayed'), ('Ed Davis'),
	('An Nguyen'), ('Mati-ur-Rehman'), ('Muqtada as-Sadr')
) AS t(n);

-- The ezafe joined by a hyphen is e; an e or i with spaces around stays
SELECT n, sanctions.normalize(n) FROM (VALUES
	('Jaish-e-Mohammed'), ('JAISH-I-MOHAMMED'), ('LASHKAR E-TAYYIBA'), ('Jaish-é-Mohammed'),
	('John I Smith'), ('Smith-i')
) AS t(n);

-- Honorifics are dropped while another token remains; ranks are kept
SELECT n, sanctions.normalize(n) FROM (VALUES
	('Mr. John Smith'), ('Dr Ayman al-Zawahiri'), ('Mrs'), ('General Qasem Soleimani'),
	('Sheikh Abdullah')
) AS t(n);

-- tokens() and phonetic()
SELECT tokens('PUTIN, Vladimir Vladimirovich');
SELECT phonetic('Mohammed'), phonetic('Muhammad'), phonetic('Mohamad'), phonetic('محمد');
SELECT phonetic('Shcherbakov') = phonetic('Scherbakov') AS sh_variants,
	   phonetic('Aleksandr') = phonetic('Alexander') AS ks_variants,
	   phonetic('Bush') = phonetic('Habbash') AS bush_is_not_habbash;
SELECT phonetic('SEA STAR 1');

-- Idempotence and the canonical pattern on every example above
WITH names(n) AS (VALUES
	('PUTIN, Vladimir'), ('Mr Dr'), ('ao'), ('Mr Ao Smith'), ('S.R.L.'), ('金正恩'),
	('김정은'), ('Ελευθέριος'), ('Общество с ограниченной ответственностью'),
	('limited liability co ltd'), ('sa sa sa'), (E'\u0391L-QA\u0399DA'),
	('ហ៊ុន ម៉ាណែត'), ('ທອງລຸນ ສີສຸລິດ'), ('བསྟན་འཛིན་རྒྱ་མཚོ'), ('ᠮᠣᠩᠭᠣᠯ'),
	('මහින්ද රාජපක්ෂ'), ('ⵜⴰⵎⴰⵣⵉⵖⵜ'), ('ᏣᎳᎩ'), ('Abd al-Qadir'), ('Abdurrahman'),
	('abd alash x'), ('Nasir-ud-Din'), ('el ul uddin x'), ('Ayman az-Zawahiri'), ('ash ashshams'),
	('JAISH-I-MOHAMMED'), ('x-i-ab-i-cd i-f'))
SELECT bool_and(sanctions.normalize(sanctions.normalize(n)) = sanctions.normalize(n)) AS idempotent,
	   bool_and(sanctions.normalize(n) ~ '^([a-z0-9]+( [a-z0-9]+)*)?$') AS canonical
FROM names;

-- A very long name completes and stays in canonical form
SELECT length(sanctions.normalize(repeat('Ab Пу ', 200000))) > 0 AS long_name_ok;

-- One huge name (45 MB) is cancelled inside the call (statement_timeout
-- and pg_cancel_backend both arrive through CHECK_FOR_INTERRUPTS)
SET statement_timeout = '200ms';
SELECT length(sanctions.normalize(repeat('Путин Владимир ', 1600000)));
RESET statement_timeout;

-- Function properties are declared truthfully
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'sanctions' AND p.proname IN ('normalize', 'tokens', 'phonetic')
ORDER BY 1;
