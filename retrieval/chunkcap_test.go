package retrieval

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// wordArticle is an article of n one-word paragraphs after its header.
func wordArticle(id string, n int) footnote.Article {
	a := footnote.Article{ID: id, Title: id, Paragraphs: []footnote.Paragraph{{Doc: id, N: 0, Text: id}}}
	for i := 1; i <= n; i++ {
		a.Paragraphs = append(a.Paragraphs, footnote.Paragraph{Doc: id, N: i, Text: fmt.Sprintf("word%d", i)})
	}
	return a
}

func ids(arts []footnote.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

func TestAdmitSkipsAnArticleOverItsChunkCap(t *testing.T) {
	ix := newIndex(t, "", nil)
	arts := append(loadArticle(t), wordArticle("list", MaxArticleChunks))
	kept, skipped, err := ix.Admit(arts)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(kept); len(got) != 1 || got[0] != docID {
		t.Errorf("kept %v, want only %s", got, docID)
	}
	if len(skipped) != 1 || !errors.Is(skipped[0], ErrTooManyChunks) || !strings.Contains(skipped[0].Error(), "list") {
		t.Errorf("skipped = %v, want one naming the article list", skipped)
	}
	// The others are still indexed and answer.
	if _, err := ix.Build(context.Background(), kept); err != nil {
		t.Fatal(err)
	}
	hits, err := ix.Retrieve(context.Background(), "Who overruled Haley?", 1)
	if err != nil || len(hits) == 0 || hits[0].N != 7 {
		t.Errorf("after skipping list: hits %+v, %v", hits, err)
	}
}

func TestAdmitRefusesAnIndexOverTheChunkCap(t *testing.T) {
	ix := newIndex(t, "", nil)
	var arts []footnote.Article
	for i := 0; i*(MaxArticleChunks-1) <= MaxChunks; i++ {
		arts = append(arts, wordArticle(fmt.Sprintf("a%02d", i), MaxArticleChunks-2))
	}
	kept, _, err := ix.Admit(arts)
	if !errors.Is(err, ErrTooManyChunks) || !strings.Contains(err.Error(), fmt.Sprint(MaxChunks)) || kept != nil {
		t.Fatalf("Admit = %d articles, %v; want none and ErrTooManyChunks naming the cap", len(kept), err)
	}
	if _, err := ix.Build(context.Background(), arts); !errors.Is(err, ErrTooManyChunks) {
		t.Fatalf("Build over the cap: %v, want ErrTooManyChunks", err)
	}
	if ix.Ready() {
		t.Error("an index over the cap was built")
	}
}

func TestCountChunksMatchesChunking(t *testing.T) {
	long := strings.Repeat("One short sentence of seven words here. ", 100)
	a := footnote.Article{ID: "x", Paragraphs: []footnote.Paragraph{{N: 0, Text: "X"}, {N: 1, Text: long}, {N: 2, Text: "Short."}}}
	for _, words := range []int{20, 150, 5000} {
		if got, want := countChunks(a, words), len(chunkArticle(a, words)); got != want {
			t.Errorf("countChunks(%d words) = %d, chunkArticle made %d", words, got, want)
		}
	}
}
