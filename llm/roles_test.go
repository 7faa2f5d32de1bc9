package llm

import (
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestRoleSwapped: a claim that gives a role in apposition to another
// person than the paragraph does is removed, whichever way the apposition
// is written and in the inline and the structured check; the person the
// paragraph names keeps it. A comma clause that is no role changes
// nothing, in another article.
func TestRoleSwapped(t *testing.T) {
	for _, tt := range []struct {
		name, claim, quote string
		n                  int
		kept               bool
	}{
		{"role given to the person the article names", "Brian Hook, the State Department's policy planning chief, recommended ditching the negotiations", "its policy planning chief, Brian Hook, who represented Secretary of State Rex Tillerson at the principals’ meeting, reversed course and recommended ditching the negotiations", 5, true},
		{"role given to another person", "Rex Tillerson, the State Department's policy planning chief, recommended ditching the negotiations", "its policy planning chief, Rex Tillerson, reversed course and recommended ditching the negotiations", 5, false},
		{"role first, then another person", "The State Department's policy planning chief, Rex Tillerson, recommended ditching the negotiations", "its policy planning chief, Brian Hook, who represented Secretary of State Rex Tillerson at the principals’ meeting, reversed course and recommended ditching the negotiations", 5, false},
		{"another role, another person", "John Kelly, the senior White House policy advisor, led efforts to pull out of the migration talks", "In recent weeks, Miller led efforts to pull out of the migration talks", 3, false},
		{"that role, its person", "Stephen Miller, the senior White House policy advisor, led efforts to pull out of the migration talks", "In recent weeks, Miller led efforts to pull out of the migration talks", 3, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lib := &library{retrieve: []int{3, 5, 6}}
			ps, _ := lib.Retrieve(t.Context(), "", 10)
			inline := postCheck(tt.claim+" [¶"+string(rune('0'+tt.n))+"].", newEvidence(ps, lib))
			if got := len(inline.cites) > 0; got != tt.kept {
				t.Errorf("inline: kept = %v (%q), want %v", got, inline.text, tt.kept)
			}
			quoted := checkQuoted([]quotedClaim{{tt.claim, fixtureDoc, tt.n, tt.quote}}, newEvidence(ps, lib))
			if got := len(quoted.cites) > 0; got != tt.kept {
				t.Errorf("structured: kept = %v (%q), want %v", got, quoted.text, tt.kept)
			}
		})
	}
	// Poland's ¶3: "After a meeting of the Polish Cabinet, the government
	// press office released a statement…" — a clause, not a role.
	m := paraMap{polandDoc: {3: "After a meeting of the Polish Cabinet, the government press office released a statement saying the document fails to meet Poland’s demands."}}
	res := postCheck("After a meeting of the Polish Cabinet, the government press office released a statement [¶3].", newEvidence([]footnote.Passage{{Doc: polandDoc, N: 3}}, m))
	if len(res.cites) != 1 {
		t.Errorf("a comma clause taken for a role: %q removed", res.text)
	}
}
