package llm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// A name is written several ways: "U.S.", "US" and "United States"; "U.N.",
// "UN" and "United Nations". aliases gives the short forms a text's words
// stand for, folded, so that a claim writing one form finds the other.

// aliases returns the initialisms of ws (words of s): dotted initials
// joined ("U.S." -> "us") and the initials of runs of two or more
// capitalised words ("United Nations" -> "un").
func aliases(s string, ws []text.Word) []string {
	runs := aliasRuns(s, ws)
	out := make([]string, len(runs))
	for i, r := range runs {
		out[i] = r.form
	}
	return out
}

// aliasRun is an initialism and the words ws[i:j] it stands for.
type aliasRun struct {
	i, j   int
	form   string
	dotted bool // written with dots ("U.S."), not spelled out
}

func aliasRuns(s string, ws []text.Word) []aliasRun {
	var out []aliasRun
	for i := 0; i < len(ws); {
		// Dotted initials: single capital letters separated by ".".
		j := i
		for j < len(ws) && isInitial(ws[j].Text) && (j == i || s[ws[j-1].End:ws[j].Start] == ".") {
			j++
		}
		if j-i >= 2 {
			var b strings.Builder
			for _, w := range ws[i:j] {
				b.WriteString(strings.ToLower(w.Text))
			}
			out = append(out, aliasRun{i, j, b.String(), true})
			i = j
			continue
		}
		// Runs of capitalised words on one line, without punctuation
		// between them.
		j = i
		for j < len(ws) && capitalised(ws[j].Text) && (j == i || strings.TrimSpace(s[ws[j-1].End:ws[j].Start]) == "") {
			j++
		}
		if j-i >= 2 && j-i <= maxAcronymWords {
			var b strings.Builder
			for _, w := range ws[i:j] {
				r, _ := utf8.DecodeRuneInString(w.Text)
				b.WriteRune(unicode.ToLower(r))
			}
			out = append(out, aliasRun{i, j, text.Fold(b.String()), false})
		}
		i = max(j, i+1)
	}
	return out
}

// maxAcronymWords bounds the capitalised run whose initials are taken: a
// longer run is a title, not a name with an acronym.
const maxAcronymWords = 4

func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && utf8.RuneCountInString(w) >= 2
}

// titlesFor returns the titles of an article (see titlesOf), read from
// the whole article when the library has it, else from its retrieved
// paragraphs.
func (e *evidence) titlesFor(doc string) map[string]string {
	if t, ok := e.titles[doc]; ok {
		return t
	}
	var texts []string
	if e.lib != nil {
		for _, a := range e.lib.Articles() {
			if a.ID == doc {
				for _, p := range a.Paragraphs {
					texts = append(texts, p.Text)
				}
			}
		}
	}
	if len(texts) == 0 {
		for _, s := range e.sources {
			if s.p.Doc == doc {
				texts = append(texts, s.p.Text)
			}
		}
	}
	t := titlesOf(texts)
	e.titles[doc] = t
	return t
}

// titlesOf finds the titles an article writes both before a name
// ("President Trump", "Ambassador Nikki Haley") and lower-case on their
// own ("the president"), and maps each to the name's last word, folded: a
// sentence saying "the president" speaks of Trump. A title that precedes
// several names is left out.
func titlesOf(texts []string) map[string]string {
	names := map[string]string{}
	lower := map[string]bool{}
	for _, s := range texts {
		ws := text.Words(s)
		for i, w := range ws {
			f := text.Fold(w.Text)
			if !capitalised(w.Text) {
				lower[f] = true
				continue
			}
			if stopwords[f] || i+1 >= len(ws) || !capitalised(ws[i+1].Text) || s[w.End:ws[i+1].Start] != " " {
				continue
			}
			j := i + 1
			for j+1 < len(ws) && capitalised(ws[j+1].Text) && s[ws[j].End:ws[j+1].Start] == " " {
				j++
			}
			name := text.Fold(ws[j].Text)
			if prev, ok := names[f]; ok && prev != name {
				name = ""
			}
			names[f] = name
		}
	}
	out := map[string]string{}
	for t, n := range names {
		if n != "" && lower[t] {
			out[t] = n
		}
	}
	return out
}

// titled reports whether the name fact f is what a title in src stands for
// ("the president" for "Trump").
func (a analysis) titled(f fact, src *source) bool {
	if a.titles == nil {
		return false
	}
	for title, name := range a.titles(src.p.Doc) {
		if name == f.folded {
			if _, ok := src.words[title]; ok {
				return true
			}
		}
	}
	return false
}
