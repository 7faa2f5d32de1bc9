package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// The asked thing. A question that ends in a noun phrase opened by an
// article asks about what that phrase names, and an English noun phrase's
// last word is its head: "recommend me a good book" asks for a book, "who
// will win the world cup" about a cup, not the world. When the articles
// never use the head word, a sentence sharing the phrase's modifier ("the
// world's burgeoning migration crises") or another word of the question
// ("recommended ditching the negotiations") speaks of something else; the
// coverage gate (minCoverage) lets it through when those words carry much
// of the question's weight, and the absent-fact gate (maxUnmatchedKey)
// when the head carries less than its share. The chosen sentence must then
// hold a word within minAttributeRelated of the head, as for the asked
// attribute (attribute.go), which reads the other shapes of a noun phrase
// ("the N of X", "X's N").

// askedThing returns the head of the noun phrase that ends q after an
// article (lowercase), or "" when q ends otherwise:
//
//	recommend me a good book     → book
//	who will win the world cup   → cup
//	who overruled haley          → "" (no article)
//	how did the meeting end      → end (the articles have "ended": no thing absent)
func askedThing(q string) string {
	ws := questionWords(q)
	content := func(w string) bool { return !text.IsStopWord(text.English, w) && !text.IsDigits(w) }
	j := len(ws)
	for j > 0 && content(ws[j-1]) {
		j--
	}
	if j == len(ws) || j == 0 || !articles[ws[j-1]] {
		return ""
	}
	if j >= 2 && auxiliaries[ws[j-2]] && !copulas[ws[j-2]] {
		// "what does the compact cover": after "does" the phrase is the
		// subject, and the last word its verb.
		return ""
	}
	head := ws[len(ws)-1]
	if _, ok := classNouns[head]; ok {
		return "" // "which is the country": a name of its kind answers (attribute.go)
	}
	if placeholderNouns[head] {
		return "" // "whats the latest on the compact stuff"
	}
	return head
}

// placeholderNouns are the nouns that stand for whatever the phrase's
// other words name ("the compact stuff", "the mexico thing"): a closed
// class, which retrieval also reads as no topic ("thing", "things").
var placeholderNouns = map[string]bool{"stuff": true, "thing": true, "things": true}

// nameNoun is the noun that asks for a name itself ("what is the
// secretary's name"): a sentence holding a name the question does not give
// says it, as "on Saturday" says the day asked for (qterm.answers).
const nameNoun = "name"

// lacksThing reports whether the question asks about a thing (askedThing)
// that the articles never name by its word, and the best sentence has no
// word within minAttributeRelated of it. A word the articles use is left
// to the other gates (it may be said there in another sense), and so is a
// name, a number, and a line of the header about the article.
func (e *Extractive) lacksThing(own string, terms []qterm, best sentence, soft softMatcher) bool {
	thing := askedThing(own)
	if thing == "" || e.aboutArticle(best) {
		return false
	}
	if thing == nameNoun && hasKind(kindPerson, best.text, askedWords(own)) {
		return false // "whats the attorney generals name": a name says it
	}
	for i, t := range terms {
		if t.Name || t.Number || t.borrowed || !strings.EqualFold(t.Word, thing) {
			continue
		}
		if e.ix.Known(t.Stem) || soft.v == nil {
			return false // without vectors nothing is refused for them
		}
		for w := range best.words {
			// The modifier of the phrase is no word for its head
			// ("world" of "the world cup", ownwords.go).
			if !isOtherTerm(terms, i, w) && soft.similarity(t.Word, w) >= minAttributeRelated {
				return false
			}
		}
		return true
	}
	return false
}
