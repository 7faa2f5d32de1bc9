package answer

import (
	"strconv"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
	"github.com/footnote-bot/footnote/timeline"
)

// The value a sentence gives of a count asked for ("How many countries
// adopted the compact in Marrakech?"): its numbers of the thing counted
// ("164 Governments", "almost 160 countries") that stand near a word of
// what was asked ("adopted", "Marrakech") and are not dated to a year
// before the report ("In September 2016, all 193 member states adopted a
// declaration" is another event). Other numbers of the sentence ("the 258
// million people on the move", "12 countries abstaining" in a sentence
// about another vote) are not versions of the count.
const (
	// actionSpan is how many words from a counted number a word of the
	// question (other than the counted noun) must stand for the number to
	// count what was asked ("adopted … by leading representatives from
	// 164 Governments"): wider takes counts of other acts of the same
	// sentence ("… and 12 countries abstaining") for versions, narrower
	// misses counts in long passive sentences.
	actionSpan = 8
	// pastSpan is how many words from a counted number a year may stand
	// to date it ("In September 2016, all 193 member states"): wider dates
	// numbers by the years of other clauses.
	pastSpan = 6
	// countedRelated is the cosine from which a word after a number is
	// taken for the counted noun in a version ("Governments", "states",
	// "nations" for "countries"): lower takes merely topical words
	// ("people", "ways") for the thing counted, higher misses synonyms.
	// It is stricter than minRelated, which lets a sentence answer.
	countedRelated = 0.75
	// actionRelated is the cosine from which a word near a counted number
	// is taken for a word of the asked action ("approved", 0.70 to
	// "adopted"): lower takes words of no meaning of their own
	// ("following", 0.63) for it, higher misses synonyms.
	actionRelated = 0.65
)

// countAsk is what a "how many" question counts, read once to judge the
// candidate sentences.
type countAsk struct {
	lang, noun, stem string
	asked            map[string]bool
	soft             softMatcher
	// action are the question's own terms but the counted noun: what the
	// number must be a count of.
	action []qterm
	// year is the newest publication year of the passages' articles, the
	// year an undated article is read as reporting in; 0 when none is
	// dated.
	year int
}

// newCountAsk reads what question own counts (see countedNoun); false when
// it counts nothing it names.
func (e *Extractive) newCountAsk(own string, asked map[string]bool, bar answerBar, passages []footnote.Passage) (countAsk, bool) {
	noun := countedNoun(own)
	if noun == "" {
		noun = countPhrase(own)
	}
	if noun == "" {
		return countAsk{}, false
	}
	ca := countAsk{noun: noun, asked: asked, lang: e.ix.QuestionLanguage(own), soft: bar.soft}
	if st := e.ix.StemsIn(ca.lang, noun); len(st) == 1 {
		ca.stem = st[0]
	}
	ref := eventWords(own)
	for _, t := range bar.terms {
		if bar.ownStems[t.Stem] && t.Stem != ca.stem && t.Word != noun && !ref[strings.ToLower(t.Word)] {
			ca.action = append(ca.action, t)
		}
	}
	ca.year = e.newestYear(passages)
	return ca, true
}

// newestYear returns the newest publication year of the passages'
// articles, the year an undated article is read as reporting in; 0 when
// none is dated.
func (e *Extractive) newestYear(passages []footnote.Passage) int {
	year := 0
	for _, p := range passages {
		if pub := e.article(p.Doc).Published; !pub.IsZero() && pub.Year() > year {
			year = pub.Year()
		}
	}
	return year
}

// reportYear returns the year the article doc reports in: its
// publication year, or newest (see newestYear) when it is undated.
func (e *Extractive) reportYear(doc string, newest int) int {
	if pub := e.article(doc).Published; !pub.IsZero() {
		return pub.Year()
	}
	return newest
}

// countValue returns the value sentence s gives of the count asked, its
// counted numbers folded and joined, or "" when it gives none. A sentence
// in another language than the question's is not judged word by word: its
// value is its numbers (see valueOf).
func (e *Extractive) countValue(ca countAsk, s sentence) string {
	a := e.article(s.doc)
	if a.Language != "" && ca.lang != "" && a.Language != ca.lang {
		return valueOf(kindNumber, s.text, ca.asked)
	}
	year := e.reportYear(s.doc, ca.year)
	toks := text.Tokens(s.text)
	// Only the words of the noun phrase after a number are what it counts
	// ("258 million people on the move", not "move").
	ends := func(w string) bool { return text.IsStopWord(text.English, w) }
	related := func(w string) bool { return !ends(w) && ca.soft.similarity(ca.noun, w) >= countedRelated }
	var nums []string
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if ca.asked[strings.ToLower(t.Text)] || isYear(t.Text) || !e.countedAt(a.Language, toks, i, ca.noun, ca.stem, related, ends) {
			continue
		}
		n, frac := countNumber(s.text, toks, i)
		if e.nearAction(ca, a.Language, toks, i) && !countedBefore(s.text, toks, i, year) {
			nums = append(nums, n)
		}
		if frac {
			i++ // "22.5": its fraction is no count of its own
		}
	}
	return strings.Join(nums, " ")
}

// countNumber returns the number token i of toks (tokens of s) opens, in
// digits ("five" → "5", so that "five countries" and "5 countries" are one
// version), with its fraction when a full stop and digits follow ("22.5",
// which Tokens cuts in two), and whether it took the fraction.
func countNumber(s string, toks []text.Token, i int) (string, bool) {
	n, ok := numberValue(toks[i].Text)
	if !ok {
		n = text.Fold(toks[i].Text)
	}
	if text.IsDigits(toks[i].Text) && i+1 < len(toks) && text.IsDigits(toks[i+1].Text) && s[toks[i].End:toks[i+1].Start] == "." {
		return n + "." + toks[i+1].Text, true
	}
	return n, false
}

// nearAction reports whether a word of the question's action, or one
// related in meaning ("approved" for "adopted"), stands within actionSpan
// words of token i (of toks, text of language code). A question whose
// words are all the counted noun asks about nothing else: every count of
// it is of what was asked.
func (e *Extractive) nearAction(ca countAsk, code string, toks []text.Token, i int) bool {
	return e.nearTerms(ca.action, &ca.soft, actionRelated, code, toks, i)
}

// nearTerms reports whether one of terms, or a word related in meaning,
// stands within actionSpan words of token i of toks, text of language code
// (see saysAny); true when there are no terms.
func (e *Extractive) nearTerms(terms []qterm, soft *softMatcher, minCos float64, code string, toks []text.Token, i int) bool {
	if len(terms) == 0 {
		return true
	}
	return e.saysAny(terms, soft, minCos, code, toks[max(0, i-actionSpan):i]) ||
		e.saysAny(terms, soft, minCos, code, toks[i+1:min(len(toks), i+actionSpan+1)])
}

// saysAny reports whether one of toks (text of language code, stemmed in
// it as the index stemmed the article) is one of the question's terms (its
// stem or a near miss) or, with soft (nil for none), for a term that is
// not a name, a word related in meaning (see actionRelated) that is not a
// stop word.
func (e *Extractive) saysAny(terms []qterm, soft *softMatcher, minCos float64, code string, toks []text.Token) bool {
	for _, tok := range toks {
		stems := map[string]bool{}
		for _, st := range e.words.of(e.ix, code, tok.Text) {
			stems[st] = true
		}
		low := strings.ToLower(tok.Text)
		function := text.IsStopWord(text.English, low)
		for _, t := range terms {
			if matchIn(t, stems) > 0 || (soft != nil && !t.Name && !function && soft.similarity(t.Word, low) >= minCos) {
				return true
			}
		}
	}
	return false
}

// datedBefore reports whether a year before year stands within pastSpan
// words of token i: the number is of an earlier time than the report. It
// is false when year is 0 (the report's year is unknown).
func datedBefore(toks []text.Token, i, year int) bool {
	if year == 0 {
		return false
	}
	for j := max(0, i-pastSpan); j < min(len(toks), i+pastSpan+1); j++ {
		if y, err := strconv.Atoi(toks[j].Text); err == nil && isYear(toks[j].Text) && y < year {
			return true
		}
	}
	return false
}

// countedBefore reports whether the number at token i of toks (tokens of
// s) counts something at an earlier time than its report (year, 0 when
// unknown): dated by a year before it (datedBefore), or by the year before
// the report told relative to it, "last year", "l'année dernière", "el año
// pasado" (timeline.LastYear), within pastSpan words. "Ce pacte, également
// connu comme la déclaration de New York, a été adopté l'année dernière par
// 193 pays" counts the 2016 declaration's states, not the compact's. The
// words are read from the text, not the tokens, which drop what follows an
// elision's apostrophe ("l'année"). Times don't read it: "in December last
// year" is a time of the act asked.
func countedBefore(s string, toks []text.Token, i, year int) bool {
	if datedBefore(toks, i, year) {
		return true
	}
	from, to := toks[max(0, i-pastSpan)].Start, toks[min(len(toks)-1, i+pastSpan)].End
	var prev string
	for w := range text.AllWords(s[from:to]) {
		if timeline.LastYear(prev, w.Text) {
			return true
		}
		prev = w.Text
	}
	return false
}
