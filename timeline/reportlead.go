package timeline

// A dated page's first sentence is news of its day when it gives no date
// of its own (events.go), yet a report is often filed the day after what
// it tells: El Economista's and Cadena Política's pages on Videgaray at the
// Puerto Vallarta opening (4 December 2017) are of the 4th and the 5th, and
// Diari de Girona's Catalan report of Italy staying away from Marrakech
// (28 November 2018) of the 29th. As for an undated page (eventanchor.go),
// when the sentences of its first paragraphs that give no date tell, with
// the lead, an event another article dates by its own words, the lead is
// news of that event's day; only an earlier day within maxLeadLag is
// taken, as a lead repeats an event of its day or the week before
// (merge.go), so a page's news is never moved ahead of the page, nor to
// its background of another month.

// redateReportLeads sets, in cands, the day of each dated page's lead (news,
// one per article, with the page's undated first sentences) to the day of
// the event its first paragraphs tell, when that day is before the lead's
// and within maxLeadLag (see above). Only sentences dated by their own
// words date a lead, so the leads moved here date no other.
func redateReportLeads(cands []candidate, news []undated, common storyWords) {
	moved := map[string]candidate{} // by article: its lead, re-dated
	for _, u := range news {
		if u.lead == 0 {
			continue
		}
		l, ok := u.leadOfEvent(cands, common)
		if !ok {
			continue
		}
		if pub := u.sentences[u.lead-1].date; l.date.t.Before(pub.t) && reports(pub, l.date) {
			moved[l.cite.Doc] = l
		}
	}
	for i, c := range cands {
		l, ok := moved[c.cite.Doc]
		if !ok || !c.lead {
			continue
		}
		// The title goes with the lead when it tells the same news (a
		// headline cut from the lead, "El canciller Luis Videgaray lamentó
		// la salida …"); one that says something else stays the page's.
		if c.cite == l.cite || (c.cite.Paragraph == 0 && common.sharesTelling(c, l)) {
			cands[i].date = l.date
		}
	}
}
