package llm

import (
	"strings"
	"testing"
)

// TestInlineHeldToOneSentence: an inline claim whose words are less than
// half its paragraph's but a third of one sentence's, holding all its
// names, numbers and dates, is shown as its structured form quoting that
// sentence is (sentenceSupport), on the fixture article and the Reuters
// article on Hungary; it was removed inline before. A changed deed, a day
// of another sentence, a verb in the past the sentence lacks, and a
// claim without a name, number or date stay removed.
func TestInlineHeldToOneSentence(t *testing.T) {
	m := paraMap{fixtureDoc: {1: fixtureParagraphs[1], 2: fixtureParagraphs[2], 6: fixtureParagraphs[6]}, hungaryDoc: {1: hungary1, 3: hungary3}}
	for _, tt := range []struct {
		claim string
		keep  bool
	}{
		{"The conference took place in Puerto Vallarta, Mexico [¶1].", true},
		{"Just days before, the conference in Puerto Vallarta was due to start on Monday [¶1].", true},
		{"In December the accord is due to go through formal adoption [¶3].", true},
		{"Trump wanted to boycott the Senate's tax bill [¶2].", false},
		{"The conference in Puerto Vallarta was cancelled on Monday [¶1].", false},
		{"The conference took place in Puerto Vallarta on Saturday [¶1].", false},
		// The claim that stopped a first version of this rule (notes,
		// round ten): its "supporting" has no word of its class there.
		{"The meeting ended in agreement, with Nikki Haley supporting the pullout [¶6].", false},
		{"Nikki Haley backed the pullout at the meeting, which ended in agreement [¶6].", false},
	} {
		doc := fixtureDoc
		if strings.Contains(tt.claim, "accord") {
			doc = hungaryDoc
		}
		ev := evidenceOver(paraMap{doc: m[doc]})
		res := postCheck(tt.claim, ev)
		want := strings.TrimSuffix(tt.claim[:strings.Index(tt.claim, " [¶")], ".")
		if shown := strings.Contains(res.text, want); shown != tt.keep {
			t.Errorf("%q: shown %v, want %v (%q)", tt.claim, shown, tt.keep, res.text)
		}
	}
}
