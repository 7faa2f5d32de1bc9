package answer

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/eval"
)

// surfaceForms are the ways people type a question in chat that must not
// change its answer: in capitals, without punctuation, with stray spaces,
// with smart quotes.
var surfaceForms = map[string]func(string) string{
	"capitals": strings.ToUpper,
	"no punctuation": func(q string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsPunct(r) && r != '\'' && r != '-' {
				return -1
			}
			return r
		}, q)
	},
	"stray spaces": func(q string) string {
		return "  " + strings.ReplaceAll(q, " ", "   ") + " "
	},
	"smart quotes": func(q string) string {
		return strings.NewReplacer("'", "’", `"`, "“").Replace(q)
	},
}

// TestSurfaceForms: every dev question gets the same answer (or the same
// refusal) in each surface form as written.
func TestSurfaceForms(t *testing.T) {
	f, err := os.Open("../testdata/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := eval.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	e, _ := newExtractive(t)
	ask := asker(t, e)
	for _, c := range cases {
		if c.LLMOnly {
			continue
		}
		plain := ask(c.Question)
		for name, form := range surfaceForms {
			t.Run(c.ID+"/"+name, func(t *testing.T) {
				q := form(c.Question)
				got := ask(q)
				if got.Refused != plain.Refused || got.Text != plain.Text {
					t.Errorf("%q answered (refused=%v)\n  %q\nbut %q (refused=%v)\n  %q", q, got.Refused, got.Text, c.Question, plain.Refused, plain.Text)
				}
			})
		}
	}
}

// TestShoutedMisspellings: a misspelt question in capitals ("MEETNG") gets
// the answer of the same question in lowercase, where the misspelling is
// read as the article's word, not refused as a name no article uses.
func TestShoutedMisspellings(t *testing.T) {
	e, _ := newExtractiveOn(t, "../docs")
	for _, q := range []string{
		"who representd tillerson at the meetng",
		"wat did the declaraton say about childrn",
		"whn did the top advisors meet",
	} {
		low, err := e.Answer(context.Background(), footnote.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		up, err := e.Answer(context.Background(), footnote.Question{Text: strings.ToUpper(q)})
		if err != nil {
			t.Fatal(err)
		}
		if low.Refused || up.Refused != low.Refused || up.Text != low.Text {
			t.Errorf("%q answered (refused=%v)\n  %s\nbut in lowercase (refused=%v)\n  %s", strings.ToUpper(q), up.Refused, up.Text, low.Refused, low.Text)
		}
	}
}
