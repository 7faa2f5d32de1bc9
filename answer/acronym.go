package answer

import (
	"strings"
	"unicode"

	"github.com/footnote-bot/footnote/text"
)

// minInitials is the fewest words a run of capitalised words needs to be
// written by its initials ("United States" → "US"): one word has none.
const minInitials = 2

// nameJoiners are the lowercase words that may stand inside a run of
// names without giving it a letter ("International Organization for
// Migration" → "IOM", "Secretary of State").
var nameJoiners = map[string]bool{"of": true, "for": true, "on": true}

// nameRuns returns, for each run of two or more capitalised words in s
// (a run's leading stop word, "The", left out), its initials in lowercase
// ("us" for "United States", "iom" for "International Organization for
// Migration") with the run's words, lowercased.
func nameRuns(s string) map[string][]string {
	out := map[string][]string{}
	toks := text.Tokens(s)
	flush := func(run []text.Token) {
		for len(run) > 0 && text.IsStopWord(text.English, strings.ToLower(run[0].Text)) {
			run = run[1:]
		}
		var initials strings.Builder
		var words []string
		for _, t := range run {
			if r := []rune(t.Text)[0]; unicode.IsUpper(r) {
				initials.WriteRune(unicode.ToLower(r))
			}
			words = append(words, strings.ToLower(t.Text))
		}
		if initials.Len() >= minInitials {
			out[initials.String()] = words
		}
	}
	var run []text.Token
	for i, t := range toks {
		upper := startsUpper(t.Text) && !t.Acronym && !text.IsAllCaps(t.Text)
		joining := len(run) > 0 && nameJoiners[t.Text] && i+1 < len(toks) && startsUpper(toks[i+1].Text)
		switch {
		case upper && len(run) > 0 && !toks[i-1].EndsSentence, joining:
			run = append(run, t)
		default:
			flush(run)
			run = nil
			if upper {
				run = append(run, t)
			}
		}
	}
	flush(run)
	return out
}

// personRunWords is how many words a run of names has when its last
// word alone may stand for it ("Benjamin Netanyahu" → "Netanyahu"):
// longer runs are mostly names of bodies and documents ("New York
// Declaration"), whose last word is common.
const personRunWords = 2

// nameRunOf returns the initials of the run of capitalised words of
// question q that holds word (lowercased), and, when the run is of
// personRunWords words and word is its first, the stem of its last word;
// "" for each it lacks.
func (e *Extractive) nameRunOf(q, word string) (initials, surname string) {
	for in, words := range nameRuns(q) {
		for i, w := range words {
			if w != word {
				continue
			}
			if len(words) == personRunWords && i == 0 {
				if st := e.ix.Stems(words[1]); len(st) == 1 {
					surname = st[0]
				}
			}
			return in, surname
		}
	}
	return "", ""
}

// writtenOtherwise reports whether a name of the question is among stems,
// or runs (the initials of runs of names, see nameRuns), written another
// way: a word of a run of names by the run's initials ("United States" by
// "US"), an acronym by the run of names it stands for ("UN" by "United
// Nations"), a first name by the surname alone.
func writtenOtherwise(t qterm, stems, runs map[string]bool) bool {
	if !t.Name {
		return false
	}
	return t.initials != "" && stems[t.initials] || t.surname != "" && stems[t.surname] || runs[t.Word] || heldAsLeadInitials(t, runs)
}

// heldAsInitials reports whether a name of the question is in sentence s
// or its paragraph written another way: a word of a run of names by the
// run's initials ("United States" by "US", "U.S."), an acronym by the run
// of names it stands for ("UN" by "United Nations"), a first name by the
// surname alone.
func heldAsInitials(t qterm, s sentence) bool {
	if t.initials != "" && (s.stems[t.initials] || s.ctx[t.initials]) {
		return true
	}
	if t.surname != "" && (s.stems[t.surname] || s.ctx[t.surname]) {
		return true // "Netanyahu" for "Benjamin Netanyahu"
	}
	if !t.Name || len(t.Word) < minInitials {
		return false
	}
	if s.para != nil {
		joined := s.para.joinedRuns()
		return joined[t.Word] || heldAsLeadInitials(t, joined)
	}
	runs := runInitials(strings.Join(s.all, " "))
	return runs[t.Word] || heldAsLeadInitials(t, runs)
}
