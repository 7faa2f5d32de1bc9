package corpus

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// article renders a document with n one-word paragraphs.
func article(title string, n int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\n---\n", title)
	for i := range n {
		fmt.Fprintf(&b, "\nword%d\n", i)
	}
	return []byte(b.String())
}

func TestAnArticleOverTheParagraphCapIsSkippedAndNamed(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md":     {Data: article("A", 3)},
		"words.md": {Data: article("Words", MaxArticleParagraphs+1)},
		"z.md":     {Data: article("Z", MaxArticleParagraphs)},
	}
	arts, errs, err := LoadFS(fsys, "docs")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].ID != "a" || arts[1].ID != "z" {
		var ids []string
		for _, a := range arts {
			ids = append(ids, a.ID)
		}
		t.Errorf("loaded %v, want a and z (z is at the cap, not over it)", ids)
	}
	msg := fmt.Sprint(errs)
	if len(errs) != 1 || !strings.Contains(msg, "docs/words.md") || !strings.Contains(msg, fmt.Sprint(MaxArticleParagraphs)) {
		t.Errorf("errs = %v, want one naming docs/words.md and the cap", errs)
	}
}

func TestACorpusOverTheParagraphCapIsRefused(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := 0; i*MaxArticleParagraphs <= MaxCorpusParagraphs; i++ {
		fsys[fmt.Sprintf("a%03d.md", i)] = &fstest.MapFile{Data: article("A", MaxArticleParagraphs)}
	}
	arts, _, err := LoadFS(fsys, "docs")
	if !errors.Is(err, ErrCorpusTooLarge) || !strings.Contains(err.Error(), fmt.Sprint(MaxCorpusParagraphs)) || !strings.Contains(err.Error(), "docs") {
		t.Fatalf("err = %v, want ErrCorpusTooLarge naming docs and the cap", err)
	}
	if len(arts) != 0 {
		t.Errorf("%d articles returned with the error", len(arts))
	}
}

func TestACorpusOverTheByteCapIsRefused(t *testing.T) {
	fsys := fstest.MapFS{}
	long := []byte("---\ntitle: Long\n---\n\n" + strings.Repeat("word ", (MaxDocBytes-100)/5) + "\n")
	for i := 0; i*len(long) <= MaxCorpusBytes; i++ {
		fsys[fmt.Sprintf("a%03d.md", i)] = &fstest.MapFile{Data: long}
	}
	_, _, err := LoadFS(fsys, "docs")
	if !errors.Is(err, ErrCorpusTooLarge) || !strings.Contains(err.Error(), fmt.Sprint(MaxCorpusBytes)) {
		t.Fatalf("err = %v, want ErrCorpusTooLarge naming the byte cap", err)
	}
}

func TestImportRefusesTooManyParagraphs(t *testing.T) {
	var b strings.Builder
	b.WriteString("A Title\nA dek.\n")
	for i := range MaxArticleParagraphs + 1 {
		fmt.Fprintf(&b, "Paragraph number %d of a long text that goes on.\n", i)
	}
	_, err := Import([]byte(b.String()), ImportOptions{})
	if !errors.Is(err, ErrImport) || !strings.Contains(err.Error(), fmt.Sprint(MaxArticleParagraphs)) {
		t.Fatalf("err = %v, want ErrImport naming the cap", err)
	}
}
