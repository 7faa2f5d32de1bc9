package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// Who did an act, asked in another language than English ("¿Quién
// anunció que Estados Unidos abandonaba el pacto …?", "Chi ha annunciato
// che il governo italiano non andrà a Marrakech?", "Quem comunicou que o
// Brasil ia sair …?"). askedVerb reads the English "who <verb>" only, so
// such a question asked for no doer and its answer never looked for the
// outlets' versions of one, however many of them disagree. These are the
// interrogative pronouns of a person in the coverage's languages (a closed
// class), read only at a question's head, as foreignAskedKind reads those
// of time and quantity, and only to look for versions (see versionKind).

// foreignWho are the interrogative pronouns of a person, folded: Spanish
// "quién", "quiénes", Portuguese "quem", Italian "chi", French and Catalan
// "qui", German "wer", Danish "hvem". The Dutch "wie" is left out: it is
// the German "how".
var foreignWho = map[string]bool{
	"quien": true, "quienes": true, "quem": true, "chi": true, "qui": true, "wer": true, "hvem": true,
}

// foreignAuxiliaries are the auxiliaries of a compound past that may stand
// between the pronoun and the verb in those languages ("Chi ha
// annunciato", "Qui a annoncé", "Wer hat gesagt", "Quem tinha dito"),
// and the object clitics a verb may take before it ("¿Quién lo
// anunció?"), folded: a closed class.
var foreignAuxiliaries = map[string]bool{
	"ha": true, "han": true, "hanno": true, "habia": true, "a": true, "ont": true, "avait": true,
	"hat": true, "haben": true, "hatte": true, "tem": true, "tinha": true, "har": true, "havde": true,
	"lo": true, "la": true, "le": true, "l": true, "o": true,
}

// foreignAsksWho reports whether a question's words ws (lowercased) open
// with an interrogative pronoun of a person of another language (see
// foreignWho), within foreignLead words.
func foreignAsksWho(ws []string) bool {
	return foreignWhoAt(ws) >= 0
}

// foreignWhoAt returns the index of the interrogative pronoun of a person
// opening ws (see foreignAsksWho), or -1.
func foreignWhoAt(ws []string) int {
	for i := 0; i <= foreignLead && i < len(ws); i++ {
		if foreignWho[text.Fold(ws[i])] {
			return i
		}
	}
	return -1
}

// foreignAskedVerb returns the verb a question in another language asks
// the doer of ("anunció" of "¿Quién anunció que …?", "annunciato" of "Chi
// ha annunciato che …?"), lowercased, or "" when it opens with no
// interrogative pronoun of a person, or no verb follows the pronoun and
// its auxiliaries: a capitalised word or an article ("Wer hat die
// Ankündigung gemacht", whose verb stands last), or a copula ("¿Quién es
// …?", which asks what someone is).
func foreignAskedVerb(q string) string {
	var ws []string
	for _, w := range text.Words(q) {
		ws = append(ws, w.Text)
	}
	low := make([]string, len(ws))
	for i, w := range ws {
		low[i] = strings.ToLower(w)
	}
	i := foreignWhoAt(low)
	if i < 0 {
		return ""
	}
	j := i + 1
	for j < len(ws) && foreignAuxiliaries[text.Fold(low[j])] {
		j++
	}
	if j >= len(ws) || startsUpper(ws[j]) || foreignCopulas[text.Fold(low[j])] || text.IsStopWord(text.English, low[j]) {
		return ""
	}
	for _, l := range foreignStopLanguages {
		if text.IsStopWord(l, low[j]) {
			return ""
		}
	}
	return low[j]
}

// foreignCopulas are the copulas of those languages, folded ("¿Quién es
// el embajador?" asks what someone is, not a doer).
var foreignCopulas = map[string]bool{
	"es": true, "era": true, "fue": true, "e": true, "foi": true, "est": true, "etait": true,
	"ist": true, "war": true, "er": true, "var": true, "sono": true, "sont": true, "son": true,
}

// foreignStopLanguages are the languages whose stop words are no verb a
// question in another language asks the doer of.
var foreignStopLanguages = []text.Lang{text.Spanish, text.German, text.French, text.Portuguese, text.Italian}
