package answer

import (
	"strings"
	"unicode"

	"github.com/footnote-bot/footnote/intent"
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
	// action are the question's own terms but its class noun ("day":
	// "a day dominated by…" is no act) and the words of the events it
	// dates its act by: what the time must be of. They are matched by their stems, not by related words: the words
	// of a time's clause are few, and the vectors relate light verbs
	// ("make", "take") that tell of other acts.
	action []qterm
	// act are the terms of action that are not names: the act itself
	// rather than its actors. Another outlet's time is a version only
	// when it stands next to one of them or a word related in meaning
	// ("approved" for "adopt"): the actors are named in the clauses of
	// other acts too ("during Lajčák's term as President of the General
	// Assembly, earlier this year" for when the General Assembly endorsed
	// the compact).
	act  []qterm
	soft softMatcher
	// year is the newest publication year of the passages' articles (see
	// newestYear): another outlet's time dated to a year before its
	// report's ("In September 2016, all 193 member states adopted a
	// declaration" in a 2018 story) is of another event, as for a count.
	year int
	// event are the terms of the events the question dates its act by
	// (see eventWords): a time next to one of them is the event's
	// ("approved by acclamation at a conference in Marrakech earlier this
	// month"), not the act's.
	event []qterm
}

// ofAct reports whether the time at token i may be of the act asked
// about: after the sentence's dateline (which starts at byte from), next
// to a word of terms, and not next to a word of the events the question
// dates the act by. toks are the tokens of a sentence of language code.
func (e *Extractive) ofAct(ta timeAsk, terms []qterm, soft *softMatcher, code string, toks []text.Token, from, i int) bool {
	if toks[i].Start < from || !e.nearTerms(terms, soft, minRelated, code, toks, i) {
		return false
	}
	return len(ta.event) == 0 || !e.nearTerms(ta.event, nil, 0, code, toks, i)
}

// newTimeAsk reads what question own asks the time of.
func (e *Extractive) newTimeAsk(own string, asked map[string]bool, bar answerBar) timeAsk {
	ta := timeAsk{lang: e.ix.QuestionLanguage(own), asked: asked}
	ref := eventWords(own)
	for _, t := range bar.terms {
		if ref[strings.ToLower(t.Word)] {
			ta.event = append(ta.event, t)
		}
		if bar.ownStems[t.Stem] && !ref[strings.ToLower(t.Word)] && t.answers == kindAny {
			ta.action = append(ta.action, t)
			if !t.Name {
				ta.act = append(ta.act, t)
			}
		}
	}
	ta.soft = bar.soft
	return ta
}

// eventWords returns the lowercased words of the events question own
// dates its act by ("after the Marrakech conference", see intent.Events):
// a time or a count next to them is the event's ("approved … at a
// conference in Marrakech earlier this month"), not one of the act asked
// about.
func eventWords(own string) map[string]bool {
	out := map[string]bool{}
	for _, ev := range intent.Events(own) {
		for _, w := range text.Words(ev) {
			out[strings.ToLower(w.Text)] = true
		}
	}
	return out
}

// timeValue returns the value sentence s gives of the time asked, folded,
// or "" when it gives none. A sentence in another language than the
// question's is not judged word by word (see valueOf).
func (e *Extractive) timeValue(ta timeAsk, s sentence) string {
	code := e.article(s.doc).Language
	if code != "" && ta.lang != "" && code != ta.lang {
		return valueOf(kindTime, s.text, ta.asked)
	}
	toks := text.Tokens(s.text)
	from := datelineEnd(s.text)
	return valueAt(kindTime, toks, ta.asked, func(i int) bool {
		return e.ofAct(ta, ta.action, nil, code, toks, from, i)
	})
}

// rivalTimeValue is timeValue for another outlet's sentence than the
// chosen one: its time must stand next to a word of the act (see
// timeAsk.act), when the question has one.
func (e *Extractive) rivalTimeValue(ta timeAsk, s sentence) string {
	if len(ta.act) == 0 {
		return e.timeValue(ta, s)
	}
	code := e.article(s.doc).Language
	if code != "" && ta.lang != "" && code != ta.lang {
		return e.timeValue(ta, s)
	}
	toks := text.Tokens(s.text)
	from := datelineEnd(s.text)
	year := e.reportYear(s.doc, ta.year)
	return valueAt(kindTime, toks, ta.asked, func(i int) bool {
		return e.ofAct(ta, ta.act, &ta.soft, code, toks, from, i) && !datedBefore(toks, i, year)
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
