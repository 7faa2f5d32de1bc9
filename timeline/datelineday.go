package timeline

import (
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// Dateline returns the full date that opens the first paragraph of an
// article without a publication date ("December 4, 2017: Yesterday, …"),
// the day its report was written, as the timeline and Dater read it; false
// when there is none or the article is dated. The answers read an undated
// page's "yesterday" and "on Sunday" against it.
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
