package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// One event is told in many languages: "In September 2016, the 193
// members of the UN General Assembly unanimously adopted a non-binding
// political declaration", "En septiembre del 2016, los 193 miembros de la
// Asamblea General de la ONU aprobaron la Declaración de Nueva York", "Im
// September 2016 unterzeichneten 193 UN-Länder die New Yorker
// Flüchtlingserklärung". Such tellings share few words but many names,
// numbers and Latin roots: compared by their first cognateRunes letters,
// "general", "declaration", "migration", "193" and "2016" meet.

// cognateRunes is how many first letters stand for a word in another
// language ("decla" for "declaration" and "declaración"); a shorter word
// stands for itself. Five, as the model-answer check's cognates (llm):
// four meets unrelated words, six misses "migra"-"migrantes".
const cognateRunes = 5

// crossLanguageOverlap is the share of the shorter telling's keys two
// sentences of one date in two languages must share to be one event, with
// minCrossLanguageShared keys at least. Tellings of one event in English,
// Spanish and German share 0.36–0.46 of them on the coverage (five or six
// keys), where no two sentences about different events of a day reach 0.3
// and three keys. Lower merges different events of a busy day across
// languages; higher lists one event once per language.
const (
	crossLanguageOverlap   = 0.35
	minCrossLanguageShared = 5
)

// cognateKeys returns each of words as a word of another language may
// share it: a number or a short word whole, a longer one by its first
// cognateRunes letters.
func cognateKeys(words map[string]struct{}) map[string]struct{} {
	out := make(map[string]struct{}, len(words))
	for w := range words {
		if utf8.RuneCountInString(w) > cognateRunes && !strings.ContainsFunc(w, unicode.IsDigit) {
			w = string([]rune(w)[:cognateRunes])
		}
		out[w] = struct{}{}
	}
	return out
}

// sameAcrossLanguages returns how much two sentences of other languages
// share (see cognateKeys), and whether that makes them one event.
func sameAcrossLanguages(x, y candidate) (float64, bool) {
	o := overlap(x.keys, y.keys)
	return o, o >= crossLanguageOverlap && shared(x.keys, y.keys) >= minCrossLanguageShared
}
