package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// usageError is a mistake in how footnote was called; it exits with status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// exitCode prints err and maps it to an exit status: 0 for none, 2 for a
// usage error, 1 for anything else.
func exitCode(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	fmt.Fprintln(stderr, "footnote:", err)
	var ue usageError
	var se *settingError
	if errors.As(err, &ue) || errors.As(err, &se) {
		return 2
	}
	return 1
}

const topUsage = `footnote answers questions about news articles and cites the paragraphs it used.

Usage:
  footnote ask [--json] [QUESTION]     answer a question (or one per line from stdin)
  footnote index                       build or refresh the index of docs/
  footnote import [flags] PATH|URL...  add pages to docs/: text scrapes, HTML, directories, links
  footnote docs                        list the indexed articles
  footnote timeline [--json]           the dated events of the articles, oldest first
  footnote check [--json] CLAIM        is CLAIM supported, contradicted or disputed by the articles?
  footnote eval [--json] FILE.jsonl    score answers on an eval set
  footnote serve                       run the Discord bot (needs DISCORD_TOKEN)

Run 'footnote COMMAND --help' for a command's flags. Settings come from the
environment and from a .env file; see .env.example.
`

// run is footnote's testable main. lookup reads the environment
// (os.LookupEnv).
func run(ctx context.Context, args []string, lookup func(string) (string, bool), stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, topUsage)
		return usagef("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, topUsage)
		return nil
	}
	set, err := readSettings(lookup, ".env")
	if err != nil {
		return err
	}
	switch cmd {
	case "ask":
		return cmdAsk(ctx, rest, set, stdin, stdout, stderr)
	case "index":
		return cmdIndex(ctx, rest, set, stdout, stderr)
	case "import":
		return cmdImport(ctx, rest, set, stdout, stderr)
	case "docs":
		return cmdDocs(ctx, rest, set, stdout, stderr)
	case "eval":
		return cmdEval(ctx, rest, set, stdout, stderr)
	case "timeline":
		return cmdTimeline(ctx, rest, set, stdout, stderr)
	case "check":
		return cmdCheck(ctx, rest, set, stdout, stderr)
	case "serve":
		return cmdServe(ctx, rest, set, stdout, stderr)
	default:
		fmt.Fprint(stderr, topUsage)
		return usagef("unknown command %q", cmd)
	}
}

// newFlags returns a flag set that reports errors as usage errors.
func newFlags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, strings.TrimLeft(usage, "\n"))
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; a bad flag is a usage error, --help is not an error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}
