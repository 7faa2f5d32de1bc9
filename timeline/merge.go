package timeline

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
)

// sameEventOverlap is the share of the shorter sentence's content words
// two sentences of the same date must share to be one event: lower merges
// different events of a busy day, higher lists one event once per outlet.
const sameEventOverlap = 0.5

// disputeOverlap is the share two sentences of different dates must share
// to be one event reported with different dates: higher than
// sameEventOverlap, since a day apart is usually a different event.
const disputeOverlap = 0.7

// maxLeadLag is how long before its article's publication an event may
// be that the article's first sentence repeats: a lead is news of its day,
// so the event it tells is of that day or of the week before (APP's "Dec 4"
// lead tells Lajcak's statement of the 3rd, IISD's of 7 December the
// meeting opened on the 4th). Longer lets a headline that shares a few
// words of the coverage ("Poland should quit UN migration pact", 9
// October) join an event of another month (Belgium's coalition quitting
// over the "UN migration pact", 9 December); shorter leaves a weekly's
// lead apart from the event it reports.
const maxLeadLag = 7 * 24 * time.Hour

// reports reports whether a lead published on pub can repeat an event of
// day: that day or within maxLeadLag before; a day of the month when only
// pub's month is known (monthlead.go).
func reports(pub, day dated) bool {
	if pub.month {
		return sameMonth(pub, day)
	}
	return !day.t.After(pub.t) && pub.t.Sub(day.t) <= maxLeadLag
}

// maxCitations bounds the citations shown per date of an event: enough to
// show it is widely reported, few enough to read.
const maxCitations = 5

// maxSummaryRunes bounds an event's one-line summary: a line in Discord.
const maxSummaryRunes = 200

// cluster is one event: its sentences, grouped by the date they give.
type cluster struct {
	byDate map[string][]candidate
	rep    candidate // the sentence that stands for it
}

func (c *cluster) add(x candidate) {
	k := x.date.String()
	c.byDate[k] = append(c.byDate[k], x)
}

// docs returns the articles that report the event, any date.
func (c *cluster) docs() []string {
	var out []string
	for _, xs := range c.byDate {
		for _, x := range xs {
			if !slices.Contains(out, x.cite.Doc) {
				out = append(out, x.cite.Doc)
			}
		}
	}
	return out
}

// merge groups candidates into events: sentences of one date sharing most
// of their words are one event, and so are sentences of different dates
// sharing nearly all (a disputed event); sentences of one date in two
// languages are one event when they share their names, numbers and roots
// (sameAcrossLanguages). A first sentence dated only by its
// article's publication joins an event it repeats, whatever its date.
func merge(cands []candidate, weights rarity) []*cluster {
	var out []*cluster
	find := func(x candidate) *cluster {
		var best *cluster
		bestScore := 0.0
		for _, c := range out {
			same := c.rep.date == x.date
			if x.lang != c.rep.lang {
				// Told in another language: only of the same date.
				if o, ok := sameAcrossLanguages(x, c.rep); ok && same && o > bestScore {
					best, bestScore = c, o
				}
				continue
			}
			o := overlap(x.words, c.rep.words)
			if !weights.sharesTelling(x.words, c.rep.words) {
				continue
			}
			if !same && !x.lead && (o < disputeOverlap || c.rep.lead) {
				continue
			}
			if x.lead && !same && !reports(x.date, c.rep.date) {
				continue
			}
			if o >= sameEventOverlap && o > bestScore {
				best, bestScore = c, o
			}
		}
		if best != nil || x.lead {
			return best
		}
		// A telling joins an event that one of the event's other tellings
		// of its date and language tells as it does: Radio-Canada's "C'est
		// la mission américaine … qui en a fait l'annonce samedi" joins the
		// US mission's notice through VOV's French telling, where it shares
		// too few roots with the English one that stands for the event.
		for _, c := range out {
			for _, y := range c.byDate[x.date.String()] {
				if y.lang != x.lang || y.cite == c.rep.cite || y.lead {
					continue
				}
				o := overlap(x.words, y.words)
				if o >= sameEventOverlap && o > bestScore && weights.sharesTelling(x.words, y.words) {
					best, bestScore = c, o
				}
			}
		}
		return best
	}
	for _, lead := range []bool{false, true} {
		for _, x := range cands {
			if x.lead != lead {
				continue
			}
			if c := find(x); c != nil {
				if x.lead && c.rep.date != x.date {
					x.date = c.rep.date
				}
				c.add(x)
				continue
			}
			c := &cluster{byDate: map[string][]candidate{}, rep: x}
			c.add(x)
			out = append(out, c)
		}
	}
	return out
}

// overlap is the share of the smaller set's words that the other holds.
func overlap(a, b map[string]struct{}) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	return float64(shared(a, b)) / float64(len(a))
}

// event renders the cluster: its date is the one most articles give, and
// every other date makes it disputed.
func (c *cluster) event() Event {
	dates := make([]string, 0, len(c.byDate))
	for d := range c.byDate {
		dates = append(dates, d)
	}
	slices.SortFunc(dates, func(a, b string) int {
		if n := len(docsOf(c.byDate[b])) - len(docsOf(c.byDate[a])); n != 0 {
			return n
		}
		return strings.Compare(a, b)
	})
	ev := Event{Date: dates[0], Text: shorten(unglued(c.summary(dates[0]))), Citations: citations(c.byDate[dates[0]]), Versions: []Version{}}
	if len(dates) > 1 {
		ev.Disputed = true
		for _, d := range dates {
			ev.Versions = append(ev.Versions, Version{Date: d, Citations: citations(c.byDate[d])})
		}
	}
	return ev
}

// summary returns the sentence of date d that shares the most words with
// the event's other sentences: the plainest telling of it. A sentence
// whose dateline names another day, or a headline the import cut ("…"), is
// taken only when no other tells the event: "7 December 2017: A three-day
// meeting … kicked off" under the 4th reads as a contradiction, a cut
// headline as a sentence left unfinished.
func (c *cluster) summary(d string) candidate {
	xs := c.byDate[d]
	best, bestScore := xs[0], -1.0
	poor := func(x candidate) bool {
		return !x.filed.t.IsZero() && x.filed.String() != d || strings.HasSuffix(x.cite.Quote, "…")
	}
	plain := slices.ContainsFunc(xs, func(x candidate) bool { return !poor(x) })
	for i, x := range xs {
		if plain && poor(x) {
			continue
		}
		score := 0.0
		for j, y := range xs {
			if i != j {
				score += overlap(x.words, y.words)
			}
		}
		if score > bestScore {
			best, bestScore = x, score
		}
	}
	return best
}

func docsOf(xs []candidate) []string {
	var out []string
	for _, x := range xs {
		if !slices.Contains(out, x.cite.Doc) {
			out = append(out, x.cite.Doc)
		}
	}
	return out
}

// citations returns one citation per article, at most maxCitations.
func citations(xs []candidate) []footnote.Citation {
	var out []footnote.Citation
	seen := map[string]bool{}
	for _, x := range xs {
		if seen[x.cite.Doc] || len(out) == maxCitations {
			continue
		}
		seen[x.cite.Doc] = true
		out = append(out, x.cite)
	}
	return out
}

// shorten cuts s to maxSummaryRunes at a word boundary.
func shorten(s string) string {
	if utf8.RuneCountInString(s) <= maxSummaryRunes {
		return s
	}
	if q, ok := shortenQuoted(s, maxSummaryRunes); ok {
		return q // its speaker kept (attribution.go)
	}
	r := []rune(s)[:maxSummaryRunes]
	cut := strings.LastIndexByte(string(r), ' ')
	if cut <= 0 {
		return string(r) + "…"
	}
	return strings.TrimRight(string(r)[:cut], " ,;:") + "…"
}

// shared is how many words a and b have in common.
func shared(a, b map[string]struct{}) int {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if _, ok := b[w]; ok {
			n++
		}
	}
	return n
}
