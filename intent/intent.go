// Package intent reads what a question asks for beyond its words: a
// paragraph it names ("paragraph 7", "the last paragraph"), an article it
// names ("the Reuters piece"), a summary ("what is this about?", "what
// happened?"), or the dates of the reports it is about ("the latest", "since
// July 2018"). It is the one place that reads question intent; retrieval
// ranks passages by the question's words and knows nothing of it.
package intent

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// Intent is what a question asks for, besides an answer from its words.
type Intent struct {
	// Paragraph is the paragraph number the question names; valid when
	// HasParagraph is set and Last is not.
	Paragraph int
	// HasParagraph is set when the question names a paragraph.
	HasParagraph bool
	// Last is set when the named paragraph is "the last" one, whose
	// number depends on the article.
	Last bool
	// Docs are the IDs of the articles the question names, by outlet,
	// source label or ID, in library order.
	Docs []string
	// Summary is set when the question asks what the articles are about.
	Summary bool
	// Citation is set when the question asks how to cite an article ("a
	// proper citation for this", "how do I cite the Reuters piece?").
	Citation bool
	// Words is the question without the words that name an article
	// ("the Reuters piece" loses "Reuters"), for ranking passages by.
	Words string
	// Order is the publication order the question asks about (the
	// latest report, the earliest).
	Order Order
	// From and To bound the publication dates of the reports the
	// question asks about ("since July 2018", "before 2018"); zero when
	// unbounded. From is inclusive, To exclusive.
	From, To time.Time
}

var (
	paragraphRef = regexp.MustCompile(`(?i)(?:\bparagraph|\bpara\b\.?|¶)\s*(?:no\.?|number|#)?\s*(\d{1,5}|[a-z]+)\b`)
	ordinalRef   = regexp.MustCompile(`(?i)\b([a-z]+|\d{1,5}(?:st|nd|rd|th))\s+(?:paragraph|para|graf)\b`)
	// summaryRef matches a request for what an article is about.
	summaryRef = regexp.MustCompile(`(?i)\b(summar\w*|gist|overview|tl;?dr|main points?|key points?)\b|\b(article|story|piece|this|it)\s+(is\s+)?about\b|\bwhat\s+happened\b|\bwhat(\s+is|'s|’s)\s+going\s+on\b`)
	// citationRef matches a request for a reference to an article ("a
	// citation", "cite this"); "which sources does it cite" is not one.
	citationRef = regexp.MustCompile(`(?i)\bcite\s+(this|that|these|the|it|them|an?)\b|\b(citations?|bibliograph\w*|apa|mla)\b`)
)

// The words of paragraph references. They are English, as the prompts
// and the surfaces are.
var (
	ordinals = map[string]int{
		"first": 1, "opening": 1, "lead": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
		"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
		"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	}
	lastWords = map[string]bool{"last": true, "final": true, "closing": true}
)

// WithoutSummary returns q without the words that ask for a summary
// ("what happened", "the gist of"), so that what is left says whether the
// summary is of everything or of something ("what happened in Marrakech").
func WithoutSummary(q string) string {
	return summaryRef.ReplaceAllString(q, " ")
}

// Parse reads the intent of question q about the articles arts.
func Parse(q string, arts []footnote.Article) Intent {
	var in Intent
	in.Paragraph, in.Last, in.HasParagraph = paragraphOf(q)
	in.Docs, in.Words = namedArticles(q, arts, in.HasParagraph)
	in.Summary = summaryRef.MatchString(q)
	in.Citation = citationRef.MatchString(q)
	in.Order = orderOf(q)
	in.From, in.To = window(q)
	return in
}

// paragraphOf returns the paragraph number a question names: "paragraph
// 7", "¶9", "para 3", "paragraph seven", "the third paragraph"; "the last
// paragraph" sets last.
func paragraphOf(q string) (n int, last, ok bool) {
	if m := paragraphRef.FindStringSubmatch(q); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil {
			return n, false, true
		}
		if n, ok := text.NumberWord(text.English, m[1]); ok {
			return n, false, true
		}
	}
	for _, m := range ordinalRef.FindAllStringSubmatch(q, -1) {
		w := strings.ToLower(m[1])
		if n, ok := ordinals[w]; ok {
			return n, false, true
		}
		if n, err := strconv.Atoi(strings.TrimRight(w, "stndrh")); err == nil {
			return n, false, true
		}
		if lastWords[w] {
			return 0, true, true
		}
	}
	return 0, false, false
}

// minFoldedNameWords is the fewest words a publication's name needs to match
// a question in any case ("foreign policy"). A one-word name must be written
// as the outlet writes it, since many are everyday words ("Time", "Fortune"):
// "what time" must not restrict the answer to one magazine. Fewer misses a
// lowercase "reuters"; more would make "the hill" name an outlet.
const minFoldedNameWords = 2

// namedArticles returns the articles whose publication, source label or ID
// the question names as whole words, and the question without those words.
// A publication of several words matches in any case ("foreign policy"); a
// one-word publication, a label or an ID must be written as the article
// writes it ("Reuters", "FP", not "fp"), since short names in lower case are
// everyday words. A label that other articles' outlets or headlines write as
// a word ("UN", the initials of "UN News") names its article only when the
// question also names a paragraph (cites: "UN ¶4", as a citation shows it);
// elsewhere the question means what the headlines mean by it (see
// labelWrittenByOthers).
func namedArticles(q string, arts []footnote.Article, cites bool) (docs []string, rest string) {
	words := text.Words(q)
	if len(words) == 0 {
		return nil, q
	}
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = text.Fold(w.Text)
	}
	// A name is looked for only when its first word is one of the
	// question's: most of hundreds of articles' names are not, and
	// cutting each into words was most of reading a question's intent.
	written, foldedSet := make(map[string]bool, len(words)), make(map[string]bool, len(words))
	for i, w := range words {
		written[w.Text], foldedSet[folded[i]] = true, true
	}
	drop := make([]bool, len(words))
	// Many articles share a publication: each name is looked for once.
	type nameKey struct {
		text     string
		foldCase bool
	}
	tried := map[nameKey]bool{}
	for _, a := range arts {
		named := false
		for _, name := range [...]struct {
			text     string
			foldCase bool
			label    bool
		}{{a.Publication, true, false}, {a.Label, false, true}, {a.ID, false, false}} {
			first := firstWord(name.text)
			if first == "" || !name.foldCase && !written[first] || name.foldCase && !foldedSet[text.Fold(first)] {
				continue
			}
			if name.label && !cites && labelWrittenByOthers(a, arts) {
				continue
			}
			k := nameKey{name.text, name.foldCase}
			found, ok := tried[k]
			if !ok {
				foldCase := name.foldCase && len(text.Words(name.text)) >= minFoldedNameWords
				found = markPhrase(words, folded, name.text, foldCase, drop)
				tried[k] = found
			}
			named = named || found
		}
		if named {
			docs = append(docs, a.ID)
		}
	}
	if len(docs) == 0 {
		return nil, q
	}
	var b strings.Builder
	last := 0
	for i, w := range words {
		if drop[i] {
			b.WriteString(q[last:w.Start])
			b.WriteByte(' ')
			last = w.End
		}
	}
	b.WriteString(q[last:])
	return docs, strings.Join(strings.Fields(b.String()), " ")
}

// labelWrittenByOthers reports whether a's source label is a word, as
// written, of another article: of its outlet, its headline or its text.
// A label is made by the program from the outlet's initials ("UN" for "UN
// News", "FP" for "Foreign Policy"); one that other articles write is a
// name of what they report on, and a question writing it ("On what day did
// the US tell the UN …?", "… the UN migration pact?") asks about that, not
// about one outlet; read as the label, it kept one outlet's article and
// left the question unanswered. The outlet's own name still names it
// ("according to UN News"), and so does the label next to a paragraph
// reference ("UN ¶4"). ¶0 is left out: its dateline and link repeat
// outlets' names. Only the labels a question writes are looked for.
func labelWrittenByOthers(a footnote.Article, arts []footnote.Article) bool {
	writes := func(field string) bool {
		if !strings.Contains(field, a.Label) {
			return false // most fields: no word to cut
		}
		for w := range text.AllWords(field) {
			if w.Text == a.Label {
				return true
			}
		}
		return false
	}
	for _, b := range arts {
		if b.ID == a.ID {
			continue
		}
		if writes(b.Publication) || writes(b.Title) {
			return true
		}
		for _, p := range b.Paragraphs {
			if p.N != 0 && writes(p.Text) {
				return true
			}
		}
	}
	return false
}

// firstWord returns the first word of name as text.Words cuts it, ""
// when it has none.
func firstWord(name string) string {
	start := -1
	for i, r := range name {
		switch {
		case text.IsWordRune(r) && start < 0:
			start = i
		case !text.IsWordRune(r) && start >= 0:
			return name[start:i]
		}
	}
	if start < 0 {
		return ""
	}
	return name[start:]
}

// markPhrase finds name's words as consecutive words of the question
// ("The Seattle Times / AP" in "the seattle times AP"; folded holds the
// question's words folded) and marks them in drop; it reports whether it
// found them.
func markPhrase(words []text.Word, folded []string, name string, foldCase bool, drop []bool) bool {
	parts := text.Words(name)
	if len(parts) == 0 || len(parts) > len(words) {
		return false
	}
	want := make([]string, len(parts))
	for i, p := range parts {
		want[i] = p.Text
		if foldCase {
			want[i] = text.Fold(p.Text)
		}
	}
	found := false
	for i := 0; i+len(parts) <= len(words); i++ {
		ok := true
		for j := range parts {
			got := words[i+j].Text
			if foldCase {
				got = folded[i+j]
			}
			if got != want[j] {
				ok = false
				break
			}
		}
		if ok {
			found = true
			for j := range parts {
				drop[i+j] = true
			}
		}
	}
	return found
}

// Resolve picks the article a paragraph reference is about: the one the
// question names, else the one the conversation is about (convo, the
// articles its last answer cited), else the only article that has such a
// paragraph. It returns the candidates when several fit and none of these
// settles it, so that the surface can ask which one.
func (in Intent) Resolve(arts []footnote.Article, convo []string) (doc string, candidates []string) {
	has := func(id string) bool {
		for _, a := range arts {
			if a.ID == id {
				return in.Last || in.Paragraph < len(a.Paragraphs)
			}
		}
		return false
	}
	for _, pool := range [][]string{in.Docs, convo} {
		var fit []string
		for _, id := range pool {
			if has(id) && !slices.Contains(fit, id) {
				fit = append(fit, id)
			}
		}
		if len(fit) == 1 {
			return fit[0], nil
		}
		if len(fit) > 1 {
			return "", fit
		}
	}
	var fit []string
	for _, a := range arts {
		if has(a.ID) {
			fit = append(fit, a.ID)
		}
	}
	if len(fit) == 1 {
		return fit[0], nil
	}
	return "", fit
}
