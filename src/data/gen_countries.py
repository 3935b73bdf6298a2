#!/usr/bin/env python3
"""Generate src/sql/37_countries.sql: the table sanctions.country_name.

sanctions.screen() says whether a list entry's countries agree with the
country given for the screened name.  Lists and customer files name a
country in many ways: OFAC writes "Korea, North" and "Burma", the UN "Iran
(Islamic Republic of)" and "Democratic People's Republic of Korea", other
lists and most customer files ISO 3166 codes ("KP", "IR").  The table maps
each such name, by its key (sanctions.country_key: the canonical tokens,
sorted, without "the", "of" and "and" unless nothing else is left), to the
ISO 3166-1 alpha-2 code.

The names and codes come from the ISO 3166-1 file of Debian's iso-codes
package (alpha-2 and alpha-3 codes, the name, the common name and the
official name of each country), and from the lists below of other names in
use on the lists and in customer files (former and short names) and of
nationalities ("Afghan", "North Korean", as the UK list gives them).

Usage, from the project root:
    python3 src/data/gen_countries.py /usr/share/iso-codes/json/iso_3166-1.json \\
        > src/sql/37_countries.sql
"""
import json
import re
import sys
import unicodedata

# Other names in use: former names, short names, the forms of the OFAC and
# UN lists that ISO does not have, and codes that are not ISO's.
OTHER = {
    'AE': ['UAE'],
    'BN': ['Brunei'],
    'BO': ['Bolivia'],
    'CD': ['Congo, Democratic Republic of the', 'DRC', 'Zaire', 'DR Congo', 'D.R. Congo'],
    'CG': ['Congo, Republic of the', 'Republic of the Congo', 'Congo-Brazzaville'],
    'CI': ['Ivory Coast', "Cote d'Ivoire", 'Cote d Ivoire'],
    'CV': ['Cape Verde'],
    'CZ': ['Czech Republic'],
    'FM': ['Micronesia'],
    'GB': ['UK', 'Great Britain', 'Britain', 'United Kingdom'],
    'GR': ['EL'],
    'IR': ['Iran'],
    'KP': ['Korea, North', 'North Korea', 'DPRK'],
    'KR': ['Korea, South', 'South Korea', 'Republic of Korea'],
    'LA': ['Laos'],
    'MD': ['Moldova'],
    'MK': ['Macedonia', 'The Former Yugoslav Republic of Macedonia'],
    'MM': ['Burma'],
    'NL': ['Netherlands', 'Holland'],
    'PS': ['Palestine', 'Palestinian Territories', 'West Bank', 'Gaza', 'Gaza Strip'],
    'RU': ['Russia'],
    'SY': ['Syria'],
    'SZ': ['Swaziland'],
    'TR': ['Turkey'],
    'TW': ['Taiwan'],
    'TZ': ['Tanzania'],
    'US': ['USA', 'United States of America', 'United States'],
    'VA': ['Vatican', 'Holy See'],
    'VE': ['Venezuela'],
    'VN': ['Vietnam'],
    'XK': ['Kosovo', 'XK', 'XKX'],
    'MO': ['Macau'],
}

# Nationalities as lists write them (the UK list: "Afghan", "Iraqi", "North
# Korean"), each naming one country; one that names two (Korean, Congolese,
# Dominican) is left out, as a key naming two codes is below.
DEMONYMS = {
    'AF': ['Afghan', 'Afghani'], 'AL': ['Albanian'], 'DZ': ['Algerian'], 'US': ['American'],
    'AD': ['Andorran'], 'AO': ['Angolan'], 'AR': ['Argentine', 'Argentinian'], 'AM': ['Armenian'],
    'AU': ['Australian'], 'AT': ['Austrian'], 'AZ': ['Azerbaijani', 'Azeri'], 'BH': ['Bahraini'],
    'BD': ['Bangladeshi'], 'BY': ['Belarusian', 'Belarussian'], 'BE': ['Belgian'], 'BJ': ['Beninese'],
    'BT': ['Bhutanese'], 'BO': ['Bolivian'], 'BA': ['Bosnian'], 'BR': ['Brazilian'], 'GB': ['British'],
    'BN': ['Bruneian'], 'BG': ['Bulgarian'], 'BF': ['Burkinabe'], 'MM': ['Burmese'], 'BI': ['Burundian'],
    'KH': ['Cambodian'], 'CM': ['Cameroonian'], 'CA': ['Canadian'], 'CF': ['Central African'],
    'TD': ['Chadian'], 'CL': ['Chilean'], 'CN': ['Chinese'], 'CO': ['Colombian'], 'KM': ['Comorian'],
    'CR': ['Costa Rican'], 'HR': ['Croatian'], 'CU': ['Cuban'], 'CY': ['Cypriot'], 'CZ': ['Czech'],
    'DK': ['Danish'], 'DJ': ['Djiboutian'], 'EC': ['Ecuadorian'], 'EG': ['Egyptian'], 'AE': ['Emirati'],
    'GQ': ['Equatorial Guinean'], 'ER': ['Eritrean'], 'EE': ['Estonian'], 'ET': ['Ethiopian'],
    'FJ': ['Fijian'], 'PH': ['Filipino'], 'FI': ['Finnish'], 'FR': ['French'], 'GA': ['Gabonese'],
    'GM': ['Gambian'], 'GE': ['Georgian'], 'DE': ['German'], 'GH': ['Ghanaian'], 'GR': ['Greek'],
    'GT': ['Guatemalan'], 'GN': ['Guinean'], 'HT': ['Haitian'], 'HN': ['Honduran'], 'HU': ['Hungarian'],
    'IS': ['Icelandic'], 'IN': ['Indian'], 'ID': ['Indonesian'], 'IR': ['Iranian'], 'IQ': ['Iraqi'],
    'IE': ['Irish'], 'IL': ['Israeli'], 'IT': ['Italian'], 'CI': ['Ivorian'], 'JM': ['Jamaican'],
    'JP': ['Japanese'], 'JO': ['Jordanian'], 'KZ': ['Kazakh', 'Kazakhstani'], 'KE': ['Kenyan'],
    'XK': ['Kosovar', 'Kosovan'], 'KW': ['Kuwaiti'], 'KG': ['Kyrgyz'], 'LA': ['Laotian'],
    'LV': ['Latvian'], 'LB': ['Lebanese'], 'LR': ['Liberian'], 'LY': ['Libyan'], 'LT': ['Lithuanian'],
    'LU': ['Luxembourgish'], 'MK': ['Macedonian'], 'MG': ['Malagasy'], 'MW': ['Malawian'],
    'MY': ['Malaysian'], 'MV': ['Maldivian'], 'ML': ['Malian'], 'MT': ['Maltese'], 'MR': ['Mauritanian'],
    'MU': ['Mauritian'], 'MX': ['Mexican'], 'MD': ['Moldovan'], 'MN': ['Mongolian'], 'ME': ['Montenegrin'],
    'MA': ['Moroccan'], 'MZ': ['Mozambican'], 'NA': ['Namibian'], 'NP': ['Nepalese', 'Nepali'],
    'NZ': ['New Zealander'], 'NI': ['Nicaraguan'], 'NE': ['Nigerien'], 'NG': ['Nigerian'],
    'KP': ['North Korean'], 'NO': ['Norwegian'], 'OM': ['Omani'], 'PK': ['Pakistani'],
    'PS': ['Palestinian'], 'PA': ['Panamanian'], 'PY': ['Paraguayan'], 'PE': ['Peruvian'],
    'PL': ['Polish'], 'PT': ['Portuguese'], 'QA': ['Qatari'], 'RO': ['Romanian'], 'RU': ['Russian'],
    'RW': ['Rwandan'], 'SA': ['Saudi', 'Saudi Arabian'], 'SN': ['Senegalese'], 'RS': ['Serbian'],
    'SL': ['Sierra Leonean'], 'SG': ['Singaporean'], 'SK': ['Slovak'], 'SI': ['Slovenian', 'Slovene'],
    'SO': ['Somali'], 'ZA': ['South African'], 'KR': ['South Korean'], 'SS': ['South Sudanese'],
    'ES': ['Spanish'], 'LK': ['Sri Lankan'], 'SD': ['Sudanese'], 'SR': ['Surinamese'], 'SE': ['Swedish'],
    'CH': ['Swiss'], 'SY': ['Syrian'], 'TW': ['Taiwanese'], 'TJ': ['Tajik', 'Tajikistani'],
    'TZ': ['Tanzanian'], 'TH': ['Thai'], 'TG': ['Togolese'], 'TT': ['Trinidadian'], 'TN': ['Tunisian'],
    'TR': ['Turkish'], 'TM': ['Turkmen'], 'UG': ['Ugandan'], 'UA': ['Ukrainian'], 'UY': ['Uruguayan'],
    'UZ': ['Uzbek', 'Uzbekistani'], 'VE': ['Venezuelan'], 'VN': ['Vietnamese'], 'YE': ['Yemeni'],
    'ZM': ['Zambian'], 'ZW': ['Zimbabwean'],
}

# What sanctions.country_key does, for the keys written here: the
# canonical tokens (lower-case ASCII letters and digits, apart), "st" read
# "saint", without "the", "of" and "and" (unless nothing else is left: AND
# is Andorra's code), distinct and sorted.  A name whose
# key differs from the server's would only be missed, never misread; the
# regression test checks the name kept with each key against the server.
def key(name):
    s = unicodedata.normalize('NFKD', name)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub("['\u2019\u02bc]", '', s)
    toks = re.findall(r'[a-z0-9]+', s)
    toks = ['saint' if t == 'st' else t for t in toks]
    kept = [t for t in toks if t not in ('the', 'of', 'and')]
    return ' '.join(sorted(set(kept or toks)))


def main():
    data = json.load(open(sys.argv[1], encoding='utf-8'))['3166-1']
    names = {}                  # key: the codes it names
    first = {}                  # key: the first name that made it
    def add(name, code):
        k = key(name)
        names.setdefault(k, set()).add(code)
        first.setdefault(k, name)
    for c in data:
        for field in ('alpha_2', 'alpha_3', 'name', 'common_name', 'official_name'):
            if field in c:
                add(c[field], c['alpha_2'])
    for table in (OTHER, DEMONYMS):
        for code, others in table.items():
            for n in others:
                add(n, code)
    rows = sorted((k, min(v), first[k]) for k, v in names.items() if k and len(v) == 1)
    out = sys.stdout
    out.write('\n-- Country names and codes, for sanctions.screen() -------------------------\n')
    out.write('-- Generated by src/data/gen_countries.py from the ISO 3166-1 file of the\n')
    out.write("-- iso-codes package (Debian; LGPL-2.1-or-later) and the project's list of other\n")
    out.write('-- names in use; do not edit.\n\n')
    out.write('CREATE TABLE country_name (\n\tkey\t\ttext PRIMARY KEY,\n\tcode\ttext NOT NULL,\n\tname\ttext NOT NULL\n);\n\n')
    out.write("COMMENT ON TABLE country_name IS 'country names and codes by sanctions.country_key (name: one name with that key), with the ISO 3166-1 alpha-2 code';\n\n")
    out.write('INSERT INTO country_name (key, code, name) VALUES\n')
    q = lambda x: x.replace("'", "''")
    out.write(',\n'.join("\t('%s', '%s', '%s')" % (q(k), v, q(n)) for k, v, n in rows))
    out.write(';\n')


if __name__ == '__main__':
    main()
