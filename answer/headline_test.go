package answer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// statement is a government statement whose headline alone names its
// country, written like the Italian Prime Minister's on the compact.
const statement = `---
title: "Statement by the Austrian Chancellor on the migration compact"
publication: "Federal Chancellery"
published: 2018-10-31
---

The government will not sign the Global Compact for Migration at the conference in Marrakech in December.

It will not send an envoy to the conference and will abstain at the General Assembly next year.
`

// TestHeadlineHoldsNames: a name of the question is held by a sentence of
// an article whose headline names it and whose body never does (the
// statement's "The government will not sign…" is Austria's), not by a
// sentence of an article whose body names it elsewhere (Foreign Policy's
// ¶9 does not tell of Trump, though its headline names him), nor by one
// of an article that names it nowhere.
func TestHeadlineHoldsNames(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"trump-boycotts-un-migration-talks.md", "078-reuters-in-hungary-quit.md"} {
		b, err := os.ReadFile(filepath.Join(testArticles, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "austria-statement.md"), []byte(statement), 0o644); err != nil {
		t.Fatal(err)
	}
	e, _ := newExtractiveOn(t, dir)
	for _, c := range []struct {
		q, doc string
		n      int
		want   map[string]bool
	}{
		{"What commitments did Trump and Hungary make?", "trump-boycotts-un-migration-talks", 9, map[string]bool{"trump": false, "hungary": false}},
		{"Will Austria or Hungary sign the compact?", "austria-statement", 1, map[string]bool{"austria": true, "hungary": false}},
	} {
		passages := []footnote.Passage{{Doc: c.doc, N: c.n, Text: e.article(c.doc).Paragraphs[c.n].Text}}
		bar, ok := e.newAnswerBar(c.q, c.q, passages)
		if !ok {
			t.Fatalf("%q: no terms", c.q)
		}
		s := e.sentences(passages)[0]
		checked := 0
		for _, tm := range bar.terms {
			want, named := c.want[strings.ToLower(tm.Word)]
			if !named {
				continue
			}
			checked++
			if got := e.holds(tm, s); got != want {
				t.Errorf("%s held by %q: %v, want %v", tm.Word, s.text, got, want)
			}
		}
		if checked != len(c.want) {
			t.Errorf("%q: %d of the question's %d names checked", c.q, checked, len(c.want))
		}
	}
	// And the question is answered from the statement.
	if a := asker(t, e)("Will Austria sign the migration compact?"); a.Refused || !strings.Contains(a.Text, "will not sign") {
		t.Errorf("answer: %+v", a)
	}
}
