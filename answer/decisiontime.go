package answer

import (
	"maps"
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A time stands by the verb of its clause (predicate.go), and a verb of
// decision or intention tells when the decision was taken, not when what
// was decided was done: "On Friday, President Trump decided that the
// United States would boycott this week's conference" says when Trump
// decided, not when the US told the UN it was leaving (Saturday, the
// other outlets say). The vectors can't tell them apart ("leaving" is at
// 0.74 to "decided", above minRelated), so a time whose predicate is one
// of these verbs is of the act asked only when the question asks about a
// decision itself ("On what day did Trump decide to opt out …?").

// decisionNouns are the nouns of the verbs of decision and intention
// (relatedness.FramingPast) that a light verb takes ("Trump made the
// decision on Friday", "took the decision"): the act is the noun's (see
// lightverb.go).
var decisionNouns = map[string]bool{"decision": true, "decisions": true, "plan": true, "plans": true, "intention": true, "intentions": true}

// decisionNotAsked reports whether the past verb at token verb of toks,
// the predicate of the time at token i, tells of a decision (a verb of
// decision or intention, see relatedness.FramingPast, or a light verb whose object
// before the time is a noun of one, see decisionNouns) while the
// question (its words ta.asked and verbs ta.verbs, lowercased) asks of
// none: the time is of the decision, not of the act asked.
func decisionNotAsked(ta timeAsk, toks []text.Token, verb, i int) bool {
	w := toks[verb].Text
	_, decides := relatedness.FramingPast(w)
	if !decides && isLightVerb(w) && verb < i {
		for _, t := range toks[verb+1 : i] {
			decides = decides || decisionNouns[strings.ToLower(t.Text)]
		}
	}
	if !decides {
		return false
	}
	return !slices.ContainsFunc(ta.verbs, isDecisionWord) && !slices.ContainsFunc(slices.Collect(maps.Keys(ta.asked)), isDecisionWord)
}

// isDecisionWord reports whether lowercased word w is a form of a verb of
// decision or intention (relatedness.IsFraming) or a noun of one.
func isDecisionWord(w string) bool { return relatedness.IsFraming(w) || decisionNouns[w] }
