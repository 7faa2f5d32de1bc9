// Command fakeopenai runs the fake OpenAI-compatible server as a process,
// for black-box tests of the footnote binary:
//
//	fakeopenai -script faults.json -addr 127.0.0.1:0
//
// It prints "OPENAI_BASE_URL=http://127.0.0.1:PORT/v1" on its first line of
// standard output, then serves until interrupted. It listens on loopback
// only.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/footnote-bot/footnote/internal/fakeopenai"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "fakeopenai:", err)
		os.Exit(1)
	}
}

func run() error {
	addr := flag.String("addr", "127.0.0.1:0", "loopback address to listen on")
	scriptPath := flag.String("script", "", "JSON fault script (see internal/fakeopenai/script.go)")
	flag.Parse()

	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		return fmt.Errorf("-addr %q: %w", *addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("-addr %q: listen on loopback only", *addr)
	}
	var script fakeopenai.Script
	if *scriptPath != "" {
		f, err := os.Open(*scriptPath)
		if err != nil {
			return err
		}
		script, err = fakeopenai.LoadScript(f)
		_ = f.Close()
		if err != nil {
			return err
		}
	}
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := fakeopenai.New(append(script.Options(), fakeopenai.WithListener(l))...)
	defer srv.Close()
	if err := script.Apply(srv); err != nil {
		return err
	}
	fmt.Printf("OPENAI_BASE_URL=%s\n", srv.BaseURL())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	<-ctx.Done()
	slog.Info("fakeopenai: served", "requests", len(srv.Requests()))
	return nil
}
