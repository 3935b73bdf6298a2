#!/usr/bin/env python3
"""Generate src/core/japanese_names.c: readings of Japanese names in kanji.

A Japanese name written in kanji (山田太郎) is read by the normaliser as
Mandarin (shan tian tai lang), while the lists write it as it sounds
(Yamada Taro).  A kanji has several readings, and which one a name uses is
decided by the name, not the character, so the readings come from a
dictionary of names: the person names of IPAdic (Debian's mecab-ipadic,
Noun.name.csv), 13,000 surnames and 19,000 given names with their readings
and a cost (lower is commoner).  For each surname and each given name
written in kanji alone, the commonest reading is kept, written in Latin
letters by the extension's own normaliser (normalize_lines, built from
src/core) and then as passports write Japanese names (Hepburn without long
vowels: Satou, Tarou, Yuusuke, Oohashi are Sato, Taro, Yusuke, Ohashi;
Inoue keeps its ou, whose u starts a syllable before a vowel).

Usage, from the project root:

    make src/data/normalize_lines
    python3 src/data/gen_japanese_names.py /usr/share/mecab/dic/ipadic \\
        > src/core/japanese_names.c
"""
import os
import re
import subprocess
import sys

ipadic = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/mecab/dic/ipadic'
here = os.path.dirname(os.path.abspath(__file__))
filt = os.path.join(here, 'normalize_lines')


def kanji(w):
    return all('\u4e00' <= c <= '\u9fff' or '\u3400' <= c <= '\u4dbf' or
               '\uf900' <= c <= '\ufaff' or c == '\u3005' for c in w)


best = {}   # (kind, kanji) -> (cost, katakana)
with open(os.path.join(ipadic, 'Noun.name.csv'), encoding='euc-jp') as f:
    for line in f:
        fields = line.rstrip('\n').split(',')
        word, cost, kind, reading = fields[0], int(fields[3]), fields[7], fields[11]
        if kind not in ('姓', '名') or not kanji(word) or reading == '*':
            continue
        key = ('s' if kind == '姓' else 'g', word)
        if key not in best or cost < best[key][0]:
            best[key] = (cost, reading)

keys = sorted(best)
latin = subprocess.run([filt], input='\n'.join(best[k][1] for k in keys) + '\n',
                       capture_output=True, text=True, check=True).stdout.split('\n')


def passport(r):
    # a long o or u written once: ou, oo, uu not before a vowel
    return re.sub(r'(o[ou]|uu)(?![aeiou])', lambda m: m.group(1)[0], r)


tables = {'s': [], 'g': []}
for k, r in zip(keys, latin):
    r = passport(r.strip())
    if re.fullmatch(r'[a-z]+', r):
        tables[k[0]].append((k[1].encode('utf-8'), r, best[k][0]))

out = sys.stdout
out.write('''/*
 * japanese_names.c
 *		Readings of Japanese surnames and given names written in kanji
 *		(generated; do not edit).
 *
 * Made by src/data/gen_japanese_names.py from the person names of IPAdic
 * (mecab-ipadic, Noun.name.csv): %d surnames and %d given names, each
 * with its commonest reading in Latin letters, sorted by their UTF-8 bytes.
 *
 * IPAdic: Copyright 2000, 2001, 2002, 2003 Nara Institute of Science and
 * Technology.  All Rights Reserved.  Use, reproduction, and distribution of
 * this software is permitted.  Any copy of this software, whether in its
 * original form or modified, must include both the above copyright notice
 * and the following paragraphs.  Nara Institute of Science and Technology
 * (NAIST), the copyright holders, disclaims all warranties with regard to
 * this software, including all implied warranties of merchantability and
 * fitness, in no event shall NAIST be liable for any special, indirect or
 * consequential damages or any damages whatsoever resulting from loss of
 * use, data or profits, whether in an action of contract, negligence or
 * other tortuous action, arising out of or in connection with the use or
 * performance of this software.  A large portion of the dictionary entries
 * originate from ICOT Free Software.  The following conditions for ICOT
 * Free Software applies to the current dictionary as well.  Each User may
 * also freely distribute the Program, whether in its original form or
 * modified, to any third party or parties, PROVIDED that the provisions of
 * Section 3 ("NO WARRANTY") will ALWAYS appear on, or be attached to, the
 * Program, which is distributed substantially in the same form as set out
 * herein and that such intended distribution, if actually made, will
 * neither violate or otherwise contravene any of the laws and regulations
 * of the countries having jurisdiction over the User or the intended
 * distribution itself.  NO WARRANTY: The program was produced on an
 * experimental basis in the course of the research and development
 * conducted during the project and is provided to users as so produced on
 * an experimental basis.  Accordingly, the program is provided without any
 * warranty whatsoever, whether express, implied, statutory or otherwise.
 * The term "warranty" used herein includes, but is not limited to, any
 * warranty of the quality, performance, merchantability and fitness for a
 * particular purpose of the program and the nonexistence of any
 * infringement or violation of any right of any third party.  Each user of
 * the program will agree and understand, and be deemed to have agreed and
 * understood, that there is no warranty whatsoever for the program and,
 * accordingly, the entire risk arising from or associated with the use of
 * the program is borne by the user.  Without limiting the generality of the
 * foregoing, ICOT shall not be liable for any damage or loss of data or
 * any other damage to the user or any third party as a result of the use
 * of the program.
 */
#include "japanese.h"

''' % (len(tables['s']), len(tables['g'])))


# Each table: its strings in one array (kanji, NUL, reading, NUL), and the
# entries as offsets into it, so that the library needs no relocations.
for kind, name in (('s', 'surnames'), ('g', 'given_names')):
    rows = sorted(tables[kind])
    out.write('static const char %s_text[] =\n' % name)
    off = 0
    entries = []
    for k, r, cost in rows:
        out.write('\t"%s\\0%s\\0"\n' % (k.decode('utf-8'), r))
        entries.append((off, off + len(k) + 1, cost))
        off += len(k) + 1 + len(r) + 1
    out.write(';\n\nconst sn_japanese_name sn_japanese_%s[] = {\n' % name)
    for i in range(0, len(entries), 4):
        out.write('\t' + ' '.join('{%d, %d, %d},' % e for e in entries[i:i + 4]) + '\n')
    out.write('};\nconst size_t sn_n_japanese_%s = sizeof(sn_japanese_%s) / sizeof(sn_japanese_%s[0]);\n'
              'const char *const sn_japanese_%s_text = %s_text;\n\n' % (name, name, name, name, name))
