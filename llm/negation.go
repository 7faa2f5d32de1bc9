package llm

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// A claim must not turn its paragraph around: "Haley was not overruled"
// cites "She was ultimately overruled". The check compares negations by
// their scope, the few words after a negation word: a claim that negates
// where its supporting sentence doesn't (or the reverse, on the same
// words) fails.

// negScopeWords is how many words after a negation word it applies to.
const negScopeWords = 4

// negation is what a text negates.
type negation struct {
	negated bool                // it has a negation word
	scope   map[string]struct{} // the stems of the content words it negates
	// refusals are the stems of its verbs of refusing or denying
	// ("rejects"), and other is set when it has another negation
	// ("not", "dissuade").
	refusals map[string]struct{}
	other    bool
}

// negationOf finds the negations of s, given its words, their folded
// forms and its language (text.Unknown when unsure: the negation words of
// every language count; see text.IsNegationIn).
func negationOf(s string, ws []text.Word, folded []string, lang text.Lang) negation {
	var n negation
	left := 0 // words of the current scope still to take
	// inScope reports whether the word before was in a scope: a
	// disjunction after it continues the scope.
	inScope := false
	for i, w := range ws {
		// The dots of "U.S." end no clause.
		if i > 0 && clauseBreak(s[ws[i-1].End:w.Start]) && !isInitial(ws[i-1].Text) {
			left, inScope = 0, false
		}
		if isNegation(lang, s, w, folded[i]) {
			if yesNo[folded[i]] && (i+1 == len(ws) || clauseBreak(s[w.End:ws[i+1].Start])) {
				// An answer, negating nothing after it: "Poland also
				// voted no".
				continue
			}
			n.negated = true
			left = negScopeWords
			if i+1 < len(ws) && hyphenJoined(s, w, ws[i+1]) {
				// "a non-binding migration agreement which Australia
				// helped draft": a negation written as a word's prefix
				// denies that word, not the nouns and the clause after
				// it.
				left = 1
			}
			if isRefusal(folded[i]) {
				if n.refusals == nil {
					n.refusals = map[string]struct{}{}
				}
				n.refusals[stem(folded[i])] = struct{}{}
			} else {
				n.other = true
			}
			continue
		}
		if (disjunctions[folded[i]] || complementizers[folded[i]]) && inScope {
			// "won't sign the document or send a representative":
			// the negation reaches each verb it is joined to.
			left = negScopeWords
			continue
		}
		inScope = false
		if left == 0 || isInitial(w.Text) {
			continue
		}
		if i == 0 || !nameGoesOn(s, ws[i-1], w) {
			// The words of a name are one word of the scope: "not
			// support this United Nations pact" negates the pact.
			left--
		}
		inScope = true
		if f := folded[i]; contentWord(f) {
			if n.scope == nil {
				n.scope = map[string]struct{}{}
			}
			n.scope[stem(f)] = struct{}{}
		}
	}
	return n
}

// refusalStems begin the verbs of refusing and denying in the languages
// the check knows ("refused", "rejected", "se negó", "rechazó", "weigerte
// sich", "recusou", "rifiutato"): they turn what follows around as "not"
// does, so "Trump se negó a boicotear" cannot stand on "Trump decided to
// boycott". A stem matches the start of a folded word; short stems would
// also catch unrelated words, so each is five letters or more, and the
// forms of Spanish "negar" are listed whole.
var refusalStems = [...]string{"refus", "rejec", "rejet", "denie", "denyi", "rechaz", "recus", "rifiut", "weiger", "ablehn"}

// disjunctions are the folded words that join what one negation denies
// ("won't sign or send", "ni firmará ni enviará", "weder … noch"), in the
// languages the check knows. Not "and", which joins what one sentence
// affirms after it denies ("did not attend and issued a statement").
var disjunctions = map[string]bool{"or": true, "nor": true, "ni": true, "ou": true, "o": true, "oder": true, "noch": true, "nem": true, "ne": true}

// complementizers are the folded words that open what a negated verb
// denies ("it cannot be that someone receives a right", "did not say
// that", "no es cierto que", "nicht, dass"): the negation reaches into
// the clause.
var complementizers = map[string]bool{"that": true, "que": true, "dass": true, "che": true}

// privativeForms are the whole forms of English verbs that deny their
// object as "not have" or "not do" does ("Michel lacks a majority", "the
// document fails to meet"): a claim that he has it, or that it meets
// them, cannot stand on them.
var privativeForms = map[string]bool{"lack": true, "lacks": true, "lacked": true, "lacking": true, "fail": true, "fails": true, "failed": true, "failing": true}

// IsPrivative reports whether a folded word is a verb that denies its
// object ("lacks", "failed"; see privativeForms).
func IsPrivative(folded string) bool { return privativeForms[folded] }

// dissuasionStems begin the English verbs that keep someone from doing
// what follows ("dissuade governments from detaining immigrant children",
// "discouraged them from leaving", "deterred", "refrain from"): what
// follows is not done, as after "not", so "the declaration says
// detaining migrant kids is in their best interest" cannot stand on it.
// Only verbs whose object is always left undone: "prevent" and "ban" are
// left out, as their sentences are often quoted for claims that reword
// them ("aims to reduce deaths" for "prevent deaths"), which this would
// drop; "abstain" is left out, as a vote abstained is no act denied.
var dissuasionStems = [...]string{"dissuad", "discourag", "deterr", "refrain"}

// dissuasionForms are whole forms of those verbs too short for a stem
// ("deter" would begin "determine").
var dissuasionForms = map[string]bool{"deter": true, "deters": true}

// isDissuasion reports whether a folded word is one of the verbs that keep
// someone from doing what follows (see dissuasionStems).
func isDissuasion(folded string) bool {
	if dissuasionForms[folded] {
		return true
	}
	for _, p := range dissuasionStems {
		if strings.HasPrefix(folded, p) {
			return true
		}
	}
	return false
}

// refusalForms are whole forms of refusal verbs too short for a stem.
var refusalForms = map[string]bool{"deny": true, "nego": true, "negaron": true, "niega": true, "niegan": true, "negaba": true, "negado": true, "negarse": true, "nega": true, "negou": true}

// isRefusal reports whether a folded word is a verb of refusing or denying.
func isRefusal(folded string) bool {
	if refusalForms[folded] || IsPrivative(folded) {
		return true
	}
	for _, p := range refusalStems {
		if strings.HasPrefix(folded, p) {
			return true
		}
	}
	return false
}

// isNegation reports whether w is a negation word of a text in lang, a
// verb of refusing or denying or of keeping someone from an act, or the
// "t" of "n't".
func isNegation(lang text.Lang, s string, w text.Word, folded string) bool {
	if text.IsNegationIn(lang, folded) {
		// A "no" in quotation marks is a word named, a vote or an
		// answer ("Poland also voting “no”"), not one that negates.
		return !quotedWord(s, w)
	}
	if isRefusal(folded) || isDissuasion(folded) {
		return true
	}
	if folded != "t" || w.Start < 2 {
		return false
	}
	before := s[:w.Start]
	for _, apo := range [...]string{"'", "’"} {
		if strings.HasSuffix(before, apo) {
			b := before[:len(before)-len(apo)]
			return strings.HasSuffix(b, "n") || strings.HasSuffix(b, "N")
		}
	}
	return false
}

// hyphenJoined reports whether w and next are written as one word, joined
// by a hyphen ("non-binding", "no-fly").
func hyphenJoined(s string, w, next text.Word) bool {
	gap := s[w.End:next.Start]
	return gap == "-" || gap == "‐" || gap == "‑"
}

// quotedWord reports whether w stands alone between quotation marks in s.
func quotedWord(s string, w text.Word) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:w.Start])
	after, _ := utf8.DecodeRuneInString(s[w.End:])
	return unicode.Is(unicode.Quotation_Mark, before) && unicode.Is(unicode.Quotation_Mark, after)
}

// nameGoesOn reports whether w goes on the name its word before began:
// both capitalised, with a space between ("United Nations").
func nameGoesOn(s string, prev, w text.Word) bool {
	return capitalised(prev.Text) && capitalised(w.Text) && strings.TrimSpace(s[prev.End:w.Start]) == ""
}

// clauseBreak reports whether the text between two words ends a clause.
func clauseBreak(between string) bool {
	return strings.ContainsAny(between, ",;:.!?()—–\n")
}

// contentWord reports whether a folded word carries meaning: four letters
// or more and not a function word.
func contentWord(f string) bool {
	return len(f) >= 4 && utf8.RuneCountInString(f) >= 4 && !stopwords[f]
}

// negationAgrees reports whether a claim's negation matches that of the
// sentence that is to support it:
//   - a negated claim needs a negated sentence;
//   - what the claim negates and the sentence contains, the sentence must
//     negate too;
//   - what the sentence negates and the claim contains, the claim must
//     negate too.
func negationAgrees(claim negation, claimStems []claimStem, sent *sentence) bool {
	if sameRefusals(claim, sent.neg) {
		return true
	}
	if claim.negated && !sent.neg.negated {
		return false
	}
	for s := range claim.scope {
		if _, in := sent.stems[s]; in {
			if _, neg := sent.neg.scope[s]; !neg {
				return false
			}
		}
	}
	return !negatesUnclaimed(claim, claimStems, sent)
}

// deniedThere reports whether a word the claim affirms is in src only
// where a negation denies it: "the compact is legally binding on all 193
// member states" citing a paragraph whose one "binding" is "is not
// legally binding" (its best sentence, the one with the 193, negates
// nothing).
func (a analysis) deniedThere(src *source) bool {
	if !a.english {
		// The scope of a negation is read by English word order; a
		// claim in another language keeps the checks it had.
		return false
	}
	for _, s := range a.stems {
		if !s.plain {
			continue
		}
		if _, neg := a.neg.scope[s.s]; neg {
			continue
		}
		said, denied := false, false
		for i := range src.sents {
			st := &src.sents[i]
			if _, ok := st.stems[s.s]; !ok {
				continue
			}
			if _, n := st.neg.scope[s.s]; !n || st.stemCount(s.s) > 1 {
				// Said there without a negation, or said twice, once
				// maybe without ("all UN member states acknowledged
				// that no one state can manage").
				said = true
			} else {
				denied = true
			}
		}
		if denied && !said {
			return true
		}
	}
	return false
}

// stemCount returns how many of st's words have the stem s.
func (st *sentence) stemCount(s string) int {
	n := 0
	for _, w := range st.sequence() {
		if stem(w) == s {
			n++
		}
	}
	return n
}

// sameRefusals reports whether a claim and a sentence deny by the same
// verbs of refusing, and by nothing else: the verb is a word they share,
// and what follows it is what the voice puts there ("Slovakia rejects the
// pact" and "the pact is rejected by Slovakia").
func sameRefusals(claim, sent negation) bool {
	return len(claim.refusals) > 0 && !claim.other && !sent.other && maps.Equal(claim.refusals, sent.refusals)
}

// negatesUnclaimed reports whether sent negates a word of the claim that
// the claim does not negate.
func negatesUnclaimed(claim negation, claimStems []claimStem, sent *sentence) bool {
	if sameRefusals(claim, sent.neg) {
		return false
	}
	for _, s := range claimStems {
		if _, neg := sent.neg.scope[s.s]; neg {
			if _, also := claim.scope[s.s]; !also {
				return true
			}
		}
	}
	return false
}

// yesNo are the words that answer a yes/no question, folded.
var yesNo = map[string]bool{"yes": true, "no": true, "si": true, "oui": true, "non": true, "ja": true, "nein": true, "sim": true, "nao": true}

// trimYesNo removes a leading "Yes," or "No," (in the languages the check
// knows): it answers the question, and what follows says what the quote
// must hold ("No, the United States ended its participation").
func trimYesNo(claim string) string {
	t := strings.TrimLeft(claim, " \t\r\n-*•¡¿")
	ws := firstWords(t, 2)
	if len(ws) < 2 || ws[0].Start != 0 || !yesNo[text.Fold(ws[0].Text)] {
		return claim
	}
	rest := strings.TrimLeft(t[ws[0].End:], " ")
	if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, ";") {
		return claim
	}
	i := strings.IndexFunc(rest, func(r rune) bool { return r != ',' && r != '—' && r != ':' && r != ';' && r != ' ' })
	if i < 0 {
		return claim
	}
	return rest[i:]
}
