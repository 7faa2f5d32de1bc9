package answer

import (
	"strings"
	"testing"
)

// TestRunInitials: a run of names gives its initials, and its leading
// names theirs, marked apart.
func TestRunInitials(t *testing.T) {
	got := runInitials("The so-called New York Declaration was endorsed by the United States.")
	for _, want := range []string{"nyd", "ny" + leadMark, "us"} {
		if !got[want] {
			t.Errorf("runInitials lacks %q: %v", want, got)
		}
	}
	if got["ny"] || got["u"+leadMark] {
		t.Errorf("a leading part is unmarked, or one name has initials: %v", got)
	}
}

// TestLowercaseInitialsAnswered: a chat writer's "ny declaration" is the
// New York declaration, on the article alone and on the three articles:
// the mission's objection is quoted (main refused it, reading "ny" as a
// rare word the articles lack), and Haley's "not compatible" answers
// whether it fits US sovereignty, though her sentence writes "New York
// Declaration" with a capital.
func TestLowercaseInitialsAnswered(t *testing.T) {
	for _, dir := range []string{"../docs", testArticles} {
		ask := asker(t, newExtractiveFor(t, dir))
		if a := ask("what does the us mission say was wrong with the ny declaration"); a.Refused || !strings.Contains(a.Text, "inconsistent") {
			t.Errorf("%s: the mission's objection: refused=%v %q", dir, a.Refused, a.Text)
		}
	}
	ask := asker(t, newExtractiveFor(t, "../docs"))
	if a := ask("is the ny declartion compatable w us soverenty"); a.Refused || !strings.Contains(a.Text, "not compatible") {
		t.Errorf("Haley's sentence: refused=%v %q", a.Refused, a.Text)
	}
}

func newExtractiveFor(t *testing.T, dir string) *Extractive {
	t.Helper()
	e, _ := newExtractiveOn(t, dir)
	return e
}
