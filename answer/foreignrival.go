package answer

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/footnote-bot/footnote/text"
)

// A sentence in another language than the question's says little of the
// question word by word ("Merkel begrüßte, dass … mehr als 150 Staaten
// … bekannt hätten" shares no stem with "How many countries backed the
// compact?"), so the bar that lets another outlet's sentence give a
// version (answerBar.rivals) never lets it. What the languages share are
// names and numbers: a sentence of another language is a rival when it
// names what the question names itself, and gives a value of the kind
// asked that can stand for what was asked (see foreignRival).

// foreignCountRatio is how far apart, as the larger over the smaller, a
// count of a sentence in another language may be from the chosen one's
// to be a version of it: the versions of one count the tune sets show
// (164 / more than 150 governments, 258 / 250 / 245 million people on the
// move, 60 / 65.6 million displaced) are within a fifth of each other,
// while a sentence naming the subject counts other things too (30
// countries opposing against 164 adopting, a day of December). Wider
// takes counts of other things for versions, narrower loses versions
// told as round figures.
const foreignCountRatio = 2.0

// foreignRival reports whether s, of an article in another language than
// lang (the question's), may give a version of a time or a count asked
// though it says too little of the question to pass the bar: the
// question names something itself (a name or a number), s holds each of
// its numbers, its article names every country the question names (by
// any of its names, "Estados Unidos", "USA" for "United States", see
// namesAbroad), and it holds the question's other names — by their stems
// or near misses ("Marrakesch" for "Marrakech"). A count may name them in
// its paragraph, which often names the place once ("dort" after "in
// Marrakesch"), since its numbers are checked against the chosen one's
// (see foreignCount); a time, which has no such check, must name them
// itself, and name a day (see foreignTime).
func (e *Extractive) foreignRival(bar answerBar, lang, own string, want kind, s sentence) bool {
	if langOrEnglish(e.article(s.doc).Language) == lang {
		return false
	}
	codes, countryWords := e.places().CountriesIn(own)
	names := len(codes)
	// Topic names are not required of it unless the question names
	// nothing else (in a small collection every name may be one).
	topics := !slices.ContainsFunc(bar.terms, func(t qterm) bool {
		return bar.ownStems[t.Stem] && t.Name && !t.Number && !countryWords[text.Fold(t.Word)] && !topicName(t.w)
	})
	for _, t := range bar.terms {
		if !bar.ownStems[t.Stem] || !(t.Name || t.Number) || countryWords[text.Fold(t.Word)] {
			continue
		}
		if !t.Number && !topics && topicName(t.w) {
			continue // "UN" is "ONU" in Spanish (see topicName)
		}
		held := matchIn(t, s.stems) > 0 || heldAsInitials(t, s)
		if t.Number {
			if !held {
				return false
			}
			continue
		}
		names++
		if !held && (want == kindTime || matchIn(t, s.ctx) == 0) {
			return false
		}
	}
	for _, code := range codes {
		// A time, which has no check of its value against the chosen
		// one's, is of an act of the country only in a sentence naming
		// it ("… adopted during a conference in Morocco on December
		// 10-11" in a report on Poland is not when Poland spoke).
		if want == kindTime && !e.sentenceNamesCountry(s.text, code) {
			return false
		}
		if !e.articleNamesCountry(s.doc, code) {
			return false
		}
	}
	return names > 0
}

// sentenceNamesCountry reports whether sentence s names the country
// code by one of its names (see namesCountry) or by a demonym: a
// capitalised word that extends a one-word name ("Austrian" of
// "Austria", "Mexican" of "México") or one in -ish of its root ("Polish"
// of "Poland", see countryRoot).
func (e *Extractive) sentenceNamesCountry(s, code string) bool {
	names := e.places().NamesOf(code)
	if namesCountry(" "+foldedWords(s)+" ", names) {
		return true
	}
	for _, tok := range text.Tokens(s) {
		if !startsUpper(tok.Text) {
			continue
		}
		w := text.Fold(tok.Text)
		root := countryRoot(w)
		for _, n := range names {
			f := foldedWords(n)
			if strings.Contains(f, " ") || len(f) < minCountryRoot {
				continue
			}
			if (len(w) > len(f) && strings.HasPrefix(w, f)) || (root != "" && strings.HasPrefix(f, root)) {
				return true
			}
		}
	}
	return e.namesCountryLowercase(s, code) // "El Govern italià" (countryword.go)
}

// namesCountry reports whether folded (a text's folded words, with a
// space at either end) holds one of a country's names (see
// gazetteer.Gazetteer.NamesOf).
func namesCountry(folded string, names []string) bool {
	for _, n := range names {
		if strings.Contains(folded, " "+foldedWords(n)+" ") {
			return true
		}
	}
	return false
}

// articleNamesCountry reports whether article doc names the country code
// in one of gazetteer.NameLanguages, in its header or a paragraph.
func (e *Extractive) articleNamesCountry(doc, code string) bool {
	names := e.places().NamesOf(code)
	for _, f := range e.articleAnalysis(doc).foldedTexts() {
		if namesCountry(f, names) {
			return true
		}
	}
	return false
}

// foreignCount returns the value a sentence in another language gives of
// a count whose chosen value is first, given by sentence chosen: its
// numbers that are no day of a month (see valueAt), no length of time,
// of the same scale as first's ("245 millones" is no count of "193
// countries", see text.Scale) and within foreignCountRatio of one of
// first's, or "" when it gives none.
func foreignCount(s string, asked map[string]bool, first, chosen string, year int) string {
	var firsts []float64
	for _, f := range strings.Fields(first) {
		if v, err := strconv.ParseFloat(f, 64); err == nil && v > 0 {
			firsts = append(firsts, v)
		}
	}
	if len(firsts) == 0 {
		return ""
	}
	scaled := scaledIn(chosen, first)
	toks := timeTokens(s, time.Time{})
	dates := map[string]bool{}
	for _, f := range strings.Fields(valueAt(kindTime, toks, asked, nil)) {
		dates[f] = true
	}
	var out []string
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !text.IsDigits(t.Text) || isYear(t.Text) || asked[strings.ToLower(t.Text)] || dates[t.Text] || measures(toks, i) {
			continue
		}
		n, frac := countNumber(s, toks, i)
		if frac {
			i++
		}
		v, err := strconv.ParseFloat(n, 64)
		if err != nil || v <= 0 || scaleAfter(toks, i) != scaled || countedBefore(s, toks, i, year) {
			continue
		}
		for _, c := range firsts {
			if max(v, c)/min(v, c) <= foreignCountRatio {
				out = append(out, n)
				break
			}
		}
	}
	return strings.Join(out, " ")
}

// foreignRivals returns, for each article of candidates in another
// language than the question's that rivals gives no sentence of, its
// first sentence that is a foreign rival (see foreignRival) and gives a
// value (by value), in the order the articles first come; none when value
// is nil.
func (e *Extractive) foreignRivals(bar answerBar, own string, want kind, best sentence, candidates []sentence, rivals []rival, value func(sentence) string) []rival {
	if value == nil {
		return nil
	}
	lang := langOrEnglish(e.ix.QuestionLanguage(own))
	seen := map[string]bool{best.doc: true}
	for _, r := range rivals {
		seen[r.s.doc] = true
	}
	var out []rival
	// A body sentence is taken before the header's (¶0, a title or dek
	// cut short) that often repeats it.
	for _, header := range []bool{false, true} {
		for _, c := range candidates {
			if seen[c.doc] || (c.n == 0) != header || !e.foreignRival(bar, lang, own, want, c) {
				continue
			}
			if v := value(c); v != "" {
				seen[c.doc] = true
				out = append(out, rival{s: c, value: v})
			}
		}
	}
	return out
}

// foreignDay returns time value v (see valueAt) of a sentence in another
// language than the question's when it names a day (a weekday or a day
// of a month), else "": a vaguer time ("im September letzten Jahres",
// "last January") is as often of another act the sentence tells, which a
// sentence in another language can't be read word by word to tell.
func foreignDay(v string) string {
	if !namesDay(v) {
		return ""
	}
	return v
}

// scaleAfter reports whether the number at token i (with its fraction, if
// any) is followed by a word of its scale ("65 millones", "22.5 million").
func scaleAfter(toks []text.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	// The sentence's language is not known here: a scale of any.
	_, ok := text.Scale(text.Unknown, text.Fold(toks[i+1].Text))
	return ok
}

// scaledIn reports whether sentence s gives one of the numbers of value
// (see countValue) followed by a word of its scale.
func scaledIn(s, value string) bool {
	toks := text.Tokens(s)
	want := strings.Fields(value)
	for i := 0; i < len(toks); i++ {
		if !text.IsDigits(toks[i].Text) {
			continue
		}
		n, frac := countNumber(s, toks, i)
		if frac {
			i++
		}
		if slices.Contains(want, n) {
			return scaleAfter(toks, i)
		}
	}
	return false
}
