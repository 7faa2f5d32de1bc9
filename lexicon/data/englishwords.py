"""The English words a gloss may be, shared by the convert-*.py scripts."""
import gzip
import re


def frequent_english(subtlex, top):
    """The top most frequent words of SUBTLEX-US (retrieval/data/subtlex-us.txt.gz), by rank."""
    rank = {}
    with gzip.open(subtlex, 'rt') as f:
        for line in f:
            if line.startswith('#'):
                continue
            rank.setdefault(line.split()[0], len(rank))
            if len(rank) >= top:
                break
    return rank


def english_stopwords(stopgo):
    """The English function words of text/stopwords.go (the Snowball list)."""
    go = open(stopgo, encoding='utf-8').read()
    return set(re.search(r'English: `([^`]*)`', go).group(1).split())
