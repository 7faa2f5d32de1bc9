package lexicon

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
)

// English synonyms from WordNet 3.0: two words are synonyms when they share
// a synset among the first senses of each (data/convert-wordnet.py says
// which are kept): "quit" and "resign", "big" and "large", "kids" and
// "children", "begin" and "commence". Antonyms never share a synset, where
// the GloVe vectors put them as close as synonyms ("more"/"less",
// "increase"/"decrease"); so a word of no polarity class may be compared by
// meaning here, where the vectors may compare only words of one class.

// enSynsetsGz holds the synsets and WordNet's irregular forms, cut from
// Debian's wordnet-base by data/convert-wordnet.py (WordNet 3.0 licence; see
// data/LICENSE.wordnet).
//
//go:embed data/en-synsets.txt.gz
var enSynsetsGz []byte

// synsets is the loaded table: each word's synsets (numbered in file
// order) and the base of each irregular form.
type synsets struct {
	of    map[string][]int
	bases map[string]string
}

var english = sync.OnceValue(func() *synsets { return loadSynsets(enSynsetsGz) })

func loadSynsets(gz []byte) *synsets {
	s := &synsets{of: map[string][]int{}, bases: map[string]string{}}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return s // an embedded file; covered by tests
	}
	sc := bufio.NewScanner(zr)
	exceptions, n := false, 0
	for sc.Scan() {
		line := sc.Text()
		if line == "#exceptions" {
			exceptions = true
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		a, b, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		if exceptions {
			s.bases[a] = b
			continue
		}
		for _, w := range strings.Fields(b) {
			s.of[w] = append(s.of[w], n)
		}
		n++
	}
	return s
}

// detachments are WordNet's rules (morphy) for the base of a regular
// English form: an ending and what replaces it ("handling" → "handle",
// "countries" → "country", "fairer" → "fair").
var detachments = [...][2]string{
	{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"},
	{"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
	{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"},
}

// minBase is the fewest letters of a base form: shorter ones ("us" of
// "used") are other words.
const minBase = 3

// synsetsOf returns the synsets of folded English word f and of its base
// forms (irregular, or by WordNet's rules; a doubled final consonant is
// undone: "stopped" → "stop").
func (s *synsets) synsetsOf(f string) []int {
	out := append([]int(nil), s.of[f]...)
	if b, ok := s.bases[f]; ok {
		out = append(out, s.of[b]...)
	}
	for _, d := range detachments {
		base, ok := strings.CutSuffix(f, d[0])
		if !ok {
			continue
		}
		base += d[1]
		if len(base) < minBase {
			continue
		}
		out = append(out, s.of[base]...)
		if n := len(base); d[1] == "" && n > minBase && base[n-1] == base[n-2] {
			out = append(out, s.of[base[:n-1]]...)
		}
	}
	return out
}

// Synonyms reports whether folded English words a and b, or their base
// forms, share a synset (see above). A word is no synonym of itself here:
// callers compare the words a text lacks.
func Synonyms(a, b string) bool {
	if a == b {
		return false
	}
	s := english()
	as := s.synsetsOf(a)
	if len(as) == 0 {
		return false
	}
	for _, y := range s.synsetsOf(b) {
		for _, x := range as {
			if x == y {
				return true
			}
		}
	}
	return false
}
