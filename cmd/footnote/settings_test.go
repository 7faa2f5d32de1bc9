package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEverySettingIsDocumented finds every FOOTNOTE_*, DISCORD_* and
// OPENAI_* variable the code reads and checks that .env.example and the
// README's settings table name it.
func TestEverySettingIsDocumented(t *testing.T) {
	re := regexp.MustCompile(`"((?:FOOTNOTE|DISCORD|OPENAI)_[A-Z0-9_]+)"`)
	found := map[string]bool{}
	for _, dir := range []string{".", "../../bot", "../../llm"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range re.FindAllStringSubmatch(string(b), -1) {
				found[m[1]] = true
			}
		}
	}
	if len(found) < 20 {
		t.Fatalf("found only %d variables: %v", len(found), found)
	}
	example, _ := os.ReadFile("../../.env.example")
	readme, _ := os.ReadFile("../../README.md")
	for v := range found {
		if !regexp.MustCompile(`(?m)^` + v + `=`).Match(example) {
			t.Errorf(".env.example lacks %s", v)
		}
		if !strings.Contains(string(readme), "`"+v+"`") {
			t.Errorf("README lacks %s", v)
		}
	}
}
