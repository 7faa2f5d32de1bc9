package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/answer"
	"github.com/footnote-bot/footnote/corpus"
	"github.com/footnote-bot/footnote/llm"
	"github.com/footnote-bot/footnote/retrieval"
)

// app is the wired pipeline: the docs, the index and the answerer.
type app struct {
	cfg        config
	llmCfg     llm.Config
	log        *slog.Logger
	index      *retrieval.Index
	indexOpts  retrieval.Options
	extractive *answer.Extractive
	// model is the model-backed answerer, nil in offline mode.
	model    *llm.Answerer
	answerer footnote.Answerer
}

// openApp opens the index and the answerer that set configures. When sync
// is set it (re)builds the index if there is none or docs/ changed.
func openApp(ctx context.Context, set settings, stderr io.Writer, sync bool) (*app, error) {
	cfg, lcfg := set.App, set.LLM
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	a := &app{cfg: cfg, llmCfg: lcfg, log: log}
	an := retrieval.NewAnalyzer()
	embed := retrieval.NewLocalEmbedding(an, retrieval.LocalDim)
	embedderID := fmt.Sprintf("%s:%d", retrieval.LocalEmbedderID, retrieval.LocalDim)
	if lcfg.EmbedModel != "" {
		// Embeddings from the server; the index is keyed by server and model
		// so that switching rebuilds it instead of mixing vectors.
		embed = llm.NewEmbeddingFunc(lcfg, nil)
		embedderID = "openai:" + lcfg.BaseURL + ":" + lcfg.EmbedModel
	}
	opts := retrieval.Options{
		DataDir:    cfg.DataDir,
		Embed:      embed,
		EmbedderID: embedderID,
		Analyzer:   an,
		ChunkWords: cfg.ChunkWords,
		Logger:     log,
		Load:       func(context.Context) ([]footnote.Article, error) { return a.loadDocs() },
	}
	if isTerminal(stderr) {
		opts.Progress = progressPrinter(stderr)
	}
	a.indexOpts = opts
	var err error
	a.index, err = retrieval.New(opts)
	if err != nil {
		return nil, err
	}
	if sync {
		arts, err := a.loadDocs()
		if err != nil {
			return nil, err
		}
		if _, err := a.syncIndex(ctx, arts); err != nil {
			return nil, err
		}
	}
	a.extractive = answer.NewExtractive(a.index)
	a.extractive.TopK = cfg.TopK
	a.answerer = a.extractive
	if lcfg.Enabled() {
		a.model, err = llm.New(lcfg, llm.Deps{Retriever: a.index, Paragraphs: a.index, Fallback: a.extractive, Library: a.index, Vectors: a.extractive.Vectors, Logger: log})
		if err != nil {
			return nil, err
		}
		a.answerer = a.model
	}
	log.Debug("answering", "mode", a.mode(), "llm", lcfg)
	return a, nil
}

// loadDocs parses docs/, logging each malformed document and going on.
func (a *app) loadDocs() ([]footnote.Article, error) {
	arts, errs, err := corpus.LoadDir(a.cfg.DocsDir)
	if errors.Is(err, corpus.ErrCorpusTooLarge) {
		return nil, err
	}
	if err != nil {
		return nil, docsDirError(err)
	}
	for _, e := range errs {
		a.log.Warn("skipped a document", "err", e)
	}
	arts, errs, err = a.index.Admit(arts)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.cfg.DocsDir, err)
	}
	for _, e := range errs {
		a.log.Warn("skipped a document", "dir", a.cfg.DocsDir, "err", e)
	}
	if len(arts) == 0 {
		return nil, noArticlesError(a.cfg.DocsDir)
	}
	return arts, nil
}

func (a *app) syncIndex(ctx context.Context, arts []footnote.Article) (footnote.IndexStats, error) {
	st, built, err := a.index.Sync(ctx, arts)
	if errors.Is(err, retrieval.ErrSave) {
		// A read-only or full disk must not stop answers: index in memory.
		a.log.Warn("cannot store the index (check FOOTNOTE_DATA_DIR); answering from an index in memory", "err", err)
		opts := a.indexOpts
		opts.DataDir = ""
		if a.index, err = retrieval.New(opts); err != nil {
			return st, err
		}
		st, built, err = a.index.Sync(ctx, arts)
	}
	if err != nil {
		return st, fmt.Errorf("index: %w", err)
	}
	if built {
		a.log.Debug("index refreshed", "articles", st.Articles, "paragraphs", st.Paragraphs, "embedded", st.Embedded)
	}
	return st, nil
}

// isTerminal reports whether stream (a reader or a writer) is a terminal.
func isTerminal(stream any) bool {
	f, ok := stream.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progressPrinter shows the progress of a long indexing (500 chunks or
// more, or over a second) on one terminal line.
func progressPrinter(w io.Writer) func(retrieval.Progress) {
	var mu sync.Mutex
	last := time.Time{}
	return func(p retrieval.Progress) {
		mu.Lock()
		defer mu.Unlock()
		done := p.ChunksDone == p.Chunks
		if p.Chunks < 500 && p.Elapsed < time.Second {
			return // a short build needs no progress line
		}
		if !done && time.Since(last) < 200*time.Millisecond {
			return
		}
		last = time.Now()
		rate := 0.0
		if s := p.Elapsed.Seconds(); s > 0 {
			rate = float64(p.ChunksDone) / s
		}
		fmt.Fprintf(w, "\rindexing: %d/%d articles, %d paragraphs, %d/%d chunks, %.0f chunks/s", p.ArticlesDone, p.Articles, p.Paragraphs, p.ChunksDone, p.Chunks, rate)
		if done {
			fmt.Fprintln(w)
		}
	}
}
