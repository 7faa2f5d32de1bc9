package claimcheck

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// englishCapitals are the folded English words always written with a
// capital: the days and the months ("may" and "march" are verbs as often,
// and left out: see verbMonths).
var englishCapitals = map[string]bool{}

// verbMonths are the English months that are also verbs or nouns: a month
// only after a word that opens a time ("in march", "since may") or before a
// number ("march 5", "may 2018"). A list of such words, not a parse, so "in
// march formation" would read as a month: rare in a post about an event.
var verbMonths = map[string]bool{"may": true, "march": true}

// timeOpeners are the folded English words after which "may" or "march"
// is the month.
var timeOpeners = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday
		january february april june july august september october november december`) {
		englishCapitals[w] = true
	}
	for _, w := range strings.Fields(`in since until till by from early late mid last next this of during before after`) {
		timeOpeners[w] = true
	}
}

// recased returns claim with English days and months capitalised: posted
// in lower case ("opened on saturday"), a claim would escape the check's
// rule for dates. (Names stay as posted: capitalised, "stephen" would have
// to be in the very paragraph that says what "Miller" did.)
func recased(claim string) string {
	b := []byte(claim)
	ws := text.Words(claim)
	for i, w := range ws {
		r, size := utf8.DecodeRuneInString(w.Text)
		if !unicode.IsLower(r) || !englishCapitals[text.Fold(w.Text)] && !monthInContext(ws, i) {
			continue
		}
		copy(b[w.Start:], string(unicode.ToUpper(r))[:size])
	}
	return string(b)
}

// monthInContext reports whether ws[i] is "may" or "march" used as the
// month: after a word that opens a time, or before a number.
func monthInContext(ws []text.Word, i int) bool {
	if !verbMonths[text.Fold(ws[i].Text)] {
		return false
	}
	if i > 0 && timeOpeners[text.Fold(ws[i-1].Text)] {
		return true
	}
	return i+1 < len(ws) && strings.ContainsFunc(ws[i+1].Text, unicode.IsDigit)
}

// monthAt reports whether ws[i], of a text in language lang, names a month:
// "may" and "march" only when capitalised past the first word, or in
// context (monthInContext).
func monthAt(ws []text.Word, i int, lang text.Lang) bool {
	f := text.Fold(ws[i].Text)
	if !isMonth(f, lang) {
		return false
	}
	if !verbMonths[f] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(ws[i].Text)
	return i > 0 && unicode.IsUpper(r) || monthInContext(ws, i)
}

// initialismsCased returns claim, in English, with each lower-case word
// posted after "the" that is no content word (too short, or a function
// word) written in capitals when a sentence of ss writes it so: "the us" is
// the US ("the" never comes before a pronoun), "the un" the UN. Posted in
// lower case, such a word is neither a name nor a content word, so no check
// asked a sentence for it, and a claim of what the US did was backed by a
// sentence of what another country did ("the us didnt sign on to the pact"
// by "Dutton vows he will not sign"). Only a word the coverage itself
// writes in capitals is recased: no list of initialisms.
func initialismsCased(claim string, lang text.Lang, ss []sentence) string {
	if lang != text.English {
		return claim
	}
	ws := text.Words(claim)
	var b []byte
	for i := 1; i < len(ws); i++ {
		f := text.Fold(ws[i].Text)
		if ws[i].Text != strings.ToLower(ws[i].Text) || text.Fold(ws[i-1].Text) != "the" || isContent(f) || !writtenInCapitals(f, ss) {
			continue
		}
		if b == nil {
			b = []byte(claim)
		}
		copy(b[ws[i].Start:ws[i].End], strings.ToUpper(ws[i].Text))
	}
	if b == nil {
		return claim
	}
	return string(b)
}

// writtenInCapitals reports whether a sentence of ss writes the folded
// word f in capitals ("US", "U.S." folded "us").
func writtenInCapitals(f string, ss []sentence) bool {
	for _, s := range ss {
		for _, w := range text.Tokens(s.cite.Quote) {
			if text.IsAllCaps(w.Text) && text.Fold(w.Text) == f {
				return true
			}
		}
	}
	return false
}
