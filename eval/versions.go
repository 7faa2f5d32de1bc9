package eval

import (
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// Version is one value that the sources give for a question they disagree
// on, with the paragraphs that give it.
type Version struct {
	// Must are the words that name the version in an answer; "a|b"
	// accepts either.
	Must string `json:"must"`
	// Gold are the paragraphs that give this version (see Ref).
	Gold []Ref `json:"gold"`
	// Files are the pages that give it, for a case whose gold is given
	// as Evidence: the version's gold is their evidence's paragraphs.
	Files []string `json:"files,omitempty"`
}

// surfaced returns how many of the versions the answer names (one of
// their Must alternatives, folded, is in its text) and backs (it cites a
// gold paragraph of that version).
func surfaced(vs []Version, a footnote.Answer) int {
	folded := text.Fold(a.Text)
	cited := map[Ref]bool{}
	for _, c := range a.Citations {
		cited[Ref{c.Doc, c.Paragraph}] = true
	}
	n := 0
	for _, v := range vs {
		if !holdsAny(folded, v.Must) {
			continue
		}
		for _, g := range v.Gold {
			if cited[g] {
				n++
				break
			}
		}
	}
	return n
}

// holdsAny reports whether folded text holds one of the "|"-separated
// alternatives of group.
func holdsAny(folded, group string) bool {
	for _, alt := range strings.Split(group, "|") {
		if alt = strings.TrimSpace(alt); alt != "" && strings.Contains(folded, text.Fold(alt)) {
			return true
		}
	}
	return false
}

// redundant counts an answer's citations that quote, from another
// article, what one of its other citations already quotes (the same
// sentence cited from several copies of one story).
func redundant(a footnote.Answer) int {
	docs := map[string]map[string]bool{}
	n := 0
	for _, c := range a.Citations {
		q := strings.Trim(text.Fold(c.Quote), ` "'.,;:!?`)
		if docs[q] == nil {
			docs[q] = map[string]bool{}
		}
		if len(docs[q]) > 0 && !docs[q][c.Doc] {
			n++
		}
		docs[q][c.Doc] = true
	}
	return n
}
