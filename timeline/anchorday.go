package timeline

import (
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// AnchoredDays returns the days the sentences of the undated articles of
// arts name by a weekday, read near the day of an event the article shares
// with a dated one (see anchored), keyed by the sentence's citation: its
// article, paragraph and text as quoted. A sentence of a dated article, or
// of an undated one no event anchors, is not in it. The answers read an
// undated page's "said on Sunday" by it, as the timeline does.
func AnchoredDays(arts []footnote.Article) map[footnote.Citation]time.Time {
	det := text.NewDetector()
	var known []candidate
	var pending []undated
	for _, a := range arts {
		c, u := candidates(a, det)
		known = append(known, c...)
		if len(u.sentences) > 0 {
			pending = append(pending, u)
		}
	}
	out := map[footnote.Citation]time.Time{}
	for _, u := range pending {
		for _, s := range u.anchored(known) {
			out[s.cite] = s.date.t
		}
	}
	return out
}

// Dateline returns the full date that opens the first paragraph of an
// article without a publication date ("December 4, 2017: Yesterday, …"),
// the day its report was written, as the timeline and Dater read it; false
// when there is none or the article is dated.
func Dateline(a footnote.Article) (time.Time, bool) {
	if !a.Published.IsZero() {
		return time.Time{}, false
	}
	lang := text.Lang(a.Language)
	if lang == text.Unknown {
		lang = text.English
	}
	t := dateline(a, string(lang))
	return t, !t.IsZero()
}
