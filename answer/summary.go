package answer

import (
	"cmp"
	"slices"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// maxLeadOverlap is the share of a lead's weight that may repeat a lead
// already chosen for a summary: lower makes a summary across sources
// say more different things, higher lets it repeat the main fact.
const maxLeadOverlap = 0.5

// summaryArticles chooses the articles a summary quotes. With a few
// articles, the first maxSummaries. With many (the coverage of an event),
// those whose lead sentence is most typical of all the leads (its words,
// weighted by idf, are in the most other leads), each saying something the
// ones before did not, in the question's language when enough articles
// are: the story as most outlets tell it, from several outlets.
func (e *Extractive) summaryArticles(question string) []footnote.Article {
	arts := e.ix.Articles()
	if len(arts) <= maxSummaries {
		return arts
	}
	lang := e.ix.QuestionLanguage(question)
	type lead struct {
		art   footnote.Article
		stems map[string]bool
		score float64
	}
	var leads []lead
	df := map[string]int{}
	for _, a := range arts {
		p, ok := a.Paragraph(1)
		if !ok {
			continue
		}
		sents := text.Sentences(p.Text)
		if len(sents) == 0 {
			continue
		}
		stems, _ := termSets(e.ix, a.Language, sents[0])
		for st := range stems {
			df[st]++
		}
		leads = append(leads, lead{art: a, stems: stems})
	}
	inLang := 0
	for _, l := range leads {
		if l.art.Language == lang {
			inLang++
		}
	}
	for i, l := range leads {
		total := 0.0
		for st := range l.stems {
			w := e.ix.Weight(st)
			leads[i].score += w * float64(df[st]-1)
			total += w
		}
		if total > 0 {
			leads[i].score /= total
		}
	}
	slices.SortStableFunc(leads, func(a, b lead) int { return cmp.Compare(b.score, a.score) })
	var out []footnote.Article
	var chosen []map[string]bool
	for _, l := range leads {
		if len(out) == maxSummaries {
			break
		}
		if inLang >= maxSummaries && l.art.Language != lang {
			continue
		}
		if slices.ContainsFunc(chosen, func(c map[string]bool) bool { return e.overlap(l.stems, c) > maxLeadOverlap }) {
			continue
		}
		chosen = append(chosen, l.stems)
		out = append(out, l.art)
	}
	return out
}

// overlap returns the share of a's weight (idf) that b holds too.
func (e *Extractive) overlap(a, b map[string]bool) float64 {
	shared, total := 0.0, 0.0
	for st := range a {
		w := e.ix.Weight(st)
		total += w
		if b[st] {
			shared += w
		}
	}
	if total == 0 {
		return 0
	}
	return shared / total
}
