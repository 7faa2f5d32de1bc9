package text

import (
	"slices"
	"strings"
	"testing"
)

func texts(ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []string
	}{
		{"en", "One. Two? Three!", []string{"One.", "Two?", "Three!"}},
		{"en", "The U.S. ambassador to the United Nations, Nikki Haley, expressed the lone dissent. Kelly agreed.",
			[]string{"The U.S. ambassador to the United Nations, Nikki Haley, expressed the lone dissent.", "Kelly agreed."}},
		{"en", "U.S. Ambassador Nikki Haley dissented. Former U.N. Secretary-General Ban Ki-moon hosted it.",
			[]string{"U.S. Ambassador Nikki Haley dissented.", "Former U.N. Secretary-General Ban Ki-moon hosted it."}},
		{"en", "Gen. Kelly, Sen. Graham, Rep. Smith and Gov. Brown met Mr. and Mrs. Roe at St. Mary's with Dr. Poe.",
			[]string{"Gen. Kelly, Sen. Graham, Rep. Smith and Gov. Brown met Mr. and Mrs. Roe at St. Mary's with Dr. Poe."}},
		{"en", "George W. Bush met J. K. Rowling. They talked.", []string{"George W. Bush met J. K. Rowling.", "They talked."}},
		{"en", "It was item No. 2 on the list. Growth was 3.5 percent.", []string{"It was item No. 2 on the list.", "Growth was 3.5 percent."}},
		{"en", "The talks began on Dec. 4 in Mexico. Apple Inc. The company declined.", []string{"The talks began on Dec. 4 in Mexico.", "Apple Inc.", "The company declined."}},
		{"en", "He said no. Then he left.", []string{"He said no.", "Then he left."}},
		{"en", "The model rambled on. and on. Calif. officials and Apple Inc. staff came. Why? because.", []string{"The model rambled on.", "and on.", "Calif. officials and Apple Inc. staff came.", "Why?", "because."}},
		{"en", "The U.S. mission said no. Then it left.", []string{"The U.S. mission said no.", "Then it left."}},
		{"en", "Mr. Smith went home. He slept.", []string{"Mr. Smith went home.", "He slept."}},
		{"en", "“But our decisions are ours,” she added. “We will decide.”", []string{"“But our decisions are ours,” she added.", "“We will decide.”"}},
		{"en", `He said, "We will leave." She stayed.`, []string{`He said, "We will leave."`, "She stayed."}},
		{"en", "It noted that the “provisions are inconsistent.” As a result, he left.", []string{"It noted that the “provisions are inconsistent.”", "As a result, he left."}},
		{"en", "(This was new.) The talks ended.", []string{"(This was new.)", "The talks ended."}},
		{"en", "Wait... what happened? Nothing… The end.", []string{"Wait... what happened?", "Nothing…", "The end."}},
		{"en", "1. First item\n2. Second item", []string{"1. First item", "2. Second item"}},
		{"en", "It ended in 2017. 2018 was calmer.", []string{"It ended in 2017.", "2018 was calmer."}},
		{"en", "Title line\nBy Jane Roe.\nLink: https://x.test/a.b", []string{"Title line", "By Jane Roe.", "Link: https://x.test/a.b"}},
		{"es", "Ella conoció a la Sra. López el lunes. Luego se fue.", []string{"Ella conoció a la Sra. López el lunes.", "Luego se fue."}},
		{"es", "EE. UU. anunció su salida. EE. UU. El país se fue.", []string{"EE. UU. anunció su salida.", "EE. UU.", "El país se fue."}},
		{"es", "¿Dónde? En México. ¡Claro! El Sr. Pérez y la Dra. Ruiz llegaron.", []string{"¿Dónde?", "En México.", "¡Claro!", "El Sr. Pérez y la Dra. Ruiz llegaron."}},
		{"de", "Hr. Müller traf z.B. Fr. Schmidt. Das war am 3. Oktober. Die Nr. 5 fehlte.",
			[]string{"Hr. Müller traf z.B. Fr. Schmidt.", "Das war am 3. Oktober.", "Die Nr. 5 fehlte."}},
		{"de", "Er kam bzw. blieb nicht. Sie ging.", []string{"Er kam bzw. blieb nicht.", "Sie ging."}},
		{"fr", "M. Macron a reçu Mme Dupont. « C'est fini. » Elle est partie.",
			[]string{"M. Macron a reçu Mme Dupont.", "« C'est fini. »", "Elle est partie."}},
		{"fr", "Qui a voté contre ? Personne.", []string{"Qui a voté contre ?", "Personne."}},
		{"pt", "A Sra. Silva falou com o Dr. Costa. Depois saiu.", []string{"A Sra. Silva falou com o Dr. Costa.", "Depois saiu."}},
		{"it", "Il Sig. Rossi ha incontrato il Dott. Bianchi. Poi è partito.", []string{"Il Sig. Rossi ha incontrato il Dott. Bianchi.", "Poi è partito."}},
		{"ar", "من عارض القرار؟ لا أحد، قال المسؤول. انتهى الاجتماع.", []string{"من عارض القرار؟", "لا أحد، قال المسؤول.", "انتهى الاجتماع."}},
		{"zh", "美国退出了谈判。谁反对？没有人！", []string{"美国退出了谈判。", "谁反对？", "没有人！"}},
		{"ja", "アメリカは協議から離脱した。「なぜですか？」と記者が聞いた。", []string{"アメリカは協議から離脱した。", "「なぜですか？」", "と記者が聞いた。"}},
		{"ru", "Г-н Иванов уехал. Почему? Никто не знает.", []string{"Г-н Иванов уехал.", "Почему?", "Никто не знает."}},
		{"hi", "वह चला गया। फिर क्या हुआ?", []string{"वह चला गया।", "फिर क्या हुआ?"}},
		{"", "", nil},
		{"", "No end", []string{"No end"}},
	}
	for _, tt := range tests {
		got := Split(tt.in)
		if !slices.Equal(texts(got), tt.want) {
			t.Errorf("%s: Split(%q)\n got %q\nwant %q", tt.lang, tt.in, texts(got), tt.want)
		}
		for _, s := range got {
			if tt.in[s.Start:s.End] != s.Text {
				t.Errorf("%s: sentence %q is not at [%d:%d] of %q", tt.lang, s.Text, s.Start, s.End, tt.in)
			}
		}
	}
}

func TestSplitWithAttachment(t *testing.T) {
	marker := func(s string, i int) int {
		if !strings.HasPrefix(s[i:], "[¶") {
			return 0
		}
		return strings.IndexByte(s[i:], ']') + 1
	}
	in := "It rose on Friday. [¶2] [¶3] Then it fell [¶4]."
	want := []string{"It rose on Friday. [¶2] [¶3]", "Then it fell [¶4]."}
	if got := texts(SplitWith(in, marker)); !slices.Equal(got, want) {
		t.Errorf("SplitWith(%q) = %q, want %q", in, got, want)
	}
}

// TestStreamWaitsAfterAbbreviation: a streamed answer is not cut at "U.S."
// until the next word shows the sentence goes on.
func TestStreamWaitsAfterAbbreviation(t *testing.T) {
	full := "Haley dissented. The U.S. ambassador to the United Nations, Nikki Haley, expressed the lone dissent. Kelly agreed"
	var st Stream
	var got []string
	for i := 1; i <= len(full); i++ {
		for _, s := range st.Feed(full[:i]) {
			got = append(got, s.Text)
		}
		if st.Cut() > 0 && !strings.HasSuffix(full[:st.Cut()], ".") {
			t.Fatalf("cut %q does not end a sentence", full[:st.Cut()])
		}
	}
	want := []string{"Haley dissented.", "The U.S. ambassador to the United Nations, Nikki Haley, expressed the lone dissent."}
	if !slices.Equal(got, want) {
		t.Errorf("streamed sentences %q, want %q", got, want)
	}
	if st.Scanned() != len(full) {
		t.Errorf("scanned %d of %d bytes", st.Scanned(), len(full))
	}
}

func TestStreamUndecidedEnd(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The talks were led by the U.S.", ""},
		{"The talks were led by the U.S. Then", ""}, // "U.S. Then" may be "U.S. Then-president"
		{"Haley dissented.", ""},
		{"Haley dissented. K", "Haley dissented."},
		{"Haley dissented. he", "Haley dissented."},
		{"Officials in Calif. said", ""},
		{"It fell to 3.", ""},
		{"It fell to 3.5 percent. Then", "It fell to 3.5 percent."},
		{"- Kelly backed a pullout\n- Haley", "- Kelly backed a pullout"},
		{"美国退出了谈判。", ""}, // a closing quote may follow
		{"美国退出了谈判。他", "美国退出了谈判。"},
		{"He said “no.” She", "He said “no.”"},
	}
	for _, tt := range tests {
		var st Stream
		st.Feed(tt.in)
		if got := tt.in[:st.Cut()]; got != tt.want {
			t.Errorf("Stream cut %q at %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	para := strings.Repeat("The U.S. ambassador to the U.N., Nikki Haley, met Gen. John Kelly on Dec. 4. “We will decide,” she said. ", 50)
	b.SetBytes(int64(len(para)))
	for b.Loop() {
		Split(para)
	}
}
