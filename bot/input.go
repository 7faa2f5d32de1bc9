package bot

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
)

// inputError is a request the bot refuses (a question it will not ask the
// pipeline, a command the user may not use); its message is shown to the
// user as is.
type inputError struct{ msg string }

func (e *inputError) Error() string { return e.msg }

// Replies to questions refused for their input, whether the bot or the
// answerer (footnote.ValidateQuestion) refused them.
const (
	msgNotText       = "That doesn't look like text. Ask me a question in words, e.g. `/ask question: Who backed the pullout?`"
	msgEmptyQuestion = "Ask me a question about the articles, e.g. `/ask question: Who backed the pullout?` — `/sources` lists what I've read."
)

func msgTooLong(n, maxLen int) string {
	if n <= 0 {
		return fmt.Sprintf("That question is too long; please keep it under %d characters.", maxLen)
	}
	return fmt.Sprintf("That question is %d characters long; please keep it under %d.", n, maxLen)
}

// answerInputError maps the answerers' own input errors (answer.Err*) to
// the reply cleanQuestion would have given, or returns nil.
func answerInputError(err error, maxLen int) *inputError {
	switch {
	case errors.Is(err, footnote.ErrBinaryQuestion):
		return &inputError{msgNotText}
	case errors.Is(err, footnote.ErrEmptyQuestion):
		return &inputError{msgEmptyQuestion}
	case errors.Is(err, footnote.ErrQuestionTooLong):
		return &inputError{msgTooLong(0, min(maxLen, footnote.MaxQuestionRunes))}
	}
	return nil
}

// cleanQuestion validates and normalises a question typed by a user: it
// rejects empty, binary (invalid UTF-8, control characters) and over-long
// input with a message that says what to do, and collapses whitespace.
func cleanQuestion(s string, maxLen int) (string, error) {
	maxLen = min(maxLen, footnote.MaxQuestionRunes)
	if !utf8.ValidString(s) {
		return "", &inputError{msgNotText}
	}
	for _, r := range s {
		if r == 0 || (unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r') || r == utf8.RuneError {
			return "", &inputError{msgNotText}
		}
	}
	q := strings.Join(strings.Fields(s), " ")
	if q == "" || !strings.ContainsFunc(q, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) {
		return "", &inputError{msgEmptyQuestion}
	}
	if n := utf8.RuneCountInString(q); n > maxLen {
		return "", &inputError{msgTooLong(n, maxLen)}
	}
	return q, nil
}

// clipQuestion is cleanQuestion for text the user did not type as a
// question (the target of the context-menu command): what cleanQuestion
// would refuse for its form is repaired instead (invalid UTF-8, control
// characters and U+FFFD become spaces) and over-long text is cut at a word
// boundary to the same limit, so that the answerer always accepts it.
func clipQuestion(s string, maxLen int) (string, error) {
	maxLen = min(maxLen, footnote.MaxQuestionRunes)
	s = strings.Map(func(r rune) rune {
		if r == 0 || r == utf8.RuneError || unicode.IsControl(r) {
			return ' ' // strings.Map sees each invalid byte as utf8.RuneError
		}
		return r
	}, s)
	q := strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(q) > maxLen {
		q = truncate(q, maxLen)
	}
	return cleanQuestion(q, maxLen)
}
