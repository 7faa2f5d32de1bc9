package answer

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// The value a sentence gives of a place asked for ("Where was the compact
// adopted?"): the run of names after a place preposition ("in Marrakesh",
// "at the Morocco meeting") that stands near a word of the act asked about
// (see timeAsk, whose terms it shares). Two places are one version when
// they are spellings of one name ("Marrakech", "Marrakesh") or when the
// passages write one within the other ("Puerto Vallarta, Mexico"): a city
// and its country do not disagree.

// placeSpelling is how many edits apart two place names may be and still
// be spellings of one ("Marrakech", "Marrakesh", "Marrakesch"): more takes
// two towns for one.
const placeSpelling = 2

// minSpelledPlace is the shortest place name (in letters) compared by its
// spelling: two short names a letter apart are often two places.
const minSpelledPlace = 6

// placeValue returns the place sentence s gives for the act asked about,
// folded ("marrakesh", "puerto vallarta"), or "" when it gives none: a
// run of names that isPlace takes for a place (see knownPlace; "the New
// York Declaration" after "in" is none). rival asks for another outlet's
// sentence, held to the act's own words (see rivalTimeValue).
func (e *Extractive) placeValue(ta timeAsk, s sentence, rival bool, isPlace func(string) bool) string {
	toks := text.Tokens(s.text)
	from := datelineEnd(s.text)
	terms, soft := ta.action, (*softMatcher)(nil)
	if rival && len(ta.act) > 0 {
		terms, soft = ta.act, &ta.soft
	}
	for _, run := range placeRuns(s.text, toks, ta.asked) {
		if v := foldRun(toks, run); isPlace(v) && e.ofAct(ta, terms, soft, e.article(s.doc).Language, toks, from, run[0]) {
			return v
		}
	}
	return ""
}

// placeRuns returns the runs of names (token indexes into toks, the
// tokens of s) that follow a place preposition, with or without "the"
// ("in Puerto Vallarta", "at the Morocco meeting"), up to a comma or a
// calendar word; a run holding a word of the question is the question's
// own place or thing ("in the Global Compact"), not a version.
func placeRuns(s string, toks []text.Token, asked map[string]bool) [][]int {
	var out [][]int
	for i := 0; i+1 < len(toks); i++ {
		if p := strings.ToLower(toks[i].Text); !text.IntroducesPlace(text.English, p) || toks[i].EndsSentence {
			continue // "withdrawing from the Global Compact" is no place
		}
		j := i + 1
		if strings.EqualFold(toks[j].Text, "the") && j+1 < len(toks) {
			j++
		}
		var run []int
		named := false // the run holds a name of the question
		for ; j < len(toks) && startsUpper(toks[j].Text) && !retrieval.IsCalendarWord(toks[j].Text); j++ {
			run = append(run, j)
			named = named || asked[strings.ToLower(toks[j].Text)]
			if toks[j].EndsSentence || (j+1 < len(toks) && strings.Contains(s[toks[j].End:toks[j+1].Start], ",")) {
				break
			}
		}
		if len(run) > 0 && !named {
			out = append(out, run)
		}
	}
	return out
}

// foldRun joins the folded words of a run of names.
func foldRun(toks []text.Token, run []int) string {
	words := make([]string, len(run))
	for k, j := range run {
		words[k] = text.Fold(toks[j].Text)
	}
	return strings.Join(words, " ")
}

// placesWithin returns the pairs of places the sentences write one
// within the other, "A, B" ("Puerto Vallarta, Mexico", "MARRAKECH,
// Morocco"): each run of names (see joinsName) followed by a comma and
// another run, both folded, in both orders.
func placesWithin(sents []sentence) map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, st := range sents {
		toks := text.Tokens(st.text)
		for i := 0; i < len(toks); {
			if !startsUpper(toks[i].Text) {
				i++
				continue
			}
			a := i
			for i < len(toks) && startsUpper(toks[i].Text) && (i == a || joinsName(st.text[toks[i-1].End:toks[i].Start])) {
				i++
			}
			if i >= len(toks) || strings.TrimSpace(st.text[toks[i-1].End:toks[i].Start]) != "," || !startsUpper(toks[i].Text) {
				continue
			}
			b := i
			for b < len(toks) && startsUpper(toks[b].Text) && (b == i || joinsName(st.text[toks[b-1].End:toks[b].Start])) {
				b++
			}
			x, y := foldRun(toks, indexRange(a, i)), foldRun(toks, indexRange(i, b))
			out[[2]string{x, y}], out[[2]string{y, x}] = true, true
		}
	}
	return out
}

// joinsName reports whether the text between two words of a run of names
// keeps them in one name: spaces or a hyphen ("Puerto Vallarta",
// "Bosnia-Herzegovina"), not a comma or a dash ("PUERTO VALLARTA, Mexico —
// Delegates").
func joinsName(gap string) bool {
	g := strings.TrimSpace(gap)
	return g == "" || g == "-"
}

// indexRange returns the indexes from lo up to hi.
func indexRange(lo, hi int) []int {
	out := make([]int, 0, hi-lo)
	for k := lo; k < hi; k++ {
		out = append(out, k)
	}
	return out
}

// samePlace reports whether places a and b (folded) are one version: the
// same name, one spelling of it (see placeSpelling), a word of the other
// ("Vallarta", "Puerto Vallarta") or written within it (see
// placesWithin).
func samePlace(a, b string, within map[[2]string]bool) bool {
	if a == b || within[[2]string{a, b}] {
		return true
	}
	if len([]rune(a)) >= minSpelledPlace && editDistance(a, b, placeSpelling) <= placeSpelling {
		return true
	}
	return slices.Contains(strings.Fields(a), b) || slices.Contains(strings.Fields(b), a)
}

// knownPlace returns whether a run of names (folded) is a place: a
// country or a capital (see package capitals), or a name the passages
// write within one ("Puerto Vallarta, Mexico", "MARRAKECH, Morocco"; pairs
// of within, see placesWithin).
func (e *Extractive) knownPlace(within map[[2]string]bool) func(string) bool {
	g := e.places()
	country := func(v string) bool {
		if _, ok := g.CapitalOf(v); ok {
			return true
		}
		_, ok := g.CountryOf(v)
		return ok
	}
	inCountry := map[string]bool{}
	for pair := range within {
		if country(pair[1]) {
			inCountry[pair[0]] = true
		}
	}
	return func(v string) bool { return country(v) || inCountry[v] }
}

// preciserPlace returns version v quoted by the first of its sentences,
// or of extra (other sentences of its first article), whose place (by
// value) the passages write within v's place when that is a country ("in
// Marrakesh, Morocco" or "in Puerto Vallarta" rather than "in Mexico"),
// that sentence first (in place of its article's); v itself otherwise. A
// city and its country don't disagree, but the city says more.
func (e *Extractive) preciserPlace(v answerVersion, extra []sentence, value func(sentence) string, within map[[2]string]bool) answerVersion {
	g := e.places()
	if _, ok := g.CapitalOf(v.value); !ok || len(v.sents) == 0 {
		return v
	}
	for _, s := range append(slices.Clone(v.sents[1:]), extra...) {
		p := value(s)
		if p == "" || !within[[2]string{p, v.value}] {
			continue
		}
		if _, country := g.CapitalOf(p); country {
			continue
		}
		out := answerVersion{value: p, s: s, sents: []sentence{s}, docs: []string{s.doc}}
		for _, x := range v.sents {
			if x.doc != s.doc {
				out.sents, out.docs = append(out.sents, x), append(out.docs, x.doc)
			}
		}
		return out
	}
	return v
}
