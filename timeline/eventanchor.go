package timeline

import "time"

// An undated page that names no weekday is not anchored (anchor.go), yet
// it may tell, in other words or another language, an event a dated
// article dates: Cadena Política's "En la reunión preparatoria hacia el
// Pacto Global en Puerto Vallarta, Videgaray señaló …" tells the meeting
// the UN's press release of 4 December opens. Such a page is news of that
// event, so its first sentence (its lead, when it gives no date of its
// own) is taken as news of the event's day: "El canciller Luis Videgaray
// lamentó la salida …". As a dated article's lead, it joins an event it
// repeats of that day or the week before (maxLeadLag), and stands as an
// event of the day otherwise.
//
// What tells the page's news, not its background, is narrowed five ways:
// the sentence is in the page's first paragraphs (maxNewsParagraph); it
// shares with the dated one a word beyond the story's common words
// (rarity: "Lajcak was President of the … General Assembly when the
// migration pact was adopted" shares only the story's vocabulary with
// Lajcak's regret); it names no other day than the event's (agrees); and
// the lead shares such a word with it too, so that a notice the page
// opens with ("Originally posted by the Voice of America.") is not dated.
// Only sentences that give their own day date the page: a dated article's
// lead is dated by its publication, which may be days after what it
// tells. When sentences point to two days equally, none is taken.

// maxNewsParagraph is the last body paragraph (1 is the first) whose
// sentences may date an undated page by the event they tell: a news page
// tells its news in its first two paragraphs and its background after
// (Reuters' Slovakia page recalls Lajcak's presidency of the General
// Assembly in its sixth). Higher dates pages by their background; lower
// misses a lead paragraph that is only a headline-like sentence.
const maxNewsParagraph = 2

// storyWords is the story's common words and cross-language keys
// (rarity), of the dated sentences.
type storyWords struct{ words, keys rarity }

func newStoryWords(cands []candidate) storyWords {
	return storyWords{newRarity(cands), rarityOf(cands, func(x candidate) map[string]struct{} { return x.keys })}
}

// sharesTelling reports whether x and y share a word (in one language) or
// a key (in two) beyond the story's common ones.
func (s storyWords) sharesTelling(x, y candidate) bool {
	if x.lang != y.lang {
		return s.keys.sharesTelling(x.keys, y.keys)
	}
	return s.words.sharesTelling(x.words, y.words)
}

// leadOfEvent returns u's lead dated by the day of an event one of u's
// first sentences tells (sameEvent) with a dated sentence of another
// article in known, and whether there is one (see above).
func (u undated) leadOfEvent(known []candidate, common storyWords) (candidate, bool) {
	if u.lead == 0 {
		return candidate{}, false
	}
	lead := u.sentences[u.lead-1]
	votes := map[time.Time]int{}
	for _, s := range u.sentences {
		if s.cite.Paragraph > maxNewsParagraph {
			continue
		}
		if s.cite != lead.cite && !common.sharesTelling(s, lead) {
			continue
		}
		days := map[time.Time]bool{}
		for _, c := range known {
			if c.date.month || c.lead || c.cite.Doc == s.cite.Doc || days[c.date.t] {
				continue
			}
			if sameEvent(s, c) && (s.lang == c.lang || shared(s.keys, c.keys) >= minAnchorShared) && common.sharesTelling(s, c) && u.agrees(s.cite.Quote, c.date.t) {
				days[c.date.t] = true
				votes[c.date.t]++
			}
		}
	}
	var day time.Time
	tie := false
	for t, n := range votes {
		switch {
		case n > votes[day]:
			day, tie = t, false
		case n == votes[day]:
			tie = true
		}
	}
	if day.IsZero() || tie {
		return candidate{}, false
	}
	lead.date, lead.lead = dated{t: day}, true
	return lead, true
}

// agrees reports whether sentence s, read against day, names no other day
// or month: "MARRAKECH, Morocco, 11 December – The two-day
// Intergovernmental Conference that adopted the Global Compact …" shares
// the words of the Puerto Vallarta meeting's opening of 4 December but is
// not of that day, and "…, das im September letzten Jahres in New York …
// verabschiedet wurde" is not of the September its words share.
func (u undated) agrees(s string, day time.Time) bool {
	f := newDateFinder(u.lang, day)
	f.anchored = true
	d, ok := f.find(s)
	if !ok {
		return true
	}
	if d.month {
		return d.t.Year() == day.Year() && d.t.Month() == day.Month()
	}
	return d.t.Equal(day)
}
