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
// but that is one edit from exactly one name they write (see nearName),
// that name's form; its own is kept in written. Everything else is then
// checked as if the claim had spelt it right.
func (a *analysis) respell(e *evidence) {
	for k := range a.facts {
		f := &a.facts[k]
		if !f.isName() || f.mapped || utf8.RuneCountInString(f.folded) < minMisspeltName || e.known(f.folded) {
			continue
		}
		if w := nearName(f.folded, e.capitalised()); w != "" {
			f.written, f.folded = f.folded, w
		}
	}
}

// capitalised returns the folded words the sources write with a capital
// (names, and words opening a sentence), read once per evidence.
func (e *evidence) capitalised() map[string]struct{} {
	if e.caps != nil {
		return e.caps
	}
	e.caps = map[string]struct{}{}
	for _, src := range e.sources {
		for _, w := range text.Words(src.p.Text) {
			if r, _ := utf8.DecodeRuneInString(w.Text); unicode.IsUpper(r) {
				e.caps[text.Fold(w.Text)] = struct{}{}
			}
		}
	}
	return e.caps
}

// nearName returns the one name of names within one edit of w (a letter
// added, dropped, swapped with the next, or, from minSubstitutedName
// letters, changed), both of minMisspeltName letters or more; "" when
// none is, or more than one (then w can't tell which it means).
func nearName(w string, names map[string]struct{}) string {
	found := ""
	for n := range names {
		if utf8.RuneCountInString(n) < minMisspeltName || !oneEdit([]rune(w), []rune(n)) {
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
	if len(a) < len(b) {
		a, b = b, a
	}
	switch len(a) - len(b) {
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return string(a[i+1:]) == string(b[i:])
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i == len(a) {
			return false
		}
		if i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == string(b[i+2:]) {
			return true
		}
		return len(a) >= minSubstitutedName && string(a[i+1:]) == string(b[i+1:])
	}
	return false
}
