#!/usr/bin/env bash
# The README's examples give what they say: every line of a ```sql block of
# the form
#     SELECT sanctions.f('...', ...);   -- value
# (one statement on one line, a function of the extension on constants) is
# run, and its result compared with the value in the comment: a number to
# within half of its last written digit (0.92 stands for 0.915 to 0.925), a
# text exactly; what follows the value after ": " or " (" is commentary.
#
# Run by test/run with PGHOST, PGPORT and PGUSER of a throw-away cluster.
# Prints "ok - ..." or "not ok - ..." for each example.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=sanctions_readme_it
export PGDATABASE=$DB
trap 'dropdb --if-exists "$DB" 2>/dev/null' EXIT
dropdb --if-exists "$DB" 2>/dev/null
if ! createdb "$DB" || ! psql -X -q -c 'CREATE EXTENSION sanctions' >/dev/null; then
	echo "not ok - README examples: cannot create the test database"
	exit 0
fi

# one example a line: the statement, a tab, the value
python3 - "$ROOT/README.md" >"/tmp/sanctions-readme.$$" <<'PY'
import re, sys
text = open(sys.argv[1], encoding='utf-8').read()
for block in re.findall(r'```sql\n(.*?)```', text, re.S):
    for line in block.split('\n'):
        m = re.match(r'\s*(SELECT sanctions\.\w+\(.*\);)\s*--\s*(.+?)\s*$', line)
        if m:
            value = re.split(r': | \(', m.group(2))[0].strip()
            print(m.group(1) + '\t' + value)
PY
n=0
while IFS=$'\t' read -r sql want; do
	n=$((n + 1))
	got=$(psql -X -q -At -c "$sql" 2>&1)
	if [[ $want =~ ^-?[0-9]+(\.([0-9]+))?$ ]]; then
		decimals=${#BASH_REMATCH[2]}
		if awk -v g="$got" -v w="$want" -v d="$decimals" \
			'BEGIN { if (g !~ /^-?[0-9.e+-]+$/) exit 1; e = 0.5 * 10 ^ -d + 1e-9; exit !(g >= w - e && g <= w + e) }'; then
			echo "ok - README: $sql gives $want"
		else
			echo "not ok - README: $sql gives $got, the README says $want"
		fi
	elif [ "$got" = "$want" ]; then
		echo "ok - README: $sql gives $want"
	else
		echo "not ok - README: $sql gives $got, the README says $want"
	fi
done <"/tmp/sanctions-readme.$$"
rm -f "/tmp/sanctions-readme.$$"
[ "$n" -gt 0 ] || echo "not ok - README: no example of the form SELECT sanctions.f(...); -- value was found"
