package main

import (
	"os"
	"path/filepath"
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

// TestCopiesNamedInSources: a crawl's manifest names the outlets; the AP
// story two sites carried is imported once, and an answer from it cites
// one of them and says the other carried it too.
func TestCopiesNamedInSources(t *testing.T) {
	docs, in := t.TempDir(), t.TempDir()
	for _, name := range []string{"069-agroim-ap-ga-endorses.txt", "072-latimes-ap-ga-endorses.txt"} {
		b, err := os.ReadFile(filepath.Join("../../corpus/testdata/coverage", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(in, name), b, 0o644)
	}
	manifest := "file\turl\toutlet\n" +
		"069-agroim-ap-ga-endorses.txt\thttps://agroim.com/2018/12/un-general-assembly-endorses-global-migration-accord.html\tagroim.com / AP\n" +
		"072-latimes-ap-ga-endorses.txt\thttps://www.latimes.com/world/la-fg-united-nations-migration-20181219-story.html\tLos Angeles Times / AP\n"
	os.WriteFile(filepath.Join(in, "index.tsv"), []byte(manifest), 0o644)
	e := env(t, "FOOTNOTE_DOCS_DIR", docs)
	out, stderr, code := runCLI(t, e, "", "import", in)
	if code != 0 || !strings.Contains(out, "069-agroim-ap-ga-endorses.txt: duplicate of 072-latimes-ap-ga-endorses") {
		t.Fatalf("import: exit %d, want 069 kept as a copy of 072:\n%s%s", code, out, stderr)
	}
	out, stderr, code = runCLI(t, e, "", "ask", "By what vote did the General Assembly approve the resolution endorsing the compact?")
	if code != 0 {
		t.Fatalf("ask: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"152-5", "Los Angeles Times / AP, December 19, 2018", "also carried by agroim.com / AP — https://agroim.com/"} {
		if !strings.Contains(out, want) {
			t.Errorf("answer lacks %q:\n%s", want, out)
		}
	}
}
