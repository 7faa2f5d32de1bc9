package retrieval

import (
	"fmt"
	"slices"
	"testing"

	"github.com/footnote-bot/footnote/text"
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

// TestAnalyzerLanguages: a question is analysed in its own language (its
// stop words dropped, its stemmer used), an article in the language its
// front matter gives, and German nouns, all capitalised, are not names.
func TestAnalyzerLanguages(t *testing.T) {
	an := NewAnalyzer()
	q := "¿Qué dijo el canciller sobre los muros?"
	lang := an.QuestionLang(q)
	if lang != "es" {
		t.Fatalf("QuestionLang(%q) = %q, want es", q, lang)
	}
	got := an.StemsIn(lang, q)
	if slices.Contains(got, "los") || slices.Contains(got, "el") {
		t.Errorf("Spanish stop words kept: %q", got)
	}
	if art := an.StemsIn(an.Lang("es"), "México no cree en los muros"); !slices.Contains(art, got[len(got)-1]) {
		t.Errorf("question stems %q and article stems %q do not meet on muros", got, art)
	}
	for _, term := range an.TermsIn("de", "Welches Land will den Migrationspakt laut Ministerpräsident nicht unterzeichnen?") {
		if term.Name {
			t.Errorf("German noun %q taken for a name", term.Word)
		}
	}
	if an.Lang("xx") != "en" || an.Lang("") != "en" {
		t.Errorf("an unknown language code is not analysed in the default language")
	}
}

// TestQuestionLangRemembersMany: questions asked in turn, more of them than
// are remembered, each keep their own language (a remembered language is
// never another question's).
func TestQuestionLangRemembersMany(t *testing.T) {
	an := NewAnalyzer()
	qs := map[string]text.Lang{
		"¿Cuándo abandonó Estados Unidos las negociaciones sobre migración?":      text.Spanish,
		"When did the United States leave the migration talks?":                   text.English,
		"Quand les États-Unis ont-ils quitté les négociations sur la migration ?": text.French,
		"Wann haben die Vereinigten Staaten die Migrationsgespräche verlassen?":   text.German,
	}
	for round := 0; round < 3*recentQuestions; round++ {
		for q, want := range qs {
			if got := an.QuestionLang(q); got != want {
				t.Fatalf("round %d: QuestionLang(%q) = %q, want %q", round, q, got, want)
			}
		}
		// Other questions push the remembered ones out in turn.
		an.QuestionLang(fmt.Sprintf("Who spoke for the delegation on day %d?", round))
	}
}
