package llm

import (
	"slices"
	"strings"
)

// A claim in Spanish, French, German, Portuguese or Italian names the
// United States, the United Nations and the White House in its own
// language ("EE. UU.", "ONU", "Vereinten Nationen", "Maison-Blanche"), as
// do the pages of the coverage in those languages and in Danish ("FN",
// "USA"), Turkish ("BM", "ABD") and the languages whose negations the
// check knows (Norwegian, Swedish, Dutch: "FN", "VN", "Verenigde Staten").
// English articles write them "U.S."/"United States", "U.N."/"United
// Nations", "White House", whose short forms ("us", "un", "wh") are among
// a sentence's words (see aliases). foreignNames maps the other
// languages' forms, as runs of folded words, to those short forms, so a
// translated name is compared with the article's instead of being passed
// over as a word it doesn't contain.
var foreignNames = map[string]string{}

// maxForeignName is the most words a form in foreignNames has.
const maxForeignName = 2

func init() {
	for form, forms := range map[string]string{
		"us": "ee uu|eeuu|eua|estados unidos|etats unis|vereinigten staaten|vereinigte staaten|usa|stati uniti|abd|verenigde staten",
		"un": "onu|naciones unidas|nations unies|vereinten nationen|nazioni unite|nacoes unidas|fn|forenede nationer|forente nasjoner|forenta nationerna|vn|verenigde naties|bm",
		"wh": "casa blanca|maison blanche|weisse haus|weissen haus|casa bianca|casa branca",
	} {
		for _, f := range strings.Split(forms, "|") {
			foreignNames[f] = form
		}
	}
}

// addForeignForms adds to each of sets, for each form in foreignNames among
// folded (a paragraph's words, folded), its short form marked as written
// (writtenInitials): "l'ONU" of a French quote is the "UN" of an English
// claim, and "Estados Unidos" its "US". Unmarked, the short form would
// meet a word of the language ("un", the French article).
func addForeignForms(folded []string, sets ...map[string]struct{}) {
	for i := range folded {
		if form, n := foreignFormAt(folded, i); n > 0 {
			for _, set := range sets {
				set[writtenInitials+form] = struct{}{}
			}
		}
	}
}

// foreignFormAt returns the short form of the longest form in foreignNames
// that begins at folded[i], and how many words it has; 0 when none does.
func foreignFormAt(folded []string, i int) (string, int) {
	for n := min(maxForeignName, len(folded)-i); n >= 1; n-- {
		if form, ok := foreignNames[strings.Join(folded[i:i+n], " ")]; ok {
			return form, n
		}
	}
	return "", 0
}

// foreignAliases gives each fact among the folded words of a claim that
// is part of a form in foreignNames that form's short form as its alias.
func foreignAliases(folded []string, facts []fact) {
	for i := range folded {
		form, n := foreignFormAt(folded, i)
		if n == 0 {
			continue
		}
		for k := range facts {
			if facts[k].alias == "" && slices.Contains(folded[i:i+n], facts[k].folded) {
				facts[k].alias, facts[k].mapped = form, true
			}
		}
	}
}
