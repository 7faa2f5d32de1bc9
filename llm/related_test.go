package llm

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/retrieval"
)

func loadVectors(tb testing.TB) *retrieval.Vectors {
	tb.Helper()
	v, err := retrieval.LoadVectors()
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

// TestNounInOtherWords: a claim that names a thing in other words than
// its paragraph ("the Morocco talks" for "the Morocco meeting", "the
// Marrakech conference" for "a … meeting in Marrakech") is kept, in two
// articles, with the word vectors; without them the same claims are
// removed. (The Poland claim was "due to be approved at the Marrakech
// conference", which one sentence now holds without the vectors, a third
// of its words being there: see sentenceSupport.)
func TestNounInOtherWords(t *testing.T) {
	v := loadVectors(t)
	for _, tt := range []struct{ reply, doc string }{
		{"Hungary will skip the Morocco talks [¶3].", hungaryDoc},
		{"The pact is due at the Marrakech conference [¶2].", polandDoc},
	} {
		t.Run(tt.reply, func(t *testing.T) {
			ev := threeArticles()
			ev.rel = relatedness.New(v)
			res := postCheck(tt.reply, ev)
			if len(res.cites) != 1 || res.cites[0].Doc != tt.doc {
				t.Fatalf("with the vectors: shown %q, citations %+v; want it kept, citing %s", res.text, res.cites, tt.doc)
			}
			if off := postCheck(tt.reply, threeArticles()); len(off.cites) != 0 {
				t.Errorf("without the vectors, kept too (%q): the test no longer shows what they add", off.text)
			}
		})
	}
}

// TestRelatedOnlyNouns: GloVe puts opposite verbs as close as synonyms
// ("stay" and "leave"), so only a noun of the claim is credited by a
// related word; and never in another language than English.
func TestRelatedOnlyNouns(t *testing.T) {
	v := loadVectors(t)
	words := func(ws ...string) map[string]struct{} {
		m := map[string]struct{}{}
		for _, w := range ws {
			m[w] = struct{}{}
		}
		return m
	}
	ev := threeArticles()
	ev.rel = relatedness.New(v)
	for _, tt := range []struct {
		claim, word string
		against     []string
		want        bool
	}{
		{"Haley wanted to stay in the talks", "talks", []string{"negotiations"}, true},
		{"Haley wanted to stay in the talks", "stay", []string{"leave"}, false},
		{"Kelly supported it", "supported", []string{"opposed"}, false},
		{"They held the summit", "summit", []string{"refugees"}, false},
	} {
		a := analyse(claim{check: tt.claim, sentStart: true}, nil)
		a.withEvidence(ev)
		i := -1
		for k, s := range a.stems {
			if s.word == tt.word {
				i = k
			}
		}
		if i < 0 {
			t.Fatalf("%q: no word %q among %+v", tt.claim, tt.word, a.stems)
		}
		if got := a.relatedIn(a.stems[i], words(tt.against...)); got != tt.want {
			t.Errorf("%q: %q credited by %v = %v, want %v", tt.claim, tt.word, tt.against, got, tt.want)
		}
	}
	a := analyse(claim{check: "Haley quería quedarse en las negociaciones", sentStart: true}, nil)
	a.withEvidence(ev)
	for _, s := range a.stems {
		if a.relatedIn(s, words("talks", "negotiations")) && !strings.HasPrefix(s.word, "negoci") {
			t.Errorf("Spanish word %q credited by an English one", s.word)
		}
	}
}
