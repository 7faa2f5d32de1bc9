// Command bleve compares Footnote's answers with bleve's and MiniSearch's
// rankings on one corpus, side by side in one run: the shipped article and
// generated distractor paragraphs (internal/synth), asked the answerable
// questions of the eval sets -questions names (by default the held-out part
// of dev-2 and dev), whose gold is an (article, paragraph) pair.
//
// Footnote answers whole questions in process, as the CLI's 'ask' does
// (retrieval.Index with the built-in embedder, answer.Extractive); bleve
// (BM25, English analyzer, in memory) and MiniSearch (defaults, through
// node ../minisearch/run.mjs) only rank. Each engine's recall@1 is whether
// its first paragraph is gold (Footnote's: the answer's first passage,
// what 'footnote eval' scores). Each pass runs in a process of its own
// (this command run with -engine, or node), so that no engine's garbage
// collection marks another's index; the passes alternate, -repeat times,
// so that a loaded machine slows each alike.
//
// It is a module of its own so that bleve is not a dependency of
// Footnote's: run it from this directory with 'go run .'.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/answer"
	"github.com/footnote-bot/footnote/bench/measure"
	"github.com/footnote-bot/footnote/corpus"
	"github.com/footnote-bot/footnote/eval"
	"github.com/footnote-bot/footnote/internal/synth"
	"github.com/footnote-bot/footnote/retrieval"
)

// distractorParas is the paragraphs of each generated article: with
// -distractors articles, 10,000 paragraphs by default.
const distractorParas = 20

// doc is one paragraph as the rankers see it; ID is "article#¶".
type doc struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// question is an answerable question with its gold paragraphs' IDs.
type question struct {
	ID   string   `json:"id"`
	Text string   `json:"text"`
	Gold []string `json:"gold"`
	// HeldOut marks the questions of the sets -heldout names, which
	// nothing was tuned on.
	HeldOut bool `json:"held_out"`
}

// pass is one engine's figures in one repetition: questions per second of
// wall time and per second of the process's CPU time (which other work on
// a loaded machine inflates less).
type pass struct {
	recall, heldOut, qps, cpuQPS float64
}

func main() {
	root := flag.String("root", "../..", "the Footnote repository (docs/ and testdata/)")
	nDistract := flag.Int("distractors", 500, "generated distractor articles of 20 paragraphs")
	repeat := flag.Int("repeat", 3, "alternating repetitions")
	rounds := flag.Int("rounds", 20, "times each question is asked in one timed pass")
	node := flag.String("node", "node", "node, for MiniSearch; empty skips it")
	export := flag.String("export", "", "also write the corpus and questions here as JSON")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of this process here (with -engine: of that engine's pass)")
	engine := flag.String("engine", "", "run one pass of footnote, footnote-retrieval or bleve and print its figures as JSON")
	questions := flag.String("questions", "testdata/dev-2-heldout.jsonl,testdata/dev.jsonl", "eval sets asked, comma-separated, relative to -root")
	heldOut := flag.String("heldout", "testdata/dev-2-heldout.jsonl", "those of -questions nothing was tuned on, comma-separated")
	flag.Parse()
	sets := questionSets{files: strings.Split(*questions, ","), heldOut: map[string]bool{}}
	for _, f := range strings.Split(*heldOut, ",") {
		sets.heldOut[f] = true
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "bleve: cpu profile:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	var err error
	if *engine != "" {
		err = runEngine(*root, sets, *nDistract, *rounds, *engine)
	} else {
		err = run(*root, sets, *nDistract, *repeat, *rounds, *node, *export)
	}
	if err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "bleve:", err)
		os.Exit(1)
	}
}

// engine is one ranker or answerer compared.
type engine struct {
	name, label string
}

// questionSets are the eval sets asked (files relative to the root) and
// which of them are held out.
type questionSets struct {
	files   []string
	heldOut map[string]bool
}

// flags returns the command-line flags that give a pass these sets.
func (q questionSets) flags() []string {
	var held []string
	for _, f := range q.files {
		if q.heldOut[f] {
			held = append(held, f)
		}
	}
	return []string{"-questions", strings.Join(q.files, ","), "-heldout", strings.Join(held, ",")}
}

func run(root string, sets questionSets, nDistract, repeat, rounds int, node, export string) error {
	ctx := context.Background()
	arts, qs, err := load(root, sets, nDistract)
	if err != nil {
		return err
	}
	docs := paragraphs(arts)
	fmt.Printf("corpus: %d articles, %d paragraphs; %d answerable questions\n", len(arts), len(docs)-len(arts), len(qs))
	data := export
	if data == "" {
		dir, err := os.MkdirTemp("", "footnote-compare-")
		if err != nil {
			return fmt.Errorf("temporary directory: %w", err)
		}
		defer os.RemoveAll(dir)
		data = filepath.Join(dir, "corpus.json")
	}
	if err := writeExport(data, docs, qs); err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find this command: %w", err)
	}
	engines := []engine{
		{"footnote", "Footnote, whole answers"},
		{"bleve", "bleve v2.6.3, BM25 ranking"},
		{"minisearch", "MiniSearch 7.2.0, ranking"},
		{"footnote-retrieval", "Footnote, retrieval ranking alone"},
	}
	fmt.Printf("%-4s %-34s %9s %9s %10s %10s\n", "rep", "engine", "recall@1", "held-out", "q/s", "q/CPU-s")
	var all [4][]pass
	for r := 1; r <= repeat; r++ {
		for i, e := range engines {
			var cmd *exec.Cmd
			switch {
			case e.name == "minisearch" && node == "":
				continue
			case e.name == "minisearch":
				cmd = exec.CommandContext(ctx, node, filepath.Join(root, "bench", "minisearch", "run.mjs"), data, strconv.Itoa(rounds))
			default:
				args := append([]string{"-root", root, "-distractors", strconv.Itoa(nDistract), "-rounds", strconv.Itoa(rounds), "-engine", e.name}, sets.flags()...)
				cmd = exec.CommandContext(ctx, self, args...)
			}
			p, err := child(cmd)
			if err != nil {
				return fmt.Errorf("%s: %w", e.name, err)
			}
			all[i] = append(all[i], p)
			fmt.Printf("%-4d %-34s %9.3f %9.3f %10.0f %10.0f\n", r, e.label, p.recall, p.heldOut, p.qps, p.cpuQPS)
		}
	}
	names := []string{"Footnote", "bleve", "MiniSearch", "Footnote's retrieval"}
	return summary(names, all[:])
}

// runEngine is one pass of one engine, in a process of its own: it builds
// the engine's index, times it and prints its figures as JSON.
func runEngine(root string, sets questionSets, nDistract, rounds int, name string) error {
	ctx := context.Background()
	arts, qs, err := load(root, sets, nDistract)
	if err != nil {
		return err
	}
	var rank func(question) (string, error)
	switch name {
	case "footnote", "footnote-retrieval":
		fn, fnRank, err := newFootnote(ctx, arts)
		if err != nil {
			return err
		}
		rank = func(q question) (string, error) { return fn(ctx, q.Text) }
		if name == "footnote-retrieval" {
			rank = func(q question) (string, error) { return fnRank(ctx, q.Text) }
			rounds *= 10 // a ranking is quicker than an answer: as long a pass
		}
	case "bleve":
		if rank, err = newBleve(paragraphs(arts)); err != nil {
			return err
		}
		rounds *= 10
	default:
		return fmt.Errorf("no engine %q: footnote, footnote-retrieval or bleve", name)
	}
	p, err := timed(qs, rounds, rank)
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(map[string]float64{"recall_at_1": p.recall, "recall_held_out": p.heldOut, "qps": p.qps, "cpu_qps": p.cpuQPS})
}

// summary prints each engine's range over the repetitions and Footnote's
// answers' throughput over the rankers', repetition by repetition.
func summary(names []string, all [][]pass) error {
	fmt.Println()
	for i, ps := range all {
		if len(ps) == 0 {
			continue
		}
		lo, hi := ps[0].qps, ps[0].qps
		clo, chi := ps[0].cpuQPS, ps[0].cpuQPS
		for _, p := range ps {
			lo, hi = min(lo, p.qps), max(hi, p.qps)
			clo, chi = min(clo, p.cpuQPS), max(chi, p.cpuQPS)
		}
		fmt.Printf("%-20s recall@1 %.3f (held-out part %.3f), %.0f–%.0f q/s, %.0f–%.0f q/CPU-s\n", names[i], ps[0].recall, ps[0].heldOut, lo, hi, clo, chi)
	}
	for i := 1; i < 3; i++ {
		if len(all[i]) == 0 {
			continue
		}
		lo, hi, clo, chi := 1e18, 0.0, 1e18, 0.0
		for r := range all[0] {
			x, c := all[0][r].qps/all[i][r].qps, all[0][r].cpuQPS/all[i][r].cpuQPS
			lo, hi, clo, chi = min(lo, x), max(hi, x), min(clo, c), max(chi, c)
		}
		fmt.Printf("Footnote's answers over %s's ranking, same repetition: %.2f–%.2f× by wall time, %.2f–%.2f× by CPU time\n", names[i], lo, hi, clo, chi)
	}
	return nil
}

// load returns the shipped article with the distractors, and the
// answerable questions.
func load(root string, sets questionSets, nDistract int) ([]footnote.Article, []question, error) {
	arts, errs, err := corpus.LoadDir(filepath.Join(root, "docs"))
	if err != nil {
		return nil, nil, fmt.Errorf("load docs: %w", err)
	}
	if len(errs) > 0 || len(arts) != 1 {
		return nil, nil, fmt.Errorf("docs: want the one shipped article, got %d (%v)", len(arts), errors.Join(errs...))
	}
	var qs []question
	for _, f := range sets.files {
		fh, err := os.Open(filepath.Join(root, f))
		if err != nil {
			return nil, nil, fmt.Errorf("questions: %w", err)
		}
		cases, err := eval.Read(fh)
		fh.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f, err)
		}
		if err := eval.Resolve(cases, arts); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f, err)
		}
		for _, c := range cases {
			if c.Refuse || c.LLMOnly || len(c.Gold) == 0 {
				continue
			}
			q := question{ID: c.ID, Text: c.Question, HeldOut: sets.heldOut[f]}
			for _, g := range c.Gold {
				q.Gold = append(q.Gold, paraID(g.Doc, g.Paragraph))
			}
			qs = append(qs, q)
		}
	}
	return append(arts, synth.Articles(nDistract, distractorParas, 1)...), qs, nil
}

func paraID(doc string, n int) string { return doc + "#" + strconv.Itoa(n) }

// paragraphs lists every paragraph, headers included.
func paragraphs(arts []footnote.Article) []doc {
	var out []doc
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			out = append(out, doc{ID: paraID(a.ID, p.N), Text: p.Text})
		}
	}
	return out
}

// newFootnote builds the index in memory as 'footnote ask' does and
// returns a function answering a question with its first passage's ID,
// and one ranking it with retrieval alone.
func newFootnote(ctx context.Context, arts []footnote.Article) (answerFn, rankFn func(context.Context, string) (string, error), err error) {
	an := retrieval.NewAnalyzer()
	ix, err := retrieval.New(retrieval.Options{
		Embed:      retrieval.NewLocalEmbedding(an, retrieval.LocalDim),
		EmbedderID: fmt.Sprintf("%s:%d", retrieval.LocalEmbedderID, retrieval.LocalDim),
		Analyzer:   an,
		Logger:     slog.New(slog.DiscardHandler),
	})
	if err != nil {
		return nil, nil, fmt.Errorf("footnote index: %w", err)
	}
	if _, err := ix.Build(ctx, arts); err != nil {
		return nil, nil, fmt.Errorf("footnote index: %w", err)
	}
	ex := answer.NewExtractive(ix)
	answerFn = func(ctx context.Context, q string) (string, error) {
		a, err := ex.Answer(ctx, footnote.Question{Text: q})
		if err != nil || len(a.Passages) == 0 {
			return "", err
		}
		return paraID(a.Passages[0].Doc, a.Passages[0].N), nil
	}
	rankFn = func(ctx context.Context, q string) (string, error) {
		ps, err := ix.Retrieve(ctx, q, 1)
		if err != nil || len(ps) == 0 {
			return "", err
		}
		return paraID(ps[0].Doc, ps[0].N), nil
	}
	return answerFn, rankFn, nil
}

// newBleve indexes docs in memory with BM25 and the English analyzer and
// returns a function ranking a question's first paragraph.
func newBleve(docs []doc) (func(question) (string, error), error) {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = en.AnalyzerName
	m.ScoringModel = index.BM25Scoring
	ix, err := bleve.NewMemOnly(m)
	if err != nil {
		return nil, fmt.Errorf("bleve index: %w", err)
	}
	b := ix.NewBatch()
	for _, d := range docs {
		if err := b.Index(d.ID, struct {
			Text string `json:"text"`
		}{d.Text}); err != nil {
			return nil, fmt.Errorf("bleve index: %w", err)
		}
	}
	if err := ix.Batch(b); err != nil {
		return nil, fmt.Errorf("bleve index: %w", err)
	}
	return func(q question) (string, error) {
		mq := bleve.NewMatchQuery(q.Text)
		mq.SetField("text")
		res, err := ix.Search(bleve.NewSearchRequestOptions(mq, 1, 0, false))
		if err != nil || len(res.Hits) == 0 {
			return "", err
		}
		return res.Hits[0].ID, nil
	}, nil
}

// timed asks every question once for recall@1, then rounds times against
// the clock.
func timed(qs []question, rounds int, rank func(question) (string, error)) (pass, error) {
	hits, held, heldHits := 0, 0, 0
	for _, q := range qs {
		id, err := rank(q)
		if err != nil {
			return pass{}, fmt.Errorf("%s: %w", q.ID, err)
		}
		if q.HeldOut {
			held++
		}
		if slices.Contains(q.Gold, id) {
			hits++
			if q.HeldOut {
				heldHits++
			}
		}
	}
	runtime.GC() // the previous pass's garbage is not this one's
	start, cpu := time.Now(), measure.CPUTime()
	for range rounds {
		for _, q := range qs {
			if _, err := rank(q); err != nil {
				return pass{}, fmt.Errorf("%s: %w", q.ID, err)
			}
		}
	}
	n := float64(rounds * len(qs))
	return pass{recall: float64(hits) / float64(len(qs)), heldOut: float64(heldHits) / float64(max(held, 1)),
		qps: n / time.Since(start).Seconds(), cpuQPS: n / (measure.CPUTime() - cpu).Seconds()}, nil
}

func writeExport(path string, docs []doc, qs []question) error {
	b, err := json.Marshal(struct {
		Docs      []doc      `json:"docs"`
		Questions []question `json:"questions"`
	}{docs, qs})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// child runs one pass in a process of its own and reads its figures.
func child(cmd *exec.Cmd) (pass, error) {
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return pass{}, fmt.Errorf("%w: %s", err, strings.TrimSpace(string(ee.Stderr)))
		}
		return pass{}, err
	}
	var r struct {
		Recall  float64 `json:"recall_at_1"`
		HeldOut float64 `json:"recall_held_out"`
		QPS     float64 `json:"qps"`
		CPUQPS  float64 `json:"cpu_qps"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return pass{}, fmt.Errorf("read %q: %w", out, err)
	}
	return pass{recall: r.Recall, heldOut: r.HeldOut, qps: r.QPS, cpuQPS: r.CPUQPS}, nil
}
