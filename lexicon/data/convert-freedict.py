#!/usr/bin/env python3
"""Cut a FreeDict dictd dictionary (jpn-eng) into lexicon/data/<lang>-eng.txt.gz.

usage: convert-freedict.py DICT.dict.dz DICT.index SUBTLEX.txt.gz STOPWORDS.go OUT.txt.gz

Keeps the entries JMdict marks as common (a priority tag: ichi, news, spec, gai, nf), their headwords
written with a Han or Katakana letter (hiragana-only headwords are mostly function words and
homophones), the first MAX_SENSES senses, and of their glosses the single English words among the
TOP_ENGLISH most frequent of SUBTLEX-US that are not English function words (the Snowball list in
text/stopwords.go), MAX_GLOSSES at most, in the dictionary's order. Each line:
headword TAB class TAB gloss,gloss   (class: v1 Ichidan verb, v5X Godan verb ending in X, vs a noun
that takes suru, adj an i-adjective, n anything else).
"""
import gzip
import re
import sys

from englishwords import english_stopwords, frequent_english

# TOP_ENGLISH: how many of SUBTLEX-US's most frequent words a gloss may be: fewer drops glosses like
# "secession" (rank ~27,000), more keeps rare words nothing in Footnote compares.
TOP_ENGLISH = 30000
# MAX_SENSES: the senses kept per entry; later senses are rarer uses ("to surrender" of 投じる).
MAX_SENSES = 2
# MAX_GLOSSES: the glosses kept per headword; the first are the closest translations.
MAX_GLOSSES = 6

B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def main():
    dz, index, subtlex, stopgo, out = sys.argv[1:6]
    data = gzip.open(dz).read()
    english = frequent_english(subtlex, TOP_ENGLISH)
    stops = english_stopwords(stopgo)
    han_kata = re.compile(r'[\u4e00-\u9fff\u30a0-\u30ff]')
    entries = {}
    seen = set()
    for line in open(index, encoding='utf-8'):
        parts = line.rstrip('\n').split('\t')
        if len(parts) != 3 or parts[0].startswith('00'):
            continue
        off, ln = b64(parts[1]), b64(parts[2])
        if off in seen:
            continue
        seen.add(off)
        body = data[off:off + ln].decode('utf-8', 'replace')
        lines = body.split('\n')
        head = lines[0]
        if not re.search(r'\[(ichi|news|spec|gai)\d\]|\[nf\d\d\]', head):
            continue
        words = [w for w in re.findall(r'(\S+) /', head) if han_kata.search(w)]
        if not words:
            continue
        cls, glosses, sense = '', [], 0
        for l in lines[1:]:
            l = l.strip()
            m = re.match(r'^(\d+)\. ?(.*)$', l)
            if m:
                sense = int(m.group(1))
                l = m.group(2)
            elif sense == 0:
                sense = 1
            if sense > MAX_SENSES or not l:
                continue
            if re.fullmatch(r'(\([^)]*\)\s*)+', l):  # word classes, not a gloss line
                if not cls:
                    if 'Ichidan verb' in l:
                        cls = 'v1'
                    elif (g := re.search(r"Godan verb with `(\w+)' ending", l)):
                        cls = 'v5' + g.group(1)
                    elif 'takes the aux. verb suru' in l:
                        cls = 'vs'
                    elif 'adjective (keiyoushi)' in l:
                        cls = 'adj'
                continue
            l = re.sub(r'\{[^}]*\}|\([^)]*\)', '', l)
            for g in l.split(','):
                g = g.strip().lower()
                g = re.sub(r'^to ', '', g)
                if re.fullmatch(r'[a-z]+', g) and g in english and g not in stops and g not in glosses:
                    glosses.append(g)
        glosses = glosses[:MAX_GLOSSES]
        if not glosses:
            continue
        for w in words:
            if w not in entries:
                entries[w] = (cls or 'n', glosses)
    with gzip.open(out, 'wt', encoding='utf-8', compresslevel=9) as f:
        f.write('# Japanese-English glosses cut from FreeDict jpn-eng (JMdict, EDRDG), CC-BY-SA 3.0; see LICENSE.freedict-jpn-eng.\n')
        for w in sorted(entries):
            cls, gl = entries[w]
            f.write(f'{w}\t{cls}\t{",".join(gl)}\n')
    print(len(entries), 'headwords', file=sys.stderr)


if __name__ == '__main__':
    main()
