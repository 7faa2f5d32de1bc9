package answer

import (
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestLowercaseNames: a question typed in lowercase reads the articles'
// names as names. A name no article uses ("italy") is refused as its
// capitalised form is; a name the articles use ("haley", "poland") must be
// where the answer is, so another country's minister is no answer; and a
// lowercase question about a name the articles use is still answered.
func TestLowercaseNames(t *testing.T) {
	e, _ := newExtractive(t)
	ask := asker(t, e)
	for _, q := range []string{
		"what did italy decide about the compact",
		"What did Italy decide about the compact?",
		"what did germany say about the pact",
		"who is poland's prime minister",
		"Who is Poland's prime minister?",
	} {
		if a := ask(q); !a.Refused {
			t.Errorf("%q answered: %s", q, a.Text)
		}
	}
	for q, want := range map[string]string{
		"who overruled haley":                 "president",
		"who's hungary's foreign minister":    "Szijjarto",
		"when did austria pull out":           "October",
		"what did szijjarto say about the un": "Szijjarto",
	} {
		if a := ask(q); a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%q: want %q in %s", q, want, a.Text)
		}
	}
}

// TestNameLike: a word the articles lack is taken for a name when its
// closest words in the articles are names, and not otherwise.
func TestNameLike(t *testing.T) {
	e, ix := newExtractive(t)
	var passages []footnote.Passage
	for _, a := range ix.Articles() {
		passages = append(passages, footnote.Passage{Doc: a.ID, N: 1})
	}
	names := e.nameWordsOf(passages)
	for _, w := range []string{"hungary", "poland", "haley", "szijjarto"} {
		if !names.is(w) {
			t.Errorf("%q, written only as a name, is not one", w)
		}
	}
	for _, w := range []string{"president", "migration", "compact"} {
		if names.is(w) {
			t.Errorf("%q, written in lowercase too, is taken for a name", w)
		}
	}
	for w, want := range map[string]bool{"italy": true, "germany": true, "kids": false, "quitting": false, "weather": false} {
		if got := e.nameLike(w, "", names, passages); got != want {
			t.Errorf("nameLike(%q) = %v, want %v", w, got, want)
		}
	}
}
