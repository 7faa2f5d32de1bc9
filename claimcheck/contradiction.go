package claimcheck

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
	"github.com/footnote-bot/footnote/timeline"
)

// sameSubjectShare is the share of a claim's content words (numbers
// aside) a sentence must hold to be about the same thing: lower calls a
// sentence on another matter a contradiction, higher misses a paraphrase.
const sameSubjectShare = 0.6

// minForeignNames is how many of its names a claim in another language
// than a sentence must share with it to be about the same thing: one name
// ("Trump") is in half the coverage, two ("Puerto Vallarta") pin an event.
const minForeignNames = 2

// stemRunes is how many first letters of a word are compared
// ("administration" is "Administrations", "recommend" "recommended"):
// fewer match more forms of a word, and more unrelated words too.
const stemRunes = 5

// foreignNameShare is the share of its names a claim in another language
// than a sentence must share with it: lower takes a sentence that names
// one of the claim's people for one about the claim, higher misses one
// that names them differently ("Ginebra", "Geneva").
const foreignNameShare = 0.5

// claimWords is what a text asserts, for comparing a claim with a sentence.
type claimWords struct {
	content map[string]struct{} // stems of its content words, numbers aside
	names   map[string]struct{} // stems of its capitalised words past the first
	// acronyms are its words written in capitals ("UN", "US"), which a
	// sentence may write with dots or in full ("U.S.", "United States").
	acronyms map[string]struct{}
	// titles are the names knownNames adds that the coverage also writes
	// in lower case ("Global Compact", "the global compact"): words of a
	// title more than names.
	titles map[string]struct{}
	// months are the folded months it names.
	months []string
	// places are the stems of its names introduced by a preposition of
	// place ("in Marrakech", "en Marrakech"): where something happened,
	// not who did it (see rolesHeld).
	places map[string]struct{}
	// next maps the stem of each of its words to the stem of the word
	// right after it, with only spaces between: of two names so joined
	// ("Stephen Miller"), the last is the one a text names the person by
	// ("Miller led efforts…").
	next map[string]string
}

// maxAcronymRunes is the longest word in capitals taken for an acronym:
// longer ones ("MARRAKECH") are names written in capitals.
const maxAcronymRunes = 4

// wordsOf returns the words of s, in language lang, that say what it is
// about: numbers, lengths of time and months aside.
func wordsOf(s string, lang text.Lang) claimWords {
	cw := claimWords{content: map[string]struct{}{}, names: map[string]struct{}{}, acronyms: map[string]struct{}{}, titles: map[string]struct{}{}, places: map[string]struct{}{}, next: map[string]string{}}
	t := timeline.WithDigits(s, lang)
	ws := text.Words(t)
	for i, w := range ws {
		f := text.Fold(w.Text)
		if i > 0 && isName(w, i) && text.IntroducesPlace(lang, strings.ToLower(ws[i-1].Text)) {
			cw.places[stem(f)] = struct{}{}
		}
		if i+1 < len(ws) && strings.TrimSpace(t[w.End:ws[i+1].Start]) == "" {
			cw.next[stem(f)] = stem(text.Fold(ws[i+1].Text))
		}
		if isMonth(f, lang) {
			cw.months = append(cw.months, f)
		}
		if !isAbout(f) {
			continue
		}
		if text.IsAllCaps(w.Text) && len(f) > 1 && utf8.RuneCountInString(f) <= maxAcronymRunes {
			cw.acronyms[f] = struct{}{}
		}
		if isName(w, i) && (isContent(f) || text.IsAllCaps(w.Text) && len(f) > 1) {
			cw.names[stem(f)] = struct{}{}
			cw.content[stem(f)] = struct{}{}
		} else if isContent(f) {
			cw.content[stem(f)] = struct{}{}
		}
	}
	return cw
}

// isName reports whether w, the i-th word of its text, may be a name
// (or a German noun): capitalised, and past the first word unless it is
// not a function word.
func isName(w text.Word, i int) bool {
	r, _ := utf8.DecodeRuneInString(w.Text)
	return unicode.IsUpper(r) && (i > 0 || !isStop(text.Fold(w.Text)))
}

// stem is the first stemRunes letters of a folded word.
func stem(f string) string {
	i := 0
	for j := range f {
		if i == stemRunes {
			return f[:j]
		}
		i++
	}
	return f
}

// isContent reports whether a folded word says something of its own: not
// a function word of any language the coverage is in (a claim may be in
// another language than its passage), and longer than two letters.
func isContent(f string) bool {
	return utf8.RuneCountInString(f) > 2 && !isStop(f)
}

// isStop reports whether f is a function word of a language of the
// coverage.
func isStop(f string) bool {
	for _, l := range []text.Lang{text.English, text.Spanish, text.German, text.French, text.Portuguese, text.Italian} {
		if text.IsStopWord(l, f) {
			return true
		}
	}
	return false
}

// sentence is a quotable sentence of a retrieved paragraph.
type sentence struct {
	cite  footnote.Citation
	lang  text.Lang
	words claimWords
	// before is the sentence an English sentence's pronoun refers to
	// ("it was condemned by…"), "" when it refers to none (see
	// antecedent.go).
	before string
}

// otherLanguage reports whether s is in another language than lang, a
// claim's, both known: its words can't be compared with the claim's.
func (s sentence) otherLanguage(lang text.Lang) bool {
	return lang != s.lang && lang != text.Unknown && s.lang != text.Unknown
}

// sentences returns the quotable sentences of passages, each paragraph
// once, in retrieval order; langOf gives an article's language.
func sentences(passages []footnote.Passage, paras footnote.Paragraphs, langOf func(doc string) text.Lang) []sentence {
	type key struct {
		doc string
		n   int
	}
	seen := map[key]bool{}
	var out []sentence
	for _, ps := range passages {
		p, ok := paras.Paragraph(ps.Doc, ps.N)
		if !ok || seen[key{p.Doc, p.N}] {
			continue
		}
		seen[key{p.Doc, p.N}] = true
		split := text.Split(p.Text)
		for i, s := range split {
			if footnote.QuoteIn(s.Text, p.Text) {
				st := sentenceOf(footnote.Citation{Doc: p.Doc, Paragraph: p.N, Quote: s.Text}, langOf(p.Doc))
				if st.lang == text.English && refersBack(s.Text) {
					st.before, _ = antecedentOf(paras, p, split, i)
				}
				out = append(out, st)
			}
		}
	}
	return out
}

// sentenceOf returns the sentence a citation quotes, of an article in
// language lang.
func sentenceOf(c footnote.Citation, lang text.Lang) sentence {
	return sentence{cite: c, lang: lang, words: wordsOf(c.Quote, lang)}
}

// knownNames adds to cw's names its words the sentences write as names
// (capitalised past their first word) more often than not: a claim posted
// in lower case ("the obama administration") names what they name.
func knownNames(cw claimWords, ss []sentence) claimWords {
	caps := map[string]*nameCount{}
	for _, s := range ss {
		ws := text.Words(s.cite.Quote)
		if titleCase(ws) {
			continue // a headline capitalises every word
		}
		for i, w := range ws {
			f := stem(text.Fold(w.Text))
			if _, ok := cw.content[f]; !ok || i == 0 {
				continue
			}
			if caps[f] == nil {
				caps[f] = &nameCount{}
			}
			caps[f].add(w.Text)
		}
	}
	for f, n := range caps {
		_, posted := cw.names[f]
		if n.isName() && !posted {
			cw.names[f] = struct{}{}
			if n.lower > 0 {
				cw.titles[f] = struct{}{}
			}
		}
	}
	return cw
}

// nameShare is the share of a word's uses past the first of a sentence
// that must be capitalised for it to be a name: lower takes words of
// titles for names ("Global Compact", written "global compact" too), so
// that a sentence without them is about something else; higher misses
// names that also are words ("State", "member states").
const nameShare = 0.75

// nameCount counts a word's uses past the first of a sentence,
// capitalised and not.
type nameCount struct{ caps, lower int }

func (n *nameCount) add(word string) {
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
		n.caps++
	} else {
		n.lower++
	}
}

// isName reports whether the word is written as a name: capitalised in
// nameShare of its uses.
func (n *nameCount) isName() bool {
	return n.caps > 0 && float64(n.caps) >= nameShare*float64(n.caps+n.lower)
}

// titleCase reports whether most of the words are capitalised, as in a
// headline.
func titleCase(ws []text.Word) bool {
	caps := 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.Text)
		caps += boolInt(unicode.IsUpper(r))
	}
	return 2*caps > len(ws)
}

// aboutSameThing reports whether a sentence is about what the claim is: it
// holds sameSubjectShare of the claim's content words, or, in another
// language, minForeignNames of its names and foreignNameShare of them.
func aboutSameThing(cw claimWords, lang text.Lang, s sentence) bool {
	if s.otherLanguage(lang) {
		return crossLanguageSubject(cw, s)
	}
	return len(cw.content) > 0 && heldShare(cw, s) >= sameSubjectShare && holdsNamesLoosely(cw, s.words.content, s.cite.Quote)
}

// holdsNames reports whether a text (its content words, and the text)
// holds every name of the claim, an acronym in any of its forms.
func holdsNames(cw claimWords, content map[string]struct{}, t string) bool {
	for n := range cw.names {
		if !holdsName(cw, n, content, t) {
			return false
		}
	}
	return true
}

func holdsName(cw claimWords, n string, content map[string]struct{}, t string) bool {
	_, ok := content[n]
	_, acr := cw.acronyms[n]
	return ok || acr && acronymIn(n, t) || surnameHeld(cw, n, content, t) || demonymHeld(n, content)
}

// surnameHeld reports whether name n of the claim is a given name or a
// title whose person text t names by the last name ("Miller" holds
// "Stephen" of "Stephen Miller", "Sessions" holds "Jeff"): the words of
// the claim after it are names up to the last, which t writes
// capitalised (a "member states" holds no "United States").
func surnameHeld(cw claimWords, n string, content map[string]struct{}, t string) bool {
	last, ok := cw.next[n]
	run := []string{n}
	for range maxNameRun {
		if _, named := cw.names[last]; !ok || !named {
			return false
		}
		run = append(run, last)
		after, more := cw.next[last]
		if _, named := cw.names[after]; !more || !named {
			break
		}
		last = after
	}
	if isCountryRun(run) {
		// "State" holds no "United States" (countryname.go).
		return false
	}
	if _, held := content[last]; !held {
		return false
	}
	for _, w := range text.Words(t) {
		if r, _ := utf8.DecodeRuneInString(w.Text); unicode.IsUpper(r) && stem(text.Fold(w.Text)) == last {
			return true
		}
	}
	return false
}

// maxNameRun is the most words of a name after its first that
// surnameHeld follows to the last ("Jean-Claude Juncker", "Luis
// Videgaray Caso"): more only walks longer titles.
const maxNameRun = 4

// maxLooseAcronym is the longest acronym a sentence need not hold to be
// about the claim's subject: two letters ("UN", "US") name the parties of
// most sentences of a coverage, in words the sentence may leave out.
const maxLooseAcronym = 2

// holdsNamesLoosely reports whether a text holds the claim's names well
// enough to be about what it is: its names, but half of its titles
// (see claimWords.titles) and none of its two-letter acronyms.
func holdsNamesLoosely(cw claimWords, content map[string]struct{}, t string) bool {
	titles, held := 0, 0
	for n := range cw.names {
		_, title := cw.titles[n]
		_, acr := cw.acronyms[n]
		switch {
		case acr && utf8.RuneCountInString(n) <= maxLooseAcronym:
		case title:
			titles++
			held += boolInt(holdsName(cw, n, content, t))
		case !holdsName(cw, n, content, t):
			return false
		}
	}
	return 2*held >= titles
}

// crossLanguageSubject reports whether a sentence in another language
// than the claim is about what it is: it holds minForeignNames of its
// names and foreignNameShare of them.
func crossLanguageSubject(cw claimWords, s sentence) bool {
	held := share(cw.names, s.words.content)
	return held*float64(len(cw.names)) >= minForeignNames && held >= foreignNameShare
}

// contradiction returns a sentence about the claim's subject that gives it
// a different number or length of time.
func contradiction(claim string, lang text.Lang, ss []sentence) (footnote.Citation, bool) {
	cq := quantities(claim, lang)
	if len(cq) == 0 {
		return footnote.Citation{}, false
	}
	cw := knownNames(wordsOf(claim, lang), ss)
	cValues, cDates := splitDates(cq)
	for _, s := range ss {
		sq := quantities(s.cite.Quote, s.lang)
		if !aboutSameThing(cw, lang, s) && !countsSameThing(cw, lang, cq, sq, s) {
			continue
		}
		sValues, sDates := splitDates(sq)
		if differs(cValues, sValues) || differs(cDates, sDates) && dateNearClaim(cw, lang, s) {
			return s.cite, true
		}
	}
	return footnote.Citation{}, false
}

// namesMonth reports whether the claim names month f (folded).
func (cw claimWords) namesMonth(f string) bool {
	return slices.ContainsFunc(cw.months, func(m string) bool { return sameMonth(m, f) })
}

// splitDates returns the quantities of qs that are not days or years of
// a date, and those that are.
func splitDates(qs []quantity) (values, dates []quantity) {
	for _, q := range qs {
		if q.unit == unitDate || q.unit == unitYear {
			dates = append(dates, q)
		} else {
			values = append(values, q)
		}
	}
	return values, dates
}

// dateReach is how many content words on either side of its month a date
// may stand from a word of the claim to date what the claim says: the
// date of a meeting in "after the text is agreed upon, it has to be
// adopted … at a conference, and this one will take place as you know on
// 10 and 11 December" is not the day the text was agreed. More takes a
// later clause's date for the claim's event, fewer misses "approved at a
// meeting in Marrakech, Morocco, from Dec. 11-12".
const dateReach = 3

// dateNearClaim reports whether a month sentence s names stands within
// dateReach content words of a word of the claim or of reporting, or opens
// the sentence (dayLead); true in another language than the claim's,
// where words can't be compared.
func dateNearClaim(cw claimWords, lang text.Lang, s sentence) bool {
	if s.otherLanguage(lang) {
		return true
	}
	ws := text.Words(s.cite.Quote)
	folded := text.FoldWords(ws)
	// The months the claim does not name date what differs ("agreed in
	// July …, to be adopted on December 10-11" against "agreed on 13
	// july"); when the claim names them all, any does.
	other := false
	for i, f := range folded {
		other = other || monthAt(ws, i, s.lang) && !cw.namesMonth(f)
	}
	for i, f := range folded {
		if monthAt(ws, i, s.lang) && (!other || !cw.namesMonth(f)) && attachedAt(cw, s.cite.Quote, ws, folded, i, dateReach) {
			return true
		}
	}
	return false
}

// unitSubjectShare is the share of a claim's content words a sentence in
// its language must hold to be about its subject when it counts the same
// thing ("190 countries adopted the compact in Marrakech", "the 164
// countries that approved the agreement … in Marrakech"): the counted word
// is itself one, and outlets word the rest differently. Lower compares
// counts of the same word on other matters.
const unitSubjectShare = 0.4

// countsSameThing reports whether sentence s, with quantities sq, counts
// what the claim, with quantities cq, counts (a word, not a date or a
// length of time) and holds unitSubjectShare of its content words and its
// names.
func countsSameThing(cw claimWords, lang text.Lang, cq, sq []quantity, s sentence) bool {
	if s.otherLanguage(lang) {
		return false
	}
	counts := false
	for _, x := range cq {
		for _, y := range sq {
			counts = counts || x.unit != "" && x.unit[0] != '(' && x.sameUnit(y)
		}
	}
	return counts && heldShare(cw, s) >= unitSubjectShare && holdsNamesLoosely(cw, s.words.content, s.cite.Quote)
}

// agreement returns a sentence about the claim's subject that gives the
// claim's own number or length of time, and no other of its unit: with a contradiction, the
// sources disagree and the claim sides with some of them.
func agreement(claim string, lang text.Lang, ss []sentence) (footnote.Citation, bool) {
	cq := quantities(claim, lang)
	cw := knownNames(wordsOf(claim, lang), ss)
	for _, s := range ss {
		sq := quantities(s.cite.Quote, s.lang)
		if aboutSameThing(cw, lang, s) && matches(cq, sq) && !differs(cq, sq) {
			return s.cite, true
		}
	}
	return footnote.Citation{}, false
}

// affirmation returns, for a claim that negates ("the administration never
// backed the declaration"), a sentence about the same thing that affirms
// what it denies (see deniedWords.affirmedBy): the coverage says the
// opposite.
func affirmation(claim string, lang text.Lang, ss []sentence) (footnote.Citation, bool) {
	d, ok := denied(claim, lang, ss)
	if !ok {
		return footnote.Citation{}, false
	}
	for _, s := range ss {
		if d.affirmedBy(lang, s) {
			return s.cite, true
		}
	}
	return footnote.Citation{}, false
}

// deniedWords is what a negated claim denies: the claim without its
// negation, its words but the denied verb, its numbers, and the verb.
type deniedWords struct {
	affirmed string
	cw       claimWords
	cq       []quantity
	verb     string // the stem of the denied verb
}

// denied returns what a negated claim denies, its names known from the
// sentences ss; false when it negates nothing.
func denied(claim string, lang text.Lang, ss []sentence) (deniedWords, bool) {
	affirmed, verb, ok := withoutNegation(claim)
	if !ok {
		return deniedWords{}, false
	}
	cw := knownNames(wordsOf(affirmed, lang), ss)
	// The denied verb is what the coverage may word otherwise ("backed",
	// "endorsed"); the rest must be there.
	delete(cw.content, stem(verb))
	delete(cw.names, stem(verb))
	return deniedWords{affirmed: affirmed, cw: cw, cq: quantities(affirmed, lang), verb: stem(verb)}, true
}

// affirmedBy reports whether sentence s affirms what the claim denies: it
// is about the same thing, holds the denied verb or takes its stance, has
// no negation, gives no other number, and doesn't turn the stance around
// ("refused", "withdrew").
func (d deniedWords) affirmedBy(lang text.Lang, s sentence) bool {
	if quoteNegated(s.cite.Quote) || reversesStance(d.affirmed, s.cite.Quote) || leavesWhereClaimDoesNot(d.affirmed, s.cite.Quote) {
		return false
	}
	return holdsDenied(d.affirmed, d.verb, s.words, s.cite.Quote) &&
		aboutSameThing(d.cw, lang, s) && !differs(d.cq, quantities(s.cite.Quote, s.lang))
}

// holdsDenied reports whether a sentence (its words and text) affirms
// what a claim denies: it holds the denied verb (its stem), or words it
// otherwise and takes its stance ("endorsed" for "did not back"). One
// that does something else ("will guard its borders", "justified the
// decision") affirms nothing the claim denies.
func holdsDenied(affirmed, verb string, words claimWords, quote string) bool {
	_, has := words.content[verb]
	return has || sharesStance(affirmed, quote)
}

// heldShare is the share of the claim's content words sentence s holds,
// an acronym in any of its forms ("US", "U.S.").
func heldShare(cw claimWords, s sentence) float64 {
	held := 0
	for w := range cw.content {
		_, ok := s.words.content[w]
		_, acr := cw.acronyms[w]
		held += boolInt(ok || acr && acronymIn(w, s.cite.Quote))
	}
	return float64(held) / float64(max(len(cw.content), 1))
}

// share is the share of a's words that b holds.
func share(a, b map[string]struct{}) float64 {
	held := 0
	for w := range a {
		_, ok := b[w]
		held += boolInt(ok)
	}
	return float64(held) / float64(max(len(a), 1))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// closest returns the sentence of the passages that holds most of the
// claim's words (the first of the best retrieved, on a tie): what the
// coverage says nearest to the claim.
func closest(claim string, lang text.Lang, ss []sentence) (footnote.Citation, bool) {
	if len(ss) == 0 {
		return footnote.Citation{}, false
	}
	cw := wordsOf(claim, lang)
	best, bestShare := 0, -1.0
	for i, s := range ss {
		if sh := share(cw.content, s.words.content); sh > bestShare {
			best, bestShare = i, sh
		}
	}
	return ss[best].cite, true
}
