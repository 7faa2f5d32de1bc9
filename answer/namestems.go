package answer

import (
	"slices"
)

// A name stemmed by the question's language. The question is analysed in
// the language it is written in, and its stemmer cuts a name as it cuts a
// word of that language: French gives "Maggie" the stem "magg", Portuguese
// gives "Piñera" "piñ", where the English and Spanish articles that name
// them hold "maggi" and "piñer". Two letters or more apart, the stems
// missed each other, the name read as one the articles never mention, and
// the question was refused as about something else ("Comment Maggie De
// Block a-t-elle décrit …", "Segundo Piñera, que processo …"), with the
// answering paragraph ranked first. A name is one word in every language:
// when its stem is unknown, the stem the articles' own languages give it
// is used, if one of them is known.

// nameStemAbroad returns the stem that the language of an indexed article
// other than the question's gives word, when the articles hold it; the
// articles' languages are tried in a fixed order, so the choice does not
// depend on the index's order.
func (e *Extractive) nameStemAbroad(word, qlang string) (string, bool) {
	for _, lang := range e.articleLanguages() {
		if lang == qlang {
			continue
		}
		st := e.ix.StemsIn(lang, word)
		if len(st) == 1 && e.ix.Known(st[0]) {
			return st[0], true
		}
	}
	return "", false
}

// articleLanguages returns the languages the indexed articles are written
// in (ISO 639-1, "en" for an unknown one), sorted.
func (e *Extractive) articleLanguages() []string {
	var out []string
	for _, a := range e.ix.Articles() {
		if l := langOrEnglish(a.Language); !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	slices.Sort(out)
	return out
}
