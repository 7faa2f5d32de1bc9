// Command footnote answers questions about the articles in docs/ and cites
// the paragraphs it used, from the command line or as a Discord bot.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// The first SIGINT or SIGTERM cancels ctx: a command stops, says so and
	// exits 128+signal; a second one exits at once.
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go watchSignals(sigs, cancel, os.Stderr, os.Exit)
	err := run(ctx, os.Args[1:], os.LookupEnv, os.Stdin, os.Stdout, os.Stderr)
	if status, ok := interruptedStatus(ctx, err, os.Stderr); ok {
		os.Exit(status)
	}
	os.Exit(exitCode(err, os.Stderr))
}
