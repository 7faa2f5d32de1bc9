package llm

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/footnote-bot/footnote"
)

// fixtureDoc is the article the tests ask about:
// docs/trump-boycotts-un-migration-talks.md, paragraphs ¶1..¶12.
const fixtureDoc = "trump-boycotts-un-migration-talks"

const fixtureTitle = "Trump Boycotts U.N. Migration Talks"

var fixtureParagraphs = map[int]string{
	1:  "President Donald Trump has decided to boycott a global conference on migration scheduled to begin Monday in Puerto Vallarta, Mexico, sending a blunt signal that the United States is no longer interested in forging a concerted response to the world’s burgeoning migration crises.",
	2:  "Trump made the decision on Friday — a day dominated by Senate negotiations on a landmark tax bill — and just days before the Mexican government is scheduled Monday to host a three-day meeting to take stock of negotiations on a pact to ensure a more humane approach to the more than 60 million people who have been forcibly displaced as a result of conflict, poverty, or climate change. On Saturday, the U.S. mission to the United Nations informed Secretary-General António Guterres that it was “ending its participation in the Global Compact on Migration.”",
	3:  "The U.S. president’s decision to pull out of the negotiations highlighted the enduring influence of Stephen Miller, the 32-year-old senior White House policy advisor who has championed the Trump administration’s effort to sharply restrict immigration to the United States. In recent weeks, Miller led efforts to pull out of the migration talks.",
	4:  "The administration’s top national security advisors met early last week to determine whether the United States would participate in the talks.",
	5:  "White House Chief of Staff John Kelly, who previously led the Department of Homeland Security’s crackdown on illegal immigration, and Attorney General Jeff Sessions strongly backed a pullout, according to diplomatic sources familiar with the deliberations. The State Department initially opposed the withdrawal, but its policy planning chief, Brian Hook, who represented Secretary of State Rex Tillerson at the principals’ meeting, reversed course and recommended ditching the negotiations.",
	6:  "The meeting ended in deadlock, with Nikki Haley, the U.S. ambassador to the United Nations, expressing the lone dissent. Haley had argued that the United States would have a better shot at influencing the outcome of the negotiations if it participated in the process.",
	7:  "She was ultimately overruled by the president, according to diplomatic sources.",
	8:  "Former U.N. Secretary-General Ban Ki-moon hosted an international summit on migration and refugees in September 2016 in the hope of establishing a set of guidelines for the international effort. The so-called New York declaration that came out of that meeting was endorsed by the Obama administration.",
	9:  "The declaration included a set of commitments designed to ensure the protection of migrants’ human rights, enhance international border security cooperation, and dissuade governments from detaining immigrant children. The pact also outlined a blueprint for an international treaty or compact that would be concluded by the U.N. General Assembly in late 2018.",
	10: "The United States is “proud of our immigrant heritage and our long-standing moral leadership in providing support to migrant and refugee populations across the globe,” Haley said in a statement released Saturday night by the U.S. mission to the United Nations.",
	11: "“But our decisions on immigration policies must always be made by American and Americans alone,” she added. “We will decide how to best control our borders and who will be allowed to enter our country. The global approach in the New York Declaration is simply not compatible with U.S. sovereignty.”",
	12: "In a separate statement, the U.S. mission to the United Nations noted that the “New York declaration contained numerous provisions that are inconsistent with U.S. immigration and refugee policies and the Trump administration’s immigration principles. As a result, President Trump determined that the United States would end its participation in the compact process.”",
}

// library implements footnote.Paragraphs, footnote.Retriever and
// footnote.Library over the fixture article. retrieve lists the paragraphs
// Retrieve returns, best first.
type library struct {
	retrieve []int
	err      error

	mu      sync.Mutex
	queries []string
}

func (l *library) Paragraph(doc string, n int) (footnote.Paragraph, bool) {
	t, ok := fixtureParagraphs[n]
	if doc != fixtureDoc || !ok {
		return footnote.Paragraph{}, false
	}
	return footnote.Paragraph{Doc: doc, N: n, Text: t}, true
}

func (l *library) Retrieve(_ context.Context, query string, k int) ([]footnote.Passage, error) {
	l.mu.Lock()
	l.queries = append(l.queries, query)
	l.mu.Unlock()
	if l.err != nil {
		return nil, l.err
	}
	var out []footnote.Passage
	for i, n := range l.retrieve {
		if i == k {
			break
		}
		out = append(out, footnote.Passage{Doc: fixtureDoc, N: n, Text: fixtureParagraphs[n], Score: 1 / float64(i+1)})
	}
	return out, nil
}

func (l *library) Articles() []footnote.Article {
	a := footnote.Article{ID: fixtureDoc, Title: fixtureTitle, Paragraphs: []footnote.Paragraph{{Doc: fixtureDoc, N: 0, Text: fixtureTitle}}}
	for n := 1; n <= len(fixtureParagraphs); n++ {
		a.Paragraphs = append(a.Paragraphs, footnote.Paragraph{Doc: fixtureDoc, N: n, Text: fixtureParagraphs[n]})
	}
	return []footnote.Article{a}
}

// extractive is a fake fallback answerer: it quotes the first sentence of
// the best paragraph, or refuses, or fails.
type extractive struct {
	lib    *library
	refuse bool
	err    error
	calls  int
}

const extractiveRefusal = "The articles don't say. They cover: " + fixtureTitle + "."

func (e *extractive) Answer(ctx context.Context, q footnote.Question) (footnote.Answer, error) {
	e.calls++
	if e.err != nil {
		return footnote.Answer{}, e.err
	}
	ps, err := e.lib.Retrieve(ctx, q.Text, 3)
	if err != nil {
		return footnote.Answer{}, err
	}
	if e.refuse || len(ps) == 0 {
		return footnote.Answer{Question: q.Text, Text: extractiveRefusal, Refused: true, Mode: footnote.ModeExtractive, Passages: ps}, nil
	}
	p := ps[0]
	sent := p.Text
	if i := strings.Index(sent, ". "); i > 0 {
		sent = sent[:i+1]
	}
	return footnote.Answer{
		Question:  q.Text,
		Text:      "“" + sent + "” [¶" + strconv.Itoa(p.N) + "]",
		Mode:      footnote.ModeExtractive,
		Citations: []footnote.Citation{{Doc: p.Doc, Paragraph: p.N, Quote: sent}},
		Passages:  ps,
	}, nil
}

var errFallbackBroken = errors.New("extractive answerer broken")
