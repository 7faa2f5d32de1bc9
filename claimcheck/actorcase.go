package claimcheck

import (
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/llm"
	"github.com/footnote-bot/footnote/text"
)

// The actors check (llm.ActorsSwapped) reads who does what from the
// capitalised words around a verb the claim shares with its sentence, and a
// claim is mostly posted in lower case: "netanyahu welcomed the
// announcement by deputy foreign minister tzipi hotovely" named nobody to
// it, and was supported by "Netanyahu’s Tuesday announcement was welcomed
// by … Tzipi Hotovely", who welcomed it. The words the coverage writes as
// names (knownNames) are capitalised for that check only: elsewhere a
// name posted in lower case is held as the claim posts it (see recased).

// namesCapitalised returns claim with each word whose stem is one of
// names capitalised.
func namesCapitalised(claim string, names map[string]struct{}) string {
	b := []byte(claim)
	for _, w := range text.Words(claim) {
		r, size := utf8.DecodeRuneInString(w.Text)
		if !unicode.IsLower(r) {
			continue
		}
		if _, ok := names[stem(text.Fold(w.Text))]; !ok {
			continue
		}
		if up := string(unicode.ToUpper(r)); len(up) == size {
			copy(b[w.Start:], up)
		}
	}
	return string(b)
}

// actorsSwapped reports whether claim (its names capitalised) puts a name
// on the other side of a verb it shares with the sentence cite quotes: the
// model-answer check's reading (llm.ActorsSwapped) or, in English, the
// doers of a verb one of the two tells in the passive (doersSwapped).
func actorsSwapped(claim string, lang text.Lang, cite footnote.Citation, paras footnote.Paragraphs) bool {
	return llm.ActorsSwapped(claim, cite, paras) || lang == text.English && doersSwapped(claim, cite.Quote)
}
