package answer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// agreeShare is the share of the chosen sentence's own words (its stems
// beyond the question's, weighted by idf) another outlet's sentence must
// hold to be taken as saying the same thing, when the question asks for
// no value that can be compared: lower cites more outlets as agreeing, and
// more that say something else.
const agreeShare = 0.5

// agreement is what an answer that the sources don't dispute ends with:
// the other outlets that say it, each cited from its own sentence, and
// the outlets that print a copy of the quoted paragraph, named.
type agreement struct {
	cited []sentence
	named []string
}

// agreeing finds the outlets that agree with the answer picked: for a
// number or a time, those in the one version vs gives; for a name, those
// whose sentence that answers as well gives one of the answer's names;
// otherwise those whose sentence says most of what the answer says. The
// copies of the quoted paragraphs (see collapseCopies) are named.
func (e *Extractive) agreeing(query, own string, picked []sentence, passages []footnote.Passage, vs []answerVersion, copies map[[2]any][]string) agreement {
	var ag agreement
	quoted := map[string]bool{}
	for _, s := range picked {
		quoted[s.doc] = true
	}
	switch {
	case len(vs) == 1 && len(vs[0].sents) > 1:
		ag.cited = vs[0].sents[1:]
	case len(vs) <= 1:
		// No other outlet gives a value of what was asked: those that say
		// what the answer says, by its words or names (for a number or a
		// time, none: see corroborating).
		ag.cited = e.corroborating(query, own, picked, passages)
	}
	ag.cited, ag.named = splitCopies(picked, ag.cited)
	ag.cited = ag.cited[:min(len(ag.cited), maxAlso)]
	for _, s := range ag.cited {
		quoted[s.doc] = true
	}
	for _, s := range picked {
		for _, d := range copies[[2]any{s.doc, s.n}] {
			if !quoted[d] && !slices.Contains(ag.named, d) {
				ag.named = append(ag.named, d)
			}
		}
	}
	return ag
}

// corroborating returns, one per other article, the sentences that answer
// the question nearly as well as the picked ones (see answerBar.rivals)
// and say the same thing (see agrees), best-ranked first.
func (e *Extractive) corroborating(query, own string, picked []sentence, passages []footnote.Passage) []sentence {
	bar, ok := e.newAnswerBar(query, own, passages)
	if !ok || len(picked) == 0 {
		return nil
	}
	best, bestOwn := bar.best(picked)
	seen := map[string]bool{}
	for _, s := range picked {
		seen[s.doc] = true
	}
	want, asked := versionKind(own), askedWords(query)
	if want == kindNumber || want == kindTime {
		return nil // versions compares their values
	}
	var out []sentence
	for _, c := range e.sentences(passages) {
		if seen[c.doc] || !bar.rivals(e, c, bestOwn) || !e.agrees(want, asked, bar, best, c) {
			continue
		}
		seen[c.doc] = true
		out = append(out, c)
	}
	return out
}

// agrees reports whether sentence c says what the chosen sentence best
// says: for a person, a place or an organisation, the rarest (by idf) of
// the names that answer (see answerNames); otherwise at least agreeShare
// of best's own words.
func (e *Extractive) agrees(want kind, asked map[string]bool, bar answerBar, best, c sentence) bool {
	switch want {
	case kindPerson, kindPlace, kindOrg:
		// The run of names holding the answer's rarest name is the one
		// that answers ("Obama", not "Refugees" of a declaration's title);
		// another outlet agrees when it gives a word of it ("Haley" for
		// "Nikki Haley").
		var key []string
		keyW := -1.0
		lang := e.article(best.doc).Language
		for _, run := range answerNames(best.text, asked) {
			for _, n := range run {
				w := 0.0
				stems, _ := termSets(e.ix, lang, n)
				for st := range stems {
					w = max(w, e.ix.Weight(st))
				}
				if w > keyW {
					key, keyW = run, w
				}
			}
		}
		theirs := map[string]bool{}
		for _, run := range answerNames(c.text, asked) {
			for _, n := range run {
				theirs[n] = true
			}
		}
		return slices.ContainsFunc(key, func(n string) bool { return theirs[n] })
	}
	inQuestion := map[string]bool{}
	for _, t := range bar.terms {
		for st := range t.matches {
			inQuestion[st] = true
		}
	}
	shared, total := 0.0, 0.0
	for st := range best.stems {
		if inQuestion[st] {
			continue
		}
		w := e.ix.Weight(st)
		total += w
		if c.stems[st] {
			shared += w
		}
	}
	return total > 0 && shared >= agreeShare*total
}

// answerNames returns the runs of names a sentence gives that the
// question does not (asked are its lowercased words), folded: its
// capitalised words that are not calendar words, acronyms, stop words
// ("In September") or the first word of the sentence alone, the words of
// one name together.
func answerNames(s string, asked map[string]bool) [][]string {
	var out [][]string
	var run []string
	toks := text.Tokens(s)
	for i, t := range toks {
		low := strings.ToLower(t.Text)
		if asked[low] || !isNameWord(toks, i) || retrieval.IsCalendarWord(t.Text) || t.Acronym || text.IsAllCaps(t.Text) || text.IsStopWord(text.English, low) {
			if len(run) > 0 {
				out, run = append(out, run), nil
			}
			continue
		}
		run = append(run, text.Fold(t.Text))
	}
	if len(run) > 0 {
		out = append(out, run)
	}
	return out
}

// alsoText is "also reported by A [A ¶5], B [B ¶2] and C": each agreeing
// outlet with the marker of the sentence that says it, then the outlets
// of copies; at most maxAlso are listed, the rest counted. It is "" when
// there are none.
func (e *Extractive) alsoText(ag agreement, labels map[string]string) string {
	var items []string
	for _, s := range ag.cited {
		item := footnote.Marker(labels[s.doc], s.n)
		if name := e.outlet(s.doc); name != labels[s.doc] {
			item = name + " " + item
		}
		items = append(items, item)
	}
	for _, d := range ag.named {
		if name := e.outlet(d); !slices.Contains(items, name) {
			items = append(items, name)
		}
	}
	if len(items) == 0 {
		return ""
	}
	shown := items[:min(len(items), maxAlso)]
	s := "also reported by " + strings.Join(shown, ", ")
	if extra := len(items) - len(shown); extra > 0 {
		s += fmt.Sprintf(" and %d more", extra)
	}
	return s
}

// citeAgreeing adds the citations of the agreeing outlets' sentences.
func (e *Extractive) citeAgreeing(ans *footnote.Answer, ag agreement) {
	for _, s := range ag.cited {
		ans.Citations = append(ans.Citations, e.citation(s.doc, s.n, s.text))
	}
}

// splitCopies parts the agreeing sentences into those to cite and the
// articles of those that repeat word for word (folded) a sentence quoted
// or cited before them: a copy the paragraph test missed is named, not
// cited again.
func splitCopies(quoted, agreeing []sentence) (cite []sentence, copies []string) {
	seen := map[string]bool{}
	for _, s := range quoted {
		seen[text.Fold(s.text)] = true
	}
	for _, s := range agreeing {
		k := text.Fold(s.text)
		if seen[k] {
			copies = append(copies, s.doc)
			continue
		}
		seen[k] = true
		cite = append(cite, s)
	}
	return cite, copies
}
