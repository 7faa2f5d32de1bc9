package text

import "strings"

// The trigram detector (whatlanggo) has no Catalan, and reads a Catalan
// page as Spanish, French, Italian or Portuguese, its neighbours.
// catalanWords are function words of Catalan that those languages do not
// write (the conjunction "i", "amb", "els", the "va" of its past tense "va
// anunciar"); catalanShared the ones it shares with them ("el", "la",
// "de", "que"). A page taken for a neighbour is Catalan when it writes
// more of Catalan's own function words than of the neighbour's (its stop
// words that Catalan does not share).
var (
	catalanWords = setOf(`i amb els dels als pels però aquest aquesta aquests aquestes aquell només també
perquè va van vam seu seva seus seves què això fins ara cap`)
	catalanShared = setOf(`el la les l de d del al a en un una que qui per o si no se es és ha com on`)
)

// catalanNeighbours are the languages the trigram detector takes Catalan
// for.
var catalanNeighbours = map[Lang]bool{Spanish: true, French: true, Italian: true, Portuguese: true}

// minCatalanWords is the fewest Catalan function words that make a page
// Catalan: a page quoting a Catalan name or slogan has one or two.
const minCatalanWords = 3

func setOf(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// isCatalan reports whether s, taken for lang by the trigram detector,
// is Catalan: lang is a neighbour of Catalan, and s writes at least
// minCatalanWords of Catalan's own function words and more of them than
// of lang's.
func isCatalan(s string, lang Lang) bool {
	if !catalanNeighbours[lang] {
		return false
	}
	ca, other := 0, 0
	for _, w := range Words(strings.ToLower(s)) {
		switch {
		case catalanWords[w.Text]:
			ca++
		case !catalanShared[w.Text] && IsStopWord(lang, w.Text):
			other++
		}
	}
	return ca >= minCatalanWords && ca > other
}
