package text

import (
	"slices"
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"en", "  The “Quick”  Brown\tFox — it’s\u00a0here ", `the "quick" brown fox - it's here`},
		{"en", "ＵＮＩＴＥＤ　Ｎａｔｉｏｎｓ", "united nations"},
		{"en", "zero\u200bwidth\u200c joiner\u200d\ufeff soft\u00adhyphen \u202ebidi\u202c", "zerowidth joiner softhyphen bidi"},
		{"en", "ﬁnal 1–2 3−4 5‐6", "final 1-2 3-4 5-6"},
		{"en", "Wait…", "wait..."},
		{"cs", "Dvořák", "dvorak"},
		{"tr", "Erdoğan", "erdogan"},
		{"tr", "KILIÇDAROĞLU Kılıçdaroğlu İstanbul", "kilicdaroglu kilicdaroglu istanbul"},
		{"cs", "Dvor\u030cák", "dvorak"}, // decomposed accent
		{"es", "Según «México»", `segun "mexico"`},
		{"de", "Straße ÜBER", "strasse uber"},
		{"fr", "Élysée ‹ça›", "elysee 'ca'"},
		{"pt", "São Paulo, Conceição", "sao paulo, conceicao"},
		{"it", "Perché è così", "perche e cosi"},
		{"ar", "الأُمَم المتّحدة", "الامم المتحدة"},
		{"zh", "联合国　大会", "联合国 大会"},
		{"ja", "ガソリン ｶﾞｿﾘﾝ", "ガソリン ガソリン"},
		{"ru", "Ёлка ПУТИН", "елка путин"},
		{"el", "Αθήνα", "αθηνα"},
		{"en", "already folded", "already folded"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("%s: Fold(%q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
		if got := Fold(Fold(tt.in)); got != Fold(tt.in) {
			t.Errorf("%s: Fold is not idempotent on %q: %q", tt.lang, tt.in, got)
		}
	}
}

// TestFoldFindsQuote: a quote typed plainly is found in the article's
// typographic text once both are folded.
func TestFoldFindsQuote(t *testing.T) {
	article := "“We will decide,” said the U.S. ambassador — Nikki Haley — in Erdoğan’s presence."
	quote := `"we will decide," said the U.S. ambassador - Nikki Haley - in Erdogan's`
	if !strings.Contains(Fold(article), Fold(quote)) {
		t.Errorf("folded quote %q not in folded article %q", Fold(quote), Fold(article))
	}
}

func BenchmarkFold(b *testing.B) {
	para := strings.Repeat("“We will decide,” said the U.S. ambassador — Nikki Haley — in Erdoğan’s presence. ", 20)
	b.SetBytes(int64(len(para)))
	for b.Loop() {
		Fold(para)
	}
}

func BenchmarkFoldASCIIWord(b *testing.B) {
	for b.Loop() {
		Fold("dissented")
	}
}

// TestScale: a scale word multiplies in its own language, in any when the
// language is unknown, and a false friend is no scale in the other
// language ("miles" is Spanish thousands, English distance).
func TestScale(t *testing.T) {
	for _, tc := range []struct {
		lang Lang
		w    string
		want float64
	}{
		{English, "million", 1e6}, {Spanish, "millones", 1e6}, {German, "mrd", 1e9}, {French, "milliards", 1e9},
		{Spanish, "miles", 1e3}, {English, "miles", 0}, {Unknown, "miles", 1e3}, {Unknown, "miljard", 1e9},
		{English, "countries", 0}, {Russian, "million", 1e6},
	} {
		v, ok := Scale(tc.lang, tc.w)
		if v != tc.want || ok != (tc.want != 0) {
			t.Errorf("Scale(%q, %q) = %v, %v; want %v", tc.lang, tc.w, v, ok, tc.want)
		}
	}
}

// TestFoldWords: the words of a sentence, folded as the checks compare
// them, in English and in French.
func TestFoldWords(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"The U.S. Mission informed Guterres", []string{"the", "u", "s", "mission", "informed", "guterres"}},
		{"Les États-Unis se retirent", []string{"les", "etats", "unis", "se", "retirent"}},
	} {
		if got := FoldWords(Words(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("FoldWords(Words(%q)) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
