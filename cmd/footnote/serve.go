package main

import (
	"context"
	"io"
)

func cmdServe(ctx context.Context, args []string, env func(string) string, stdout, stderr io.Writer) error {
	return usagef("serve: not wired yet")
}
