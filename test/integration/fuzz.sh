#!/usr/bin/env bash
# Smoke runs of the libFuzzer targets of the name core: a fixed number of
# inputs each, with a fixed seed, mutated from the corpora kept in test/fuzz
# (which also hold the inputs of bugs the fuzzers found).  Longer runs:
# test/fuzz/README.md.
#   - fuzz_normalize: any broken promise of sn_normalize (canonical pattern,
#     idempotence, no error on valid UTF-8) aborts the run;
#   - fuzz_score: a score outside [0, 1], an explain() that disagrees with
#     the score, an index bound below the score (an index scan would miss a
#     row that a sequential scan returns) or a name scoring below 1 against
#     itself aborts the run.
# Any memory error aborts either.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
runs=20000

if ! make -s fuzz >/tmp/sanctions-fuzz-build.$$ 2>&1; then
	cat /tmp/sanctions-fuzz-build.$$
	rm -f /tmp/sanctions-fuzz-build.$$
	echo "not ok - fuzz: the fuzz targets do not build (make fuzz)"
	exit 1
fi
rm -f /tmp/sanctions-fuzz-build.$$

work=$(mktemp -d /tmp/sanctions-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT

# smoke TARGET CORPUS DICT WHAT
smoke() {
	local target=$1 corpus=$2 dict=$3 what=$4 rc start secs
	mkdir "$work/$target"
	start=$(date +%s)
	# new inputs go to a scratch directory (the first one named), never
	# into the corpus kept in the repository
	"test/fuzz/$target" -runs=$runs -seed=1 -dict="$dict" \
		-artifact_prefix="$work/$target/" "$work/$target" "$corpus" >"$work/$target.log" 2>&1
	rc=$?
	secs=$(( $(date +%s) - start ))
	if [ $rc = 0 ] && grep -q "^Done $runs runs" "$work/$target.log"; then
		echo "ok - $target: $runs $what from $(ls "$corpus" | wc -l) seeds kept every promise (${secs}s)"
	else
		grep -E -A8 '^sn_(normalize|score):|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error' \
			"$work/$target.log" | head -60
		echo "not ok - $target: the fuzz target failed (exit $rc) after ${secs}s"
	fi
}

smoke fuzz_normalize test/fuzz/corpus test/fuzz/normalize.dict inputs
smoke fuzz_score test/fuzz/corpus_score test/fuzz/score.dict "name pairs"
