package bot_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/bot"
	"github.com/footnote-bot/footnote/internal/fakediscord"
	"github.com/footnote-bot/footnote/timeline"
)

// fixedTimeline is a Timeliner with a fixed timeline.
type fixedTimeline timeline.Timeline

func (f fixedTimeline) Timeline(context.Context) (timeline.Timeline, error) {
	return timeline.Timeline(f), nil
}

// coverageTimeline is a timeline of coverage(): an event from the Foreign
// Policy article, and one the outlets date differently.
func coverageTimeline() fixedTimeline {
	return fixedTimeline{Events: []timeline.Event{
		{
			Date: "2017-12-01", Text: "Trump made the decision on Friday, a day dominated by Senate negotiations on a landmark tax bill.",
			Citations: []footnote.Citation{{Doc: docID, Paragraph: 2, Quote: "Trump made the decision on Friday"}},
		},
		{
			Date: "2017-12-13", Text: "Hungary said it would leave the U.N. global migration pact.", Disputed: true,
			Citations: []footnote.Citation{{Doc: "reuters-hungary", Paragraph: 1, Quote: "it would leave the U.N. global migration pact"}},
			Versions:  []timeline.Version{{Date: "2017-12", Citations: []footnote.Citation{{Doc: "ap-poland", Paragraph: 1, Quote: "Poland will not sign the migration compact"}}}},
		},
	}}
}

func TestTimelineListsEventsOldestFirstWithLinkedCitations(t *testing.T) {
	h := newHarness(t, setup{deps: bot.Deps{Library: library{arts: coverage()}, Timeliner: coverageTimeline()}})
	in := h.slash(inGuild, alice, "timeline")
	if typ, data := h.callback(in); typ != 5 || flagsOf(data)&64 != 0 {
		t.Fatalf("/timeline first response: type %d flags %d, want a public deferral", typ, flagsOf(data))
	}
	msg := h.final(in)
	desc := embedsText(msg)
	first := strings.Index(desc, "**2017-12-01** — Trump made the decision on Friday")
	second := strings.Index(desc, "**2017-12-13** — Hungary said")
	if first < 0 || second < first {
		t.Fatalf("events missing or not oldest first:\n%s", desc)
	}
	for _, want := range []string{
		"[[FP ¶2]](<https://foreignpolicy.com/", // linked marker
		"[[Reuters2 ¶1]](<https://www.reuters.com/article/hungary-migration-pact",
		"dates disputed",
		"dated **2017-12** by [[AP2 ¶1]](<https://apnews.com/article/poland-migration",
	} {
		if !strings.Contains(desc, want) {
			t.Errorf("timeline lacks %q:\n%s", want, desc)
		}
	}
	if comps, _ := msg["components"].([]any); len(comps) != 0 {
		t.Errorf("a one-page timeline has page buttons: %v", comps)
	}
	if am, _ := msg["allowed_mentions"].(map[string]any); am == nil || fmt.Sprint(am["parse"]) != "[]" {
		t.Errorf("allowed_mentions = %v, want parse []", msg["allowed_mentions"])
	}
}

// pageButtons are the custom IDs of a message's previous and next page
// buttons, labelled prev and next, and whether each is enabled.
func pageButtons(t *testing.T, m map[string]any, prev, next string) (older, newer string, olderOn, newerOn bool) {
	t.Helper()
	rows, _ := m["components"].([]any)
	for _, r := range rows {
		cs, _ := r.(map[string]any)["components"].([]any)
		for _, c := range cs {
			b, _ := c.(map[string]any)
			id, _ := b["custom_id"].(string)
			off, _ := b["disabled"].(bool)
			switch b["label"] {
			case prev:
				older, olderOn = id, !off
			case next:
				newer, newerOn = id, !off
			}
		}
	}
	if older == "" || newer == "" {
		t.Fatalf("no %s/%s buttons in %v", prev, next, rows)
	}
	return older, newer, olderOn, newerOn
}

// checkLimits fails if m breaks one of Discord's message limits.
func checkLimits(t *testing.T, m map[string]any) {
	t.Helper()
	if n := utf8.RuneCountInString(contentOf(m)); n > fakediscord.MaxContent {
		t.Errorf("content of %d characters", n)
	}
	total := 0
	es, _ := m["embeds"].([]any)
	for _, e := range es {
		em := e.(map[string]any)
		d, _ := em["description"].(string)
		ti, _ := em["title"].(string)
		f, _ := em["footer"].(map[string]any)
		ft, _ := f["text"].(string)
		if utf8.RuneCountInString(d) > fakediscord.MaxEmbedDescription {
			t.Errorf("embed description of %d characters", utf8.RuneCountInString(d))
		}
		total += utf8.RuneCountInString(d) + utf8.RuneCountInString(ti) + utf8.RuneCountInString(ft)
	}
	if total > fakediscord.MaxEmbedTotal {
		t.Errorf("embeds of %d characters", total)
	}
}

var eventNumber = regexp.MustCompile(`Event number (\d+) `)

func TestTimelinePagesThroughManyEventsWithinLimits(t *testing.T) {
	const events = 120
	tl := manyEvents(events)
	h := newHarness(t, setup{deps: bot.Deps{Library: library{arts: coverage()}, Timeliner: tl}})
	in := h.slash(inGuild, alice, "timeline")
	msg := h.final(in)
	var seen []int
	collect := func(m map[string]any) {
		for _, s := range eventNumber.FindAllStringSubmatch(embedsText(m), -1) {
			var n int
			fmt.Sscan(s[1], &n)
			seen = append(seen, n)
		}
	}
	checkLimits(t, msg)
	collect(msg)
	older, newer, olderOn, newerOn := pageButtons(t, msg, "Older", "Newer")
	if olderOn || !newerOn {
		t.Fatalf("first page: Older enabled %t, Newer enabled %t; want only Newer", olderOn, newerOn)
	}
	pages := 1
	var second map[string]any
	for newerOn {
		click, err := h.fake.ButtonClick(inGuild, bob, h.fake.NewID(), newer)
		if err != nil {
			t.Fatal(err)
		}
		typ, data := h.callback(click)
		if typ != 7 {
			t.Fatalf("page button answered with type %d, want an update of the message (7)", typ)
		}
		pages++
		if pages == 2 {
			second = data
		}
		checkLimits(t, data)
		collect(data)
		older, newer, olderOn, newerOn = pageButtons(t, data, "Older", "Newer")
		if !olderOn {
			t.Fatalf("page %d has no Older button enabled", pages)
		}
		if pages > events {
			t.Fatal("the Newer button never ends")
		}
	}
	if pages < 3 {
		t.Errorf("%d events fit in %d pages; the test wants several", events, pages)
	}
	if !strings.Contains(embedsFooter(second), fmt.Sprintf("Page 2 of %d", pages)) {
		t.Errorf("second page footer = %q", embedsFooter(second))
	}
	if len(seen) != events {
		t.Fatalf("paging showed %d events, want each of %d once", len(seen), events)
	}
	for i, n := range seen {
		if n != i {
			t.Fatalf("event %d shown at position %d: paging skips or repeats events", n, i)
		}
	}
	// Older goes back a page.
	click, err := h.fake.ButtonClick(inGuild, bob, h.fake.NewID(), older)
	if err != nil {
		t.Fatal(err)
	}
	if _, data := h.callback(click); !strings.Contains(embedsFooter(data), fmt.Sprintf("Page %d of %d", pages-1, pages)) {
		t.Errorf("Older from the last page shows %q", embedsFooter(data))
	}
}

func embedsFooter(m map[string]any) string {
	es, _ := m["embeds"].([]any)
	if len(es) == 0 {
		return ""
	}
	f, _ := es[0].(map[string]any)["footer"].(map[string]any)
	s, _ := f["text"].(string)
	return s
}

// manyEvents is a timeline of n long events, numbered in their text.
func manyEvents(n int) fixedTimeline {
	var tl fixedTimeline
	for k := range n {
		tl.Events = append(tl.Events, timeline.Event{
			Date: fmt.Sprintf("2017-12-%02d", k%28+1),
			Text: fmt.Sprintf("Event number %d ", k) + strings.Repeat("with a long sentence about the talks ", 6),
			Citations: []footnote.Citation{
				{Doc: docID, Paragraph: 1, Quote: "boycott a global conference on migration"},
				{Doc: "reuters-hungary", Paragraph: 1, Quote: "it would leave the U.N. global migration pact"},
			},
		})
	}
	return tl
}

// flakyTimeline serves its timeline and panics from the call panicFrom on.
type flakyTimeline struct {
	tl        fixedTimeline
	calls     *atomic.Int32
	panicFrom int32
}

func (f flakyTimeline) Timeline(ctx context.Context) (timeline.Timeline, error) {
	if f.calls.Add(1) >= f.panicFrom {
		panic("timeline exploded")
	}
	return f.tl.Timeline(ctx)
}

// TestSlowTimelinePageIsDeferredAndAFailureKeepsThePage: a page that takes
// long is acknowledged as an update of the message and then edits it; a
// page that fails tells its member privately and leaves the message alone.
func TestSlowTimelinePageIsDeferredAndAFailureKeepsThePage(t *testing.T) {
	var fake *fakediscord.Server
	var clicks atomic.Int32
	h := newHarness(t, setup{
		deps:      bot.Deps{Library: library{arts: coverage()}, Timeliner: flakyTimeline{tl: manyEvents(60), calls: new(atomic.Int32), panicFrom: 3}},
		beforeRun: func(f *fakediscord.Server) { fake = f },
		prepare: func(b *bot.Bot) {
			bot.SetDeferAfter(b, time.Millisecond)
			bot.HookRoute(b, "fn:tl:", func(ctx context.Context) {
				// Go on only once the click is acknowledged (after the
				// /timeline's own acknowledgement).
				_, _ = fake.WaitRoute(ctx, "POST", "/interactions/*/*/callback", 1+int(clicks.Add(1)))
			})
		},
	})
	in := h.slash(inGuild, alice, "timeline")
	_, newer, _, _ := pageButtons(t, h.final(in), "Older", "Newer")
	click, err := h.fake.ButtonClick(inGuild, bob, h.fake.NewID(), newer)
	if err != nil {
		t.Fatal(err)
	}
	if typ, _ := h.callback(click); typ != 6 {
		t.Fatalf("slow page acknowledged with type %d, want a deferred update (6)", typ)
	}
	edit := h.waitOK("PATCH", click.OriginalRoute(h.fake.AppID())).JSON()
	if !strings.Contains(embedsFooter(edit), "Page 2 of") {
		t.Errorf("slow page edited the message to %q, want page 2", embedsFooter(edit))
	}
	click2, err := h.fake.ButtonClick(inGuild, bob, h.fake.NewID(), newer)
	if err != nil {
		t.Fatal(err)
	}
	if typ, _ := h.callback(click2); typ != 6 {
		t.Fatalf("second page acknowledged with type %d, want a deferred update (6)", typ)
	}
	r := h.waitOK("POST", click2.FollowupRoute(h.fake.AppID()))
	if got := contentOf(r.JSON()); !strings.Contains(got, "Something went wrong") || flagsOf(r.JSON())&64 == 0 {
		t.Errorf("a failed page told its member %q (flags %d), want a private apology", got, flagsOf(r.JSON()))
	}
	for _, req := range h.fake.Requests() {
		if req.Method == "DELETE" {
			t.Errorf("a failed page deleted a message: %s", req.Route())
		}
	}
}
