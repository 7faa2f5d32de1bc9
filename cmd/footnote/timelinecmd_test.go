package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/claimcheck"
	"github.com/footnote-bot/footnote/timeline"
)

func TestTimelineJSON(t *testing.T) {
	out, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", "../../testdata/articles"), "", "timeline", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(tl.Events) == 0 || !strings.Contains(out, `"versions":`) || !strings.Contains(out, `"disputed":`) {
		t.Fatalf("timeline %s lacks events or fields", out)
	}
	for _, ev := range tl.Events {
		if len(ev.Date) != len("2006-01-02") && len(ev.Date) != len("2006-01") {
			t.Errorf("event date %q", ev.Date)
		}
	}
}

func TestTimelineText(t *testing.T) {
	out, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", "../../testdata/articles"), "", "timeline")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "2018-07-18") || !strings.Contains(out, "¶") {
		t.Errorf("timeline text lacks the Hungary event or its markers:\n%s", out)
	}
}

func TestCheckJSON(t *testing.T) {
	out, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", "../../testdata/articles"), "", "check", "--json", "Hungary will stay in the United Nations migration pact")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res claimcheck.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if res.Verdict != claimcheck.Contradicted || len(res.Citations) == 0 || res.Claim == "" {
		t.Errorf("got %+v, want contradicted with a citation", res)
	}
}

// The text output opens with the verdict in words, as Discord's card does,
// not the JSON's value.
func TestCheckTextSaysTheVerdictInWords(t *testing.T) {
	for _, tc := range []struct{ claim, first string }{
		{"Hungary will stay in the United Nations migration pact", "Contradicted\n"},
		{"Canada will host the next stocktaking meeting in Toronto", "Not covered\n"},
	} {
		out, stderr, code := runCLI(t, env(t, "FOOTNOTE_DOCS_DIR", "../../testdata/articles"), "", "check", tc.claim)
		if code != 0 || !strings.HasPrefix(out, tc.first) || !strings.Contains(out, "Sources:") {
			t.Errorf("check %q: exit %d, stderr %q, output:\n%s\nwant it to open with %q and list its sources", tc.claim, code, stderr, out, tc.first)
		}
	}
}

func TestTimelineAndCheckBadUsage(t *testing.T) {
	for _, args := range [][]string{{"timeline", "extra"}, {"check"}, {"check", "--bogus", "x"}} {
		_, stderr, code := runCLI(t, env(t), "", args...)
		if code != 2 || stderr == "" {
			t.Errorf("%q: exit %d, stderr %q; want a usage error", args, code, stderr)
		}
	}
}
