package main

import (
	"maps"
	"slices"
	"strings"
)

// settingPrefix marks Footnote's own variables: a .env key with it that
// Footnote does not read is a typo (FOOTNOTE_TOPK) that would otherwise
// be ignored without a word. Other keys (another tool's) are left alone.
const settingPrefix = "FOOTNOTE_"

// unknownSettings reports each key of the .env file at path that looks
// like a Footnote setting but is none, naming the one it likely means.
func unknownSettings(path string, vars map[string]string, known []string) []error {
	var errs []error
	for _, k := range slices.Sorted(maps.Keys(vars)) {
		if !strings.HasPrefix(strings.ToUpper(k), settingPrefix) || slices.Contains(known, k) {
			continue
		}
		hint := "see .env.example"
		squash := func(s string) string { return strings.ToUpper(strings.ReplaceAll(s, "_", "")) }
		for _, n := range known {
			if squash(n) == squash(k) {
				hint = "did you mean " + n + "?"
			}
		}
		errs = append(errs, usagef("%s: %s is not a Footnote setting (%s)", path, k, hint))
	}
	return errs
}
