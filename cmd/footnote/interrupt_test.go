package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// safetyNet bounds a wait that should end at once; it is a failure
// timeout, not a measurement.
const safetyNet = 60 * time.Second

// TestAskStopsWhenCancelledWhileStdinStaysOpen: a question is answered,
// then the run is cancelled while stdin is a pipe nobody closes; ask
// returns a cancellation error instead of waiting for the next line.
func TestAskStopsWhenCancelledWhileStdinStaysOpen(t *testing.T) {
	stdinR, stdinW := io.Pipe()
	defer stdinW.Close() // frees the reading goroutine at the end
	stdoutR, stdoutW := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	var stderr syncBuffer
	go func() {
		done <- run(ctx, []string{"ask", "--json"}, env(t), stdinR, stdoutW, &stderr)
		stdoutW.Close()
	}()
	go io.WriteString(stdinW, "Who overruled Haley?\n") //nolint:errcheck // read below
	first, err := bufio.NewReader(stdoutR).ReadString('\n')
	if err != nil {
		t.Fatalf("no first answer: %v\n%s", err, stderr.String())
	}
	var a askJSON
	if err := json.Unmarshal([]byte(first), &a); err != nil || len(a.Citations) == 0 || a.Citations[0].Paragraph != 7 {
		t.Fatalf("first answer %q: %v", first, err)
	}
	go io.Copy(io.Discard, stdoutR) //nolint:errcheck // drains whatever follows
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("run = %v, want a cancellation error", err)
		}
	case <-time.After(safetyNet):
		t.Fatal("ask kept waiting on stdin after its context was cancelled")
	}
}

func TestImportCancelledWritesNothing(t *testing.T) {
	docs := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	err := run(ctx, []string{"import", "../../corpus/testdata/trump-boycotts-un-migration-talks.txt"}, env(t, "FOOTNOTE_DOCS_DIR", docs), strings.NewReader(""), &out, &errb)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("import with a cancelled context = %v, want a cancellation error", err)
	}
	if entries, _ := os.ReadDir(docs); len(entries) != 0 {
		t.Errorf("docs/ holds %d entries after a cancelled import", len(entries))
	}
}

func TestImportRefusesAFIFO(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "raw.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	docs := t.TempDir()
	// Opening a FIFO without a writer blocks: a hang here is the failure.
	_, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", docs), "", "import", pipe)
	if code != 2 || !strings.Contains(stderr, pipe) || !strings.Contains(stderr, "not a regular file") {
		t.Fatalf("exit %d, stderr %q; want 2 and a message naming the pipe", code, stderr)
	}
}

func TestImportRefusesAFileOverTheCap(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("Words and more words.\n"), 60_000), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", t.TempDir()), "", "import", big)
	if code != 2 || !strings.Contains(stderr, big) || !strings.Contains(stderr, "1048576-byte cap") {
		t.Fatalf("exit %d, stderr %q; want 2 and a message naming the file and the cap", code, stderr)
	}
}

// TestImportNeverWritesThroughASymlink: with --force, a destination that
// is a symbolic link is refused and the file it points to is untouched.
func TestImportNeverWritesThroughASymlink(t *testing.T) {
	docs := t.TempDir()
	target := filepath.Join(t.TempDir(), "precious.md")
	if err := os.WriteFile(target, []byte("keep me\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(docs, "trump-boycotts-un-migration-talks.md")
	if err := os.Symlink(target, dst); err != nil {
		t.Skip("no symlinks here:", err)
	}
	_, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", docs), "", "import", "--force", "../../corpus/testdata/trump-boycotts-un-migration-talks.txt")
	if code != 2 || !strings.Contains(stderr, "symbolic link") {
		t.Fatalf("exit %d, stderr %q; want 2 and a message about the link", code, stderr)
	}
	if b, _ := os.ReadFile(target); string(b) != "keep me\n" {
		t.Errorf("the link's target now holds %q", b)
	}
}

func TestImportForceReplacesWhole(t *testing.T) {
	docs := t.TempDir()
	dst := filepath.Join(docs, "trump-boycotts-un-migration-talks.md")
	if err := os.WriteFile(dst, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	raw := "../../corpus/testdata/trump-boycotts-un-migration-talks.txt"
	if _, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", docs), "", "import", raw); code != 2 || !strings.Contains(stderr, "--force") {
		t.Fatalf("without --force: exit %d, %q", code, stderr)
	}
	if b, _ := os.ReadFile(dst); string(b) != "old\n" {
		t.Fatalf("refused import changed the file: %q", b)
	}
	if _, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", docs), "", "import", "--force", raw); code != 0 {
		t.Fatalf("with --force: exit %d, %q", code, stderr)
	}
	b, _ := os.ReadFile(dst)
	if !strings.HasPrefix(string(b), "---\ntitle:") {
		t.Errorf("replaced file starts %q", b[:min(len(b), 40)])
	}
	if entries, _ := os.ReadDir(docs); len(entries) != 1 {
		t.Errorf("docs/ holds %d entries, want the article alone (no temporary file)", len(entries))
	}
}

func TestWatchSignals(t *testing.T) {
	sigs := make(chan os.Signal, 2)
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	exited := make(chan int, 1)
	var stderr syncBuffer
	go watchSignals(sigs, cancel, &stderr, func(code int) { exited <- code })
	sigs <- syscall.SIGINT
	<-ctx.Done()
	var in interrupted
	if !errors.As(context.Cause(ctx), &in) || in.sig != syscall.SIGINT {
		t.Fatalf("cause %v, want the interrupt", context.Cause(ctx))
	}
	status, ok := interruptedStatus(ctx, context.Canceled, &stderr)
	if !ok || status != 130 || !strings.Contains(stderr.String(), "interrupt") {
		t.Errorf("status %d, %v, stderr %q; want 130 and a message", status, ok, stderr.String())
	}
	sigs <- syscall.SIGTERM
	if code := <-exited; code != 143 {
		t.Errorf("second signal (SIGTERM) exits %d, want 143", code)
	}
}

func TestInterruptedStatusLeavesOtherEndings(t *testing.T) {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(interrupted{syscall.SIGTERM})
	var stderr bytes.Buffer
	if _, ok := interruptedStatus(ctx, nil, &stderr); ok {
		t.Error("a run that ended cleanly after SIGTERM (serve) lost its status 0")
	}
	if _, ok := interruptedStatus(ctx, errors.New("bad flag"), &stderr); ok {
		t.Error("an error other than cancellation was taken for the signal")
	}
	if _, ok := interruptedStatus(context.Background(), context.Canceled, &stderr); ok {
		t.Error("a cancellation without a signal was taken for one")
	}
}

// TestAskBinaryStopsOnSignal drives the built binary: ask reads questions
// from a pipe that stays open, answers one, then exits on SIGINT with
// status 130 (and on SIGTERM with 143) and a short message.
func TestAskBinaryStopsOnSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	docs, err := filepath.Abs("../../docs")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			cmd := exec.Command(bin, "ask", "--json")
			cmd.Dir = t.TempDir() // no .env there
			cmd.Env = append(os.Environ(), "FOOTNOTE_DOCS_DIR="+docs, "FOOTNOTE_DATA_DIR="+t.TempDir(), "OPENAI_API_KEY=", "OPENAI_BASE_URL=")
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr syncBuffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			answered := make(chan string, 1)
			go func() {
				line, _ := bufio.NewReader(stdout).ReadString('\n')
				answered <- line
			}()
			if _, err := io.WriteString(stdin, "Who overruled Haley?\n"); err != nil {
				t.Fatal(err)
			}
			select {
			case line := <-answered:
				if !strings.Contains(line, `"paragraph":7`) {
					t.Fatalf("first answer %q\n%s", line, stderr.String())
				}
			case <-time.After(safetyNet):
				t.Fatalf("no answer\n%s", stderr.String())
			}
			// ask now waits for the next line on a pipe nobody closes.
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				var ee *exec.ExitError
				if !errors.As(err, &ee) || ee.ExitCode() != tc.code {
					t.Fatalf("exit after %v: %v, want status %d\n%s", tc.sig, err, tc.code, stderr.String())
				}
			case <-time.After(safetyNet):
				t.Fatalf("ask ignored %v", tc.sig)
			}
			if !strings.Contains(stderr.String(), "footnote: stopped by signal") {
				t.Errorf("stderr %q, want a short message", stderr.String())
			}
		})
	}
}
