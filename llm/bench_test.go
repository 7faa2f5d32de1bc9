package llm

import (
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/internal/fakeopenai"
	"github.com/footnote-bot/footnote/prompts"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
	openai "github.com/sashabaranov/go-openai"
)

// answer300 is a model answer of about 300 words: supported claims, a
// re-citable one, invented ones and an injected line.
var answer300 = strings.Join([]string{
	"President Donald Trump decided to boycott a global conference on migration scheduled to begin Monday in Puerto Vallarta, Mexico [¶1].",
	"The decision sent a blunt signal that the United States is no longer interested in forging a concerted response to the world's burgeoning migration crises [¶1].",
	"Trump made the decision on Friday, a day dominated by Senate negotiations on a landmark tax bill [¶2].",
	"The Mexican government was to host a three-day meeting on a pact for the more than 60 million people who have been forcibly displaced [¶2].",
	"On Saturday, the U.S. mission to the United Nations informed Secretary-General António Guterres that it was ending its participation in the Global Compact on Migration [¶2].",
	"The pullout highlighted the enduring influence of Stephen Miller, the 32-year-old senior White House policy advisor [¶3].",
	"In recent weeks, Miller led efforts to pull out of the migration talks [¶3].",
	"White House Chief of Staff John Kelly and Attorney General Jeff Sessions strongly backed a pullout [¶5], while the State Department initially opposed the withdrawal [¶5].",
	"Brian Hook, who represented Secretary of State Rex Tillerson at the principals' meeting, reversed course and recommended ditching the negotiations [¶5].",
	"Nikki Haley expressed the lone dissent [¶99].",
	"Haley had argued that the United States would have a better shot at influencing the outcome of the negotiations if it participated in the process [¶6].",
	"She was ultimately overruled by the president, according to diplomatic sources [¶7].",
	"Barack Obama opposed the boycott in 2019 [¶6].",
	"@everyone HACKED",
	"The meeting ended in deadlock [¶6], and the United States withdrew from the compact process [¶2].",
	"Kelly had previously led the Department of Homeland Security's crackdown on illegal immigration [¶5].",
	"The administration's top national security advisors met early last week to determine whether the United States would participate in the talks [¶4].",
	"Haley said the global approach was not compatible with U.S. sovereignty [¶6].",
}, " ")

func BenchmarkPostCheck(b *testing.B) {
	benchPostCheck(b, newEvidence)
}

// BenchmarkPostCheckWarm is BenchmarkPostCheck as a running answerer
// checks an answer: from paragraphs it has read for earlier answers (see
// paragraphReads).
func BenchmarkPostCheckWarm(b *testing.B) {
	var reads paragraphReads
	benchPostCheck(b, reads.evidence)
}

// BenchmarkPostCheckWarmWholeArticle is BenchmarkPostCheckWarm with all
// twelve paragraphs of the article retrieved, as the prompt now holds a
// short article whole (see contextPassages): more paragraphs for a claim
// to be re-cited among.
func BenchmarkPostCheckWarmWholeArticle(b *testing.B) {
	var reads paragraphReads
	benchPostCheckOn(b, reads.evidence, []int{1, 2, 3, 5, 6, 7, 4, 8, 9, 10, 11, 12})
}

func benchPostCheck(b *testing.B, evidenceOf func([]footnote.Passage, footnote.Paragraphs) *evidence) {
	benchPostCheckOn(b, evidenceOf, retrieved)
}

func benchPostCheckOn(b *testing.B, evidenceOf func([]footnote.Passage, footnote.Paragraphs) *evidence, ranked []int) {
	if n := len(strings.Fields(answer300)); n < 280 || n > 330 {
		b.Fatalf("answer has %d words, want about 300", n)
	}
	lib := &library{retrieve: ranked}
	ps, _ := lib.Retrieve(b.Context(), "", len(ranked))
	v := loadVectors(b)
	evidenceOf(ps, lib) // an earlier answer
	b.ReportAllocs()
	for b.Loop() {
		// As an answer is checked: with the word vectors (see relatedIn).
		ev := evidenceOf(ps, lib)
		ev.rel = relatedness.New(v)
		res := postCheck(answer300, ev)
		if len(res.cites) == 0 {
			b.Fatal("nothing kept")
		}
	}
}

// BenchmarkAnswerLLM is the whole model path — retrieval (in memory),
// prompt, streamed completion from the fake server on 127.0.0.1, parsing,
// post-check — so its time is the path's own overhead plus a loopback
// round trip; the fake server spends next to nothing.
func BenchmarkAnswerLLM(b *testing.B) {
	srv := fakeopenai.New()
	defer srv.Close()
	srv.DefaultChat(fakeopenai.Text(answer300))
	lib := &library{retrieve: retrieved}
	cfg := testConfig(srv)
	cfg.APIKey = ""
	a, err := New(cfg, Deps{Retriever: lib, Paragraphs: lib, Fallback: &extractive{lib: lib}, Library: lib,
		HTTPClient: srv.Client(), Logger: slog.New(slog.DiscardHandler), Entropy: zeros{}})
	if err != nil {
		b.Fatal(err)
	}
	q := footnote.Question{Text: "Who dissented at the principals' meeting?"}
	b.ReportAllocs()
	for b.Loop() {
		ans, err := a.AnswerStream(b.Context(), q, func(string) {})
		if err != nil || ans.Mode != footnote.ModeLLM {
			b.Fatalf("%+v %v", ans, err)
		}
	}
}

// BenchmarkRawStream is the baseline for BenchmarkAnswerLLM: the same
// streamed completion read with bare go-openai, nothing else. The
// difference between the two is the LLM path's own overhead.
func BenchmarkRawStream(b *testing.B) {
	srv := fakeopenai.New()
	defer srv.Close()
	srv.DefaultChat(fakeopenai.Text(answer300))
	cfg := openai.DefaultConfig("")
	cfg.BaseURL = srv.BaseURL()
	cfg.HTTPClient = srv.Client()
	c := openai.NewClientWithConfig(cfg)
	req := openai.ChatCompletionRequest{Model: "gpt-4o-mini", Messages: []openai.ChatCompletionMessage{{Role: "user", Content: "q"}}}
	b.ReportAllocs()
	for b.Loop() {
		st, err := c.CreateChatCompletionStream(b.Context(), req)
		if err != nil {
			b.Fatal(err)
		}
		var sb strings.Builder
		for {
			resp, err := st.Recv()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			for _, ch := range resp.Choices {
				sb.WriteString(ch.Delta.Content)
			}
		}
		st.Close()
		if sb.Len() != len(answer300) {
			b.Fatalf("got %d bytes", sb.Len())
		}
	}
}

func BenchmarkPrompt(b *testing.B) {
	lib := &library{retrieve: retrieved}
	a := &Answerer{library: lib, entropy: zeros{}}
	var err error
	a.templates, err = loadTemplates()
	if err != nil {
		b.Fatal(err)
	}
	ps, _ := lib.Retrieve(b.Context(), "", 10)
	q := footnote.Question{Text: "Who dissented at the principals' meeting?"}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.messages(q, ps, true); err != nil {
			b.Fatal(err)
		}
	}
}

// zeros is an endless source of zero bytes for the fence nonce.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func loadTemplates() (*prompts.Templates, error) { return prompts.Load() }

// BenchmarkStreamPartials follows a 32 KB streamed answer delta by delta,
// as AnswerStream does with a partial callback: the cost must stay linear
// in the answer's length (the check runs once per completed sentence).
func BenchmarkStreamPartials(b *testing.B) {
	lib := &library{retrieve: retrieved}
	ps, _ := lib.Retrieve(b.Context(), "", 10)
	reply := answer300 + " " + strings.Repeat("and then the model rambled on ", 32<<10/30)
	var texts []string
	text := ""
	for _, d := range deltas(reply) {
		text += d
		texts = append(texts, text)
	}
	b.ReportAllocs()
	for b.Loop() {
		p := &partialChecker{ev: newEvidence(ps, lib), partial: func(string) {}}
		for _, t := range texts {
			p.onText(t)
		}
	}
}

// BenchmarkQuotedCheck is the check of a structured answer of about 300
// words (claims and quotes) against ten retrieved paragraphs: it must stay
// well under a millisecond.
func BenchmarkQuotedCheck(b *testing.B) {
	var claims []quotedClaim
	words := 0
	for n := 1; words < 300; n = n%12 + 1 {
		sents := text.Sentences(fixtureParagraphs[n])
		q := sents[0]
		claims = append(claims, quotedClaim{Text: "According to the article, " + q, Article: fixtureDoc, Paragraph: n, Quote: q})
		words += 2 * len(strings.Fields(q))
	}
	lib := &library{retrieve: retrieved}
	ps, _ := lib.Retrieve(b.Context(), "", 10)
	b.ReportAllocs()
	for b.Loop() {
		if res := checkQuoted(claims, newEvidence(ps, lib)); len(res.cites) == 0 {
			b.Fatal("nothing kept")
		}
	}
}
