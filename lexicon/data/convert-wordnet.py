#!/usr/bin/env python3
"""Cut WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet) into lexicon/data/en-synsets.txt.gz.

usage: convert-wordnet.py WORDNET_DIR SUBTLEX.txt.gz STOPWORDS.go OUT.txt.gz

Two English words are synonyms when they share a synset among the first MAX_SENSES senses of each
(WordNet orders a word's senses by how often they are used): "quit" and "resign" share "give up or
retire from a position". Antonyms never share a synset, unlike words close by the GloVe vectors
("more"/"less" 0.91). Kept: single words of letters, among the TOP_ENGLISH most frequent of SUBTLEX-US,
not English function words (the Snowball list in text/stopwords.go); a synset with at least two such
words. Each line of the output is one synset: its part of speech (n, v, a, r), a tab, its words.
Then, after a line "#exceptions", WordNet's irregular forms (noun.exc, verb.exc, adj.exc): form TAB
base, both kept words or the form in SUBTLEX-US ("crises" crisis, "began" begin).
"""
import gzip
import re
import sys

# MAX_SENSES: the senses of a word compared: more finds rarer uses ("deal" as "handle" is its 7th
# sense) and takes a word for a synonym in a sense the claim does not mean; fewer misses synonyms.
MAX_SENSES = 2
# TOP_ENGLISH: how many of SUBTLEX-US's most frequent words a synonym may be (as the Japanese glosses):
# fewer drops words posters use, more keeps rare words nothing in Footnote compares.
TOP_ENGLISH = 30000
# MIN_LETTERS: shorter words are particles and abbreviations.
MIN_LETTERS = 3

POS = {'noun': 'n', 'verb': 'v', 'adj': 'a', 'adv': 'r'}


def main():
    wn, subtlex, stopgo, out = sys.argv[1:5]
    english = []
    with gzip.open(subtlex, 'rt') as f:
        for line in f:
            if line.startswith('#'):
                continue
            english.append(line.split()[0])
    top = set(english[:TOP_ENGLISH])
    go = open(stopgo, encoding='utf-8').read()
    stops = set(re.search(r'English: `([^`]*)`', go).group(1).split())

    def keep(w):
        return re.fullmatch(r'[a-z]+', w) and len(w) >= MIN_LETTERS and w in top and w not in stops

    synsets = {}
    for name, p in POS.items():
        for line in open(f'{wn}/index.{name}', encoding='latin-1'):
            if line.startswith(' '):
                continue
            f = line.split()
            lemma, n_ptr = f[0], int(f[3])
            offsets = f[4 + n_ptr + 2:]
            if not keep(lemma):
                continue
            for off in offsets[:MAX_SENSES]:
                synsets.setdefault((p, off), []).append(lemma)
    lines = []
    for (p, off), words in sorted(synsets.items()):
        if len(words) >= 2:
            lines.append(p + '\t' + ' '.join(sorted(words)))
    lines = sorted(set(lines))
    exc = set()
    for name in ('noun', 'verb', 'adj'):
        for line in open(f'{wn}/{name}.exc', encoding='latin-1'):
            f = line.split()
            if len(f) >= 2 and re.fullmatch(r'[a-z]+', f[0]) and f[0] in top and keep(f[1]):
                exc.add(f[0] + '\t' + f[1])
    with gzip.open(out, 'wt', encoding='utf-8') as o:
        o.write('# WordNet 3.0 synsets (Princeton University; see LICENSE.wordnet), cut by convert-wordnet.py\n')
        o.write('\n'.join(lines) + '\n#exceptions\n' + '\n'.join(sorted(exc)) + '\n')
    print(len(lines), 'synsets', len(exc), 'exceptions', file=sys.stderr)


if __name__ == '__main__':
    main()
