package llm

import (
	"strings"
	"testing"
)

// polandLead is the AP article's first paragraph: Poland will not support
// the compact, rejecting it with Hungary, Austria and the United States.
const polandLead = "WARSAW, Poland (AP) — The Polish government said Tuesday that it will not support a global compact seeking international cooperation on migration, citing national sovereignty as it joins countries including Hungary, Austria and the United States in rejecting it."

// TestStanceOnTheSameObject: a claim that backs what its sentence opposes,
// or opposes what it backs, on the same object, is removed
// (stanceFlipped), structured and inline, on the Reuters article on
// Hungary, the fixture article and the AP article on Poland; the claims
// that keep the sentence's stance, or turn a verb with a negation, stay.
// The false claims on Hungary's ¶3 were shown before.
func TestStanceOnTheSameObject(t *testing.T) {
	m := paraMap{fixtureDoc: {5: fixtureParagraphs[5], 8: fixtureParagraphs[8]}, hungaryDoc: {1: hungary1, 3: hungary3}, polandDoc: {1: polandLead}}
	const opposeVote = "the country would also oppose the pact should it come up for a vote in the General Assembly"
	runShownCases(t, m, []shownCase{
		{"support for oppose", quotedClaim{"Szijjarto said Hungary would support the pact in a General Assembly vote", hungaryDoc, 3, opposeVote}, false},
		{"back for oppose", quotedClaim{"Hungary would back the pact should it come up for a vote in the General Assembly", hungaryDoc, 3, opposeVote}, false},
		{"oppose kept", quotedClaim{"Szijjarto said Hungary would oppose the pact in a General Assembly vote", hungaryDoc, 3, opposeVote}, true},
		{"backed kept", quotedClaim{"Kelly and Sessions strongly backed a pullout", fixtureDoc, 5, "Attorney General Jeff Sessions strongly backed a pullout"}, true},
		{"endorsed kept", quotedClaim{"The Obama administration endorsed the New York declaration", fixtureDoc, 8, "The so-called New York declaration that came out of that meeting was endorsed by the Obama administration."}, true},
		{"negated support kept", quotedClaim{"The Polish government will not support the global compact", polandDoc, 1, "The Polish government said Tuesday that it will not support a global compact"}, true},
		{"support for a negated support", quotedClaim{"The Polish government will support the global compact", polandDoc, 1, "The Polish government said Tuesday that it will not support a global compact"}, false},
	})
}

// TestStanceInTwoSentences: ¶5 of the fixture backs a pullout and opposes
// the withdrawal, in two sentences; a claim with the object of one and
// the stance of the other is not judged by stanceFlipped, which a first
// version of the rule did (a true claim of the dev set's held-out part,
// kept because "supported" echoes the question).
func TestStanceInTwoSentences(t *testing.T) {
	c := quotedClaim{"Kelly and Sessions strongly supported the withdrawal, along with Brian Hook of the State Department", fixtureDoc, 5,
		"John Kelly ... and Attorney General Jeff Sessions strongly backed a pullout ... Brian Hook ... recommended ditching the negotiations"}
	for _, structured := range []bool{true, false} {
		ev := evidenceOver(paraMap{fixtureDoc: {5: fixtureParagraphs[5], 6: fixtureParagraphs[6]}})
		ev.echo = questionStems("Who supported the withdrawal and who argued against it?")
		var res checkResult
		if structured {
			res = checkQuoted([]quotedClaim{c}, ev)
		} else {
			res = postCheck(c.Text+" [¶5].", ev)
		}
		if !strings.Contains(res.text, c.Text) {
			t.Errorf("structured %v: removed, want it shown (%q)", structured, res.text)
		}
	}
}

// TestTimeOrderOnTheSameObject: "after" for the sentence's "before" (or
// the reverse) on the same object is removed (stanceFlipped), on the
// Reuters article on Hungary and the fixture article.
func TestTimeOrderOnTheSameObject(t *testing.T) {
	m := paraMap{fixtureDoc: {2: fixtureParagraphs[2]}, hungaryDoc: {1: hungary1}}
	const quit = "Hungary will quit the United Nations migration pact before its final approval"
	const days = "just days before the Mexican government is scheduled Monday to host a three-day meeting"
	runShownCases(t, m, []shownCase{
		{"after for before", quotedClaim{"Hungary will quit the pact after its final approval", hungaryDoc, 1, quit}, false},
		{"before kept", quotedClaim{"Hungary will quit the pact before its final approval", hungaryDoc, 1, quit}, true},
		{"days after for days before", quotedClaim{"Trump decided just days after the Mexican government hosted the meeting", fixtureDoc, 2, days}, false},
		{"days before kept", quotedClaim{"Trump decided just days before the Mexican government was to host the meeting", fixtureDoc, 2, days}, true},
	})
}
