// Package retrieval indexes the articles' paragraphs and finds the ones that
// answer a question. It chunks paragraphs, embeds them with a function passed
// in (the built-in local embedder or a server's), keeps the vectors
// quantised column by column (see vecIndex) beside a BM25F lexicon, persists
// both in one binary file per generation with a crash-safe swap, and fuses
// the vector ranking with the lexical one (see fuseScores).
package retrieval

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"log/slog"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/philippgille/chromem-go"

	"github.com/footnote-bot/footnote"
)

// Options configure an Index. Embed is required: there is no default
// embedder (chromem-go's, whose function type Embed keeps, would call
// OpenAI with OPENAI_API_KEY).
type Options struct {
	// DataDir is where generations are stored. Empty means in memory only.
	DataDir string
	// Embed embeds chunk texts and queries.
	Embed chromem.EmbeddingFunc
	// EmbedderID names the embedder and model ("local-hash-v1",
	// "openai:nomic-embed-text"); with the vector dimension it keys the
	// stored vectors, so that switching embedders rebuilds them.
	EmbedderID string
	// Analyzer analyses text; nil means NewAnalyzer().
	Analyzer *Analyzer
	// Load returns the articles to index; Reindex calls it.
	Load func(ctx context.Context) ([]footnote.Article, error)
	// ChunkWords is the longest chunk in words; 0 means DefaultChunkWords.
	ChunkWords int
	// Concurrency is the number of parallel embedding calls; 0 means the
	// number of CPUs.
	Concurrency int
	// Progress, if set, is called as indexing proceeds.
	Progress func(Progress)
	// Logger receives index events; nil discards them.
	Logger *slog.Logger
	// Fault, if set, is called after each step of writing a generation; an
	// error aborts the write like a crash. For tests.
	Fault func(Step) error
}

// Progress reports indexing progress.
type Progress struct {
	// Articles is the number of articles being indexed; ArticlesDone is an
	// estimate from the share of chunks embedded.
	Articles, ArticlesDone int
	// Paragraphs is the number of paragraphs being indexed.
	Paragraphs int
	// Chunks is the number of chunks; ChunksDone have a vector (reused or
	// embedded).
	Chunks, ChunksDone int
	// Elapsed is the time since the build started.
	Elapsed time.Duration
}

// Index is the searchable index of the articles. It is safe for concurrent
// use: questions are answered from the current snapshot while a reindex
// builds the next one, which is swapped in atomically.
type Index struct {
	opts    Options
	an      *Analyzer
	snap    atomic.Pointer[snapshot]
	build   sync.Mutex // one build at a time
	dimOnce sync.Once
	dim     int
}

// snapshot is one immutable state of the index.
type snapshot struct {
	m      manifest
	gen    string
	byID   map[string]int
	chunks []chunk
	lex    *lexicon
	vec    vecIndex
	paras  int
}

var (
	_ footnote.Retriever = (*Index)(nil)
	_ footnote.Library   = (*Index)(nil)
	_ footnote.Reindexer = (*Index)(nil)
)

// ErrSave wraps a failure to store a built index in Options.DataDir (the
// index in memory is left as it was).
var ErrSave = errors.New("save index")

// ErrNoEmbedder is returned by New when Options.Embed is nil.
var ErrNoEmbedder = errors.New("retrieval: an embedding function is required")

// New returns an Index. If DataDir holds a generation made by the same
// embedder, it is loaded; otherwise the index is empty until Sync or
// Reindex. A generation that cannot be read is reported and ignored (the
// next Sync rebuilds it).
func New(opts Options) (*Index, error) {
	if opts.Embed == nil {
		return nil, ErrNoEmbedder
	}
	if opts.EmbedderID == "" {
		return nil, errors.New("retrieval: EmbedderID is required")
	}
	if opts.ChunkWords == 0 {
		opts.ChunkWords = DefaultChunkWords
	}
	if opts.ChunkWords < 20 || opts.ChunkWords > 5000 {
		return nil, fmt.Errorf("retrieval: chunk size %d words is out of range [20, 5000]", opts.ChunkWords)
	}
	if opts.Concurrency <= 0 {
		opts.Concurrency = runtime.NumCPU()
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	an := opts.Analyzer
	if an == nil {
		an = NewAnalyzer()
	}
	ix := &Index{opts: opts, an: an}
	if opts.DataDir != "" {
		m, data, gen, err := readGeneration(opts.DataDir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case errors.Is(err, ErrOldIndex):
			opts.Logger.Warn("stored index is in an older format; it will be rebuilt", "err", err)
		case err != nil:
			opts.Logger.Warn("stored index unreadable; it will be rebuilt", "err", err)
		case m.Embedder != opts.EmbedderID || m.ChunkWords != opts.ChunkWords:
			opts.Logger.Info("stored index made with other settings; it will be rebuilt", "embedder", m.Embedder, "chunk_words", m.ChunkWords)
		default:
			s, err := ix.loadedSnapshot(m, data, gen)
			if err != nil {
				opts.Logger.Warn("stored index inconsistent; it will be rebuilt", "err", err)
			} else {
				ix.snap.Store(s)
			}
		}
	}
	return ix, nil
}

// embedDim is the dimension of the embedder's vectors, measured once on a
// probe text; 0 if the probe failed (a server down: then nothing is decided
// on it).
func (ix *Index) embedDim() int {
	ix.dimOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if v, err := ix.opts.Embed(ctx, "dimension probe"); err == nil {
			ix.dim = len(v)
		}
	})
	return ix.dim
}

// Terms analyses a question with the index's analyzer, in the question's
// language (see Analyzer.QuestionLang).
// Its question words that are no stop words are dropped (see
// questionWords).
func (ix *Index) Terms(text string) []Term {
	return ix.an.questionTermsIn(ix.an.QuestionLang(text), text)
}

// Stems returns the stems of a question as Terms makes them.
func (ix *Index) Stems(text string) []string {
	ts := ix.Terms(text)
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Stem
	}
	return out
}

// QuestionLanguage returns the ISO 639-1 code of the language a question
// is analysed in.
func (ix *Index) QuestionLanguage(q string) string { return string(ix.an.QuestionLang(q)) }

// StemsIn returns the stems of text of an article whose language is code
// (ISO 639-1, "" when unknown), as TermsIn makes them, without detecting
// a language (which Stems does, for a question).
func (ix *Index) StemsIn(code, text string) []string { return ix.an.StemsIn(ix.an.Lang(code), text) }

// TermsIn analyses text of an article whose language is code (ISO 639-1,
// "" when unknown) as the index analysed it.
func (ix *Index) TermsIn(code, text string) []Term { return ix.an.TermsIn(ix.an.Lang(code), text) }

// Ready reports whether the index holds a snapshot.
func (ix *Index) Ready() bool { return ix.snap.Load() != nil }

// Articles returns the indexed articles, sorted by ID.
func (ix *Index) Articles() []footnote.Article {
	s := ix.snap.Load()
	if s == nil {
		return nil
	}
	return s.m.Articles
}

// Article returns the article whose ID is doc, and whether there is one.
func (ix *Index) Article(doc string) (footnote.Article, bool) {
	s := ix.snap.Load()
	if s == nil {
		return footnote.Article{}, false
	}
	i, ok := s.byID[doc]
	if !ok {
		return footnote.Article{}, false
	}
	return s.m.Articles[i], true
}

// Paragraph returns ¶n of article doc.
func (ix *Index) Paragraph(doc string, n int) (footnote.Paragraph, bool) {
	s := ix.snap.Load()
	if s == nil {
		return footnote.Paragraph{}, false
	}
	i, ok := s.byID[doc]
	if !ok {
		return footnote.Paragraph{}, false
	}
	return s.m.Articles[i].Paragraph(n)
}

// Fresh reports whether the index was built from exactly these articles
// (by content hash) with the current settings.
func (ix *Index) Fresh(articles []footnote.Article) bool {
	s := ix.snap.Load()
	if s == nil || len(s.m.Articles) != len(articles) || s.m.Format != indexFormat {
		return false
	}
	if d := ix.embedDim(); d > 0 && d != s.m.Dim {
		// Same embedder name, other dimension (a model changed on the
		// server): the stored vectors can't be compared with new ones.
		return false
	}
	for i, a := range articles {
		if s.m.Articles[i].ID != a.ID || s.m.Articles[i].Hash != a.Hash {
			return false
		}
	}
	return true
}

// Reindex loads the articles with Options.Load and rebuilds the index from
// them, re-embedding only the articles that changed.
func (ix *Index) Reindex(ctx context.Context) (footnote.IndexStats, error) {
	if ix.opts.Load == nil {
		return footnote.IndexStats{}, errors.New("retrieval: no loader configured")
	}
	arts, err := ix.opts.Load(ctx)
	if err != nil {
		return footnote.IndexStats{}, fmt.Errorf("load articles: %w", err)
	}
	return ix.Build(ctx, arts)
}

// Sync builds the index from articles unless it is already Fresh.
func (ix *Index) Sync(ctx context.Context, articles []footnote.Article) (footnote.IndexStats, bool, error) {
	if ix.Fresh(articles) {
		return footnote.IndexStats{}, false, nil
	}
	st, err := ix.Build(ctx, articles)
	return st, err == nil, err
}

// Build indexes articles, persists the result as a new generation and
// swaps it in. Vectors of articles whose content hash is unchanged are
// reused. Questions keep being answered from the old snapshot meanwhile.
func (ix *Index) Build(ctx context.Context, articles []footnote.Article) (footnote.IndexStats, error) {
	ix.build.Lock()
	defer ix.build.Unlock()
	start := time.Now()
	old := ix.snap.Load()
	// The index keeps slices of its own: a caller changing its articles
	// afterwards changes nothing here, and each build's paragraphs are new
	// slices, which readers (the extractive answerer's analyses) take as
	// a new version of the article.
	articles = slices.Clone(articles)
	for i := range articles {
		articles[i].Paragraphs = slices.Clone(articles[i].Paragraphs)
	}
	var chunks []chunk
	paras := 0
	for _, a := range articles {
		chunks = append(chunks, chunkArticle(a, ix.opts.ChunkWords)...)
		paras += len(a.Paragraphs)
	}
	if err := checkChunkCaps(chunks); err != nil {
		return footnote.IndexStats{}, err
	}
	vb := newVecBuilder(len(chunks))
	var todo []int
	var oldIdx map[chunkKey]int
	if old != nil && old.vec.dim > 0 && (ix.embedDim() == 0 || ix.embedDim() == old.vec.dim) {
		oldIdx = make(map[chunkKey]int, len(old.chunks))
		for j, c := range old.chunks {
			oldIdx[c.key()] = j
		}
	}
	for i := range chunks {
		c := &chunks[i]
		c.sum = embedSum(embedText(*c))
		// Reuse a stored vector only for the very same text (the article's
		// hash alone would miss a change in how chunks are built).
		if j, ok := oldIdx[c.key()]; ok && old.chunks[j].sum == c.sum {
			if err := vb.put(i, old.vec.vector(j)); err != nil {
				return footnote.IndexStats{}, fmt.Errorf("reuse the vector of %s: %w", c.ID(), err)
			}
			continue
		}
		todo = append(todo, i)
	}
	if err := ix.embedAll(ctx, chunks, vb, todo, len(articles), paras, start); err != nil {
		return footnote.IndexStats{}, err
	}
	m := manifest{Version: storeVersion, Format: indexFormat, Embedder: ix.opts.EmbedderID, Dim: vb.vi.dim, ChunkWords: ix.opts.ChunkWords,
		Created: time.Now().UTC(), Articles: articles}
	s := ix.builtSnapshot(m, chunks, vb.vi)
	if ix.opts.DataDir != "" {
		gen, err := writeGeneration(ix.opts.DataDir, m, func(w *bufio.Writer) error {
			return encodeIndex(w, s.m.Articles, s.byID, snapshotData{chunks: s.chunks, lex: s.lex, vec: s.vec})
		}, ix.opts.Fault)
		if err != nil {
			return footnote.IndexStats{}, fmt.Errorf("%w: %w", ErrSave, err)
		}
		s.gen = gen
	}
	ix.snap.Store(s)
	st := footnote.IndexStats{Articles: len(articles), Paragraphs: paras, Embedded: len(todo), Duration: time.Since(start)}
	ix.opts.Logger.Debug("index built", "articles", st.Articles, "paragraphs", st.Paragraphs, "embedded", st.Embedded, "duration", st.Duration, "generation", s.gen)
	return st, nil
}

// embedAll embeds chunks[todo] into vb with Options.Concurrency workers.
func (ix *Index) embedAll(ctx context.Context, chunks []chunk, vb *vecBuilder, todo []int, nArticles, paras int, start time.Time) error {
	if len(todo) == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		next, done atomic.Int64
		errOnce    sync.Once
		firstErr   error
		wg         sync.WaitGroup
	)
	report := func() {
		if ix.opts.Progress == nil {
			return
		}
		d := int(done.Load())
		ix.opts.Progress(Progress{Articles: nArticles, ArticlesDone: nArticles * d / len(todo), Paragraphs: paras,
			Chunks: len(chunks), ChunksDone: len(chunks) - len(todo) + d, Elapsed: time.Since(start)})
	}
	step := max(1, len(todo)/100)
	for w := 0; w < min(ix.opts.Concurrency, len(todo)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1)) - 1
				if k >= len(todo) || ctx.Err() != nil {
					return
				}
				c := chunks[todo[k]]
				v, err := ix.opts.Embed(ctx, embedText(c))
				if err == nil {
					err = vb.put(todo[k], v)
				}
				if err != nil {
					errOnce.Do(func() { firstErr = fmt.Errorf("embed %s: %w", c.ID(), err); cancel() })
					return
				}
				if d := done.Add(1); d%int64(step) == 0 {
					report()
				}
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	report()
	return nil
}

// embedSum identifies an embedded text: FNV-1a, 64 bits (a collision
// would reuse a vector for another text, once in 2^64).
func embedSum(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// embedText is what is embedded for a chunk: its indexed text and its
// neighbours' context.
func embedText(c chunk) string {
	if c.Context == "" {
		return c.Index
	}
	return c.Index + "\n" + c.Context
}

// loadedSnapshot checks a generation read from disk against its manifest
// and makes it a snapshot.
func (ix *Index) loadedSnapshot(m manifest, d snapshotData, gen string) (*snapshot, error) {
	if err := checkChunkCaps(d.chunks); err != nil {
		return nil, fmt.Errorf("generation %s: %w", gen, err)
	}
	if d.vec.n != len(d.chunks) || len(d.lex.lens) != len(d.chunks) || (len(d.chunks) > 0 && d.vec.dim != m.Dim) {
		return nil, fmt.Errorf("generation %s holds %d vectors of %d dimensions and %d lengths for %d chunks (manifest: %d dimensions)",
			gen, d.vec.n, d.vec.dim, len(d.lex.lens), len(d.chunks), m.Dim)
	}
	s := ix.snapshotOf(m, d.chunks)
	s.gen, s.lex, s.vec = gen, d.lex, d.vec
	return s, nil
}

// builtSnapshot makes a snapshot of chunks just embedded: it analyses
// them into a lexicon.
func (ix *Index) builtSnapshot(m manifest, chunks []chunk, vec vecIndex) *snapshot {
	s := ix.snapshotOf(m, chunks)
	s.vec = vec
	fields := make([]fieldTerms, len(chunks))
	for i, c := range chunks {
		lang := ix.an.Lang(s.m.Articles[s.byID[c.Doc]].Language)
		fields[i] = fieldTerms{self: ix.an.StemsIn(lang, c.Index), ctx: ix.an.StemsIn(lang, c.Context)}
	}
	s.lex = newLexicon(fields, contextWeight)
	for i := range s.chunks {
		s.chunks[i].Index, s.chunks[i].Context = "", "" // analysed and embedded: let them go
	}
	return s
}

// snapshotOf is the part of a snapshot common to built and loaded ones.
func (ix *Index) snapshotOf(m manifest, chunks []chunk) *snapshot {
	m.Articles = slices.Clone(m.Articles) // labels go on a copy: the caller's slice may be shared
	footnote.AssignLabels(m.Articles)
	s := &snapshot{m: m, byID: make(map[string]int, len(m.Articles)), chunks: chunks}
	for i, a := range m.Articles {
		s.byID[a.ID] = i
		s.paras += len(a.Paragraphs)
	}
	return s
}
