// Package claimcheck tells whether a claim someone posted is what the
// coverage says: supported, contradicted, disputed (the coverage says both)
// or not covered, with the passages that decide it quoted.
package claimcheck

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/llm"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
	"github.com/footnote-bot/footnote/timeline"
)

// Verdict is what the coverage says of a claim.
type Verdict string

// The verdicts.
const (
	Supported    Verdict = "supported"
	Contradicted Verdict = "contradicted"
	Disputed     Verdict = "disputed"
	NotCovered   Verdict = "not_covered"
)

// Result is a checked claim.
type Result struct {
	Claim   string  `json:"claim"`
	Verdict Verdict `json:"verdict"`
	// Citations are the passages that decide the verdict: the supporting
	// one, the one that says otherwise, or both for a disputed claim; the
	// closest passage for a claim the coverage does not cover.
	Citations []footnote.Citation `json:"citations"`
	// Explanation says why, quoting the coverage.
	Explanation string `json:"explanation"`
}

// DefaultK is how many passages a claim is checked against: more finds a
// passage that says otherwise further down, fewer answers faster.
const DefaultK = 8

// Checker checks claims against an indexed coverage.
type Checker struct {
	r     footnote.Retriever
	paras footnote.Paragraphs
	langs *text.Detector
	// vectors loads the word vectors once, when a claim first needs
	// them (see related.go).
	vectors func() (*retrieval.Vectors, error)
	// K is how many passages are retrieved per claim.
	K int
}

// New returns a Checker that retrieves passages from r and reads their
// paragraphs from paras (and the articles' languages, when paras is a
// footnote.Library).
func New(r footnote.Retriever, paras footnote.Paragraphs) *Checker {
	return &Checker{r: r, paras: paras, langs: text.NewDetector(), vectors: sync.OnceValues(retrieval.LoadVectors), K: DefaultK}
}

// Check checks claim. A claim is supported only when the check every model
// answer gets finds a quote that supports it; contradicted when a passage
// on the same subject turns it around, affirms what it denies, or gives a
// different number, date or length of time, or dates the same event to
// another day; disputed when both hold (or passages give the claim's
// number, or its day, and another).
func (c *Checker) Check(ctx context.Context, claim string) (Result, error) {
	claim = strings.TrimSpace(claim)
	res := Result{Claim: claim, Citations: []footnote.Citation{}}
	// Fillers ("ended up") are set aside: the check holds a claim to its
	// every word.
	plain := plainClaim(claim)
	lang := claimLanguage(c.langs, plain)
	passages, err := c.passages(ctx, plain, lang)
	if err != nil {
		return res, fmt.Errorf("check claim: %w", err)
	}
	langOf := c.languageOf()
	ss := sentences(passages, c.paras, langOf)
	// "the us", posted in lower case, is the US (recase.go).
	plain = initialismsCased(plain, lang, ss)
	// "made the decision" is checked as the sentences' "decided", and
	// "decided" as their "made the decision".
	plain = withActNouns(withActVerbs(plain, lang, ss, c.relatedWords), lang, ss, c.relatedWords)
	// Each article's dater is made once, for all the day comparisons.
	daterOf := c.daters(langOf)
	cc := llm.CheckClaim(recased(plain), passages, c.paras)
	var sup, against footnote.Citation
	// turned is the claim's word whose opposite the sentence against
	// it holds in its place, if any (antonym.go).
	var turned string
	supported, contradicted := cc.Support != nil, cc.Opposite != nil
	switch {
	case supported:
		sup = *cc.Support
		// What the claim names must be in the supporting paragraph,
		// and the rest of its words in the coverage: else the sentence
		// is about something else, and neither supports nor
		// contradicts it. One that turns the claim's stance around
		// ("stay" against "pull out") says the opposite; so does one
		// that gives another number or length of time ("three-day"
		// for "two weeks").
		backed, err := c.backed(ctx, plain, lang, sup, langOf(sup.Doc), ss)
		switch {
		case err != nil:
			return res, fmt.Errorf("check claim: %w", err)
		case !backed:
			supported = false
		case turnedAround(plain, sup.Quote, lang) || differs(quantities(plain, lang), quantities(sup.Quote, langOf(sup.Doc))) || c.glossTurned(plain, lang, sup, langOf(sup.Doc)) ||
			opposedIn(plain, lang, sentenceOf(sup, langOf(sup.Doc)), c.relatedWords()) != "" || polarityTurned(plain, sup.Quote) != "":
			supported, contradicted, against = false, true, sup
		case !predicateHeld(plain, knownNames(wordsOf(plain, lang), ss), lang, sentenceOf(sup, langOf(sup.Doc)), c.relatedWords):
			// The sentence says something else of the claim's names.
			supported = false
		case actorsSwapped(namesCapitalised(plain, knownNames(wordsOf(plain, lang), ss).names), lang, sup, c.paras):
			// The claim's names, posted in lower case, stand on the
			// other side of its verb (actorcase.go).
			supported = false
		case lang == text.English && possessorOnly(namesCapitalised(plain, knownNames(wordsOf(plain, lang), ss).names), sup.Quote, c.relatedWords()):
			// The claim's subject only owns something in the sentence
			// (possessor.go).
			supported = false
		case universalMissing(plain, lang, sup.Quote):
			// The claim says of all what the sentence says of some
			// (universal.go).
			supported = false
		case exclusiveMissing(plain, lang, sup.Quote):
			// The claim says of one alone what the sentence says of
			// one (universal.go).
			supported = false
		case lang == text.English && !isNegated(plain) && mainNegated(plain, sup.Quote):
			// The sentence denies, in the claim's clause, what the
			// claim affirms (inword.go).
			supported = false
		case unsureIn(plain, lang, sentenceOf(sup, langOf(sup.Doc)), c.relatedWords()) != "":
			// The word in the place of a claim's word may say its
			// opposite (antonym.go).
			supported = false
		case leavesAgainstStay(plain, sup.Quote) || stanceMissing(plain, sup.Quote) || endingMissing(plain, sup.Quote) || refusesOtherAct(plain, sup.Quote):
			supported = false
		}
	case contradicted:
		against = *cc.Opposite
		// The model-answer check finds the claim without its negation
		// in the sentence on half its words; the sentence must affirm
		// what the claim denies, about the same thing.
		if d, ok := denied(plain, lang, ss); ok && !d.affirmedBy(lang, sentenceOf(against, langOf(against.Doc))) {
			contradicted = false
		}
	}
	if !supported && !contradicted {
		// A sentence that says it in nearly its words; one that says
		// so with a word of the other polarity side in the place of
		// the claim's says otherwise.
		var turnedPara footnote.Citation
		var turnedWord string
		if sup, turnedPara, supported, turnedWord, err = c.paraphrase(ctx, plain, lang, ss); err != nil {
			return res, fmt.Errorf("check claim: %w", err)
		}
		if !supported && turnedWord != "" {
			against, contradicted, turned = turnedPara, true, turnedWord
		}
	}
	if !supported && !contradicted {
		// Through the lexicon's glosses, for a claim or sentences in
		// a language written without spaces (glossed.go).
		if sup, against, supported, contradicted, err = c.glossed(ctx, plain, lang, ss); err != nil {
			return res, fmt.Errorf("check claim: %w", err)
		}
	}
	if !contradicted && !supported {
		against, contradicted = affirmation(plain, lang, ss)
	}
	if !contradicted {
		// A sentence on the same subject that turns the claim around
		// ("will not support" for "will support"); with a supporting
		// one, the sources disagree.
		against, contradicted = opposite(plain, lang, ss)
	}
	if !contradicted {
		// One that says it with a word turned into its opposite
		// ("weaken" for "enhance").
		against, turned, contradicted = antonymSentence(plain, lang, ss, c.relatedWords)
	}
	if !contradicted && !supported {
		// The claim's person took the other stance.
		against, contradicted = c.personStance(plain, lang, ss)
	}
	if !contradicted {
		// Another announcer of the same act; with a sentence that
		// backs the claim's, the outlets disagree.
		if same, other, hasSame, hasOther := announcers(plain, lang, ss); hasOther {
			against, contradicted = other, true
			if !supported && hasSame {
				sup, supported = same, true
			}
		}
	}
	if contradicted && !supported {
		// A claim about what the coverage never mentions is not
		// covered, whatever a sentence near its other words says of
		// a stance. (A number is compared only with a count of the
		// same thing, below.)
		strange, err := c.strangeWord(ctx, plain, lang, ss, turned)
		if err != nil {
			return res, fmt.Errorf("check claim: %w", err)
		}
		contradicted = !strange
	}
	if !contradicted {
		against, contradicted = contradiction(plain, lang, ss)
		// Sources that give the claim's number where others give
		// another make it disputed, not false.
		if contradicted && !supported {
			sup, supported = agreement(plain, lang, ss)
		}
	}
	if !contradicted {
		// A sentence on the same event that dates it to another day says
		// otherwise; with one that gives the claim's day, the sources
		// disagree.
		if same, other, hasSame, hasOther := datedSides(plain, lang, ss, daterOf); hasOther {
			against, contradicted = other, true
			if !supported && hasSame {
				sup, supported = same, true
			}
		}
	}
	if !contradicted {
		// The same for a claim that gives only a month.
		if same, other, hasSame, hasOther := monthSides(plain, lang, ss); hasOther {
			against, contradicted = other, true
			if !supported && hasSame {
				sup, supported = same, true
			}
		}
	}
	if !supported || !contradicted {
		// A claim that gives a day, a month or who announced is about
		// that value: sentences on its event that give the claim's and
		// another dispute it, whatever a sentence found first on its
		// subject says of a stance or a number.
		if same, other, ok := valueSides(plain, lang, ss, daterOf); ok {
			sup, against, supported, contradicted = same, other, true, true
		}
	}
	switch {
	case supported && contradicted:
		res.Verdict = Disputed
		res.Citations = append(res.Citations, sup, against)
		res.Explanation = fmt.Sprintf("The coverage disagrees. One passage says %s, another %s.", quoted(sup), quoted(against))
	case supported:
		res.Verdict = Supported
		res.Citations = append(res.Citations, sup)
		res.Explanation = "The coverage says so: " + quoted(sup) + "."
	case contradicted:
		res.Verdict = Contradicted
		res.Citations = append(res.Citations, against)
		res.Explanation = "The coverage says otherwise: " + quoted(against) + "."
	default:
		res.Verdict = NotCovered
		res.Explanation = "The coverage does not report this."
		if near, ok := closest(plain, lang, ss); ok {
			res.Citations = append(res.Citations, near)
			res.Explanation += " The closest it comes: " + quoted(near) + "."
		}
	}
	return res, nil
}

// valueSides returns, for a claim that gives a day, a month or who
// announced, a sentence on its event that gives the claim's value (and
// does not turn the claim around) and one that gives another, from the
// first of those comparisons that finds both.
func valueSides(claim string, lang text.Lang, ss []sentence, daterOf func(doc string) (timeline.Dater, bool)) (same, other footnote.Citation, ok bool) {
	sides := []func() (footnote.Citation, footnote.Citation, bool, bool){
		func() (footnote.Citation, footnote.Citation, bool, bool) {
			return datedSides(claim, lang, ss, daterOf)
		},
		func() (footnote.Citation, footnote.Citation, bool, bool) { return monthSides(claim, lang, ss) },
		func() (footnote.Citation, footnote.Citation, bool, bool) { return announcers(claim, lang, ss) },
	}
	for _, side := range sides {
		// The side that gives the claim's value must not say the
		// opposite of it ("said Tuesday that it will not support").
		same, other, hasSame, hasOther := side()
		if hasSame && hasOther && !turnedAround(claim, same.Quote, lang) && !leavesAgainstStay(claim, same.Quote) {
			return same, other, true
		}
	}
	return same, other, false
}

// relatedWords returns a comparer of words by meaning for one claim;
// without the word vectors (they failed to load) it relates nothing, and
// a claim is held to its words.
func (c *Checker) relatedWords() *relatedness.Words {
	v, err := c.vectors()
	if err != nil {
		v = nil
	}
	return relatedness.New(v)
}

// quoted writes a citation as “quote” (doc ¶N).
func quoted(c footnote.Citation) string {
	return fmt.Sprintf("“%s” (%s ¶%d)", c.Quote, c.Doc, c.Paragraph)
}
