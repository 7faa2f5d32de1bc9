package bot

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// inputError is a question the bot refuses before asking the pipeline; its
// message is shown to the user as is.
type inputError struct{ msg string }

func (e *inputError) Error() string { return e.msg }

// cleanQuestion validates and normalises a question typed by a user: it
// rejects empty, binary (invalid UTF-8, control characters) and over-long
// input with a message that says what to do, and collapses whitespace.
func cleanQuestion(s string, maxLen int) (string, error) {
	if !utf8.ValidString(s) {
		return "", &inputError{"That doesn't look like text. Ask me a question in words, e.g. `/ask question: Who backed the pullout?`"}
	}
	for _, r := range s {
		if r == 0 || (unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r') || r == utf8.RuneError {
			return "", &inputError{"That doesn't look like text. Ask me a question in words, e.g. `/ask question: Who backed the pullout?`"}
		}
	}
	q := strings.Join(strings.Fields(s), " ")
	if q == "" || !strings.ContainsFunc(q, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) {
		return "", &inputError{"Ask me a question about the articles, e.g. `/ask question: Who backed the pullout?` — `/sources` lists what I've read."}
	}
	if n := utf8.RuneCountInString(q); n > maxLen {
		return "", &inputError{fmt.Sprintf("That question is %d characters long; please keep it under %d.", n, maxLen)}
	}
	return q, nil
}

// clipQuestion is cleanQuestion for text the user did not type as a
// question (the target of the context-menu command): over-long text is cut
// at a word boundary instead of refused.
func clipQuestion(s string, maxLen int) (string, error) {
	q := strings.Join(strings.Fields(strings.ToValidUTF8(s, "")), " ")
	if utf8.RuneCountInString(q) > maxLen {
		q = truncate(q, maxLen)
	}
	return cleanQuestion(q, maxLen)
}
