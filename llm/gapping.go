package llm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sentence that leaves out its second verb gives each subject its own
// date: "Hungary withdrew in July and Austria in October". Every word of
// "Hungary withdrew in October" is in it, and so are its name, its date
// and its verb; what the word checks can't see is that October belongs to
// Austria. The gapping check can: a run of names after a conjunction,
// followed by a date or a number with only function words between
// ("and Austria in October"), ties that date to those names. A claim that
// gives the date to another name of the sentence, or gives those names
// another date of the sentence, is swapped, and not supported.

// maxGapWords is how many function words may stand between the names of a
// gapped clause and its date ("and Austria in October", "and Austria, in
// the October of that year" is not read): more reaches a date of another
// phrase.
const maxGapWords = 2

// gapConjunctions are the words that open a gapped clause.
var gapConjunctions = map[string]bool{"and": true, "or": true, "while": true, "but": true, "whereas": true}

// gapPair is a gapped clause: the folded names of its run and its date or
// number.
type gapPair struct {
	names []string
	date  string
}

// conjoinsName reports whether s has a conjunction of gapConjunctions
// followed by a capitalised word: without one it has no gapped clause,
// and most sentences are passed over without splitting them into words.
func conjoinsName(s string) bool {
	for c := range gapConjunctions {
		for rest := s; ; {
			i := strings.Index(rest, " "+c+" ")
			if i < 0 {
				break
			}
			rest = rest[i+len(c)+2:]
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// gappedPairs returns the gapped clauses of sentence s (see gapPair).
func gappedPairs(s string) []gapPair {
	if !conjoinsName(s) {
		return nil
	}
	ts := quoteTokens(s)
	isName := func(t qtok) bool { return t.fact && (fact{folded: t.f}).isName() }
	var out []gapPair
	for i := 1; i < len(ts); i++ {
		if !isName(ts[i]) || !gapConjunctions[ts[i-1].f] || isName(ts[i-1]) {
			continue
		}
		j := i
		for j < len(ts) && isName(ts[j]) {
			j++
		}
		k := j
		for k < len(ts) && k-j < maxGapWords && !ts[k].fact && stopwords[ts[k].f] {
			k++
		}
		if k < len(ts) && ts[k].fact && !isName(ts[k]) {
			p := gapPair{date: ts[k].f}
			for _, t := range ts[i:j] {
				p.names = append(p.names, t.f)
			}
			out = append(out, p)
		}
		i = j - 1
	}
	return out
}

// gapSwapped reports whether the claim ties a date or a number of the
// sentence st to other names than a gapped clause of it does (see
// gappedPairs): it gives the clause's date to a name the sentence writes
// elsewhere, or the clause's names a date of the sentence other than
// theirs.
func (a analysis) gapSwapped(st *sentence) bool {
	if len(a.facts) < 2 {
		return false // a claim needs a name and a date to swap them
	}
	for _, p := range st.gapPairs() {
		set := make(map[string]struct{}, len(p.names))
		for _, n := range p.names {
			set[n] = struct{}{}
		}
		date := map[string]struct{}{p.date: {}}
		namesRun, hasDate, otherName, otherDate := false, false, false, false
		for _, f := range a.facts {
			switch {
			case f.isName() && f.in(set):
				namesRun = true
			case f.isName() && f.in(st.words):
				otherName = true
			case !f.isName() && f.in(date):
				hasDate = true
			case !f.isName() && f.in(st.words):
				otherDate = true
			}
		}
		if hasDate && !namesRun && otherName || namesRun && !hasDate && otherDate {
			return true
		}
	}
	return false
}

// gapPairs returns the sentence's gapped clauses (gappedPairs), read once.
func (st *sentence) gapPairs() []gapPair {
	if !st.gapsRead {
		st.gaps, st.gapsRead = gappedPairs(st.text), true
	}
	return st.gaps
}
