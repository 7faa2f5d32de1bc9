package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	dateparser "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
)

var (
	fourDigitYear = regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)(?:\D|$)`)
	urlDate       = regexp.MustCompile(`/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|[^\d]|$)`)
	// urlDateRun is a date written as one run of eight digits in a path
	// segment ("…-20181219-story.html"), bounded by separators so that a
	// longer number (an ID) is not read as one.
	urlDateRun  = regexp.MustCompile(`[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?:[/_.-]|$)`)
	gluedDate   = regexp.MustCompile(`([,;|])(\S)|(\d)(\p{L})`)
	numericDate = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b`)
)

// maxDateLines bounds how many candidate lines the date finder parses: the
// date is near the top, and each parse costs regular-expression work in
// the page's language.
const maxDateLines = 12

// maxCrawlDrift is how far a crawler's date may lie from the nearest date
// another article shows for it to be believed: a year keeps the coverage
// of one event, and refuses a crawl stamp years off (2007 for a 2017 story).
const maxCrawlDrift = 366 * 24 * time.Hour

// dateEvidence is what a page offers about its publication date.
type dateEvidence struct {
	Meta      time.Time // from HTML metadata; zero when none
	Lines     []string  // short lines, in page order
	Openings  []string  // the paragraphs' openings, for a dateline
	URL       string
	CrawlDate string // a crawler's prefix, YYYY-MM[-DD]; checked, not trusted
	Language  string
	Text      string // the article's text, for the years it mentions
}

// findDate returns the publication date as YYYY-MM-DD, or "" when the
// page shows no full date. It takes HTML metadata first, then a date
// written in a short line or opening a paragraph (in the page's
// language, with an explicit year: "Updated 33 minutes ago" is not a
// publication date), then the URL's /YYYY/MM/DD/, then a crawler's prefix
// when it gives a day and the text mentions its year.
func findDate(ev dateEvidence) string {
	if !ev.Meta.IsZero() {
		return ev.Meta.Format("2006-01-02")
	}
	cfg := &dateparser.Configuration{
		StrictParsing:    true,
		DefaultLanguages: []string{"en"},
		CurrentTime:      time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	if ev.Language != "" && dateparser.IsKnownLocale(ev.Language) {
		cfg.Languages = []string{ev.Language, "en"}
	}
	tried := 0
	for i, group := range [][]string{ev.Lines, ev.Openings} {
		anchored := i == 1
		for _, l := range group {
			if !fourDigitYear.MatchString(l) {
				continue
			}
			if tried++; tried > maxDateLines {
				break
			}
			if d := dateIn(cfg, l, anchored, ev.Language); d != "" {
				return d
			}
		}
	}
	for _, re := range []*regexp.Regexp{urlDate, urlDateRun} {
		if m := re.FindStringSubmatch(urlPath(ev.URL)); m != nil {
			if d, ok := ymd(m[1], m[2], m[3]); ok {
				return d
			}
		}
	}
	if len(ev.CrawlDate) == len("2006-01-02") && mentionsYear(ev.Text, ev.CrawlDate[:4]) {
		return ev.CrawlDate
	}
	return ""
}

// uncheckedCrawlDate returns a crawler's full-day prefix that the text
// neither supports nor contradicts, for the importer to check against the
// dates of the other articles; "" when the prefix gives no day or the text
// names a later year. A year before the prefix's is background, no
// contradiction: AFP's Poland story of 2 November 2018 (110) names only
// "the 2015 migrant crisis", and its prefix had been dropped.
func uncheckedCrawlDate(crawl, text string) string {
	return uncheckedCrawl(crawl, text, "2006-01-02")
}

// uncheckedCrawl returns crawl when it is a stamp in layout (a day or a
// month) of a year after which text names none, else "".
func uncheckedCrawl(crawl, text, layout string) string {
	if len(crawl) != len(layout) {
		return ""
	}
	t, err := time.Parse(layout, crawl)
	if err != nil || namesLaterYear(text, t.Year()) {
		return ""
	}
	return crawl
}

// nearDate reports whether date (YYYY-MM-DD) lies within maxCrawlDrift of
// one of the others: a crawler's date is believed when the collection's
// own evidence puts articles around it.
func nearDate(date string, others []string) bool {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return false
	}
	for _, o := range others {
		u, err := time.Parse("2006-01-02", o)
		if err != nil {
			continue
		}
		if d := t.Sub(u); d <= maxCrawlDrift && d >= -maxCrawlDrift {
			return true
		}
	}
	return false
}

// dateIn returns the first full date written in l, or "" for none; when
// anchored, only a date that opens l counts (a dateline, not a date the
// text mentions).
func dateIn(cfg *dateparser.Configuration, l string, anchored bool, lang string) string {
	// "Xinhua,December 04, 2017" and "December 10, 2018The UN chief"
	// parse once their parts are apart.
	l = strings.TrimSpace(gluedDate.ReplaceAllString(l, "$1$3 $2$4"))
	if m := numericDate.FindStringIndex(l); m != nil && (!anchored || m[0] == 0) {
		if d := numericDMY(l, lang); d != "" {
			return d
		}
	}
	_, found, err := dateparser.Search(cfg, l)
	if err != nil {
		return ""
	}
	for _, r := range found {
		if anchored && !strings.HasPrefix(l, strings.TrimSpace(r.Text)) {
			return ""
		}
		if r.Date.Period == date.Day && fourDigitYear.MatchString(r.Text) {
			return r.Date.Time.Format("2006-01-02")
		}
	}
	return ""
}

// numericDMY reads dd/mm/yyyy, the order of every language but English
// (where mm/dd/yyyy is read, and a day over 12 settles it).
func numericDMY(l, lang string) string {
	m := numericDate.FindStringSubmatch(l)
	if m == nil {
		return ""
	}
	a, b := m[1], m[2]
	day, month := a, b
	if lang == "en" {
		day, month = b, a
		if n, _ := strconv.Atoi(a); n > 12 {
			day, month = a, b
		}
	}
	d, _ := ymd(m[3], month, day)
	return d
}

func ymd(y, m, d string) (string, bool) {
	yy, _ := strconv.Atoi(y)
	mm, _ := strconv.Atoi(m)
	dd, _ := strconv.Atoi(d)
	t := time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	if t.Year() != yy || int(t.Month()) != mm || t.Day() != dd {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

// mentionsYear reports whether the text names the year or the one before
// it (a story from January looks back on last year).
func mentionsYear(s, year string) bool {
	y, err := strconv.Atoi(year)
	if err != nil {
		return false
	}
	for _, m := range fourDigitYear.FindAllStringSubmatch(s, -1) {
		if n, _ := strconv.Atoi(m[1]); n == y || n == y-1 {
			return true
		}
	}
	return false
}

// urlPath is a link without its query and fragment, where tracking
// parameters carry other dates and numbers.
func urlPath(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		return u[:i]
	}
	return u
}
