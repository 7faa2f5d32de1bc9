package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// "Why" in the coverage's other languages. askedClass reads English
// question words, so "Warum steigen die USA aus …?", "Pourquoi Trump a-t-il
// retiré …?" and "¿Por qué Chile se retira …?" asked for nothing, and were
// answered by the headline, which restates the question ("Chile se retira
// del Pacto Mundial para la Migración de la ONU") rather than saying why.
// The interrogatives of cause of Spanish, Portuguese, French, German,
// Italian, Dutch and Danish (a closed class), read at a question's head,
// ask for a reason as "why" does; and the causal conjunctions and
// prepositions of those languages (a closed class too), with the
// translations of reasonPhrases' "not compatible", hold one, as
// reasonPhrases do in English. A reason is no gated kind: this chooses
// among the sentences that may answer and refuses nothing.

// foreignWhyLead is how many words may open a question before its
// interrogative of cause ("Et pourquoi", "Aber warum"): one.
const foreignWhyLead = 1

// foreignWhyWords are the interrogatives of cause, folded.
var foreignWhyWords = map[string]bool{
	"pourquoi": true, "warum": true, "weshalb": true, "wieso": true, "weswegen": true,
	"perche": true, "waarom": true, "hvorfor": true,
}

// foreignWhyPhrases are the two-word interrogatives of cause, folded
// (Spanish "por qué", Portuguese "por que", "por quê").
var foreignWhyPhrases = map[[2]string]bool{
	{"por", "que"}: true, {"per", "quale"}: true,
}

// asksWhyForeign reports whether ws (a question's words, lowercased) open
// with an interrogative of cause of another language than English.
func asksWhyForeign(ws []string) bool {
	for i := 0; i <= foreignWhyLead && i < len(ws); i++ {
		w := text.Fold(ws[i])
		if foreignWhyWords[w] {
			return true
		}
		if i+1 < len(ws) && foreignWhyPhrases[[2]string{w, text.Fold(ws[i+1])}] {
			return true
		}
	}
	return false
}

// foreignReasonPhrases give a cause, folded: the causal conjunctions and
// prepositions of the languages above, and "incompatible" as
// reasonPhrases has "not compatible". They are looked for in sentences of
// every language, so a word that is also an English word (French "car",
// German "da") is left out.
var foreignReasonPhrases = []string{
	// es
	"porque", "ya que", "debido a", "puesto que", "a causa de", "por razones de",
	// pt
	"pois", "já que", "devido a", "por causa de", "razões", "razão",
	// fr
	"parce que", "parce qu", "en raison de", "à cause de", "puisque", "incompatible",
	// de
	"weil", "denn", "wegen", "aufgrund", "unvereinbar", "nicht vereinbar",
	// it
	"perché", "poiché", "a causa di", "dato che", "incompatibile",
	// pt, es
	"incompatível",
}

// hasForeignReason reports whether s holds one of foreignReasonPhrases
// as whole words.
func hasForeignReason(s string) bool {
	low := " " + text.Fold(s) + " "
	for _, p := range foreignReasonPhrases {
		fp := text.Fold(p)
		for _, end := range []string{" ", ",", "'", "’", "\""} {
			if strings.Contains(low, " "+fp+end) || strings.Contains(low, "\""+fp+end) {
				return true
			}
		}
	}
	return false
}
