package corpus

import (
	"hash/fnv"
	"strings"
	"unicode"

	"github.com/footnote-bot/footnote/text"
)

// The near-duplicate detector's parameters.
const (
	// signatureSize is the number of MinHash functions: more estimate the
	// resemblance more closely (error about 1/sqrt(n)) at a cost per article.
	signatureSize = 128
	// shingleWords is the length of a word shingle: shorter matches common
	// phrases between unrelated stories, longer misses lightly edited copies.
	shingleWords = 5
	// shingleRunes is the shingle length for text without spaces (Chinese,
	// Japanese), in characters.
	shingleRunes = 8
	// copyResemblance is the estimated share of a text's shingles another
	// must hold for Covers (the answers' test of copied paragraphs): a
	// copy trimmed or retitled stays above it, while a text that adds a
	// good part of its own stays below.
	copyResemblance = 0.7
)

// Signature is a MinHash signature of an article's body: the minimum of
// each of signatureSize hash functions over its folded shingles.
type Signature struct {
	mins [signatureSize]uint64
	n    int // shingles hashed
}

// NewSignature computes the signature of paragraphs.
func NewSignature(paragraphs []string) Signature {
	var s Signature
	for i := range s.mins {
		s.mins[i] = ^uint64(0)
	}
	for _, sh := range shingles(text.Fold(strings.Join(paragraphs, " "))) {
		h := fnv.New64a()
		h.Write([]byte(sh))
		x := h.Sum64()
		s.n++
		for i := range s.mins {
			// A family of hashes from one: multiply-xorshift with a
			// per-function odd constant.
			y := (x ^ uint64(i)*0x9e3779b97f4a7c15) * (uint64(2*i+1) | 0xbf58476d1ce4e5b9)
			y ^= y >> 31
			if y < s.mins[i] {
				s.mins[i] = y
			}
		}
	}
	return s
}

// Covers reports whether the story of o is already told in s: most of
// o's shingles are in s (o adds little to it), estimated from the two
// signatures and sizes.
func (s Signature) Covers(o Signature) bool {
	return s.Holds(o) >= copyResemblance
}

// Holds estimates the share of o's shingles that s holds, from the two
// signatures and sizes: 0 when either is empty.
func (s Signature) Holds(o Signature) float64 {
	if s.n == 0 || o.n == 0 {
		return 0
	}
	same := 0
	for i := range s.mins {
		if s.mins[i] == o.mins[i] {
			same++
		}
	}
	return heldShare(same, s.n, o.n)
}

// heldShare is the share of a text of on shingles that one of sn holds,
// when same of their signatures' minimums are equal: from the Jaccard
// estimate and the two sizes.
func heldShare(same, sn, on int) float64 {
	j := float64(same) / signatureSize
	inter := j * float64(sn+on) / (1 + j)
	return inter / float64(on)
}

// Resembles reports whether s covers o or o covers s (see Covers): one
// text is mostly the other. It compares the signatures once, and stops as
// soon as too few minimums are left to reach either share, which most
// pairs of unrelated texts do halfway.
func (s *Signature) Resembles(o *Signature) bool {
	if s.n == 0 || o.n == 0 {
		return false
	}
	// The fewest equal minimums either way needs, less one so that the
	// rounding of heldShare, which decides, is never cut short.
	need := min(sameFor(s.n, o.n), sameFor(o.n, s.n)) - 1
	same := 0
	for i := range s.mins {
		if s.mins[i] == o.mins[i] {
			same++
		} else if same+signatureSize-1-i < need {
			return false
		}
	}
	return heldShare(same, s.n, o.n) >= copyResemblance || heldShare(same, o.n, s.n) >= copyResemblance
}

// sameFor is how many equal minimums heldShare(·, sn, on) needs to reach
// copyResemblance, rounded down: j·(sn+on)/(1+j) ≥ r·on gives
// j ≥ r·on / (sn + (1−r)·on).
func sameFor(sn, on int) int {
	j := copyResemblance * float64(on) / (float64(sn) + (1-copyResemblance)*float64(on))
	return int(j * signatureSize)
}

// shingles returns the word shingles of folded text, or character
// shingles where the text has no spaces between words.
func shingles(s string) []string {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var out []string
	if len(words) >= shingleWords*4 {
		for i := 0; i+shingleWords <= len(words); i++ {
			out = append(out, strings.Join(words[i:i+shingleWords], " "))
		}
		return out
	}
	r := []rune(strings.Join(words, ""))
	for i := 0; i+shingleRunes <= len(r); i++ {
		out = append(out, string(r[i:i+shingleRunes]))
	}
	return out
}
