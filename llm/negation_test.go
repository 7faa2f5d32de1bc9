package llm

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

func TestNegationOf(t *testing.T) {
	tests := []struct {
		in      string
		negated bool
		scope   []string
	}{
		{"She was ultimately overruled by the president", false, nil},
		{"Haley was not overruled by the president", true, []string{"overr", "presi"}},
		{"Haley wasn't overruled", true, []string{"overr"}},
		{"Haley wasn’t overruled", true, []string{"overr"}},
		{"Haley never dissented, and Kelly backed the pullout", true, []string{"disse"}},
		{"is no longer interested in forging a concerted response", true, []string{"longe", "inter", "forgi"}},
		{"without consulting Congress", true, []string{"consu", "congr"}},
		{"Trump no asistió a la conferencia", true, []string{"asist", "confe"}},
		// Verbs of refusing and denying negate what follows, in any language.
		{"Trump se negó a boicotear la conferencia", true, []string{"boico", "confe"}},
		{"Poland refused to sign the compact", true, []string{"compa", "sign"}},
		// A negating prefix denies its own word only (9News, Express).
		{"by refusing to sign a non-binding migration agreement which Australia helped draft", true, []string{"sign", "bindi"}},
		{"The non-binding UN pact was launched to make migration safer", true, []string{"bindi"}},
		{"The refugee agency welcomed the decision", false, nil},
		{"Don't", true, nil},
		{"the nation's noted heritage", false, nil},
		// A negation reaches each verb "or" joins to it (083-foxnews-ap-austria
		// ¶4, 217-usun-eov-second-committee), not one "and" joins.
		{"Austria won't sign the document or send an official representative", true, []string{"sign", "docum", "send", "offic", "repre"}},
		{"we are not bound by any commitments or outcomes stemming", true, []string{"bound", "commi", "outco", "stemm"}},
		{"Hungary did not attend and issued a statement", true, []string{"atten", "issue"}},
		// ... and into the clause it denies (086-newsflash-one-austria-juncker
		// ¶8, 108-seattletimes-ap-poland ¶5).
		{"It cannot be that someone receives a right to migration", true, []string{"someo", "recei", "right"}},
		{"no country can manage international migration", true, []string{"count", "manag", "inter"}},
		// Verbs that deny their object (209-scmp-afp-belgium ¶5,
		// 108-seattletimes-ap-poland ¶3).
		{"Michel lacks a parliamentary majority", true, []string{"parli", "major"}},
		{"the document fails to meet the demands", true, []string{"meet", "deman"}},
		// Verbs that keep someone from an act (FP ¶9), not those that
		// merely begin alike ("determined").
		{"and dissuade governments from detaining immigrant children", true, []string{"gover", "detai", "immig"}},
		{"Officials were discouraged from attending the talks", true, []string{"atten", "talks"}},
		{"Officials determined to attend the talks", false, nil},
		// "U.S." is one word, and its dots end no clause.
		{"is simply not compatible with U.S. sovereignty", true, []string{"compa", "sover"}},
	}
	for _, tt := range tests {
		ws := text.Words(tt.in)
		folded := make([]string, len(ws))
		for i, w := range ws {
			folded[i] = text.Fold(w.Text)
		}
		n := negationOf(tt.in, ws, folded, text.Lang(language(tt.in)))
		got := slices.Sorted(maps.Keys(n.scope))
		want := slices.Clone(tt.scope)
		slices.Sort(want)
		if n.negated != tt.negated || !slices.Equal(got, want) {
			t.Errorf("negationOf(%q) = %v %q, want %v %q", tt.in, n.negated, got, tt.negated, want)
		}
	}
}

// TestDissuadedActNotClaimed: a claim that something a sentence keeps
// governments from doing is done, or good, is removed, structured and
// inline; the claim that they are dissuaded from it is kept.
func TestDissuadedActNotClaimed(t *testing.T) {
	p9 := fixtureParagraphs[9]
	quote := "dissuade governments from detaining immigrant children"
	m := paraMap{fixtureDoc: {9: p9}}
	ps := []footnote.Passage{{Doc: fixtureDoc, N: 9}}
	for _, tt := range []struct {
		claim string
		kept  bool
	}{
		{"The declaration says detaining migrant children is in their best interest", false},
		{"The declaration encouraged governments to keep detaining immigrant children", false},
		{"The declaration's commitments were designed to dissuade governments from detaining immigrant children", true},
	} {
		q := checkQuoted([]quotedClaim{{tt.claim, fixtureDoc, 9, quote}}, newEvidence(ps, m))
		if got := len(q.cites) > 0; got != tt.kept {
			t.Errorf("structured %q: kept = %v (%q), want %v", tt.claim, got, q.text, tt.kept)
		}
		in := postCheck(tt.claim+" [¶9].", newEvidence(ps, m))
		if got := len(in.cites) > 0; got != tt.kept {
			t.Errorf("inline %q: kept = %v (%q), want %v", tt.claim, got, in.text, tt.kept)
		}
	}
}

// TestNegationOnOtherArticles: what negates and what doesn't, on two
// articles besides the fixture: a "no" that is a vote, a negation
// reaching over a name of several words, and a sentence beside the quote
// that brings a number but can't lift the quote's "not".
func TestNegationOnOtherArticles(t *testing.T) {
	const slovakia7 = "Pellegrini said that he believed Lajcak would stay even when the pact is rejected by Slovakia."
	m := paraMap{gaDoc: {2: ga2, 3: ga3}, slovakiaDoc: {4: slovakia4, 7: slovakia7}, fixtureDoc: {2: fixtureParagraphs[2]}}
	voting := "with Israel, the Czech Republic and Poland also voting “no”"
	for _, tt := range []struct {
		qc   quotedClaim
		kept bool
	}{
		{quotedClaim{"Israel, the Czech Republic and Poland also voted no", gaDoc, 3, voting}, true},
		{quotedClaim{"Israel, the Czech Republic and Poland did not vote", gaDoc, 3, voting}, false},
		{quotedClaim{"Slovakia will not support the pact", slovakiaDoc, 4, "Slovakia will not support this United Nations pact under any circumstances"}, true},
		{quotedClaim{"Slovakia will support the pact", slovakiaDoc, 4, "Slovakia will not support this United Nations pact under any circumstances"}, false},
		{quotedClaim{"Pellegrini believes Lajcak will stay even if Slovakia rejects the pact", slovakiaDoc, 7, slovakia7}, true},
		{quotedClaim{"Pellegrini believes Lajcak will stay even if Slovakia does not reject the pact", slovakiaDoc, 7, slovakia7}, false},
		{quotedClaim{"The compact is not legally binding", gaDoc, 2, "is not legally binding"}, true},
		{quotedClaim{"Yes, the compact is legally binding on all 193 member states", gaDoc, 2, "is not legally binding"}, false},
		{quotedClaim{"The mission was not ending its participation in the Global Compact on Migration", fixtureDoc, 2, "it was “ending its participation in the Global Compact on Migration.”"}, false},
		{quotedClaim{"The mission said it was ending its participation in the Global Compact on Migration", fixtureDoc, 2, "it was “ending its participation in the Global Compact on Migration.”"}, true},
	} {
		res := checkQuoted([]quotedClaim{tt.qc}, evidenceOver(m))
		if got := len(res.cites) > 0; got != tt.kept {
			t.Errorf("%q: kept = %v (%q), want %v", tt.qc.Text, got, res.text, tt.kept)
		}
	}
}

// TestDeniedInParagraph: an inline claim's word that its paragraph says
// only with a negation, while its best sentence (the one with its number)
// negates nothing, is not supported there.
func TestDeniedInParagraph(t *testing.T) {
	for _, tt := range []struct {
		m     paraMap
		doc   string
		claim string
		shown string // the part shown, "" for none
	}{
		{paraMap{gaDoc: {2: ga2}}, gaDoc, "Yes, the compact is legally binding on all 193 member states [¶2].", ""},
		{paraMap{gaDoc: {2: ga2}}, gaDoc, "The compact is not legally binding [¶2].", "The compact is not legally binding"},
		{paraMap{gaDoc: {2: ga2}}, gaDoc, "The debate has sparked opposition among the 193 member states [¶2].", "The debate has sparked opposition among the 193 member states"},
		{paraMap{fixtureDoc: {11: fixtureParagraphs[11]}}, fixtureDoc, "Decisions on immigration policies must be made by Americans alone, and the New York Declaration is compatible with U.S. sovereignty [¶11].", "Decisions on immigration policies must be made by Americans alone [¶11]."},
		{paraMap{fixtureDoc: {11: fixtureParagraphs[11]}}, fixtureDoc, "Decisions on immigration policies must be made by Americans alone, and the New York Declaration is not compatible with U.S. sovereignty [¶11].", "the New York Declaration is not compatible with U.S. sovereignty"},
	} {
		ev := evidenceOver(tt.m)
		ev.labels = map[string]string{tt.doc: ""}
		res := postCheck(tt.claim, ev)
		if tt.shown == "" && res.text != "" || tt.shown != "" && !strings.Contains(res.text, tt.shown) || strings.Contains(res.text, "is compatible") {
			t.Errorf("%q: shown %q, want %q", tt.claim, res.text, tt.shown)
		}
	}
}

// TestNegatingPrefixDeniesItsWord: a sentence's "non-binding" denies that
// the agreement binds, not the clause after it: "Yes, Australia helped
// draft the agreement" stands on 9News's "refusing to sign a non-binding
// migration agreement which Australia helped draft" (it was removed, the
// prefix taken to deny "helped draft"), and a claim that the agreement is
// binding still does not.
func TestNegatingPrefixDeniesItsWord(t *testing.T) {
	const ausDoc = "093-9news-morrison"
	const aus1 = "Scott Morrison is following in Donald Trump's footsteps by refusing to sign a non-binding migration agreement which Australia helped draft."
	const quote = "refusing to sign a non-binding migration agreement which Australia helped draft"
	m := paraMap{ausDoc: {1: aus1}}
	runShownCases(t, m, []shownCase{
		{"helped draft", quotedClaim{"Australia helped draft the migration agreement", ausDoc, 1, quote}, true},
		{"binding", quotedClaim{"Australia helped draft a binding migration agreement", ausDoc, 1, quote}, false},
		{"did not help", quotedClaim{"Australia did not help draft the migration agreement", ausDoc, 1, quote}, false},
	})
}
