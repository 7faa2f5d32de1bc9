package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// terminalColumns is the width a newcomer's terminal has: help must fit.
const terminalColumns = 80

func TestHelpFitsATerminalAndGoesToStdout(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"--help"}} {
		out, stderr, code := runCLI(t, env(t), "", args...)
		if code != 0 || stderr != "" || !strings.Contains(out, "footnote check") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, stderr)
		}
		for _, l := range strings.Split(out, "\n") {
			if utf8.RuneCountInString(l) > terminalColumns {
				t.Errorf("%v: line over %d columns: %q", args, terminalColumns, l)
			}
		}
	}
	for _, cmd := range []string{"ask", "index", "import", "docs", "eval", "timeline", "check", "serve"} {
		for _, args := range [][]string{{cmd, "--help"}, {"help", cmd}, {cmd, "-h"}} {
			out, stderr, code := runCLI(t, env(t), "", args...)
			if code != 0 || stderr != "" || !strings.HasPrefix(out, "Usage: footnote "+cmd) {
				t.Errorf("%v: exit %d, stdout %q, stderr %q; want its usage on stdout", args, code, out, stderr)
			}
			for _, l := range strings.Split(out, "\n") {
				// The flag package indents a flag's text with a tab: 8 columns.
				if n := utf8.RuneCountInString(strings.ReplaceAll(l, "    \t", "        ")); n > terminalColumns {
					t.Errorf("%v: line of %d columns: %q", args, n, l)
				}
			}
			if strings.HasSuffix(strings.TrimSpace(out), "Flags:") {
				t.Errorf("%v: a Flags: heading over no flags:\n%s", args, out)
			}
		}
	}
}

func TestHelpShowsDespiteABadSetting(t *testing.T) {
	out, _, code := runCLI(t, env(t, "FOOTNOTE_TOP_K", "0"), "", "ask", "--help")
	if code != 0 || !strings.Contains(out, "Usage: footnote ask") {
		t.Errorf("ask --help with FOOTNOTE_TOP_K=0: exit %d, %q", code, out)
	}
	// A question that holds "--help" after its first word is a question:
	// the bad setting is reported.
	_, stderr, code := runCLI(t, env(t, "FOOTNOTE_TOP_K", "0"), "", "ask", "what", "is", "--help")
	if code != 2 || !strings.Contains(stderr, "FOOTNOTE_TOP_K") {
		t.Errorf("ask what is --help: exit %d, %q", code, stderr)
	}
	_, stderr, code = runCLI(t, env(t), "", "help", "ask", "index")
	if code != 2 || !strings.Contains(stderr, "one COMMAND") {
		t.Errorf("help with two commands: exit %d, %q", code, stderr)
	}
}

func TestCheckErrorsSpeakOfTheClaim(t *testing.T) {
	for _, tt := range []struct{ claim, want string }{
		{"   ", "the claim is empty"},
		{strings.Repeat("x", 5000), "the claim is too long (5000 characters; at most 1000)"},
		{"\xff\xfe", "the claim is not text"},
	} {
		_, stderr, code := runCLI(t, env(t), "", "check", tt.claim)
		if code != 2 || !strings.Contains(stderr, tt.want) || strings.Contains(stderr, "question") {
			t.Errorf("check %.20q: exit %d, %q; want 2 and %q", tt.claim, code, stderr, tt.want)
		}
	}
	_, stderr, code := runCLI(t, env(t), "", "check")
	if code != 2 || !strings.Contains(stderr, "check needs a CLAIM, e.g.") {
		t.Errorf("check alone: exit %d, %q", code, stderr)
	}
}

func TestEvalRefusesAnEmptySet(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.jsonl")
	if err := os.WriteFile(path, []byte("\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runCLI(t, env(t), "", "eval", path)
	if code != 2 || !strings.Contains(stderr, path+" holds no questions") || out != "" {
		t.Errorf("eval of an empty file: exit %d, stdout %q, stderr %q; want 2, no report of zeros", code, out, stderr)
	}
	missing := filepath.Join(t.TempDir(), "nope.jsonl")
	_, stderr, code = runCLI(t, env(t), "", "eval", missing)
	if code != 2 || stderr != "footnote: eval: "+missing+": no such file or directory\n" {
		t.Errorf("eval of a missing file: exit %d, %q", code, stderr)
	}
}

func TestImportNamesWhatItCannotTake(t *testing.T) {
	docs := filepath.Join(t.TempDir(), "docs") // not there yet
	e := env(t, "FOOTNOTE_DOCS_DIR", docs)
	missing := filepath.Join(t.TempDir(), "nope.txt")
	out, stderr, code := runCLI(t, e, "", "import", "file:///etc/passwd", "ftp://example.com/a.txt", missing)
	if code != 2 || out != "" {
		t.Fatalf("exit %d, stdout %q; want 2 and nothing written", code, out)
	}
	for _, want := range []string{
		"file:///etc/passwd: error: cannot fetch: file:// links are not fetched, only http:// and https:// ones\n",
		"ftp://example.com/a.txt: error: cannot fetch: ftp:// links are not fetched",
		missing + ": error: no such file or directory\n",
		"footnote: no input imported (3 failed)\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if got := mdFiles(t, docs); len(got) != 0 {
		t.Errorf("docs after failed imports: %v", got)
	}

	// The first import into a new folder makes it, and sums up.
	in := filepath.Join(t.TempDir(), "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"011-chinagate-xinhua-lajcak.txt", "254-news1-ko.txt"} {
		b, err := os.ReadFile(filepath.Join("../../corpus/testdata/coverage", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, stderr, code = runCLI(t, e, "", "import", in)
	if code != 0 || stderr != "Imported into "+docs+": 2 written.\n" {
		t.Errorf("first import: exit %d, stderr %q", code, stderr)
	}
	// A page over the cap and a folder one level down are each named,
	// without repeating the path.
	big := filepath.Join(in, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("A sentence of a page. "), 60000), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(in, "more"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = runCLI(t, e, "", "import", in)
	for _, want := range []string{
		big + ": error: file too large: 1320000 bytes, over the 1048576-byte cap\n",
		filepath.Join(in, "more") + ": skipped: a directory inside one (import it by name)\n",
	} {
		if code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("exit %d, stderr %q lacks %q", code, stderr, want)
		}
	}
	os.Remove(big)
	os.Remove(filepath.Join(in, "more"))
	_, stderr, code = runCLI(t, e, "", "import", in, missing)
	if code != 2 || !strings.Contains(stderr, "footnote: 1 of 3 inputs not imported (2 unchanged, 1 failed); the others are in "+docs+"\n") {
		t.Errorf("second import: exit %d, stderr %q", code, stderr)
	}
}

func TestDocsIsATableAndJSON(t *testing.T) {
	out, stderr, code := runCLI(t, env(t), "", "docs")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 2 || strings.Join(strings.Fields(lines[0]), " ") != "ID LABEL DATE PARAGRAPHS TITLE" {
		t.Fatalf("docs: %q", out)
	}
	// Columns line up: each heading starts where its value does.
	for _, col := range []struct{ head, value string }{{"LABEL", "FP "}, {"DATE", "2017-12-02"}, {"TITLE", "Trump Boycotts"}} {
		if h, v := column(lines[0], col.head), column(lines[1], col.value); h != v {
			t.Errorf("%s at column %d, its value at %d:\n%s", col.head, h, v, out)
		}
	}
	out, _, code = runCLI(t, env(t), "", "docs", "--json")
	var got struct {
		Articles []docJSON `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &got); code != 0 || err != nil {
		t.Fatalf("docs --json: exit %d, %v: %q", code, err, out)
	}
	want := docJSON{ID: "trump-boycotts-un-migration-talks", Label: "FP", Published: "2017-12-02", Title: "Trump Boycotts U.N. Migration Talks", Paragraphs: 13}
	if len(got.Articles) != 1 || got.Articles[0] != want {
		t.Errorf("docs --json: %+v", got.Articles)
	}
	_, stderr, code = runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", t.TempDir()), "", "docs")
	if code != 1 || !strings.Contains(stderr, "footnote import") {
		t.Errorf("docs of an empty folder: exit %d, %q; want a pointer to import", code, stderr)
	}
}

func TestSourcesLineUpUnderLabelsOfEveryLength(t *testing.T) {
	docs := t.TempDir()
	fp, err := os.ReadFile("../../docs/trump-boycotts-un-migration-talks.md")
	if err != nil {
		t.Fatal(err)
	}
	reuters := "---\ntitle: Haley loses fight over migration talks\npublication: Reuters\npublished: 2017-12-03\n---\n\n" +
		"U.S. Ambassador Nikki Haley argued for staying in the migration talks, but President Donald Trump overruled her, officials said on Sunday.\n"
	for name, body := range map[string]string{"fp.md": string(fp), "reuters.md": reuters} {
		if err := os.WriteFile(filepath.Join(docs, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", docs), "", "ask", "Who overruled Haley, and which declaration did the Obama administration endorse?")
	if code != 0 {
		t.Fatalf("ask: %d %s", code, stderr)
	}
	_, sources, ok := strings.Cut(out, "Sources:\n")
	if !ok {
		t.Fatalf("no sources:\n%s", out)
	}
	titles := map[string]int{}
	for _, l := range strings.Split(sources, "\n") {
		if !strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "    ") {
			continue // blank, or a quote or copy under its article
		}
		f := strings.Fields(l)
		titles[f[0]] = column(l, f[1])
	}
	if len(titles) != 2 || titles["FP"] != titles["Reuters"] {
		t.Errorf("want FP's and Reuters' titles in one column, got columns %v:\n%s", titles, out)
	}
}

func TestAskAloneAtATerminalSaysItIsWaiting(t *testing.T) {
	tty, err := os.Open(os.DevNull) // a character device, as a terminal is
	if err != nil {
		t.Fatal(err)
	}
	defer tty.Close()
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"ask"}, env(t), tty, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errb.String(), askPrompt) {
		t.Errorf("at a terminal: stderr %q lacks the prompt", errb.String())
	}
	_, stderr, _ := runCLI(t, env(t), "Who overruled Haley?\n", "ask")
	if strings.Contains(stderr, askPrompt) {
		t.Errorf("piped questions get the prompt: %q", stderr)
	}
}

// column is the terminal column where sub starts in line, -1 if it is not
// there.
func column(line, sub string) int {
	i := strings.Index(line, sub)
	if i < 0 {
		return -1
	}
	return utf8.RuneCountInString(line[:i])
}

func TestNoDocsSaysHowToAddThem(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "docs")
	empty := t.TempDir()
	for _, dir := range []string{missing, empty} {
		for _, args := range [][]string{{"ask", "Who overruled Haley?"}, {"docs"}, {"timeline"}, {"check", "Haley was overruled"}, {"index"}} {
			out, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", dir), "", args...)
			if code != 1 || out != "" || !strings.Contains(stderr, dir) || !strings.Contains(stderr, "add articles with 'footnote import PATH|URL'") && !strings.Contains(stderr, "add some with 'footnote import PATH|URL'") {
				t.Errorf("%v in %s: exit %d, stdout %q, stderr %q; want the folder named and how to fill it", args, dir, code, out, stderr)
			}
		}
	}
}

func TestABadFlagIsOneLine(t *testing.T) {
	for _, args := range [][]string{{"ask", "--nope", "q"}, {"ask", "--json=maybe", "q"}, {"import", "--date"}, {"docs", "-x"}} {
		out, stderr, code := runCLI(t, env(t), "", args...)
		want := "(see 'footnote " + args[0] + " --help')\n"
		if code != 2 || out != "" || strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "footnote: ") || !strings.HasSuffix(stderr, want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and one line ending %q", args, code, out, stderr, want)
		}
	}
}

func TestAMisspeltSettingInDotEnvIsNamed(t *testing.T) {
	docs, err := filepath.Abs("../../docs")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	if err := os.WriteFile(".env", []byte("FOOTNOTE_TOPK=3\nFOOTNOTE_BOGUS=1\nCOMPOSE_PROJECT_NAME=x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", docs), "", "docs")
	for _, want := range []string{".env: FOOTNOTE_TOPK is not a Footnote setting (did you mean FOOTNOTE_TOP_K?)", ".env: FOOTNOTE_BOGUS is not a Footnote setting (see .env.example)"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q lacks %q", stderr, want)
		}
	}
	if code != 2 || out != "" || strings.Contains(stderr, "COMPOSE") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 2, and another tool's key left alone", code, out, stderr)
	}
	// The example file holds only settings Footnote reads.
	example, err := os.ReadFile(filepath.Join(docs, "..", ".env.example"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(".env", example, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", docs), "", "docs"); code != 0 {
		t.Errorf(".env.example as .env: exit %d, %q", code, stderr)
	}
}

func TestImportReadsLinksAsLinks(t *testing.T) {
	docs := t.TempDir()
	e := env(t, "FOOTNOTE_DOCS_DIR", docs)
	// An upper-case scheme is still a link, refused as a local address.
	_, stderr, code := runCLI(t, e, "", "import", "HTTP://127.0.0.1:1/story")
	if code != 2 || !strings.Contains(stderr, "HTTP://127.0.0.1:1/story: error: cannot fetch") || !strings.Contains(stderr, "refusing to connect to 127.0.0.1") {
		t.Errorf("HTTP:// link: exit %d, %q", code, stderr)
	}
	// --url must be a link a reader can follow.
	page := "../../corpus/testdata/coverage/011-chinagate-xinhua-lajcak.txt"
	_, stderr, code = runCLI(t, e, "", "import", "--url", "http://example.org/a story", page)
	if code != 2 || !strings.Contains(stderr, `url "http://example.org/a story" is not an http(s) link`) {
		t.Errorf("--url with a space: exit %d, %q", code, stderr)
	}
	if got := mdFiles(t, docs); len(got) != 0 {
		t.Errorf("docs after refused imports: %v", got)
	}
}

func TestImportOfAnEmptyFolderSaysSo(t *testing.T) {
	empty := t.TempDir()
	out, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", t.TempDir()), "", "import", empty)
	if code != 2 || out != "" || stderr != "footnote: nothing to import: no .txt or .html page in "+empty+"\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
}
