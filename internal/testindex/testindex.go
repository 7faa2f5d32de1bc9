// Package testindex builds the index tests answer from: the articles of a
// directory, analysed and embedded by the built-in local embedder, in
// memory.
package testindex

import (
	"context"
	"testing"

	"github.com/footnote-bot/footnote/corpus"
	"github.com/footnote-bot/footnote/retrieval"
)

// Build loads every article of dir and indexes them; it fails the test
// on a malformed article or an index error.
func Build(t testing.TB, dir string) *retrieval.Index {
	t.Helper()
	arts, errs, err := corpus.LoadDir(dir)
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	an := retrieval.NewAnalyzer()
	ix, err := retrieval.New(retrieval.Options{Embed: retrieval.NewLocalEmbedding(an, retrieval.LocalDim), EmbedderID: "t", Analyzer: an})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	return ix
}
