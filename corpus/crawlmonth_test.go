package corpus

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A crawler's month-only prefix is kept as published_month when the text
// names no later year and another article is dated near it; the page
// stays without a publication day (the answers never see a month as a
// day), and a month years off, or one a later year in the text
// contradicts, is dropped.
func TestCrawlMonthCheckedAgainstOtherArticles(t *testing.T) {
	in, docs := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(in, "000-month.txt"), []byte(" date 2017-12 The government said the country would leave the pact before its final approval, adding that it ran against the nation's security interests.\nOfficials in the capital declined to say when the decision had been taken or by whom, and the opposition called for a vote."), 0o644)
	os.WriteFile(filepath.Join(in, "001-far.txt"), []byte(" date 2024-01 The decision to withdraw will delight the government's political base, but will do little to improve its standing among developing countries.\nThe agency had always insisted that the agreement was never intended to be legally binding on any country that signed it."), 0o644)
	os.WriteFile(filepath.Join(in, "002-later.txt"), []byte(" date 2017-12 The minister said the talks would go on without the country until the conference of 2019 adopts a final text.\nDiplomats in the capital declined to say when the decision had been taken or by whom, and the opposition called for a vote."), 0o644)
	for _, g := range []string{"011-chinagate-xinhua-lajcak", "189-chicago666-forum-zh"} {
		copyFile(t, filepath.Join("testdata/coverage", g+".txt"), filepath.Join(in, g+".txt"))
	}
	outs, err := (&Importer{Dir: docs}).Import(context.Background(), []string{in})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range outs {
		if o.Status != Written {
			t.Fatalf("not written: %s", o)
		}
		want := map[string]string{"000-month": "2017-12"}[o.ID]
		if o.Draft.PublishedMonth != want || (want != "" && o.Draft.Published != "") {
			t.Errorf("%s: published %q, month %q; want no day and month %q", o.ID, o.Draft.Published, o.Draft.PublishedMonth, want)
		}
	}
	data, err := os.ReadFile(filepath.Join(docs, "000-month.md"))
	if err != nil || !bytes.Contains(data, []byte("published_month: 2017-12\n")) || bytes.Contains(data, []byte("published:")) {
		t.Fatalf("front matter lacks the month or has a day (%v):\n%s", err, data)
	}
	a, err := Parse("000-month.md", "000-month", data)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Published.IsZero() || !a.PublishedMonth.Equal(time.Date(2017, 12, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("parsed published %v, month %v; want none and December 2017", a.Published, a.PublishedMonth)
	}
}

func TestParseRejectsBadPublishedMonth(t *testing.T) {
	doc := "---\ntitle: \"A page\"\npublished_month: 2017-13\n---\n\nThe body of the page, one paragraph long.\n"
	if _, err := Parse("x.md", "x", []byte(doc)); err == nil {
		t.Error("published_month 2017-13 accepted")
	}
}
