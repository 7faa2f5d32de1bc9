package llm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"sync"

	openai "github.com/sashabaranov/go-openai"
)

// ErrBadEmbedding is returned for an embedding that is empty, not finite,
// zero, or of another dimension than the earlier ones.
var ErrBadEmbedding = errors.New("bad embedding from the model server")

// EmbeddingFunc embeds one text; it has the signature of
// chromem.EmbeddingFunc.
type EmbeddingFunc = func(ctx context.Context, text string) ([]float32, error)

// NewEmbeddingFunc returns a function that embeds a text with
// cfg.EmbedModel through /v1/embeddings (go-openai), with the same retries,
// per-call timeout and circuit breaker as the chat calls. The vectors it
// returns are L2-normalised. An unknown model is a *SetupError naming
// FOOTNOTE_EMBED_MODEL, a refused key one naming OPENAI_API_KEY.
func NewEmbeddingFunc(cfg Config, hc *http.Client) EmbeddingFunc {
	return newEmbeddingFunc(cfg, hc, Runtime{}, nil)
}

func newEmbeddingFunc(cfg Config, hc *http.Client, rt Runtime, log *slog.Logger) EmbeddingFunc {
	if !cfg.Enabled() || cfg.EmbedModel == "" {
		return func(context.Context, string) ([]float32, error) {
			return nil, &SetupError{Var: EnvEmbedModel, Msg: "not set (with " + EnvBaseURL + " or " + EnvAPIKey + "): use the built-in local embedder instead"}
		}
	}
	cfg = cfg.withDefaults()
	rt = rt.withDefaults()
	client := newClient(cfg, hc, rt, log)
	br := newBreaker(cfg.BreakerThreshold, cfg.BreakerCooldown, rt.Now)
	var (
		mu  sync.Mutex
		dim int
	)
	return func(ctx context.Context, text string) ([]float32, error) {
		pass, err := br.allow()
		if err != nil {
			return nil, fmt.Errorf("embed: %w", err)
		}
		vec, err := embedOnce(ctx, cfg, client, text)
		pass.finish(err, ctx)
		if err != nil {
			return nil, err
		}
		mu.Lock()
		defer mu.Unlock()
		if dim == 0 {
			dim = len(vec)
		} else if len(vec) != dim {
			return nil, fmt.Errorf("%w: dimension %d after %d", ErrBadEmbedding, len(vec), dim)
		}
		return vec, nil
	}
}

func embedOnce(ctx context.Context, cfg Config, client *openai.Client, text string) ([]float32, error) {
	cctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	resp, err := client.CreateEmbeddings(cctx, openai.EmbeddingRequestStrings{
		Input: []string{text},
		Model: openai.EmbeddingModel(cfg.EmbedModel),
	})
	if err != nil {
		return nil, withCtx(cctx, fmt.Errorf("embed with %s: %w", cfg.EmbedModel, classify(err, cfg.EmbedModel, EnvEmbedModel)))
	}
	if len(resp.Data) != 1 {
		return nil, fmt.Errorf("%w: %d vectors for 1 input", ErrBadEmbedding, len(resp.Data))
	}
	return normalise(resp.Data[0].Embedding)
}

// normalise scales v to unit length, in place.
func normalise(v []float32) ([]float32, error) {
	if len(v) == 0 {
		return nil, fmt.Errorf("%w: empty vector", ErrBadEmbedding)
	}
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	norm := math.Sqrt(sum)
	if norm == 0 || math.IsNaN(norm) || math.IsInf(norm, 0) {
		return nil, fmt.Errorf("%w: norm %v", ErrBadEmbedding, norm)
	}
	for i := range v {
		v[i] = float32(float64(v[i]) / norm)
	}
	return v, nil
}
