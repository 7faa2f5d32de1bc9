package answer

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/corpus"
	"github.com/footnote-bot/footnote/text"
)

// paragraphPrint is what collapseCopies compares of a paragraph: its
// MinHash signature (the importer's, which finds copies of whole pages)
// and its numbers in order.
type paragraphPrint struct {
	sig     corpus.Signature
	numbers string
}

// printOf returns the print of paragraph p.
func printOf(p string) paragraphPrint {
	var nums []string
	for _, w := range text.Words(p) {
		if text.IsDigits(w.Text) {
			nums = append(nums, w.Text)
		}
	}
	return paragraphPrint{sig: corpus.NewSignature([]string{p}), numbers: strings.Join(nums, " ")}
}

// copyOf reports whether two paragraphs are copies of one text: the same
// numbers (a copy that changes a number is another version, see
// versions), and one's word runs mostly in the other (corpus.Signature.Resembles).
func copyOf(a, b *paragraphPrint) bool {
	return a.numbers == b.numbers && a.sig.Resembles(&b.sig)
}

// collapseCopies drops the passages that copy an earlier passage of
// another article (the same wire text at several sites, edited a little),
// so that copies of one story don't crowd out other outlets. It returns
// the kept passages and, for each kept one, the articles of its dropped
// copies. Paragraph prints are made once, with the paragraph's analysis.
func (e *Extractive) collapseCopies(ps []footnote.Passage) ([]footnote.Passage, map[[2]any][]string) {
	copies := map[[2]any][]string{}
	var out []footnote.Passage
	// Only paragraphs of the same numbers can be copies (see copyOf): the
	// kept ones are compared within their numbers' group, in the order
	// they were kept, rather than each with all.
	type kept struct {
		print *paragraphPrint
		i     int // in out
	}
	groups := map[string][]kept{}
	for _, p := range ps {
		pp := e.articleAnalysis(p.Doc).paragraph(e.ix, p.N).print()
		g := groups[pp.numbers]
		i := -1
		if j := slices.IndexFunc(g, func(k kept) bool { return copyOf(pp, k.print) }); j >= 0 {
			i = g[j].i
		}
		if i >= 0 && out[i].Doc != p.Doc {
			k := [2]any{out[i].Doc, out[i].N}
			if !slices.Contains(copies[k], p.Doc) {
				copies[k] = append(copies[k], p.Doc)
			}
			continue
		}
		groups[pp.numbers] = append(g, kept{pp, len(out)})
		out = append(out, p)
	}
	return out, copies
}
