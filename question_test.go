package footnote

import (
	"errors"
	"strings"
	"testing"
)

func TestValidateQuestionLen(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
		err  error
	}{
		{"  Who overruled Haley?\n", 500, "Who overruled Haley?", nil},
		{"¿Quién se opuso?", 500, "¿Quién se opuso?", nil},
		{"谁反对？", 500, "谁反对？", nil},
		{"", 500, "", ErrEmptyQuestion},
		{" ?!… ", 500, "", ErrEmptyQuestion},
		{"bad\x00byte", 500, "", ErrBinaryQuestion},
		{"bad \xff utf-8", 500, "", ErrBinaryQuestion},
		{"escape \x1b[31m", 500, "", ErrBinaryQuestion},
		{strings.Repeat("why ", 10), 20, "", ErrQuestionTooLong},
		// Whitespace runs count once: a question padded with spaces is
		// still short.
		{"who" + strings.Repeat(" ", 50) + "left?", 20, "who" + strings.Repeat(" ", 50) + "left?", nil},
		// No surface may raise the limit above MaxQuestionRunes.
		{strings.Repeat("a", MaxQuestionRunes+1), 5000, "", ErrQuestionTooLong},
	}
	for _, tt := range tests {
		got, err := ValidateQuestionLen(tt.in, tt.max)
		if !errors.Is(err, tt.err) || got != tt.want {
			t.Errorf("ValidateQuestionLen(%q, %d) = %q, %v; want %q, %v", tt.in, tt.max, got, err, tt.want, tt.err)
		}
	}
	_, err := ValidateQuestionLen(strings.Repeat("why ", 10), 20)
	var long *QuestionLengthError
	if !errors.As(err, &long) || long.Runes != 39 || long.Max != 20 {
		t.Errorf("length error = %#v", err)
	}
}
