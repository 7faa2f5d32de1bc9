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

// inRelativeClause reports whether the date match in s stands in a
// relative clause: a relative word (relativeWords) before it in the same
// clause, nothing marking a clause's end between them.
func inRelativeClause(s, match string) bool {
	i := strings.Index(s, match)
	if i < 0 {
		return false
	}
	before := strings.Fields(s[:i])
	for k := len(before) - 1; k >= 0; k-- {
		w := strings.TrimRight(before[k], quoteMarks)
		if last, _ := utf8.DecodeLastRuneInString(w); strings.ContainsRune(clauseEnd, last) {
			return false // the clause before the date ends here
		}
		if relativeWords[relativeKey(w)] {
			return true
		}
		if first, _ := utf8.DecodeRuneInString(w); strings.ContainsRune(clauseEnd, first) {
			return false // the date's clause opens here
		}
	}
	return false
}

// relativeKey is word w as relativeWords holds it.
func relativeKey(w string) string {
	return text.NormalizeArabic(strings.ToLower(text.Fold(strings.Trim(w, clauseEnd+quoteMarks))))
}
