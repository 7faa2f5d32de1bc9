package llm

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/prompts"
)

// liveMention matches a mention Discord would act on.
var liveMention = regexp.MustCompile(`(?i)@(everyone|here)|<@[!&]?\d+>`)

// FuzzPostCheck feeds arbitrary model text to the post-check, whole and as
// a stream, and checks what a user would be shown: no panic; every kept
// citation cites a retrieved paragraph and its quote is verified with
// footnote.QuoteIn against that paragraph; no live mention; every citation
// marker in the text has its citation.
func FuzzPostCheck(f *testing.F) {
	for _, s := range []string{
		"Nikki Haley expressed the lone dissent [¶6].",
		"Nikki Haley expressed the lone dissent [¶99]. John Kelly and Jeff Sessions strongly backed a pullout [¶6]. Haley was 45 years old [¶6].",
		"@everyone @here <@123456789> <@&987654321> <@!42> Nikki Haley expressed the lone dissent [¶6].",
		"La conferencia sobre migración comenzaba el lunes en Puerto Vallarta, México [¶1]. Trump tomó la decisión el viernes [¶2].",
		"Haley was not overruled by the president [¶7].",
		"The meeting ended in agreement, with Nikki Haley supporting the pullout [¶6].",
		"The United States would end its participation in the compact process, see https://evil.example [¶12].",
		"Kelly backed the pullout while Haley dissented [¶5, ¶6].",
		"- Kelly backed a pullout [¶5]\n- Barack Obama opposed the boycott [¶6]\n- Haley expressed the lone dissent [¶6]",
		"Trump made the decision on Friday. [¶2] Miller led efforts to pull out of the migration talks. [¶3]",
		"Miller led efforts to pull out of the migration talks.",
		"[¶6](https://evil.example) Nikki Haley expressed the lone dissent [¶6]",
		"Nikki Haley expressed the lone dissent [[¶6]] (¶6) [¶ 6; 7] [¶12345] [¶6",
		"@\u200beveryone @every[¶6]one <@[¶6]123> Nikki Haley expressed the lone dissent [¶6].",
		prompts.NoAnswer + " Nikki Haley expressed the lone dissent [¶6].",
		"",
	} {
		f.Add(s)
	}
	lib := &library{retrieve: []int{1, 2, 3, 5, 6, 7, 12}}
	ps, _ := lib.Retrieve(f.Context(), "", 10)
	f.Fuzz(func(t *testing.T, reply string) {
		ev := newEvidence(ps, lib)
		res := postCheck(strings.ReplaceAll(reply, prompts.NoAnswer, ""), ev)
		text, cites := res.shown()
		cited := map[int]bool{}
		for _, c := range cites {
			p, ok := lib.Paragraph(c.Doc, c.Paragraph)
			if !ok || !slices.Contains(lib.retrieve, c.Paragraph) {
				t.Fatalf("citation of ¶%d, not a retrieved paragraph", c.Paragraph)
			}
			if !footnote.QuoteIn(c.Quote, p.Text) {
				t.Fatalf("quote %q is not verified in ¶%d", c.Quote, c.Paragraph)
			}
			cited[c.Paragraph] = true
		}
		checkShown(t, text, cited)

		// The same text streamed: each partial is checked too.
		p := &partialChecker{ev: newEvidence(ps, lib), partial: func(s string) {
			retrievedSet := map[int]bool{}
			for _, n := range lib.retrieve {
				retrievedSet[n] = true
			}
			checkShown(t, s, retrievedSet)
		}}
		so := ""
		for _, d := range deltas(reply) {
			so += d
			p.onText(so)
		}
	})
}

// checkShown fails on a live mention in text, or on a citation marker
// (as the post-check parses them, or any "[¶N]") whose paragraph is not
// among cited.
func checkShown(t *testing.T, text string, cited map[int]bool) {
	t.Helper()
	if m := liveMention.FindString(text); m != "" {
		t.Fatalf("live mention %q in %q", m, text)
	}
	for _, m := range markerRe.FindAllStringSubmatch(text, -1) {
		n := 0
		for _, d := range m[1] {
			n = n*10 + int(d-'0')
			if n > 1e6 {
				break
			}
		}
		if !cited[n] {
			t.Fatalf("marker %s without its citation in %q", m[0], text)
		}
	}
	for _, m := range footnote.FindMarkers(text) {
		for _, r := range m.Refs {
			if !cited[r.N] {
				t.Fatalf("marker %q without its citation in %q", text[m.Start:m.End], text)
			}
		}
	}
}

// FuzzQuotedCheck feeds arbitrary structured answers (claim text and
// quote) to the quote-first check, whole and streamed, with the same
// guarantees as FuzzPostCheck: no panic, every citation verified in a
// retrieved paragraph, no live mention, no marker without its citation.
func FuzzQuotedCheck(f *testing.F) {
	for _, s := range [][2]string{
		{"Nikki Haley expressed the lone dissent", "Nikki Haley, the US ambassador to the United Nations, expressing the lone dissent"},
		{"@everyone The US mission notified the United Nations on Friday [¶2]", "On Friday … the U.S. mission"},
		{"No, Haley was overruled by Trump", "She was ultimately overruled by the president"},
		{"Trump tomó la decisión el viernes", "Trump made the decision on Friday"},
		{"", "..."},
	} {
		f.Add(s[0], s[1], 6)
	}
	lib := &library{retrieve: []int{1, 2, 3, 5, 6, 7, 12}}
	ps, _ := lib.Retrieve(f.Context(), "", 10)
	f.Fuzz(func(t *testing.T, claimText, quote string, n int) {
		claims := []quotedClaim{{Text: claimText, Article: fixtureDoc, Paragraph: n, Quote: quote},
			{Text: quote, Article: "other", Paragraph: n + 1, Quote: claimText}}
		res := checkQuoted(claims, newEvidence(ps, lib))
		text, cites := res.shown()
		cited := map[int]bool{}
		for _, c := range cites {
			p, ok := lib.Paragraph(c.Doc, c.Paragraph)
			if !ok || !slices.Contains(lib.retrieve, c.Paragraph) || !footnote.QuoteIn(c.Quote, p.Text) {
				t.Fatalf("citation %+v not verified", c)
			}
			cited[c.Paragraph] = true
		}
		checkShown(t, text, cited)

		// Streamed as the JSON a server sends.
		b, err := json.Marshal(structuredAnswer{Claims: claims})
		if err != nil {
			return
		}
		q := &quotedChecker{ev: newEvidence(ps, lib), partial: func(s string) {
			all := map[int]bool{}
			for _, n := range lib.retrieve {
				all[n] = true
			}
			checkShown(t, s, all)
		}}
		so := ""
		for _, d := range deltas(string(b)) {
			so += d
			q.onText(so)
		}
		if got := structuredClaims(so).Claims; len(got) != len(claims) {
			t.Fatalf("%d claims parsed back, want %d", len(got), len(claims))
		}
	})
}
