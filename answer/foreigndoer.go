package answer

import (
	"strings"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// The doer of an act told in another language than the question's. "Who
// announced …?" and "¿Quién anunció …?" ask the same doer, but a sentence
// was read for a doer only by the asked verb's stems in the question's
// language, so an outlet writing in another language ("Lo anunció Nikki
// Haley", "Secretary of State Rex Tillerson announced …" for a Spanish
// question) gave no version. The verbs of such acts are mostly of one
// Latin root across the coverage's languages ("announced", "anunció",
// "annunciato", "annoncé"; "informed", "informó"; "communicated",
// "comunicou"), whose consonants agree where the vowels and doubled
// letters don't: a sentence of another language tells the act by the
// asked verb when its verb's stem has the asked stem's consonant skeleton
// (see latinRoot). What was done is then read by the names the languages
// share (a country is checked on the article by foreignRival) and by the
// question's other words' first letters (cognateKey: "migra" of
// "migración" and "migration").

const (
	// minRootStem is the least length, in letters, of a verb stem read
	// by its skeleton: shorter stems ("dij" of "dijo", "sai" of "said")
	// share skeletons with unrelated words.
	minRootStem = 5
	// minRoot is the least length of a skeleton: two letters ("an")
	// meet many a word's.
	minRoot = 3
	// cognateLetters is how many first letters stand for a word of the
	// question in a sentence of another language ("migra" for
	// "migración" and "migration"), as the timeline's and the
	// model-answer check's cognates: four meets unrelated words, six
	// misses "migra"-"migrantes".
	cognateLetters = 5
)

// latinRoot returns the consonant skeleton of a folded verb stem: its
// first letter and the consonants after it, a run of one consonant once
// ("announc" → "anc", "anunc" → "anc", "communic" and "comunic" → "cmnc");
// "" for a stem shorter than minRootStem or a skeleton shorter than
// minRoot.
func latinRoot(stem string) string {
	f := text.Fold(stem)
	if utf8.RuneCountInString(f) < minRootStem {
		return ""
	}
	var out []rune
	for i, r := range f {
		if i > 0 && strings.ContainsRune("aeiouy", r) {
			continue
		}
		if len(out) > 0 && out[len(out)-1] == r {
			continue
		}
		out = append(out, r)
	}
	if len(out) < minRoot {
		return ""
	}
	return string(out)
}

// cognateKey returns the first cognateLetters letters of a folded word of
// at least that many, or "".
func cognateKey(w string) string {
	r := []rune(text.Fold(w))
	if len(r) < cognateLetters {
		return ""
	}
	return string(r[:cognateLetters])
}

// rootVerb reports whether word, of a sentence in language lang, has a
// stem with the skeleton root (see latinRoot).
func (e *Extractive) rootVerb(lang, word, root string) bool {
	for _, st := range e.ix.StemsIn(lang, word) {
		if latinRoot(st) == root {
			return true
		}
	}
	return false
}

// aboutAbroad reports whether part, of a sentence of article doc in
// language lang (another than the question's), tells of what da asks the
// doer of: the article names each country the question names (by any of
// its names, as foreignRival asks of a count's); part holds each of the
// question's other names that is no topic name written otherwise in
// other languages ("ONU" for "UN", see topicName); each of the
// question's other words of a polarity class (relatedness: leaving,
// staying, approving …, in the coverage's languages: "abandonaba" and
// "withdrawing" are both of leaving) has a word of that class in part;
// and part tells at least a half of those words and of the others of
// cognateLetters letters or more, these by a word beginning as they do
// (see cognateKey, abroadShareNum).
func (e *Extractive) aboutAbroad(da doerAsk, doc, lang, part string) bool {
	for _, code := range da.codes {
		if !e.articleNamesCountry(doc, code) {
			return false
		}
	}
	set, _ := termSets(e.ix, lang, part)
	held := sentence{stems: set, ctx: set, all: []string{part}}
	for _, t := range da.names {
		if t.region != "" || topicName(t.w) {
			continue
		}
		if matchIn(t, set) == 0 && !heldAsInitials(t, held) {
			return false
		}
	}
	keys, classes := map[string]bool{}, map[relatedness.Class]bool{}
	for _, w := range text.Words(part) {
		if k := cognateKey(w.Text); k != "" {
			keys[k] = true
		}
		classes[relatedness.ClassOf(text.Fold(w.Text))] = true
	}
	told, words := 0, 0
	for _, t := range da.objects {
		c := relatedness.ClassOf(text.Fold(t.Word))
		if c != relatedness.NoClass && !classes[c] {
			return false
		}
		k := cognateKey(t.Word)
		if k == "" && c == relatedness.NoClass {
			continue
		}
		words++
		if keys[k] || c != relatedness.NoClass {
			told++
		}
	}
	return told*abroadShareDen >= words*abroadShareNum
}

// abroadShareNum/abroadShareDen is the least share of the question's
// other words (of cognateLetters letters or more, or of a polarity class)
// a sentence in another language must tell, by a word beginning as they
// do or of their class, to tell of the act asked: a half, as the
// model-answer check asks of a claim in another language (llm's
// cognateShareNum). Less lets a sentence about another country's act
// through on one shared word ("governments" for "il governo italiano");
// more loses acts told in other words ("withdrawing from the Global
// Compact on Migration" for "abandonaba el pacto mundial sobre
// migración": two of four).
const (
	abroadShareNum = 1
	abroadShareDen = 2
)

// romanceLanguages put the doer after the verb as often as before it
// ("Lo anunció Nikki Haley", "afirmó Ampuero en declaraciones a la
// prensa").
var romanceLanguages = map[string]bool{"es": true, "pt": true, "it": true, "fr": true, "ca": true}

// doerAfter returns, for the verb at token i of a sentence in a Romance
// language, the doer that follows it ("Lo anunció Nikki Haley"): the last
// word of the run of names right after the verb, folded; "" when none
// follows it.
func doerAfter(toks []text.Token, i int, name func(int) bool) string {
	k := i + 1
	if k >= len(toks) || toks[i].EndsSentence || !name(k) {
		return ""
	}
	for k+1 < len(toks) && name(k+1) && !toks[k].EndsSentence {
		k++
	}
	return text.Fold(toks[k].Text)
}

// toldAround reports whether the context of s tells of what da asks the
// doer of (see toldBefore); for a sentence in another language than the
// question's (abroad), its paragraph is read as aboutAbroad reads a
// sentence.
func (e *Extractive) toldAround(da doerAsk, s sentence, abroad bool) bool {
	if !abroad {
		return e.toldBefore(da, s)
	}
	return e.aboutAbroad(da, s.doc, e.article(s.doc).Language, strings.Join(s.all, " "))
}
