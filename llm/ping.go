package llm

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Ping checks at start that the server answers GET /v1/models with our key
// and knows the chat model (and the embedding model, if one is set). A
// wrong key is a *SetupError naming OPENAI_API_KEY, an unknown model one
// naming FOOTNOTE_CHAT_MODEL or FOOTNOTE_EMBED_MODEL, an unreachable or
// wrong server one naming OPENAI_BASE_URL.
func (a *Answerer) Ping(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, a.cfg.Timeout)
	defer cancel()
	list, err := a.client.ListModels(ctx)
	ids := make([]string, len(list.Models))
	for i, m := range list.Models {
		ids[i] = m.ID
	}
	return checkModels(ctx, a.cfg, ids, err)
}

// checkModels judges the answer to GET /v1/models.
func checkModels(ctx context.Context, cfg Config, ids []string, err error) error {
	if err != nil {
		err = classify(err, cfg.ChatModel, EnvChatModel)
		var setup *SetupError
		if errors.As(err, &setup) {
			if setup.Var == EnvChatModel {
				// /v1/models doesn't name a model; a 404 there means the URL.
				return &SetupError{Var: EnvBaseURL, Msg: "no OpenAI-compatible API at " + cfg.BaseURL, Err: err}
			}
			return err
		}
		if _, _, _, isHTTP := apiStatus(err); isHTTP {
			return fmt.Errorf("list models at %s: %w", cfg.BaseURL, err)
		}
		return &SetupError{Var: EnvBaseURL, Msg: fmt.Sprintf("cannot reach the model server at %s (%v)", cfg.BaseURL, withCtx(ctx, err)), Err: err}
	}
	if len(ids) == 0 {
		return nil // some servers list nothing; the first answer will tell
	}
	if !hasModel(ids, cfg.ChatModel) {
		return &SetupError{Var: EnvChatModel, Msg: fmt.Sprintf("the model server has no model %q (it has: %s)", cfg.ChatModel, listed(ids))}
	}
	if cfg.EmbedModel != "" && !hasModel(ids, cfg.EmbedModel) {
		return &SetupError{Var: EnvEmbedModel, Msg: fmt.Sprintf("the model server has no model %q (it has: %s)", cfg.EmbedModel, listed(ids))}
	}
	return nil
}

// hasModel accepts Ollama's implicit ":latest" tag.
func hasModel(ids []string, model string) bool {
	for _, id := range ids {
		if id == model || id == model+":latest" || strings.TrimSuffix(model, ":latest") == id {
			return true
		}
	}
	return false
}

func listed(ids []string) string {
	const max = 12
	if len(ids) > max {
		return strings.Join(ids[:max], ", ") + fmt.Sprintf(" and %d more", len(ids)-max)
	}
	return strings.Join(ids, ", ")
}
