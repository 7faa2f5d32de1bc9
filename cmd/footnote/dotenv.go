package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"github.com/joho/godotenv"

	"github.com/footnote-bot/footnote/internal/filecap"
)

// maxDotEnvBytes caps the .env file read; settings take a few kilobytes,
// and a larger file is a mistake (a wrong file, a device) to stop on.
const maxDotEnvBytes = 1 << 20

// readDotEnv reads the variables of the .env file at path (godotenv's
// syntax: KEY=VALUE, export, quotes, # comments, ${VAR} from earlier
// lines). A missing file is no error; a malformed one is a usage error
// naming its line, without quoting the file (it holds secrets).
func readDotEnv(path string) (map[string]string, error) {
	src, err := filecap.ReadFile(path, maxDotEnvBytes)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, usagef("%v", err)
	}
	vars, err := godotenv.UnmarshalBytes(src)
	if err != nil {
		return nil, usagef("%s%s (want KEY=VALUE)", path, dotEnvProblem(src, err))
	}
	if _, ok := vars[""]; ok {
		return nil, usagef("%s: a line has no = (want KEY=VALUE)", path)
	}
	return vars, nil
}

// dotEnvProblem words godotenv's error as ":LINE: what", dropping the text
// godotenv quotes (the rest of the file, secrets included).
func dotEnvProblem(src []byte, err error) string {
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	msg := err.Error()
	offset := -1
	const near, unterminated = " near ", "unterminated quoted value "
	switch {
	case strings.Contains(msg, near):
		i := strings.Index(msg, near)
		if rest, err := strconv.Unquote(msg[i+len(near):]); err == nil && bytes.HasSuffix(src, []byte(rest)) {
			offset = len(src) - len(rest)
		}
		msg = msg[:i]
	case strings.HasPrefix(msg, unterminated):
		offset = bytes.Index(src, []byte(msg[len(unterminated):]))
		msg = strings.TrimSpace(unterminated)
	default:
		msg = "malformed"
	}
	if offset < 0 {
		return ": " + msg
	}
	return fmt.Sprintf(":%d: %s", 1+bytes.Count(src[:offset], []byte("\n")), msg)
}
