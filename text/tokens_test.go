package text

import (
	"slices"
	"strings"
	"testing"
)

func tokenTexts(ts []Token) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Text)
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []string
	}{
		{"en", "Haley’s U.S. mission, 32-year-old don't", []string{"Haley", "US", "mission", "32", "year", "old", "don"}},
		{"es", "¿Quién votó en contra?", []string{"Quién", "votó", "en", "contra"}},
		{"de", "Wer hat dagegen gestimmt? Straße", []string{"Wer", "hat", "dagegen", "gestimmt", "Straße"}},
		{"fr", "Qu'a dit l’ambassadrice ?", []string{"Qu", "dit", "l"}},
		{"pt", "Quem votou contra a decisão?", []string{"Quem", "votou", "contra", "a", "decisão"}},
		{"it", "Perché gli Stati Uniti?", []string{"Perché", "gli", "Stati", "Uniti"}},
		{"ar", "من عارض القرار؟", []string{"من", "عارض", "القرار"}},
		{"zh", "美国退出谈判", []string{"美国", "国退", "退出", "出谈", "谈判"}},
		{"ja", "アメリカは協議", []string{"アメ", "メリ", "リカ", "カは", "は協", "協議"}},
		{"ru", "Почему США вышли?", []string{"Почему", "США", "вышли"}},
		{"zh", "谁 iPhone用", []string{"谁", "iPhone", "用"}},
		{"cs", "Dvor\u030cák", []string{"Dvor\u030cák"}},
	}
	for _, tt := range tests {
		got := Tokens(tt.in)
		if !slices.Equal(tokenTexts(got), tt.want) {
			t.Errorf("%s: Tokens(%q) = %q, want %q", tt.lang, tt.in, tokenTexts(got), tt.want)
		}
		for _, tok := range got {
			if !tok.Acronym && tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("%s: token %q is not at [%d:%d] of %q", tt.lang, tok.Text, tok.Start, tok.End, tt.in)
			}
		}
	}
}

func TestTokensSentenceEnds(t *testing.T) {
	toks := Tokens("It rose. Haley left")
	var ends []bool
	for _, tok := range toks {
		ends = append(ends, tok.EndsSentence)
	}
	if want := []bool{false, true, false, false}; !slices.Equal(ends, want) {
		t.Errorf("EndsSentence = %v, want %v", ends, want)
	}
}

func TestStem(t *testing.T) {
	tests := []struct {
		lang Lang
		a, b string // two forms of one word
	}{
		{English, "dissented", "dissent"},
		{Spanish, "negociaciones", "negociación"},
		{German, "Verhandlungen", "Verhandlung"},
		{French, "négociations", "négociation"},
		{Portuguese, "negociações", "negociação"},
		{Italian, "negoziati", "negoziato"},
		{Russian, "переговоров", "переговоры"},
		{Arabic, "الكتاب", "كتاب"},
	}
	for _, tt := range tests {
		a, b := Stem(tt.lang, strings.ToLower(tt.a)), Stem(tt.lang, strings.ToLower(tt.b))
		if a != b {
			t.Errorf("%s: Stem(%q) = %q, Stem(%q) = %q, want one stem", tt.lang, tt.a, a, tt.b, b)
		}
	}
	if got := Stem(Chinese, "美国"); got != "美国" {
		t.Errorf("Stem(zh, 美国) = %q, want it unchanged", got)
	}
}

func TestIsStopWord(t *testing.T) {
	for _, tt := range []struct {
		lang Lang
		word string
		want bool
	}{
		{English, "the", true}, {English, "on", true}, {English, "haley", false},
		{Spanish, "según", true}, {German, "der", true}, {French, "selon", true},
		{Portuguese, "também", true}, {Italian, "perché", true}, {Russian, "когда", true},
		{Arabic, "الى", true}, {Arabic, "إلى", true}, {Arabic, "القرار", false},
	} {
		if got := IsStopWord(tt.lang, tt.word); got != tt.want {
			t.Errorf("IsStopWord(%s, %q) = %v, want %v", tt.lang, tt.word, got, tt.want)
		}
	}
}

func TestNormalizeArabic(t *testing.T) {
	tests := []struct{ in, want string }{
		{"أحمد إلى آمن", "احمد الي امن"},
		{"مصطفى", "مصطفي"},
		{"المدرسة", "المدرسه"},
		{"كتـــاب", "كتاب"},
		{"مُحَمَّد", "محمد"},
		{"Haley", "Haley"},
	}
	for _, tt := range tests {
		if got := NormalizeArabic(tt.in); got != tt.want {
			t.Errorf("NormalizeArabic(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsAllCaps(t *testing.T) {
	for w, want := range map[string]bool{"NATO": true, "U.S.": true, "UN": true, "I": false, "Haley": false, "2017": false, "ÉTATS": true, "美国": false} {
		if got := IsAllCaps(w); got != want {
			t.Errorf("IsAllCaps(%q) = %v, want %v", w, got, want)
		}
	}
	for s, want := range map[string]bool{
		"WHO DISSENTED AT THE PRINCIPALS' MEETING?": true,
		"What did NATO and the UN say?":             false,
		"NATO?":                                     false,
		"¿QUIÉN VOTÓ EN CONTRA?":                    true,
	} {
		if got := IsShouted(s); got != want {
			t.Errorf("IsShouted(%q) = %v, want %v", s, got, want)
		}
	}
}

func BenchmarkTokens(b *testing.B) {
	para := "The U.S. ambassador to the United Nations, Nikki Haley, expressed the lone dissent; 美国退出了谈判。 "
	b.SetBytes(int64(len(para)))
	for b.Loop() {
		Tokens(para)
	}
}

func TestWordLang(t *testing.T) {
	for w, want := range map[string]Lang{"haley": English, "переговоров": Russian, "المفاوضات": Arabic, "美国": English, "2017": English} {
		if got := WordLang(w, English); got != want {
			t.Errorf("WordLang(%q) = %q, want %q", w, got, want)
		}
	}
}
