// Package llm answers questions with an OpenAI-compatible language model
// (OpenAI, Ollama, vLLM, llama.cpp, LM Studio) through go-openai, streamed,
// and checks every citation of the model's answer in code before anyone
// sees it. When the model can't be reached, or nothing it wrote holds up,
// the answer comes from the extractive fallback, labelled as such.
package llm

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"

	openai "github.com/sashabaranov/go-openai"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/answer"
	"github.com/footnote-bot/footnote/gazetteer"
	"github.com/footnote-bot/footnote/prompts"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/retrieval"
)

// Deps are the collaborators of the Answerer.
type Deps struct {
	// Retriever finds the passages a question is answered from (required).
	Retriever footnote.Retriever
	// Paragraphs looks up any paragraph by article and number (required).
	Paragraphs footnote.Paragraphs
	// Fallback is the extractive answerer, used when the model can't be
	// reached or nothing it wrote is supported (required).
	Fallback footnote.Answerer
	// Library, if set, names the articles in the prompt and in refusals.
	Library footnote.Library
	// HTTPClient is the client to the model server (default: a new one).
	// Its Transport is wrapped with retries; the client itself is not
	// modified.
	HTTPClient *http.Client
	// Logger receives warnings about model faults (default: discard).
	Logger *slog.Logger
	// Runtime holds the clock, sleep and jitter (default: the real ones).
	Runtime Runtime
	// Entropy feeds the prompt fence nonce (default crypto/rand).
	Entropy io.Reader
	// Vectors, if set, gives the word vectors the check compares words by
	// meaning with (see relatedness); share the extractive answerer's.
	// Default: retrieval.LoadVectors, once, when first needed.
	Vectors func() (*retrieval.Vectors, error)
}

// Answerer answers with a language model and checks the answer.
type Answerer struct {
	cfg       Config
	client    *openai.Client
	templates *prompts.Templates
	retriever footnote.Retriever
	paras     footnote.Paragraphs
	fallback  footnote.Answerer
	library   footnote.Library
	log       *slog.Logger
	breaker   *breaker
	entropy   io.Reader
	vectors   func() (*retrieval.Vectors, error)
	// places tells which country a word names, for a claim that names
	// the country a quote's "our" speaks for (see ownCountry); read once.
	places func() *gazetteer.Gazetteer
	// vectorsWarn logs once that the word vectors failed to load.
	vectorsWarn sync.Once
	// inlineOnly is set once the server rejected response_format (or
	// answered a structured request with text): the answerer talks to one
	// server, and asks it for the inline form from then on.
	inlineOnly atomic.Bool
	// reads keeps the paragraphs read for earlier answers' checks.
	reads paragraphReads
}

var _ footnote.StreamAnswerer = (*Answerer)(nil)

// ErrMissingDep is returned by New when a required dependency is nil.
var ErrMissingDep = errors.New("llm: missing dependency")

// New builds an Answerer. cfg must be Enabled.
func New(cfg Config, deps Deps) (*Answerer, error) {
	if !cfg.Enabled() {
		return nil, &SetupError{Var: EnvAPIKey, Msg: "neither " + EnvAPIKey + " nor " + EnvBaseURL + " is set; the model is disabled"}
	}
	switch {
	case deps.Retriever == nil:
		return nil, fmt.Errorf("%w: Retriever", ErrMissingDep)
	case deps.Paragraphs == nil:
		return nil, fmt.Errorf("%w: Paragraphs", ErrMissingDep)
	case deps.Fallback == nil:
		return nil, fmt.Errorf("%w: Fallback", ErrMissingDep)
	}
	cfg = cfg.withDefaults()
	ts, err := prompts.Load()
	if err != nil {
		return nil, err
	}
	log := deps.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	rt := deps.Runtime.withDefaults()
	entropy := deps.Entropy
	if entropy == nil {
		entropy = rand.Reader
	}
	vectors := deps.Vectors
	if vectors == nil {
		vectors = sync.OnceValues(retrieval.LoadVectors)
	}
	log.Info("model answerer ready", "llm", cfg)
	return &Answerer{
		cfg:       cfg,
		client:    newClient(cfg, deps.HTTPClient, rt, log),
		templates: ts,
		retriever: deps.Retriever,
		paras:     deps.Paragraphs,
		fallback:  deps.Fallback,
		library:   deps.Library,
		log:       log,
		breaker:   newBreaker(cfg.BreakerThreshold, cfg.BreakerCooldown, rt.Now),
		entropy:   entropy,
		vectors:   vectors,
		places:    sync.OnceValue(gazetteer.New),
	}, nil
}

// newClient builds a go-openai client whose HTTP transport retries.
func newClient(cfg Config, hc *http.Client, rt Runtime, log *slog.Logger) *openai.Client {
	c := &http.Client{}
	if hc != nil {
		*c = *hc
	}
	c.Transport = newRetryTransport(c.Transport, cfg, rt, log)
	occ := openai.DefaultConfig(cfg.APIKey)
	occ.BaseURL = cfg.BaseURL
	occ.HTTPClient = c
	return openai.NewClientWithConfig(occ)
}

// Config returns the configuration in use (with defaults filled in).
func (a *Answerer) Config() Config { return a.cfg }

// Answer answers q; see AnswerStream.
func (a *Answerer) Answer(ctx context.Context, q footnote.Question) (footnote.Answer, error) {
	return a.AnswerStream(ctx, q, nil)
}

// AnswerStream answers q with the model, reporting progress to partial
// (which may be nil). Each partial text is itself checked: it holds only
// the complete claims so far whose citations hold, so no unverified
// citation is ever shown. On any model fault the fallback's answer is
// returned with a Note; an error is returned only if retrieval or the
// fallback fails, the question is invalid (footnote.ValidateQuestion's
// errors), or ctx ends.
func (a *Answerer) AnswerStream(ctx context.Context, q footnote.Question, partial func(text string)) (footnote.Answer, error) {
	text, err := footnote.ValidateQuestion(q.Text)
	if err != nil {
		return footnote.Answer{}, err
	}
	q.Text = text
	var passages []footnote.Passage
	if a.library == nil {
		passages, err = a.retriever.Retrieve(ctx, retrievalQuery(q), max(a.cfg.Passages, maxContextPassages))
	} else {
		var req answer.Request
		req, err = answer.Prepare(ctx, a.library, a.retriever, q, retrievalQuery(q), max(a.cfg.Passages, maxContextPassages))
		if err == nil && req.Intent.HasParagraph && req.Named == nil {
			// No such paragraph, or several articles have it: the
			// fallback says which, with nothing for a model to add.
			return a.fallback.Answer(ctx, q)
		}
		passages = req.Passages
	}
	if err != nil {
		return footnote.Answer{}, fmt.Errorf("retrieve passages: %w", err)
	}
	passages = withArticle(contextPassages(passages, a.cfg.Passages, a.cfg.ContextWords), a.paras, a.cfg.Passages, a.cfg.ContextWords)
	ev := a.reads.evidence(passages, a.paras)
	ev.reciteAmong = a.cfg.Passages
	ev.rel = a.relatedWords()
	ev.places = a.places()
	if len(ev.sources) == 0 {
		return a.fallback.Answer(ctx, q)
	}
	pass, err := a.breaker.allow()
	if err != nil {
		return a.fallbackAfter(ctx, q, err)
	}
	structured := !a.inlineOnly.Load()
	msgs, err := a.messages(q, passages, structured)
	if err != nil {
		// Nothing was asked of the model: no proof either way.
		pass.release()
		return footnote.Answer{}, err
	}
	ev.echo = questionStems(q.Text)
	text, err = a.stream(ctx, msgs, structured, a.watcher(ev, partial))
	if structured && rejectsFormat(err) {
		// The server has no structured output: ask again, inline, and
		// remember.
		a.log.Info("model server rejects response_format; using inline citations from now on", "error", redact(err, a.cfg.APIKey))
		a.inlineOnly.Store(true)
		structured = false
		if msgs, err = a.messages(q, passages, false); err == nil {
			text, err = a.stream(ctx, msgs, false, a.watcher(ev, partial))
		}
	}
	pass.finish(err, ctx)
	if err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return footnote.Answer{}, fmt.Errorf("answer: %w", cerr)
		}
		return a.fallbackAfter(ctx, q, err)
	}

	var (
		res      checkResult
		noAnswer bool
	)
	if isJSONAnswer(text) {
		sa := structuredClaims(text)
		noAnswer = sa.NotInArticles
		res = checkQuoted(sa.Claims, ev)
		if a.cfg.Verify == VerifyModel {
			if calls := a.secondOpinion(ctx, sa.Claims, ev); calls > 0 {
				res = checkQuoted(sa.Claims, ev)
				a.log.Info("second opinion", "calls", calls, "kept", res.seconded)
			}
		}
	} else {
		if structured {
			a.log.Info("model server answered a structured request with text; using inline citations from now on")
			a.inlineOnly.Store(true)
		}
		noAnswer = strings.Contains(text, prompts.NoAnswer)
		text = strings.ReplaceAll(text, prompts.NoAnswer, "")
		res = postCheck(text, ev)
	}
	// The last line of defence: the shared check every answerer runs.
	if _, dropped := footnote.CheckCitations(a.paras, res.cites); len(dropped) > 0 {
		a.log.Error("post-check let an unverified citation through; using the fallback", "dropped", len(dropped))
		res = checkResult{}
	}
	a.log.Info("model answer checked", "claims", res.claims, "kept", res.kept, "recited", res.recited,
		"removed", res.removed, "dropped_markers", res.droppedMarkers, "no_answer", noAnswer)
	if len(res.cites) == 0 {
		if noAnswer {
			return a.refuse(ctx, q, passages)
		}
		return a.fallbackWith(ctx, q, "The model's answer could not be checked against the articles, so this answer quotes them directly.")
	}
	shownText, shownCites := res.shown()
	out := footnote.Answer{
		Question:  q.Text,
		Text:      shownText,
		Mode:      footnote.ModeLLM,
		Citations: shownCites,
		Passages:  passages,
	}
	if res.removed > 0 {
		out.Note = removedNote(res.removed)
	}
	return out, nil
}

// shown is what a user may see of a checked answer: its text and its
// citations' quotes with mentions defused.
func (r checkResult) shown() (string, []footnote.Citation) {
	cs := make([]footnote.Citation, len(r.cites))
	for i, c := range r.cites {
		c.Quote = footnote.Defuse(c.Quote)
		cs[i] = c
	}
	return footnote.Defuse(r.text), cs
}

// retrievalQuery adds the previous question to a follow-up, so that "why
// did she?" still finds the paragraphs about her.
func retrievalQuery(q footnote.Question) string {
	if len(q.History) == 0 {
		return q.Text
	}
	return q.History[len(q.History)-1].Question + " " + q.Text
}

// messages renders the prompt for q over the passages.
func (a *Answerer) messages(q footnote.Question, passages []footnote.Passage, structured bool) ([]prompts.Message, error) {
	fence, err := prompts.NewFence(a.entropy)
	if err != nil {
		return nil, err
	}
	arts := map[string]footnote.Article{}
	if a.library != nil {
		for _, art := range a.library.Articles() {
			arts[art.ID] = art
		}
	}
	r := prompts.Request{Fence: fence, Question: q.Text, Structured: structured}
	for _, p := range passages {
		art := arts[p.Doc]
		src := art.Title
		if src == "" {
			src = p.Doc
		}
		if s := art.Source(); s != "" {
			src += " — " + s
		}
		r.Passages = append(r.Passages, prompts.Passage{Label: art.Label, N: p.N, Article: p.Doc, Source: src, Text: p.Text})
	}
	for _, h := range q.History {
		r.History = append(r.History, prompts.Turn{Question: h.Question, Answer: h.Answer})
	}
	msgs, err := a.templates.Messages(r)
	if err != nil {
		return nil, fmt.Errorf("render prompt: %w", err)
	}
	return msgs, nil
}

// fallbackAfter answers with the fallback after a model fault, and says why.
func (a *Answerer) fallbackAfter(ctx context.Context, q footnote.Question, cause error) (footnote.Answer, error) {
	var setup *SetupError
	if errors.As(cause, &setup) {
		a.log.Error("model misconfigured; answering extractively", "variable", setup.Var, "error", redact(cause, a.cfg.APIKey))
	} else {
		a.log.Warn("model unavailable; answering extractively", "error", redact(cause, a.cfg.APIKey))
	}
	return a.fallbackWith(ctx, q, "The language model is unavailable: "+reason(cause)+". This answer quotes the articles directly.")
}

func (a *Answerer) fallbackWith(ctx context.Context, q footnote.Question, note string) (footnote.Answer, error) {
	ans, err := a.fallback.Answer(ctx, q)
	if err != nil {
		return footnote.Answer{}, fmt.Errorf("fallback answer: %w", err)
	}
	if ans.Note != "" {
		note = ans.Note + " " + note
	}
	ans.Note = footnote.Defuse(note)
	return ans, nil
}

// refuse handles the model's "not in the articles": the fallback's
// refusal if it refuses too (it lists what the corpus covers), else a
// refusal of our own — the model judged the closest passages beside the
// point.
func (a *Answerer) refuse(ctx context.Context, q footnote.Question, passages []footnote.Passage) (footnote.Answer, error) {
	fb, err := a.fallback.Answer(ctx, q)
	if err == nil && fb.Refused {
		return fb, nil
	}
	if err != nil {
		a.log.Warn("fallback failed while refusing", "error", err)
	}
	text := "The articles don't answer this question."
	if a.library != nil {
		var titles []string
		for _, art := range a.library.Articles() {
			if art.Title != "" {
				titles = append(titles, "“"+art.Title+"”")
			}
		}
		if len(titles) > 0 {
			text += " They cover: " + strings.Join(titles, "; ") + "."
		}
	}
	return footnote.Answer{Question: q.Text, Text: footnote.Defuse(text), Refused: true, Mode: footnote.ModeLLM, Passages: passages}, nil
}

// relatedWords returns a comparer of words by meaning for one answer;
// without the word vectors (they failed to load) it relates nothing, and
// only the words themselves count.
func (a *Answerer) relatedWords() *relatedness.Words {
	v, err := a.vectors()
	if err != nil {
		a.vectorsWarn.Do(func() { a.log.Warn("word vectors unavailable; claims are compared by their words only", "err", err) })
		v = nil
	}
	return relatedness.New(v)
}

// removedNote tells the reader how many of the model's statements the
// check removed, in the right number.
func removedNote(n int) string {
	if n == 1 {
		return "1 statement of the model's answer was removed because the articles don't support it."
	}
	return fmt.Sprintf("%d statements of the model's answer were removed because the articles don't support them.", n)
}
