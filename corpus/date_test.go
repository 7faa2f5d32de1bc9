package corpus

import "testing"

func TestFindDate(t *testing.T) {
	tests := []struct {
		name string
		ev   dateEvidence
		want string
	}{
		{"updated minutes ago is not the date", dateEvidence{Lines: []string{"Updated 33 minutes ago"}, Language: "en"}, ""},
		{"date before an update stamp", dateEvidence{Lines: []string{"July 18, 2018 / 11:30 AM / Updated 33 minutes ago"}, Language: "en"}, "2018-07-18"},
		{"day first outside English", dateEvidence{Lines: []string{"02/01/2019 15h08"}, Language: "pt"}, "2019-01-02"},
		{"month first in English", dateEvidence{Lines: []string{"12/03/2017"}, Language: "en"}, "2017-12-03"},
		{"glued to an agency name", dateEvidence{Lines: []string{"Xinhua,December 04, 2017 Adjust font size:"}, Language: "en"}, "2017-12-04"},
		{"glued to a paragraph", dateEvidence{Lines: []string{"December 10, 2018The UN chief said"}, Language: "en"}, "2018-12-10"},
		{"Spanish month name", dateEvidence{Lines: []string{"Publicado el 10 de diciembre de 2018"}, Language: "es"}, "2018-12-10"},
		{"German month name", dateEvidence{Lines: []string{"Stand: 19. Dezember 2018"}, Language: "de"}, "2018-12-19"},
		{"from the URL", dateEvidence{URL: "https://example.org/2017/12/03/story.html"}, "2017-12-03"},
		{"from a run of digits in the URL", dateEvidence{URL: "https://www.latimes.com/world/la-fg-united-nations-migration-20181219-story.html"}, "2018-12-19"},
		{"an ID is no date", dateEvidence{URL: "https://example.org/news/201812190042/story"}, ""},
		{"no date from the query", dateEvidence{URL: "https://example.org/story?d=20181219"}, ""},
		{"no such day", dateEvidence{URL: "https://example.org/a-20181399-b"}, ""},
		{"month alone is not a date", dateEvidence{Lines: []string{"December 2017"}, Language: "en"}, ""},
		{"crawl prefix the text supports", dateEvidence{CrawlDate: "2018-07-14", Text: "adopted in December 2018"}, "2018-07-14"},
		{"crawl prefix the text contradicts", dateEvidence{CrawlDate: "2024-01-15", Text: "in September 2016 the UN adopted"}, ""},
		{"crawl prefix without a day", dateEvidence{CrawlDate: "2017-12", Text: "in 2017"}, ""},
		{"nothing", dateEvidence{Lines: []string{"no date here"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findDate(tt.ev); got != tt.want {
				t.Errorf("findDate = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestUncheckedCrawlDate: a crawler's prefix is left for the importer to
// check against the other articles when the text names no year after it;
// an earlier year is background ("the 2015 migrant crisis"), a later one
// contradicts it.
func TestUncheckedCrawlDate(t *testing.T) {
	for _, tc := range []struct{ crawl, text, want string }{
		{"2018-11-02", "Poland and fellow eastern EU states rejected a plan, following the 2015 migrant crisis.", "2018-11-02"},
		{"2017-12-04", "UN General Assembly President Miroslav Lajcak has expressed regrets over a US decision.", "2017-12-04"},
		{"2007-08-20", "The US decision to withdraw from the compact agreed in 2018 will delight Trump's base.", ""},
		{"2018-11", "following the 2015 migrant crisis", ""},
	} {
		if got := uncheckedCrawlDate(tc.crawl, tc.text); got != tc.want {
			t.Errorf("uncheckedCrawlDate(%q, %q) = %q, want %q", tc.crawl, tc.text, got, tc.want)
		}
	}
}
