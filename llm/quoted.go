package llm

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// The check of a structured answer, claim by claim:
//
//  1. the claim's quote is looked for (see locateQuote) in the paragraph
//     it cites, of the article it names (of any retrieved article when the
//     ID names none);
//  2. found there, the claim must agree with the sentences it was found
//     in (see agreesWith): kept with those sentences as its quote, or
//     removed;
//  3. not found there but found in another retrieved paragraph, the claim
//     is re-cited to that paragraph if it agrees with the sentences there;
//  4. found nowhere (the model translated, rewrote or invented it), the
//     claim is checked as an inline claim citing that paragraph is
//     (analysis.supports), with the stricter evidence of a re-citation.

// judgeQuoted checks one claim of a structured answer.
func (e *evidence) judgeQuoted(qc quotedClaim, known func(string) bool) judgement {
	c := claim{lead: qc.Text, check: qc.Text, marked: true, sentStart: true,
		refs: []footnote.MarkerRef{{Label: e.labels[qc.Article], N: qc.Paragraph}}}
	key := memoKey{check: c.check, refs: qc.Article + "\x00" + strconv.Itoa(qc.Paragraph) + "\x00" + qc.Quote,
		sentStart: true, foreign: known != nil}
	if j, ok := e.memo[key]; ok {
		return j
	}
	a := analyse(c, known)
	a.withEvidence(e)
	var j judgement
	cited := e.quotedCandidates(qc)
	found := false
	for _, src := range cited {
		sup, v := a.quotedSupport(src, qc.Quote, e, known != nil, &found)
		if v == agrees {
			j.sup = []support{sup}
			break
		}
		if v == undecided && j.undecided == nil {
			j.undecided = &sup
		}
	}
	if len(j.sup) == 0 && !found {
		for _, src := range e.sources {
			if containsSource(cited, src) {
				continue
			}
			if sup, v := a.quotedSupport(src, qc.Quote, e, known != nil, &found); v == agrees {
				j.sup, j.recited = []support{sup}, true
				break
			}
		}
	}
	if len(j.sup) == 0 && !found {
		// A quote rewritten or translated can't be found: the claim is
		// checked as an inline claim, with the stricter evidence of a
		// re-citation, unless it leans on words the quote made up.
		for _, src := range cited {
			if known != nil {
				if sup, ok := a.foreignSupport(src, e); ok {
					j.sup = []support{sup}
					break
				}
				continue
			}
			if a.leansOnInvented(src, qc.Quote) {
				continue
			}
			// The sentence the check picks must hold the claim as a
			// found quote's would: "on Friday" in another sentence of the
			// paragraph is not support.
			if q, ok := a.supports(src, true); ok && a.agreesWith(src, src.sentenceIndex(q), e, 0) {
				j.sup = []support{{src, q}}
				break
			}
		}
	}
	if len(cited) == 0 {
		j.dropped = 1
	}
	e.memo[key] = j
	return j
}

// quotedCandidates returns the retrieved paragraphs a quoted claim cites:
// its paragraph of the article it names, or of any retrieved article when
// the ID names none of them.
func (e *evidence) quotedCandidates(qc quotedClaim) []*source {
	var out []*source
	for _, src := range e.byN[qc.Paragraph] {
		if src.p.Doc == qc.Article {
			out = append(out, src)
		}
	}
	if len(out) == 0 {
		out = e.cited(footnote.MarkerRef{Label: e.labels[qc.Article], N: qc.Paragraph})
	}
	return out
}

func containsSource(list []*source, s *source) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// quotedSupport looks for quote in src and, found, checks the claim
// against the sentences it was found in (see agreement); *found is set
// when the quote was found, whatever the verdict. The support is the one
// the claim has when the verdict is agrees, or would have if a second
// opinion found it undecided but supported.
func (a analysis) quotedSupport(src *source, quote string, ev *evidence, foreign bool, found *bool) (support, verdict) {
	start, end, ok := locateQuote(src.tokens(), quote)
	if !ok {
		return support{}, disagrees
	}
	idx := src.quotedSentences(start, end)
	if len(idx) == 0 {
		return support{}, disagrees
	}
	*found = true
	// A number or date said of the claim's people in the sentence next
	// to the quote (see factSentence).
	idx = a.withFactSentence(src, idx)
	anchors := 0
	if foreign {
		anchors = minForeignAnchors
	}
	if a.leansOnInvented(src, quote) {
		return support{}, disagrees
	}
	v := a.agreement(src, idx, ev, anchors)
	if v == disagrees {
		return support{}, v
	}
	first, last := src.sents[idx[0]], src.sents[idx[len(idx)-1]]
	return support{src, src.p.Text[first.start:last.end]}, v
}

// checkQuoted checks a structured answer's claims and writes the answer
// from those that hold: each claim followed by its verified marker.
func checkQuoted(claims []quotedClaim, ev *evidence) checkResult {
	var res checkResult
	known := ev.foreignKnownAll(claims)
	ante := antecedents{ev: ev, known: known}
	var b strings.Builder
	// The closing punctuation written after the claim before, when that
	// claim was kept: a claim that goes on from it takes its place.
	lastEnd := ""
	for _, qc := range claims {
		if strings.TrimSpace(qc.Text) == "" {
			continue
		}
		prevEnd := lastEnd
		lastEnd = ""
		res.claims++
		qc.Text = ev.withoutUnsupportedReason(qc, known)
		judged := ante.resolve(qc)
		j := ev.judgeQuoted(judged, known)
		res.droppedMarkers += j.dropped
		if len(j.sup) == 0 && j.undecided != nil && ev.approved[opinionKey(judged, *j.undecided)] {
			j.sup = []support{*j.undecided}
			res.seconded++
		}
		if len(j.sup) == 0 {
			res.removed++
			continue
		}
		res.kept++
		if j.recited {
			res.recited++
		}
		body := strings.TrimSpace(qc.Text)
		end := body[len(strings.TrimRight(body, ".!?。")):]
		body = strings.TrimRight(stripPilcrows(body[:len(body)-len(end)]), " ")
		if end == "" {
			end = "."
		}
		switch {
		case continuesClause(body) && prevEnd == ".":
			// "which was scheduled to begin on Monday", the model's
			// second half of a sentence, goes on from the claim before
			// rather than standing as a sentence of its own.
			s := b.String()
			b.Reset()
			b.WriteString(s[:len(s)-len(prevEnd)] + ", ")
		case continuesClause(body):
			// Its first half was removed: it starts the sentence.
			b.WriteString(sentenceSpace(b.Len()))
			body = capitaliseFirst(body)
		default:
			b.WriteString(sentenceSpace(b.Len()))
		}
		b.WriteString(body + " ")
		for _, s := range j.sup {
			b.WriteString(footnote.Marker(ev.labels[s.src.p.Doc], s.src.p.N))
			res.cites = append(res.cites, footnote.Citation{Doc: s.src.p.Doc, Paragraph: s.src.p.N, Quote: s.quote})
		}
		b.WriteString(end)
		lastEnd = end
	}
	res.text = tidy(b.String())
	return res
}

// sentenceSpace is what comes before a claim that starts a sentence: a
// space, unless it is the first.
func sentenceSpace(written int) string {
	if written == 0 {
		return ""
	}
	return " "
}

// continuesClause reports whether a claim's text goes on from the claim
// before: it starts with a lower-case letter ("and Brian Hook…", "which
// was…", "arguing that…"), as a model's claims do when it cuts a
// sentence in two.
func continuesClause(body string) bool {
	r, _ := utf8.DecodeRuneInString(body)
	return unicode.IsLower(r)
}

// foreignKnownAll is foreignKnown of the claims' texts together.
func (e *evidence) foreignKnownAll(claims []quotedClaim) func(string) bool {
	var all strings.Builder
	for _, qc := range claims {
		all.WriteString(qc.Text)
		all.WriteString(" ")
	}
	return e.foreignKnown(all.String())
}

// minInventedLen is the shortest quote word leansOnInvented looks at:
// shorter words are mostly grammar; longer ones would miss "ban".
const minInventedLen = 3

// leansOnInvented reports whether the claim uses a plain word that its
// quote has and the paragraph hasn't: the model changed the paragraph's
// words to fit its claim ("ban governments from detaining…" for "dissuade
// governments…"), so the quote is evidence against the claim.
func (a analysis) leansOnInvented(src *source, quote string) bool {
	var invented map[string]bool
	for _, t := range quoteTokens(quote) {
		if t.fact || len(t.f) < minInventedLen || stopwords[t.f] {
			continue
		}
		if _, ok := src.words[t.f]; ok {
			continue
		}
		if _, ok := src.stems[stem(t.f)]; ok {
			continue
		}
		if invented == nil {
			invented = map[string]bool{}
		}
		invented[stem(t.f)] = true
		invented[text.Stem(text.English, t.f)] = true
	}
	if invented == nil {
		return false
	}
	for _, s := range a.stems {
		if s.plain && (invented[s.s] || invented[text.Stem(text.English, s.word)]) {
			return true
		}
	}
	return false
}

// foreignSupport checks a claim in another language than the articles,
// whose quote (translated, most likely) wasn't found, against the
// sentence of src that holds most of its names, numbers and dates; that
// sentence is then its quote.
func (a analysis) foreignSupport(src *source, ev *evidence) (support, bool) {
	best, bestN := -1, 0
	for i := range src.sents {
		n := 0
		for _, f := range a.facts {
			if f.in(src.sents[i].words) {
				n++
			}
		}
		if n > bestN && src.quotable(i) {
			best, bestN = i, n
		}
	}
	if best < 0 || !a.agreesWith(src, []int{best}, ev, minForeignAnchors) {
		return support{}, false
	}
	return support{src, src.sents[best].text}, true
}

// sentenceIndex returns the index of src's sentence whose text is t.
func (s *source) sentenceIndex(t string) []int {
	for i := range s.sents {
		if s.sents[i].text == t {
			return []int{i}
		}
	}
	return nil
}
