package claimcheck

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCheckDayPart: a part of the day between a deed and its day ("resigned
// late on Thursday evening") leaves the day the deed's: a claim of another
// day is contradicted, one of that day supported. The Foreign Policy article
// beside it gives other days for other events.
func TestCheckDayPart(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"../testdata/articles/trump-boycotts-un-migration-talks.md", "../testdata/coverage/170-praguemonitor-business-lajcak-resigns.md"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	c, _ := newCheckerOn(t, dir)
	checkCited(t, c, []citedCase{
		{"lajcak resigned as foreign minister on monday night", Contradicted, "170-praguemonitor-business-lajcak-resigns"},
		{"lajcak resigned as foreign minister on thursday night", Supported, "170-praguemonitor-business-lajcak-resigns"},
	})
}
