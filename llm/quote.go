package llm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// A structured answer backs each claim with a quote. The quote is looked
// for in the cited paragraph tolerantly — after folding, with "US" for
// "U.S.", in pieces joined by an ellipsis, with one word dropped, added or
// changed — but never with a name, number, date or negation changed: a
// quote doctored to fit the claim ("Friday" for "Saturday") is not found.
// What is shown is never the model's quote but the paragraph's sentences
// the quote was found in, and the claim is checked against them.

// qtok is a word of a quote or a paragraph, folded, with its byte span.
type qtok struct {
	f          string
	start, end int
	fact, neg  bool
}

// quoteTokens splits s into folded words, dotted initials joined.
func quoteTokens(s string) []qtok {
	ws := text.Words(s)
	out := make([]qtok, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		j := i
		for j+1 < len(ws) && isInitial(ws[j].Text) && isInitial(ws[j+1].Text) && s[ws[j].End:ws[j+1].Start] == "." {
			j++
		}
		if j > i {
			var b strings.Builder
			for _, x := range ws[i : j+1] {
				b.WriteString(strings.ToLower(x.Text))
			}
			out = append(out, qtok{f: b.String(), start: w.Start, end: ws[j].End, fact: true})
			i = j
			continue
		}
		f := text.Fold(w.Text)
		r, _ := utf8.DecodeRuneInString(w.Text)
		out = append(out, qtok{f: f, start: w.Start, end: w.End,
			fact: unicode.IsDigit(r) || dateAlias(f) != "" || unicode.IsUpper(r) && !stopwords[f],
			neg:  isNegation(text.Unknown, s, w, f)})
	}
	return out
}

// ellipses are the ways a quote joins pieces it cut from a sentence.
var ellipses = strings.NewReplacer("[...]", "\x00", "[…]", "\x00", "...", "\x00", "…", "\x00")

// minTolerantPiece is the fewest words a piece of a quote must have to be
// found with one word dropped, added or changed; shorter pieces must be
// exact. Lower finds more paraphrased quotes, and more coincidences.
const minTolerantPiece = 5

// locateQuote finds quote in the paragraph words ptoks and returns the
// byte span of the paragraph it covers; ok is false when some piece of it
// isn't there.
func locateQuote(ptoks []qtok, quote string) (start, end int, ok bool) {
	start, end = -1, -1
	found := 0
	for _, piece := range strings.Split(ellipses.Replace(quote), "\x00") {
		q := quoteTokens(piece)
		if len(q) == 0 {
			continue
		}
		budget := 0
		if len(q) >= minTolerantPiece {
			budget = 1
		}
		i, j := -1, -1
		for s := range ptoks {
			if e := alignQuote(ptoks, s, q, 0, budget); e >= 0 {
				i, j = s, e
				break
			}
		}
		if i < 0 {
			return 0, 0, false
		}
		found += len(q)
		if start < 0 || ptoks[i].start < start {
			start = ptoks[i].start
		}
		end = max(end, ptoks[j-1].end)
	}
	if found == 0 {
		return 0, 0, false
	}
	return start, end, true
}

// alignQuote matches q[qi:] against p from pi with at most budget edits
// and returns the index just past the last paragraph word matched, or -1.
func alignQuote(p []qtok, pi int, q []qtok, qi, budget int) int {
	for qi < len(q) {
		if pi < len(p) && sameWord(p[pi].f, q[qi].f) {
			pi++
			qi++
			continue
		}
		if dp, dq := spelledOtherwise(p, pi, q, qi); dp > 0 {
			pi += dp
			qi += dq
			continue
		}
		if budget == 0 || qi == 0 {
			// A quote is found where its first word is.
			return -1
		}
		// The quote dropped a paragraph word (not a negation).
		if pi < len(p) && !p[pi].neg {
			if e := alignQuote(p, pi+1, q, qi, budget-1); e >= 0 {
				return e
			}
		}
		// The quote added or changed a plain word.
		if !q[qi].fact && !q[qi].neg {
			if e := alignQuote(p, pi, q, qi+1, budget-1); e >= 0 {
				return e
			}
			if pi < len(p) && !p[pi].fact && !p[pi].neg {
				if e := alignQuote(p, pi+1, q, qi+1, budget-1); e >= 0 {
					return e
				}
			}
		}
		return -1
	}
	return pi
}

// initialisms are the initials a quote may write for the words they stand
// for, or the reverse ("United States" for "U.S.", "UN" for "United
// Nations"), folded.
var initialisms = map[string][2]string{"us": {"united", "states"}, "un": {"united", "nations"}}

// spelledOtherwise reports how many words of the paragraph p (from pi)
// and of the quote q (from qi) are the same words spelled otherwise: a
// compound written as one word or two ("longstanding" for "long-standing",
// "long term" for "long-term"), or an initialism written out or in
// initials ("United States" for "U.S."). 0, 0 when they aren't. It costs
// no edit: nothing of the words is changed.
func spelledOtherwise(p []qtok, pi int, q []qtok, qi int) (dp, dq int) {
	if pi >= len(p) {
		return 0, 0
	}
	if pi+1 < len(p) && p[pi].f+p[pi+1].f == q[qi].f {
		return 2, 1
	}
	if qi+1 < len(q) && q[qi].f+q[qi+1].f == p[pi].f {
		return 1, 2
	}
	if w, ok := initialisms[p[pi].f]; ok && qi+1 < len(q) && q[qi].f == w[0] && sameWord(w[1], q[qi+1].f) {
		return 1, 2
	}
	if w, ok := initialisms[q[qi].f]; ok && pi+1 < len(p) && p[pi].f == w[0] && sameWord(w[1], p[pi+1].f) {
		return 2, 1
	}
	return 0, 0
}

// sameWord compares folded words, allowing a plural or possessive "s".
func sameWord(a, b string) bool {
	return a == b || a+"s" == b || b+"s" == a
}

// quotedSentences returns the indexes of the sentences of src that the
// byte span [start, end) overlaps.
func (s *source) quotedSentences(start, end int) []int {
	var out []int
	for i, st := range s.sents {
		if st.start < end && start < st.end {
			out = append(out, i)
		}
	}
	return out
}

// tokens returns the paragraph's quote tokens, made once.
func (s *source) tokens() []qtok {
	if s.qtoks == nil {
		s.qtoks = quoteTokens(s.p.Text)
	}
	return s.qtoks
}
