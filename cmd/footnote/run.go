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

const topUsage = `footnote answers questions about news articles, citing the paragraphs it used.

Usage:
  footnote ask [--json] [QUESTION]   answer a question (or one a line on stdin)
  footnote index                     build or refresh the index of docs/
  footnote import PATH|URL...        add pages to docs/: text, HTML, links
  footnote docs                      list the articles in docs/
  footnote timeline [--json]         the dated events, oldest first
  footnote check [--json] CLAIM      supported, contradicted or disputed?
  footnote eval [--json] FILE.jsonl  score answers on an eval set
  footnote serve                     run the Discord bot (needs DISCORD_TOKEN)

Run 'footnote help COMMAND' (or 'footnote COMMAND --help') for a command's
flags. Settings come from the environment and from a .env file; see
.env.example.
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
	case "-h", "--help", "-help", "help":
		if cmd != "help" || len(rest) == 0 {
			fmt.Fprint(stdout, topUsage)
			return nil
		}
		if len(rest) > 1 {
			return usagef("help takes one COMMAND, got %q", rest)
		}
		// "footnote help ask" is "footnote ask --help".
		cmd, rest = rest[0], []string{"--help"}
	}
	var set settings
	if askedForHelp(rest) {
		// Help goes to stdout (it is what was asked for: 'footnote ask
		// --help | less' works) and needs no settings, so it shows even
		// when one is bad: it is what the user reads to mend it.
		rest, stderr = []string{"--help"}, stdout
	} else {
		var err error
		if set, err = readSettings(lookup, ".env"); err != nil {
			return err
		}
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
	// The flag package writes a bad flag's error, then the whole usage;
	// exitCode prints the error once, pointing to --help, instead.
	var bad flagError
	fs.SetOutput(&bad)
	fs.Usage = func() {
		if bad {
			return
		}
		fs.SetOutput(stderr)
		defer fs.SetOutput(&bad)
		usage := strings.TrimLeft(usage, "\n")
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if !hasFlags {
			// No "Flags:" heading over an empty list.
			usage = strings.TrimRight(strings.TrimSuffix(usage, "Flags:\n"), "\n") + "\n"
		}
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// askedForHelp reports whether a command's arguments ask for its help: a
// help flag before the first argument that is not a flag ("footnote ask
// what is --help" asks a question).
func askedForHelp(args []string) bool {
	for _, a := range args {
		switch {
		case a == "-h" || a == "-help" || a == "--help" || a == "--h":
			return true
		case a == "--" || !strings.HasPrefix(a, "-"):
			return false
		}
	}
	return false
}

// parseFlags parses args; a bad flag is a usage error, --help is not an error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usagef("%v (see 'footnote %s --help')", err, fs.Name())
	}
	return nil
}

// flagError records that the flag package reported a bad flag (it writes
// its error before calling Usage) and drops what it wrote.
type flagError bool

func (f *flagError) Write(p []byte) (int, error) {
	*f = true
	return len(p), nil
}
