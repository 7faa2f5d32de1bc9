package retrieval

import (
	"strings"
	"sync"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// Term is one analysed word of a text.
type Term struct {
	// Word is the word as written, lowercased.
	Word string
	// Stem is the lowercased, stemmed form used for matching.
	Stem string
	// Name is true for a word that looks like a name or an acronym: written
	// with a capital letter somewhere other than at the start of a sentence,
	// or all in capitals.
	Name bool
	// Number is true for a word made of digits.
	Number bool
}

// extraStopWords are words that carry no topic in a question about an
// article: interrogative padding and the verbs people use to ask about a
// text. They are generic to questions about any article.
var extraStopWords = map[string]bool{
	"many": true, "much": true, "would": true, "could": true, "also": true,
	"article": true, "articles": true, "story": true, "piece": true, "text": true,
	"according": true, "say": true, "says": true, "said": true, "saying": true,
	"tell": true, "told": true, "mention": true, "mentioned": true, "mentions": true,
	"please": true, "question": true, "answer": true, "describe": true, "explain": true,
	"summarize": true, "summarise": true, "summary": true, "gist": true, "overview": true, "about": true,
	"paragraph": true, "paragraphs": true, "does": true, "did": true, "can": true,
	"anything": true, "something": true, "thing": true, "things": true,
	"us": true, // the pronoun; "US" and "U.S." are kept (see Analyzer.Terms)
}

// Analyzer turns text into terms: it splits words, joins dotted acronyms
// ("U.S." becomes "us"), drops English stop words and stems with the
// Snowball English stemmer. It caches stems and is safe for concurrent use.
type Analyzer struct {
	cache sync.Map // word -> stem
}

// NewAnalyzer returns an Analyzer.
func NewAnalyzer() *Analyzer { return &Analyzer{} }

// Terms analyses text.
func (a *Analyzer) Terms(text string) []Term {
	var out []Term
	sentenceStart := true
	forEachWord(text, func(w string, acronym, sentStart bool) {
		lower := strings.ToLower(w)
		allCaps := isAllCaps(w)
		isNum := isDigits(w)
		keep := acronym || allCaps
		if !keep && (english.IsStopWord(lower) || extraStopWords[lower] || (len(lower) < 2 && !isNum)) {
			sentenceStart = sentStart
			return
		}
		t := Term{Word: lower, Stem: a.stem(lower, acronym || allCaps), Number: isNum}
		first, _ := firstRune(w)
		t.Name = acronym || allCaps || (unicode.IsUpper(first) && !sentenceStart)
		out = append(out, t)
		sentenceStart = sentStart
	})
	return out
}

// Stems returns only the stems of Terms(text).
func (a *Analyzer) Stems(text string) []string {
	ts := a.Terms(text)
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Stem
	}
	return out
}

func (a *Analyzer) stem(lower string, verbatim bool) string {
	if verbatim || isDigits(lower) {
		return lower
	}
	if s, ok := a.cache.Load(lower); ok {
		return s.(string)
	}
	s := english.Stem(lower, true)
	a.cache.Store(lower, s)
	return s
}

// forEachWord calls fn for each word of text: a run of letters and digits.
// Apostrophes inside a word end it ("Haley’s" gives "Haley"), hyphens split
// it ("32-year-old" gives three words), and dotted acronyms ("U.S.", "U.N.")
// are joined into one word with acronym set. sentEnd reports whether the
// word ends a sentence, so the next word starts one.
func forEachWord(text string, fn func(w string, acronym, sentEnd bool)) {
	rs := []rune(text)
	i := 0
	for i < len(rs) {
		if !isWordRune(rs[i]) {
			i++
			continue
		}
		// Dotted acronym: L.L.(L.)*
		if j, word, ok := acronymAt(rs, i); ok {
			fn(word, true, false)
			i = j
			continue
		}
		j := i
		for j < len(rs) && isWordRune(rs[j]) {
			j++
		}
		word := string(rs[i:j])
		// Skip a possessive or contraction tail: ’s, 's, ’t ...
		k := j
		if k+1 < len(rs) && (rs[k] == '\'' || rs[k] == '’') && isWordRune(rs[k+1]) {
			k++
			for k < len(rs) && isWordRune(rs[k]) {
				k++
			}
		}
		end := false
		for m := k; m < len(rs) && m < k+3; m++ {
			if rs[m] == '.' || rs[m] == '?' || rs[m] == '!' || rs[m] == '\n' {
				end = true
				break
			}
			if isWordRune(rs[m]) {
				break
			}
		}
		fn(word, false, end)
		i = k
	}
}

func acronymAt(rs []rune, i int) (next int, word string, ok bool) {
	var letters []rune
	j := i
	for j+1 < len(rs) && unicode.IsLetter(rs[j]) && rs[j+1] == '.' {
		if j > i && isWordRune(rs[j-1]) {
			break
		}
		letters = append(letters, rs[j])
		j += 2
	}
	if len(letters) < 2 || (j < len(rs) && isWordRune(rs[j])) {
		return 0, "", false
	}
	return j, strings.ToLower(string(letters)), true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// isAllCaps reports whether w has two or more letters, all capitals.
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}
