package timeline

import (
	"strings"

	dateparser "github.com/markusmobius/go-dateparser"

	"github.com/footnote-bot/footnote/text"
)

// The parser's match can run on into the function words after a date and
// read them as part of it: in "The U.S. announcement came just before the
// start Monday of a global conference on migration" (VOA) it matches
// "Monday of a" and reads a month ("a" as one, January), which is refused,
// so the sentence named no day at all. A match the finder refuses is read
// again without its trailing function words (a closed class per
// language), so "Monday" stands alone; a match that is a date as it is
// never changes.

// maxTrailingWords bounds how many function words are dropped from the
// end of a refused match: "of a", "de la", "of the" are two; more would be
// a clause, not a date's tail.
const maxTrailingWords = 2

// withoutTrailing returns the date the match r gives once its trailing
// function words are dropped, the words read, and whether it gives one.
func (f dateFinder) withoutTrailing(s string, r dateparser.SearchResult) (dated, string, bool) {
	words := text.Words(r.Text)
	end := len(words)
	for end > 1 && len(words)-end < maxTrailingWords {
		w := strings.ToLower(text.Fold(words[end-1].Text))
		if !text.IsStopWord(f.lang, w) && !text.IsStopWord(text.English, w) {
			break
		}
		end--
	}
	if end == len(words) {
		return dated{}, "", false
	}
	head := r.Text[:words[end-1].End]
	_, found, err := dateparser.Search(f.cfg, head)
	if err != nil {
		return dated{}, "", false
	}
	for _, x := range found {
		if strings.TrimSpace(x.Text) != strings.TrimSpace(head) {
			continue // only the whole head, as the parser read it before
		}
		if d, ok := f.accept(s, x); ok {
			return d, x.Text, true
		}
	}
	return dated{}, "", false
}
