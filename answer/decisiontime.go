package answer

// A time stands by the verb of its clause (predicate.go), and a verb of
// decision or intention tells when the decision was taken, not when what
// was decided was done: "On Friday, President Trump decided that the
// United States would boycott this week's conference" says when Trump
// decided, not when the US told the UN it was leaving (Saturday, the
// other outlets say). The vectors can't tell them apart ("leaving" is at
// 0.74 to "decided", above minRelated), so a time whose predicate is one
// of these verbs is of the act asked only when the question asks about a
// decision itself ("On what day did Trump decide to opt out …?").

// decisionPast are the past forms of the English verbs of decision and
// intention with their base forms: a closed class of verbs that frame the
// act they govern (the framing verbs the model-answer check reads, see
// llm/agree.go). "Opted" is left out: "opted out" tells the act itself.
var decisionPast = map[string]string{
	"decided": "decide", "wanted": "want", "aimed": "aim", "sought": "seek", "planned": "plan",
	"intended": "intend", "hoped": "hope", "tried": "try", "wished": "wish",
}

// decisionNotAsked reports whether verb (a sentence's past verb, as
// written) is a verb of decision or intention (see decisionPast) while
// none of the question's verbs (ta.verbs, lowercased) is one: a time it
// governs is of the decision, not of the act asked.
func decisionNotAsked(ta timeAsk, verb string) bool {
	base, ok := decisionPast[verb]
	if !ok {
		return false
	}
	for _, v := range ta.verbs {
		if v == base || decisionPast[v] != "" || v == base+"s" {
			return false
		}
	}
	return true
}
