package footnote

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxQuestionRunes caps a question's length. Questions about an article are
// a sentence or two; a wall of text is a paste or an attack.
const MaxQuestionRunes = 1000

// Errors of ValidateQuestion; surfaces show them to the user.
var (
	ErrEmptyQuestion   = errors.New("the question is empty")
	ErrQuestionTooLong = fmt.Errorf("the question is too long (at most %d characters)", MaxQuestionRunes)
	ErrBinaryQuestion  = errors.New("the question is not text (invalid UTF-8 or control characters)")
)

// ValidateQuestion checks a question before any work is done on it, and
// returns it trimmed.
func ValidateQuestion(q string) (string, error) {
	if !utf8.ValidString(q) {
		return "", ErrBinaryQuestion
	}
	for _, r := range q {
		if r == 0 || (unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r') {
			return "", ErrBinaryQuestion
		}
	}
	q = strings.TrimSpace(q)
	if q == "" {
		return "", ErrEmptyQuestion
	}
	if utf8.RuneCountInString(q) > MaxQuestionRunes {
		return "", ErrQuestionTooLong
	}
	return q, nil
}
