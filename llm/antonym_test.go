package llm

import (
	"slices"
	"strconv"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/relatedness"
)

// TestPrefixTurned: a claim that drops or adds a negating prefix to a word
// of its sentence ("consistent" for "inconsistent", "legal" for "illegal")
// is removed, in the structured and the inline check, in two articles; a
// prefix that negates nothing ("immigration") changes nothing.
func TestPrefixTurned(t *testing.T) {
	const poland6 = "But last December, the United States said it was ending its participation in negotiations on the compact, stating that numerous provisions were “inconsistent with U.S. immigration and refugee policies” under President Donald Trump."
	kelly := "White House Chief of Staff John Kelly, who previously led the Department of Homeland Security’s crackdown on illegal immigration, and Attorney General Jeff Sessions strongly backed a pullout"
	m := paraMap{fixtureDoc: {5: fixtureParagraphs[5]}, polandDoc: {6: poland6}}
	ps := []footnote.Passage{{Doc: fixtureDoc, N: 5}, {Doc: polandDoc, N: 6}}
	for _, tt := range []struct {
		name string
		qc   quotedClaim
		kept bool
	}{
		{"the prefix dropped", quotedClaim{"The United States said numerous provisions were consistent with U.S. immigration and refugee policies", polandDoc, 6, poland6}, false},
		{"the prefix kept", quotedClaim{"The United States said numerous provisions were inconsistent with U.S. immigration and refugee policies", polandDoc, 6, poland6}, true},
		{"another prefix dropped", quotedClaim{"John Kelly led the Department of Homeland Security’s crackdown on legal immigration", fixtureDoc, 5, kelly}, false},
		{"a prefix that negates nothing", quotedClaim{"John Kelly led the Department of Homeland Security’s crackdown on illegal migration", fixtureDoc, 5, kelly}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q := checkQuoted([]quotedClaim{tt.qc}, newEvidence(ps, m))
			if got := len(q.cites) > 0; got != tt.kept {
				t.Errorf("structured: kept = %v (%q), want %v", got, q.text, tt.kept)
			}
			in := postCheck(tt.qc.Text+" [¶"+string(rune('0'+tt.qc.Paragraph))+"].", newEvidence(ps, m))
			if got := len(in.cites) > 0; got != tt.kept {
				t.Errorf("inline: kept = %v (%q), want %v", got, in.text, tt.kept)
			}
		})
	}
}

// TestPrefixTurnedInParagraph: a claim posted to the claim check that
// takes its deed from one sentence and drops the prefix of a word of
// another in the same paragraph ("consistent" where the paragraph says
// "inconsistent") is not supported, in two articles; with the prefix it
// is.
func TestPrefixTurnedInParagraph(t *testing.T) {
	// 006-cknnigeria-afp ¶1 (AFP, as republished by cknnigeria.com).
	const afp1 = "The United States has withdrawn from a United Nations pact to improve the handling of migrant and refugee situations, deeming it inconsistent with its policies. \"The US Mission to the United Nations informed the UN Secretary-General that the United States is ending its participation in the Global Compact on Migration,\" the US said in its statement on Saturday."
	const afpDoc = "006-cknnigeria-afp"
	m := paraMap{fixtureDoc: {12: fixtureParagraphs[12]}, afpDoc: {1: afp1}}
	for _, tt := range []struct {
		claim string
		doc   string
		n     int
		kept  bool
	}{
		{"President Trump determined that the United States would end its participation in the compact process because the declaration was consistent with U.S. immigration policies", fixtureDoc, 12, false},
		{"President Trump determined that the United States would end its participation in the compact process because the declaration was inconsistent with U.S. immigration policies", fixtureDoc, 12, true},
		{"The US Mission informed the UN Secretary-General that the United States is ending its participation in the Global Compact on Migration, deeming it consistent with its policies", afpDoc, 1, false},
		{"The US Mission informed the UN Secretary-General that the United States is ending its participation in the Global Compact on Migration, deeming it inconsistent with its policies", afpDoc, 1, true},
	} {
		cc := CheckClaim(tt.claim, []footnote.Passage{{Doc: tt.doc, N: tt.n}}, m)
		if got := cc.Support != nil; got != tt.kept {
			t.Errorf("%q: supported = %v, want %v", tt.claim, got, tt.kept)
		}
	}
}

// TestOppositeInItsSlot: a claim that puts in a word's place its opposite
// ("weaken" for "enhance", WordNet's antonym "strengthen" being nearer
// "enhance"; "weakening" for "strengthening") is removed, in
// the structured and the inline check, in two articles; the same claim
// with a word of the same side ("strengthen" for "enhance") is kept, and
// without the vectors the slot's opposite is no longer seen.
func TestOppositeInItsSlot(t *testing.T) {
	v := loadVectors(t)
	const para9 = "The declaration included a set of commitments designed to ensure the protection of migrants’ human rights, enhance international border security cooperation, and dissuade governments from detaining immigrant children."
	// 009-app-pk-lajcak-regrets (APP), a sentence of Lajčák's statement.
	const unDoc = "009-app-pk-lajcak-regrets"
	const un = "In the (2016) New York Declaration for Refugees and Migrants, all UN member states acknowledged that no one state can manage international migration on its own. Furthermore, they committed to strengthening global governance of migration."
	m := paraMap{fixtureDoc: {9: fixtureParagraphs[9]}, unDoc: {4: un}}
	ps := []footnote.Passage{{Doc: fixtureDoc, N: 9}, {Doc: unDoc, N: 4}}
	for _, tt := range []struct {
		name    string
		qc      quotedClaim
		kept    bool
		vectors bool // whether the outcome needs the vectors
	}{
		{"an opposite near the sentence's word", quotedClaim{"The declaration included commitments to weaken international border security cooperation", fixtureDoc, 9, para9}, false, true},
		{"a word of the same side", quotedClaim{"The declaration included commitments to strengthen international border security cooperation", fixtureDoc, 9, para9}, true, false},
		{"WordNet's antonym in another article", quotedClaim{"Member states committed to weakening global governance of migration", unDoc, 4, "they committed to strengthening global governance of migration"}, false, true},
		{"the sentence's own word in another article", quotedClaim{"Member states committed to strengthening global governance of migration", unDoc, 4, "they committed to strengthening global governance of migration"}, true, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ev := func() *evidence {
				e := newEvidence(ps, m)
				e.rel = relatedness.New(v)
				return e
			}
			q := checkQuoted([]quotedClaim{tt.qc}, ev())
			if got := len(q.cites) > 0; got != tt.kept {
				t.Errorf("structured: kept = %v (%q), want %v", got, q.text, tt.kept)
			}
			if tt.qc.Article != fixtureDoc {
				// A bare inline marker is read as the first article's.
				return
			}
			in := postCheck(tt.qc.Text+" [¶"+strconv.Itoa(tt.qc.Paragraph)+"].", ev())
			if got := len(in.cites) > 0; got != tt.kept {
				t.Errorf("inline: kept = %v (%q), want %v", got, in.text, tt.kept)
			}
			if tt.vectors {
				if off := checkQuoted([]quotedClaim{tt.qc}, newEvidence(ps, m)); len(off.cites) == 0 {
					t.Errorf("without the vectors, removed too: the test no longer shows what they add")
				}
			}
		})
	}
}

// TestSlotMates: a sentence's word stands in a claim word's place when the
// same content word, or the same two words, stand beside both; one shared
// little word ("in") makes no slot, and a word elsewhere in the sentence
// is none.
func TestSlotMates(t *testing.T) {
	for _, tt := range []struct {
		claim, seq []string
		w          string
		want       []string
	}{
		{[]string{"commitments", "to", "weaken", "international", "border"}, []string{"rights", "enhance", "international", "border"}, "weaken", []string{"enhance"}},
		{[]string{"was", "compatible", "with", "u", "s"}, []string{"are", "inconsistent", "with", "u", "s"}, "compatible", []string{"inconsistent"}},
		{[]string{"recommended", "continuing", "the", "negotiations"}, []string{"recommended", "ditching", "the", "negotiations"}, "continuing", []string{"ditching"}},
		{[]string{"should", "stay", "in", "the", "negotiations"}, []string{"meeting", "ended", "in", "deadlock"}, "stay", nil},
		{[]string{"scheduled", "to", "begin", "on", "monday"}, []string{"just", "days", "before", "the", "government"}, "begin", nil},
	} {
		if got := slotMates(tt.claim, tt.w, tt.seq); !slices.Equal(got, tt.want) {
			t.Errorf("slotMates(%v, %q, %v) = %v, want %v", tt.claim, tt.w, tt.seq, got, tt.want)
		}
	}
}

// TestOppositeDegree: a superlative whose antonym's superlative is what the
// sentence says is the opposite claim, wherever in the sentence it stands
// (degreeOpposed); the same superlative is kept. On the AFP story on
// Belgium and the Reuters story on Slovakia; the false claims were shown
// before.
func TestOppositeDegree(t *testing.T) {
	m := paraMap{belgiumDoc: {2: belgium2}, slovakiaDoc: {3: slovakia3}}
	runShownCases(t, m, []shownCase{
		{"smallest for largest", quotedClaim{"The N-VA was the smallest party in it", belgiumDoc, 2, "The New Flemish Alliance (N-VA), the largest of the coalition’s four parties"}, false},
		{"largest kept", quotedClaim{"The N-VA was the largest party in the coalition", belgiumDoc, 2, "The New Flemish Alliance (N-VA), the largest of the coalition’s four parties"}, true},
		{"smallest for biggest", quotedClaim{"The pact was conceived after the smallest influx of migrants into Europe since World War Two", slovakiaDoc, 3, "The pact was conceived after the biggest influx of migrants into Europe since World War Two"}, false},
		{"biggest kept", quotedClaim{"The pact was conceived after the biggest influx of migrants into Europe since World War Two", slovakiaDoc, 3, "The pact was conceived after the biggest influx of migrants into Europe since World War Two"}, true},
	})
}
