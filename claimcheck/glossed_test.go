package claimcheck

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// newMixedChecker checks claims over the English test articles and the
// Japanese one (testdata/articles-ja).
func newMixedChecker(t *testing.T) *Checker {
	t.Helper()
	var files []string
	for _, src := range []string{"../testdata/articles", "../testdata/articles-ja"} {
		fs, err := filepath.Glob(filepath.Join(src, "*.md"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	return checkerOnFiles(t, files...)
}

func TestCheckGlossed(t *testing.T) {
	c := newMixedChecker(t)
	for _, tc := range []struct {
		claim string
		want  Verdict
		doc   string // the article a citation must come from; "" for any
	}{
		// A Japanese claim in other words than the Japanese page:
		// "矛盾する" (contradicts) for "両立できるものではない" (cannot
		// be compatible).
		{"ヘイリー大使は、ニューヨーク宣言は米国の主権と矛盾すると述べた", Supported, "191-afpbb-ja"},
		// Continuing against ending: the page's verb after its object.
		{"トランプ大統領はグローバル・コンパクトの策定プロセスへの参加を続けることを決めた", Contradicted, "191-afpbb-ja"},
		// A country the coverage never names leaving: not supported.
		{"中国は移民に関するグローバル・コンパクトの策定プロセスから離脱すると表明した", NotCovered, ""},
		// The English articles' claims are checked as before.
		{"Hungary will quit the United Nations migration pact", Supported, "078-reuters-in-hungary-quit"},
		{"Hungary will stay in the United Nations migration pact", Contradicted, "078-reuters-in-hungary-quit"},
		{"Nikki Haley was overruled by the president", Supported, "trump-boycotts-un-migration-talks"},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatalf("Check(%q): %v", tc.claim, err)
		}
		if res.Verdict != tc.want {
			t.Errorf("Check(%q) = %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
			continue
		}
		if tc.doc != "" && (len(res.Citations) == 0 || res.Citations[0].Doc != tc.doc) {
			t.Errorf("Check(%q) cites %v, want %s", tc.claim, res.Citations, tc.doc)
		}
	}
}

func TestGlossVerdict(t *testing.T) {
	rel := New(nil, nil).relatedWords()
	const afp = "トランプ大統領がグローバル・コンパクトの策定プロセスへの参加を終わらせることを決断したという。"
	for _, tc := range []struct {
		claim        string
		lang         text.Lang
		quote        string
		qlang        text.Lang
		turned, same bool
	}{
		// Japanese against Japanese: the same act, and continuing
		// against ending.
		{"トランプ大統領はグローバル・コンパクトの策定プロセスへの参加を終わらせることを決めた", text.Japanese, afp, text.Japanese, false, true},
		{"トランプ大統領はグローバル・コンパクトの策定プロセスへの参加を続けることを決めた", text.Japanese, afp, text.Japanese, true, false},
		// English against Japanese, through the glosses ("withdrawal"
		// of "離脱", "approved" of "賛成").
		{"the US announced its withdrawal from the compact process", text.English, "米国はグローバル・コンパクトの策定プロセスから離脱すると表明した。", text.Japanese, false, true},
		{"the US said it would keep participating in the compact process", text.English, afp, text.Japanese, false, false},
		// Japanese against English: signing negated is refusing.
		{"ハンガリーは協定に署名しないと述べた", text.Japanese, "Hungary said it will not sign the pact.", text.English, false, true},
		{"ハンガリーは協定に署名すると述べた", text.Japanese, "Hungary said it will not sign the pact.", text.English, true, false},
		// A country the sentence does not name.
		{"ポーランドは協定に署名しないと述べた", text.Japanese, "Hungary said it will not sign the pact.", text.English, false, false},
		// Neither side in a language the lexicon knows: no verdict.
		{"Hungría no firmará el pacto", text.Spanish, "Hungary said it will not sign the pact.", text.English, false, false},
	} {
		turned, same := glossVerdict(tc.claim, tc.lang, tc.quote, tc.quote, tc.qlang, rel)
		if turned != tc.turned || same != tc.same {
			t.Errorf("glossVerdict(%q, %q) = turned %v, same %v; want %v, %v", tc.claim, tc.quote, turned, same, tc.turned, tc.same)
		}
	}
}
