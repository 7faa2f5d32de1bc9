package llm

import (
	"slices"
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// A claim that gives a person a role in apposition ("Rex Tillerson, the
// State Department's policy planning chief, …" or "the State Department's
// policy planning chief, Rex Tillerson, …") must give it to the person the
// paragraph gives it to: where the paragraph writes that role next to a
// name ("its policy planning chief, Brian Hook, …", "Brian Hook, the
// policy planning chief"), the claim's person must be that name. Every
// word of the swapped claim is in the paragraph, so the words alone can't
// tell; the apposition can.

// role is a person and the role a claim gives them in apposition.
type role struct {
	surname string   // the person's last name, folded
	words   []string // the role's words, folded, without its determiner
}

// minRoleWords is the fewest words of a role matched in a paragraph: one
// ("chief") would also match "Chief of Staff John Kelly"; more would miss
// "its policy planning chief" for "the State Department's policy planning
// chief".
const minRoleWords = 2

// appositions returns the roles the claim gives in apposition: a run of
// capitalised words, a comma, a determiner and the role up to the next
// comma or the end; or a determiner, the role, a comma and the run.
// folded holds the words ws folded.
func appositions(s string, ws []text.Word, folded []string) []role {
	var out []role
	gap := func(i int) string { return strings.TrimSpace(s[ws[i-1].End:ws[i].Start]) }
	for i := 0; i < len(ws); i++ {
		// A run of names: capitalised words with nothing between them.
		j := i
		for j < len(ws) && capitalised(ws[j].Text) && !stopwords[folded[j]] && (j == i || gap(j) == "") {
			j++
		}
		if j > i && j < len(ws) && gap(j) == "," && determiners[folded[j]] {
			// "X, the Y," — the role runs to the next comma.
			k := j + 1
			for k < len(ws) && joined(gap(k)) {
				k++
			}
			if r, ok := newRole(ws[i:j], ws[j+1:k]); ok {
				out = append(out, r)
			}
		}
		if j > i {
			i = j - 1
		}
	}
	for i := 0; i < len(ws); i++ {
		if !determiners[folded[i]] || i > 0 && gap(i) == "," {
			continue
		}
		// "the Y, X" — the role up to a comma, then a run of names.
		k := i + 1
		for k < len(ws) && joined(gap(k)) {
			k++
		}
		if k >= len(ws) || gap(k) != "," {
			continue
		}
		j := k
		for j < len(ws) && capitalised(ws[j].Text) && !stopwords[folded[j]] && (j == k || gap(j) == "") {
			j++
		}
		if j > k && (j == len(ws) || gap(j) != "") {
			if r, ok := newRole(ws[k:j], ws[i+1:k]); ok {
				out = append(out, r)
			}
		}
	}
	return out
}

// newRole makes the role of the names run from the role's words: a noun
// phrase of at least minRoleWords words, one of them plain, and no function
// word but "of" ("the conference was held in Puerto Vallarta, Mexico" is
// no role).
func newRole(names, words []text.Word) (role, bool) {
	if len(names) == 0 || len(words) < minRoleWords {
		return role{}, false
	}
	r := role{surname: text.Fold(names[len(names)-1].Text)}
	plain := false
	for _, w := range words {
		f := text.Fold(w.Text)
		if stopwords[f] && f != "of" && f != "s" {
			return role{}, false
		}
		r.words = append(r.words, f)
		plain = plain || !capitalised(w.Text) && contentWord(f)
	}
	return r, plain
}

// roleSwapped reports whether the paragraph gives one of the claim's roles
// to other people only: it writes the role's last minRoleWords words or
// more next to a name, and no such name is the claim's person.
func (a analysis) roleSwapped(src *source) bool {
	if len(a.roles) == 0 {
		return false
	}
	s, ws, folded := src.p.Text, src.ws, src.folded
	for _, r := range a.roles {
		suffix := r.words[len(r.words)-minRoleWords:]
		others, own := false, false
		for i := 0; i+len(suffix) <= len(ws); i++ {
			if !slices.Equal(folded[i:i+len(suffix)], suffix) {
				continue
			}
			for _, name := range namesBeside(s, ws, i, i+len(suffix)) {
				if slices.Contains(name, r.surname) {
					own = true
				} else {
					others = true
				}
			}
		}
		if others && !own {
			return true
		}
	}
	return false
}

// namesBeside returns the runs of names (folded) written in apposition to
// the words ws[i:j] of s: ", Z" after them, "Z, " before them (past a
// determiner).
func namesBeside(s string, ws []text.Word, i, j int) [][]string {
	var out [][]string
	gap := func(k int) string { return strings.TrimSpace(s[ws[k-1].End:ws[k].Start]) }
	run := func(from, step int) []string {
		var names []string
		for k := from; k >= 0 && k < len(ws) && capitalised(ws[k].Text) && !stopwords[text.Fold(ws[k].Text)]; k += step {
			names = append(names, text.Fold(ws[k].Text))
			if next := k + step; next < 0 || next >= len(ws) || gap(max(k, next)) != "" {
				break
			}
		}
		return names
	}
	if j < len(ws) && gap(j) == "," {
		if n := run(j, 1); len(n) > 0 {
			out = append(out, n)
		}
	}
	// Back past the role's first words to its determiner and the comma
	// before it.
	m := i
	for m > 0 && m > i-maxRoleLead && joined(gap(m)) {
		m--
	}
	if m > 0 && determiners[text.Fold(ws[m].Text)] && gap(m) == "," {
		if n := run(m-1, -1); len(n) > 0 {
			out = append(out, n)
		}
	}
	return out
}

// maxRoleLead is how many words before the matched end of a role are
// looked through for its determiner ("the State Department's policy
// planning chief"): more finds longer roles, and names further away.
const maxRoleLead = 6

// joined reports whether two words are of one phrase: nothing but a space,
// an apostrophe or a hyphen between them.
func joined(gap string) bool {
	return gap == "" || gap == "'" || gap == "’" || gap == "-"
}
