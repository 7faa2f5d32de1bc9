package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/footnote-bot/footnote/internal/fakediscord"
)

// TestServeBinary drives the built binary black-box: DISCORD_API_BASE
// points it at a fake Discord, a DM question is answered, and SIGTERM stops
// it with exit status 0.
func TestServeBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	fake := fakediscord.Start(fakediscord.Options{Token: "bin-token-789"})
	defer fake.Close()
	docs, err := filepath.Abs("../../docs")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "serve")
	cmd.Dir = t.TempDir() // no .env there
	cmd.Env = append(os.Environ(), "DISCORD_TOKEN=bin-token-789", "DISCORD_API_BASE="+fake.URL,
		"FOOTNOTE_DOCS_DIR="+docs, "FOOTNOTE_DATA_DIR="+t.TempDir(), "FOOTNOTE_LOG_LEVEL=debug")
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second) // a safety net
	defer cancel()
	if err := fake.WaitReady(ctx); err != nil {
		t.Fatalf("gateway never ready: %v\n%s", err, stderr.String())
	}
	dm := fakediscord.Where{ChannelID: "900"}
	if _, err := fake.SendMessage(dm, fakediscord.User{ID: "77", Name: "reader"}, "Who overruled Haley?", nil, ""); err != nil {
		t.Fatal(err)
	}
	reply, err := fake.WaitFor(ctx, func(r fakediscord.Request) bool {
		return r.Method == "POST" && r.Route() == "/channels/900/messages"
	})
	if err != nil {
		var reqs []string
		for _, r := range fake.Requests() {
			reqs = append(reqs, r.Method+" "+r.Route())
		}
		t.Fatalf("no DM answer: %v\nrequests: %v\n%s", err, reqs, stderr.String())
	}
	if body := string(reply.Body); !strings.Contains(body, "[FP ¶7]") || !strings.Contains(body, `"parse":[]`) {
		t.Errorf("DM answer: %s", body)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) || err != nil {
			t.Fatalf("exit after SIGTERM: %v\n%s", err, stderr.String())
		}
	case <-ctx.Done():
		t.Fatal("serve did not stop on SIGTERM")
	}
	if strings.Contains(stderr.String(), "bin-token-789") {
		t.Error("the token appears in the logs")
	}
}

// TestServeBinaryBadToken: a rejected token ends the process with a clear
// message instead of reconnecting forever.
func TestServeBinaryBadToken(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	fake := fakediscord.Start(fakediscord.Options{Token: "right-token"})
	defer fake.Close()
	docs, _ := filepath.Abs("../../docs")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second) // a safety net
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "serve")
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "DISCORD_TOKEN=wrong-token-456", "DISCORD_API_BASE="+fake.URL,
		"FOOTNOTE_DOCS_DIR="+docs, "FOOTNOTE_DATA_DIR="+t.TempDir())
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Fatalf("exit: %v, want status 1\n%s", err, out)
	}
	if !strings.Contains(string(out), "DISCORD_TOKEN") {
		t.Errorf("message does not name DISCORD_TOKEN: %s", out)
	}
	if strings.Contains(string(out), "wrong-token-456") {
		t.Error("the token appears in the output")
	}
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
	buildOut  []byte
)

// buildBinary builds footnote once for all the black-box tests.
func buildBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "footnote-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "footnote")
		buildOut, buildErr = exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
	})
	if buildErr != nil {
		t.Fatalf("build: %v\n%s", buildErr, buildOut)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}
