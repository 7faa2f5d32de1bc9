package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/claimcheck"
)

const checkUsage = `
Usage: footnote check [--json] CLAIM

Checks CLAIM, in any language of the articles, against the articles in
FOOTNOTE_DOCS_DIR: supported (a passage says so), contradicted (a passage
on the same subject says the opposite, or gives another number, date or
length of time), disputed (both) or not covered (quoting what the
coverage says nearest to it). Works offline; builds the index first if
needed.

Flags:
`

func cmdCheck(ctx context.Context, args []string, set settings, stdout, stderr io.Writer) error {
	fs := newFlags("check", checkUsage, stderr)
	asJSON := fs.Bool("json", false, "print the verdict as one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("check needs a CLAIM, e.g. footnote check \"Haley was overruled\"")
	}
	claim, err := footnote.ValidateQuestion(strings.Join(fs.Args(), " "))
	if err != nil {
		return claimError(err)
	}
	a, err := openApp(ctx, set, stderr, true)
	if err != nil {
		return err
	}
	res, err := claimcheck.New(a.index, a.index).Check(ctx, claim)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(stdout, res, "verdict")
	}
	// Laid out like an answer: the verdict in words, the explanation with markers,
	// then the sources list.
	arts := articlesByID(a)
	expl, rest := res.Marked(func(doc string) string { return arts[doc].Label })
	for _, c := range rest {
		expl += " " + footnote.Marker(arts[c.Doc].Label, c.Paragraph)
	}
	if _, err := fmt.Fprintf(stdout, "%s\n", res.Verdict.Label()); err != nil {
		return fmt.Errorf("write verdict: %w", err)
	}
	return writeAnswer(stdout, a, footnote.Answer{Text: expl, Citations: res.Citations}, false)
}

// claimError words a rejected claim's usage error as about the claim, not
// a question (footnote.ValidateQuestion's words).
func claimError(err error) error {
	var long *footnote.QuestionLengthError
	switch {
	case errors.As(err, &long):
		return usagef("the claim is too long (%d characters; at most %d)", long.Runes, long.Max)
	case errors.Is(err, footnote.ErrEmptyQuestion):
		return usagef("the claim is empty")
	case errors.Is(err, footnote.ErrBinaryQuestion):
		return usagef("the claim is not text (invalid UTF-8 or control characters)")
	}
	return usageError{err.Error()}
}
