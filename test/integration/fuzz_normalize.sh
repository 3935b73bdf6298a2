#!/usr/bin/env bash
# Smoke run of the libFuzzer target of the name core: a fixed number of
# inputs, with a fixed seed, mutated from the corpus in test/fuzz/corpus
# (which also holds the inputs of bugs the fuzzer found).  Any broken
# promise of sn_normalize (canonical pattern, idempotence, no error on valid
# UTF-8) or any memory error aborts the run.  Longer runs: test/fuzz/README.md.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
runs=20000

if ! make -s fuzz >/tmp/sanctions-fuzz-build.$$ 2>&1; then
	cat /tmp/sanctions-fuzz-build.$$
	rm -f /tmp/sanctions-fuzz-build.$$
	echo "not ok - fuzz_normalize: the fuzz target does not build (make fuzz)"
	exit 1
fi
rm -f /tmp/sanctions-fuzz-build.$$

work=$(mktemp -d /tmp/sanctions-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir "$work/new"
start=$(date +%s)
# new inputs go to a scratch directory (the first one named), never into
# the corpus kept in the repository
test/fuzz/fuzz_normalize -runs=$runs -seed=1 -dict=test/fuzz/normalize.dict \
	-artifact_prefix="$work/" "$work/new" test/fuzz/corpus >"$work/log" 2>&1
rc=$?
secs=$(( $(date +%s) - start ))
if [ $rc = 0 ] && grep -q "^Done $runs runs" "$work/log"; then
	echo "ok - fuzz_normalize: $runs inputs from $(ls test/fuzz/corpus | wc -l) seeds kept every promise (${secs}s)"
else
	grep -E -A8 '^sn_normalize:|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error' "$work/log" | head -60
	echo "not ok - fuzz_normalize: the fuzz target failed (exit $rc) after ${secs}s"
fi
