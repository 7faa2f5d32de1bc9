package answer

import "github.com/footnote-bot/footnote"

// abroadAnswer answers a question no passage of its language answers from
// the versions pages in other languages give (see versions: for now the
// day of an act, which they tell in a weekday or a date the calendar
// table reads in every language): "Quel jour la Pologne a-t-elle dit
// qu'elle ne soutiendrait pas le pacte ?" over English reports only. Two
// or more versions are shown as sources that differ; one is quoted with
// the outlets that agree.
func (e *Extractive) abroadAnswer(ans footnote.Answer, vs []answerVersion, labels map[string]string) footnote.Answer {
	if len(vs) > 1 {
		return e.differ(ans, vs, labels)
	}
	v := vs[0]
	n := min(len(v.sents), maxAlso+1)
	cited, copies := splitCopies(v.sents[:1], v.sents[1:n])
	ag := agreement{cited: cited, named: append(copies, v.docs[n:]...)}
	ans.Citations = append(ans.Citations, e.citation(v.s.doc, v.s.n, v.s.text))
	e.citeAgreeing(&ans, ag)
	return e.finish(ans, withAlso(cite(v.s.text, labels[v.s.doc], v.s.n), e.alsoText(ag, labels)))
}

// regionKnown reports whether the articles name the country of region
// code (see qterm.region) by one of its names in the coverage's
// languages, every word of it known: a question may name a country in
// its language ("Pologne", "Polen") that the articles write only in
// theirs ("Poland"); it is not then a name the articles never mention.
func (e *Extractive) regionKnown(code string) bool {
	if code == "" {
		return false
	}
	for _, n := range e.places().NamesOf(code) {
		known := true
		for _, st := range e.ix.StemsIn("", n) {
			known = known && e.ix.Known(st)
		}
		if known && len(e.ix.StemsIn("", n)) > 0 {
			return true
		}
	}
	return false
}
