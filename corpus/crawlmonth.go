package corpus

import "strconv"

// A crawler's prefix that gives only a month (" date 2018-11") is no
// publication day, so the page stays undated for the answers; but the
// month is what the page's timeline can say of its news: Bayerischer
// Rundfunk's page on Merkel's speech in the budget debate, Türkiye
// Gazetesi's on the US mission's notice. The month is written to the front
// matter as published_month and read only by the timeline. It is checked
// as a crawler's day is: the text must name no later year (a year before
// it is background), and another article must show a date near it (a
// crawl stamp of 2024 on a 2017 story is refused).

// uncheckedCrawlMonth returns a crawler's month-only prefix (YYYY-MM) that
// the text does not contradict, for the importer to check against the
// other articles' dates; "" when the prefix is not a month or the text
// names a later year.
func uncheckedCrawlMonth(crawl, text string) string {
	return uncheckedCrawl(crawl, text, "2006-01")
}

// namesLaterYear reports whether text names a year after year: a crawler's
// stamp is then the crawl's, not the page's.
func namesLaterYear(text string, year int) bool {
	for _, m := range fourDigitYear.FindAllStringSubmatch(text, -1) {
		if y, _ := strconv.Atoi(m[1]); y > year {
			return true
		}
	}
	return false
}

// nearMonth reports whether month (YYYY-MM) lies within maxCrawlDrift of
// one of the other articles' dates, read from its middle day.
func nearMonth(month string, others []string) bool {
	return nearDate(month+"-15", others)
}
