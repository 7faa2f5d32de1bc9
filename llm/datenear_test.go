package llm

import (
	"strconv"
	"strings"
	"testing"
)

// poland5 gives two years to two events: the declaration of September
// 2016 and the compact of 2018.
const poland5 = "Following that migrant wave, all 193 U.N. member states in September 2016, including the United States under President Barack Obama, adopted a declaration saying no country can manage international migration on its own, and agreed to launch a process leading to the adoption of a global compact in 2018."

// TestDateOfAnotherEvent: a claim that gives the date a sentence ties to
// one event to the words of another event of that sentence is removed
// (dateMisplaced), structured and inline, on the fixture article (two
// weekdays) and the AP article on Poland (two years); the same claims
// with the right date are shown. Each false claim was shown before.
func TestDateOfAnotherEvent(t *testing.T) {
	m := paraMap{fixtureDoc: {2: fixtureParagraphs[2]}, polandDoc: {2: poland2, 5: poland5}}
	runShownCases(t, m, []shownCase{
		{"the meeting given the decision's Friday", quotedClaim{"The meeting was scheduled to end on Friday", fixtureDoc, 2, "scheduled Monday to host a three-day meeting"}, false},
		{"the host given the decision's Friday", quotedClaim{"The Mexican government was to host the meeting from Friday", fixtureDoc, 2, "the Mexican government is scheduled Monday to host a three-day meeting"}, false},
		{"the decision given the meeting's Monday", quotedClaim{"Trump made the decision on Monday", fixtureDoc, 2, "Trump made the decision on Friday"}, false},
		{"the decision on its Friday", quotedClaim{"Trump made the decision on Friday", fixtureDoc, 2, "Trump made the decision on Friday"}, true},
		{"the meeting on its Monday", quotedClaim{"The Mexican government was scheduled to host the meeting on Monday", fixtureDoc, 2, "the Mexican government is scheduled Monday to host a three-day meeting"}, true},
		{"the decision, days before the Monday meeting", quotedClaim{"Trump decided on Friday, just days before the Mexican government was to host the meeting", fixtureDoc, 2, "Trump made the decision on Friday — a day dominated by Senate negotiations on a landmark tax bill — and just days before the Mexican government is scheduled Monday to host a three-day meeting"}, true},
		{"the compact given the declaration's 2016", quotedClaim{"The global compact was adopted in September 2016", polandDoc, 5, "a process leading to the adoption of a global compact in 2018"}, false},
		{"the declaration given the compact's 2018", quotedClaim{"The member states adopted a declaration in 2018", polandDoc, 5, "adopted a declaration saying no country can manage international migration on its own"}, false},
		{"the declaration in its 2016", quotedClaim{"The member states adopted a declaration in September 2016", polandDoc, 5, "all 193 U.N. member states in September 2016 ... adopted a declaration"}, true},
		{"the compact process in its 2018", quotedClaim{"A process leading to a global compact in 2018 was launched", polandDoc, 5, "agreed to launch a process leading to the adoption of a global compact in 2018"}, true},
		// One date of its kind in the sentence: nothing to confuse.
		{"one month in the sentence", quotedClaim{"The compact was finalized under U.N. auspices in July", polandDoc, 2, "was finalized under U.N. auspices in July"}, true},
	})
}

// shownCase is a claim and whether it must be shown.
type shownCase struct {
	name  string
	claim quotedClaim
	keep  bool
}

// runShownCases runs expectShownBothForms on each case over m.
func runShownCases(t *testing.T, m paraMap, cases []shownCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) { expectShownBothForms(t, m, tt.claim, tt.keep) })
	}
}

// expectShownBothForms checks claim c over the paragraphs of m as a
// structured claim and as an inline one citing its paragraph, and fails
// t unless each is shown exactly when keep is set.
func expectShownBothForms(t *testing.T, m paraMap, c quotedClaim, keep bool) {
	t.Helper()
	res := checkQuoted([]quotedClaim{c}, evidenceOver(m))
	if shown := len(res.cites) > 0; shown != keep {
		t.Errorf("structured: shown %v, want %v (%q)", shown, keep, res.text)
	}
	inline := postCheck(c.Text+" [¶"+strconv.Itoa(c.Paragraph)+"].", evidenceOver(m))
	if shown := strings.Contains(inline.text, c.Text); shown != keep {
		t.Errorf("inline: shown %v, want %v (%q)", shown, keep, inline.text)
	}
}
