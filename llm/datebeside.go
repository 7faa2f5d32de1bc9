package llm

import (
	"slices"
	"unicode"
)

// A claim in another language than its article is held to its facts
// alone (agreement): two of them shared with its quoted sentences keep
// it. A name may be anywhere in the paragraph ("Stephen Miller" named in
// the sentence before "Miller led efforts…"), so a date of the quote could
// be given to a person of another sentence: "Trump a pris sa décision
// samedi" quoting "On Saturday, the U.S. mission … informed … Guterres"
// (Trump decided on Friday, in the sentence before), or "La decisione è
// stata presa venerdì e comunicata all'ONU lo stesso giorno" quoting
// "Trump made the decision on Friday" (the U.N. was told on Saturday, in
// the sentence after). Both were shown.
//
// dateElsewhere removes such a claim: a name of it that the quoted
// sentences don't hold, found in another sentence of the paragraph that
// gives a date of the same kind (a weekday, a month, a year) and not the
// claim's, is that sentence's, with its date. Removing every claim
// whose name is only elsewhere was tried and lost true claims; this asks
// for the date that says otherwise. English claims are held to their words
// too, which such a claim doesn't share with its quote.

// dateKind is the kind of a date word, so that only dates of one kind are
// compared ("Friday" with "Saturday", not with "December").
type dateKind int8

const (
	noDate dateKind = iota
	weekday
	month
	year
)

// minYear and maxYear bound the four-digit numbers read as years: the
// span of news the coverage could hold; wider takes counts ("1500
// people") for years, narrower misses old events an article recalls.
const (
	minYear = 1900
	maxYear = 2099
)

// monthAbbreviations are the short forms English news writes months in
// ("Dec. 10-11"), folded, without the dot.
var monthAbbreviations = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// dateOf returns the kind of a folded word (English, or another language's
// weekday or month through its alias) and the form dates of that kind are
// compared by: a month by its first three letters ("dec" of "Dec." and
// "december"). "May" is left out: in an English sentence it is far more
// often the verb.
func dateOf(f string) (dateKind, string) {
	if en := dateAlias(f); en != "" {
		f = en
	}
	switch {
	case f == "may":
		return noDate, ""
	case f == "monday", f == "tuesday", f == "wednesday", f == "thursday", f == "friday", f == "saturday", f == "sunday":
		return weekday, f
	case englishDates[f] || monthAbbreviations[f]:
		return month, f[:3]
	}
	if len(f) == 4 {
		n := 0
		for _, r := range f {
			if !unicode.IsDigit(r) {
				return noDate, ""
			}
			n = n*10 + int(r-'0')
		}
		if n >= minYear && n <= maxYear {
			return year, f
		}
	}
	return noDate, ""
}

// englishDate returns the form of a date fact dateOf reads: its alias, if
// it has one of that kind, else itself.
func englishDate(f fact) string {
	if f.alias != "" && dateAlias(f.folded) != "" {
		return f.alias
	}
	return f.folded
}

// dateElsewhere reports whether name fact n of the claim, which the
// sentences idx of src don't hold, is in another sentence of src that
// gives a date of a kind the claim gives, and none of the claim's of that
// kind (see above).
func (a analysis) dateElsewhere(n fact, src *source, idx []int) bool {
	claimDates := map[dateKind]map[string]bool{}
	for _, f := range a.facts {
		if k, key := dateOf(englishDate(f)); k != noDate {
			if claimDates[k] == nil {
				claimDates[k] = map[string]bool{}
			}
			claimDates[k][key] = true
		}
	}
	if len(claimDates) == 0 {
		return false
	}
	for j := range src.sents {
		st := &src.sents[j]
		if slices.Contains(idx, j) || !n.in(st.words) {
			continue
		}
		other, same := map[dateKind]bool{}, map[dateKind]bool{}
		for w := range st.words {
			k, key := dateOf(w)
			if k == noDate || claimDates[k] == nil {
				continue
			}
			if claimDates[k][key] {
				same[k] = true
			} else {
				other[k] = true
			}
		}
		for k := range other {
			if !same[k] {
				return true
			}
		}
	}
	return false
}

// hasPersonal reports whether words (a sentence's) hold a personal
// pronoun ("she", "his"), which stands for a person named before; "it" and
// "they" may stand for a body or a thing ("the U.S. mission … that it was
// ending its participation").
func hasPersonal(words map[string]struct{}) bool {
	for w := range words {
		if personal[w] {
			return true
		}
	}
	return false
}
