package answer

import (
	"strings"
	"unicode"

	"github.com/footnote-bot/footnote/text"
)

// The value a sentence gives of a time asked for ("When was the compact
// adopted in Marrakech?"): its days, months and relative times (see
// valueAt) that stand near a word of what was asked ("adopted on Monday"),
// not those of its dateline ("MARRAKECH, Morocco, 11 December —" dates the
// report) nor of another act of the sentence.

// datelineLen is how far into a sentence (in bytes) its dateline may end:
// longer takes an opening clause for a dateline.
const datelineLen = 60

// timeAsk is what a "when" question asks the time of, read once to judge
// the candidate sentences.
type timeAsk struct {
	lang  string
	asked map[string]bool
	// action are the question's own terms: what the time must be of.
	// They are matched by their stems, not by related words: the words
	// of a time's clause are few, and the vectors relate light verbs
	// ("make", "take") that tell of other acts.
	action []qterm
}

// newTimeAsk reads what question own asks the time of.
func (e *Extractive) newTimeAsk(own string, asked map[string]bool, bar answerBar) timeAsk {
	ta := timeAsk{lang: e.ix.QuestionLanguage(own), asked: asked}
	for _, t := range bar.terms {
		if bar.ownStems[t.Stem] {
			ta.action = append(ta.action, t)
		}
	}
	return ta
}

// timeValue returns the value sentence s gives of the time asked, folded,
// or "" when it gives none. A sentence in another language than the
// question's is not judged word by word (see valueOf).
func (e *Extractive) timeValue(ta timeAsk, s sentence) string {
	if code := e.article(s.doc).Language; code != "" && ta.lang != "" && code != ta.lang {
		return valueOf(kindTime, s.text, ta.asked)
	}
	toks := text.Tokens(s.text)
	from := datelineEnd(s.text)
	return valueAt(kindTime, toks, ta.asked, func(i int) bool {
		return toks[i].Start >= from && e.nearTerms(ta.action, nil, toks, i)
	})
}

// datelineMarks end a dateline: a dash, a colon or the opening of an
// agency's name ("UNITED NATIONS, Dec. 3 (Xinhua) --"); U+FFFD stands for
// a dash a page's encoding lost.
var datelineMarks = []string{"—", "–", " -- ", " - ", ":", "(", "\uFFFD"}

// datelineEnd returns the byte offset where the dateline that opens s
// ends ("December 4, 2017: Yesterday…", "MARRAKECH, Morocco, 11 December
// — The…"), or 0 when s opens with none: a dateline is a place or a date,
// with no word in lower case, ended within datelineLen bytes by one of
// datelineMarks.
func datelineEnd(s string) int {
	head := s[:min(len(s), datelineLen)]
	end := -1
	for _, m := range datelineMarks {
		if i := strings.Index(head, m); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
	if end < 0 {
		return 0
	}
	for _, w := range text.Words(s[:end]) {
		if r := []rune(w.Text)[0]; unicode.IsLower(r) {
			return 0
		}
	}
	return end
}
