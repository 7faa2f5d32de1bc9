package retrieval

import (
	"slices"
	"testing"
)

// TestAnalyzerScripts: words of other scripts are stemmed in their own
// language, CJK is cut into bigrams, and a question in capitals keeps no
// everyday word for a name, but a word outside everyday English is one.
func TestAnalyzerScripts(t *testing.T) {
	an := NewAnalyzer()
	for _, pair := range [][2]string{
		{"Почему США вышли из переговоров?", "переговоры США"},
		{"الكتاب", "كتاب"},
		{"dissented negotiations", "dissent negotiation"},
	} {
		a, b := an.Stems(pair[0]), an.Stems(pair[1])
		for _, s := range b {
			if !slices.Contains(a, s) {
				t.Errorf("stems of %q = %q lack %q (from %q)", pair[0], a, s, pair[1])
			}
		}
	}
	if got := an.Stems("美国退出"); !slices.Equal(got, []string{"美国", "国退", "退出"}) {
		t.Errorf("Stems(美国退出) = %q", got)
	}
	for _, term := range an.Terms("WHO DISSENTED AT THE PRINCIPALS' MEETING?") {
		if term.Name {
			t.Errorf("%q taken for a name in a question typed in capitals", term.Word)
		}
	}
	for _, term := range an.Terms("WHO WON THE 2018 FIFA WORLD CUP?") {
		if want := term.Word == "fifa"; term.Name != want {
			t.Errorf("in capitals, %q taken for a name: %v, want %v", term.Word, term.Name, want)
		}
	}
}
