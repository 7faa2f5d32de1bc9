package llm

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// fact is something a claim asserts that its paragraph must contain: a
// name (a capitalised word), a number, or a date word.
type fact struct {
	// folded is the fact as it must appear among the paragraph's folded
	// words.
	folded string
	// alias is the English form of a date word written in another
	// language ("viernes" -> "friday"); either form satisfies the fact.
	alias string
	// run numbers the runs of names of a claim: the words of "Nikki
	// Haley" share one, "Trump" after them has another.
	run int
	// mapped is set for a name written in another language whose
	// article's form is known (see foreignAliases): it must be found.
	mapped bool
	// written is the claim's own spelling of a name it misspells by a
	// letter (see respell); folded is then the article's.
	written string
}

// facts extracts the facts of a claim. sentenceStart is true when the
// claim's first word begins its sentence: a capital there is grammar, so
// the word counts as a name only if it isn't a common function word.
//
// known reports whether a folded word occurs in the retrieved paragraphs;
// when the answer is in another language than the articles, a capitalised
// first word that they don't contain is taken for grammar ("Tomó la
// decisión…"), not for a name. It is nil when the languages match.
func facts(claim string, sentenceStart bool, known func(string) bool) []fact {
	ws := text.Words(claim)
	return factsOf(ws, text.FoldWords(ws), sentenceStart, known)
}

// factsOf is facts over words already split and folded.
func factsOf(ws []text.Word, folded []string, sentenceStart bool, known func(string) bool) []fact {
	var out []fact
	seen := map[string]bool{}
	add := func(f fact) {
		if !seen[f.folded] {
			seen[f.folded] = true
			out = append(out, f)
		}
	}
	run, prevName := 0, false
	for i, w := range ws {
		f := folded[i]
		first, _ := utf8.DecodeRuneInString(w.Text)
		name := false
		switch {
		case strings.IndexFunc(w.Text, unicode.IsDigit) >= 0:
			add(fact{folded: f, alias: ordinalNumber(f)})
		case dateAlias(f) != "":
			add(fact{folded: f, alias: dateAlias(f)})
		case unicode.IsUpper(first) && utf8.RuneCountInString(w.Text) >= 2:
			if i == 0 && sentenceStart && !text.IsAllCaps(w.Text) && (stopwords[f] || known != nil && !known(f)) {
				continue
			}
			name = true
			if !prevName {
				run++
			}
			add(fact{folded: f, run: run})
		}
		prevName = name
	}
	return out
}

// ordinalSuffixes are the endings of an English ordinal written in
// digits ("8th", "1st", "22nd", "3rd").
var ordinalSuffixes = [...]string{"st", "nd", "rd", "th"}

// ordinalNumber returns the number of an English ordinal written in digits
// ("8" for "8th"), "" for any other word: "Tuesday the 8th" of a claim is
// "terça-feira (8)" or "Dec. 8" of a sentence, which write the day as a
// number.
func ordinalNumber(f string) string {
	for _, suf := range ordinalSuffixes {
		n := strings.TrimSuffix(f, suf)
		if n != f && n != "" && strings.Trim(n, "0123456789") == "" {
			return n
		}
	}
	return ""
}

// isName reports whether the fact is a name rather than a number or a date.
func (f fact) isName() bool {
	return strings.IndexFunc(f.folded, unicode.IsDigit) < 0 && dateAlias(f.folded) == "" && !englishDates[f.folded]
}

// in reports whether the paragraph's folded word set contains the fact,
// allowing a plural or possessive "s".
func (f fact) in(set map[string]struct{}) bool {
	for _, form := range [...]string{f.folded, f.alias} {
		if form == "" {
			continue
		}
		if _, ok := set[form]; ok {
			return true
		}
		if _, ok := set[form+"s"]; ok {
			return true
		}
		if strings.HasSuffix(form, "s") {
			if _, ok := set[strings.TrimSuffix(form, "s")]; ok {
				return true
			}
		}
	}
	return false
}

// dateAlias returns the English name of folded word f when it names a
// weekday or a month in another language of the coverage (see
// text.EnglishDateName; lower-case in most of them, so not caught as
// names), the language a date is checked against when the article is
// English; "" for another word.
func dateAlias(f string) string {
	en, _ := text.EnglishDateNameOf(f)
	return en
}

// englishDates are the English weekday and month names, folded: facts that
// are dates, not names.
var englishDates = map[string]bool{}

func init() {
	for _, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		englishDates[w] = true
	}
}

// stopwords are function words of English, Spanish, French, German,
// Portuguese and Italian, folded. A capitalised one at the start of a
// sentence is not a name, and none of them carries a claim's meaning.
var stopwords = map[string]bool{}

// stopwordLangs tells the languages apart, to notice an answer written in
// another language than its articles: bit i is set when the word is a
// function word of langs[i].
var stopwordLangs = map[string]uint8{}

var langs = [...]string{"en", "es", "fr", "de", "pt", "it"}

// guessable reports whether language can tell lang by its function
// words: it is one of langs.
func guessable(lang string) bool { return slices.Contains(langs[:], lang) }

func init() {
	for lang, list := range map[string]string{
		"en": `a an the and or but if then so as at by for from in into of on onto to with without within about above after
again against all also although am among any are around because been before being below between both can could
did do does during each either else even ever every few had has have he her here hers him his how however i
instead is it its itself just least less many may me meanwhile might more most much must my neither never no nor
not now of off once only other our ours out over own per perhaps rather same she should since some such than that
the their theirs them themselves there therefore these they this those though through thus too under until up upon
us very was we were what whatever when where whether which while who whom whose why will would yes yet you your
according asked said says told meanwhile still later earlier first finally instead overall indeed
along alongside across amid amidst behind beyond beside besides despite toward towards via throughout near unlike
whereas whilst`,
		"es": `el la los las lo un una unos unas y o u pero sino si no ni que qué quien quién quienes cual cuál cuando cuándo
donde dónde como cómo porque pues para por con sin sobre entre hasta desde hacia según segun durante tras ante bajo
del al de en es son fue fueron era eran ser estar está están estaba este esta estos estas ese esa esos esas eso
esto aquel aquella ello él ella ellos ellas le les se su sus mi mis tu tus nuestro nuestra también tambien además
ademas ya aún aun muy más mas menos todo todos toda todas otro otra otros otras sí luego entonces`,
		"fr": `le la les un une des du de au aux et ou mais donc car ni que qui quoi dont où ce cet cette ces son sa ses leur
leurs il elle ils elles on nous vous je tu selon avec sans pour par dans sur sous entre vers chez aussi ainsi
alors puis très plus moins tout tous toute toutes est sont était été être avait ont cela ceci ça celui celle ceux
celles`,
		"de": `der die das den dem des ein eine einen einem einer eines und oder aber wenn dann weil dass daß wer wie wo was
nach laut mit ohne für fur von zu zum zur im am an auf aus bei durch gegen um über uber unter vor zwischen auch
noch nur sehr er sie es wir ihr ist sind war waren wurde wurden hat haben sein seine ihre dieser diese dieses`,
		"pt": `o os as um uma uns umas e ou mas se não nao que quem qual quando onde como porque para por com sem sobre entre
até ate desde segundo durante também tambem já ja ele ela eles elas seu sua seus suas este esta isto esse essa
isso aquele aquela do da dos das no na nos nas ao aos pelo pela`,
		"it": `il lo la i gli le uno una e o ma se non che chi cui quale quando dove come perché perche per con senza su tra fra
secondo durante anche già gia egli ella lui lei loro suo sua suoi sue questo questa quello quella del della dei
degli delle nel nella nei nelle al alla ai agli alle dal dalla è`,
	} {
		bit := uint8(1) << slices.Index(langs[:], lang)
		for _, w := range strings.Fields(list) {
			stopwords[text.Fold(w)] = true
			stopwordLangs[text.Fold(w)] |= bit
		}
	}
}

// language guesses the language of s from its function words; "" when it
// can't tell.
func language(s string) string {
	var counts [len(langs)]int
	for w := range text.AllWords(s) {
		if len(w.Text) <= 8 {
			countLang(text.Fold(w.Text), &counts)
		}
	}
	return pickLang(&counts)
}

// countLang counts a folded word for each language it is a function word
// of.
func countLang(f string, counts *[len(langs)]int) {
	mask := stopwordLangs[f]
	for i := range langs {
		if mask&(1<<i) != 0 {
			counts[i]++
		}
	}
}

// pickLang returns the language with the most function words, "" on a tie
// or none.
func pickLang(counts *[len(langs)]int) string {
	best, bestN, tie := "", 0, false
	for i, lang := range langs {
		switch n := counts[i]; {
		case n > bestN:
			best, bestN, tie = lang, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}
