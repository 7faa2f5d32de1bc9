package claimcheck

import (
	"strings"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// People post an act with a light verb ("trump made the decision to
// boycott the conference", "haley made the announcement"); the articles
// tell it by its verb ("President Trump decided that the United States
// would boycott", "Tillerson announced"), and a claim held to its words
// finds neither "made" nor "decision" there. An English claim's light
// verb in the past with its act ("made the decision") is checked as the
// act's verb in the past, as the retrieved sentences write it: a word
// ending in "-ed" that shares the noun's first minDerivedLetters letters
// and is close to it in meaning (GloVe, minDerivedSimilarity: "decided"
// for "decision", not "declared" nor "decimated"). As answer/lightverb.go
// reads a question's light verb. Only a noun made from its verb by a
// suffix counts: a noun that is the verb itself makes an idiom with a
// light verb ("made the call" is decided, not "called"; "took a look").

// pastLightVerbs are the English light verbs in the past that take an act
// as their object: a closed class of the grammar ("do" and "have" are
// auxiliaries).
var pastLightVerbs = map[string]bool{"made": true, "took": true, "gave": true}

// minDerivedLetters is how many first letters the act's noun and its verb
// must share ("deci" of "decision" and "decided"): fewer takes a verb of
// another act ("decision", "declared" share three), more misses nouns
// whose suffix changes the verb's end.
const minDerivedLetters = 4

// minDerivedSimilarity is how close (cosine of the GloVe vectors) the
// noun and the verb must be: "decision"/"decided" 0.81,
// "announcement"/"announced" 0.78, "statement"/"stated" 0.71, against
// "decision"/"declared" 0.60 and "statement"/"stationed" 0.31. Lower takes
// a verb of the same letters for another act, higher misses a verb whose
// noun is used otherwise ("speech").
const minDerivedSimilarity = 0.65

// withActVerbs returns claim, in language lang, with each past light verb
// and its act ("made the decision") written as the act's verb as the
// sentences ss write it ("decided"); claim itself when it has none or no
// sentence has the verb.
func withActVerbs(claim string, lang text.Lang, ss []sentence, rel func() *relatedness.Words) string {
	if lang != text.English {
		return claim
	}
	ws := text.Words(claim)
	for i := 0; i+2 < len(ws); i++ {
		switch strings.ToLower(ws[i+1].Text) {
		case "the", "a", "an":
		default:
			continue
		}
		noun := text.Fold(ws[i+2].Text)
		if !pastLightVerbs[text.Fold(ws[i].Text)] || len(noun) < minDerivedLetters || !isContent(noun) {
			continue
		}
		if verb := actVerb(noun, ss, rel()); verb != "" {
			// One rewrite at a time: the words after it have moved.
			return withActVerbs(claim[:ws[i].Start]+verb+claim[ws[i+2].End:], lang, ss, rel)
		}
	}
	return claim
}

// actVerb returns the word of an English sentence of ss that is noun's
// verb in the past (see withActVerbs), "" for none.
func actVerb(noun string, ss []sentence, rel *relatedness.Words) string {
	for _, s := range ss {
		if s.lang != text.English {
			continue
		}
		for _, w := range text.Words(s.cite.Quote) {
			f := text.Fold(w.Text)
			if strings.HasSuffix(f, "ed") && len(f) >= minDerivedLetters && f[:minDerivedLetters] == noun[:minDerivedLetters] && !strings.HasPrefix(f, noun) && rel.Similarity(noun, f) >= minDerivedSimilarity {
				return f
			}
		}
	}
	return ""
}

// The other way round: a claim posts the act by its verb ("trump decided
// on friday") where the articles tell it with a light verb ("Trump made
// the decision on Friday"). An English claim's verb in the past is checked
// as the light verb and act of a retrieved sentence whose noun is the
// verb's by the same test (minDerivedLetters first letters shared,
// minDerivedSimilarity close, not the verb itself).

// withActNouns returns claim, in language lang, with each past verb
// ("decided") written as a retrieved English sentence's light verb and
// act ("made the decision"); claim itself when it has none or no sentence
// writes one. Verbs of reporting are left as they are.
func withActNouns(claim string, lang text.Lang, ss []sentence, rel func() *relatedness.Words) string {
	if lang != text.English {
		return claim
	}
	acts := lightActs(ss)
	if len(acts) == 0 {
		return claim
	}
	var b strings.Builder
	last := 0
	for _, w := range text.Words(claim) {
		verb := text.Fold(w.Text)
		// A verb of reporting ("announced") stays: who announced is
		// read from it (see announcers).
		if !strings.HasSuffix(verb, "ed") || len(verb) < minDerivedLetters || !isContent(verb) || relatedness.Reports(verb) {
			continue
		}
		for _, a := range acts {
			if a.noun[:minDerivedLetters] == verb[:minDerivedLetters] && !strings.HasPrefix(verb, a.noun) && rel().Similarity(a.noun, verb) >= minDerivedSimilarity {
				b.WriteString(claim[last:w.Start])
				b.WriteString(a.phrase)
				last = w.End
				break
			}
		}
	}
	if last == 0 {
		return claim
	}
	b.WriteString(claim[last:])
	return b.String()
}

// lightAct is a light verb and its act as a sentence writes them ("made
// the decision") and the act's noun, folded.
type lightAct struct{ phrase, noun string }

// lightActs returns the light verbs in the past with a determiner and an
// act (see pastLightVerbs) that the English sentences of ss write, in
// their order.
func lightActs(ss []sentence) []lightAct {
	var out []lightAct
	for _, s := range ss {
		if s.lang != text.English {
			continue
		}
		ws := text.Words(s.cite.Quote)
		for i := 0; i+2 < len(ws); i++ {
			if !pastLightVerbs[text.Fold(ws[i].Text)] {
				continue
			}
			switch strings.ToLower(ws[i+1].Text) {
			case "the", "a", "an":
			default:
				continue
			}
			if noun := text.Fold(ws[i+2].Text); len(noun) >= minDerivedLetters {
				out = append(out, lightAct{s.cite.Quote[ws[i].Start:ws[i+2].End], noun})
			}
		}
	}
	return out
}
