// Package eval scores Footnote's answers on a set of questions with known
// answers: retrieval recall, answer accuracy, refusals and citations.
package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// Case is one question of an eval set (one line of a .jsonl file).
type Case struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Question string `json:"question"`
	// Doc is the ID of the article the question is about; it may be
	// empty when the corpus has one article, or when every gold paragraph
	// names its own.
	Doc string `json:"doc,omitempty"`
	// Gold are the paragraphs that answer the question: numbers in Doc
	// (7), or paragraphs of named articles ({"doc": "…", "paragraph": 7}).
	Gold []Ref `json:"gold"`
	// Must are phrases the answer must contain; "a|b" accepts either.
	Must []string `json:"must"`
	// MustNot are phrases the answer must not contain.
	MustNot []string `json:"must_not"`
	// Refuse is true when the articles don't answer the question.
	Refuse bool `json:"refuse"`
	// LLMOnly questions are skipped in extractive mode.
	LLMOnly bool `json:"llm_only"`
	// Evidence gives the gold as phrases of imported pages (see
	// Evidence); Resolve turns them into paragraphs.
	Evidence []Evidence `json:"evidence,omitempty"`
	// Versions, for a question the sources disagree on, are the values
	// they give; such a question is answered right when one version is
	// named and cited from its gold, and its conflict surfaced when two
	// are (see Report.ConflictsSurfaced).
	Versions []Version `json:"versions,omitempty"`
}

// Ref is a paragraph of an article.
type Ref struct {
	// Doc is the article's ID; empty until Resolve fills it from the
	// case's Doc or the corpus's only article.
	Doc string `json:"doc"`
	// Paragraph is the paragraph number.
	Paragraph int `json:"paragraph"`
}

// UnmarshalJSON reads a gold paragraph as a number (7) or as an object
// ({"doc": "…", "paragraph": 7}).
func (r *Ref) UnmarshalJSON(b []byte) error {
	var n int
	if err := json.Unmarshal(b, &n); err == nil {
		*r = Ref{Paragraph: n}
		return nil
	}
	type plain Ref
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return fmt.Errorf("gold paragraph: want a number or {\"doc\", \"paragraph\"}: %w", err)
	}
	*r = Ref(p)
	return nil
}

// String is "doc ¶N".
func (r Ref) String() string { return fmt.Sprintf("%s ¶%d", r.Doc, r.Paragraph) }

// Resolve gives every gold paragraph of the cases its article: the case's
// Doc, or the only article in arts. Gold given as evidence phrases is
// found in the articles first (see Evidence). A gold paragraph that could be in
// several articles, or names one that isn't there, is an error naming the
// case.
func Resolve(cases []Case, arts []footnote.Article) error {
	ids := map[string]bool{}
	byID := map[string]footnote.Article{}
	for _, a := range arts {
		ids[a.ID] = true
		byID[a.ID] = a
	}
	for i := range cases {
		c := &cases[i]
		if len(c.Evidence) > 0 || c.Kind == "out_of_scope" {
			resolveEvidence(c, byID)
		}
		if c.Doc != "" && !ids[c.Doc] {
			return fmt.Errorf("case %s: no article %q", c.ID, c.Doc)
		}
		golds := []*Ref{}
		for j := range c.Gold {
			golds = append(golds, &c.Gold[j])
		}
		for v := range c.Versions {
			for j := range c.Versions[v].Gold {
				golds = append(golds, &c.Versions[v].Gold[j])
			}
		}
		for _, g := range golds {
			switch {
			case g.Doc != "":
			case c.Doc != "":
				g.Doc = c.Doc
			case len(arts) == 1:
				g.Doc = arts[0].ID
			default:
				return fmt.Errorf("case %s: gold ¶%d names no article and the corpus has %d; add \"doc\"", c.ID, g.Paragraph, len(arts))
			}
			if !ids[g.Doc] {
				return fmt.Errorf("case %s: gold %s: no such article", c.ID, g)
			}
		}
	}
	return nil
}

// Corpus is what scoring needs of the articles: their paragraphs, to
// re-check quotes, and their labels, to read markers.
type Corpus interface {
	footnote.Paragraphs
	footnote.Library
}

// Read parses an eval set, one JSON object per line.
func Read(r io.Reader) ([]Case, error) {
	var cases []Case
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c Case
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if strings.TrimSpace(c.Question) == "" {
			return nil, fmt.Errorf("line %d: no question", line)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return cases, nil
}

// Result is one case's outcome.
type Result struct {
	// Case is the question.
	Case Case
	// Answer is what the answerer said.
	Answer footnote.Answer
	// Err is the answerer's error, if any.
	Err error
	// Skipped is true for an llm_only case in extractive mode.
	Skipped bool
	// Correct is answer accuracy for answerable cases and refusal accuracy
	// for the others.
	Correct bool
	// Why says what was wrong, for a case that isn't Correct.
	Why string
}

// Report holds the figures of a run.
type Report struct {
	Mode                footnote.Mode `json:"mode"`
	Cases               int           `json:"cases"`
	Skipped             int           `json:"skipped"`
	Answerable          int           `json:"answerable"`
	RecallAt1           float64       `json:"recall_at_1"`
	RecallAt3           float64       `json:"recall_at_3"`
	AnswerAccuracy      float64       `json:"answer_accuracy"`
	Refusals            int           `json:"refusals"`
	RefusalsRight       int           `json:"refusals_right"`
	RefusalAccuracy     float64       `json:"refusal_accuracy"`
	FalseRefusals       int           `json:"false_refusals"`
	CitationPrecision   float64       `json:"citation_precision"`
	UnverifiedCitations int           `json:"unverified_citations"`
	// Conflicts counts the cases with versions; ConflictsSurfaced those
	// whose answer names two or more versions, each cited from its gold.
	Conflicts         int `json:"conflicts"`
	ConflictsSurfaced int `json:"conflicts_surfaced"`
	// RedundantCitations counts citations that quote, from another
	// article, what another citation of the same answer quotes.
	RedundantCitations int      `json:"redundant_citations"`
	Errors             int      `json:"errors"`
	Results            []Result `json:"-"`
}

// Run answers every case with ans and scores the answers. Citations are
// re-checked against src, independently of the answerer. llmOnly cases are
// skipped unless mode is ModeLLM. The cases' gold paragraphs are resolved
// to their articles first (see Resolve).
func Run(ctx context.Context, ans footnote.Answerer, src Corpus, cases []Case, mode footnote.Mode) (Report, error) {
	rep := Report{Mode: mode, Cases: len(cases)}
	cases = slices.Clone(cases)
	for i := range cases {
		cases[i].Gold = slices.Clone(cases[i].Gold)
		cases[i].Versions = slices.Clone(cases[i].Versions)
		for j := range cases[i].Versions {
			cases[i].Versions[j].Gold = slices.Clone(cases[i].Versions[j].Gold)
		}
	}
	if err := Resolve(cases, src.Articles()); err != nil {
		return rep, err
	}
	var r1, r3 float64
	var cited, citedGold int
	answerableRight := 0
	for _, c := range cases {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		res := Result{Case: c}
		if c.LLMOnly && mode != footnote.ModeLLM {
			res.Skipped = true
			rep.Skipped++
			rep.Results = append(rep.Results, res)
			continue
		}
		a, err := ans.Answer(ctx, footnote.Question{Text: c.Question})
		res.Answer, res.Err = a, err
		if err != nil {
			rep.Errors++
			res.Why = "error: " + err.Error()
			rep.Results = append(rep.Results, res)
			if !c.Refuse {
				rep.Answerable++
			} else {
				rep.Refusals++
			}
			continue
		}
		rep.UnverifiedCitations += unverified(src, a)
		rep.RedundantCitations += redundant(a)
		folded := text.Fold(a.Text)
		mustNotOK := true
		for _, m := range c.MustNot {
			if strings.Contains(folded, text.Fold(m)) {
				mustNotOK = false
				res.Why = fmt.Sprintf("contains %q", m)
			}
		}
		if c.Refuse {
			rep.Refusals++
			res.Correct = a.Refused && mustNotOK
			if !a.Refused {
				res.Why = "answered instead of refusing"
			}
			if res.Correct {
				rep.RefusalsRight++
			}
			rep.Results = append(rep.Results, res)
			continue
		}
		rep.Answerable++
		if len(c.Versions) > 0 {
			rep.Conflicts++ // refused or not
		}
		gold := map[Ref]bool{}
		for _, g := range c.Gold {
			gold[g] = true
		}
		for _, v := range c.Versions {
			for _, g := range v.Gold {
				gold[g] = true
			}
		}
		r1 += recall(a.Passages, gold, 1)
		r3 += recall(a.Passages, gold, 3)
		if a.Refused {
			rep.FalseRefusals++
			res.Why = "refused"
			rep.Results = append(rep.Results, res)
			continue
		}
		if len(c.Versions) > 0 {
			n := surfaced(c.Versions, a)
			if n >= 2 {
				rep.ConflictsSurfaced++
			}
			if n >= 1 && mustNotOK {
				res.Correct = true
				answerableRight++
			} else {
				res.Why = "names and cites no version"
			}
			for _, ct := range a.Citations {
				cited++
				if slices.ContainsFunc(c.Versions, func(v Version) bool { return slices.Contains(v.Gold, Ref{ct.Doc, ct.Paragraph}) }) {
					citedGold++
				}
			}
			rep.Results = append(rep.Results, res)
			continue
		}
		goldCited := false
		for _, ct := range a.Citations {
			cited++
			if gold[Ref{ct.Doc, ct.Paragraph}] {
				citedGold++
				goldCited = true
			}
		}
		missing := ""
		for _, group := range c.Must {
			found := false
			for _, alt := range strings.Split(group, "|") {
				if strings.Contains(folded, text.Fold(alt)) {
					found = true
					break
				}
			}
			if !found {
				missing = group
				break
			}
		}
		switch {
		case missing != "":
			res.Why = fmt.Sprintf("lacks %q", missing)
		case !goldCited:
			res.Why = fmt.Sprintf("cites no gold paragraph %v", c.Gold)
		case !mustNotOK:
		default:
			res.Correct = true
			answerableRight++
		}
		rep.Results = append(rep.Results, res)
	}
	if rep.Answerable > 0 {
		n := float64(rep.Answerable)
		rep.RecallAt1, rep.RecallAt3 = r1/n, r3/n
		rep.AnswerAccuracy = float64(answerableRight) / n
	}
	if rep.Refusals > 0 {
		rep.RefusalAccuracy = float64(rep.RefusalsRight) / float64(rep.Refusals)
	}
	if cited > 0 {
		rep.CitationPrecision = float64(citedGold) / float64(cited)
	}
	return rep, nil
}

// unverified counts an answer's citations whose quote is not in the cited
// paragraph, and markers in its text that no citation backs (a marker's
// label must name the cited article). It is written apart from
// footnote.CheckCitations on purpose, so that a bug there does not hide
// here.
func unverified(src Corpus, a footnote.Answer) int {
	labels := map[string]string{}
	for _, art := range src.Articles() {
		labels[art.ID] = art.Label
	}
	bad := 0
	cited := map[footnote.MarkerRef]bool{}
	for _, c := range a.Citations {
		p, ok := src.Paragraph(c.Doc, c.Paragraph)
		q := strings.Trim(text.Fold(c.Quote), ` "'.,;:!?`)
		if !ok || len([]rune(q)) < 12 || !strings.Contains(text.Fold(p.Text), q) {
			bad++
			continue
		}
		cited[footnote.MarkerRef{Label: labels[c.Doc], N: c.Paragraph}] = true
	}
	for _, m := range footnote.FindMarkers(a.Text) {
		for _, r := range m.Refs {
			if !cited[r] {
				bad++
			}
		}
	}
	return bad
}

// recall is the share of the gold paragraphs (at most k of them) found in
// the top k passages.
func recall(ps []footnote.Passage, gold map[Ref]bool, k int) float64 {
	if len(gold) == 0 {
		return 0
	}
	found := 0
	for i, p := range ps {
		if i >= k {
			break
		}
		if gold[Ref{p.Doc, p.N}] {
			found++
		}
	}
	return float64(found) / float64(min(len(gold), k))
}

// Write prints the report as a table, with the failing cases.
func (r Report) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "mode                  %s\n", r.Mode)
	fmt.Fprintf(&b, "cases                 %d (%d skipped, %d answerable, %d to refuse)\n", r.Cases, r.Skipped, r.Answerable, r.Refusals)
	fmt.Fprintf(&b, "recall@1              %.3f\n", r.RecallAt1)
	fmt.Fprintf(&b, "recall@3              %.3f\n", r.RecallAt3)
	fmt.Fprintf(&b, "answer accuracy       %.3f\n", r.AnswerAccuracy)
	fmt.Fprintf(&b, "refusal accuracy      %.3f (%d/%d)\n", r.RefusalAccuracy, r.RefusalsRight, r.Refusals)
	fmt.Fprintf(&b, "false refusals        %d\n", r.FalseRefusals)
	fmt.Fprintf(&b, "citation precision    %.3f\n", r.CitationPrecision)
	fmt.Fprintf(&b, "unverified citations  %d\n", r.UnverifiedCitations)
	fmt.Fprintf(&b, "redundant citations   %d\n", r.RedundantCitations)
	if r.Conflicts > 0 {
		fmt.Fprintf(&b, "conflicts surfaced    %d/%d\n", r.ConflictsSurfaced, r.Conflicts)
	}
	if r.Errors > 0 {
		fmt.Fprintf(&b, "errors                %d\n", r.Errors)
	}
	first := true
	for _, res := range r.Results {
		if res.Skipped || res.Correct {
			continue
		}
		if first {
			b.WriteString("\nmisses:\n")
			first = false
		}
		top := ""
		if len(res.Answer.Passages) > 0 {
			p := res.Answer.Passages[0]
			top = fmt.Sprintf(" top %s", Ref{p.Doc, p.N})
		}
		fmt.Fprintf(&b, "  %s %s: %s (gold %v%s)\n", res.Case.ID, res.Case.Question, res.Why, res.Case.Gold, top)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
