package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
)

const askUsage = `
Usage: footnote ask [--json] [QUESTION...]

Answers QUESTION from the articles in FOOTNOTE_DOCS_DIR and cites the
paragraphs it used. With no QUESTION, reads one question per line from
stdin and writes one answer per question. Builds the index first if there is
none or docs/ changed.

Flags:
`

// askPrompt tells someone at a terminal that 'footnote ask' with no
// question reads questions from them.
const askPrompt = "Reading questions, one a line; Ctrl-D ends. ('footnote ask QUESTION' asks one.)"

// askJSON is the --json shape of one answer.
type askJSON struct {
	Question  string         `json:"question"`
	Answer    string         `json:"answer"`
	Refused   bool           `json:"refused"`
	Mode      footnote.Mode  `json:"mode"`
	Note      string         `json:"note,omitempty"`
	Error     string         `json:"error,omitempty"`
	Citations []citationJSON `json:"citations"`
	Passages  []passageJSON  `json:"passages"`
}

// citationJSON is a citation with the source it names: the article's
// label (as in the answer's markers), outlet, date, title and link, each
// left out when the article lacks it.
type citationJSON struct {
	Doc       string `json:"doc"`
	Paragraph int    `json:"paragraph"`
	Quote     string `json:"quote"`
	Label     string `json:"label,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
}

// newCitationJSON describes c, citing art.
func newCitationJSON(c footnote.Citation, art footnote.Article) citationJSON {
	out := citationJSON{Doc: c.Doc, Paragraph: c.Paragraph, Quote: c.Quote, Label: art.Label,
		Outlet: art.Publication, Title: art.Title, URL: art.URL}
	if !art.Published.IsZero() {
		out.Published = art.Published.Format(time.DateOnly)
	}
	return out
}

type passageJSON struct {
	Doc       string  `json:"doc"`
	Paragraph int     `json:"paragraph"`
	Score     float64 `json:"score"`
}

func cmdAsk(ctx context.Context, args []string, set settings, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("ask", askUsage, stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per answer")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		q, err := footnote.ValidateQuestion(strings.Join(fs.Args(), " "))
		if err != nil {
			return usageError{err.Error()}
		}
		a, err := openApp(ctx, set, stderr, true)
		if err != nil {
			return err
		}
		ans, err := a.answerer.Answer(ctx, footnote.Question{Text: q})
		if err != nil {
			return err
		}
		return writeAnswer(stdout, a, ans, *asJSON)
	}
	a, err := openApp(ctx, set, stderr, true)
	if err != nil {
		return err
	}
	if isTerminal(stdin) {
		// Else 'footnote ask' alone would sit silent, waiting.
		fmt.Fprintln(stderr, askPrompt)
	}
	lines := readLines(ctx, stdin, maxLineBytes)
	for n := 1; ; n++ {
		if ctx.Err() != nil {
			return fmt.Errorf("read questions: %w", ctx.Err())
		}
		var l line
		var more bool
		select {
		case <-ctx.Done():
			// A Read blocked on stdin cannot be cancelled: the reading
			// goroutine is left behind, and ends with the process.
			return fmt.Errorf("read questions: %w", ctx.Err())
		case l, more = <-lines:
		}
		if !more {
			return nil // the last line had no newline and was answered
		}
		if l.err != nil && !errors.Is(l.err, io.EOF) {
			return fmt.Errorf("read questions: %w", l.err)
		}
		if errors.Is(l.err, io.EOF) && l.text == "" && !l.tooLong {
			return nil
		}
		var err error
		switch {
		case l.tooLong:
			err = footnote.ErrQuestionTooLong
		case strings.TrimSpace(l.text) == "":
			continue
		default:
			var q string
			q, err = footnote.ValidateQuestion(l.text)
			if err == nil {
				var ans footnote.Answer
				ans, err = a.answerer.Answer(ctx, footnote.Question{Text: q})
				if err == nil {
					if err := writeAnswer(stdout, a, ans, *asJSON); err != nil {
						return err
					}
					continue
				}
			}
		}
		if errors.Is(err, context.Canceled) {
			return err
		}
		// One bad line gets an error in its place; the others are answered.
		if *asJSON {
			if err := json.NewEncoder(stdout).Encode(askJSON{Question: clipLine(l.text), Error: err.Error(), Refused: true, Mode: footnote.ModeExtractive, Citations: []citationJSON{}, Passages: []passageJSON{}}); err != nil {
				return err
			}
		} else {
			fmt.Fprintf(stdout, "line %d: %v\n\n", n, err)
		}
	}
}

// maxLineBytes is the longest stdin line read whole; a longer one is
// skipped with an error in its place.
const maxLineBytes = 64 * 1024

// line is one line of input as readLine returns it.
type line struct {
	text    string
	tooLong bool
	err     error
}

// readLines reads lines from r in a goroutine, one line ahead of the
// caller, so that the caller can stop waiting when ctx is done: a Read
// blocked on a terminal or a pipe cannot be cancelled. The channel's last
// line carries the end of input or the read error; then it is closed.
func readLines(ctx context.Context, r io.Reader, max int) <-chan line {
	out := make(chan line)
	go func() {
		defer close(out)
		br := bufio.NewReaderSize(r, 64*1024)
		for {
			text, tooLong, err := readLine(br, max)
			select {
			case out <- line{text, tooLong, err}:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return out
}

// readLine reads one line without its line ending. A line longer than max
// bytes is consumed to its end and reported as tooLong, with its first max
// bytes. At the end of input it returns io.EOF, with the last line if it
// had no newline.
func readLine(r *bufio.Reader, max int) (line string, tooLong bool, err error) {
	var buf []byte
	total := 0
	for {
		chunk, err := r.ReadSlice('\n')
		n := len(chunk)
		if err == nil {
			n-- // the newline
		}
		total += n
		if len(buf) < max {
			buf = append(buf, chunk[:min(n, max-len(buf))]...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return strings.TrimSuffix(string(buf), "\r"), total > max, err
	}
}

func clipLine(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return s
}

// writeAnswer prints an answer for a person, or as one JSON line.
func writeAnswer(w io.Writer, a *app, ans footnote.Answer, asJSON bool) error {
	if asJSON {
		out := askJSON{Question: ans.Question, Answer: ans.Text, Refused: ans.Refused, Mode: ans.Mode, Note: ans.Note,
			Citations: []citationJSON{}, Passages: []passageJSON{}}
		arts := articlesByID(a)
		for _, c := range ans.Citations {
			out.Citations = append(out.Citations, newCitationJSON(c, arts[c.Doc]))
		}
		for _, p := range ans.Passages {
			out.Passages = append(out.Passages, passageJSON{Doc: p.Doc, Paragraph: p.N, Score: p.Score})
		}
		return json.NewEncoder(w).Encode(out)
	}
	var b strings.Builder
	b.WriteString(ans.Text)
	b.WriteString("\n")
	if ans.Note != "" {
		fmt.Fprintf(&b, "(%s)\n", ans.Note)
	}
	if len(ans.Citations) > 0 {
		b.WriteString("\nSources:\n")
		arts := articlesByID(a)
		// One block per article, in the order the answer first cites
		// them: the article once, then each quote under its marker.
		var order []string
		byDoc := map[string][]footnote.Citation{}
		for _, c := range ans.Citations {
			if _, ok := byDoc[c.Doc]; !ok {
				order = append(order, c.Doc)
			}
			byDoc[c.Doc] = append(byDoc[c.Doc], c)
		}
		// Labels padded to the longest, so that the titles line up.
		width := 0
		for _, doc := range order {
			width = max(width, utf8.RuneCountInString(arts[doc].Label))
		}
		for _, doc := range order {
			art, ok := arts[doc]
			if !ok {
				art = footnote.Article{ID: doc, Title: doc}
			}
			fmt.Fprintf(&b, "  %-*s  %s\n", width, art.Label, articleLine(art))
			for _, c := range art.Copies {
				fmt.Fprintf(&b, "    also carried by %s\n", copyLine(c))
			}
			for _, c := range byDoc[doc] {
				// A quote the answer already shows word for word is not
				// shown again; a model's paraphrase gets its quote.
				quote := strings.Join(strings.Fields(c.Quote), " ")
				if footnote.QuoteIn(strings.TrimRight(quote, ".!?”\""), ans.Text) {
					continue
				}
				fmt.Fprintf(&b, "    %s “%s”\n", footnote.Marker(art.Label, c.Paragraph), quote)
			}
		}
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// copyLine is "Publication, date — URL" for another page that carried an
// article word for word; a copy known only by its link shows the link.
func copyLine(c footnote.Copy) string {
	var parts []string
	if src := c.Source(); src != "" {
		parts = append(parts, src)
	}
	if c.URL != "" {
		parts = append(parts, c.URL)
	}
	if len(parts) == 0 {
		return "another page"
	}
	return strings.Join(parts, " — ")
}

// articlesByID maps the indexed articles' IDs to them.
func articlesByID(a *app) map[string]footnote.Article {
	arts := map[string]footnote.Article{}
	for _, art := range a.index.Articles() {
		arts[art.ID] = art
	}
	return arts
}

// articleLine is "Title — Publication, date — URL"; an article without
// a date says so, so that every source shows when it was published.
func articleLine(art footnote.Article) string {
	parts := []string{art.Title}
	if src := art.Source(); src != "" {
		parts = append(parts, src)
	}
	if art.Published.IsZero() {
		parts = append(parts, "date unknown")
	}
	if art.URL != "" {
		parts = append(parts, art.URL)
	}
	return strings.Join(parts, " — ")
}
