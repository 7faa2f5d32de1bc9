package llm

import (
	"strings"
	"testing"
)

// TestPolarityTurned: a claim that says leaving where its sentence says
// only staying (or backing where it says only rejecting), and nothing of
// its own side, is removed (polarityTurned), structured and inline, on
// the fixture article, the Reuters article on Hungary and the AP article
// on Poland; paraphrases within the class, a polarity turned by what
// governs it ("end its participation" for "withdraw"), and an adjective
// whose start is a class word's ("joint") stay. The false claims were
// shown in both forms before the rule.
func TestPolarityTurned(t *testing.T) {
	m := paraMap{fixtureDoc: {1: fixtureParagraphs[1], 3: fixtureParagraphs[3], 6: fixtureParagraphs[6], 12: fixtureParagraphs[12]}, hungaryDoc: {1: hungary1}, polandDoc: {1: polandLead}}
	const argued = "Haley had argued that the United States would have a better shot at influencing the outcome of the negotiations if it participated in the process."
	const joins = "it joins countries including Hungary, Austria and the United States in rejecting it"
	runShownCases(t, m, []shownCase{
		{"pull out for participated", quotedClaim{"Haley argued that the United States should pull out of the negotiations", fixtureDoc, 6, argued}, false},
		{"left for participated", quotedClaim{"Haley argued the United States would have a better shot at influencing the outcome if it left the process", fixtureDoc, 6, argued}, false},
		{"participated kept", quotedClaim{"Haley argued the United States would have a better shot at influencing the outcome if it participated in the process", fixtureDoc, 6, argued}, true},
		{"remain for quit", quotedClaim{"Hungary will remain in the United Nations migration pact, Szijjarto said", hungaryDoc, 1, "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said"}, false},
		{"leave for quit kept", quotedClaim{"Hungary will leave the United Nations migration pact before its final approval, Szijjarto said", hungaryDoc, 1, "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said"}, true},
		{"backing for rejecting", quotedClaim{"Poland joins Hungary, Austria and the United States in backing the compact", polandDoc, 1, joins}, false},
		{"rejecting kept", quotedClaim{"Poland joins Hungary, Austria and the United States in rejecting the compact", polandDoc, 1, joins}, true},
		{"withdraw for end its participation kept", quotedClaim{"President Trump determined that the United States would withdraw from the compact process", fixtureDoc, 12, "As a result, President Trump determined that the United States would end its participation in the compact process."}, true},
		{"quitter for participated, in French", quotedClaim{"Nikki Haley voulait que les États-Unis quittent les négociations", fixtureDoc, 6, argued}, false},
		{"participer kept, in French", quotedClaim{"Nikki Haley voulait que les États-Unis participent aux négociations", fixtureDoc, 6, argued}, true},
		{"restare for quit, in Italian", quotedClaim{"Szijjarto ha detto che l'Ungheria resterà nel patto migratorio delle Nazioni Unite", hungaryDoc, 1, "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said"}, false},
		{"teilnehmen for pull out, in German", quotedClaim{"Stephen Miller wollte, dass die Vereinigten Staaten an den Gesprächen teilnehmen", fixtureDoc, 3, "In recent weeks, Miller led efforts to pull out of the migration talks."}, false},
		{"verlassen kept, in German", quotedClaim{"Szijjarto sagte am Mittwoch, Ungarn werde den Migrationspakt der Vereinten Nationen verlassen", hungaryDoc, 1, "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said on Wednesday"}, true},
		{"die Teilnahme zu beenden kept, in German", quotedClaim{"Präsident Trump entschied, die Teilnahme der Vereinigten Staaten am Prozess zu beenden", fixtureDoc, 12, "As a result, President Trump determined that the United States would end its participation in the compact process."}, true},
		{"joint is no joining", quotedClaim{"The boycott sent a blunt signal that the United States is no longer interested in a joint response to the migration crises", fixtureDoc, 1, "sending a blunt signal that the United States is no longer interested in forging a concerted response to the world’s burgeoning migration crises"}, true},
	})
}

// TestRecitedPolarity: a claim removed at its cited paragraph is re-cited
// to another only where its deed is said: "Haley supports the pullout"
// and its French "quitter" form were shown citing Haley's statement of
// ¶10 (her name, and "support" of something else); a true claim
// miscited is still re-cited where its polarity is (¶5), and the rule
// holds on the Reuters article on Hungary too.
func TestRecitedPolarity(t *testing.T) {
	const hungary2 = "“This document is entirely against Hungary’s security interests,” Szijjarto told a news conference."
	ev := func() *evidence {
		return evidenceOver(paraMap{fixtureDoc: {5: fixtureParagraphs[5], 6: fixtureParagraphs[6], 10: fixtureParagraphs[10]}, hungaryDoc: {1: hungary1, 2: hungary2}})
	}
	for _, tt := range []struct {
		answer, claim string
		want          bool
	}{
		{"Haley supports the pullout [¶6].", "Haley supports the pullout", false},
		{"Nikki Haley voulait que les États-Unis quittent les négociations [¶6].", "quittent", false},
		{"Kelly and Sessions strongly backed a pullout [¶6].", "Kelly and Sessions strongly backed a pullout", true},
		{"Szijjarto told a news conference that Hungary would remain in the pact [¶1].", "remain", false},
		{"Szijjarto told a news conference that the document was against Hungary's security interests [¶1].", "security interests", true},
	} {
		res := postCheck(tt.answer, ev())
		if got := strings.Contains(res.text, tt.claim); got != tt.want {
			t.Errorf("%q: shown %v, want %v (%q)", tt.answer, got, tt.want, res.text)
		}
	}
}
