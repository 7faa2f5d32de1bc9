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
