package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestResemblesIsCoversEitherWay: the one-pass test of copies that stops
// early decides as the two full comparisons do, on every pair of the
// paragraphs of three articles and of copies of them cut short or
// extended, so that stopping early loses no copy and finds none more.
func TestResemblesIsCoversEitherWay(t *testing.T) {
	files, err := filepath.Glob("../testdata/articles/*.md")
	if err != nil || len(files) < 3 {
		t.Fatalf("articles: %v %v", files, err)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range strings.Split(string(b), "\n\n") {
			ws := strings.Fields(p)
			if len(ws) < 12 {
				continue
			}
			texts = append(texts, p,
				strings.Join(ws[:len(ws)*3/4], " "),     // a copy cut short
				strings.Join(ws[len(ws)/5:], " "),       // its lead dropped
				p+" "+strings.Join(ws[:len(ws)/3], " "), // a copy that adds a third
			)
		}
	}
	sigs := make([]Signature, len(texts))
	for i, tx := range texts {
		sigs[i] = NewSignature([]string{tx})
	}
	copies := 0
	for i := range sigs {
		for j := range sigs {
			want := sigs[i].Covers(sigs[j]) || sigs[j].Covers(sigs[i])
			if got := sigs[i].Resembles(&sigs[j]); got != want {
				t.Fatalf("Resembles(%d, %d) = %v, Covers either way %v:\n%q\n%q", i, j, got, want, texts[i], texts[j])
			}
			if want && i != j {
				copies++
			}
		}
	}
	// The test means something only if both answers occur.
	if copies == 0 || copies == len(sigs)*(len(sigs)-1) {
		t.Fatalf("%d of %d pairs are copies", copies, len(sigs)*(len(sigs)-1))
	}
	t.Logf("%d texts, %d ordered pairs of copies", len(texts), copies)
	var empty Signature
	if empty.Resembles(&sigs[0]) || sigs[0].Resembles(&empty) {
		t.Error("an empty text resembles another")
	}
}
