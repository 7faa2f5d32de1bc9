package llm

import (
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// minMisspeltName is the shortest name a claim may misspell by one letter
// and still be read as that name ("Hailey" for "Haley"). Shorter names are
// one letter from too many others ("Hook"/"Hock", "Iran"/"Iraq"); at five,
// a five-letter name one letter added or dropped from the article's
// ("Harley" for "Haley") is taken for it, the price of keeping "Hailey".
const minMisspeltName = 5

// minSubstitutedName is the shortest name a claim may misspell by changing
// a letter rather than adding, dropping or swapping one ("Guterrez" for
// "Guterres"): in shorter names one changed letter is more often another
// name ("Niger"/"Nigel", "Bailey"/"Hailey", "Austria"/"Austral").
const minSubstitutedName = 8

// respell gives each name of the claim that no retrieved paragraph has,
// but that is one edit from exactly one of their words (see nearName),
// and that word one they write with a capital, that word's form; its own
// is kept in written. Everything else is then checked as if the claim had
// spelt it right. A common word as near as the name makes it ambiguous:
// then nothing changes.
func (a *analysis) respell(e *evidence) {
	for k := range a.facts {
		f := &a.facts[k]
		if !f.isName() || f.mapped || len(f.folded) < minMisspeltName || e.known(f.folded) {
			continue
		}
		if w := nearName(f.folded, e.vocab); w != "" && e.capitalised(w) {
			f.written, f.folded = f.folded, w
		}
	}
}

// capitalised reports whether a source writes the folded word w with a
// capital (as a name, or opening a sentence).
func (e *evidence) capitalised(w string) bool {
	for _, src := range e.sources {
		if _, ok := src.words[w]; !ok {
			continue
		}
		for i, t := range src.ws {
			if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsUpper(r) && src.folded[i] == w {
				return true
			}
		}
	}
	return false
}

// nearName returns the one word of names within one edit of w (a letter
// added, dropped, swapped with the next, or, from minSubstitutedName
// letters, changed), both of minMisspeltName letters or more; "" when
// none is, or more than one (then w can't tell which it means).
func nearName(w string, names map[string]struct{}) string {
	found := ""
	for n := range names {
		if d := len(n) - len(w); d < -1 || d > 1 || utf8.RuneCountInString(n) < minMisspeltName || !oneEdit([]rune(w), []rune(n)) {
			continue
		}
		if found != "" {
			return ""
		}
		found = n
	}
	return found
}

// oneEdit reports whether a and b differ by one letter added or dropped,
// two neighbours swapped, or, when both have minSubstitutedName letters or
// more, one letter changed.
func oneEdit(a, b []rune) bool {
	if !text.OneEdit(a, b) {
		return false
	}
	if len(a) != len(b) || len(a) >= minSubstitutedName {
		return true
	}
	diff := 0 // two letters differ for a swap, one for a change
	for i := range a {
		if a[i] != b[i] {
			diff++
		}
	}
	return diff == 2
}
