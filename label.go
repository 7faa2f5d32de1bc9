package footnote

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// maxLabelRunes caps a source label. Longer labels name their outlet more
// plainly ("Reuters") but crowd the answer's text; shorter ones collide
// more often and then need a number.
const maxLabelRunes = 8

// minInitials is the fewest capitalised words an outlet's name needs before
// its label is their initials ("Foreign Policy" gives "FP"); a one-word
// name is kept as it is ("Reuters").
const minInitials = 2

// AssignLabels gives each article a short label, unique within arts, that
// citation markers show ("FP" in "[FP ¶7]"): the initials of its
// publication, or the publication itself when it is one short word, or
// else letters of its ID. Articles whose labels collide are numbered in the
// order of their IDs ("AP", "AP2"), so labels are stable for a given set of
// articles.
func AssignLabels(arts []Article) {
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return arts[order[a]].ID < arts[order[b]].ID })
	used := map[string]bool{}
	next := map[string]int{} // the first number not yet tried for a base: labels only get taken
	for _, i := range order {
		base := baseLabel(arts[i])
		label := base
		n := max(2, next[base])
		for ; used[strings.ToLower(label)]; n++ {
			label = base + strconv.Itoa(n)
		}
		next[base] = n
		used[strings.ToLower(label)] = true
		arts[i].Label = label
	}
}

// baseLabel derives an article's label before collisions are numbered.
func baseLabel(a Article) string {
	if l := labelOf(a.Publication); l != "" {
		return l
	}
	if l := labelOf(strings.ReplaceAll(a.ID, "-", " ")); l != "" {
		return l
	}
	return "doc"
}

// labelOf makes a label from a name: one word is kept (cut to
// maxLabelRunes), several give the initials of their capitalised words
// ("The New Paper" gives "TNP", "Ministerio de Salud" gives "MS"), or of
// all of them when none is capitalised (an ID: "ml-implode-copy" gives
// "MIC").
func labelOf(name string) string {
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	// Leading numbers ("003-ml-implode") say nothing about the source.
	for len(words) > 1 && text.IsDigits(words[0]) {
		words = words[1:]
	}
	if len(words) == 0 {
		return ""
	}
	first := []rune(words[0])
	if len(words) < minInitials {
		return string(first[:min(len(first), maxLabelRunes)])
	}
	var caps, all []rune
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		all = append(all, unicode.ToUpper(r))
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps = append(caps, r)
		}
	}
	initials := caps
	if len(caps) < minInitials {
		initials = all
	}
	return string(initials[:min(len(initials), maxLabelRunes)])
}

// Marker is the citation marker of ¶n of the article labelled label, as the
// answers show it: "[FP ¶7]"; "[¶7]" when label is empty.
func Marker(label string, n int) string {
	if label == "" {
		return fmt.Sprintf("[¶%d]", n)
	}
	return fmt.Sprintf("[%s ¶%d]", label, n)
}
