package answer

import (
	"strings"
	"testing"
)

// coverageManifest holds coverage pages imported with the crawl's manifest:
// every header has a dateline ("Published by … on …") and a link.
const coverageManifest = "../testdata/coverage-manifest"

// A question about the news is not answered by the dateline or the link
// Footnote writes into a header, whose words (an outlet named after a
// country, a year in a link's path) it happens to share; a question about
// the article still is.
func TestPublicationLinesAnswerOnlyAboutTheArticle(t *testing.T) {
	e, _ := newExtractiveOn(t, coverageManifest)
	ask := asker(t, e)
	news := []struct {
		q, want string // want "" means refused
	}{
		// "Published by Permanent Mission of Italy, Geneva." held Italy and
		// an organisation for "who".
		{"Who must decide on the pact before Italy signs it, according to the Italian government?", "govern"},
		// The link's path ".../2018/12/global-compact-on-migration..." gave
		// a number for "how many".
		{"How many migrants reached Italy by sea in 2018?", ""},
	}
	for _, c := range news {
		a := ask(c.q)
		if strings.Contains(a.Text, "Published by") || strings.Contains(a.Text, "Link:") {
			t.Errorf("%q: answered with a header's dateline or link: %s", c.q, a.Text)
		}
		if c.want == "" && !a.Refused {
			t.Errorf("%q: want a refusal, got %s", c.q, a.Text)
		}
		if c.want != "" && !strings.Contains(strings.ToLower(a.Text), c.want) {
			t.Errorf("%q: want an answer saying %q, got %s", c.q, c.want, a.Text)
		}
	}
	about := []struct{ q, want string }{
		{"Which outlet published the statement of Italy's mission in Geneva?", "Published by Permanent Mission of Italy, Geneva"},
		{"link to the diari de girona article pls", "diaridegirona.cat"},
		{"When was the Diari de Girona article published?", "November 29, 2018"},
	}
	for _, c := range about {
		if a := ask(c.q); a.Refused || !strings.Contains(a.Text, c.want) {
			t.Errorf("%q: want an answer from the header saying %q, got %s", c.q, c.want, a.Text)
		}
	}
}
