package bot_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/bot"
	"github.com/footnote-bot/footnote/claimcheck"
)

// checks is a ClaimChecker with a verdict per claim; a claim it does not
// know is not covered, and "boom" panics.
type checks map[string]claimcheck.Result

func (c checks) Check(_ context.Context, claim string) (claimcheck.Result, error) {
	if strings.Contains(claim, "boom") {
		panic("checker exploded")
	}
	r, ok := c[claim]
	if !ok {
		r = claimcheck.Result{Verdict: claimcheck.NotCovered, Explanation: "The coverage does not report this."}
	}
	r.Claim = claim
	return r, nil
}

func cannedChecks() checks {
	friday := footnote.Citation{Doc: docID, Paragraph: 2, Quote: "Trump made the decision on Friday"}
	hungary := footnote.Citation{Doc: "reuters-hungary", Paragraph: 1, Quote: "it would leave the U.N. global migration pact"}
	poland := footnote.Citation{Doc: "ap-poland", Paragraph: 1, Quote: "Poland will not sign the migration compact"}
	return checks{
		"Trump decided on Friday": {Verdict: claimcheck.Supported, Citations: []footnote.Citation{friday},
			Explanation: "The coverage says so: “Trump made the decision on Friday”."},
		"Trump decided on Monday": {Verdict: claimcheck.Contradicted, Citations: []footnote.Citation{friday},
			Explanation: "The coverage says otherwise: “Trump made the decision on Friday” (" + docID + " ¶2)."},
		"Hungary and Poland signed": {Verdict: claimcheck.Disputed, Citations: []footnote.Citation{hungary, poland},
			Explanation: "The coverage disagrees."},
	}
}

func TestCheckThisClaimShowsTheVerdictWithLinkedCitations(t *testing.T) {
	h := newHarness(t, setup{deps: bot.Deps{Library: library{arts: coverage()}, ClaimChecker: cannedChecks()}})
	for _, tc := range []struct {
		claim, verdict string
		markers        []string
	}{
		{"Trump decided on Friday", "**Supported**", []string{"[[FP ¶2]](<https://foreignpolicy.com/"}},
		{"Trump decided on Monday", "**Contradicted**", []string{"[[FP ¶2]](<https://foreignpolicy.com/"}},
		{"Hungary and Poland signed", "**Sources disagree**", []string{"[[Reuters2 ¶1]](<https://www.reuters.com/", "[[AP2 ¶1]](<https://apnews.com/"}},
		{"Chile joined", "**Not covered**", nil},
	} {
		t.Run(tc.verdict, func(t *testing.T) {
			in, err := h.fake.MessageCommand(inGuild, alice, "Check this claim", bob, tc.claim)
			if err != nil {
				t.Fatal(err)
			}
			if typ, data := h.callback(in); typ != 5 || flagsOf(data)&64 != 0 {
				t.Fatalf("first response: type %d flags %d, want a public deferral", typ, flagsOf(data))
			}
			msg := h.final(in)
			got := contentOf(msg)
			if !strings.HasPrefix(got, "> "+tc.claim+"\n"+tc.verdict+" — ") {
				t.Errorf("card = %q, want the quoted claim then %s", got, tc.verdict)
			}
			for _, m := range tc.markers {
				if !strings.Contains(got, m) {
					t.Errorf("card lacks the linked citation %q: %q", m, got)
				}
			}
			if strings.Contains(got, "("+docID) {
				t.Errorf("card names a passage by its document ID, not its marker: %q", got)
			}
			if len(tc.markers) > 0 && !strings.Contains(embedsText(msg), "Sources") {
				t.Errorf("card has no Sources box: %s", embedsText(msg))
			}
			if am, _ := msg["allowed_mentions"].(map[string]any); am == nil || fmt.Sprint(am["parse"]) != "[]" {
				t.Errorf("allowed_mentions = %v, want parse []", msg["allowed_mentions"])
			}
		})
	}
}

func TestCheckThisClaimQuotesTheMessageInert(t *testing.T) {
	h := newHarness(t, setup{deps: bot.Deps{Library: library{arts: coverage()}, ClaimChecker: cannedChecks()}})
	in, err := h.fake.MessageCommand(inGuild, alice, "Check this claim", bob, "@everyone [Trump](https://evil.example) **quit**")
	if err != nil {
		t.Fatal(err)
	}
	got := contentOf(h.final(in))
	quote := strings.SplitN(got, "\n", 2)[0]
	for _, live := range []string{"](https://", "**quit**", "@everyone"} {
		if strings.Contains(quote, live) {
			t.Errorf("the quoted claim has live markup %q: %q", live, quote)
		}
	}
}

func TestCheckThisClaimPanicGetsAPrivateApology(t *testing.T) {
	h := newHarness(t, setup{deps: bot.Deps{ClaimChecker: cannedChecks()}})
	in, err := h.fake.MessageCommand(inGuild, alice, "Check this claim", bob, "boom")
	if err != nil {
		t.Fatal(err)
	}
	if got := contentOf(h.privateReply(in)); !strings.Contains(got, "Something went wrong") {
		t.Errorf("after a panic in the checker the user sees %q, want a private apology", got)
	}
	h.askStillAnswered()
}

func TestNewCommandsInstallLikeAskFootnote(t *testing.T) {
	h := newHarness(t, setup{noWait: true, deps: bot.Deps{Timeliner: coverageTimeline(), ClaimChecker: cannedChecks()}})
	r := h.wait("PUT", "/applications/*/guilds/"+guildID+"/commands", 1)
	var cmds []struct {
		Name      string `json:"name"`
		Type      int    `json:"type"`
		Contexts  []int  `json:"contexts"`
		Integrate []int  `json:"integration_types"`
	}
	if err := json.Unmarshal(r.Body, &cmds); err != nil {
		t.Fatal(err)
	}
	byName := map[string]int{}
	for n, c := range cmds {
		byName[c.Name] = n
	}
	for _, name := range []string{"timeline", "Check this claim", "Ask Footnote"} {
		if _, ok := byName[name]; !ok {
			t.Fatalf("command %q not registered", name)
		}
	}
	ask, check := cmds[byName["Ask Footnote"]], cmds[byName["Check this claim"]]
	if check.Type != 3 || !reflect.DeepEqual(check.Contexts, ask.Contexts) || !reflect.DeepEqual(check.Integrate, ask.Integrate) {
		t.Errorf("Check this claim = %+v, want a message command installed like Ask Footnote %+v", check, ask)
	}
	if tl := cmds[byName["timeline"]]; tl.Type != 1 {
		t.Errorf("timeline has type %d, want a slash command", tl.Type)
	}
}
