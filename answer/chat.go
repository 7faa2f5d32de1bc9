package answer

import "strings"

// People type questions in chat with shorthand ("ppl", "govt", "b/c") and
// contractions, often without the apostrophe ("whats", "wont", "didnt").
// Analysed as written, a contraction leaves a word that is no word of the
// question ("won" of "won't", "isn" of "isn't", "whats"), and shorthand is
// a word no article uses, weighed as a rare word the articles lack. Both
// are read as the words they stand for before the question is analysed.

// chatShorthand are the chat abbreviations of ordinary words, the
// contractions typed without their apostrophe, and the contractions whose
// remnant is another word ("won't": "won"). A closed class of chat
// English; the question words people misspell are in chatSpellings.
var chatShorthand = map[string]string{
	"ppl": "people", "govt": "government", "gov": "government", "dept": "department",
	"admin": "administration", "intl": "international", "natl": "national",
	"w/": "with", "w/o": "without", "b/c": "because", "bc": "because", "cuz": "because", "coz": "because",
	"tho": "though", "thru": "through", "bout": "about", "yr": "year", "yrs": "years",
	"pls": "please", "plz": "please", "plse": "please",
	"won't": "will not", "wont": "will not", "can't": "cannot", "cant": "cannot", "shan't": "shall not", "ain't": "is not",
	"whats": "what is", "thats": "that is", "whos": "who is", "hows": "how is", "wheres": "where is",
	"theres": "there is", "heres": "here is",
}

// negatedAuxiliaries are the auxiliaries a negative contraction is made
// from ("isn't", "didnt"): the contraction is read as the auxiliary and
// "not".
var negatedAuxiliaries = []string{
	"is", "are", "was", "were", "do", "does", "did", "has", "have", "had",
	"would", "could", "should", "must", "need",
}

// plainWords rewrites the chat shorthand and contractions of question q
// (see chatShorthand) as the words they stand for, and curly apostrophes
// as straight ones; every other character is kept.
func plainWords(q string) string {
	q = strings.ReplaceAll(q, "’", "'")
	var b strings.Builder
	last := 0
	for _, f := range fieldsOf(q) {
		word := strings.ToLower(strings.TrimRight(q[f[0]:f[1]], "?!.,;:"))
		if word == "" {
			continue
		}
		plain, ok := chatShorthand[word]
		if !ok {
			plain, ok = chatSpellings[word] // "wat", "wen"
		}
		if !ok {
			plain, ok = negativeContraction(word)
		}
		if !ok {
			continue
		}
		if written := q[f[0] : f[0]+len(word)]; written == strings.ToUpper(written) {
			plain = strings.ToUpper(plain) // a question in capitals stays in capitals
		}
		b.WriteString(q[last:f[0]])
		b.WriteString(plain)
		last = f[0] + len(word)
	}
	if last == 0 {
		return q
	}
	b.WriteString(q[last:])
	return b.String()
}

// PlainWords rewrites the chat shorthand and contractions of a text people
// post ("wont", "govt", "didnt") as the words they stand for: see
// chatShorthand. The claim check reads a claim so before checking it.
func PlainWords(q string) string { return plainWords(q) }

// negativeContraction reads "isn't", "isnt", "didn't" as the auxiliary and
// "not"; false for another word.
func negativeContraction(word string) (string, bool) {
	for _, aux := range negatedAuxiliaries {
		rest, ok := strings.CutPrefix(word, aux)
		if ok && (rest == "n't" || rest == "nt") {
			return aux + " not", true
		}
	}
	return "", false
}

// fieldsOf returns the byte spans of q's words as separated by spaces.
func fieldsOf(q string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range q {
		space := r == ' ' || r == '\t' || r == '\n'
		switch {
		case !space && start < 0:
			start = i
		case space && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(q)})
	}
	return out
}
