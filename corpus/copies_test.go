package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUpdatedWireVersionKeepsTheFullerOne: two sites' versions of one AP
// story, the second updated (two paragraphs added, sentences reworded),
// are kept once whatever order they come in: the fuller version is the
// article and lists the other, which adds nothing, as its copy.
func TestUpdatedWireVersionKeepsTheFullerOne(t *testing.T) {
	short := "testdata/coverage/069-agroim-ap-ga-endorses.txt"
	full := "testdata/coverage/072-latimes-ap-ga-endorses.txt"
	for _, inputs := range [][]string{{short, full}, {full, short}} {
		docs := t.TempDir()
		outs, err := (&Importer{Dir: docs}).Import(context.Background(), inputs)
		if err != nil {
			t.Fatal(err)
		}
		lines := outcomeLines(outs)
		if !strings.Contains(lines, "069-agroim-ap-ga-endorses.txt: duplicate of 072-latimes-ap-ga-endorses") {
			t.Fatalf("inputs %v, outcomes:\n%s", inputs, lines)
		}
		if _, err := os.Stat(filepath.Join(docs, "069-agroim-ap-ga-endorses.md")); err == nil {
			t.Error("the shorter version was written as an article of its own")
		}
		md, _ := os.ReadFile(filepath.Join(docs, "072-latimes-ap-ga-endorses.md"))
		if !strings.Contains(string(md), `id: "069-agroim-ap-ga-endorses"`) || !strings.Contains(string(md), "Guterres welcomed") {
			t.Errorf("the fuller version does not list its copy or lost its text:\n%s", md)
		}
	}
}

// TestCopyAddingTextStaysAnArticle: a copy of a story is merged only when
// it adds nothing; one that adds a paragraph, or changes a figure, is
// kept as an article so that its text can be cited. Checked on an
// English and a Portuguese story.
func TestCopyAddingTextStaysAnArticle(t *testing.T) {
	for _, page := range []string{"011-chinagate-xinhua-lajcak.txt", "206-uol-efe-bolsonaro-pompeo.txt"} {
		raw, err := os.ReadFile(filepath.Join("testdata/coverage", page))
		if err != nil {
			t.Fatal(err)
		}
		d, err := ImportText(raw, ImportOptions{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		body := strings.Join(d.Paragraphs, "\n\n")
		added := body + "\n\nThe spokesman of the organisation told reporters on Friday that a second meeting would be held in Geneva next spring to settle the remaining questions.\n"
		renumbered := strings.Replace(body, firstNumber(t, body), "987654", 1)
		cases := map[string]struct {
			text   string
			merged bool
		}{
			"b-same.txt":       {"Home | World\n" + body + "\nShare this article\n", true},
			"c-added.txt":      {added, false},
			"d-renumbered.txt": {renumbered, false},
		}
		for name, c := range cases {
			in, docs := t.TempDir(), t.TempDir()
			copyFile(t, filepath.Join("testdata/coverage", page), filepath.Join(in, "a-original.txt"))
			if err := os.WriteFile(filepath.Join(in, name), []byte(c.text), 0o644); err != nil {
				t.Fatal(err)
			}
			outs, err := (&Importer{Dir: docs}).Import(context.Background(), []string{in})
			if err != nil {
				t.Fatal(err)
			}
			id := strings.TrimSuffix(name, ".txt")
			_, statErr := os.Stat(filepath.Join(docs, id+".md"))
			if merged := statErr != nil; merged != c.merged {
				t.Errorf("%s %s: merged %v, want %v:\n%s", page, name, merged, c.merged, outcomeLines(outs))
			}
		}
	}
}

// firstNumber returns the first run of digits in s.
func firstNumber(t *testing.T, s string) string {
	t.Helper()
	start := strings.IndexAny(s, "0123456789")
	if start < 0 {
		t.Fatal("no number in the text")
	}
	end := start
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	return s[start:end]
}

// TestStoryTextHolds: the word-run test on its own, in two languages.
func TestStoryTextHolds(t *testing.T) {
	en := newStoryText([]string{"The United Nations General Assembly endorsed a sweeping accord to ensure safe and orderly migration on Wednesday."})
	if !en.addsNothing([]string{"The United Nations General Assembly has endorsed a sweeping accord to ensure safe and orderly migration."}) {
		t.Error("a reworded English wire sentence adds something")
	}
	if en.addsNothing([]string{"Hungary's foreign minister said his country would never accept the accord, calling it a danger to Europe."}) {
		t.Error("a new English sentence adds nothing")
	}
	de := newStoryText([]string{"Die USA steigen aus dem UN-Flüchtlingsabkommen aus, teilte die Mission in New York mit."})
	if !de.addsNothing([]string{"Die USA steigen aus dem UN-Flüchtlingsabkommen aus, teilte die Mission in New York am Samstag mit."}) {
		t.Error("a reworded German sentence adds something")
	}
	if de.addsNothing([]string{"Amnesty International kritisierte den Schritt als kurzsichtig und gefährlich für Millionen Menschen."}) {
		t.Error("a new German sentence adds nothing")
	}
}
