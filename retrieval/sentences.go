package retrieval

import (
	"strings"
	"unicode"
)

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "sgt": true,
	"prof": true, "inc": true, "co": true, "corp": true, "ltd": true, "vs": true, "etc": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// SplitSentences splits text into sentences. A sentence ends at ".", "?" or
// "!" (with any closing quotes or brackets) followed by a space and a capital
// letter, digit or opening quote, unless the word before the period is an
// abbreviation or an initial ("U.S.", "Mr."). A line break always ends a
// sentence. The sentences are substrings of text, trimmed.
func SplitSentences(text string) []string {
	var out []string
	start := 0
	add := func(end int) {
		if s := strings.TrimSpace(text[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			add(i)
			continue
		}
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		// Swallow closing punctuation: quotes (ASCII or curly) and brackets.
		j := i + 1
		for j < len(text) {
			if text[j] == '"' || text[j] == '\'' || text[j] == ')' {
				j++
				continue
			}
			if strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’") {
				j += len("”")
				continue
			}
			break
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k >= len(text) {
			continue
		}
		next := []rune(text[k:min(len(text), k+4)])[0]
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '“' || next == '‘' || next == '(') {
			continue
		}
		if c == '.' && isAbbreviation(text[start:i]) {
			continue
		}
		add(j)
		i = k - 1
	}
	add(len(text))
	return out
}

// isAbbreviation reports whether the text before a period ends with an
// abbreviation or an initial.
func isAbbreviation(before string) bool {
	w := before
	if i := strings.LastIndexAny(before, " \t(\"“"); i >= 0 {
		w = before[i+1:]
	}
	if w == "" {
		return false
	}
	// Initials and dotted acronyms: "J", "U.S", "U.N".
	letters := strings.ReplaceAll(w, ".", "")
	if len([]rune(letters)) <= 2 && strings.ToUpper(letters) == letters && strings.Contains(w+".", ".") && len([]rune(w)) <= 3 {
		return true
	}
	return abbreviations[strings.ToLower(w)]
}
