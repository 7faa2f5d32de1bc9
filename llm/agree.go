package llm

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A claim whose quote was found must agree with the sentences the quote
// was found in — not with the whole paragraph, where "Friday" may occur
// in another sentence than the one about the notification:
//   - each of its links is in those sentences;
//   - each of its facts (names, numbers, dates) is among their words, or
//     their aliases: "US" for "U.S.", the person a pronoun of theirs
//     refers to (named in the sentence before), the name a title of theirs
//     stands for in the article ("the president" for "President Trump");
//   - they negate what the claim negates, and nothing more of it;
//   - enough of the claim's other content words (coverageNum/coverageDen
//     of them, by stem; Snowball stems when the crude ones differ) are in
//     them, not counting words the claim echoes from the question.
// A claim in another language than the articles is held to its facts
// only: its quote, in the article's language, is what is shown.

// The share of a claim's plain content words its quoted sentences must
// hold: higher drops more paraphrases, lower lets a changed verb through.
// A third, chosen on the tune part of the faithfulness answers: a half
// dropped 3 of its true claims ("took place", "due to start", "pulling
// out of the talks" against the article's words) and a third shows none
// of its false ones, the nearest of which shares a fifth; the facts,
// negation and drifting verbs are what stop a false claim that keeps its
// quote's words.
const (
	coverageNum = 1
	coverageDen = 3
)

// minForeignAnchors is how many facts a claim in another language must
// share with the sentences it is checked against, each run of names
// ("Nikki Haley", "EE. UU.") counting as one and each number and date as
// one. One lets "the decision was taken by Nikki Haley" through on any
// sentence naming her, and "Die Entscheidung fiel am Samstag" on any
// sentence with the day; three loses "Trump tomó la decisión el viernes".
const minForeignAnchors = 2

// agreesWith reports whether the claim agrees with the sentences idx of
// src.
//
// anchors is 0 for a claim in the articles' language; for one in another
// language, how many facts it must share (see minForeignAnchors).
func (a analysis) agreesWith(src *source, idx []int, ev *evidence, anchors int) bool {
	return a.agreement(src, idx, ev, anchors) == agrees
}

// verdict is what the deterministic check makes of a claim against its
// quoted sentences.
type verdict int8

const (
	// disagrees: a link, name, number or date of the claim is not in
	// them, its negation differs, or it uses a verb in the past the
	// paragraph lacks.
	disagrees verdict = iota
	// undecided: none of that, but the words can't settle it: fewer
	// than coverageNum/coverageDen of its plain words are in them (at
	// least one is), or, in another language, it shares some of its
	// facts with them but fewer than the anchors asked for.
	undecided
	// agrees: the claim holds.
	agrees
)

// agreement is agreesWith with the undecided cases told apart.
func (a analysis) agreement(src *source, idx []int, ev *evidence, anchors int) verdict {
	foreign := anchors > 0
	if len(idx) == 0 {
		return disagrees
	}
	words := make(map[string]struct{}, 32)
	pron := false
	for _, i := range idx {
		st := &src.sents[i]
		for w := range st.words {
			words[w] = struct{}{}
		}
		pron = pron || st.pron
	}
	var referred map[string]struct{}
	if i := idx[0]; pron && i > 0 {
		// "she" in the quote is the person the sentence before names;
		// in the paragraph before, see source.referred. Only a name
		// comes from there: "it was ending its participation" does not
		// bring the "Monday" of the sentence before into the quote.
		referred = src.sents[i-1].words
	}
	for title, name := range ev.namesFor(src.p.Doc).titles {
		if _, ok := words[title]; ok {
			words[name] = struct{}{}
		}
	}
	span := src.p.Text[src.sents[idx[0]].start:src.sents[idx[len(idx)-1]].end]
	for _, l := range a.links {
		if !containsLink(span, l) {
			return disagrees
		}
	}
	anchored := 0
	runs := map[int]bool{}
	// Numbers and dates must be in the quoted sentences; a name may be
	// elsewhere in the paragraph ("Stephen Miller" named in the sentence
	// before "Miller led efforts…"), or in the paragraph before when this
	// one speaks of "she".
	found := func(f fact) bool {
		return f.in(words) || f.isName() && (f.in(referred) || a.nameIn(f, src, span) && (!a.placed(f) || nameStemIn(f, src, idx)) || ev.ownCountry(f, src, words))
	}
	var unheaded map[int]bool
	if foreign {
		unheaded = a.unheadedRuns(found, words)
	}
	// elsewhere is set when a name of the claim is found only in another
	// sentence of the paragraph than those quoted (nor brought in by their
	// personal pronoun): a claim in another language whose words are judged as a
	// translation of the quoted sentences (cognatesHeld) must name only
	// what they name.
	elsewhere := false
	for _, f := range a.facts {
		if found(f) {
			if f.isName() && !f.in(words) && (!f.in(referred) || !hasPersonal(words)) && !nameStemIn(f, src, idx) {
				// (An "its" of the quote may stand for a body, not
				// for the person the sentence before names.)
				elsewhere = true
			}
			if foreign && f.isName() && !f.in(words) && (!f.in(referred) || !hasPersonal(words)) && a.dateElsewhere(f, src, idx) {
				// Its name is another sentence's, with another date:
				// not even brought in by an "it" or a "they" of the
				// quote, which may stand for something else.
				return disagrees
			}
			if !f.isName() {
				anchored++
			} else if !runs[f.run] && !unheaded[f.run] {
				// A run of names counts once: "Nikki Haley" is one
				// anchor, "EE. UU." another.
				runs[f.run] = true
				anchored++
			}
			continue
		}
		if foreign && a.unknownName(f) {
			continue
		}
		return disagrees
	}
	if a.roleSwapped(src) || embeddedSubject(a.ws, a.folded, span) || a.swapsSpan(src, idx, span) || !foreign && a.borrowsVerb(src) || a.sideOfOthers(src, sentencesOf(src, idx), sentencesOf(src, nil)) {
		return disagrees
	}
	for _, i := range idx {
		if a.gapSwapped(&src.sents[i]) || a.dateMisplaced(&src.sents[i]) || a.stanceFlipped(&src.sents[i], src) || a.opposes(&src.sents[i]) || a.otherDoer(src, &src.sents[i]) {
			return disagrees
		}
	}
	if a.unitsDiffer(span) || a.countsDiffer(func() []*sentence { return sentencesOf(src, idx) }) || a.periodPartDiffers(func() []*sentence { return sentencesOf(src, idx) }) {
		// "for 32 weeks" against "the 32-year-old" (units.go).
		return disagrees
	}
	neg := false
	for _, i := range idx {
		if negationAgrees(a.neg, a.stems, &src.sents[i]) {
			neg = true
			break
		}
	}
	for _, i := range idx {
		// No sentence it stands on may deny what it affirms: "the
		// compact is legally binding on all 193 member states" quoting
		// "is not legally binding", with the 193 from the next one.
		if negatesUnclaimed(a.neg, a.stems, &src.sents[i]) {
			neg = false
		}
	}
	// "The minister did not attend" answering "Did the minister
	// attend…?": the words can't tell whether the quote ("her deputy,
	// who represented the minister at the meeting") says no.
	if neg && !foreign && a.deniedThere(src) {
		// A word it affirms is said in the paragraph only with a
		// negation, in a sentence it does not quote.
		neg = false
	}
	unsure := !neg && a.negatesQuestion(ev)
	if !neg && !unsure {
		return disagrees
	}
	if foreign {
		for _, i := range idx {
			if a.prefixOpposed(&src.sents[i]) || a.deniesAnchor(src, &src.sents[i]) {
				// "compatible" against "incompatible": the prefix
				// is written alike in the languages of the coverage.
				return disagrees
			}
		}
		// Its words can't be compared with the quote's: its names,
		// numbers and dates must carry it, and its negation agree
		// ("Trump no tomó la decisión el viernes" against "Trump made
		// the decision on Friday" does not).
		switch {
		case anchored >= anchors && !unsure && !a.polarityTurned(sentencesOf(src, idx), sentencesOf(src, idx)) && endsHeld(a.folded, sentencesOf(src, nil)):
			// Its deed, when it ends something, must be told in the
			// paragraph (endsHeld): its names and numbers say nothing
			// of what was done with them.
			return agrees
		case anchored >= anchors && !unsure:
			// Its facts are there, but not its deed (polarity.go).
			return undecided
		case anchored > 0 && !unsure && !elsewhere && a.cognatesHeld(src, idx):
			// One anchor, but a close translation of the sentences
			// (cognates.go): "Jeff Sessions s'est opposé au retrait,
			// comme le département d'État" translates "The State
			// Department initially opposed the withdrawal" but for its
			// doer, named in the sentence before.
			return agrees
		case anchored > 0:
			return undecided
		}
		return disagrees
	}
	plain, in := 0, 0
	var missing []claimStem
	for _, s := range a.stems {
		if !s.plain {
			continue
		}
		found := false
		for _, i := range idx {
			if src.sents[i].hasStem(s, ev.lang) {
				found = true
				break
			}
		}
		if !found && a.classSaid(s, sentencesOf(src, idx)...) {
			// Said in another word of its class ("slammed" for
			// "criticised"; see classSaid).
			found = true
		}
		if !found && pastVerb(s, ev.lang, a.echo, a.rel) {
			// A verb in the past must be in the quoted sentences: "Kelly
			// opposed the pullout" quoting "Kelly … strongly backed a
			// pullout" takes its verb from another sentence of the
			// paragraph, about someone else.
			return disagrees
		}
		if !found && prefixTurned(s.word, words, a.hasWord) {
			return disagrees
		}
		in, plain = a.tally(s, found, in, plain, &missing)
	}
	if len(missing) > 0 {
		sets := make([]map[string]struct{}, len(idx))
		for k, i := range idx {
			sets[k] = src.sents[i].words
		}
		in, plain = a.relatedCredit(missing, in, plain, func(in, plain int) bool { return coverageDen*in >= coverageNum*plain }, sets...)
	}
	switch {
	case (src.isHeader() || coverageDen*in >= coverageNum*plain) && !unsure && !a.polarityTurned(sentencesOf(src, idx), sentencesOf(src, idx)) && !a.inventedTail(sentencesOf(src, nil)):
		return agrees
	case in > 0 || unsure:
		return undecided
	}
	return disagrees
}

// unheadedRuns returns the runs of names of an English claim checked
// against paragraphs in another language whose last word the quoted words
// (words) lack, while another word of the run is there: in English the
// last word of a name is its head, so the run names another thing than the
// words of it the paragraphs have ("Mexico City" against a sentence with
// "México", "Puerto Vallarta Airport"), and those words anchor nothing. A
// run whose last word is there keeps it as its head ("Foreign Minister
// Luis Videgaray", the title translated in the article), but only when the
// quoted words have that head as written: one found by its stem or
// elsewhere in the paragraph, while other words of the run are missing,
// heads nothing ("World Health Organization" against "FN-organet
// Unesco"). Not for claims in other languages: German capitalises its
// nouns ("UN-Pakt").
func (a analysis) unheadedRuns(found func(fact) bool, words map[string]struct{}) map[int]bool {
	if !a.english {
		return nil
	}
	var out map[int]bool
	for k, f := range a.facts {
		if !f.isName() || k+1 < len(a.facts) && a.facts[k+1].run == f.run && a.facts[k+1].isName() {
			continue
		}
		inRun := func(g fact) bool { return g.run == f.run && g.isName() }
		if !found(f) && slices.ContainsFunc(a.facts[:k], func(g fact) bool { return inRun(g) && found(g) }) ||
			!f.in(words) && slices.ContainsFunc(a.facts[:k], func(g fact) bool { return inRun(g) && !found(g) }) {
			if out == nil {
				out = map[int]bool{}
			}
			out[f.run] = true
		}
	}
	return out
}

// placed reports whether the claim writes the name fact f as a place,
// after "in", "at", "en", "à", "im"… (text.IntroducesPlace, in the
// languages of countLangs): a place must be in the quoted sentences, as a
// number or a date must. "152 countries approved it in Marrakech" quoting
// "approved by a vote of 152-5" takes its place from the next sentence,
// about another vote; a person may still be named in the sentence before
// ("Stephen Miller, the 32-year-old…" for "Miller led efforts…").
func (a analysis) placed(f fact) bool {
	for i := 1; i < len(a.folded); i++ {
		if a.folded[i] != f.folded {
			continue
		}
		before := strings.ToLower(a.ws[i-1].Text)
		for _, l := range countLangs {
			if text.IntroducesPlace(l, before) {
				return true
			}
		}
	}
	return false
}

// nameStemIn reports whether one of the sentences idx of src has a word
// with the stem of the name fact f ("Mexican" for "Mexico"; see
// sameNameStem).
func nameStemIn(f fact, src *source, idx []int) bool {
	s, ok := nameStem(f)
	if !ok {
		return false
	}
	for _, i := range idx {
		if _, ok := src.sents[i].stems[s]; ok {
			return true
		}
	}
	return false
}

// negatesQuestion reports whether all the claim negates are words of the
// question: it answers a yes/no question "no" in the question's words.
func (a analysis) negatesQuestion(ev *evidence) bool {
	if !a.neg.negated || len(a.neg.scope) == 0 {
		return false
	}
	for s := range a.neg.scope {
		if _, ok := ev.echo[s]; !ok {
			return false
		}
	}
	return true
}

// isHeader reports whether src is an article's header (¶0): its title,
// byline, dateline and link, a field a line. Its other words are the
// fields' labels ("By", "Published by"): a claim ("written by Colum
// Lynch", "The story ran in Foreign Policy on December 2, 2017") is held
// to its names, numbers and dates in one line, its negation and its
// verbs, not to sharing the labels' words.
func (s *source) isHeader() bool {
	return s.p.N == 0
}

// nameIn reports whether the name fact f is in src through one of the
// article's forms of it: among its words, in the paragraph before that
// this one refers to, as what a title of src stands for, as the noun
// span writes it before, or by its stem.
func (a analysis) nameIn(f fact, src *source, span string) bool {
	return f.isName() && (f.in(src.words) || src.referred(f) || a.named(f, src) || a.headed(f, src, span) || sameNameStem(f, src))
}

// unknownName reports whether f is a name of a claim in another language
// that the paragraphs don't contain and that isn't a translated form of
// one they do (see foreignNames): a name translated ("Maison Blanche"),
// or a noun German capitalises — nothing to compare it with.
func (a analysis) unknownName(f fact) bool {
	return a.known != nil && f.isName() && !a.known(f.folded) && !f.mapped
}

// minNameStem is the shortest name matched by its stem ("Mexico" by
// "Mexican"): a shorter one's first five letters are most of it, and
// "Haley" would match "Haleys".
const minNameStem = 6

// sameNameStem reports whether src has a word with the stem of the name
// fact f, a name of minNameStem letters or more: "Mexican" for "Mexico",
// "Americans" for "America".
func sameNameStem(f fact, src *source) bool {
	s, ok := nameStem(f)
	if !ok {
		return false
	}
	_, ok = src.stems[s]
	return ok
}

// nameStem returns the stem a name fact is matched by, when it is long
// enough to be (minNameStem).
func nameStem(f fact) (string, bool) {
	if len(f.folded) < minNameStem {
		return "", false
	}
	return stem(f.folded), true
}

// minSnowballWord is the shortest word of a sentence whose Snowball stem
// a claim's word may meet: three letters, so that "ended" meets "would
// end" and "used" meets "use" (a verb's base form is often that short,
// too short to be a content word); shorter ones are initials and
// particles.
const minSnowballWord = 3

// hasStem reports whether the sentence has a word of stem s: the crude
// stem, or, in English, the Snowball stem ("arguing", "argued").
func (st *sentence) hasStem(s claimStem, lang string) bool {
	if _, ok := st.stems[s.s]; ok {
		return true
	}
	if lang != string(text.English) || s.word == "" {
		return false
	}
	_, ok := st.snowStems()[text.Stem(text.English, s.word)]
	return ok
}

// snowStems returns the Snowball stems of the sentence's words, made once.
func (st *sentence) snowStems() map[string]struct{} {
	if st.snow == nil {
		st.snow = make(map[string]struct{}, len(st.words))
		for w := range st.words {
			if len(w) >= minSnowballWord && !stopwords[w] {
				st.snow[text.Stem(text.English, w)] = struct{}{}
			}
		}
	}
	return st.snow
}

// echoed reports whether a claim's stem is a word of the question.
func (a analysis) echoed(s claimStem) bool {
	_, ok := a.echo[s.s]
	return ok
}

// questionStems returns the stems of the content words of a question.
func questionStems(q string) map[string]struct{} {
	out := map[string]struct{}{}
	for _, w := range text.Words(q) {
		if f := text.Fold(w.Text); contentWord(f) {
			out[stem(f)] = struct{}{}
		}
	}
	return out
}

// driftingVerb reports whether a claim's word is a verb in the past (see
// pastVerb) that its paragraph lacks ("passed", "resettled", "banned" said
// of a paragraph that doesn't say so): the inline check's test, where
// the claim may draw on any sentence of the paragraph it cites. A
// structured claim's verb must be in its quoted sentences (agreement).
func driftingVerb(s claimStem, src *source, lang string, echo map[string]struct{}, rel *relatedness.Words) bool {
	if !pastVerb(s, lang, echo, rel) {
		return false
	}
	if _, ok := src.stems[s.s]; ok {
		return false
	}
	for i := range src.sents {
		if src.sents[i].hasStem(s, lang) {
			return false
		}
	}
	return true
}

// pastVerb reports whether a claim's word is an English verb in the past
// that says what happened: not a speech verb ("argued", "insisted"), which
// only reports, nor a verb of intention or decision, whose object is what
// gets checked, nor a word of the question, which is the question's.
func pastVerb(s claimStem, lang string, echo map[string]struct{}, rel *relatedness.Words) bool {
	_, echoed := echo[s.s]
	if echoed || lang != string(text.English) || !strings.HasSuffix(s.word, "ed") || speechVerbs[s.word] || relatedness.IsFraming(s.word) {
		return false
	}
	if rel != nil {
		// Not a word that merely ends in "ed" ("need", "speed").
		if past, known := rel.IsPastForm(s.word); known {
			return past
		}
	}
	return true
}

// drifts reports whether a plain word of the claim is a drifting verb
// (see driftingVerb) in every one of srcs.
func (a analysis) drifts(srcs ...*source) bool {
	for _, s := range a.stems {
		if !s.plain {
			continue
		}
		all := true
		for _, src := range srcs {
			if !driftingVerb(s, src, a.lang, a.echo, a.rel) || a.classSaid(s, sentencesOf(src, nil)...) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// speechVerbs are English verbs that report speech or writing.
var speechVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`said added argued insisted noted stated told explained claimed warned announced
		reported asserted contended maintained stressed emphasized emphasised suggested acknowledged replied wrote
		remarked observed declared commented mentioned issued released published defended`) {
		speechVerbs[w] = true
	}
}

// deniesAnchor reports whether st, in another language than the claim,
// negates one of the claim's names while the claim negates nothing: "Haley
// said the approach is compatible with US sovereignty" against "er
// simpelthen ikke forenelig med USA's suverænitet". The scope of a
// negation is compared by the stems of its content words
// (negationAgrees), and an English claim's stems are not the quote's
// words, so the claim would ride on the sentence it turns around; its
// names are written alike (or through foreignNames) in both. A name within
// negScopeWords words after a negation word of the paragraph's language
// is denied (Portuguese "no Twitter" denies nothing).
func (a analysis) deniesAnchor(src *source, st *sentence) bool {
	if a.neg.negated || !st.neg.negated {
		return false
	}
	lang := text.Lang(pickLang(&src.langCounts))
	for j, w := range st.seq {
		if !text.IsNegationIn(lang, w) {
			continue
		}
		for i := j + 1; i < min(len(st.seq), j+1+negScopeWords); i++ {
			if !capitalised(st.ws[i].Text) {
				// A name is written with a capital: Spanish "un
				// país" names no UN.
				continue
			}
			f := st.seq[i]
			form, _ := foreignFormAt(st.seq, i)
			for _, fc := range a.facts {
				if fc.isName() && (fc.folded == f || form != "" && fc.alias == writtenInitials+form) {
					return true
				}
			}
		}
	}
	return false
}
