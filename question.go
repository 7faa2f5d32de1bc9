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

// Errors of ValidateQuestion; surfaces show them to the user. A too-long
// question's error is a *QuestionLengthError that wraps ErrQuestionTooLong.
var (
	ErrEmptyQuestion   = errors.New("the question is empty")
	ErrQuestionTooLong = errors.New("the question is too long")
	ErrBinaryQuestion  = errors.New("the question is not text (invalid UTF-8 or control characters)")
)

// QuestionLengthError says how long a question was and how long it may be.
type QuestionLengthError struct {
	// Runes is the question's length in characters (whitespace collapsed).
	Runes int
	// Max is the limit it passed.
	Max int
}

func (e *QuestionLengthError) Error() string {
	return fmt.Sprintf("%v (%d characters; at most %d)", ErrQuestionTooLong, e.Runes, e.Max)
}

// Unwrap makes errors.Is(err, ErrQuestionTooLong) hold.
func (e *QuestionLengthError) Unwrap() error { return ErrQuestionTooLong }

// ValidateQuestion checks a question before any work is done on it, and
// returns it trimmed. It is ValidateQuestionLen with MaxQuestionRunes.
func ValidateQuestion(q string) (string, error) { return ValidateQuestionLen(q, MaxQuestionRunes) }

// ValidateQuestionLen checks a question against a length limit of its
// surface (at most MaxQuestionRunes): it must be valid UTF-8 without control
// characters other than tab and newlines, hold at least one letter or
// digit, and be at most maxRunes characters once its runs of whitespace are
// collapsed. It returns the question trimmed.
func ValidateQuestionLen(q string, maxRunes int) (string, error) {
	maxRunes = min(maxRunes, MaxQuestionRunes)
	if !utf8.ValidString(q) {
		return "", ErrBinaryQuestion
	}
	for _, r := range q {
		if r == 0 || r == utf8.RuneError || (unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r') {
			return "", ErrBinaryQuestion
		}
	}
	q = strings.TrimSpace(q)
	if !strings.ContainsFunc(q, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) {
		return "", ErrEmptyQuestion
	}
	if n := utf8.RuneCountInString(strings.Join(strings.Fields(q), " ")); n > maxRunes {
		return "", &QuestionLengthError{Runes: n, Max: maxRunes}
	}
	return q, nil
}
