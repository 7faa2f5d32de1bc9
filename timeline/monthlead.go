package timeline

// A page that shows only its month (a crawler's month-only prefix, kept
// by the import as published_month) is news of that month: its lead, when
// it gives no date of its own, is an event of the month ("2018-11"), as a
// dated page's lead is an event of its day. Bayerischer Rundfunk's
// "Souveränität und Gesetzgebung Deutschlands würden durch die
// Vereinbarung nicht berührt, so Merkel …" is Merkel's speech of November
// 2018, which no other page dates. The month also bounds how the page is
// otherwise dated: a weekday anchor (anchor.go) or the event its first
// paragraphs tell (eventanchor.go) is taken only within the month, and
// then gives the day. The lead joins an event of a day of that month that
// it repeats, in its language, as a dated page's lead joins one of its
// week (merge.go, reports).

// monthLead returns u's lead as an event of u's month, and whether u has
// a month and a lead.
func (u undated) monthLead() (candidate, bool) {
	if u.month.IsZero() || u.lead == 0 {
		return candidate{}, false
	}
	lead := u.sentences[u.lead-1]
	lead.date, lead.lead = dated{t: u.month, month: true}, true
	return lead, true
}

// inMonth returns the candidates of cs dated within u's month; all of
// them when u's month is unknown.
func (u undated) inMonth(cs []candidate) []candidate {
	if u.month.IsZero() {
		return cs
	}
	var out []candidate
	for _, c := range cs {
		if sameMonth(dated{t: u.month, month: true}, c.date) {
			out = append(out, c)
		}
	}
	return out
}

// sameMonth reports whether day (a day, not a month) lies in month's month.
func sameMonth(month, day dated) bool {
	return !day.month && day.t.Year() == month.t.Year() && day.t.Month() == month.t.Month()
}
