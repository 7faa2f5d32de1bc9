// Package synth generates corpora of any size for benchmarks: articles whose
// paragraphs are made of English-like sentences drawn from a fixed
// vocabulary with a seeded random source, so that runs are repeatable.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/footnote-bot/footnote"
)

var (
	subjects = []string{"The minister", "A senior official", "The ambassador", "The committee", "Diplomatic sources", "The delegation", "The president", "Negotiators", "The agency", "Lawmakers", "The governor", "Aid groups"}
	verbs    = []string{"announced", "rejected", "backed", "opposed", "delayed", "reviewed", "criticized", "endorsed", "negotiated", "questioned", "suspended", "defended"}
	objects  = []string{"the trade agreement", "a border plan", "the climate accord", "new sanctions", "the refugee program", "a tax reform", "the peace talks", "a security pact", "the budget", "an energy deal", "the health bill", "a water treaty"}
	places   = []string{"in Geneva", "in Nairobi", "in Lima", "in Oslo", "in Manila", "in Cairo", "in Warsaw", "in Quito", "in Hanoi", "in Dakar", "in Riga", "in Tunis"}
	whens    = []string{"on Monday", "last week", "in March", "after a long debate", "before the vote", "during the summit", "late on Friday", "earlier this year"}
	extras   = []string{"according to officials", "citing economic concerns", "despite strong protests", "after months of talks", "with little warning", "under heavy pressure", "to the surprise of allies", "amid rising tensions"}
	names    = []string{"Alvarez", "Okafor", "Lindqvist", "Tanaka", "Moreau", "Kowalski", "Haddad", "Nguyen", "Petrov", "Mensah", "Schultz", "Rahman"}
)

// Articles returns n articles of per paragraphs each (plus ¶0), seeded.
func Articles(n, per int, seed uint64) []footnote.Article {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	arts := make([]footnote.Article, n)
	for i := range arts {
		id := fmt.Sprintf("synthetic-%05d", i)
		a := footnote.Article{
			ID: id, Title: fmt.Sprintf("%s %s %s", pick(r, names), pick(r, verbs), pick(r, objects)),
			Author: pick(r, names), Publication: "The Synthetic Times",
			Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i),
			URL:       "https://example.com/" + id, Hash: fmt.Sprintf("h%d-%d", seed, i),
		}
		a.Paragraphs = append(a.Paragraphs, footnote.Paragraph{Doc: id, N: 0, Text: a.Title + "\nBy " + a.Author + "."})
		for p := 1; p <= per; p++ {
			var sb strings.Builder
			for s := 0; s < 2+r.IntN(3); s++ {
				if s > 0 {
					sb.WriteByte(' ')
				}
				fmt.Fprintf(&sb, "%s %s %s %s %s, %s. %s %s %s.", pick(r, subjects), pick(r, verbs), pick(r, objects), pick(r, places), pick(r, whens), pick(r, extras),
					pick(r, names), pick(r, verbs), pick(r, objects))
			}
			a.Paragraphs = append(a.Paragraphs, footnote.Paragraph{Doc: id, N: p, Text: sb.String()})
		}
		arts[i] = a
	}
	return arts
}

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }
