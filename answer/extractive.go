package answer

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/gazetteer"
	"github.com/footnote-bot/footnote/intent"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// Index is what the extractive answerer needs from the index.
type Index interface {
	footnote.Retriever
	footnote.Library
	footnote.Paragraphs
	// Article returns the article whose ID is doc, and whether there is
	// one, without a pass over every article (a question looks articles
	// up dozens of times).
	Article(doc string) (footnote.Article, bool)
	// Analyzer analyses text as the index does.
	Analyzer
	// Weight is how informative a stem is in the corpus (idf).
	Weight(stem string) float64
	// Matches are the corpus stems a question's stem stands for, weighted.
	Matches(stem string) map[string]float64
	// Known reports whether a stem or a near miss occurs in the corpus.
	Known(stem string) bool
}

// Analyzer turns text into the terms the index matches; the extractive
// answerer analyses questions and sentences as the index did.
type Analyzer interface {
	// Terms analyses a question into its terms, in order, in the
	// question's language.
	Terms(text string) []retrieval.Term
	// TermsIn analyses text of an article in language code (ISO 639-1,
	// "" when unknown), as the index did.
	TermsIn(code, text string) []retrieval.Term
	// QuestionLanguage is the ISO 639-1 code of the language Terms
	// analyses a question in.
	QuestionLanguage(q string) string
	// Stems returns only the stems of Terms(text).
	Stems(text string) []string
	// StemsIn returns only the stems of TermsIn(code, text).
	StemsIn(code, text string) []string
}

// Extractive answers by quoting the sentences of the articles that best
// match the question, each followed by its [¶N]. It needs no model and no
// network. It refuses when the passages don't support an answer.
type Extractive struct {
	ix Index
	// vectors loads the word vectors of soft matching once, on first use.
	vectors func() (*retrieval.Vectors, error)
	// vectorsWarn says once that the vectors failed to load.
	vectorsWarn sync.Once
	// places reads the gazetteer (capitals, countries' names) once, on
	// first use.
	places func() *gazetteer.Gazetteer
	// analyses memoizes, by article ID, the analysis of the article's
	// latest version (see analysed).
	analyses sync.Map
	// TopK is how many passages are retrieved.
	TopK int
	// words remembers the stems of the articles' words (see wordStems).
	words wordStems
	// spans remembers the analyses of spans of sentences (see spanTerms).
	spans spanTerms
	// lastRegions holds the countries the last question read names (see
	// regionsOf).
	lastRegions atomic.Pointer[questionRegions]
	// datelines remembers the undated articles' datelines (see
	// reportDate).
	datelines datelines
}

var (
	_ footnote.Answerer = (*Extractive)(nil)
	_ Index             = (*retrieval.Index)(nil)
)

// NewExtractive returns an extractive answerer over ix.
func NewExtractive(ix Index) *Extractive {
	return &Extractive{ix: ix, TopK: 5, vectors: sync.OnceValues(retrieval.LoadVectors), places: sync.OnceValue(gazetteer.New)}
}

// Vectors returns the word vectors the answerer compares words by, loaded
// once on first use: a model answerer's check can share them (llm.Deps).
func (e *Extractive) Vectors() (*retrieval.Vectors, error) { return e.vectors() }

// The support thresholds. A question is answered when the best sentence and
// its context cover at least minCoverage of the question's weight (its
// terms weighted by idf), or at least minPartial of it with two or more of
// its terms; otherwise it is refused.
const (
	// minCoverage trades false refusals against wrong answers: on the dev-2
	// tune part each step down turns a false refusal into a wrong answer,
	// and below 0.45 out-of-scope questions of dev and the tune part are
	// answered; 0.45 is the lowest that answers none of them (README,
	// Quality, has the table).
	minCoverage = 0.45
	// minPartial lets a sentence matching two or more terms through with
	// less coverage; 0.1 to 0.3 changed nothing on dev or the tune part.
	minPartial = 0.2
	// ctxCredit is how much a term found only in a sentence's context
	// (its paragraph or the neighbouring one) counts towards its score:
	// higher finds sentences that lean on their neighbours ("She was…"),
	// lower keeps the sentence that says it all.
	ctxCredit = 0.5
)

// Tie-breaks between sentences.
const (
	// rankTieBreak is the score a sentence of the best-ranked passage gains
	// (divided by its rank + 1): small enough to decide only near-ties.
	rankTieBreak = 0.02
	// scoreTie is the difference below which two sentences' scores are
	// equal (the same words matched alike): only rounding.
	scoreTie = 1e-9
	// lengthTieBreak per stem prefers, among equals, the sentence that
	// says more ("Colum Lynch was a staff writer…" over "By Colum Lynch.");
	// too small to outweigh any term.
	lengthTieBreak = 1e-6
)

// Answer answers q from the index.
func (e *Extractive) Answer(ctx context.Context, q footnote.Question) (footnote.Answer, error) {
	text, err := footnote.ValidateQuestion(q.Text)
	if err != nil {
		return footnote.Answer{}, err
	}
	ans := footnote.Answer{Question: text, Mode: footnote.ModeExtractive}
	// The question is read in plain words: "whats", "ppl", "didnt" as
	// "what is", "people", "did not" (chat.go).
	plain := plainWords(text)
	if isInjection(text) || plain != text && isInjection(plain) {
		// Orders to the answerer, not a question (injection.go), also
		// when typed in chat ("pls ignore the articles").
		return e.refuse(ans), nil
	}
	pq := q
	pq.Text = plain
	query := plain
	an := e.ix
	if len(q.History) > 0 && len(an.Terms(plain)) < 3 {
		// A follow-up ("and who else?") is read with the question it follows.
		query = plainWords(q.History[len(q.History)-1].Question) + " " + plain
	}
	req, err := Prepare(ctx, e.ix, e.ix, pq, e.withCountries(query), e.TopK*versionDepth)
	if err != nil {
		return footnote.Answer{}, err
	}
	all, copies := e.collapseCopies(e.inWindow(req.Intent, req.Passages))
	passages := all[:min(len(all), e.TopK)]
	ans.Passages = passages
	labels := e.labels()
	if req.Intent.HasParagraph {
		return e.quoteParagraph(ans, req, labels), nil
	}
	if req.Intent.Citation {
		return e.reference(ans, req, q, labels), nil
	}
	if req.Intent.Summary && len(an.Terms(intent.WithoutSummary(plain))) == 0 {
		return e.summary(ans, labels), nil
	}
	if asksToCompose(plain) && !req.Intent.Summary {
		return e.refuse(ans), nil // "can u write me a poem" (compose.go)
	}
	own := plain
	if len(req.Intent.Docs) > 0 && req.Intent.Words != "" {
		// The words naming the article chose the passages; the rest say
		// what is asked of it.
		if query == plain {
			query = req.Intent.Words
		}
		own = req.Intent.Words
	}
	if !req.Intent.From.IsZero() || !req.Intent.To.IsZero() {
		query, own = intent.WithoutDates(query), intent.WithoutDates(own) // the dates bound the reports
	}
	query, own = intent.WithoutOrder(query), intent.WithoutOrder(own) // "the latest report" names the reports
	picked, ok := e.pick(query, own, passages)
	if !ok {
		// Before refusing, retrieve again with related words (expand.go).
		var x expandedPick
		if x, ok = e.retryExpanded(ctx, pq, query, own, req); ok {
			picked, all, copies, ans.Passages = x.picked, x.all, x.copies, x.passages
		}
	}
	// The passages versions are read in: these, with those a search in the
	// other languages and one without the question's class noun bring
	// (crossnames.go).
	versionPassages := func(all []footnote.Passage) []footnote.Passage {
		return e.withAbroad(ctx, query, e.distinctQuestion(own), e.withoutClassNoun(ctx, query, own, all))
	}
	if !ok {
		if vs := e.versions(query, own, nil, versionPassages(all)); len(vs) > 0 {
			return e.abroadAnswer(ans, vs, labels), nil
		}
		x, ok := e.abroadPick(ctx, query, own) // abroadpick.go
		if !ok {
			return e.refuse(ans), nil
		}
		picked, all, copies, ans.Passages = x.picked, x.all, x.copies, x.passages
	}
	picked = e.inOrder(req.Intent, query, own, picked, all)
	vs := e.versions(query, own, picked, versionPassages(all))
	picked = withVersion(picked, vs)
	if len(vs) > 1 {
		return e.differ(ans, vs, labels), nil
	}
	ag := e.agreeing(query, own, picked, all, vs, copies)
	var b strings.Builder
	b.WriteString(e.orderLead(req.Intent, picked))
	for i, s := range picked {
		if i > 0 {
			b.WriteByte(' ')
		}
		cited := cite(s.text, labels[s.doc], s.n)
		if i == len(picked)-1 {
			cited = withAlso(cited, e.alsoText(ag, labels))
		}
		b.WriteString(cited)
		ans.Citations = append(ans.Citations, e.citation(s.doc, s.n, s.text))
	}
	e.citeAgreeing(&ans, ag)
	others := e.voices(query, own, picked, all, ag)
	b.WriteString(e.voiceText(b.String(), others, labels))
	e.citeAgreeing(&ans, agreement{cited: others})
	return e.finish(ans, b.String()), nil
}

// citation cites sentence of ¶n. A sentence too short to prove anything
// ("He left.") is quoted with its whole paragraph.
func (e *Extractive) citation(doc string, n int, sentence string) footnote.Citation {
	c := footnote.Citation{Doc: doc, Paragraph: n, Quote: sentence}
	if p, ok := e.ix.Paragraph(doc, n); ok && !footnote.QuoteIn(sentence, p.Text) {
		c.Quote = p.Text
	}
	return c
}

// finish checks the citations and defuses the text.
func (e *Extractive) finish(ans footnote.Answer, text string) footnote.Answer {
	ans.Citations = slices.Compact(ans.Citations)
	kept, dropped := footnote.CheckCitations(e.ix, ans.Citations)
	if len(dropped) > 0 || len(kept) == 0 {
		// Every extractive quote is a substring of its paragraph, so this
		// does not happen; if it ever did, refusing is the honest answer.
		return e.refuse(ans)
	}
	ans.Citations = kept
	ans.Text = footnote.Defuse(text)
	return ans
}

// quoteParagraph answers a question that names a paragraph: it quotes the
// paragraph, asks which article is meant when several could be, or says
// that there is no such paragraph.
func (e *Extractive) quoteParagraph(ans footnote.Answer, req Request, labels map[string]string) footnote.Answer {
	if p := req.Named; p != nil {
		var parts []string
		for _, s := range e.paragraphSentences(*p) {
			parts = append(parts, cite(s, labels[p.Doc], p.N))
			ans.Citations = append(ans.Citations, e.citation(p.Doc, p.N, s))
		}
		return e.finish(ans, fmt.Sprintf("Paragraph %d of %s: %s", p.N, e.name(p.Doc), strings.Join(parts, " ")))
	}
	ans.Refused = true
	what := "that paragraph"
	if !req.Intent.Last {
		what = fmt.Sprintf("paragraph %d", req.Intent.Paragraph)
	}
	if len(req.Ambiguous) > 1 {
		var names []string
		for _, id := range req.Ambiguous {
			names = append(names, e.name(id))
		}
		ans.Text = footnote.Defuse(fmt.Sprintf("Which article do you mean? %s is in %d of them: %s. Say which, for example “%s of %s”.",
			capitalise(what), len(names), strings.Join(names, "; "), what, e.outlet(req.Ambiguous[0])))
		return ans
	}
	ans.Text = fmt.Sprintf("There is no %s. %s", what, e.coverage())
	return ans
}

// paragraphSentences splits a paragraph into the sentences quoted from it;
// the header (¶0) is quoted a field a line.
func (e *Extractive) paragraphSentences(p footnote.Paragraph) []string {
	if p.N == 0 {
		var out []string
		for _, l := range e.article(p.Doc).Header() {
			out = append(out, l.Text)
		}
		return out
	}
	return text.Sentences(p.Text)
}

// labels maps each article's ID to its source label.
func (e *Extractive) labels() map[string]string {
	out := map[string]string{}
	for _, a := range e.ix.Articles() {
		out[a.ID] = a.Label
	}
	return out
}

// article returns the article with the given ID, or a zero Article.
func (e *Extractive) article(id string) footnote.Article {
	if a, ok := e.ix.Article(id); ok {
		return a
	}
	return footnote.Article{ID: id}
}

// name names an article for a reader: its headline and source.
func (e *Extractive) name(id string) string {
	a := e.article(id)
	item := "“" + a.Title + "”"
	if src := a.Source(); src != "" {
		item += " (" + src + ")"
	}
	return item
}

// outlet is how a reader can name an article in a question: its
// publication, else its source label.
func (e *Extractive) outlet(id string) string {
	if a := e.article(id); a.Publication != "" {
		return a.Publication
	}
	return e.article(id).Label
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// maxSummaries caps how many articles a summary covers.
const maxSummaries = 3

// summary answers "what is this about?": the dek and the first sentence
// of the lead paragraph of each article summaryArticles chooses.
func (e *Extractive) summary(ans footnote.Answer, labels map[string]string) footnote.Answer {
	var parts []string
	for _, a := range e.summaryArticles(ans.Question) {
		if head, ok := a.Paragraph(0); ok && a.Dek != "" && strings.Contains(head.Text, a.Dek) {
			parts = append(parts, cite(a.Dek, labels[a.ID], 0))
			ans.Citations = append(ans.Citations, e.citation(a.ID, 0, a.Dek))
		}
		if lead, ok := a.Paragraph(1); ok {
			if s := text.Sentences(lead.Text); len(s) > 0 {
				parts = append(parts, cite(s[0], labels[a.ID], 1))
				ans.Citations = append(ans.Citations, e.citation(a.ID, 1, s[0]))
			}
		}
	}
	if len(parts) == 0 {
		return e.refuse(ans)
	}
	return e.finish(ans, strings.Join(parts, " "))
}

// refuse says plainly that the articles don't answer, and what they cover.
// It never repeats the question, which may carry an injection or a ping.
func (e *Extractive) refuse(ans footnote.Answer) footnote.Answer {
	ans.Refused = true
	ans.Citations = nil
	ans.Text = "I can't answer that from the articles I have. " + e.coverage()
	return ans
}

// maxCoverageItems caps the headlines a refusal lists: enough to show what
// the corpus is about, few enough to read in a chat message.
const maxCoverageItems = 5

// coverage lists the indexed articles' headlines.
func (e *Extractive) coverage() string {
	arts := e.ix.Articles()
	if len(arts) == 0 {
		return "No articles are indexed yet."
	}
	var items []string
	for _, a := range arts[:min(len(arts), maxCoverageItems)] {
		items = append(items, e.name(a.ID))
	}
	if len(items) == 1 {
		return footnote.Defuse("I answer questions about " + items[0] + ".")
	}
	if extra := len(arts) - len(items); extra > 0 {
		return footnote.Defuse(fmt.Sprintf("I answer questions about %d articles, among them %s, and %d more.", len(arts), strings.Join(items, "; "), extra))
	}
	return footnote.Defuse("I answer questions about these articles: " + strings.Join(items, "; ") + ".")
}

// cite puts the marker of ¶n of the article labelled label after a
// sentence, before its final period.
func cite(sentence, label string, n int) string {
	sentence = closeQuote(sentence)
	tag := " " + footnote.Marker(label, n)
	if strings.HasSuffix(sentence, ".") && !strings.HasSuffix(sentence, "..") {
		return strings.TrimSuffix(sentence, ".") + tag + "."
	}
	return sentence + tag
}

// closeQuote returns sentence s with a quotation it leaves open closed,
// or one it closes opened: a sentence cut from a quotation that runs on
// into the next ("… noted that the “New York declaration contained …
// principles.") is shown as an excerpt of a quotation is written
// ("… principles.”), and so is the sentence that ends it ("“As a result,
// … process.”"). A mark opens when it starts the sentence or follows a
// space or a bracket, and closes otherwise; the mark added is the other of
// its pair: “ ”, „ “ (German, whose closing mark is the English opening
// one), « » (spaced as the opening one is). Straight quotes, which open
// and close alike, are left as they are. Only the text shown changes: a
// citation's quote stays the article's words.
func closeQuote(s string) string {
	var opens, closes []string // the marks, in order
	prev := ' '
	rs := []rune(s)
	for i, r := range rs {
		next := ' '
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch r {
		case '“', '„', '«':
			if (unicode.IsSpace(prev) || strings.ContainsRune("([", prev)) && !(r == '“' && unicode.IsSpace(next)) {
				opens = append(opens, string(r))
			} else {
				closes = append(closes, string(r))
			}
		case '”', '»':
			closes = append(closes, string(r))
		}
		prev = r
	}
	pair := map[string]string{"“": "”", "„": "“", "«": "»", "”": "“", "»": "«"}
	switch {
	case len(opens) > len(closes):
		mark := pair[opens[len(opens)-1]]
		if mark == "»" && (strings.Contains(s, "«\u00a0") || strings.Contains(s, "« ")) {
			mark = "\u00a0»"
		}
		return s + mark
	case len(closes) > len(opens):
		first := closes[0]
		mark := pair[first]
		if first == "“" {
			mark = "„" // a German closing mark
		}
		if first == "»" && (strings.Contains(s, "\u00a0»") || strings.Contains(s, " »")) {
			mark = "«\u00a0"
		}
		return mark + s
	}
	return s
}

// sentence is a candidate sentence of a retrieved passage.
type sentence struct {
	doc  string
	n    int
	idx  int // position in its paragraph
	text string
	all  []string // the paragraph's sentences
	// para is the analysis of the paragraph whose sentences all are, when
	// the sentence is one of an article's (nil for a part of one).
	para  *paragraphAnalysis
	stems map[string]bool
	words map[string]bool // its words, lowercased, for soft matching
	// runs are the initials of its runs of names, and paraRuns those of
	// its paragraph's (see nameRuns).
	runs, paraRuns map[string]bool
	ctx            map[string]bool
	rank           int
	// foreign is set for a sentence in another language than the
	// question's (foreignwords.go).
	foreign bool
	// countries are, for a foreign sentence when the question names a
	// country, the region codes of the countries it names by a name or
	// an adjective (countryword.go); nil otherwise.
	countries map[string]countryHeld
}

// qterm is a question term with its weight and its corpus matches.
type qterm struct {
	retrieval.Term
	w       float64
	matches map[string]float64
	// lowerInitials is true for a lowercase word read as the initials of
	// a run of names ("ny"), which a run's leading names hold too
	// (lowerinitials.go).
	lowerInitials bool
	// country is, for a demonym that is a name ("Polish"), the root of
	// its country's name (see countryRoot).
	country string
	// alias is the country a capital stands for, or the capital of a
	// country (see capitalAlias).
	alias capitalAlias
	// initials are those of the run of names the term is a word of in
	// the question ("us" for "United States"), or "" (see heldAsInitials).
	initials string
	// region is, for a word of a country's name ("Estados" of "Estados
	// Unidos"), the country's region code, by which a text in another
	// language names it (see gazetteer.Gazetteer.CountriesIn); "" otherwise.
	region string
	// adjective is set when the term is a country's adjective ("Italian",
	// "slovaque"), region being that country's (countryword.go).
	adjective bool
	// topic is set for a topic name a sentence in another language needs
	// not hold (foreignheld.go).
	topic bool
	// surname is the stem of the last word of the run of names a first
	// word is of ("netanyahu" for "Benjamin"), or "" (see heldAsInitials).
	surname string
	// answers is, for the class noun that says what kind of answer is
	// asked ("day" of "on what day…"), that kind: a sentence holding an
	// answer of the kind holds the term ("on Saturday" is the day asked
	// for). kindAny for other terms.
	answers kind
	// asked are the question's words, which an answer of that kind is
	// not (see hasKind).
	asked map[string]bool
	// count is set for a number of the question that could be a day of a
	// month but is written apart from any month ("2" of "whats 2 plus
	// 2"): it matches no number the articles write only as a day
	// ("December 2"), see daynumber.go.
	count bool
}

// typeBonus is added to the score (a share of the question's weight) of a
// sentence that holds an answer of the kind the question asks for (a name
// for "who", a day for "when"): higher prefers such a sentence over one
// that matches more of the question's words, lower lets the words decide.
// On dev and the dev-2 tune part: 0 loses a dev question, 0.1–0.15 answer
// 25 of 40 tune questions, 0.25 26, 0.3 and up answer one out-of-scope
// question more.
const typeBonus = 0.25

// historyWeight scales the terms a follow-up borrows from the question it
// follows (and the other parts of a question in several): the new
// question's own words lead; higher lets the earlier question pull the
// answer back to what was already answered.
const historyWeight = 0.4

// pick chooses the sentences that answer query, or reports that the
// passages don't support an answer. query is the question, with the
// question it follows prepended for a follow-up; own is the question alone.
func (e *Extractive) pick(query, own string, passages []footnote.Passage) ([]sentence, bool) {
	parts := questionParts(own)
	if len(parts) < 2 {
		return e.pickPart(query, own, passages)
	}
	// A question in several parts ("when did they meet, when did Trump
	// decide, when was the U.N. told?") is answered part by part: each
	// part's words lead, the rest of the question weighs like the question
	// a follow-up follows. The parts the articles answer are answered.
	var picked []sentence
	seen := map[[3]any]bool{}
	for _, part := range parts {
		got, ok := e.pickPart(query, part, passages)
		if !ok {
			continue
		}
		for _, s := range got {
			if key := [3]any{s.doc, s.n, s.idx}; !seen[key] {
				seen[key] = true
				picked = append(picked, s)
			}
		}
	}
	if len(picked) == 0 {
		return nil, false
	}
	inArticleOrder(picked)
	return picked, true
}

// inArticleOrder sorts sentences as the articles tell them.
func inArticleOrder(picked []sentence) {
	slices.SortStableFunc(picked, func(a, b sentence) int {
		return cmp.Or(cmp.Compare(a.doc, b.doc), cmp.Compare(a.n, b.n), cmp.Compare(a.idx, b.idx))
	})
}

// questionTerms analyses query into weighted terms, own's marked as
// the question's own (see pickPart), with their total weight; false when
// the question names something the articles never mention or has no
// terms.
func (e *Extractive) questionTerms(query, own string, passages []footnote.Passage) ([]qterm, float64, map[string]bool, bool) {
	an := e.ix
	ownStems := map[string]bool{}
	for _, s := range an.Stems(own) {
		ownStems[s] = true
	}
	var terms []qterm
	seen := map[string]bool{}
	var total float64
	want, class := askedClass(own)
	var asked map[string]bool
	if class != "" {
		asked = askedWords(query)
	}
	names := e.nameWordsOf(passages)
	shouted := text.IsShouted(query)
	regions := e.regionsOf(query)
	qlang := e.ix.QuestionLanguage(query)
	for _, t := range an.Terms(query) {
		if seen[t.Stem] {
			continue
		}
		seen[t.Stem] = true
		isOwn := ownStems[t.Stem]
		if !t.Name && !t.Number && names.is(t.Word) && e.ix.Known(t.Stem) && !strings.EqualFold(t.Word, class) {
			// "poland", "haley": the articles write it only as a name. The
			// class noun of what is asked ("which president") names
			// nobody: it is the answer's kind.
			t.Name = true
		}
		if !t.Name && !t.Number && e.ix.Known(t.Stem) && e.placeName(t.Word) {
			t.Name = true // "budapest", which the articles write only in a dateline (capitalname.go)
		}
		countryNamesAsNames(&t, regions) // "Ungarn" in German (foreignheld.go)
		if t.Name && !t.Number && !e.ix.Known(t.Stem) {
			if st, ok := e.nameStemAbroad(t.Word, qlang); ok {
				// "Maggie" in a French question, stemmed as the English
				// articles stem it (namestems.go).
				if isOwn {
					ownStems[st] = true
				}
				t.Stem = st
			}
		}
		forms := relatedness.VerbForms(t.Word)
		if t.Name && shouted && !e.ix.Known(t.Stem) {
			// In a question all in capitals no capital tells a name
			// ("MARRAKESH") from a misspelling ("MEETNG"): the word is
			// read as in a question in lowercase (below).
			t.Name = false
		}
		if !t.Name && !t.Number && !e.ix.Known(t.Stem) {
			if w, ok := e.knownForm(forms); ok {
				t.Word, t.Stem = w, an.Stems(w)[0] // "meet" for the articles' "met"
			} else if misspeltFunctionWord(qlang, t.Word) {
				continue // "abuot", "becuase" ask about nothing (respell.go)
			} else if w, ok := e.respell(t.Word, passages); ok {
				if st := an.Stems(w); len(st) == 1 {
					t.Word, t.Stem = w, st[0]
				}
			}
		}
		qt := qterm{Term: t, w: e.ix.Weight(t.Stem), matches: e.ix.Matches(t.Stem)}
		qt.count = t.Number && countIn(query, t.Word) // daynumber.go
		if !t.Name && !t.Number && len(forms) > 0 && qt.matches != nil {
			e.addForms(qt.matches, forms)
		}
		if t.Name {
			qt.country = countryRoot(t.Word)
			qt.alias = e.capitalAliasOf(query, t.Word)
			qt.initials, qt.surname = e.nameRunOf(query, t.Word)
			qt.region = regions[text.Fold(t.Word)]
		}
		if qt.region == "" {
			qt.region = e.adjectiveRegion(t.Word) // "Italian", "slovaque" (countryword.go)
			qt.adjective = qt.region != ""
		}
		if isOwn && class != "" && gatedKinds[want] && strings.EqualFold(t.Word, class) {
			qt.answers, qt.asked = want, asked
		}
		if isOwn && want == kindReason && foreignWhyWords[text.Fold(t.Word)] {
			qt.answers = kindReason // "warum" is held by a sentence giving a cause (foreignwhy.go)
		}
		if !isOwn {
			qt.w *= historyWeight
		}
		if !t.Name && !t.Number && lowerInitials(t.Word) && !e.ix.Known(t.Stem) && (e.spelledOut(t.Word, passages) || e.spelledOut(t.Word+leadMark, passages)) {
			// "ny declaration": a short word the articles never use whose
			// letters open the words of a run of names in the passages is
			// that run written by its initials, as "NY" is (lowerinitials.go).
			t.Name, qt.Name, qt.lowerInitials = true, true, true
		}
		switch {
		case e.ix.Known(t.Stem):
		case t.Name && e.knownAlias(qt.alias):
			// "Canberra" for the articles' "Australia" (capitalname.go).
		case t.Name && e.regionKnown(qt.region):
			// "Pologne" for the articles' "Poland" (abroad.go).
		case t.Name && e.spelledOut(t.Word, passages):
			// "NY" for the articles' "New York": matched as the run of
			// names it stands for (see writtenOtherwise).
		case t.Name || t.Number || e.places().IsPlace(t.Word) || e.nameLike(t.Word, qlang, names, passages):
			// A name, acronym or number the articles never mention
			// (a country or capital typed in lowercase, "china", is
			// one): the question is about something else.
			return nil, 0, nil, false
		default:
			// An everyday word the articles don't use ("held",
			// "supposed") is likely a paraphrase; a rare one
			// ("multipolar") likely names another subject.
			qt.w *= rarityIn(qlang, t.Word)
		}
		terms = append(terms, qt)
		total += qt.w
	}
	if len(terms) == 0 || total == 0 {
		return nil, 0, nil, false
	}
	markTopics(terms, ownStems) // foreignheld.go
	return terms, total, ownStems, true
}

// spelledOut reports whether initials ("ny") are those of a run of names
// ("New York") in a passage.
func (e *Extractive) spelledOut(initials string, passages []footnote.Passage) bool {
	for _, p := range passages {
		if e.articleAnalysis(p.Doc).paragraph(e.ix, p.N).allRuns[initials] {
			return true
		}
	}
	return false
}

// knownForm returns the first of forms (of an irregular verb, see
// relatedness.VerbForms) that is one word the articles use.
func (e *Extractive) knownForm(forms []string) (string, bool) {
	for _, f := range forms {
		if st := e.ix.Stems(f); len(st) == 1 && e.ix.Known(st[0]) {
			return f, true
		}
	}
	return "", false
}

// addForms adds to matches (a question term's corpus stems) those of the
// other forms of its verb ("met" for "meet"), so that either is matched.
func (e *Extractive) addForms(matches map[string]float64, forms []string) {
	for _, f := range forms {
		for _, st := range e.ix.Stems(f) {
			for cs, w := range e.ix.Matches(st) {
				if w > matches[cs] {
					matches[cs] = w
				}
			}
		}
	}
}

// coverOf returns the weight of the question's terms that sentence s
// holds, that only its context holds, that related words stand for, and
// how many terms it or its context holds.
func coverOf(terms []qterm, s sentence, soft softMatcher) (own, ctx, related float64, n int) {
	for _, t := range terms {
		if m := matchIn(t, s.stems); m > 0 && !t.onlyDaysIn(s.text) {
			own += t.w * m
			n++
		} else if t.answers != kindAny && hasKind(t.answers, s.text, t.asked) || writtenOtherwise(t, s.stems, s.runs) {
			own += t.w
			n++
		} else if heldAsCountry(t, s) {
			own += t.w
			n++
		} else if m := matchIn(t, s.ctx); m > 0 && !t.onlyDaysInParagraph(s) {
			ctx += t.w * m
			n++
		} else if writtenOtherwise(t, s.ctx, s.paraRuns) {
			ctx += t.w
			n++
		} else if !t.Name && !t.Number {
			// Names and numbers match only themselves.
			related += t.w * soft.match(t.Word, s.words)
		}
	}
	return own, ctx, related, n
}

// pickPart chooses the sentences that answer own (a question or one part
// of it) within query, or reports that the passages don't support an answer.
func (e *Extractive) pickPart(query, own string, passages []footnote.Passage) ([]sentence, bool) {
	pp, ok := e.preparePart(query, own, passages)
	if !ok {
		return nil, false
	}
	picked, ok := e.pickPartWith(pp, false)
	if !ok {
		picked, ok = e.pickArticleDate(pp) // articledate.go
	}
	if ok && atAskersNow(pp.now, picked) {
		return nil, false // "who won the game last night" (askersnow.go)
	}
	if !ok || pp.want != kindTime {
		return picked, ok
	}
	// The preference for the time of the act asked (actvalue.go) only
	// reorders the sentences that can answer: it answers no question
	// refused without it (a refusal is retried with related words, see
	// expand.go, and judged by the gates as before), and when the
	// sentence it prefers fails a gate the answer stays as without it.
	if preferred, ok := e.pickPartWith(pp, true); ok && !atAskersNow(pp.now, preferred) {
		return preferred, true
	}
	return picked, true
}

// partAsk is what choosing the sentences for one part of a question
// works from, worked out once: a "when" question is picked twice, with and
// without the preference for the time of the act asked, over the same
// terms, candidates and matchers (whose memos both passes share).
type partAsk struct {
	query, own  string
	passages    []footnote.Passage
	terms       []qterm
	total       float64
	ownStems    map[string]bool
	cands       []sentence
	want        kind
	asked       map[string]bool
	plain, soft softMatcher
	// softCovers and plainCovers remember coverOf of each candidate
	// under soft and plain.
	softCovers, plainCovers *coverMemo
	sp                      speaker
	asksSpeaker             bool
	// held says which candidates hold every name and number asked
	// (and where the speaker asked about speaks); anyHeld, whether any does.
	held    []bool
	anyHeld bool
	// now are the phrases placing own at the asker's present (askersnow.go).
	now []string
}

// preparePart works out what pickPartWith needs for own within query, or
// reports that the passages can't answer it.
func (e *Extractive) preparePart(query, own string, passages []footnote.Passage) (*partAsk, bool) {
	terms, total, ownStems, ok := e.questionTerms(query, own, passages)
	if !ok || asksOnlyItsKind(query, own, terms) {
		return nil, false
	}
	cands := e.sentences(passages)
	if len(cands) == 0 {
		return nil, false
	}
	e.markForeign(cands, own)
	e.markCountries(cands, terms)
	if askedKind(own) == kindReason {
		cands = withConsequences(cands) // endstaying.go
	}
	pp := &partAsk{query: query, own: own, passages: passages, terms: terms, total: total, ownStems: ownStems,
		cands: cands, want: askedKind(own), asked: askedWords(query), plain: e.softMatcher(), now: askersNowIn(own, terms)}
	pp.soft = pp.plain.withClasses()
	pp.softCovers, pp.plainCovers = newCoverMemo(terms, cands, pp.soft), newCoverMemo(terms, cands, pp.plain)

	// A sentence that lacks a name or number of the question (see
	// holdsAsked), or, for a question about what someone named said, where
	// they do not speak (speaker.go), is chosen only when every sentence does.
	pp.sp, pp.asksSpeaker = e.speakerOf(own, terms, ownStems)
	pp.held = make([]bool, len(cands))
	for i, s := range cands {
		pp.held[i] = e.holdsAsked(terms, ownStems, s) && (!pp.asksSpeaker || e.speaks(pp.sp, s))
		pp.anyHeld = pp.anyHeld || pp.held[i]
	}
	return pp, true
}

// pickPartWith chooses the sentences for the part pp asks, preferring for
// a "when" question, with preferAct, a sentence that gives the time of the
// act asked (see preferAskedAct and kindShare); without, every time counts
// alike.
func (e *Extractive) pickPartWith(pp *partAsk, preferAct bool) ([]sentence, bool) {
	query, own, passages := pp.query, pp.own, pp.passages
	terms, total, ownStems, cands := pp.terms, pp.total, pp.ownStems, pp.cands
	want, asked, plain := pp.want, pp.asked, pp.plain
	sp, asksSpeaker := pp.sp, pp.asksSpeaker
	// preferAskedAct narrows held; each pass starts from the same.
	held, anyHeld := slices.Clone(pp.held), pp.anyHeld

	// Score every sentence (see bestSentence).
	// Two words of one class of relatedness ("signed" and "endorsed")
	// choose the sentence; when the sentence they chose lacks the fact
	// asked, the vectors alone choose again (see withClasses).
	// For "when", a sentence whose time is of the act asked is
	// preferred to one whose times are of other acts (actvalue.go).
	var pref []actPreference
	if preferAct {
		var ta timeAsk
		pref, ta = e.actPreferences(own, asked, want, answerBar{terms: terms, total: total, ownStems: ownStems, soft: plain}, cands, held, anyHeld)
		// Only when the words choose a sentence whose time is not of the
		// act asked: a time of it there ("It won power in 2015") stays.
		if b, _, _ := bestSentence(total, cands, held, anyHeld, want, asked, pp.softCovers, pref); pref != nil && (b < 0 || pref[b] != timeOfAskedAct) {
			anyHeld = e.preferAskedAct(ta, total, cands, held, anyHeld, pref, pp.plainCovers)
		}
	}
	bestI, found := -1, false
	for _, m := range []*coverMemo{pp.softCovers, pp.plainCovers} {
		var cover float64
		var n int
		bestI, cover, n = bestSentence(total, cands, held, anyHeld, want, asked, m, pref)
		if bestI < 0 || !(cover >= minCoverage || (n >= 2 && cover >= minPartial)) {
			return nil, false
		}
		if !e.asksAbsentFact(terms, total, ownStems, cands[bestI], plain, want, asked, passages) && !e.lacksAttribute(own, terms, cands[bestI], plain) && !e.lacksPredicate(own, terms, cands[bestI], plain, want, asked) {
			found = true
			break
		}
	}
	if !found {
		return nil, false
	}
	best := cands[bestI]
	picked := []sentence{}
	if dependsOnPrevious(best.text) && best.idx > 0 {
		prev := best
		prev.idx--
		prev.text = best.all[best.idx-1]
		picked = append(picked, prev)
	} else if best.idx == 0 && best.n > 1 && opensWithConnective(best.text) && (strings.HasPrefix(best.text, "“") || strings.HasPrefix(best.text, `"`) || want == kindReason && opensWith(best.text, consequenceOpeners)) {
		// "“But our decisions…,” she added" goes on with what the speaker
		// said at the end of the paragraph before. (A writer's "But last
		// December, …" at a paragraph's head says enough by itself.) For a
		// "why" question, "As a consequence, the Government will not take
		// part …" at a paragraph's head leans on the paragraph before,
		// which gives the cause.
		if pa := e.articleAnalysis(best.doc).paragraph(e.ix, best.n-1); len(pa.sents) > 0 {
			before := pa.sents
			prev := best
			prev.n, prev.idx, prev.all, prev.para = best.n-1, len(before)-1, before, pa
			prev.text = before[len(before)-1]
			picked = append(picked, prev)
		}
	}
	picked = append(picked, best)
	consequence, caused := -1, false
	if want == kindReason {
		consequence, caused = consequenceOf(cands, bestI) // endstaying.go
	}
	if caused {
		// The cause is quoted with the consequence that states the act
		// asked; together they answer, and no second sentence is sought.
		picked = append(picked, cands[consequence])
	}
	answering := len(picked) // the best sentence and the one it leans on
	// A question with several parts ("who backed it and who argued
	// against it?") may need a second sentence for what the first leaves out.
	if sec, ok := secondSentence(terms, total, multiPart.MatchString(query), cands, bestI, len(picked) > 1, plain); ok && !caused && !misdates(pref, cands, bestI, sec) {
		picked = append(picked, sec)
	}
	// Every name and number the question asks about must be where the
	// answer is (see holds): an answer about Guterres's reply that never
	// mentions Guterres answers something else.
	for _, t := range terms {
		if !(t.Name || t.Number) || !ownStems[t.Stem] {
			continue
		}
		found := false
		for _, s := range picked {
			if e.holds(t, s) {
				found = true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	if e.lacksAskedCountry(terms, ownStems, picked) {
		return nil, false // "Quel ministre slovaque …": Poland's minister (countryasked.go)
	}
	if asksSpeaker && !slices.ContainsFunc(picked[:answering], func(s sentence) bool { return e.speaks(sp, s) }) {
		return nil, false // "what did Ban Ki-moon say": a sentence where he does something else
	}
	// A question asking for a number, a date or a place is not answered
	// by sentences that hold none: a second sentence, quoted for words the
	// best one lacks, does not answer it.
	// A count of a class of names may be answered by naming them (listsNames).
	class := countedClass(own)
	listed := want == kindNumber && class != kindAny && slices.ContainsFunc(picked[:answering], func(s sentence) bool { return e.listsNames(s.text, class, asked) })
	if gatedKinds[want] && !listed && !slices.ContainsFunc(picked[:answering], func(s sentence) bool {
		return hasKind(want, s.text, asked) || asksSpan(own) && holdsSpan(s.text) // "how long": "a day before" (spanasked.go)
	}) {
		return nil, false
	}
	if lacksForeignKind(own, want, picked, asked) {
		return nil, false // "Wie viele Abgeordnete …": no count at all (foreignkind.go)
	}
	if want == kindNumber && !listed && !e.countsAsked(own, picked[:answering]) {
		return nil, false // "how many migrants": a number of something else
	}
	if asksAge(own) && !slices.ContainsFunc(picked[:answering], func(s sentence) bool { return holdsAge(s.text) }) {
		return nil, false // "how old is Sessions": a number that is no age (attribute.go)
	}
	if asksAmount(own) && !slices.ContainsFunc(picked[:answering], func(s sentence) bool { return holdsAmount(s.text, plain.words) }) {
		return nil, false // "how much money …": a count of something else (amount.go)
	}
	inArticleOrder(picked)
	return picked, true
}

// bestSentence returns the index of the candidate sentence that answers the
// question's terms best (-1 when none may), with the share of the
// question's weight it and its context cover and how many terms they hold.
// Terms in the sentence count fully, terms only in its context count
// ctxCredit, a related word in the sentence counts what soft gives it, a
// sentence holding the kind of answer asked for gains typeBonus, and a
// better-ranked passage breaks ties. When anyHeld, only the held
// sentences may answer. covers gives each candidate's coverOf under the
// matcher that scores.
func bestSentence(total float64, cands []sentence, held []bool, anyHeld bool, want kind, asked map[string]bool, covers *coverMemo, pref []actPreference) (int, float64, int) {
	bestI, bestScore, bestCover, bestN := -1, -1.0, 0.0, 0
	bestBase, bestPara := -1.0, 0
	for i, s := range cands {
		if anyHeld && !held[i] {
			continue
		}
		own, ctx, related, n := covers.of(i)
		base := (own + ctxCredit*ctx + related - foreignDiscount(covers.terms, s)) / total
		if hasKind(want, s.text, asked) {
			base += typeBonus * kindShare(pref, i)
		}
		score := base + rankTieBreak/float64(s.rank+1)
		// Among equals, the sentence that says more ("Colum Lynch was a
		// staff writer…" over "By Colum Lynch.").
		score += lengthTieBreak * float64(len(s.stems))
		better := score > bestScore
		if bestI >= 0 && want == kindTime && math.Abs(base-bestBase) < scoreTie {
			// Of two sentences that answer "when" alike, the one that
			// tells the time more precisely (timeprecision.go).
			if p, bp := timePrecision(s.text, asked), timePrecision(cands[bestI].text, asked); p != bp {
				if p > bp {
					bestI, bestScore, bestCover, bestN = i, score, (own+ctx+related)/total, n
					bestBase, bestPara = base, s.n
				}
				continue
			}
		}
		if bestI >= 0 && s.doc == cands[bestI].doc && s.n > 0 && bestPara > 0 && s.n != bestPara && math.Abs(base-bestBase) < scoreTie {
			// Of two paragraphs of one article that answer alike, the
			// earlier: a news article says its main facts first ("The
			// Polish government said Tuesday that it will not support…"
			// before "Poland's government has taken a strong anti-migrant
			// position"), and the passages' rank says nothing more.
			better = s.n < bestPara
		}
		if better {
			bestI, bestScore, bestCover, bestN = i, score, (own+ctx+related)/total, n
			bestBase, bestPara = base, s.n
		}
	}
	return bestI, bestCover, bestN
}

// holds reports whether a name or number of the question is where
// sentence s can answer for it: in s or its context, or, for a year or a
// month that dates what is asked ("what was signed in March 2019"),
// anywhere in its article or in its date.
func (e *Extractive) holds(t qterm, s sentence) bool {
	if matchIn(t, s.stems) > 0 && !t.onlyDaysIn(s.text) || matchIn(t, s.ctx) > 0 && !t.onlyDaysInParagraph(s) || heldAsInitials(t, s) || e.heldAbroad(t, s) {
		return true
	}
	if t.Name && e.headlineNames(s.doc, t) {
		return true // "Statement by the Italian Prime Minister" holds Italy for its sentences
	}
	if !isYear(t.Word) && !retrieval.IsCalendarWord(t.Word) {
		return false
	}
	aa := e.articleAnalysis(s.doc)
	if pub := aa.art.Published; !pub.IsZero() && (t.Word == strconv.Itoa(pub.Year()) || strings.EqualFold(t.Word, pub.Month().String())) {
		return true // the article's date
	}
	return aa.vocabulary()[t.Word]
}

// holdsAsked reports whether sentence s holds (see holds) every name
// and number of the question's own.
func (e *Extractive) holdsAsked(terms []qterm, ownStems map[string]bool, s sentence) bool {
	for _, t := range terms {
		if (t.Name || t.Number) && ownStems[t.Stem] && !e.holds(t, s) {
			return false
		}
	}
	return true
}

// gatedKinds are the kinds of answer a sentence must hold to answer the
// question: the kinds hasKind finds reliably (digits, calendar words, a
// name after "in"). Gating more kinds refuses more, rightly and wrongly.
// A sentence holding an answer of one of these kinds also holds the class
// noun that asked for it (see qterm.answers); for a person or an
// organisation any capitalised word would.
var gatedKinds = map[kind]bool{kindNumber: true, kindTime: true, kindPlace: true}

// rarity scales the weight of a question word that the articles lack by
// how uncommon it is in everyday English: from 1 for a word outside everyday
// English down to minRarity for the most common words.
func rarity(word string) float64 {
	r := (7 - retrieval.Zipf(word)) / 4
	return math.Max(minRarity, math.Min(1, r))
}

// minRarity is the least weight of a question word the articles lack: lower
// lets everyday paraphrases ("held") count for little, higher refuses more
// questions worded unlike the article. Without the rarity weighting the
// dev-2 tune part's answer accuracy fell from 0.500 to 0.450.
const minRarity = 0.4

// multiPart matches a question that asks for several things at once.
var multiPart = regexp.MustCompile(`(?i)\b(and|or|as well as|both)\b`)

// sentences splits the passages into candidate sentences with their stems
// and context stems (the sentence's paragraph and the one before it).
func (e *Extractive) sentences(passages []footnote.Passage) []sentence {
	an := e.ix
	docs := map[string]*articleAnalysis{}
	var out []sentence
	for rank, p := range passages {
		aa, ok := docs[p.Doc]
		if !ok {
			aa = e.articleAnalysis(p.Doc)
			docs[p.Doc] = aa
		}
		own := aa.paragraph(an, p.N)
		ctx := own.all
		if p.N > 1 {
			if prev := aa.paragraph(an, p.N-1); len(prev.all) > 0 {
				ctx = make(map[string]bool, len(own.all)+len(prev.all))
				for st := range own.all {
					ctx[st] = true
				}
				for st := range prev.all {
					ctx[st] = true
				}
			}
		}
		for i, s := range own.sents {
			out = append(out, sentence{doc: p.Doc, n: p.N, idx: i, text: s, all: own.sents, para: own, stems: own.sets[i], words: own.words[i], runs: own.runs[i], paraRuns: own.allRuns, ctx: ctx, rank: rank})
		}
	}
	return out
}

// termSets returns the stems and the lowercased words of the terms of
// text, of language code.
func termSets(an Analyzer, code, text string) (stems, words map[string]bool) {
	stems, words = map[string]bool{}, map[string]bool{}
	for _, t := range an.TermsIn(code, text) {
		stems[t.Stem] = true
		words[t.Word] = true
	}
	return stems, words
}

// matchIn returns how well a question term is matched in a set of stems: 1
// for the stem itself, less for a near miss or, for a demonym, its
// country's name (for a capital, its country's; for a country, its
// capital), 0 for none.
func matchIn(t qterm, stems map[string]bool) float64 {
	best := 0.0
	for s, w := range t.matches {
		if stems[s] && w > best {
			best = w
		}
	}
	if best == 0 && t.country != "" {
		for s := range stems {
			if len(s) > len(t.country) && strings.HasPrefix(s, t.country) {
				return demonymWeight
			}
		}
	}
	if best == 0 && t.alias.in(stems) {
		return demonymWeight
	}
	return best
}

// demonymWeight is how much a country's name counts for its demonym
// ("Poland" for "Polish"): like a shared prefix, less than the word.
const demonymWeight = 0.6

// minCountryRoot is the shortest country root a demonym is cut to: shorter
// roots ("ir" of "Irish") would match unrelated names.
const minCountryRoot = 3

// countryRoot returns the root of the country a demonym in -ish names
// ("polish" → "pol" of Poland, "finnish" → "fin" of Finland, "turkish" →
// "turk" of Turkey), or "" for another word. Demonyms in -an and -ian
// ("Mexican", "Italian") already share a prefix with their country's name,
// which the index matches.
func countryRoot(word string) string {
	root, ok := strings.CutSuffix(word, "ish")
	if !ok {
		return ""
	}
	if n := len(root); n >= 2 && root[n-1] == root[n-2] {
		root = root[:n-1] // finnish → fin
	}
	if len(root) < minCountryRoot {
		return ""
	}
	return root
}

// dependsOnPrevious reports whether a sentence opens with a pronoun or a
// connective that refers to the sentence before it.
func dependsOnPrevious(s string) bool {
	switch firstWord(s) {
	case "she", "he", "it", "they", "this", "that", "these", "those":
		return true
	}
	return opensWithConnective(s)
}

// opensWithConnective reports whether a sentence opens with a connective
// that turns against or follows from what was said before ("But…", "As a
// result…"): it says half of what its speaker or writer says, even at the
// head of a paragraph. A pronoun there ("She was…") is resolved for
// matching (see resolveRefs) and needs no quote of its own.
func opensWithConnective(s string) bool {
	switch firstWord(s) {
	case "but", "however", "instead", "still", "yet":
		return true
	}
	return opensWith(s, consequenceOpeners)
}

// firstWord returns the first word of s, lowercased, without the marks
// around it (a quotation's opening quote).
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return strings.ToLower(strings.TrimRightFunc(strings.SplitN(s, " ", 2)[0], func(r rune) bool { return !unicode.IsLetter(r) }))
}
