package claimcheck

import (
	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// englishZipf is how common in English (Zipf scale, see retrieval.Zipf) a
// word must be to count as English when telling a claim's language: "move"
// and "called" are, names and "unacceptable" (3.4) are not. Lower takes
// words other languages share with English ("chile", "normas") for
// English, higher misses a claim of rarer English words.
const englishZipf = 3

// englishShare is the share of its words a claim must have in English
// (englishZipf) to be read as English when the detector says otherwise:
// a short claim in lower case, without a function word ("juncker called
// austrias move unacceptable"), gives the trigram statistics too little to
// go on, and they guess German or French. Lower reads a claim in another
// language that borrows English words as English.
const englishShare = 0.6

// maxForeignStops is how many function words of another language than
// English (and not English ones) a claim read as English may hold: one is
// often a lower-case acronym ("un" for "UN") or a borrowed word; a claim
// in French or Spanish has more ("a refusé de signer le pacte").
const maxForeignStops = 1

// claimLanguage returns the language of claim: what d detects, unless it
// detects another language than English for a claim most of whose words
// are common English words and at most maxForeignStops a function word of
// another language only.
func claimLanguage(d *text.Detector, claim string) text.Lang {
	lang := d.Detect(claim)
	if lang == text.English || lang == text.Unknown {
		return lang
	}
	english, all, foreign := 0, 0, 0
	for _, w := range text.Words(claim) {
		f := text.Fold(w.Text)
		if text.IsDigits(f) {
			continue
		}
		if isStop(f) && !text.IsStopWord(text.English, f) {
			if foreign++; foreign > maxForeignStops {
				return lang
			}
		}
		all++
		english += boolInt(retrieval.Zipf(f) >= englishZipf)
	}
	if all > 0 && float64(english) >= englishShare*float64(all) {
		return text.English
	}
	return lang
}
