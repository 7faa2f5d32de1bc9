package answer

// pickArticleDate chooses again, for a "when" question that the sentences its
// words chose cannot answer, among the lines of the articles' headers about
// the article itself (aboutArticle: byline, dateline, author's note, link)
// that hold a time. The lines about an article are one record of it: the
// words of "when was this written" reach the byline ("written" is a word
// of asking for it), which holds no date, while the dateline of the same
// header does. Every gate judges the line it chooses as before, so it only
// answers a question that would be refused, and only from a header. Only
// the time: a header's numbers are its dates, and its places are in the
// author's note ("a staff writer at Foreign Policy"), which says where the
// author worked rather than where anything happened.
func (e *Extractive) pickArticleDate(pp *partAsk) ([]sentence, bool) {
	if pp.want != kindTime {
		return nil, false
	}
	held, anyHeld := make([]bool, len(pp.cands)), false
	for i, s := range pp.cands {
		held[i] = (pp.held[i] || !pp.anyHeld) && e.aboutArticle(s) && hasKind(pp.want, s.text, pp.asked)
		anyHeld = anyHeld || held[i]
	}
	if !anyHeld {
		return nil, false
	}
	k := *pp
	k.held, k.anyHeld = held, true
	return e.pickPartWith(&k, false)
}
