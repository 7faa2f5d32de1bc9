package answer

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// What a question in another language than English asks for. askedClass
// reads English question words; a question in Spanish, Portuguese,
// French, German, Italian, Dutch or Danish ("¿Cuántos refugiados hay …?",
// "An welchem Tag …?") asked for nothing, so its answer never looked for
// the outlets' versions of a day or a count. These are the interrogatives
// of time and quantity of those languages (a closed class), and the
// interrogative determiners that ask for a day or a date with their noun.
// Several are also conjunctions or relative words in a statement
// ("cuando", "quando", "que"), so they are read only at a question's head.
//
// They are read to look for versions (see versionKind), and to refuse an
// answer none of whose sentences gives what they ask for (see
// lacksForeignKind). Which sentence answers stays as before: letting them
// choose it too (askedKind) refused a Spanish count whose best sentence is
// the headline that names the asker, the count being in the next sentence
// (tune set agree10h, 1 of 4).

// foreignLead is how many words may open a question before its question
// word ("Em que dia", "Par combien de", "An welchem Tag", "Seit wann"): a
// preposition and an article at most; more reads a conjunction inside the
// question for its question word.
const foreignLead = 2

// foreignWhKinds are the question words, folded (accents removed), that
// ask for a time or a number by themselves.
var foreignWhKinds = map[string]kind{
	"cuando": kindTime, "quando": kindTime, "quand": kindTime, "wann": kindTime, "wanneer": kindTime, "hvornar": kindTime,
	"cuantos": kindNumber, "cuantas": kindNumber, "quantos": kindNumber, "quantas": kindNumber, "quanti": kindNumber,
	"quante": kindNumber, "combien": kindNumber, "hoeveel": kindNumber,
}

// foreignPhraseKinds are two-word question words, folded ("wie viele",
// "hvor mange"), and interrogative determiners with a noun of time
// ("qué día", "quel jour", "welchem Tag").
var foreignPhraseKinds = map[[2]string]kind{
	{"wie", "viele"}: kindNumber, {"wie", "viel"}: kindNumber, {"hvor", "mange"}: kindNumber,
	{"que", "dia"}: kindTime, {"que", "fecha"}: kindTime, {"que", "data"}: kindTime,
	{"quel", "jour"}: kindTime, {"quelle", "date"}: kindTime, {"quel", "mois"}: kindTime,
	{"welchem", "tag"}: kindTime, {"welcher", "tag"}: kindTime, {"welchem", "datum"}: kindTime,
	{"che", "giorno"}: kindTime, {"quale", "giorno"}: kindTime, {"welke", "dag"}: kindTime,
	{"hvilken", "dag"}: kindTime,
}

// foreignAskedKind returns what a question's words ws (lowercased) ask
// for when one of the question words above opens it, and false when none
// does.
func foreignAskedKind(ws []string) (kind, bool) {
	for i := 0; i <= foreignLead && i < len(ws); i++ {
		w := text.Fold(ws[i])
		if i+1 < len(ws) {
			if k, ok := foreignPhraseKinds[[2]string{w, text.Fold(ws[i+1])}]; ok {
				return k, true
			}
		}
		if k, ok := foreignWhKinds[w]; ok {
			return k, true
		}
	}
	return kindAny, false
}

// versionKind is what question q asks for, to look for the outlets'
// versions of it: askedKind, or for a question that asks for nothing in
// English, what a question word of another language at its head asks for
// (see foreignAskedKind).
func versionKind(q string) kind {
	k := askedKind(q)
	if k != kindAny {
		return k
	}
	if fk, ok := foreignKind(q); ok {
		return fk
	}
	if countPhrase(q) != "" {
		return kindNumber // "what is the page count" (countphrase.go)
	}
	return k
}

// foreignKind returns what a question word of another language than
// English at the head of question q asks for (see foreignAskedKind).
func foreignKind(q string) (kind, bool) {
	var ws []string
	for _, w := range text.Words(q) {
		ws = append(ws, strings.ToLower(w.Text))
	}
	return foreignAskedKind(ws)
}

// lacksForeignKind reports whether question q, which asks for nothing in
// English (want), asks by a question word of another language for a
// number or a time that none of the sentences picked gives: "Wie viele
// Abgeordnete stimmten im Bundestag für den UN-Migrationspakt?" was
// answered by Netanyahu's quote, which names the pact and gives no count,
// as an English "how many" never is (gatedKinds). Every sentence picked
// counts, the second one too, since the best may be a headline that names
// what is asked, the value in the sentence after it (above).
func lacksForeignKind(q string, want kind, picked []sentence, asked map[string]bool) bool {
	if want != kindAny {
		return false
	}
	fk, ok := foreignKind(q)
	return ok && gatedKinds[fk] && !slices.ContainsFunc(picked, func(s sentence) bool { return hasKind(fk, s.text, asked) })
}
