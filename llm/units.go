package llm

import (
	"strings"
	"unicode"

	"github.com/footnote-bot/footnote/text"
)

// A number is checked as a word: "32" of a claim is found in "the
// 32-year-old senior White House policy advisor", whatever it counts.
// "Stephen Miller led efforts to pull out of the migration talks for 32
// weeks" was shown, in both forms, citing Miller's age. When the claim
// writes a unit of time right after its number ("32 weeks", "32 ans",
// "seit 3 Tagen"), each sentence that holds the number and writes a
// unit of time right after it must write the same unit ("32-year-old"
// is years): a number counting something else is not the claim's. A
// number the sentence writes without a unit after it ("in 2016") is not
// judged, nor is a claim's number without one.

// timeUnits maps the folded words for units of time in the languages of
// the coverage, singular and plural, to their English singular. Left
// out: French "an", which is also the English article.
var timeUnits = map[string]string{}

func init() {
	for unit, forms := range map[string]string{
		"year":  "year years yr yrs ans annee annees ano anos anni anno jahr jahre jahren jahrige jahriger jahrigen",
		"month": "month months mois mes meses mese mesi monat monate monaten",
		"week":  "week weeks semaine semaines semana semanas settimana settimane woche wochen",
		"day":   "day days jour jours dia dias giorno giorni tag tage tagen",
		"hour":  "hour hours heure heures hora horas ora ore stunde stunden",
	} {
		for _, f := range strings.Fields(forms) {
			timeUnits[f] = unit
		}
	}
}

// unitAfter returns the unit of time folded[i+1] names, "" when it names
// none or there is no next word.
func unitAfter(folded []string, i int) string {
	if i+1 >= len(folded) {
		return ""
	}
	return timeUnits[folded[i+1]]
}

// isNumber reports whether a folded word is a number (all digits).
func isNumber(f string) bool {
	return f != "" && strings.IndexFunc(f, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// unitsDiffer reports whether a number of the claim that it writes with a
// unit of time is written, in each of texts that holds it, with another
// unit of time right after it (see above).
func (a analysis) unitsDiffer(texts ...string) bool {
	for i, f := range a.folded {
		unit := unitAfter(a.folded, i)
		if unit == "" || !isNumber(f) {
			continue
		}
		other, same := false, false
		for _, t := range texts {
			for off := 0; ; {
				k := strings.Index(t[off:], f)
				if k < 0 {
					break
				}
				start, end := off+k, off+k+len(f)
				off = end
				if start > 0 && isDigit(t[start-1]) || end < len(t) && isDigit(t[end]) {
					// Part of another number.
					continue
				}
				switch u := timeUnits[text.Fold(nextWord(t[end:]))]; {
				case u == unit || u == "":
					same = true
				default:
					other = true
				}
			}
		}
		if other && !same {
			return true
		}
	}
	return false
}

// isDigit reports whether byte b is an ASCII digit.
func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// nextWord returns the first word of s after what separates it ("-year"
// of "-year-old", "weeks" of " weeks ago"), "" when there is none.
func nextWord(s string) string {
	i := strings.IndexFunc(s, text.IsWordRune)
	if i < 0 {
		return ""
	}
	s = s[i:]
	if j := strings.IndexFunc(s, notWordRune); j >= 0 {
		return s[:j]
	}
	return s
}

// A count written out is checked as a word too, and a word of no fact: "The
// meeting in Mexico was a two-day meeting" against "a three-day meeting"
// was shown in both forms ("two" is no name, number or date, and the
// other words are there). countsDiffer reads a count before a unit of
// time in words or digits, in the languages of the coverage ("two-day",
// "3 days", "trois jours"): when the claim gives one and each count its
// sentences give the same unit is another, the claim is not theirs. A
// unit the sentences give no count ("just days before") is not judged,
// nor is "one" (or "un", "uno", "ein"), which is as often an article.

// countLangs are the languages a claim's count is read in.
var countLangs = [...]text.Lang{text.English, text.Spanish, text.French, text.German, text.Portuguese, text.Italian}

// countAt returns the value of folded word f as a count: its digits, or a
// number word of one of countLangs from two up; ok is false otherwise.
func countAt(f string) (n int, ok bool) {
	if isNumber(f) {
		for _, r := range f {
			n = n*10 + int(r-'0')
			if n > 1_000_000 {
				return 0, false
			}
		}
		return n, true
	}
	for _, l := range countLangs {
		if v, ok := text.FoldedNumberWord(l, f); ok && v >= 2 {
			return v, true
		}
	}
	return 0, false
}

// countEndingAt is countAt of folded[k], with a tens word before a unit
// word added ("thirty-two": 32, not 2).
func countEndingAt(folded []string, k int) (int, bool) {
	n, ok := countAt(folded[k])
	if ok && n < 10 && k > 0 && !isNumber(folded[k]) {
		if tens, ok := countAt(folded[k-1]); ok && tens >= 20 && tens < 100 && tens%10 == 0 && !isNumber(folded[k-1]) {
			n += tens
		}
	}
	return n, ok
}

// A count written out in words before any other noun is read the same
// way, by that noun's stem, when the claim is in the paragraphs' language:
// "The coalition had five parties" against "the largest of the
// coalition's four parties" was shown ("five" is no fact, and every other
// word is there). Only a count in words: a count in digits is a fact the
// sentence must hold anyway, and a sentence often counts one noun several
// times ("152-5 … 12 countries abstaining … the 164 countries").

// countedAt returns what the count at folded[i] counts: the unit of time
// after it (its English name), or, when byNoun, the English Snowball stem
// of the content word after it (prefixed, so that it is no unit); "" when
// neither.
func countedAt(folded []string, i int, byNoun bool) string {
	if u := unitAfter(folded, i); u != "" || !byNoun {
		return u
	}
	if i+1 >= len(folded) || !contentWord(folded[i+1]) {
		return ""
	}
	return "noun:" + text.Stem(text.English, folded[i+1])
}

// maybeCounted reports whether the word after folded[i] may be what a
// count there counts (a unit of time, or with byNoun a content word): the
// cheap test asked before reading folded[i] as a count.
func maybeCounted(folded []string, i int, byNoun bool) bool {
	return unitAfter(folded, i) != "" || byNoun && i+1 < len(folded) && contentWord(folded[i+1])
}

// countsDiffer reports whether a count the claim writes before a unit of
// time (or, in words and in English, before a noun) is, in the sentences
// sentences returns, written only as another count before that unit (see
// above). sentences is called only for a claim with such a count.
func (a analysis) countsDiffer(sentences func() []*sentence) bool {
	var sts []*sentence
	byNoun := a.known == nil && a.lang == string(text.English)
	for i := range a.folded {
		if !maybeCounted(a.folded, i, byNoun) {
			continue
		}
		want, ok := countEndingAt(a.folded, i)
		if !ok {
			continue
		}
		unit := countedAt(a.folded, i, byNoun && !isNumber(a.folded[i]))
		if unit == "" {
			continue
		}
		if sts == nil {
			sts = sentences()
		}
		other, same := false, false
		for _, st := range sts {
			folded := st.sequence()
			for k := range folded {
				if !maybeCounted(folded, k, byNoun) {
					continue
				}
				n, ok := countEndingAt(folded, k)
				if !ok || countedAt(folded, k, byNoun) != unit {
					continue
				}
				if n == want {
					same = true
				} else {
					other = true
				}
			}
		}
		if other && !same {
			return true
		}
	}
	return false
}
