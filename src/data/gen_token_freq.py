#!/usr/bin/env python3
"""Generate src/core/token_freq.c: how common each name token is.

The matcher weighs a token by how much evidence sharing it gives: sharing
"mohammed", "trading" or "llc" says little, sharing "habbash" says much.
This script estimates, for every token that is common anywhere, the
probability p that a name contains it, from real data:

  - sanctions lists (OFAC SDN and consolidated names and aliases, UN and UK
    names): the share of list names containing the token;
  - US first names (SSA births 1880-2024) and surnames (2010 census): the
    share of people with that name;
  - SEC-registered company names: the share of company names containing it;

and keeps the largest of these estimates.  Tokens are produced by the
extension's own normaliser (normalize_lines, built from src/core), so the
table speaks the canonical token language.  Usage, from the project root:

    make src/data/normalize_lines
    python3 src/data/gen_token_freq.py ../shared/data > src/core/token_freq.c

The table is shipped with the extension and changes only with a new version
(scores, and so indexes, depend on it).
"""
import collections
import csv
import glob
import io
import math
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

data = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
here = os.path.dirname(os.path.abspath(__file__))
filt = os.path.join(here, 'normalize_lines')


def normalize(names):
    names = [n.replace('\n', ' ').replace('\r', ' ') for n in names]
    out = subprocess.run([filt], input='\n'.join(names) + '\n', capture_output=True,
                         text=True, check=True).stdout.split('\n')
    return out[:len(names)]


def ofac_csv(path, col):
    raw = open(path, 'rb').read().replace(b'\x1a', b'').decode('latin-1')
    for row in csv.reader(io.StringIO(raw)):
        if len(row) > col and row[col] != '-0-':
            yield row[col]


list_names = []
for d in glob.glob(os.path.join(data, 'lists/ofac_*')):
    for prim, alt in (('sdn.csv', 'alt.csv'), ('cons_prim.csv', 'cons_alt.csv')):
        if os.path.exists(os.path.join(d, prim)):
            list_names += list(ofac_csv(os.path.join(d, prim), 1))
            list_names += list(ofac_csv(os.path.join(d, alt), 3))
un = glob.glob(os.path.join(data, 'lists/un_sc_*/UN_consolidated.xml'))
for path in un:
    root = ET.parse(path).getroot()
    for ind in root.iter('INDIVIDUAL'):
        parts = [ind.findtext(t) or '' for t in ('FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME')]
        list_names.append(' '.join(p for p in parts if p))
    for ent in root.iter('ENTITY'):
        list_names.append(ent.findtext('FIRST_NAME') or '')
    for tag in ('INDIVIDUAL_ALIAS', 'ENTITY_ALIAS'):
        for al in root.iter(tag):
            list_names.append(al.findtext('ALIAS_NAME') or '')
uk = glob.glob(os.path.join(data, 'lists/uk_*/ConList.csv'))
for path in uk:
    rows = list(csv.reader(io.StringIO(open(path, 'rb').read().decode('cp1252'))))
    for row in rows[2:]:
        if len(row) > 6:
            list_names.append(' '.join(x for x in [row[1], row[2], row[3], row[4], row[5], row[0]] if x))

df = collections.Counter()
for n in normalize(list_names):
    for t in set(n.split()):
        df[t] += 1
p = {t: c / len(list_names) for t, c in df.items() if c >= 2}

# US first names, by births; surnames, by the census share
ssa = os.path.join(data, 'names/us_ssa_babynames_npm/ssa_national_1880-2024_by_name_sex.tsv')
if os.path.exists(ssa):
    births = collections.Counter()
    for row in csv.DictReader(open(ssa), delimiter='\t'):
        births[row['name'].lower()] += int(row['total_births'])
    total = sum(births.values())
    names = list(births)
    for n, norm in zip(names, normalize(names)):
        if norm and ' ' not in norm and births[n] / total >= 1e-6:
            p[norm] = max(p.get(norm, 0), births[n] / total)
census = glob.glob(os.path.join(data, 'names/us_census_2010_surnames_top/*.csv'))
for path in census:
    rows = [r for r in csv.DictReader(open(path)) if r.get('prop100k')]
    for r, norm in zip(rows, normalize([r['name'] for r in rows])):
        try:
            v = float(r['prop100k']) / 1e5
        except ValueError:
            continue
        if norm and ' ' not in norm:
            p[norm] = max(p.get(norm, 0), v)
sec = os.path.join(data, 'names/companies_sec_edgar/sec_companies_unique_cik.tsv')
if os.path.exists(sec):
    titles = [r['title'] for r in csv.DictReader(open(sec), delimiter='\t')]
    cdf = collections.Counter()
    for n in normalize(titles):
        for t in set(n.split()):
            cdf[t] += 1
    for t, c in cdf.items():
        if c >= 3:
            p[t] = max(p.get(t, 0), c / len(titles))

items = sorted((t, v) for t, v in p.items() if t and v >= 2e-5)
out = sys.stdout
out.write('/*\n * token_freq.c\n *\t\tHow common each name token is (generated; do not edit).\n *\n'
          ' * Made by src/data/gen_token_freq.py from %d list names and the ordinary\n'
          ' * names and company names described there: for each token, the largest\n'
          ' * estimate of the probability that a name contains it.\n */\n'
          '#include "token_freq.h"\n\nconst sn_token_freq sn_token_freqs[] = {\n' % len(list_names))
for t, v in items:
    out.write('\t{"%s", %.3gf},\n' % (t, v))
out.write('};\n\nconst size_t sn_n_token_freqs = sizeof(sn_token_freqs) / sizeof(sn_token_freqs[0]);\n')
print('tokens: %d from %d list names' % (len(items), len(list_names)), file=sys.stderr)
