package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// config is footnote's own configuration, read once from the environment.
// The model's and Discord's settings are read by their packages.
type config struct {
	DocsDir    string
	DataDir    string
	TopK       int
	ChunkWords int
	LogLevel   slog.Level
}

// configFromEnv reads and validates the configuration. Every bad variable
// is named in the error.
func configFromEnv(getenv func(string) string) (config, error) {
	c := config{DocsDir: "./docs", TopK: 5, ChunkWords: 150}
	var errs []error
	if v := getenv("FOOTNOTE_DOCS_DIR"); v != "" {
		c.DocsDir = v
	}
	c.DataDir = getenv("FOOTNOTE_DATA_DIR")
	if c.DataDir == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			errs = append(errs, fmt.Errorf("FOOTNOTE_DATA_DIR is unset and there is no user cache directory (%v): set it", err))
		} else {
			c.DataDir = filepath.Join(dir, "footnote")
		}
	}
	intVar := func(name string, dst *int, lo, hi int) {
		v := getenv(name)
		if v == "" {
			return
		}
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || n < lo || n > hi {
			errs = append(errs, fmt.Errorf("%s=%q: want a whole number from %d to %d", name, v, lo, hi))
			return
		}
		*dst = n
	}
	intVar("FOOTNOTE_TOP_K", &c.TopK, 1, 50)
	intVar("FOOTNOTE_CHUNK_WORDS", &c.ChunkWords, 20, 5000)
	switch v := strings.ToLower(getenv("FOOTNOTE_LOG_LEVEL")); v {
	case "", "info":
		c.LogLevel = slog.LevelInfo
	case "debug":
		c.LogLevel = slog.LevelDebug
	case "warn", "warning":
		c.LogLevel = slog.LevelWarn
	case "error":
		c.LogLevel = slog.LevelError
	default:
		errs = append(errs, fmt.Errorf("FOOTNOTE_LOG_LEVEL=%q: want debug, info, warn or error", v))
	}
	if len(errs) > 0 {
		return config{}, usageError{errors.Join(errs...).Error()}
	}
	return c, nil
}
