package llm

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/gazetteer"
)

// modelArticle reads an article of testdata/model-articles as the
// importer wrote it: its paragraphs, numbered from 1 after the front
// matter.
func modelArticle(t *testing.T, path string) map[int]string {
	t.Helper()
	b, err := os.ReadFile("../testdata/model-articles/" + path)
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.SplitN(string(b), "---", 3)
	if len(parts) < 3 {
		t.Fatalf("%s: no front matter", path)
	}
	m := map[int]string{}
	for _, p := range strings.Split(parts[2], "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			m[len(m)+1] = p
		}
	}
	return m
}

// paragraphWith returns the number of the paragraph of paras holding s.
func paragraphWith(t *testing.T, paras map[int]string, s string) int {
	t.Helper()
	for n, p := range paras {
		if strings.Contains(p, s) {
			return n
		}
	}
	t.Fatalf("no paragraph holds %q", s)
	return 0
}

// TestOwnCountry: a claim naming the country a quote's "our" speaks for is
// kept when that country is the one the article names most, on AP's story
// on Austria (coverage page 083, carried by Fox News) and 9News's on
// Australia (page 093); before, the country was found nowhere in the
// quote's paragraph and the claim was removed. Another country for "our",
// and the article's country for a quote without "we" or "our", are still
// removed.
func TestOwnCountry(t *testing.T) {
	places := gazetteer.New()
	austria := modelArticle(t, "austria/083-foxnews-ap-austria.md")
	australia := modelArticle(t, "australia/093-9news-morrison.md")
	const (
		atDoc = "083-foxnews-ap-austria"
		auDoc = "093-9news-morrison"
	)
	m := paraMap{atDoc: austria, auDoc: australia}
	const sovereignty = "where we fear a danger to our national sovereignty"
	const right = "Migration is not and cannot become a human right"
	const borders = "I would never allow something to compromise our borders"
	for _, tt := range []struct {
		name  string
		claim quotedClaim
		keep  bool
	}{
		{"Austria's sovereignty", quotedClaim{"Kurz said some points pose a danger to Austria's national sovereignty", atDoc, paragraphWith(t, austria, sovereignty), sovereignty}, true},
		{"Germany's sovereignty", quotedClaim{"Kurz said some points pose a danger to Germany's national sovereignty", atDoc, paragraphWith(t, austria, sovereignty), sovereignty}, false},
		{"no we", quotedClaim{"Strache said migration cannot become a human right in Austria", atDoc, paragraphWith(t, austria, right), right}, false},
		{"Australia's borders", quotedClaim{"He would never allow something to compromise Australia's borders", auDoc, paragraphWith(t, australia, borders), borders}, true},
		{"New Zealand's borders", quotedClaim{"He would never allow something to compromise New Zealand's borders", auDoc, paragraphWith(t, australia, borders), borders}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ev := evidenceOver(paraMap{tt.claim.Article: m[tt.claim.Article]})
			ev.places = places
			res := checkQuoted([]quotedClaim{tt.claim}, ev)
			if shown := len(res.cites) > 0; shown != tt.keep {
				t.Errorf("structured: shown %v, want %v (%q)", shown, tt.keep, res.text)
			}
			ev = evidenceOver(paraMap{tt.claim.Article: m[tt.claim.Article]})
			ev.places = places
			inline := postCheck(tt.claim.Text+" [¶"+strconv.Itoa(tt.claim.Paragraph)+"].", ev)
			if shown := strings.Contains(inline.text, tt.claim.Text); shown != tt.keep {
				t.Errorf("inline: shown %v, want %v (%q)", shown, tt.keep, inline.text)
			}
		})
	}
}
