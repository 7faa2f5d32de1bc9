package text

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// FuzzSplit: sentences are in order, apart, verbatim; a text streamed in
// pieces gives Split's sentences, bar the last one and the one before it,
// whose end may hang on a word still to come; Fold is idempotent.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"The U.S. ambassador left. Kelly agreed.", "Sra. López llegó. ¿Dónde?", "1. One\n2. Two", "美国退出。谁？",
		"He said “no.” She left.", "Wait... what? No! « Fini. » Oui.", "am 3. Oktober. Die Nr. 5 fehlte.",
	} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, step uint8) {
		if !utf8.ValidString(s) {
			return
		}
		all := Split(s)
		prev := 0
		for _, sen := range all {
			if sen.Start < prev || sen.End <= sen.Start || s[sen.Start:sen.End] != sen.Text {
				t.Fatalf("bad sentence %+v after %d in %q", sen, prev, s)
			}
			prev = sen.End
		}
		var st Stream
		var streamed []Sentence
		n := int(step%7) + 1
		for i := n; ; i += n {
			streamed = append(streamed, st.Feed(s[:min(i, len(s))])...)
			if i >= len(s) {
				break
			}
		}
		if len(streamed) > len(all) || !slices.Equal(streamed, all[:len(streamed)]) || len(all)-len(streamed) > 2 {
			t.Fatalf("streamed %q\nsplit %q", texts(streamed), texts(all))
		}
		if f := Fold(s); Fold(f) != f {
			t.Fatalf("Fold(%q) = %q, folded again %q", s, f, Fold(f))
		}
	})
}
