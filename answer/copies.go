package answer

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// How copies of one story are told apart from other reports of it.
const (
	// copyShingle is the length, in words, of the runs two paragraphs are
	// compared by: longer runs tell a copy from a paraphrase more surely,
	// shorter ones forgive more edits.
	copyShingle = 3
	// copyShare is the share of the shorter paragraph's runs the longer
	// one must hold for the two to be copies: lower collapses more loosely
	// edited copies, and more paragraphs that only quote the same words.
	copyShare = 0.8
)

// paragraphPrint is what collapseCopies compares of a paragraph: its
// runs of words, folded, and its numbers in order.
type paragraphPrint struct {
	runs    map[string]bool
	numbers string
}

// printOf returns the print of paragraph p.
func printOf(p string) paragraphPrint {
	var words, nums []string
	for _, w := range text.Words(text.Fold(p)) {
		words = append(words, w.Text)
		if text.IsDigits(w.Text) {
			nums = append(nums, w.Text)
		}
	}
	out := paragraphPrint{runs: map[string]bool{}, numbers: strings.Join(nums, " ")}
	for i := 0; i+copyShingle <= len(words); i++ {
		out.runs[strings.Join(words[i:i+copyShingle], " ")] = true
	}
	if len(words) < copyShingle && len(words) > 0 {
		out.runs[strings.Join(words, " ")] = true
	}
	return out
}

// copyOf reports whether two paragraphs are copies of one text: the same
// numbers (a copy that changes a number is another version, see
// versions), and most of the shorter one's runs of words in the other.
func copyOf(a, b paragraphPrint) bool {
	if a.numbers != b.numbers || len(a.runs) == 0 || len(b.runs) == 0 {
		return false
	}
	if len(a.runs) > len(b.runs) {
		a, b = b, a
	}
	shared := 0
	for r := range a.runs {
		if b.runs[r] {
			shared++
		}
	}
	return float64(shared) >= copyShare*float64(len(a.runs))
}

// collapseCopies drops the passages that copy an earlier passage of
// another article (the same wire text at several sites, edited a little),
// so that copies of one story don't crowd out other outlets. It returns
// the kept passages and, for each kept one, the articles of its dropped
// copies.
func collapseCopies(ps []footnote.Passage) ([]footnote.Passage, map[[2]any][]string) {
	copies := map[[2]any][]string{}
	var out []footnote.Passage
	var prints []paragraphPrint
	for _, p := range ps {
		pp := printOf(p.Text)
		i := slices.IndexFunc(prints, func(q paragraphPrint) bool { return copyOf(pp, q) })
		if i >= 0 && out[i].Doc != p.Doc {
			k := [2]any{out[i].Doc, out[i].N}
			if !slices.Contains(copies[k], p.Doc) {
				copies[k] = append(copies[k], p.Doc)
			}
			continue
		}
		prints = append(prints, pp)
		out = append(out, p)
	}
	return out, copies
}
