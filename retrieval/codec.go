package retrieval

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"math"
	"strings"

	"github.com/footnote-bot/footnote"
)

// The index file holds the articles' paragraphs (the manifest keeps the
// rest of each article: JSON costs most of a load) and what loading would
// otherwise recompute from them: the chunks, the lexicon's postings and the
// quantised vectors, as flat little-endian arrays read straight into
// memory:
//
//	"FNIX" version chunks stems postings dim blob-length paragraph-words
//	blob                      the paragraphs' text, then the stems
//	paragraph records         per article: a count, then ¶ and offsets into blob
//	chunk records             article, ¶, piece, and the sum of what was embedded
//	stems, df, offs, docs, tfs, lens    the lexicon
//	scale, vals               the vectors (see vecIndex)
//	CRC-32 (IEEE: Go computes it fastest) of all the above
const (
	indexMagic = "FNIX"
	// indexFileVersion is the layout's version; a file of another is
	// rebuilt, never misread.
	indexFileVersion = 1
	// chunkWords is the size of a chunk record in 32-bit words.
	chunkWords = 5
	// codecBuf is the size of the buffer arrays are decoded through: larger
	// saves calls, smaller saves memory while loading.
	codecBuf = 64 << 10
)

// errIndexFile wraps every way an index file can be unreadable.
var errIndexFile = errors.New("index file")

type snapshotData struct {
	chunks []chunk
	lex    *lexicon
	vec    vecIndex
}

type binWriter struct {
	w   *bufio.Writer
	crc hash.Hash32
	buf []byte
	err error
}

func (bw *binWriter) write(b []byte) {
	if bw.err != nil {
		return
	}
	bw.crc.Write(b)
	_, bw.err = bw.w.Write(b)
}

func (bw *binWriter) u32(v uint32) {
	bw.buf = binary.LittleEndian.AppendUint32(bw.buf[:0], v)
	bw.write(bw.buf)
}

// words writes n 32-bit values given by at.
func (bw *binWriter) words(n int, at func(int) uint32) {
	bw.buf = bw.buf[:0]
	for i := range n {
		bw.buf = binary.LittleEndian.AppendUint32(bw.buf, at(i))
		if len(bw.buf) >= codecBuf {
			bw.write(bw.buf)
			bw.buf = bw.buf[:0]
		}
	}
	bw.write(bw.buf)
}

// encodeIndex writes the index file of articles' paragraphs, chunks,
// lexicon and vectors.
func encodeIndex(w *bufio.Writer, articles []footnote.Article, byID map[string]int, d snapshotData) error {
	bw := &binWriter{w: w, crc: crc32.NewIEEE()}
	var blob []byte
	var paraRecs []uint32
	for _, a := range articles {
		paraRecs = append(paraRecs, uint32(len(a.Paragraphs)))
		for _, p := range a.Paragraphs {
			paraRecs = append(paraRecs, uint32(p.N), uint32(len(blob)), uint32(len(p.Text)))
			blob = append(blob, p.Text...)
		}
	}
	recs := make([]uint32, 0, chunkWords*len(d.chunks))
	for _, c := range d.chunks {
		recs = append(recs, uint32(byID[c.Doc]), uint32(c.N), uint32(c.Piece), uint32(c.sum), uint32(c.sum>>32))
	}
	stemRecs := make([]uint32, 0, 2*len(d.lex.stems))
	for _, s := range d.lex.stems {
		stemRecs = append(stemRecs, uint32(len(blob)), uint32(len(s)))
		blob = append(blob, s...)
	}
	if len(blob) > math.MaxUint32-2 {
		return fmt.Errorf("%w: %d bytes of text, over 4 GB", errIndexFile, len(blob))
	}
	bw.write([]byte(indexMagic))
	for _, v := range []int{indexFileVersion, len(d.chunks), len(d.lex.stems), len(d.lex.docs), d.vec.dim, len(blob), len(paraRecs)} {
		bw.u32(uint32(v))
	}
	bw.write(blob)
	bw.words(len(paraRecs), func(i int) uint32 { return paraRecs[i] })
	bw.words(len(recs), func(i int) uint32 { return recs[i] })
	bw.words(len(stemRecs), func(i int) uint32 { return stemRecs[i] })
	bw.words(len(d.lex.df), func(i int) uint32 { return uint32(d.lex.df[i]) })
	bw.words(len(d.lex.offs), func(i int) uint32 { return d.lex.offs[i] })
	bw.words(len(d.lex.docs), func(i int) uint32 { return d.lex.docs[i] })
	bw.words(len(d.lex.tfs), func(i int) uint32 { return math.Float32bits(d.lex.tfs[i]) })
	bw.words(len(d.lex.lens), func(i int) uint32 { return math.Float32bits(d.lex.lens[i]) })
	bw.words(len(d.vec.scale), func(i int) uint32 { return math.Float32bits(d.vec.scale[i]) })
	bw.write(d.vec.vals)
	if bw.err != nil {
		return bw.err
	}
	sum := bw.crc.Sum32()
	bw.u32(sum)
	return bw.err
}

type binReader struct {
	r    io.Reader
	crc  hash.Hash32
	left int64 // bytes not yet read
	buf  []byte
	err  error
}

func (br *binReader) fail(format string, args ...any) {
	if br.err == nil {
		br.err = fmt.Errorf("%w: "+format, append([]any{errIndexFile}, args...)...)
	}
}

// bytes reads n bytes; n is checked against the file's size first, so that
// a corrupt count cannot make it allocate more than the file holds.
func (br *binReader) bytes(n int) []byte {
	if br.err != nil {
		return nil
	}
	if n < 0 || int64(n) > br.left {
		br.fail("truncated or corrupt (wants %d bytes, %d left)", n, br.left)
		return nil
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(br.r, b); err != nil {
		br.fail("read: %v", err)
		return nil
	}
	br.crc.Write(b)
	br.left -= int64(n)
	return b
}

// text reads n bytes as a string, without the copy that converting a
// []byte would make (a strings.Builder hands over its buffer).
func (br *binReader) text(n int) string {
	if br.err != nil {
		return ""
	}
	if n < 0 || int64(n) > br.left {
		br.fail("truncated or corrupt (wants %d bytes, %d left)", n, br.left)
		return ""
	}
	var sb strings.Builder
	sb.Grow(n)
	if _, err := io.CopyN(io.MultiWriter(&sb, br.crc), br.r, int64(n)); err != nil {
		br.fail("read: %v", err)
		return ""
	}
	br.left -= int64(n)
	return sb.String()
}

func (br *binReader) u32() uint32 {
	b := br.bytes(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

// raw reads n 32-bit values' bytes through the buffer, giving each piece
// to use.
func (br *binReader) raw(n int, use func(off int, b []byte)) {
	if br.err != nil {
		return
	}
	if n < 0 || int64(n)*4 > br.left {
		br.fail("truncated or corrupt (wants %d values, %d bytes left)", n, br.left)
		return
	}
	for i := 0; i < n; {
		m := min(n-i, codecBuf/4)
		b := br.buf[:4*m]
		if _, err := io.ReadFull(br.r, b); err != nil {
			br.fail("read: %v", err)
			return
		}
		br.crc.Write(b)
		use(i, b)
		i += m
	}
	br.left -= int64(n) * 4
}

// u32s reads n uint32s.
func (br *binReader) u32s(n int) []uint32 {
	out := make([]uint32, min(max(n, 0), int(br.left/4)))
	br.raw(n, func(off int, b []byte) {
		dst := out[off : off+len(b)/4]
		for j := range dst {
			dst[j] = binary.LittleEndian.Uint32(b[4*j:])
		}
	})
	return out
}

// f32s reads n float32s.
func (br *binReader) f32s(n int) []float32 {
	out := make([]float32, min(max(n, 0), int(br.left/4)))
	br.raw(n, func(off int, b []byte) {
		dst := out[off : off+len(b)/4]
		for j := range dst {
			dst[j] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*j:]))
		}
	})
	return out
}

// decodeIndex reads an index file of size bytes written by encodeIndex for
// articles, whose paragraphs it fills in.
func decodeIndex(r io.Reader, size int64, articles []footnote.Article) (snapshotData, error) {
	br := &binReader{r: bufio.NewReaderSize(r, codecBuf), crc: crc32.NewIEEE(), left: size, buf: make([]byte, codecBuf)}
	if m := br.bytes(len(indexMagic)); br.err == nil && string(m) != indexMagic {
		return snapshotData{}, fmt.Errorf("%w: not an index file", errIndexFile)
	}
	if v := br.u32(); br.err == nil && v != indexFileVersion {
		return snapshotData{}, fmt.Errorf("%w: layout version %d, want %d", errIndexFile, v, indexFileVersion)
	}
	nChunks, nStems, nPost, dim, nBlob, nParaWords := int(br.u32()), int(br.u32()), int(br.u32()), int(br.u32()), int(br.u32()), int(br.u32())
	if br.err == nil && int64(nChunks)*int64(dim) > br.left {
		br.fail("truncated or corrupt (%d vectors of %d dimensions)", nChunks, dim)
	}
	blob := br.text(nBlob)
	str := func(off, n uint32) string {
		if uint64(off)+uint64(n) > uint64(len(blob)) {
			br.fail("string out of bounds")
			return ""
		}
		return blob[off : off+n]
	}
	recs := br.u32s(nParaWords)
	for i := range articles {
		if br.err != nil {
			break
		}
		if len(recs) == 0 || uint64(recs[0])*3 > uint64(len(recs)-1) {
			br.fail("paragraphs of article %d truncated", i)
			break
		}
		n := int(recs[0])
		ps := make([]footnote.Paragraph, n)
		for j := range ps {
			r := recs[1+3*j : 4+3*j]
			ps[j] = footnote.Paragraph{Doc: articles[i].ID, N: int(r[0]), Text: str(r[1], r[2])}
		}
		articles[i].Paragraphs = ps
		recs = recs[1+3*n:]
	}
	if br.err == nil && len(recs) != 0 {
		br.fail("%d paragraph records left over", len(recs))
	}
	recs = br.u32s(chunkWords * nChunks)
	var d snapshotData
	if br.err == nil {
		d.chunks = make([]chunk, nChunks)
	}
	for i := range d.chunks {
		r := recs[chunkWords*i : chunkWords*(i+1)]
		if int(r[0]) >= len(articles) {
			br.fail("chunk %d names article %d of %d", i, r[0], len(articles))
			break
		}
		a := &articles[r[0]]
		if _, ok := a.Paragraph(int(r[1])); !ok {
			br.fail("chunk %d names ¶%d of %s, which has none", i, r[1], a.ID)
			break
		}
		d.chunks[i] = chunk{Doc: a.ID, N: int(r[1]), Piece: int(r[2]), sum: uint64(r[3]) | uint64(r[4])<<32}
	}
	recs = nil
	lx := &lexicon{}
	if sr := br.u32s(2 * nStems); br.err == nil {
		lx.stems = make([]string, nStems)
		for t := range lx.stems {
			lx.stems[t] = str(sr[2*t], sr[2*t+1])
		}
	}
	dfs := br.u32s(nStems)
	lx.df = make([]int32, len(dfs))
	for t, v := range dfs {
		lx.df[t] = int32(v)
	}
	lx.offs = br.u32s(nStems + 1)
	lx.docs = br.u32s(nPost)
	for _, v := range lx.docs {
		if int(v) >= nChunks {
			br.fail("posting names chunk %d of %d", v, nChunks)
			break
		}
	}
	lx.tfs = br.f32s(nPost)
	lx.lens = br.f32s(nChunks)
	d.vec = vecIndex{n: nChunks, dim: dim, scale: br.f32s(nChunks)}
	d.vec.vals = br.bytes(nChunks * dim)
	sum := br.crc.Sum32()
	if got := br.u32(); br.err == nil && got != sum {
		br.fail("checksum mismatch")
	}
	if br.err == nil && br.left != 0 {
		br.fail("%d bytes after the end", br.left)
	}
	if br.err == nil {
		for t := range nStems {
			if lx.offs[t] > lx.offs[t+1] || int(lx.offs[t+1]) > nPost {
				br.fail("postings of stem %d out of bounds", t)
				break
			}
		}
	}
	if br.err != nil {
		return snapshotData{}, br.err
	}
	lx.finish()
	d.lex = lx
	return d, nil
}
