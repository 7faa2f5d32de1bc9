package llm

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/gazetteer"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// The post-check runs on every model answer before anyone sees it:
//
//  1. split the answer into claims, each with the [¶N] markers after it;
//  2. resolve each marker to a retrieved paragraph; a marker for a
//     paragraph that doesn't exist or wasn't retrieved is dropped;
//  3. keep a citation only if the cited paragraph supports the claim (see
//     analysis.supports: its links verbatim, its names, numbers and dates,
//     a sentence whose negation agrees, most of its other words); that
//     sentence, verified with footnote.QuoteIn, becomes the quote;
//  4. a claim none of whose citations holds is re-cited to the best
//     retrieved paragraph that does support it (with stricter evidence:
//     it must also share a non-name word), or removed.

// trimListMarker removes a bullet or a list number at the start of a line
// ("- ", "* ", "• ", "2. ", "3) ").
func trimListMarker(s string) string {
	t := strings.TrimLeft(s, " \t\r\n")
	rest := ""
	switch {
	case strings.HasPrefix(t, "-"), strings.HasPrefix(t, "*"):
		rest = t[1:]
	case strings.HasPrefix(t, "•"):
		rest = t[len("•"):]
	default:
		d := 0
		for d < len(t) && d < 3 && t[d] >= '0' && t[d] <= '9' {
			d++
		}
		if d == 0 || d >= len(t) || (t[d] != '.' && t[d] != ')') {
			return s
		}
		rest = t[d+1:]
	}
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return s
	}
	return strings.TrimLeft(rest, " \t")
}

// source is a retrieved paragraph prepared for checking.
type source struct {
	p footnote.Paragraph
	// ws are the paragraph's words (text.Words), folded their folded
	// forms, read once for every check that goes through them.
	ws     []text.Word
	folded []string
	words  map[string]struct{}
	stems  map[string]struct{} // the stems of all its sentences
	sents  []sentence
	// refers holds the folded words of the paragraph before, when this one
	// opens by referring back to it ("She was ultimately overruled…"): a
	// name a claim gives to "she" may come from there.
	// It is made from before, the paragraph's text, when first needed
	// (see referred).
	refers map[string]struct{}
	before string
	// refersBack is set when the paragraph opens by referring back, or
	// has a personal pronoun: before is then the paragraph before.
	refersBack bool
	// langCounts counts its words that are function words of each of
	// langs (countLang), read once for its own language and summed for
	// the evidence's.
	langCounts [len(langs)]int
	// qtoks are its words for finding a quote (see tokens), made when
	// first needed.
	qtoks []qtok
}

type sentence struct {
	text string
	// start and end are its byte offsets in the paragraph (trimmed).
	start, end int
	words      map[string]struct{}
	// snow holds the Snowball stems of its content words, made when a
	// claim's word is first looked up in it (see hasStem).
	snow  map[string]struct{}
	pron  bool // it has a pronoun that refers to someone named before
	stems map[string]struct{}
	neg   negation
	// quotable caches footnote.QuoteIn(text, paragraph): 0 unknown, 1 yes,
	// 2 no.
	quotable int8
	// acts are its words and actor keys under the titles actsOf names,
	// made when a claim's verb is first looked up in it (see
	// swapsActorsOf).
	acts   *quoteActs
	actsOf titlesKey
	// gaps are its gapped clauses (see gappedPairs), read when a claim
	// is first checked against it (gapsRead).
	gaps     []gapPair
	gapsRead bool
	// seq are its words, folded, in order, made when a check first reads
	// them (see sentence.sequence).
	seq []string
	// sides are the polarities it states and who states them, under the
	// titles sidesOf names, read when a claim's side is first compared
	// with it (see sentence.sidesUnder).
	sides     []sided
	sidesOf   titlesKey
	sidesRead bool
	// ws are its words, their offsets in the paragraph's text (see
	// sidesUnder); nil for a sentence made otherwise.
	ws []text.Word
	// hits are its polar words (see polarHits), read once.
	hits      []polarHit
	polarRead bool
}

// sequence returns the sentence's folded words in order, made once.
func (st *sentence) sequence() []string {
	if st.seq == nil {
		st.seq = foldedWords(st.text)
	}
	return st.seq
}

func (s *source) quotable(i int) bool {
	st := &s.sents[i]
	if st.quotable == 0 {
		// The sentence is cut from the paragraph, so it occurs in it; what
		// QuoteIn can still refuse is a sentence too short to prove
		// anything. Checking it against itself asks exactly that without
		// normalising the whole paragraph for every sentence. The answer's
		// citations are verified against their paragraphs at the end.
		st.quotable = 2
		if wordRunes(st.text) >= 24 || footnote.QuoteIn(st.text, st.text) {
			// 24 letters or digits survive any normalisation and trim.
			st.quotable = 1
		}
	}
	return st.quotable == 1
}

// evidence is the set of retrieved paragraphs an answer may cite.
type evidence struct {
	sources []*source // best first, one per paragraph
	// ranks are the places of sources' passages in the ranking, and
	// reciteAmong, when above 0, how many of the best ranked a claim
	// none of whose citations holds may be re-cited to: the paragraphs
	// added for the prompt's context (contextPassages) can be cited by
	// the model, but the check does not guess among them.
	ranks       []int
	reciteAmong int
	byN         map[int][]*source
	vocab       map[string]struct{} // every folded word of the sources
	// lang is their language, "" if unsure: the one most of their
	// function words are of (among langs), or the language their
	// articles are recorded in when that is none of langs (see
	// recordedLanguage).
	lang string
	// labels maps each article's ID to its source label, and docsOf a
	// label (or outlet name) as a model may write it, lowercased, to the
	// articles it names. Both are empty when the paragraphs come without a
	// library; markers are then bare.
	labels map[string]string
	docsOf map[string][]string
	// echo holds the stems of the question's content words: a claim
	// repeating them says nothing the quote must hold.
	echo map[string]struct{}
	// names holds, per article, the other ways it writes its names;
	// filled by namesFor when first needed.
	names map[string]nameForms
	// heads holds, per article, the nouns its names modify; filled by
	// headsFor when first needed.
	heads map[string]map[string]string
	// lib holds the articles, when the paragraphs come with them.
	lib footnote.Library
	// approved holds the undecided claims a second opinion found
	// supported, by opinionKey.
	approved map[string]bool
	// rel compares words by meaning, for a claim that says in other
	// words what its sentences say (see relatedIn); nil without the word
	// vectors, when only the words themselves count.
	rel *relatedness.Words
	// places tells which country a word names (see ownCountry); nil
	// when the caller gives none, and the rule is off. owned holds, per
	// article, the country it names most, filled when first needed.
	places *gazetteer.Gazetteer
	owned  map[string]string
	// memo holds the judgement of each claim already checked, so that
	// checking a streaming answer again as it grows costs little.
	memo map[memoKey]judgement
}

type memoKey struct {
	check     string
	refs      string
	sentStart bool
	foreign   bool
}

func (e *evidence) known(w string) bool {
	_, ok := e.vocab[w]
	return ok
}

func noMarker(int) int { return 0 }

// vocabPerPassage is how many distinct words the evidence's vocabulary is
// made room for per passage: six passages of the article have 182 (30
// each). More allocates room most checks never fill, on every answer;
// fewer grows the map while it fills.
const vocabPerPassage = 40

// wordsPerStem is how many of a paragraph's words the room for its stems
// counts one for: the stems are of content words only, about half a news
// paragraph's words (168 and 175 of 321 in six passages of the article).
// Fewer makes room the stems never fill; more grows the maps as they fill.
const wordsPerStem = 2

// newEvidence looks up the full text of each retrieved paragraph (a passage
// may be a chunk of one); passages whose paragraph doesn't exist are left
// out, so they can't be cited.
func newEvidence(passages []footnote.Passage, paras footnote.Paragraphs) *evidence {
	return (*paragraphReads)(nil).evidence(passages, paras)
}

// evidence is newEvidence reading each paragraph through reads (see
// paragraphReads; a nil reads reads every paragraph afresh).
func (reads *paragraphReads) evidence(passages []footnote.Passage, paras footnote.Paragraphs) *evidence {
	e := &evidence{byN: map[int][]*source{}, vocab: make(map[string]struct{}, vocabPerPassage*len(passages)), memo: map[memoKey]judgement{},
		labels: map[string]string{}, docsOf: map[string][]string{}, names: map[string]nameForms{}, heads: map[string]map[string]string{}}
	var recorded map[string]string // a cited article's ID → its recorded language
	if lib, ok := paras.(footnote.Library); ok {
		e.lib = lib
		recorded = map[string]string{}
		for _, a := range lib.Articles() {
			e.labels[a.ID] = a.Label
			if slices.ContainsFunc(passages, func(p footnote.Passage) bool { return p.Doc == a.ID }) {
				recorded[a.ID] = a.Language
			}
			for _, name := range []string{a.Label, a.Publication, a.ID} {
				if k := strings.ToLower(name); k != "" && !slices.Contains(e.docsOf[k], a.ID) {
					e.docsOf[k] = append(e.docsOf[k], a.ID)
				}
			}
		}
	}
	var langs [len(langs)]int
	type key struct {
		doc string
		n   int
	}
	seen := map[key]bool{}
	for rank, ps := range passages {
		k := key{ps.Doc, ps.N}
		if seen[k] {
			continue
		}
		seen[k] = true
		p, ok := paras.Paragraph(ps.Doc, ps.N)
		if !ok {
			continue
		}
		s := reads.source(p)
		for _, f := range s.folded {
			e.vocab[f] = struct{}{}
		}
		for i, n := range s.langCounts {
			langs[i] += n
		}
		if s.refersBack {
			if prev, ok := paras.Paragraph(ps.Doc, ps.N-1); ok && ps.N > 1 {
				s.before = prev.Text
			}
		}
		e.sources = append(e.sources, s)
		e.ranks = append(e.ranks, rank)
		e.byN[p.N] = append(e.byN[p.N], s)
	}
	e.lang = pickLang(&langs)
	if rec, guessed := recordedLanguage(e.sources, recorded, e.lang); rec != "" && !guessable(rec) && !guessed {
		e.lang = rec
	}
	return e
}

// recordedLanguage returns the language most of sources' articles are
// recorded in (footnote.Article.Language: the importer detects it over
// the whole page), "" when none is recorded or two tie, and whether one
// of them is recorded in the language guess or not recorded at all. Function words tell only the
// languages of langs apart; a Danish paragraph has enough of English's
// ("i", "at", "for") to be taken for English, and an English claim quoting
// it was then checked word for word against it, as if both were English.
// The record overrides the guess only when every article of the sources
// is recorded and none in the guessed language: English paragraphs among
// Japanese ones are English, and their function words were the guess's.
func recordedLanguage(sources []*source, recorded map[string]string, guess string) (string, bool) {
	if len(recorded) == 0 {
		return "", false
	}
	counts := map[string]int{}
	unrecorded := false
	for _, s := range sources {
		if l := recorded[s.p.Doc]; l != "" {
			counts[l]++
		} else {
			unrecorded = true
		}
	}
	_, guessed := counts[guess]
	return mostOf(counts), guessed || unrecorded
}

// mostOf returns the key counted most in counts, "" when two tie or none
// is counted.
func mostOf(counts map[string]int) string {
	best, n, tie := "", 0, false
	for k, c := range counts {
		switch {
		case c > n:
			best, n, tie = k, c, false
		case c == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// foreignKnown returns evidence.known when claimText is in another
// language than the paragraphs (the facts check then tells grammar from
// names by it, and holds the claim to its names, numbers and dates), else
// nil. The claim's language is told by its function words (language);
// when the paragraphs are in a language those can't name (recordedLanguage),
// a claim is in theirs when the detector finds it so.
func (e *evidence) foreignKnown(claimText string) func(string) bool {
	lang := language(claimText)
	if lang == "" || e.lang == "" || lang == e.lang {
		return nil
	}
	if !guessable(e.lang) && text.NewDetector().DetectAny(claimText) == e.lang {
		return nil
	}
	return e.known
}

// readSource reads paragraph p for checking: its words, folded, their
// stems, and its sentences with theirs and their negations.
func readSource(p footnote.Paragraph) *source {
	// Fold each word once; sentences take theirs by position.
	ws := text.Words(p.Text)
	s := &source{p: p, words: make(map[string]struct{}, len(ws)), stems: make(map[string]struct{}, len(ws)/wordsPerStem)}
	folded := make([]string, len(ws))
	s.ws, s.folded = ws, folded
	for i, w := range ws {
		f := text.Fold(w.Text)
		folded[i] = f
		s.words[f] = struct{}{}
		countLang(f, &s.langCounts)
	}
	// The paragraph's language decides which words negate in it (text.IsNegationIn).
	lang := text.Lang(pickLang(&s.langCounts))
	start, wi := 0, 0
	for _, end := range sentenceEnds(p.Text, noMarker) {
		raw := p.Text[start:end]
		t := strings.TrimSpace(raw)
		tStart := start + len(raw) - len(strings.TrimLeft(raw, " \t\r\n"))
		start = end
		n := 0
		for n+wi < len(ws) && ws[n+wi].Start < end {
			n++
		}
		st := sentence{text: t, start: tStart, end: tStart + len(t), words: make(map[string]struct{}, n), stems: make(map[string]struct{}, n/wordsPerStem)}
		first := wi
		for ; wi < len(ws) && ws[wi].Start < end; wi++ {
			f := folded[wi]
			st.words[f] = struct{}{}
			en := dateAlias(f)
			if en == "" && wi+1 < len(ws) && hyphenJoined(p.Text, ws[wi], ws[wi+1]) {
				// A weekday written as a compound: Portuguese
				// "terça-feira" (its "terça" alone is also "third").
				en = dateAlias(f + "-" + folded[wi+1])
			}
			if en != "" {
				// A weekday or month of another language is also its
				// English name: "on Saturday" of an English claim is
				// "samedi" of a French quote.
				st.words[en] = struct{}{}
				s.words[en] = struct{}{}
			}
			if referring[f] {
				st.pron = true
			}
			if contentWord(f) {
				st.stems[stem(f)] = struct{}{}
				s.stems[stem(f)] = struct{}{}
			}
		}
		st.neg = negationOf(p.Text, ws[first:wi], folded[first:wi], lang)
		st.seq = folded[first:wi:wi]
		st.ws = ws[first:wi:wi]
		addSourceAliases(p.Text, ws[first:wi], folded[first:wi], st.words, s.words)
		addForeignForms(folded[first:wi], st.words, s.words)
		if t != "" {
			s.sents = append(s.sents, st)
		}
	}
	s.refersBack = opensWithReference(p.Text) || slices.ContainsFunc(folded, func(f string) bool { return personal[f] })
	return s
}

// cited returns the retrieved paragraphs a marker's ref may mean: ¶N of
// the article its label names, or ¶N of any retrieved article when the
// marker is bare or its label names none (a model may write an outlet its
// own way); the check then keeps the one that supports the claim.
func (e *evidence) cited(r footnote.MarkerRef) []*source {
	all := e.byN[r.N]
	docs := e.docsOf[strings.ToLower(r.Label)]
	if r.Label == "" || len(docs) == 0 {
		return all
	}
	var out []*source
	for _, src := range all {
		if slices.Contains(docs, src.p.Doc) {
			out = append(out, src)
		}
	}
	return out
}

// claim is a stretch of the answer ending at its citation markers.
type claim struct {
	lead      string               // the claim as written, without its markers
	check     string               // the text its facts come from
	refs      []footnote.MarkerRef // the cited paragraphs
	marked    bool                 // the model cited it
	sentStart bool
}

type sentencePart struct {
	claims []claim
	tail   string // what follows the last marker: punctuation, space
}

// parse splits an answer into sentences and claims.
func parse(text string) []sentencePart {
	locs := footnote.FindMarkers(text)
	at := func(i int) int {
		for _, l := range locs {
			if l.Start == i {
				return l.End - l.Start
			}
			if l.Start > i {
				break
			}
		}
		return 0
	}
	var parts []sentencePart
	start, li := 0, 0
	for _, end := range sentenceEnds(text, at) {
		var sp sentencePart
		cur := start
		first := true
		for li < len(locs) && locs[li].End <= end {
			l := locs[li]
			li++
			if l.Start < cur {
				continue
			}
			lead := text[cur:l.Start]
			// Adjacent markers ("[¶2] [¶3]") cite the same claim.
			if !first && strings.TrimSpace(lead) == "" && len(sp.claims) > 0 {
				last := &sp.claims[len(sp.claims)-1]
				last.refs = append(last.refs, l.Refs...)
				cur = l.End
				continue
			}
			sp.claims = append(sp.claims, claim{lead: lead, check: lead, refs: l.Refs, marked: true, sentStart: first})
			first = false
			cur = l.End
		}
		rest := text[cur:end]
		if len(sp.claims) == 0 {
			sp.claims = append(sp.claims, claim{lead: rest, check: rest, sentStart: true})
		} else {
			sp.tail = rest
			sp.claims[len(sp.claims)-1].check += " " + rest
		}
		for i := range sp.claims {
			if sp.claims[i].sentStart {
				sp.claims[i].check = trimListMarker(sp.claims[i].check)
			}
		}
		parts = append(parts, sp)
		start = end
	}
	return parts
}

// support is a verified citation of a claim.
type support struct {
	src   *source
	quote string
}

// analysis is what a claim asserts.
type analysis struct {
	facts []fact
	stems []claimStem // the stems of its content words, each once
	links []string    // its URLs, domains, e-mail addresses, Markdown links
	neg   negation
	// echo holds the stems of the question's words (evidence.echo), and
	// lang the language of the paragraphs (evidence.lang).
	echo map[string]struct{}
	lang string
	// english is set when the claim's own function words are English's
	// (language): deniedThere reads English negation only.
	english bool
	// yesNo is set when the claim answers a yes/no question ("No, …"):
	// what it repeats of the question is then what it asserts.
	yesNo bool
	// names is evidence.namesFor.
	names func(doc string) nameForms
	// heads is evidence.headsFor.
	heads func(doc string) map[string]string
	// ownCountry is evidence.ownCountry.
	ownCountry func(f fact, src *source, words map[string]struct{}) bool
	// ws are the words of text (text.Words), read once, and folded the
	// same words folded (see borrowsVerb).
	ws     []text.Word
	folded []string
	// text is the claim as checked: headed reads the nouns after its
	// names from it (see nounsAfter), in the rare case it needs them.
	text string
	// known is set for a claim in another language than the paragraphs:
	// it reports whether a folded word is among their words.
	known func(string) bool
	// roles are the roles it gives people in apposition (see
	// roleSwapped).
	roles []role
	// acts are its verbs in the regular past, for the actors check (see
	// swappedActors); nil when it has none.
	acts *claimActs
	// rel compares words by meaning (evidence.rel); nil without the
	// word vectors.
	rel *relatedness.Words
	// sides holds the sides it states (see sideOfOthers), read when
	// first needed; nil for an analysis not made by analyse.
	sides *claimSides
	// part is set for a part of a claim checked against one of the
	// paragraphs that hold it together; the coverage of its words is
	// checked over all of them, by jointSupport.
	part bool
}

// stemsIn counts the claim's stems in the sentence q of src.
func (a analysis) stemsIn(src *source, q string) int {
	n := 0
	for _, i := range src.sentenceIndex(q) {
		for _, st := range a.stems {
			if _, ok := src.sents[i].stems[st.s]; ok {
				n++
			}
		}
	}
	return n
}

// covered reports whether at least half (rounded up) of the claim's plain
// stems are in one of the sources; with soft, a noun may be there in other
// words (see relatedIn).
func (a analysis) covered(soft bool, srcs ...*source) bool {
	plain, in := 0, 0
	var missing []claimStem
	for _, s := range a.stems {
		if !s.plain {
			continue
		}
		found := false
		for _, src := range srcs {
			set := src.stems
			if _, ok := set[s.s]; ok {
				found = true
				break
			}
			// "years" of "32-year-old": a plural whose crude stem is
			// the whole word.
			if _, ok := set[stem(strings.TrimSuffix(s.word, "s"))]; ok && len(s.word) > 4 {
				found = true
				break
			}
		}
		if !found && soft {
			// Said in another word of its class (see classSaid).
			for _, src := range srcs {
				if a.classSaid(s, sentencesOf(src, nil)...) {
					found = true
					break
				}
			}
		}
		in, plain = a.tally(s, found, in, plain, &missing)
	}
	if soft && len(missing) > 0 {
		// Only when its words fall short, and unless it is re-cited to
		// a paragraph the model didn't name (which needs its own words).
		sets := make([]map[string]struct{}, len(srcs))
		for i, src := range srcs {
			sets[i] = src.words
		}
		in, plain = a.relatedCredit(missing, in, plain, func(in, plain int) bool { return 2*in >= plain }, sets...)
	}
	return 2*in >= plain
}

// plainStems counts the claim's stems that are not facts.
func (a analysis) plainStems() int {
	n := 0
	for _, s := range a.stems {
		if s.plain {
			n++
		}
	}
	return n
}

type claimStem struct {
	s     string
	word  string // the first folded word of that stem
	plain bool   // from a word that isn't a fact
	// noun is set when a determiner comes before it ("the talks"): a
	// thing named, which may be named in other words (see relatedIn).
	noun bool
}

// mentionRe matches Discord mentions, which are not claims: they are
// defused in the output, not checked.
var mentionRe = regexp.MustCompile(`<@[!&]?\d+>|@(?i:everyone|here)`)

func analyse(c claim, known func(string) bool) analysis {
	var a analysis
	// Links first: an e-mail address is not a mention.
	a.links, c.check = links(c.check)
	if strings.Contains(c.check, "@") {
		c.check = mentionRe.ReplaceAllString(c.check, " ")
	}
	if c.sentStart {
		t := trimYesNo(trimSourceLead(c.check))
		a.yesNo = t != c.check
		c.check = t
	}
	ws := text.Words(c.check)
	folded := text.FoldWords(ws)
	a.facts = factsOf(ws, folded, c.sentStart, known)
	a.ws, a.folded = ws, folded
	a.known = known
	a.sides = &claimSides{}
	if known != nil {
		// Before the initials below: "Vereinigten Staaten" is "us", not
		// "vs".
		foreignAliases(folded, a.facts)
	}
	for _, r := range aliasRuns(c.check, ws, folded) {
		if r.dotted {
			a.facts = append(a.facts, fact{folded: r.form})
			continue
		}
		// "United States" is satisfied by a paragraph's "U.S.".
		for k := range a.facts {
			if a.facts[k].alias == "" && slices.Contains(folded[r.i:r.j], a.facts[k].folded) {
				a.facts[k].alias = writtenInitials + r.form
			}
		}
	}
	// A claim's "UN" or "US" in capitals also meets the name as a
	// paragraph in another language writes it ("ONU", "Estados Unidos";
	// see addForeignForms).
	for i, w := range ws {
		if !writtenInitialism(w.Text) {
			continue
		}
		for k := range a.facts {
			if a.facts[k].alias == "" && a.facts[k].folded == folded[i] {
				a.facts[k].alias = writtenInitials + folded[i]
			}
		}
	}
	lang := text.Lang(language(c.check))
	a.neg = negationOf(c.check, ws, folded, lang)
	a.english = lang == text.English
	a.roles = appositions(c.check, ws, folded)
	a.acts = newClaimActs(c.check, ws, folded)
	a.text = c.check
	isFact := make(map[string]bool, len(a.facts))
	for _, f := range a.facts {
		isFact[f.folded] = true
	}
	for _, f := range folded {
		if !contentWord(f) {
			continue
		}
		st := stem(f)
		i := slices.IndexFunc(a.stems, func(c claimStem) bool { return c.s == st })
		if i < 0 {
			a.stems = append(a.stems, claimStem{s: st, word: f})
			i = len(a.stems) - 1
		}
		if !isFact[f] {
			a.stems[i].plain = true
		}
	}
	for _, h := range nounHeads(folded) {
		st := stem(folded[h])
		if i := slices.IndexFunc(a.stems, func(c claimStem) bool { return c.s == st }); i >= 0 {
			a.stems[i].noun = true
		}
	}
	return a
}

// withEvidence gives the analysis what it needs of the evidence: the
// question's words (unless the claim answers yes or no), the language and
// the titles of the articles.
func (a *analysis) withEvidence(e *evidence) {
	a.lang, a.names, a.heads, a.rel, a.ownCountry = e.lang, e.namesFor, e.headsFor, e.rel, e.ownCountry
	a.respell(e)
	if !a.yesNo {
		a.echo = e.echo
	}
}

// supports reports whether src supports the claim and with which sentence.
// strict asks for more evidence, for re-citing a claim to a paragraph the
// model didn't name. A claim is supported when:
//   - each of its links is in the paragraph verbatim;
//   - each of its facts (names, numbers, dates) is among the paragraph's
//     words (a name may also come from the paragraph before, when this one
//     opens with a pronoun);
//   - the paragraph's best-matching quotable sentence (the supporting
//     sentence) negates what the claim negates, and nothing more of it;
//   - at least half (rounded up) of the claim's other content words, by
//     stem, are in that sentence or elsewhere in the paragraph.
func (a analysis) supports(src *source, strict bool) (string, bool) {
	for _, l := range a.links {
		if !containsLink(src.p.Text, l) {
			return "", false
		}
	}
	for _, f := range a.facts {
		if !f.in(src.words) && !a.nameIn(f, src, src.p.Text) && !a.unknownName(f) && (a.ownCountry == nil || !a.ownCountry(f, src, src.words)) {
			return "", false
		}
	}
	if a.roleSwapped(src) {
		return "", false
	}
	best, bestScore, bestPlain := a.bestSentence(src, "")
	if best == nil {
		return "", false
	}
	if len(a.facts) == 0 && bestScore < min(2, len(a.stems)) || bestScore == 0 {
		return "", false
	}
	if strict && a.known == nil && (bestPlain == 0 || len(a.facts) == 0 && bestPlain < 2 || 2*bestPlain < a.plainStems()) {
		// Re-citing to a paragraph the model didn't name needs most of the
		// claim's own words there, not just its names (a claim in another
		// language has none of them: it is held to its anchors instead).
		// Asked before the dearer tests below, as re-citing tries every
		// retrieved paragraph.
		return "", false
	}
	// Swapped actors are caught before: judge asks swapsAnywhere, and a
	// quoted claim's agreement asks swapsSpan.
	if !negationAgrees(a.neg, a.stems, best) || a.deniedThere(src) {
		return "", false
	}
	if strict && !a.part {
		// A claim that names no paragraph (re-cited, or posted to the
		// claim check) must take its deed from the sentence it is shown
		// with: "The State Department initially backed the withdrawal"
		// finds "backed" in the paragraph's sentence about Kelly, while
		// its own sentence says "opposed".
		for _, s := range a.stems {
			if s.plain && pastVerb(s, a.lang, a.echo, a.rel) && !best.hasStem(s, a.lang) && !a.classSaid(s, best) {
				return "", false
			}
		}
	}
	// Numbers and dates must be in the supporting sentence: "on Friday"
	// elsewhere in the paragraph says nothing of the mission's notice.
	if !a.datedIn(best) {
		return "", false
	}
	if a.unitsDiffer(best.text) || a.countsDiffer(func() []*sentence { return []*sentence{best} }) || a.periodPartDiffers(func() []*sentence { return []*sentence{best} }) {
		// A number counting something else (units.go).
		return "", false
	}
	// Most of what the claim says in plain words must be in the paragraph,
	// not just its names: "ended in agreement, with Haley supporting the
	// pullout" shares only "meeting ended" with "ended in deadlock, with
	// Haley expressing the lone dissent".
	if strict && !a.part && !a.polarityStated(sentencesOf(src, nil)) {
		// Re-cited: its deed must be said there (polarity.go).
		return "", false
	}
	if a.sideOfOthers(src, sentencesOf(src, nil), sentencesOf(src, nil)) {
		// Its people take the other side in the paragraph, and its own
		// side is someone else's (sides.go).
		return "", false
	}
	if a.known != nil {
		// A claim in another language: its words can't be compared with
		// the paragraph's; agreesWith holds it to its names, numbers and
		// dates in the supporting sentence. Its names alone pick that
		// sentence, so the deed it turns around may be in another one
		// of the paragraph (polarity.go).
		if a.polarityTurned(sentencesOf(src, nil), sentencesOf(src, nil)) {
			return "", false
		}
		return best.text, true
	}
	if !a.part && !src.isHeader() && !a.covered(!strict, src) {
		return "", false
	}
	if !a.part && (a.drifts(src) || a.borrowsVerb(src)) {
		return "", false
	}
	if !src.isHeader() && a.inventedTail(sentencesOf(src, nil)) {
		// A phrase at its end the paragraph has no word of (tail.go).
		return "", false
	}
	if a.polarityTurned(sentencesOf(src, nil), []*sentence{best}) {
		// A deed its sentence turns around, said nowhere in the
		// paragraph (polarity.go).
		return "", false
	}
	if a.turnsAround(best) || a.opposes(best) || a.turnsAroundIn(src) || embeddedSubject(a.ws, a.folded, best.text) || a.gapSwapped(best) || a.dateMisplaced(best) || a.stanceFlipped(best, src) || a.otherDoer(src, best) {
		// A word turned around by a prefix, the subject swapped for a
		// person a relative clause names, a date for that of a gapped
		// clause or of another event of the sentence, or a stance for the
		// opposite one on the same object (see prefixTurned,
		// embeddedSubject, gapSwapped, dateMisplaced, stanceFlipped).
		return "", false
	}
	return best.text, true
}

// bestSentence returns the quotable sentence of src that holds most of the
// claim (a fact counting twice a word), with its score and how many of the
// claim's plain stems it holds; nil when none holds any. Words are
// compared by their crude stems, and with lang also by their Snowball stems
// in that language (sentence.hasStem: "party" and "parties").
func (a analysis) bestSentence(src *source, lang string) (best *sentence, bestScore, bestPlain int) {
	var snow []string // the claim's Snowball stems, made once (see sentence.hasStem)
	if lang == string(text.English) {
		snow = make([]string, len(a.stems))
		for k, s := range a.stems {
			if s.word != "" {
				snow[k] = text.Stem(text.English, s.word)
			}
		}
	}
	for i := range src.sents {
		st := &src.sents[i]
		score, plain := 0, 0
		for k, s := range a.stems {
			_, ok := st.stems[s.s]
			if !ok && snow != nil && snow[k] != "" {
				_, ok = st.snowStems()[snow[k]]
			}
			if ok {
				score++
				if s.plain {
					plain++
				}
			}
		}
		var runs uint64 // the runs of names counted, a bit each (fact.run)
		for _, f := range a.facts {
			if !f.in(st.words) {
				continue
			}
			if f.run > 0 && f.run < 64 {
				// (A claim with more than 63 runs of names, never
				// seen, counts the later ones by the name.)
				// A run of names counts once: "United States" is
				// one name, not two against "12 million Mexicans".
				if runs&(1<<f.run) != 0 {
					continue
				}
				runs |= 1 << f.run
			}
			score += 2
		}
		// Of two sentences that share as much with the claim, the one
		// with its numbers and dates: "12 million Mexicans live in the
		// United States" is the sentence with "12 millones", not the one
		// before it with "Estados Unidos".
		better := score > bestScore || score == bestScore && best != nil && !a.datedIn(best) && a.datedIn(st)
		if better && src.quotable(i) {
			best, bestScore, bestPlain = st, score, plain
		}
	}
	return best, bestScore, bestPlain
}

// datedIn reports whether st has all the claim's numbers and dates.
func (a analysis) datedIn(st *sentence) bool {
	for _, f := range a.facts {
		if !f.isName() && !f.in(st.words) {
			return false
		}
	}
	return true
}

// contradictedBy reports whether the sentence of src that holds most of
// the claim gives another count of what it counts (countsDiffer) or the
// opposite of one of its words (opposes, prefixOpposed): the paragraph
// the model cited says otherwise, so the claim is false, not miscited, and is not
// re-cited to another paragraph that happens to share its other words
// ("The N-VA was the smallest party in it", citing "the largest of the
// coalition's four parties", went to a paragraph about the party's
// ministers). A sentence that shares fewer than minContradictingScore of
// its words says too little of it to contradict it.
func (a analysis) contradictedBy(src *source) bool {
	best, score, _ := a.bestSentence(src, a.lang)
	if best == nil || score < minContradictingScore {
		return false
	}
	return a.countsDiffer(func() []*sentence { return []*sentence{best} }) || a.opposes(best) || a.prefixOpposed(best)
}

// prefixOpposed reports whether st has one of the claim's plain words
// with a negating prefix, or the claim one of its words with one
// ("compatible" against "incompatible"; see prefixTurned).
func (a analysis) prefixOpposed(st *sentence) bool {
	return slices.ContainsFunc(a.stems, func(s claimStem) bool { return s.plain && prefixTurned(s.word, st.words, a.hasWord) })
}

// minContradictingScore is the least a sentence must share with a claim
// (bestSentence's score: a word one, a fact two) to contradict it: lower
// lets a sentence about something else stop a miscited claim's re-citing
// by a chance opposite, higher lets a contradicted claim of few words be
// re-cited. Three is a fact and a word, or three words.
const minContradictingScore = 3

// jointSupport handles a claim citing several paragraphs that together,
// but not alone, hold its facts ("Kelly backed the pullout and Haley
// dissented [¶5][¶6]"): every fact must be in one of them, and each kept
// paragraph must hold some of the facts in a quotable sentence.
func (a analysis) jointSupport(refs []footnote.MarkerRef, ev *evidence) []support {
	if len(refs) < 2 || len(a.facts) < 2 {
		return nil
	}
	linked := make([]bool, len(a.links))
	var sup []support
	covered := make([]bool, len(a.facts))
	seen := map[*source]bool{}
	for _, r := range refs {
		for _, src := range ev.cited(r) {
			if seen[src] {
				continue
			}
			seen[src] = true
			var mine []fact
			var idx []int
			for i, f := range a.facts {
				if f.in(src.words) {
					mine = append(mine, f)
					idx = append(idx, i)
				}
			}
			if len(mine) == 0 {
				continue
			}
			part := a
			part.facts, part.links, part.part = mine, nil, true
			var linkIdx []int
			for i, l := range a.links {
				if containsLink(src.p.Text, l) {
					part.links = append(part.links, l)
					linkIdx = append(linkIdx, i)
				}
			}
			if q, ok := part.supports(src, false); ok {
				sup = append(sup, support{src, q})
				for _, i := range idx {
					covered[i] = true
				}
				for _, i := range linkIdx {
					linked[i] = true
				}
			}
		}
	}
	for _, c := range append(covered, linked...) {
		if !c {
			return nil
		}
	}
	if len(sup) < 2 {
		return nil
	}
	srcs := make([]*source, len(sup))
	for i, s := range sup {
		srcs[i] = s.src
	}
	if !a.covered(true, srcs...) || a.drifts(srcs...) {
		return nil
	}
	return sup
}

// judgement is the outcome of checking one claim.
type judgement struct {
	sup []support
	// undecided is the support a quoted claim would have, when the
	// check found its quote but could not decide (see verdict); a second
	// opinion may approve it (evidence.approved).
	undecided *support
	recited   bool
	dropped   int // markers to paragraphs that weren't retrieved
}

// judge checks one claim, or recalls the judgement of an identical claim.
func (e *evidence) judge(c claim, known func(string) bool) judgement {
	key := memoKey{check: c.check, sentStart: c.sentStart, foreign: known != nil}
	if len(c.refs) > 0 {
		key.refs = refsKey(c.refs)
	}
	if j, ok := e.memo[key]; ok {
		return j
	}
	var j judgement
	a := analyse(c, known)
	a.withEvidence(e)
	if a.swapsAnywhere(e) {
		// A sentence of the evidence tells the claim's act with its
		// actors the other way round: the coverage says otherwise, and
		// no other sentence (one in another language, whose word order
		// the actors check can't read) may support it.
		e.memo[key] = j
		return j
	}
	seen := map[*source]bool{}
	for _, r := range c.refs {
		cands := e.cited(r)
		if len(cands) == 0 {
			j.dropped++
			continue
		}
		for _, src := range cands {
			if seen[src] {
				continue
			}
			if q, ok := a.supports(src, false); ok && (known == nil || a.agreesWith(src, src.sentenceIndex(q), e, minForeignAnchors)) {
				// A claim in another language is held to the anchors
				// a structured one is (agreesWith).
				seen[src] = true
				j.sup = append(j.sup, support{src, q})
				break
			}
			if q, ok := a.sentenceSupport(src, e); ok {
				// Held to one sentence as a structured claim quoting it
				// would be (sentencesupport.go).
				seen[src] = true
				j.sup = append(j.sup, support{src, q})
				break
			}
		}
	}
	if len(j.sup) == 0 {
		j.sup = a.jointSupport(c.refs, e)
	}
	if len(j.sup) == 0 && slices.ContainsFunc(c.refs, func(r footnote.MarkerRef) bool {
		return slices.ContainsFunc(e.cited(r), a.contradictedBy)
	}) {
		e.memo[key] = j
		return j
	}
	if len(j.sup) == 0 {
		// Re-cited: of the paragraphs that support it, the one whose
		// sentence holds most of the claim's words, whatever order the
		// retriever gave them in (on a tie, the better ranked): "the
		// prime minister of Israel says the pact would compromise border
		// security" goes to the sentence on border security, not to the
		// one that only names Israel's prime minister and the pact.
		best := -1
		for i, src := range e.sources {
			if e.reciteAmong > 0 && e.ranks[i] >= e.reciteAmong {
				break
			}
			if q, ok := a.supports(src, true); ok && (known == nil || a.agreesWith(src, src.sentenceIndex(q), e, minForeignAnchors)) {
				if n := a.stemsIn(src, q); n > best {
					best = n
					j.sup = []support{{src, q}}
					j.recited = true
				}
			}
		}
	}
	e.memo[key] = j
	return j
}

// refsKey writes a claim's markers as a memo key: label and number of
// each, in order.
func refsKey(refs []footnote.MarkerRef) string {
	var b strings.Builder
	for _, r := range refs {
		b.WriteString(r.Label)
		b.WriteByte(0)
		b.WriteString(strconv.Itoa(r.N))
		b.WriteByte(0)
	}
	return b.String()
}

// checkResult is a checked answer.
type checkResult struct {
	text  string
	cites []footnote.Citation
	// Counts for the log and the note.
	claims, kept, recited, removed, droppedMarkers int
	// seconded counts the claims kept on a second opinion.
	seconded int
}

// postCheck checks text against the evidence and rebuilds it from the
// claims that hold, each followed by its verified markers.
func postCheck(text string, ev *evidence) checkResult {
	var res checkResult
	var b strings.Builder
	b.Grow(len(text) + 16)
	known := ev.foreignKnown(text)
	before := "" // the claim before, whose names a pronoun may stand for (antecedent.go)
	for _, sp := range parse(text) {
		keptAny := false
		var sb strings.Builder
		for _, c := range sp.claims {
			if strings.TrimSpace(c.lead) == "" && !c.marked {
				continue
			}
			res.claims++
			if c.sentStart {
				if check, ok := ev.withAntecedent(c.check, before, c.refs, known); ok {
					c.check = check
				} else {
					before = c.check
				}
			}
			j := ev.judge(c, known)
			res.droppedMarkers += j.dropped
			if j.recited {
				res.recited++
			}
			sup := j.sup
			failed := len(sup) == 0 || ev.unsupportedReason(c, known)
			if (failed || j.recited) && ev.checkClauses(&sb, c, known, failed, &res) {
				// Its clauses hold where the whole doesn't, or where it
				// cites them while the whole holds only elsewhere, or
				// without the reason it adds.
				if j.recited {
					res.recited--
				}
				keptAny = true
				continue
			}
			if len(sup) == 0 {
				res.removed++
				continue
			}
			res.kept++
			if !keptAny && !c.sentStart {
				// The sentence's first part was removed: this one opens it
				// (", and Sessions backed…" is shown as "And Sessions
				// backed…", after the space the sentence began with).
				c.lead = openingSentence(sp.claims[0].lead, c.lead)
			}
			keptAny = true
			writeClaim(&sb, c, sup, ev.labels)
			for _, s := range sup {
				res.cites = append(res.cites, footnote.Citation{Doc: s.src.p.Doc, Paragraph: s.src.p.N, Quote: s.quote})
			}
		}
		if keptAny {
			b.WriteString(sb.String())
			b.WriteString(stripPilcrows(sp.tail))
		} else {
			// Keep the line structure of what was removed.
			last := sp.tail
			if len(sp.claims) > 0 && sp.tail == "" {
				last = sp.claims[len(sp.claims)-1].lead
			}
			b.WriteString(strings.Repeat("\n", strings.Count(trailingSpace(last), "\n")))
		}
	}
	res.text = tidy(b.String())
	return res
}

// openingSentence returns lead, the words of a claim that went on from a
// removed one, made to open its sentence: the white space and list marker
// first (the removed claim's) begins with, then lead without the
// punctuation that joined it on, capitalised.
func openingSentence(first, lead string) string {
	words := strings.TrimLeft(trimListMarker(first), " \t\r\n")
	space := first[:len(first)-len(words)]
	body := strings.TrimLeft(lead, " \t\r\n,;:—–-")
	if body == "" {
		return lead
	}
	return space + capitaliseFirst(body)
}

func trailingSpace(s string) string {
	return s[len(strings.TrimRight(s, " \t\r\n")):]
}

// writeClaim writes a claim followed by its markers. A claim the model left
// uncited gets its marker before its closing punctuation.
func writeClaim(b *strings.Builder, c claim, sup []support, labels map[string]string) {
	lead := c.lead
	end := ""
	if !c.marked {
		body := strings.TrimRight(lead, " \t\r\n.!?…\"'”’)")
		end = lead[len(body):]
		lead = body
		if lead != "" {
			lead += " "
		}
	}
	b.WriteString(stripPilcrows(lead))
	for _, s := range sup {
		b.WriteString(footnote.Marker(labels[s.src.p.Doc], s.src.p.N))
	}
	b.WriteString(end)
}

// strayMarker is a pilcrow in the model's own words, with the brackets and
// number around it: what is left of a marker the parser didn't take
// ("[¶12345]", "[¶6" without its bracket).
var strayMarker = regexp.MustCompile(`(?:[\[(][ \t]*(?:[\pL\pN][\pL\pN._-]{0,23}[ \t]*)?)?¶[ \t]*(?:\d+[ \t]*)?[\])]?`)

// stripPilcrows removes stray markers from the model's words, so that the
// only markers shown are the verified ones the check writes.
func stripPilcrows(s string) string {
	if !strings.Contains(s, "¶") {
		return s
	}
	return strayMarker.ReplaceAllString(s, "")
}

var (
	spaceRuns   = regexp.MustCompile(`[ \t]{2,}`)
	blankRuns   = regexp.MustCompile(`\n{3,}`)
	spaceBefore = regexp.MustCompile(` +([.,;:!?])`)
)

// tidy collapses the spaces and blank lines that removals leave.
func tidy(s string) string {
	if strings.Contains(s, "  ") || strings.Contains(s, "\t") {
		s = spaceRuns.ReplaceAllString(s, " ")
	}
	if strings.Contains(s, " .") || strings.Contains(s, " ,") || strings.Contains(s, " ;") ||
		strings.Contains(s, " :") || strings.Contains(s, " !") || strings.Contains(s, " ?") {
		s = spaceBefore.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "\n") {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			l = strings.TrimRight(l, " \t")
			if l != "" && trimListMarker(l+" ") == "" {
				l = "" // a bullet whose claim was removed
			}
			lines[i] = l
		}
		s = strings.Join(lines, "\n")
		if strings.Contains(s, "\n\n\n") {
			s = blankRuns.ReplaceAllString(s, "\n\n")
		}
	}
	return strings.TrimSpace(s)
}

// wordRunes counts the letters and digits of s.
func wordRunes(s string) int {
	n := 0
	for _, r := range s {
		if text.IsWordRune(r) {
			n++
		}
	}
	return n
}

// referring are the words that, opening a paragraph, refer back to what the
// paragraph before named.
var referring = map[string]bool{"she": true, "he": true, "they": true, "her": true, "his": true, "their": true, "it": true, "its": true}

// referred reports whether the fact is among the words of the paragraph
// before, when this one refers back to it.
func (s *source) referred(f fact) bool {
	if s.before == "" {
		return false
	}
	if s.refers == nil {
		ws := text.Words(s.before)
		s.refers = make(map[string]struct{}, len(ws))
		for _, w := range ws {
			s.refers[text.Fold(w.Text)] = struct{}{}
		}
	}
	return f.in(s.refers)
}

// personal are the pronouns that stand for a person named before, maybe in
// the paragraph before ("…,” she added.").
var personal = map[string]bool{"she": true, "he": true, "her": true, "him": true, "his": true}

// opensWithReference reports whether a paragraph's first word is a pronoun
// that refers back to the paragraph before.
func opensWithReference(para string) bool {
	ws := firstWords(para, 1)
	return len(ws) > 0 && referring[text.Fold(ws[0].Text)]
}
