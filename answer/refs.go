package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// References: "She was ultimately overruled by the president" is about
// Haley and Trump, and a question that names them should find it. For
// matching only, each sentence is credited with the names its personal
// pronouns and its "the <title>" phrases stand for within the article.

// personalPronouns refer to a person named before.
var personalPronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true, "his": true, "hers": true}

// maxAntecedentSentences is how many sentences back a pronoun's name is
// looked for: more resolves pronouns further from their name, and more
// often to the wrong person.
const maxAntecedentSentences = 3

// articles open the name of a thing ("the Global Compact"); a title
// before a person's name goes without one ("President Donald Trump").
var articles = map[string]bool{"the": true, "a": true, "an": true}

// titles maps a title written before a name in the article ("President
// Donald Trump") to that name, lowercased title first: "president" →
// "Donald Trump", the fullest form kept. A title used before two people's
// names is left out.
func titles(paragraphs []string) map[string]string {
	out := map[string]string{}
	clash := map[string]bool{}
	for _, p := range paragraphs {
		toks := text.Tokens(p)
		for i := 0; i+1 < len(toks); i++ {
			t := toks[i]
			if !startsUpper(t.Text) || t.Acronym || t.EndsSentence || !startsUpper(toks[i+1].Text) {
				continue
			}
			if i > 0 && articles[strings.ToLower(toks[i-1].Text)] {
				// "the Global Compact", "the General Assembly": the name
				// of a thing, not a title before a person's name.
				continue
			}
			j := i + 1
			for j < len(toks) && startsUpper(toks[j].Text) && !toks[j].Acronym {
				if toks[j].EndsSentence {
					j++
					break
				}
				j++
			}
			if j-i < 2 {
				continue
			}
			title := strings.ToLower(t.Text)
			if text.IsStopWord(text.English, title) {
				continue
			}
			name := joinTokens(toks[i+1 : j])
			switch prev, ok := out[title]; {
			case !ok || strings.HasSuffix(name, prev):
				out[title] = name
			case strings.HasSuffix(prev, name):
				// "President Trump" after "President Donald Trump"
			default:
				clash[title] = true
			}
			i = j - 1
		}
	}
	for t := range clash {
		delete(out, t)
	}
	return out
}

// subjectName returns the name a sentence opens with ("Haley had
// argued…", "Nikki Haley, the ambassador,…"), or "".
func subjectName(s string) string {
	toks := text.Tokens(s)
	j := 0
	for j < len(toks) && startsUpper(toks[j].Text) && !toks[j].Acronym {
		j++
		if toks[j-1].EndsSentence {
			break
		}
	}
	if j == 0 {
		return ""
	}
	first := strings.ToLower(toks[0].Text)
	if text.IsStopWord(text.English, first) || personalPronouns[first] {
		return ""
	}
	return joinTokens(toks[:j])
}

func joinTokens(toks []text.Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Text
	}
	return strings.Join(parts, " ")
}

// resolveRefs returns, for each of sents (a paragraph's sentences, after
// the sentences before), the names that its personal pronouns and "the
// <title>" phrases stand for; titled maps titles to names (see titles).
func resolveRefs(before, sents []string, titled map[string]string) [][]string {
	out := make([][]string, len(sents))
	all := append(append([]string(nil), before...), sents...)
	for i, s := range sents {
		toks := text.Tokens(s)
		pronoun := false
		for k, t := range toks {
			low := strings.ToLower(t.Text)
			if personalPronouns[low] {
				pronoun = true
			}
			if low == "the" && k+1 < len(toks) {
				next := toks[k+1]
				if next.Acronym && k+2 < len(toks) {
					next = toks[k+2] // "the U.S. president"
				}
				if name, ok := titled[strings.ToLower(next.Text)]; ok && !startsUpper(next.Text) {
					out[i] = append(out[i], name)
				}
			}
		}
		if !pronoun {
			continue
		}
		at := len(before) + i
		// The sentence's own subject, then the sentences before it.
		for back := 0; back <= maxAntecedentSentences && at-back >= 0; back++ {
			if name := subjectName(all[at-back]); name != "" {
				out[i] = append(out[i], name)
				break
			}
		}
	}
	return out
}
