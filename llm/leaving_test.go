package llm

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/relatedness"
)

// TestLeavingWordsSayEachOther: with the word vectors, a leaving word of
// a claim is said by any leaving word of its quoted sentences, far apart
// as the vectors put them ("leave" for "a pullout", "pulled out" for
// "quit"), on the fixture article and the Reuters article on Hungary; a
// staying word for a leaving one, and a leaving word against a sentence
// that has none, stay removed.
func TestLeavingWordsSayEachOther(t *testing.T) {
	v := loadVectors(t)
	backed := "Attorney General Jeff Sessions strongly backed a pullout"
	for _, tt := range []struct {
		c    quotedClaim
		keep bool
	}{
		{quotedClaim{"Jeff Sessions and John Kelly wanted to leave", fixtureDoc, 5, backed}, true},
		{quotedClaim{"Hungary pulled out of the United Nations migration pact, Szijjarto said", hungaryDoc, 1, hungary1}, true},
		{quotedClaim{"Jeff Sessions and John Kelly wanted to stay", fixtureDoc, 5, backed}, false},
		{quotedClaim{"Hungary remained in the United Nations migration pact, Szijjarto said", hungaryDoc, 1, hungary1}, false},
		{quotedClaim{"Hungary pulled out of the General Assembly vote, Szijjarto said", hungaryDoc, 3, hungary3}, false},
	} {
		ev := threeArticles()
		ev.rel = relatedness.New(v)
		res := checkQuoted([]quotedClaim{tt.c}, ev)
		if shown := strings.Contains(res.text, tt.c.Text); shown != tt.keep {
			t.Errorf("%q: shown %v, want %v (%q)", tt.c.Text, shown, tt.keep, res.text)
		}
	}
}
