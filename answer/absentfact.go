package answer

import "github.com/footnote-bot/footnote"

// maxUnmatchedKey is the largest share of the question's weight that one
// of its own words (no name, no number) may carry while the best sentence
// neither holds it, nor has it in its context, nor holds a word related to
// it (see softMatcher): an out-of-scope question often uses only words the
// articles use but the one that says what is asked ("did Trump ever
// rejoin the talks?", "what did Guterres reply to the United States?").
// Lower refuses more questions whose main word the answer words another
// way (false refusals); higher answers more questions about a fact the
// articles do not give. Swept on the tune sets and probe (0.3 to 0.5, in
// notes/answering.md): 0.4 refuses two more out-of-scope
// questions and no answerable one; 0.35 refuses a right answer.
const maxUnmatchedKey = 0.4

// asksAbsentFact reports whether the question asks for a fact the best
// sentence does not give: one of its own words, carrying more than
// maxUnmatchedKey of its weight, is unmatched there (see maxUnmatchedKey).
// A sentence that holds an answer of the kind asked for (a date for
// "when", a number for "how many", a place for "where": the kinds hasKind
// finds reliably) gives it, whatever the words; so does a line of the
// article's header about the article itself, which a question words its
// own way ("link to the original?"). A word the articles lack but spelt
// within an edit or two of one of theirs (see nearestSpelling) may be that
// word misspelt as another English word ("minster" for "minister"): it is
// no sign of an absent fact. A word of leaving is held by a sentence that
// says leaving in another word of its class (saysLeavingFor).
func (e *Extractive) asksAbsentFact(terms []qterm, total float64, ownStems map[string]bool, best sentence, soft softMatcher, want kind, asked map[string]bool, passages []footnote.Passage) bool {
	if e.aboutArticle(best) || gatedKinds[want] && hasKind(want, best.text, asked) {
		return false
	}
	for _, t := range terms {
		if t.Name || t.Number || !ownStems[t.Stem] || t.w <= maxUnmatchedKey*total {
			continue
		}
		if own, ctx, related, _ := coverOf([]qterm{t}, best, soft); own+ctx+related > 0 || saysLeavingFor(t.Word, best.words) {
			continue
		}
		if e.ix.Known(t.Stem) {
			return true // the articles' own word, elsewhere than the answer
		}
		if _, misspelt := e.nearestSpelling(t.Word, passages); !misspelt {
			return true
		}
	}
	return false
}

// aboutArticle reports whether s is a line of its article's header that
// is about the article rather than the news it reports (byline, author's
// note, dateline, link); the headline and the dek report the news.
func (e *Extractive) aboutArticle(s sentence) bool {
	if s.n != 0 {
		return false
	}
	for _, l := range e.article(s.doc).Header() {
		if l.Text == s.text {
			return l.Field != footnote.FieldTitle && l.Field != footnote.FieldDek
		}
	}
	return false
}
