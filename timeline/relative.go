package timeline

import (
	"strings"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// A date in a relative clause dates the noun the clause tells of, not the
// sentence's news: Al-Italiya's lead "أعلنت السفيرة الأمريكية … عن انسحاب
// الولايات المتحدة … من … الاتفاق العالمي بشأن الهجرة الذي تم توقيعه في
// سبتمبر 2016" (Haley announced the US withdrawal from the agreement
// "which was signed in September 2016") tells the withdrawal, not the
// signing, and "Mr Kurz, who stood on a … platform before taking office
// last December, said: …" tells what Kurz said, not when he took office.

// relativeWords are the relative pronouns of the coverage's languages
// that are nothing else (a closed class). Left out as also conjunctions,
// articles or the pronoun of a cleft: "that", "que", "che", "qui", "der",
// "die", "das" ("C'est la mission américaine … qui en a fait l'annonce
// samedi" tells its news in the clause).
var relativeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`which who whom whose
cual cuales cuyo cuya cuyos cuyas
qual quais cujo cuja cujos cujas
lequel laquelle lesquels lesquelles dont
cui
welche welcher welches welchem welchen dessen deren
الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي اللائي`) {
		m[relativeKey(w)] = true
	}
	return m
}()

// clauseEnd holds the marks that end a clause before a date: a comma (of
// any script), a semicolon, a colon, a dash or a bracket.
const clauseEnd = ",،、，;:—–()"

// quoteMarks are trimmed off a word before it is read.
const quoteMarks = `"'“”«»‘’`

// relativeReading is which dates in relative clauses a dateFinder passes
// over.
type relativeReading int

const (
	// readRelative reads every date (the claim check's Dater: a claim
	// about the noun is dated by its clause).
	readRelative relativeReading = iota
	// skipRestrictive passes over a date in a restrictive relative
	// clause, one that defines its noun ("the treaty which is being
	// advanced by a conference in Mexico on Monday, December 4", "الاتفاق
	// … الذي تم توقيعه في سبتمبر 2016"), but reads one after a comma,
	// which may go on with the story ("Amnesty International, which
	// slammed it Sunday"): the timeline's sentences.
	skipRestrictive
	// skipRelative passes over a date in any relative clause: a page's
	// first sentence, which is news of the page's day when it gives no
	// date of its own, so that a clause's date only loses the day it
	// would have wrongly given.
	skipRelative
)

// passesOver reports whether a finder reading r passes over the date
// match in s, written in lang.
func (r relativeReading) passesOver(s, match string, lang text.Lang) bool {
	if r == readRelative {
		return false
	}
	in, restrictive := inRelativeClause(s, match, lang)
	return in && (restrictive || r == skipRelative)
}

// inRelativeClause reports whether the date match in s stands in a
// relative clause: a relative word (relativeWords) before it in the same
// clause, nothing marking a clause's end between them; and whether that
// clause is restrictive, its relative word (and the function words before
// it: "ao qual") not after a comma.
func inRelativeClause(s, match string, lang text.Lang) (in, restrictive bool) {
	i := strings.Index(s, match)
	if i < 0 {
		return false, false
	}
	before := strings.Fields(s[:i])
	for k := len(before) - 1; k >= 0; k-- {
		w := strings.TrimRight(before[k], quoteMarks)
		if endsClause(w) {
			return false, false // the clause before the date ends here
		}
		if relativeWords[relativeKey(w)] {
			j := k - 1
			for j >= 0 && !endsClause(before[j]) && isFunctionWord(before[j], lang) {
				j--
			}
			return true, j < 0 || !endsClause(before[j])
		}
		if first, _ := utf8.DecodeRuneInString(w); strings.ContainsRune(clauseEnd, first) {
			return false, false // the date's clause opens here
		}
	}
	return false, false
}

// endsClause reports whether word w ends with a clause's mark.
func endsClause(w string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(w, quoteMarks))
	return strings.ContainsRune(clauseEnd, last)
}

// isFunctionWord reports whether w is a function word of lang or English.
func isFunctionWord(w string, lang text.Lang) bool {
	f := relativeKey(w)
	return text.IsStopWord(lang, f) || text.IsStopWord(text.English, f)
}

// relativeKey is word w as relativeWords holds it.
func relativeKey(w string) string {
	return text.NormalizeArabic(text.Fold(strings.Trim(w, clauseEnd+quoteMarks)))
}
