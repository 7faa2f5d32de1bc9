package claimcheck

import (
	"cmp"
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/gazetteer"
	"github.com/footnote-bot/footnote/lexicon"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// Claims and pages in a language written without spaces (Japanese) share
// no words with the check's word comparisons, and an English claim shares
// none with a Japanese page. Where the lexicon knows the language, a
// claim and a sentence are compared through its English glosses: a
// Japanese word is held by the same headword or by an English word whose
// stem is one of its glosses' ("離脱" by "withdrawal", "賛成" by
// "approved"), a country by its CLDR name in either language, a number by
// the same number. The stance is read from the glosses too: Japanese puts
// the verb after its object, so a word of staying ("参加",
// participation) is ended by an ending word after it ("参加を終わらせる")
// and negated by a negative ending in the kana that follow it ("署名しない").

// glossUnit is a word of a text as the glossed comparison sees it: the
// keys that hold it (a Japanese headword, English stems, a country, a
// number or month) and what it says of a stance.
type glossUnit struct {
	keys []string
	// name: a country, a number or a name, which the sentence must hold.
	name bool
	// stay, leave, end: its glosses stay, leave or refuse, or end what
	// they govern (relatedness.Stays, Leaves, Ends).
	stay, leave, end bool
	// neg: a negative ending follows it; negLeave: and makes it a word
	// of refusing ("両立しない", incompatible).
	neg, negLeave bool
	// at is its offset in the text.
	at int
	// english are its English glosses, or the English word it is.
	english []string
}

// glossCompared reports whether the glossed comparison applies to a claim
// in lang and a sentence in slang: one of them is in a language the
// lexicon knows and each is in it or in English.
func glossCompared(lang, slang text.Lang) bool {
	ok := func(l text.Lang) bool { return lexicon.Spaceless(l) || l == text.English }
	return (lexicon.Spaceless(lang) || lexicon.Spaceless(slang)) && ok(lang) && ok(slang)
}

// japaneseNegations are the negative auxiliaries of Japanese, a closed
// class: "ない" (and "なかった", "なく"), polite "ません", literary "ず"
// and "ぬ".
var japaneseNegations = []string{"ない", "なかっ", "なく", "ません", "ず", "ぬ"}

// kanaTail returns the Hiragana that follow offset i of s: the endings,
// auxiliaries and particles of the word before it.
func kanaTail(s string, i int) string {
	end := i
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !unicode.Is(unicode.Hiragana, r) {
			break
		}
		end += size
	}
	return s[i:end]
}

// negatedTail reports whether the kana after offset i of s hold a
// negative auxiliary.
func negatedTail(s string, i int) bool {
	tail := kanaTail(s, i)
	for _, n := range japaneseNegations {
		if strings.Contains(tail, n) {
			return true
		}
	}
	return false
}

// negativePrefix is the English prefix of negation that refuseStems
// holds words with ("incompatible", "inconsistent").
const negativePrefix = "in"

// glossPolarity sets u's stance from its English glosses or word.
func (u *glossUnit) glossPolarity(glosses []string) {
	for _, g := range glosses {
		u.stay = u.stay || relatedness.Stays(g)
		u.leave = u.leave || relatedness.Leaves(g) || hasPrefix(g, refuseStems)
		u.end = u.end || relatedness.Ends(g)
	}
}

// countryIndex maps the countries' names to their ISO codes: CLDR's
// names in Han or Katakana (Japanese and Chinese, matched within a run of
// text), and their English names and ISO codes folded (matched as a word
// or a gloss: "china", "usa").
type countryIndex struct {
	spaceless map[string]string
	longest   int
	words     map[string]string
}

var theCountryIndex = sync.OnceValue(func() countryIndex {
	ix := countryIndex{spaceless: map[string]string{}, words: map[string]string{}}
	for _, c := range gazetteer.Countries() {
		if c.Region == "" || !c.IsCountry {
			continue
		}
		for _, n := range c.Names {
			if r, _ := utf8.DecodeRuneInString(n); unicode.In(r, unicode.Han, unicode.Katakana) {
				ix.spaceless[n] = c.Region
				ix.longest = max(ix.longest, utf8.RuneCountInString(n))
			}
		}
		for _, n := range []string{c.Name, c.EnglishName} {
			if n != "" {
				ix.words[gazetteer.FoldedName(n)] = c.Region
			}
		}
	}
	return ix
})

// alpha3 are the ISO 3166-1 alpha-3 codes a gloss or an all-caps word may
// be ("usa" of "米国"), by their alpha-2 codes.
var alpha3 = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for a2, a3 := range alpha3Of() {
		m[a3] = a2
	}
	return m
})

// alpha3Of maps the countries' alpha-2 codes to their alpha-3 codes,
// lower case.
var alpha3Of = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, c := range gazetteer.Countries() {
		if c.Region != "" && c.IsCountry {
			if c.Alpha3 != "" {
				m[c.Region] = strings.ToLower(c.Alpha3)
			}
		}
	}
	return m
})

// countryOfWord returns the ISO code of the country folded word or gloss
// f names ("china", "usa"), "" for none.
func countryOfWord(f string) string {
	if r, ok := theCountryIndex().words[f]; ok {
		return r
	}
	return alpha3()[f]
}

// digitsRe finds the numbers of a text written without spaces.
var digitsRe = regexp.MustCompile(`[0-9]+`)

// numberKey returns the key of number n: "m:9" for a month (a number
// before "月", or an English month name), "n:2016" for another.
func numberKey(n string, month bool) string {
	v, err := strconv.Atoi(n)
	if err != nil {
		return "n:" + n
	}
	if month {
		return "m:" + strconv.Itoa(v)
	}
	return "n:" + strconv.Itoa(v)
}

// glossUnits returns the words of s, in lang, for the glossed comparison;
// nil for a language that is neither English nor one the lexicon knows.
func glossUnits(s string, lang text.Lang) []glossUnit {
	switch {
	case lang == text.English:
		return englishUnits(s)
	case lexicon.Spaceless(lang):
		return spacelessUnits(s, lang)
	}
	return nil
}

// englishUnits returns the content words, names and numbers of English s.
func englishUnits(s string) []glossUnit {
	var out []glossUnit
	for i, w := range text.Words(s) {
		f := text.Fold(w.Text)
		switch {
		case text.IsDigits(f):
			out = append(out, glossUnit{keys: []string{numberKey(f, false)}, name: true, at: w.Start})
			continue
		case isMonth(f, text.English):
			out = append(out, glossUnit{keys: []string{"m:" + strconv.Itoa(int(monthNames[f]))}, name: true, at: w.Start})
			continue
		case !isContent(f) && !text.IsAllCaps(w.Text):
			continue
		}
		u := glossUnit{keys: []string{"en:" + text.Stem(text.English, f)}, at: w.Start, english: []string{f}}
		cc := countryOfWord(f)
		if text.IsAllCaps(w.Text) && len(f) == 2 && isRegion(strings.ToUpper(f)) {
			cc = strings.ToUpper(f)
		}
		if cc != "" {
			u.keys, u.name = append(u.keys, "cc:"+cc), true
		}
		u.name = u.name || isName(w, i) || text.IsAllCaps(w.Text)
		u.glossPolarity([]string{f})
		out = append(out, u)
	}
	// Names of two words or more ("United States", "New Zealand").
	if codes, words := gazetteerIndex().CountriesIn(s); len(codes) == 1 {
		for i := range out {
			for _, k := range out[i].keys {
				if words[strings.TrimPrefix(k, "en:")] || words[k] {
					out[i].keys = append(out[i].keys, "cc:"+codes[0])
				}
			}
		}
	}
	return out
}

var gazetteerIndex = sync.OnceValue(gazetteer.New)

// isRegion reports whether code is the ISO 3166-1 alpha-2 code of a
// country ("US").
func isRegion(code string) bool {
	_, ok := alpha3Of()[code]
	return ok
}

// spacelessUnits returns the words of s, in a language written without
// spaces that the lexicon knows: its countries (CLDR names), numbers,
// words written in Latin letters (names in brackets: "(Donald Trump)"),
// the lexicon's words and, as names, runs of Katakana it lacks.
func spacelessUnits(s string, lang text.Lang) []glossUnit {
	var out []glossUnit
	covered := make([]bool, len(s)+1)
	cover := func(a, b int) {
		for i := a; i < b; i++ {
			covered[i] = true
		}
	}
	ix := theCountryIndex()
	for i := 0; i < len(s); {
		best, code := 0, ""
		end, runes := i, 0
		for end < len(s) && runes < ix.longest {
			_, size := utf8.DecodeRuneInString(s[end:])
			end += size
			runes++
			if r, ok := ix.spaceless[s[i:end]]; ok {
				best, code = end, r
			}
		}
		if best > 0 {
			out = append(out, glossUnit{keys: []string{"cc:" + code}, name: true, at: i})
			cover(i, best)
			i = best
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	for _, m := range digitsRe.FindAllStringIndex(s, -1) {
		month := strings.HasPrefix(s[m[1]:], "月")
		out = append(out, glossUnit{keys: []string{numberKey(s[m[0]:m[1]], month)}, name: true, at: m[0]})
		cover(m[0], m[1])
	}
	out = append(out, englishUnits(latinOnly(s))...)
	words := lexicon.Segment(lang, s)
	for _, w := range words {
		if covered[w.Start] {
			continue
		}
		cover(w.Start, w.End)
		u := glossUnit{keys: []string{"ja:" + w.Head}, neg: negatedTail(s, w.End), at: w.Start, english: w.Glosses}
		for _, g := range w.Glosses {
			u.keys = append(u.keys, "en:"+text.Stem(text.English, g))
			if cc := countryOfWord(g); cc != "" {
				u.keys, u.name = append(u.keys, "cc:"+cc), true
			}
		}
		u.glossPolarity(w.Glosses)
		if u.neg {
			// A negated word whose English negation is a word of
			// refusing ("両立しない", not compatible: "incompatible")
			// refuses.
			for _, g := range w.Glosses {
				u.negLeave = u.negLeave || hasPrefix(negativePrefix+g, refuseStems)
			}
		}
		out = append(out, u)
	}
	// A run of Katakana the lexicon lacks: a foreign name ("ヘイリー").
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if covered[i] || !lexicon.IsKatakana(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if covered[j] || !lexicon.IsKatakana(r) {
				break
			}
			j += size
		}
		if utf8.RuneCountInString(s[i:j]) >= minKanaName {
			out = append(out, glossUnit{keys: []string{"kana:" + s[i:j]}, name: true, at: i})
		}
		i = j
	}
	slices.SortStableFunc(out, func(a, b glossUnit) int { return cmp.Compare(a.at, b.at) })
	return out
}

// minKanaName is the fewest letters a run of Katakana the lexicon lacks
// must have to be taken for a name ("パリ"): a single one is a counter or
// a symbol more often.
const minKanaName = 2

// latinOnly returns s with every letter outside Latin script and every
// other byte replaced by a space, at the same offsets: the words a
// Japanese text writes in Latin letters ("(Donald Trump)", "UN").
func latinOnly(s string) string {
	b := []byte(s)
	for i, r := range s {
		if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
			for j := i; j < i+utf8.RuneLen(max(r, 0)); j++ {
				b[j] = ' '
			}
		}
	}
	return string(b)
}

// glossStance returns the directions units take (see stance): a word of
// staying ended by an ending word within endWindow words after it, or
// negated, leaves; a word of leaving negated stays. Only the words within
// endWindow of a word the other text holds (other), not a name, count: a sentence
// takes many stances ("支援", support for refugees), and the claim's is
// about what it shares with the sentence.
func glossStance(s string, lang text.Lang, units []glossUnit, other map[string]bool) (stay, leave bool) {
	if lang == text.English {
		return stance(s)
	}
	near := make([]bool, len(units))
	for i, u := range units {
		// A name (the United States) stands near everything.
		if !u.name && holdsKey(u, other) {
			for j := max(0, i-endWindow); j < len(units) && j <= i+endWindow; j++ {
				near[j] = true
			}
		}
	}
	for i, u := range units {
		if !near[i] {
			continue
		}
		ended := false
		for j := i + 1; j < len(units) && j <= i+endWindow; j++ {
			ended = ended || units[j].end
		}
		switch {
		case u.negLeave:
			leave = true
		case u.stay && (ended || u.neg):
			leave = true
		case u.stay:
			stay = true
		case u.leave && u.neg:
			stay = true
		case u.leave:
			leave = true
		}
	}
	return stay, leave
}

// holdsKey reports whether one of u's keys is among keys.
func holdsKey(u glossUnit, keys map[string]bool) bool {
	for _, k := range u.keys {
		if keys[k] {
			return true
		}
	}
	return false
}

// keysOf returns the keys of units.
func keysOf(units []glossUnit) map[string]bool {
	keys := map[string]bool{}
	for _, u := range units {
		for _, k := range u.keys {
			keys[k] = true
		}
	}
	return keys
}

// glossNegated reports whether the text the units are of negates a word.
func glossNegated(s string, lang text.Lang, units []glossUnit) bool {
	if lang == text.English {
		return quoteNegated(s)
	}
	for _, u := range units {
		if u.neg {
			return true
		}
	}
	return false
}

// glossHeld returns the share of the claim's units (those of no stance
// when stanceless) that the sentence's hold, and whether the sentence, or
// its paragraph's (around), holds each of the claim's names.
func glossHeld(claim, sent, around []glossUnit, stanceless bool, rel *relatedness.Words) (float64, bool) {
	keys, near := keysOf(sent), keysOf(around)
	held, all, names := 0, 0, true
	for _, u := range claim {
		if stanceless && (u.stay || u.leave || u.end || u.negLeave) {
			continue
		}
		all++
		switch {
		case holdsKey(u, keys):
			held++
		case u.name && holdsKey(u, near):
			held++
		case u.name:
			names = false
		case derivedHeld(u, sent, rel):
			held++
		}
	}
	if all == 0 {
		return 0, false
	}
	return float64(held) / float64(all), names
}

// reports reports whether English word w, or its past ("stated" of the
// gloss "state", "told" of "tell"), reports what someone said.
func reports(w string) bool {
	return relatedness.Reports(w) || relatedness.Reports(w+"d") || relatedness.Reports(w+"ed") || slices.ContainsFunc(relatedness.VerbForms(w), relatedness.Reports)
}

// derivedHeld reports whether a sentence's unit says u in another form:
// an English word of one of them is another's irregular form ("said" of
// "say"), both report what someone said, or shares its first minDerivedLetters letters and is close to
// it in meaning (minDerivedSimilarity: "signature" and "sign"), as the
// light verbs' acts are found (lightverb.go). Words of a stance are
// compared by their keys only: the vectors put opposites close.
func derivedHeld(u glossUnit, sent []glossUnit, rel *relatedness.Words) bool {
	for _, v := range sent {
		if v.stay || v.leave || v.end {
			continue
		}
		for _, a := range u.english {
			for _, b := range v.english {
				switch {
				case reports(a) && reports(b):
					// Verbs of reporting ("述べる", state, for "said").
					return true
				case slices.Contains(relatedness.IrregularForms(a), b) || slices.Contains(relatedness.IrregularForms(b), a):
					return true
				case len(a) >= minDerivedLetters && len(b) >= minDerivedLetters && a[:minDerivedLetters] == b[:minDerivedLetters] && rel.Similarity(a, b) >= minDerivedSimilarity:
					return true
				}
			}
		}
	}
	return false
}

// glossVerdict compares claim, in lang, with a sentence quote in slang
// (and its paragraph's text around, for the claim's names) through the
// glosses: whether it takes the other stance on what the claim is about
// (turned: sameSubjectShare of the claim's other words), or says what the
// claim says (same: paraphraseShare of its other words, the same stance or
// none, and a negation as the claim has one or not). Either needs each of
// the claim's names.
func glossVerdict(claim string, lang text.Lang, quote, around string, slang text.Lang, rel *relatedness.Words) (turned, same bool) {
	if !glossCompared(lang, slang) {
		return false, false
	}
	cu, su := glossUnits(claim, lang), glossUnits(quote, slang)
	au := glossUnits(around, slang)
	cs, cl := glossStance(claim, lang, cu, keysOf(su))
	qs, ql := glossStance(quote, slang, su, keysOf(cu))
	if share, names := glossHeld(cu, su, au, true, rel); names && share >= sameSubjectShare {
		turned = cs && !cl && ql && !qs || cl && !cs && qs && !ql
	}
	// The stance is compared as a whole, below.
	share, names := glossHeld(cu, su, au, true, rel)
	if turned || !names || share < paraphraseShare {
		return turned, false
	}
	missing := cl && !cs && !ql || cs && !cl && !qs
	same = !missing && (cs || cl || glossNegated(claim, lang, cu) == glossNegated(quote, slang, su))
	return false, same
}

// glossTurned reports whether a sentence sup, in slang, that supports
// claim by the model-answer check takes the other stance by the glosses
// ("参加を続ける" against "参加を終わらせる").
func (c *Checker) glossTurned(claim string, lang text.Lang, sup footnote.Citation, slang text.Lang) bool {
	turned, _ := glossVerdict(claim, lang, sup.Quote, c.aroundText(sup), slang, c.relatedWords())
	return turned
}

// aroundText returns the text of the paragraph of cite, with the one
// before it and the article's headline: where a sentence's names may be
// written (see heldAround).
func (c *Checker) aroundText(cite footnote.Citation) string {
	var b strings.Builder
	for _, n := range []int{0, cite.Paragraph - 1, cite.Paragraph} {
		if p, ok := c.paras.Paragraph(cite.Doc, n); ok && n >= 0 && n <= cite.Paragraph {
			b.WriteString(p.Text)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// glossed returns a sentence of ss that supports claim through the
// glosses (and is backed, see backed) or one that turns it around, for a
// claim or sentences in a language the lexicon knows.
func (c *Checker) glossed(ctx context.Context, claim string, lang text.Lang, ss []sentence) (sup, against footnote.Citation, supported, contradicted bool, err error) {
	var rel *relatedness.Words // made when first needed
	for _, s := range ss {
		if !glossCompared(lang, s.lang) {
			continue
		}
		if rel == nil {
			rel = c.relatedWords()
		}
		turned, same := glossVerdict(claim, lang, s.cite.Quote, c.aroundText(s.cite), s.lang, rel)
		switch {
		case turned && !contradicted:
			against, contradicted = s.cite, true
		case same && !supported:
			ok, err := c.backed(ctx, claim, lang, s.cite, s.lang, ss)
			if err != nil {
				return sup, against, false, false, err
			}
			if ok {
				sup, supported = s.cite, true
			}
		}
	}
	return sup, against, supported, contradicted, nil
}
