package claimcheck

import (
	"strings"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/llm"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A sentence can deny what a claim affirms in its own clause while the
// model-answer check, which weighs a negation by the words it governs,
// looks past it: "Hayley informed … Guterres, at the weekend that Donald
// Trump was not willing to continue with an American commitment to the UN
// global compact on migration" does not back "the us told the un second
// committee it is bound by the commitments of the migration compact". And
// it can deny in a word: "provisions that are inconsistent with U.S.
// immigration and refugee policies" says they are not consistent, which
// "the us mission said the new york declaration was fully in line with
// trumps immigration principles" turns around while keeping every other
// word. A word that a negating prefix turns into its opposite
// (llm.PrefixNegated: WordNet's antonyms, "inconsistent" against
// "consistent", "illegal" against "legal") is read as a negation, as "not"
// is, unless the claim says that very word: then both deny the same
// thing, and a claim that denies it in other words ("was not in line
// with") agrees.
//
// Only the sentence's clause that holds most of the claim's words counts
// (clauses end at a comma, a colon, a dash or a bracket): a negation in
// another clause ("but Hungary will not take part at the Morocco meeting,
// Szijjarto said, adding that the country would also oppose the pact")
// or in an aside (withoutAsides: ", who previously led the crackdown on
// illegal immigration,") says nothing of what the claim says. A speaker
// told between commas (", Ambassador Haley said,") parts no clause, and a
// word of negation quoted alone (a vote's “no”) is mentioned, not used. A
// word a prefix negates denies only as what the clause says of its
// subject, after a form of "be" ("provisions that are inconsistent with",
// "is simply incompatible"), not as a noun's attribute ("an effort to crack
// down on the often dangerous and illegal movements of people"). A
// word of negation denies what follows it: one before none of the claim's
// words ("resigned late on Thursday evening to protest his government’s
// decision not to adopt the … Compact" against "lajcak resigned as foreign
// minister on thursday night") denies something else.

// mainNegated reports whether the clause of quote holding most of the
// claim's content words (by stem; the first such) negates: a word of
// negation (not joined to the next word by a hyphen, not quoted alone) or
// a verb of preventing before a word of the claim, or a word the claim
// lacks that a negating prefix turns around, not itself negated ("not
// unlike").
func mainNegated(claim, quote string) bool {
	inClaim := map[string]bool{}
	for _, f := range text.FoldWords(text.Words(claim)) {
		if isContent(f) {
			inClaim[stem(f)] = true
		}
	}
	s := withoutSpeakerAside(withoutAsides(quote))
	ws := text.Words(s)
	fs := text.FoldWords(ws)
	best, bestHeld, start := -1, 0, 0
	for k := range ws {
		if !clauseBreakBetween(s, ws, k) {
			continue
		}
		held := map[string]bool{}
		for _, f := range fs[start : k+1] {
			if inClaim[stem(f)] {
				held[stem(f)] = true
			}
		}
		if len(held) > bestHeld {
			best, bestHeld = start, len(held)
		}
		start = k + 1
	}
	if best < 0 {
		return false
	}
	end := best
	for end+1 < len(ws) && !clauseBreakBetween(s, ws, end) {
		end++
	}
	for j := best; j <= end; j++ {
		f := fs[j]
		_, prefixed := llm.PrefixNegated(f)
		if (negationAt(s, ws, j) && !strings.HasPrefix(s[ws[j].End:], "-") && !quotedAlone(s, ws[j]) || preventedAt(ws, j)) && claimWordIn(inClaim, fs[j+1:end+1]) ||
			prefixed && predicative(fs, j) && !inClaim[stem(f)] && !negationBefore(s, ws, j) {
			return true
		}
	}
	return false
}

// claimWordIn reports whether one of the folded words fs is a word of the
// claim (inClaim, by stem).
func claimWordIn(inClaim map[string]bool, fs []string) bool {
	for _, f := range fs {
		if inClaim[stem(f)] {
			return true
		}
	}
	return false
}

// maxSpeakerAside is the most words a speaker told between commas may
// have (", Ambassador Haley said,", ", the Polish foreign minister told
// reporters,"): a longer clause that ends in a word of reporting says
// more than who spoke.
const maxSpeakerAside = 6

// withoutSpeakerAside returns s without the speaker told between commas
// after its opening clause ("The New York Declaration …, Ambassador Haley
// said, “contains numerous provisions…”"): a clause of at most
// maxSpeakerAside words that ends in a word of reporting
// (relatedness.Reports), after the sentence's first comma. Later ones
// ("…, but Hungary will not take part …, Szijjarto said, adding that…")
// end a clause of their own.
func withoutSpeakerAside(s string) string {
	ws := text.Words(s)
	open := -1
	for k := 1; k < len(ws); k++ {
		if clauseBreakBetween(s, ws, k-1) {
			if !strings.Contains(s[ws[k-1].End:ws[k].Start], ",") {
				return s
			}
			open = k
			break
		}
	}
	for k := open; open > 0 && k < len(ws)-1 && k-open < maxSpeakerAside; k++ {
		if !clauseBreakBetween(s, ws, k) {
			continue
		}
		if strings.Contains(s[ws[k].End:ws[k+1].Start], ",") && relatedness.Reports(text.Fold(ws[k].Text)) {
			return s[:ws[open-1].End] + " " + s[ws[k+1].Start:]
		}
		return s
	}
	return s
}

// quoteMarks are the quotation marks of the coverage's languages.
const quoteMarks = "\"'“”‘’«»„"

// quotedAlone reports whether w stands alone between quotation marks in
// s: a word mentioned, not used (“no”).
func quotedAlone(s string, w text.Word) bool {
	before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s[:w.Start], " "))
	after, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[w.End:], " "))
	return strings.ContainsRune(quoteMarks, before) && strings.ContainsRune(quoteMarks, after)
}

// predicative reports whether the folded word fs[j] follows a form of
// "be" (passiveAuxiliaries), with at most one adverb in "-ly" between:
// what a clause says of its subject.
func predicative(fs []string, j int) bool {
	if j > 0 && strings.HasSuffix(fs[j-1], "ly") {
		j--
	}
	return j > 0 && passiveAuxiliaries[fs[j-1]]
}
