package llm

import (
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestPronounAntecedent: a claim that opens with "she" or "he" is about a
// person the claim before it names, on two articles: a paragraph that
// matches its words but never speaks of that person doesn't support it;
// one that names the person (or refers back to the paragraph that does)
// does.
func TestPronounAntecedent(t *testing.T) {
	m := paraMap{fixtureDoc: {5: fixtureParagraphs[5], 6: fixtureParagraphs[6], 7: fixtureParagraphs[7]}, hungaryDoc: {1: hungary1, 3: hungary3}}
	ps := []footnote.Passage{{Doc: fixtureDoc, N: 5}, {Doc: fixtureDoc, N: 6}, {Doc: fixtureDoc, N: 7}, {Doc: hungaryDoc, N: 1}, {Doc: hungaryDoc, N: 3}}
	for i := range ps {
		p, _ := m.Paragraph(ps[i].Doc, ps[i].N)
		ps[i].Text = p.Text
	}
	tests := []struct {
		answer, second string
		keep           bool
	}{
		// ¶5 is about the State Department, which "initially opposed
		// the withdrawal"; it never speaks of Haley.
		{"At the meeting, Haley argued that staying in the talks would give the U.S. more influence [¶6]. So she initially opposed the withdrawal [¶5].",
			"So she initially opposed the withdrawal", false},
		// Hungary's ¶1: Szijjarto, not Trump, called the accord a threat.
		{"Trump decided to boycott the talks [¶7]. He said the accord posed a threat to the world [¶1].",
			"He said the accord posed a threat to the world", false},
		// The pronoun stands for the name the cited paragraph writes.
		{"President Trump overruled Nikki Haley [¶7]. She expressed the lone dissent [¶6].",
			"She expressed the lone dissent", true},
		{"Foreign Minister Peter Szijjarto said Hungary would quit the pact [¶1]. He said Hungary will not take part at the Morocco meeting [¶3].",
			"He said Hungary will not take part at the Morocco meeting", true},
		// ¶7 opens with "She", referring to ¶6's Haley.
		{"Haley had argued that the United States would have a better shot at influencing the outcome [¶6]. She was ultimately overruled by the president [¶7].",
			"She was ultimately overruled by the president", true},
	}
	for _, tt := range tests {
		res := postCheck(tt.answer, newEvidence(ps, m))
		if kept := strings.Contains(res.text, tt.second); kept != tt.keep {
			t.Errorf("%q: kept %v, want %v (shown %q)", tt.second, kept, tt.keep, res.text)
		}
	}
}

// TestPronounAntecedentQuoted: a structured answer's claim that opens
// with a pronoun is judged as naming the person of the claim before, in
// English and in the other languages (antecedents.resolve).
func TestPronounAntecedentQuoted(t *testing.T) {
	m := paraMap{fixtureDoc: {5: fixtureParagraphs[5], 6: fixtureParagraphs[6], 7: fixtureParagraphs[7], 12: fixtureParagraphs[12]}, hungaryDoc: {1: hungary1, 3: hungary3}}
	trumpEnded := quotedClaim{"Am Ende entschied Präsident Donald Trump, die Teilnahme der Vereinigten Staaten am Prozess für den Migrationspakt zu beenden", fixtureDoc, 12,
		"President Trump determined that the United States would end its participation in the compact process."}
	haleyArgued := quotedClaim{"At the meeting, Haley argued that staying in the talks would give the U.S. more influence", fixtureDoc, 6,
		"Haley had argued that the United States would have a better shot at influencing the outcome of the negotiations if it participated in the process."}
	szijjartoGerman := quotedClaim{"Außenminister Peter Szijjarto sagte am Mittwoch, Ungarn werde den Pakt verlassen", hungaryDoc, 1,
		"Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said on Wednesday"}
	tests := []struct {
		name          string
		before, claim quotedClaim
		keep          bool
	}{
		// "Er" is Donald Trump, whom "the president" of ¶7 stands for;
		// with Nikki Haley, two facts of the quote.
		{"in German, he who overruled her", trumpEnded,
			quotedClaim{"Er setzte sich dabei über Nikki Haley hinweg", fixtureDoc, 7, "She was ultimately overruled by the president"}, true},
		// "Er" is Szijjarto, whom ¶7 of the fixture never names.
		{"in German, another man overruled her", szijjartoGerman,
			quotedClaim{"Er setzte sich dabei über Nikki Haley hinweg", fixtureDoc, 7, "She was ultimately overruled by the president"}, false},
		// ¶5's "initially opposed the withdrawal" is the State
		// Department's; it never speaks of Haley.
		{"in English, a deed of others", haleyArgued,
			quotedClaim{"So she initially opposed the withdrawal", fixtureDoc, 5, "The State Department initially opposed the withdrawal"}, false},
		{"in English, her own", haleyArgued,
			quotedClaim{"She was ultimately overruled by the president", fixtureDoc, 7, "She was ultimately overruled by the president"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := checkQuoted([]quotedClaim{tt.before, tt.claim}, evidenceOver(m))
			shown := strings.Contains(res.text, strings.TrimSuffix(tt.claim.Text, "."))
			if shown != tt.keep {
				t.Errorf("%q after %q: shown %v, want %v (text %q)", tt.claim.Text, tt.before.Text, shown, tt.keep, res.text)
			}
			if !strings.Contains(res.text, tt.before.Text) {
				t.Errorf("the claim before was removed: %q", res.text)
			}
		})
	}
}

// TestAntecedentIsTheNamesLastWord: "he" after "Prime Minister Peter
// Pellegrini" is Pellegrini, not "Prime": a claim citing the wrong
// paragraph, with a quote of the right one, is re-cited there.
func TestAntecedentIsTheNamesLastWord(t *testing.T) {
	const slovakia1 = "PRAGUE (Reuters) – Slovakia will not support the United Nations pact on the treatment of migrants worldwide, Prime Minister Peter Pellegrini said on Sunday after the European Union summit."
	const slovakia5 = "A Slovakia rejection of the migration pact could lead to a shake-up of Pellegrini’s government, given that Foreign Minister Miroslav Lajcak has threatened to resign if the government shuns the agreement."
	m := paraMap{slovakiaDoc: {1: slovakia1, 4: slovakia4, 5: slovakia5}, fixtureDoc: {6: fixtureParagraphs[6], 7: fixtureParagraphs[7]}}
	for _, tt := range []struct {
		before, claim quotedClaim
		want          string
	}{
		{quotedClaim{"Prime Minister Peter Pellegrini said Slovakia will not support the pact", slovakiaDoc, 1, "Slovakia will not support the United Nations pact on the treatment of migrants worldwide, Prime Minister Peter Pellegrini said"},
			quotedClaim{"He said Slovakia would not support it under any circumstances", slovakiaDoc, 5, "Slovakia will not support this United Nations pact under any circumstances"},
			"He said Slovakia would not support it under any circumstances [¶4]"},
		{quotedClaim{"U.S. Ambassador Nikki Haley expressed the lone dissent", fixtureDoc, 6, "with Nikki Haley, the U.S. ambassador to the United Nations, expressing the lone dissent"},
			quotedClaim{"She was ultimately overruled by the president", fixtureDoc, 6, "She was ultimately overruled by the president"},
			"She was ultimately overruled by the president [¶7]"},
	} {
		res := checkQuoted([]quotedClaim{tt.before, tt.claim}, evidenceOver(m))
		if !strings.Contains(res.text, tt.want) {
			t.Errorf("%q after %q: shown %q, want %q", tt.claim.Text, tt.before.Text, res.text, tt.want)
		}
	}
}

// TestAntecedentIsNoPlace: the name a pronoun stands for is a person's,
// not a place or body written after a determiner ("in the Mediterranean",
// "the White House"); on 9News's story and Foreign Policy's.
func TestAntecedentIsNoPlace(t *testing.T) {
	for _, tt := range []struct {
		claim string
		want  []string
	}{
		{"Dutton said the compact was largely directed at the problem of drownings in the Mediterranean", []string{"Dutton"}},
		{"Haley argued at the White House that staying would give the U.S. more influence", []string{"Haley"}},
		{"President Trump overruled Nikki Haley", []string{"Trump", "Haley"}},
	} {
		if got := personNames(tt.claim, nil); !slices.Equal(got, tt.want) {
			t.Errorf("personNames(%q) = %q, want %q", tt.claim, got, tt.want)
		}
	}
}
