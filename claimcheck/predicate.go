package claimcheck

import (
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A sentence that holds a claim's names, numbers and the words of the
// coverage's subject can still say something else of them: "nikki haley
// said migration will probably go down" is not what "Ambassador Nikki Haley
// said the U.S. will continue in its “generosity” by supporting migrants"
// says, nor "the new york declaration is great for us sovereignty" what
// "the “New York declaration contained numerous provisions that are
// inconsistent with U.S. immigration and refugee policies” says. What a
// claim says of its names is its predicate: its words other than the names
// and the words of reporting ("said": a quote need not say who said it in
// its sentence). The supporting sentence must hold enough of them, each by
// its stem or its Snowball stem ("voted" for "voting"), a phrasal verb as
// its noun ("pulling out" for "pullout"), or (English) as a word of the
// same class close to it by the vectors (relatedHeld: "slammed" for
// "lashed out at").

// predicateShare is the share of a claim's predicate words (see above) the
// supporting sentence must hold. Lower lets a sentence that shares a claim's
// names and one of its other words support what it does not say; higher
// refuses claims posted in other words than the sentence's ("kids" for
// "children"). One half: a true claim posted loosely keeps half its
// predicate in the sentence's words ("backed pulling out of the talks" for
// "strongly backed a pullout" holds two of three); chosen by the unit tests
// and checked on the tune sets, where it moved no verdict.
const predicateShare = 0.5

// particles are the English adverbial particles of a phrasal verb whose
// noun is written as one word ("pull out", "pullout"; "crack down",
// "crackdown"; "take over", "takeover"): a closed class.
var particles = map[string]bool{"out": true, "off": true, "down": true, "up": true, "over": true, "back": true, "away": true}

// predicateHeld reports whether the sentence s, in the claim's language,
// holds predicateShare of the claim's predicate words (see above); cw are
// the claim's words with the names the coverage writes (knownNames). A
// claim in another language than s is held to its names (see backed), and
// one without predicate words to nothing more.
func predicateHeld(claim string, cw claimWords, lang text.Lang, s sentence, rel func() *relatedness.Words) bool {
	if s.otherLanguage(lang) {
		return true
	}
	snow := snowballStems(s)
	missing := claimWords{content: map[string]struct{}{}, names: cw.names, acronyms: cw.acronyms}
	held := map[string]bool{}
	ws := text.Words(claim)
	for i, w := range ws {
		f := text.Fold(w.Text)
		st := stem(f)
		_, content := cw.content[st]
		_, named := cw.names[st]
		_, acronym := cw.acronyms[f]
		if !content || named || acronym || relatedness.Reports(f) || accountWords[st] || approxWords[f] {
			continue
		}
		_, inSentence := s.words.content[st]
		base := text.Stem(lang, f)
		phrasal := lang == text.English && i+1 < len(ws) && particles[text.Fold(ws[i+1].Text)] && snow[text.Stem(lang, base+text.Fold(ws[i+1].Text))]
		if inSentence || snow[base] || phrasal || held[st] {
			held[st] = true
			delete(missing.content, st)
			continue
		}
		missing.content[st] = struct{}{}
	}
	n := float64(len(missing.content) + len(held))
	if n == 0 || float64(len(held))/n >= predicateShare {
		return true
	}
	if lang != text.English {
		return false
	}
	return float64(len(held)+relatedHeld(claim, missing, s, rel()))/n >= predicateShare
}
