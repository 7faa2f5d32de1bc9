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

// answerInputError maps the question errors of footnote.ValidateQuestion
// (which both the bot and the answerers run) to the reply the user gets, or
// returns nil.
func answerInputError(err error, maxLen int) *inputError {
	var long *footnote.QuestionLengthError
	switch {
	case errors.Is(err, footnote.ErrBinaryQuestion):
		return &inputError{msgNotText}
	case errors.Is(err, footnote.ErrEmptyQuestion):
		return &inputError{msgEmptyQuestion}
	case errors.As(err, &long):
		return &inputError{msgTooLong(long.Runes, long.Max)}
	case errors.Is(err, footnote.ErrQuestionTooLong):
		return &inputError{msgTooLong(0, min(maxLen, footnote.MaxQuestionRunes))}
	}
	return nil
}

// cleanQuestion validates a question typed by a user with the one
// validator (footnote.ValidateQuestionLen, at the bot's limit), turning its
// error into a reply that says what to do, and collapses whitespace.
func cleanQuestion(s string, maxLen int) (string, error) {
	q, err := footnote.ValidateQuestionLen(s, maxLen)
	if err != nil {
		if ie := answerInputError(err, maxLen); ie != nil {
			return "", ie
		}
		return "", err
	}
	return strings.Join(strings.Fields(q), " "), nil
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
