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

// writtenInitials marks, among a paragraph's words, an initialism it
// writes ("U.S.", "UN") rather than one made from a run of its names
// ("United Nations"). A claim's run of names may meet only the first kind
// by its initials: "United States" meets "U.S.", but "Nancy Hale" doesn't
// meet "Nikki Haley", nor "Foreign Minister Peter Sziklai" "Foreign
// Minister Peter Szijjarto", though their initials are the same. A
// claim's "UN" meets either.
const writtenInitials = "="

// maxWrittenInitials is the longest all-capital word taken for an
// initialism a paragraph writes ("UN", "NATO", "UNHCR"); a longer one is
// a word in capitals.
const maxWrittenInitials = 5

// writtenInitialism reports whether word is an initialism written in
// capitals: two to maxWrittenInitials letters ("UN", "NATO", "UNHCR").
func writtenInitialism(word string) bool {
	n := utf8.RuneCountInString(word)
	return n >= 2 && n <= maxWrittenInitials && text.IsAllCaps(word)
}

// addSourceAliases adds to each of sets the initialisms of ws (words of
// s): dotted initials joined ("U.S." -> "us") and the initials of runs of
// two or more capitalised words ("United Nations" -> "un"); and each
// initialism ws write (dotted, or a word in capitals) once more, marked
// with writtenInitials.
//
// folded are the words of ws, folded.
func addSourceAliases(s string, ws []text.Word, folded []string, sets ...map[string]struct{}) {
	add := func(w string) {
		for _, set := range sets {
			set[w] = struct{}{}
		}
	}
	for _, r := range aliasRuns(s, ws, folded) {
		add(r.form)
		if r.dotted {
			add(writtenInitials + r.form)
			continue
		}
		// A name may open a longer one: "United Nations General
		// Assembly" is the "UN"'s assembly.
		initials := []rune(r.form)
		for k := 2; k < len(initials); k++ {
			add(string(initials[:k]))
		}
	}
	for _, w := range ws {
		if writtenInitialism(w.Text) {
			add(writtenInitials + text.Fold(w.Text))
		}
	}
}

// aliasRun is an initialism and the words ws[i:j] it stands for.
type aliasRun struct {
	i, j   int
	form   string
	dotted bool // written with dots ("U.S."), not spelled out
}

// aliasRuns returns the initialisms of ws, words of s, whose folded forms
// are folded.
func aliasRuns(s string, ws []text.Word, folded []string) []aliasRun {
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
		// between them; a function word ("The" opening a sentence) starts
		// none: "The Obama" is not "to".
		j = i
		for j < len(ws) && !(j == i && stopwords[folded[j]]) && capitalised(ws[j].Text) && (j == i || strings.TrimSpace(s[ws[j-1].End:ws[j].Start]) == "") {
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

// nameForms are the other ways an article writes its names.
type nameForms struct {
	// titles maps a title the article writes before a name and also
	// lower-case on its own ("president") to that name ("trump").
	titles map[string]string
	// given maps a name written only before another ("donald", "nikki")
	// to it ("trump", "haley").
	given map[string]string
	// lower is titles and given together (see lowerForms), made once.
	lower map[string]string
}

// leadParagraphs is how many of an article's first paragraphs (the header
// included) namesFor reads besides the retrieved ones: news writes a
// name in full, with its title, where it first mentions it, mostly in the
// lead. More finds more forms; fewer costs less for every answer.
const leadParagraphs = 4

// namesFor returns the name forms of an article (see namesOf), read from
// its retrieved paragraphs and, when the library has it, its lead.
func (e *evidence) namesFor(doc string) nameForms {
	if t, ok := e.names[doc]; ok {
		return t
	}
	var texts []string
	retrieved := map[int]bool{}
	for _, s := range e.sources {
		if s.p.Doc == doc {
			retrieved[s.p.N] = true
			if s.p.N != 0 { // a header's title case: see below
				texts = append(texts, s.p.Text)
			}
		}
	}
	if e.lib != nil {
		for _, a := range e.lib.Articles() {
			if a.ID != doc {
				continue
			}
			for _, p := range a.Paragraphs[:min(leadParagraphs, len(a.Paragraphs))] {
				// A header's title case runs a title into the words after
				// the name ("President Trump Overrules Deputy"): its runs
				// name nobody, so the header is never read for names.
				if !retrieved[p.N] && p.N != 0 {
					texts = append(texts, p.Text)
				}
			}
		}
	}
	t := namesOf(texts)
	t.lower = t.lowerForms()
	e.names[doc] = t
	return t
}

// namesOf finds the capitalised words an article writes before a name
// ("President Trump", "Ambassador Nikki Haley", "Donald Trump") and maps
// each to the name's last word, folded: a title that the article also
// writes lower-case ("the president") to titles, a word it never writes
// lower-case to given. A word that precedes several names is left out.
func namesOf(texts []string) nameForms {
	names := map[string]string{}
	words := make([][]text.Word, len(texts))
	for k, s := range texts {
		ws := text.Words(s)
		words[k] = ws
		for i, w := range ws {
			if !capitalised(w.Text) || i+1 >= len(ws) || !capitalised(ws[i+1].Text) || s[w.End:ws[i+1].Start] != " " {
				continue
			}
			f := text.Fold(w.Text)
			if stopwords[f] {
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
	// Which of them the article also writes lower-case: only those words
	// are looked at, so the rest of the article isn't folded.
	lower := map[string]bool{}
	for _, ws := range words {
		for _, w := range ws {
			if capitalised(w.Text) {
				continue
			}
			if _, ok := names[w.Text]; ok {
				lower[w.Text] = true
			} else if l := strings.ToLower(w.Text); l != w.Text {
				if _, ok := names[text.Fold(l)]; ok {
					lower[text.Fold(l)] = true
				}
			}
		}
	}
	out := nameForms{titles: map[string]string{}, given: map[string]string{}}
	for t, n := range names {
		switch {
		case n == "":
		case lower[t]:
			out.titles[t] = n
		default:
			out.given[t] = n
		}
	}
	return out
}

// named reports whether the name fact f is, in src, what a title stands
// for ("the president" for "Trump"), or the rest of a name src writes
// in part ("Stephen" of "Miller").
func (a analysis) named(f fact, src *source) bool {
	if a.names == nil {
		return false
	}
	forms := a.names(src.p.Doc)
	if n, ok := forms.given[f.folded]; ok {
		if _, in := src.words[n]; in {
			return true
		}
	}
	for title, name := range forms.titles {
		if name == f.folded {
			if _, ok := src.words[title]; ok {
				return true
			}
		}
	}
	return false
}
