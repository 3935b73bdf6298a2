/* One line per suite of C unit tests; each is defined in its own file. */
SUITE(suite_normalize)
SUITE(suite_phonetic)
SUITE(suite_score)
SUITE(suite_ofac)
SUITE(suite_translit_tables)
SUITE(suite_hanja)
SUITE(suite_japanese)
SUITE(suite_somali)
