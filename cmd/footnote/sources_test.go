package main

import (
	"strings"
	"testing"
)

// TestSourcesListDates: over several outlets, the sources list names every
// cited article with its date, or says that its date is unknown.
func TestSourcesListDates(t *testing.T) {
	out, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", "../../testdata/coverage"), "", "ask",
		"Under which US president did the United States join the New York Declaration?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	_, list, ok := strings.Cut(out, "Sources:\n")
	if !ok {
		t.Fatalf("no sources list:\n%s", out)
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(list), "\n") {
		if strings.HasPrefix(line, "    ") {
			continue // a quote under its article
		}
		n++
		if !strings.Contains(line, "date unknown") && !strings.Contains(line, ", 20") {
			t.Errorf("source without a date: %q", line)
		}
	}
	if n < 2 {
		t.Errorf("want the answer's outlets listed, got %d:\n%s", n, out)
	}
}
