package llm

import (
	"slices"
	"sync"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestParagraphsReadOnce: answers checked against paragraphs kept from
// earlier answers, one after another and many at once, show exactly what
// they show when every paragraph is read afresh; a paragraph whose text
// changed (a reindex) is read again. On two articles.
func TestParagraphsReadOnce(t *testing.T) {
	m := paraMap{fixtureDoc: {2: fixtureParagraphs[2], 5: fixtureParagraphs[5], 6: fixtureParagraphs[6], 7: fixtureParagraphs[7], 9: fixtureParagraphs[9]},
		hungaryDoc: {1: hungary1, 3: hungary3}}
	var ps []footnote.Passage
	for _, doc := range []string{fixtureDoc, hungaryDoc} {
		for n := range m[doc] {
			ps = append(ps, footnote.Passage{Doc: doc, N: n, Text: m[doc][n]})
		}
	}
	slices.SortFunc(ps, func(a, b footnote.Passage) int { return a.N - b.N })
	answers := []string{
		"Trump made the decision on Friday [¶2]. Nikki Haley backed the pullout [¶6], and Attorney General Jeff Sessions strongly backed a pullout [¶5].",
		"The meeting ended in deadlock [¶6]. She was ultimately overruled by the president [¶7].",
		"The declaration was meant to weaken international border security cooperation [¶9]. It would dissuade governments from detaining immigrant children [¶9].",
		"Peter Szijjarto said on Wednesday that Hungary would quit the pact [¶1], but Hungary will not take part at the Morocco meeting [¶3].",
		"Hungary will attend the Morocco meeting [¶3].",
	}
	fresh := make([]checkResult, len(answers))
	for i, a := range answers {
		fresh[i] = postCheck(a, newEvidence(ps, m))
	}
	same := func(t *testing.T, i int, got checkResult) {
		t.Helper()
		if got.text != fresh[i].text || !slices.Equal(got.cites, fresh[i].cites) {
			t.Errorf("%q\nfrom kept paragraphs: %q %v\nread afresh:          %q %v", answers[i], got.text, got.cites, fresh[i].text, fresh[i].cites)
		}
	}
	var reads paragraphReads
	for round := 0; round < 3; round++ {
		for i, a := range answers {
			same(t, i, postCheck(a, reads.evidence(ps, m)))
		}
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, a := range answers {
				same(t, i, postCheck(a, reads.evidence(ps, m)))
			}
		}()
	}
	wg.Wait()

	// The article is reindexed with another ¶6.
	changed := paraMap{fixtureDoc: {6: "Kelly had been appointed chief of staff in July, after six months at Homeland Security."}}
	if got := postCheck("The meeting ended in deadlock [¶6].", newEvidence([]footnote.Passage{{Doc: fixtureDoc, N: 6}}, changed)); len(got.cites) != 0 {
		t.Fatalf("the new ¶6 supports the claim read afresh: %q", got.text)
	}
	deadlock := "The meeting ended in deadlock [¶6]."
	if got := postCheck(deadlock, reads.evidence([]footnote.Passage{{Doc: fixtureDoc, N: 6}}, changed)); len(got.cites) != 0 {
		t.Errorf("after the reindex, %q is still shown: %q (the paragraph kept from before was used)", deadlock, got.text)
	}
	if got := postCheck(deadlock, reads.evidence([]footnote.Passage{{Doc: fixtureDoc, N: 6}}, m)); len(got.cites) == 0 {
		t.Errorf("%q removed against the article's own ¶6", deadlock)
	}
}
