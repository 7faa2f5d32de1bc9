package llm

import (
	"strings"
	"unicode"
)

// A model often quotes the sentence that says what someone did and takes
// a number or a date about that person from the sentence before, where
// the article introduces them: "Stephen Miller, 32, led efforts to pull
// out of the migration talks" quoting "In recent weeks, Miller led efforts
// to pull out of the migration talks.", whose paragraph opens with
// "…Stephen Miller, the 32-year-old senior White House policy advisor…".
// Numbers and dates must be in the quoted sentences (agreement), so such a
// claim was removed, in English and in the other languages alike.
//
// factSentence lets another sentence of the paragraph carry them, on two
// conditions that keep a date from being moved from one event to another:
//   - the quoted sentences hold no number and no date at all: "The U.S.
//     mission informed Guterres on Friday" quoting the sentence that says
//     it did so "On Saturday" is still removed, though "Friday" is in the
//     sentence before;
//   - the sentence right before or right after the quoted ones holds
//     every fact of the claim, each name and each number and date: the
//     number is said there of the claim's own people. "The Obama administration endorsed the declaration in
//     September 2016" quoting "…was endorsed by the Obama administration"
//     is still removed, since the sentence with "September 2016" is about
//     Ban Ki-moon's summit and doesn't name the Obama administration.
// The claim's other words are then held to the quoted sentences and that
// one together, as a longer quote's would be, and the citation shows them
// all. A sentence further away is not read: what lies between may be
// about something else.

// factSentence returns the index of the sentence of src right before or
// right after the sentences idx that holds every fact of the claim, when
// the claim has a number or date that the sentences idx lack and they
// hold none (see above); -1 when there is none, or when both do.
func (a analysis) factSentence(src *source, idx []int) int {
	missing := false
	for _, f := range a.facts {
		if f.isName() {
			continue
		}
		in := false
		for _, i := range idx {
			if f.in(src.sents[i].words) {
				in = true
				break
			}
		}
		if !in {
			missing = true
			break
		}
	}
	if !missing {
		return -1
	}
	for _, i := range idx {
		if hasNumberOrDate(src.sents[i].words) {
			return -1
		}
	}
	found := -1
	for _, j := range [...]int{idx[0] - 1, idx[len(idx)-1] + 1} {
		if j < 0 || j >= len(src.sents) || !src.quotable(j) || !a.allFactsIn(src.sents[j].words) {
			continue
		}
		if found >= 0 {
			// Both neighbours could lend it: which one is meant can't
			// be told, and one of them may be about another event.
			return -1
		}
		found = j
	}
	return found
}

// allFactsIn reports whether words (a sentence's) hold every fact of the
// claim, a name through the forms a sentence's words carry ("us" for
// "U.S."); a name of a claim in another language that the paragraphs
// don't contain is passed over, as agreement passes it over.
func (a analysis) allFactsIn(words map[string]struct{}) bool {
	for _, f := range a.facts {
		if !f.in(words) && !a.unknownName(f) {
			return false
		}
	}
	return true
}

// hasNumberOrDate reports whether a sentence's words hold a number (a
// word with a digit) or a date word (a weekday or a month).
func hasNumberOrDate(words map[string]struct{}) bool {
	for w := range words {
		if englishDates[w] || dateAlias(w) != "" || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return true
		}
	}
	return false
}

// withFactSentence returns idx with the sentence factSentence finds added
// in the paragraph's order, or idx as it is.
func (a analysis) withFactSentence(src *source, idx []int) []int {
	j := a.factSentence(src, idx)
	if j < 0 {
		return idx
	}
	out := make([]int, 0, len(idx)+1)
	added := false
	for _, i := range idx {
		if !added && j < i {
			out = append(out, j)
			added = true
		}
		out = append(out, i)
	}
	if !added {
		out = append(out, j)
	}
	return out
}
