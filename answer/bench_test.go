package answer

import (
	"context"
	"os"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/bench/measure"
	"github.com/footnote-bot/footnote/internal/synth"
	"github.com/footnote-bot/footnote/retrieval"
)

func benchAsk(b *testing.B, arts []footnote.Article, q string) {
	an := retrieval.NewAnalyzer()
	ix, err := retrieval.New(retrieval.Options{Embed: retrieval.NewLocalEmbedding(an, retrieval.LocalDim), EmbedderID: "b", Analyzer: an})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), arts); err != nil {
		b.Fatal(err)
	}
	e := NewExtractive(ix)
	if _, err := e.Answer(context.Background(), footnote.Question{Text: q}); err != nil {
		b.Fatal(err) // the first answer loads the word vectors
	}
	b.ReportAllocs()
	cpu := measure.CPUTime()
	for b.Loop() {
		a, err := e.Answer(context.Background(), footnote.Question{Text: q})
		if err != nil || a.Refused {
			b.Fatalf("%v %+v", err, a)
		}
	}
	// The process's CPU time for one answer: a loaded machine inflates it
	// less than the wall clock.
	b.ReportMetric((measure.CPUTime()-cpu).Seconds()*1e3/float64(b.N), "cpu-ms/op")
}

// BenchmarkAskWarmArticle is a warm 'ask' end to end (retrieve, pick,
// check citations) on the three test articles (the shipped one and two
// others).
func BenchmarkAskWarmArticle(b *testing.B) {
	e, _ := newExtractive(b)
	if _, err := e.Answer(context.Background(), footnote.Question{Text: "Who overruled Haley?"}); err != nil {
		b.Fatal(err) // the first answer loads the word vectors: a warm ask starts after it
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Answer(context.Background(), footnote.Question{Text: "Who overruled Haley?"}); err != nil {
			b.Fatal(err)
		}
	}
}

// whenQuestion's words match a sentence whose time is of another act
// ("In recent weeks, Miller led efforts to pull out…"), so the answerer
// also weighs the sentences that date the act asked: the costliest path of
// the question types.
const whenQuestion = "When did the US pull out of the migration talks?"

// BenchmarkAskWarmArticleWhen is a warm 'ask' of whenQuestion on the
// shipped article alone (docs/), as the README's first commands ask.
func BenchmarkAskWarmArticleWhen(b *testing.B) { benchAskOn(b, "../docs", whenQuestion) }

// BenchmarkAskWarmThreeWhen is the same on the three test articles, where
// the other articles' times are also weighed as versions.
func BenchmarkAskWarmThreeWhen(b *testing.B) { benchAskOn(b, testArticles, whenQuestion) }

func benchAskOn(b *testing.B, dir, q string) {
	e, _ := newExtractiveOn(b, dir)
	b.ReportAllocs()
	cpu := measure.CPUTime()
	for b.Loop() {
		a, err := e.Answer(context.Background(), footnote.Question{Text: q})
		if err != nil || a.Refused {
			b.Fatalf("%v %+v", err, a)
		}
	}
	b.ReportMetric((measure.CPUTime()-cpu).Seconds()*1e3/float64(b.N), "cpu-ms/op")
}

// synthQuestion is answered by many generated paragraphs alike: the worst
// case for ranking, every posting list long.
const synthQuestion = "Which minister rejected the border plan in Geneva?"

// BenchmarkAskWarm10k is the same on 10,000 generated paragraphs.
func BenchmarkAskWarm10k(b *testing.B) { benchAsk(b, synth.Articles(500, 20, 1), synthQuestion) }

// BenchmarkAskWarm100k is the same on 100,000 generated paragraphs.
func BenchmarkAskWarm100k(b *testing.B) { benchAsk(b, synth.Articles(5000, 20, 1), synthQuestion) }

// BenchmarkAskWarmCoverageWhen asks a "what day" question, whose versions
// are sought in every language (crossnames.go), over a whole coverage:
// set FOOTNOTE_BENCH_DOCS to a docs directory (the 80 imported coverage
// pages).
func BenchmarkAskWarmCoverageWhen(b *testing.B) {
	dir := os.Getenv("FOOTNOTE_BENCH_DOCS")
	if dir == "" {
		b.Skip("FOOTNOTE_BENCH_DOCS is not set")
	}
	benchAskOn(b, dir, coverageWhenQuestion)
}

// coverageWhenQuestion asks for a day the coverage's outlets give
// differently.
const coverageWhenQuestion = "On what day did the US tell the UN it was leaving the migration talks?"

// BenchmarkAskCoverageWhenNewSpans is BenchmarkAskWarmCoverageWhen with
// the memos of spans and word stems emptied before each answer: a
// question whose sentences' clauses were never read before, as a new
// question about other sentences would find them (asking one question
// again flatters the memos).
func BenchmarkAskCoverageWhenNewSpans(b *testing.B) {
	dir := os.Getenv("FOOTNOTE_BENCH_DOCS")
	if dir == "" {
		b.Skip("FOOTNOTE_BENCH_DOCS is not set")
	}
	e, _ := newExtractiveOn(b, dir)
	b.ReportAllocs()
	cpu := measure.CPUTime()
	for b.Loop() {
		e.spans.memo.m, e.words.memo.m = nil, nil
		a, err := e.Answer(context.Background(), footnote.Question{Text: coverageWhenQuestion})
		if err != nil || a.Refused {
			b.Fatalf("%v %+v", err, a)
		}
	}
	b.ReportMetric((measure.CPUTime()-cpu).Seconds()*1e3/float64(b.N), "cpu-ms/op")
}

// synthWhenQuestion asks the day of an act many generated paragraphs
// date ("late on Friday", "on Monday"), each differently: every candidate
// is weighed as a version, the costliest path at scale.
const synthWhenQuestion = "When did the minister reject the border plan in Geneva?"

// BenchmarkAskWarm100kWhen is synthWhenQuestion on 100,000 generated
// paragraphs.
func BenchmarkAskWarm100kWhen(b *testing.B) {
	benchAsk(b, synth.Articles(5000, 20, 1), synthWhenQuestion)
}
