package lexicon

import (
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

func TestGlosses(t *testing.T) {
	for _, c := range []struct {
		word, want string
	}{
		{"離脱", "withdrawal"},  // headword, a noun that takes suru
		{"主権", "sovereignty"}, // headword, a noun
		{"決める", "decide"},     // Ichidan verb, dictionary form
		{"決めた", "decide"},     // … in the past
		{"終わらせる", "end"},      // Godan verb, causative
		{"続けること", "continue"}, // Ichidan verb and a nominaliser
		{"コンパクト", "compact"},  // Katakana loanword
	} {
		if got := Glosses(text.Japanese, c.word); !slices.Contains(got, c.want) {
			t.Errorf("Glosses(ja, %q) = %v, want %q among them", c.word, got, c.want)
		}
	}
	for _, c := range []struct {
		lang text.Lang
		word string
	}{
		{text.Japanese, "の"},     // a particle: hiragana-only words are left out
		{text.Japanese, "決めの問題"}, // a stem followed by more than endings
		{text.Arabic, "انسحاب"},  // no shippable Arabic dictionary
		{text.English, "withdrawal"},
	} {
		if got := Glosses(c.lang, c.word); got != nil {
			t.Errorf("Glosses(%s, %q) = %v, want none", c.lang, c.word, got)
		}
	}
}

// heads returns the headwords Segment finds in s, with their first gloss.
func heads(s string) string {
	var b []string
	for _, w := range Segment(text.Japanese, s) {
		b = append(b, w.Head+"="+w.Glosses[0])
	}
	return strings.Join(b, " ")
}

func TestSegment(t *testing.T) {
	for _, c := range []struct{ s, want []string }{
		// AFPBB (191-afpbb-ja ¶3): the US ends its participation.
		{[]string{"トランプ大統領がグローバル・コンパクトの策定プロセスへの参加を終わらせることを決断したという。"},
			[]string{"大統領=president", "グローバル=global", "コンパクト=compact", "策定=decision", "プロセス=process", "参加=participation", "終わる=finish", "決断=decision"}},
		// Jiji (192-2ch-mirror-jiji-ja): Haley on sovereignty.
		{[]string{"ニューヨーク宣言は米国の主権と矛盾する"},
			[]string{"宣言=declaration", "米国=america", "主権=sovereignty", "矛盾=contradiction"}},
	} {
		got := heads(c.s[0])
		for _, w := range c.want {
			if !strings.Contains(" "+got+" ", " "+w+" ") {
				t.Errorf("Segment(%q) = %s, want %s among them", c.s[0], got, w)
			}
		}
	}
	if got := Segment(text.German, "Die USA ziehen sich zurück"); got != nil {
		t.Errorf("Segment(de) = %v, want none: German is written with spaces", got)
	}
}

func TestSegmentOffsets(t *testing.T) {
	s := "米国は協定に署名しないと述べた"
	for _, w := range Segment(text.Japanese, s) {
		if s[w.Start:w.End] != w.Text {
			t.Errorf("word %q at %d:%d is %q in the text", w.Text, w.Start, w.End, s[w.Start:w.End])
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if d := load(jaGz); len(d.words) == 0 {
			b.Fatal("no words")
		}
	}
}

func BenchmarkSegment(b *testing.B) {
	s := "しかし米国連代表部によると、ニューヨーク宣言には米国の移民・難民政策と相いれない内容が数多く含まれているため、トランプ大統領がグローバル・コンパクトの策定プロセスへの参加を終わらせることを決断したという。"
	ja()
	b.ReportAllocs()
	for b.Loop() {
		Segment(text.Japanese, s)
	}
}
