package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	iofs "io/fs"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/eval"
	"github.com/footnote-bot/footnote/internal/filecap"
)

const evalUsage = `
Usage: footnote eval [--json] FILE.jsonl

Answers every question of an eval set (one JSON object per line: id, kind,
question, gold, must, must_not, refuse, llm_only, versions) and prints
recall@1, recall@3, answer accuracy, refusal accuracy, false refusals,
citation precision, unverified citations, redundant citations (one quote
cited from several copies) and, for questions with versions (each a must
and its gold paragraphs), the conflicts surfaced: answers naming two or
more versions, each cited from its gold. llm_only questions are skipped in
extractive mode.

Flags:
`

// maxEvalBytes caps the size of an eval set: thousands of questions fit,
// and a wrong file (a dump, a device) is refused instead of read whole.
const maxEvalBytes = 16 << 20

func cmdEval(ctx context.Context, args []string, set settings, stdout, stderr io.Writer) error {
	fs := newFlags("eval", evalUsage, stderr)
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("eval takes one FILE.jsonl")
	}
	f, err := filecap.Open(fs.Arg(0), maxEvalBytes)
	if err != nil {
		var pe *iofs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // named below without "stat" or "open"
		}
		return usagef("eval: %s: %v", fs.Arg(0), err)
	}
	defer f.Close()
	cases, err := eval.Read(f)
	if err != nil {
		return usagef("eval: %s: %v", fs.Arg(0), err)
	}
	if len(cases) == 0 {
		// A report of zeros would read as a model that failed every case.
		return usagef("eval: %s holds no questions (one JSON object a line)", fs.Arg(0))
	}
	a, err := openApp(ctx, set, stderr, true)
	if err != nil {
		return err
	}
	rep, err := eval.Run(ctx, a.answerer, a.index, cases, a.mode())
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(rep)
	}
	if err := rep.Write(stdout); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// mode is the mode the app's answerer works in.
func (a *app) mode() footnote.Mode {
	if a.model != nil {
		return footnote.ModeLLM
	}
	return footnote.ModeExtractive
}
