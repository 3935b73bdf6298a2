#!/usr/bin/env python3
"""Generate src/core/hanja_table.c: the Korean reading of Han characters.

A name written in Han characters may be Chinese, Korean or Japanese; the
normaliser reads Han as Mandarin.  Korean names written in Hanja are
romanised from their Korean reading: 金正恩 is 김정은, Kim Jong Un, not
jin zheng en.  This table gives each Han character its Korean syllable,
from the kHangul field of the Unicode Han Database (Unihan_Readings.txt,
shipped by Debian's unicode-data package):

  - a reading marked N (used in names) when there is one: 金 is 김 (the
    surname Kim) rather than 금 (gold);
  - else the reading marked E (the standard one), else the first listed.

Simplified characters have none: Korea never adopted them, so a name
written with one is Chinese (see src/core/hanja.c).

Where a character has both a reading with an initial r or n and the one
South Korean spelling gives it at the start of a word (李: 리 and 이), the
standard reading keeps the r or n, as North Korean names do (Ri); the score
makes the South Korean form from it by the initial-sound rule (see
src/core/hanja.c), so the table needs only one syllable a character.

Usage, from the project root:

    python3 src/data/gen_hanja.py /usr/share/unicode > src/core/hanja_table.c
"""
import bz2
import re
import sys

udir = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/unicode'


def lines(name):
    with bz2.open('%s/%s.bz2' % (udir, name), 'rt', encoding='utf-8') as f:
        for line in f:
            yield line


table = {}
date = ''
for line in lines('Unihan_Readings.txt'):
    if line.startswith('#'):
        m = re.match(r'# Date: (\S+)', line)
        if m:
            date = m.group(1)
        continue
    parts = line.rstrip('\n').split('\t')
    if len(parts) != 3 or parts[1] != 'kHangul':
        continue
    cp = int(parts[0][2:], 16)
    readings = []
    for item in parts[2].split():
        syl, _, src = item.partition(':')
        if len(syl) != 1 or not 0xAC00 <= ord(syl) <= 0xD7A3:
            continue
        readings.append((syl, src))
    if not readings:
        continue
    pick = next((s for s, src in readings if 'N' in src), None)
    if pick is None:
        pick = next((s for s, src in readings if 'E' in src), readings[0][0])
    table[cp] = ord(pick)

out = sys.stdout
out.write('/*\n * hanja_table.c\n *\t\tThe Korean reading of Han characters (generated; do not edit).\n'
          ' *\n * Made by src/data/gen_hanja.py from the kHangul field of the Unicode Han\n'
          ' * Database of %s: %d characters, sorted by code point, each with its\n'
          ' * Hangul syllable.\n */\n' % (date, len(table)))
out.write('#include "hanja.h"\n\nconst sn_hanja sn_hanja_table[] = {\n')
items = sorted(table.items())
for i in range(0, len(items), 4):
    out.write('\t' + ' '.join('{0x%04X, 0x%04X},' % kv for kv in items[i:i + 4]) + '\n')
out.write('};\n\nconst size_t sn_n_hanja = sizeof(sn_hanja_table) / sizeof(sn_hanja_table[0]);\n')
