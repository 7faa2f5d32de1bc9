package claimcheck

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// asideRe matches an aside between commas that says who someone is
// (", who represented Secretary of State Rex Tillerson at the meeting,",
// ", the U.S. ambassador to the United Nations,"), a parenthesis or an
// editor's insertion in a quote ("won't participate [in the Marrakech
// gathering] and won't sign"): the names in it did not do what the
// sentence says, and its words do not part a name from its deed.
var asideRe = regexp.MustCompile(`(?i),\s+(?:who|whom|whose|which|where|the|a|an)\s[^,;]*,|\([^)]*\)|\[[^\]]*\]`)

// appositionRe matches a name followed by an aside in lower case between
// commas ("Austria, current holder of the EU’s rotating presidency,"):
// what the aside says is no deed of the name.
var appositionRe = regexp.MustCompile(`(\p{Lu}[\pL.]*),\s+(\p{Ll}[\pL’'-]*)[^,;]*,`)

// withoutAsides returns s without its asides (see asideRe) and its
// appositions (appositionRe), keeping the name an apposition follows; a
// clause after a name that opens with a function word ("December, but
// Hungary will not take part,") is no apposition.
func withoutAsides(s string) string {
	s = asideRe.ReplaceAllString(s, " ")
	return appositionRe.ReplaceAllStringFunc(s, func(m string) string {
		sub := appositionRe.FindStringSubmatch(m)
		if isStop(text.Fold(sub[2])) {
			return m
		}
		return sub[1] + " "
	})
}

// maxRoleGap is how many content words (names aside) may stand between a
// name of the claim and the nearest other word of the claim in the
// sentence that supports it: the name and what it did stand close ("Brian
// Hook … reversed course and recommended ditching"). More lets a name
// mentioned on the side take the role of another ("represented Rex
// Tillerson at the principals' meeting, reversed course and recommended"),
// fewer refuses a sentence that tells more between the two.
const maxRoleGap = 3

// rolesHeld reports whether the names of the claim do in the sentence
// what the claim says, as far as words tell: each of its names in the
// sentence (asides removed) stands within maxRoleGap content words of
// another word of the claim, and a name the sentence lacks (it is in the
// paragraph: "She was ultimately overruled") is not replaced by another
// name. Titles, two-letter acronyms (see holdsNamesLoosely) and places
// ("in Marrakech": where, not who) aside.
func rolesHeld(cw claimWords, sentence string) bool {
	main := withoutAsides(sentence)
	if rolesHeldIn(cw, main) {
		return true
	}
	// A claim about what a relative clause says (it holds as many of
	// the claim's deeds as the rest of the sentence) is read in it.
	for _, c := range relativeClauses(sentence) {
		if n := deedsIn(cw, c.clause); n > 0 && n >= deedsIn(cw, main) && rolesHeldIn(cw, c.sentence) {
			return true
		}
	}
	return false
}

// deedsIn returns how many of the claim's content words that are not
// names (see isDeed) text t holds.
func deedsIn(cw claimWords, t string) int {
	held := map[string]bool{}
	for _, w := range text.Words(t) {
		st := stem(text.Fold(w.Text))
		for d := range cw.content {
			if _, named := cw.names[d]; !named && sameForm(d, st) {
				held[d] = true
			}
		}
	}
	return len(held)
}

// relativeRe matches a relative clause between commas that tells more of
// the person named before it (", who will also take on the immigration
// portfolio replacing N-VA’s Theo Francken,"): it asserts that of them,
// as a sentence of its own would.
var relativeRe = regexp.MustCompile(`(?i),\s+who\s([^,;]*),`)

// relativeClause is a relative clause read as a sentence of its own (see
// relativeClauses) and the clause alone.
type relativeClause struct{ sentence, clause string }

// relativeClauses returns each relative clause of sentence (relativeRe)
// that follows a name, read as a sentence of its own: the capitalised
// words just before it and the clause ("Health Minister Maggie De Block
// will also take on the immigration portfolio replacing N-VA’s Theo
// Francken"). A name in the clause does what the clause says, not what
// the sentence goes on to say ("Brian Hook, who represented … Rex
// Tillerson …, recommended ditching" gives Tillerson no recommending).
func relativeClauses(sentence string) []relativeClause {
	var out []relativeClause
	for _, m := range relativeRe.FindAllStringSubmatchIndex(sentence, -1) {
		ws := text.Words(sentence[:m[0]])
		first := len(ws)
		for first > 0 && unicode.IsUpper([]rune(ws[first-1].Text)[0]) && (first == len(ws) || strings.TrimSpace(sentence[ws[first-1].End:ws[first].Start]) == "") {
			first--
		}
		if first == len(ws) {
			continue
		}
		clause := sentence[m[2]:m[3]]
		out = append(out, relativeClause{sentence: sentence[ws[first].Start:m[0]] + " " + clause, clause: clause})
	}
	return out
}

// rolesHeldIn is rolesHeld of a sentence whose asides are removed.
func rolesHeldIn(cw claimWords, main string) bool {
	ws := text.Words(main)
	stems := make([]string, len(ws))
	for i, w := range ws {
		stems[i] = stem(text.Fold(w.Text))
	}
	var names []string
	for n := range cw.names {
		_, title := cw.titles[n]
		_, acr := cw.acronyms[n]
		_, place := cw.places[n]
		if !title && !place && !(acr && utf8.RuneCountInString(n) <= maxLooseAcronym) {
			names = append(names, n)
		}
	}
	isNameWord := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(ws[i].Text)
		return unicode.IsUpper(r) && i > 0
	}
	deeds := 0 // the claim's content words that are not names
	for w := range cw.content {
		if _, ok := cw.names[w]; !ok {
			deeds++
		}
	}
	missing := false
	for _, n := range names {
		found, near := false, false
		for i, st := range stems {
			if !sameNation(n, st) {
				continue
			}
			found = true
			near = near || deeds == 0 || deedNear(cw, ws, stems, i, isNameWord)
		}
		if found && !near {
			return false
		}
		missing = missing || !found
	}
	if !missing {
		return true
	}
	// A name the sentence lacks: it must name no one else.
	for i, w := range ws {
		f := text.Fold(w.Text)
		_, claimed := cw.content[stems[i]]
		if isNameWord(i) && !claimed && isContent(f) && isAbout(f) {
			return false
		}
	}
	return true
}

// deedNear reports whether a content word of the claim that is not a name
// stands within maxRoleGap content words (names aside) of word i.
func deedNear(cw claimWords, ws []text.Word, stems []string, i int, isNameWord func(int) bool) bool {
	for _, dir := range []int{-1, 1} {
		gap := 0
		for j := i + dir; j >= 0 && j < len(ws) && gap <= maxRoleGap; j += dir {
			f := text.Fold(ws[j].Text)
			if !isContent(f) {
				continue
			}
			if isDeed(cw, stems[j]) {
				return true
			}
			if !isNameWord(j) {
				gap++
			}
		}
	}
	return false
}

// minDeedPrefix is how many first letters a word of the sentence must
// share with a word of the claim when one stem is the start of the other
// ("sair", "saira"): fewer takes unrelated words for the claim's.
const minDeedPrefix = 4

// sameForm reports whether stems a and b (see stem) are forms of one word:
// equal, or one the start of the other, minDeedPrefix letters at least
// ("sair" and "saira" of "sairá", "take" and "taken").
func sameForm(a, b string) bool {
	return a == b || min(len(a), len(b)) >= minDeedPrefix && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a))
}

// isDeed reports whether a stem is one of the claim's content words that
// are not names, or starts one, or is started by one.
func isDeed(cw claimWords, st string) bool {
	for w := range cw.content {
		if _, named := cw.names[w]; named {
			continue
		}
		if sameForm(w, st) {
			return true
		}
	}
	return false
}
