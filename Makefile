# sanctions: PostgreSQL extension for sanctions screening (PGXS build)

EXTENSION  = sanctions
EXTVERSION = 0.1.0

# The name logic (src/core) has no PostgreSQL dependency; src/pg is the glue.
CORE_SRCS = $(sort $(wildcard src/core/*.c))
PG_SRCS   = $(sort $(wildcard src/pg/*.c))
OBJS      = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)
MODULE_big = sanctions

# The install script is assembled from the ordered pieces in src/sql.
SQL_PARTS = $(sort $(wildcard src/sql/*.sql))
DATA_built = $(EXTENSION)--$(EXTVERSION).sql

# Every pg_regress test in sql/ runs, in name order.
REGRESS = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION)

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS   := $(shell pkg-config --libs icu-uc icu-i18n)

# Server headers as system headers: -Wextra then checks our code, not theirs.
PG_CONFIG ?= pg_config
PG_CPPFLAGS = -Isrc/core $(ICU_CFLAGS) -isystem $(shell $(PG_CONFIG) --includedir-server)
PG_CFLAGS   = -Wall -Wextra -Werror
SHLIB_LINK  = $(ICU_LIBS)

EXTRA_CLEAN = test/unit/run_unit test/unit/run_unit_san test/bench/core_bench test/bench/key_bench test/fuzz/fuzz_normalize test/fuzz/fuzz_score

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS tracks no header dependencies: rebuild every object when any header
# changes (the glue embeds the core's structs).
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS)
	cat $^ > $@

# C unit tests of the core: no server, no postgres.h.
UNIT_SRCS = $(sort $(wildcard test/unit/*.c))
CORE_TEST_CFLAGS = -O2 -g -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Isrc/core -Itest/unit $(ICU_CFLAGS)

test/unit/run_unit: $(UNIT_SRCS) $(CORE_SRCS) $(wildcard src/core/*.h) $(wildcard test/unit/*.h)
	$(CC) $(CORE_TEST_CFLAGS) -o $@ $(UNIT_SRCS) $(CORE_SRCS) $(ICU_LIBS) -lm

unit: test/unit/run_unit
	test/unit/run_unit

# The same unit tests built with AddressSanitizer (and its leak checker)
# and UndefinedBehaviorSanitizer: a read or write out of bounds, a use
# after free, a leak or undefined behaviour in the core fails them.
SAN_CFLAGS = $(filter-out -O2,$(CORE_TEST_CFLAGS)) -O1 \
	-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer

test/unit/run_unit_san: $(UNIT_SRCS) $(CORE_SRCS) $(wildcard src/core/*.h) $(wildcard test/unit/*.h)
	$(CC) $(SAN_CFLAGS) -o $@ $(UNIT_SRCS) $(CORE_SRCS) $(ICU_LIBS) -lm

unit-san: test/unit/run_unit_san
	ASAN_OPTIONS=detect_leaks=1 test/unit/run_unit_san

test/bench/core_bench: test/bench/core_bench.c $(CORE_SRCS) $(wildcard src/core/*.h)
	$(CC) $(CORE_TEST_CFLAGS) -o $@ test/bench/core_bench.c $(CORE_SRCS) $(ICU_LIBS) -lm

test/bench/key_bench: test/bench/key_bench.c $(CORE_SRCS) $(wildcard src/core/*.h)
	$(CC) $(CORE_TEST_CFLAGS) -o $@ test/bench/key_bench.c $(CORE_SRCS) $(ICU_LIBS) -lm

# The filter that the token-frequency generator uses (src/data).
src/data/normalize_lines: src/data/normalize_lines.c $(CORE_SRCS) $(wildcard src/core/*.h)
	$(CC) $(CORE_TEST_CFLAGS) -o $@ src/data/normalize_lines.c $(CORE_SRCS) $(ICU_LIBS) -lm

# libFuzzer targets of the core (clang with compiler-rt): "make fuzz", then
# test/fuzz/fuzz_normalize NEWDIR test/fuzz/corpus, or test/fuzz/fuzz_score
# NEWDIR test/fuzz/corpus_score (see test/fuzz/README.md).
FUZZ_CC ?= clang
FUZZ_CFLAGS = -g -O1 -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-Isrc/core $(ICU_CFLAGS)

test/fuzz/fuzz_normalize: test/fuzz/fuzz_normalize.c test/fuzz/fuzz_utf8.h $(CORE_SRCS) $(wildcard src/core/*.h)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ test/fuzz/fuzz_normalize.c $(CORE_SRCS) $(ICU_LIBS) -lm

test/fuzz/fuzz_score: test/fuzz/fuzz_score.c test/fuzz/fuzz_utf8.h $(CORE_SRCS) $(wildcard src/core/*.h)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ test/fuzz/fuzz_score.c $(CORE_SRCS) $(ICU_LIBS) -lm

fuzz: test/fuzz/fuzz_normalize test/fuzz/fuzz_score

.PHONY: unit unit-san fuzz
