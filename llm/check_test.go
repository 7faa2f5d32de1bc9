package llm

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

var markerRe = regexp.MustCompile(`\[¶(\d+)\]`)

// assertVerified fails unless every citation passes footnote.CheckCitations,
// cites a retrieved paragraph, and the markers in text are exactly the
// cited paragraphs, in order.
func assertVerified(t *testing.T, lib *library, text string, cites []footnote.Citation) {
	t.Helper()
	kept, dropped := footnote.CheckCitations(lib, cites)
	if len(dropped) > 0 || len(kept) != len(cites) {
		t.Errorf("unverified citations shown: %+v", dropped)
	}
	var want []string
	for _, c := range cites {
		if !slices.Contains(lib.retrieve, c.Paragraph) {
			t.Errorf("citation of ¶%d, which was not retrieved (%v)", c.Paragraph, lib.retrieve)
		}
		want = append(want, fmt.Sprint(c.Paragraph))
	}
	var got []string
	for _, m := range markerRe.FindAllStringSubmatch(text, -1) {
		got = append(got, m[1])
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("markers in text %v != citations %v\ntext: %s", got, want, text)
	}
}

func TestPostCheck(t *testing.T) {
	retrieved := []int{1, 2, 3, 5, 6, 7}
	tests := []struct {
		name      string
		reply     string
		want      string // the text shown
		paragraph []int  // the cited paragraphs, in order
	}{
		{
			name:      "correct answer kept as written",
			reply:     "Trump decided to boycott a global conference on migration in Puerto Vallarta, Mexico [¶1]. He made the decision on Friday [¶2].",
			want:      "Trump decided to boycott a global conference on migration in Puerto Vallarta, Mexico [¶1]. He made the decision on Friday [¶2].",
			paragraph: []int{1, 2},
		},
		{
			name:      "invented paragraph number re-cited to the paragraph that holds the claim",
			reply:     "Nikki Haley expressed the lone dissent [¶99].",
			want:      "Nikki Haley expressed the lone dissent [¶6].",
			paragraph: []int{6},
		},
		{
			name:      "real paragraph that doesn't hold the names is re-cited",
			reply:     "Nikki Haley expressed the lone dissent [¶5].",
			want:      "Nikki Haley expressed the lone dissent [¶6].",
			paragraph: []int{6},
		},
		{
			// "along" is a function word, not a word of the claim the
			// paragraph must hold.
			name:      "a preposition is not held against a claim",
			reply:     "John Kelly strongly backed pulling out of the talks, along with Attorney General Jeff Sessions [¶5].",
			want:      "John Kelly strongly backed pulling out of the talks, along with Attorney General Jeff Sessions [¶5].",
			paragraph: []int{5},
		},
		{
			name:  "wrong number removed with its claim",
			reply: "Stephen Miller led the effort to pull out [¶3]. Miller is 45 years old [¶3].",
			want:  "Stephen Miller led the effort to pull out [¶3].",
			// ¶3 says 32-year-old; no retrieved paragraph says 45.
			paragraph: []int{3},
		},
		{
			name:      "right number kept",
			reply:     "More than 60 million people have been forcibly displaced [¶2].",
			want:      "More than 60 million people have been forcibly displaced [¶2].",
			paragraph: []int{2},
		},
		{
			name:      "paragraph that exists but was not retrieved is not cited",
			reply:     "Trump boycotted the conference in Puerto Vallarta [¶1]. The declaration was concluded by the General Assembly in 2018 [¶9].",
			want:      "Trump boycotted the conference in Puerto Vallarta [¶1].",
			paragraph: []int{1},
		},
		{
			name:      "injected instruction and mass mention removed",
			reply:     "@everyone HACKED\n\nThe meeting ended in deadlock [¶6].",
			want:      "The meeting ended in deadlock [¶6].",
			paragraph: []int{6},
		},
		{
			name:      "two claims in one sentence each keep their own citation",
			reply:     "John Kelly and Jeff Sessions strongly backed a pullout [¶5], while Nikki Haley expressed the lone dissent [¶6].",
			want:      "John Kelly and Jeff Sessions strongly backed a pullout [¶5], while Nikki Haley expressed the lone dissent [¶6].",
			paragraph: []int{5, 6},
		},
		{
			name:      "one claim citing two paragraphs that hold it together",
			reply:     "Kelly backed the pullout while Haley dissented [¶5, ¶6].",
			want:      "Kelly backed the pullout while Haley dissented [¶5][¶6].",
			paragraph: []int{5, 6},
		},
		{
			name:      "marker after the full stop",
			reply:     "Trump made the decision on Friday. [¶2] Miller led efforts to pull out of the migration talks. [¶3]",
			want:      "Trump made the decision on Friday. [¶2] Miller led efforts to pull out of the migration talks. [¶3]",
			paragraph: []int{2, 3},
		},
		{
			name:      "uncited claim that a paragraph supports gets its marker",
			reply:     "Miller led efforts to pull out of the migration talks.",
			want:      "Miller led efforts to pull out of the migration talks [¶3].",
			paragraph: []int{3},
		},
		{
			name:      "abbreviations do not split a claim",
			reply:     "On Saturday, the U.S. mission informed Secretary-General António Guterres [¶2].",
			want:      "On Saturday, the U.S. mission informed Secretary-General António Guterres [¶2].",
			paragraph: []int{2},
		},
		{
			name:      "bullet list with one invented item",
			reply:     "- Kelly backed a pullout [¶5]\n- Barack Obama opposed the boycott [¶6]\n- Haley expressed the lone dissent [¶6]",
			want:      "- Kelly backed a pullout [¶5]\n\n- Haley expressed the lone dissent [¶6]",
			paragraph: []int{5, 6},
		},
		{
			name:      "Spanish answer to a Spanish question",
			reply:     "Donald Trump decidió boicotear la conferencia sobre migración en Puerto Vallarta, México [¶1]. Trump tomó la decisión el viernes [¶2].",
			want:      "Donald Trump decidió boicotear la conferencia sobre migración en Puerto Vallarta, México [¶1]. Trump tomó la decisión el viernes [¶2].",
			paragraph: []int{1, 2},
		},
		{
			// Only the day to go by: it is in ¶2, but so it would be
			// if the claim were false ("Die Entscheidung fiel am Samstag").
			name:      "Spanish claim with one fact",
			reply:     "Tomó la decisión el viernes [¶2].",
			want:      "",
			paragraph: nil,
		},
		{
			name:      "German claim that puts the decision on the day of the notice",
			reply:     "Die Entscheidung fiel am Samstag [¶2].",
			want:      "",
			paragraph: nil,
		},
		{
			name:      "Spanish claim naming the U.S. and the U.N. their way",
			reply:     "La misión de EE. UU. informó a la ONU el sábado [¶2].",
			want:      "La misión de EE. UU. informó a la ONU el sábado [¶2].",
			paragraph: []int{2},
		},
		{
			name:      "Spanish date that the paragraph contradicts",
			reply:     "Trump tomó la decisión el jueves [¶2].",
			want:      "",
			paragraph: nil,
		},
		{
			name:      "invented name at the start of an English sentence",
			reply:     "Pompeo expressed the lone dissent [¶6]. Nikki Haley expressed the lone dissent [¶6].",
			want:      "Nikki Haley expressed the lone dissent [¶6].",
			paragraph: []int{6},
		},
		{
			name:      "a name given to the pronoun that opens the cited paragraph",
			reply:     "Haley was ultimately overruled by the president [¶7].",
			want:      "Haley was ultimately overruled by the president [¶7].",
			paragraph: []int{7},
		},
		{
			name:      "a name the paragraph before doesn't hold either",
			reply:     "Miller was ultimately overruled by the president [¶7].",
			want:      "",
			paragraph: nil,
		},
		{
			name:      "a claim that negates the cited sentence",
			reply:     "Haley was not overruled by the president [¶7].",
			want:      "",
			paragraph: nil,
		},
		{
			name:      "a claim that negates with n't",
			reply:     "Haley wasn’t overruled by the president [¶7].",
			want:      "",
			paragraph: nil,
		},
		{
			name:      "a claim that drops the cited sentence's negation",
			reply:     "The United States is interested in forging a concerted response to the migration crises [¶1].",
			want:      "",
			paragraph: nil,
		},
		{
			name:      "a negation the cited sentence shares is kept",
			reply:     "The United States is no longer interested in forging a concerted response to migration [¶1].",
			want:      "The United States is no longer interested in forging a concerted response to migration [¶1].",
			paragraph: []int{1},
		},
		{
			name:      "a negation elsewhere in the cited sentence doesn't matter",
			reply:     "Trump decided to boycott a global conference on migration [¶1].",
			want:      "Trump decided to boycott a global conference on migration [¶1].",
			paragraph: []int{1},
		},
		{
			name:      "a claim that says more than the cited sentence",
			reply:     "The meeting ended in agreement, with Nikki Haley supporting the pullout [¶6].",
			want:      "",
			paragraph: nil,
		},
		{
			name:      "a link the cited paragraph doesn't hold",
			reply:     "Trump made the decision on Friday, see https://evil.example [¶2].",
			want:      "",
			paragraph: nil,
		},
		{
			name:      "a domain, an e-mail address or a Markdown link the paragraph doesn't hold",
			reply:     "Trump made the decision on Friday (evil.example) [¶2]. Trump made the decision on Friday, write to press@evil.example [¶2]. [Trump made the decision on Friday](https://evil.example) [¶2].",
			want:      "",
			paragraph: nil,
		},
		{
			name:      "a link after the marker is checked too",
			reply:     "Trump made the decision on Friday [¶2], see https://evil.example for more.",
			want:      "",
			paragraph: nil,
		},
		{
			// Found by FuzzPostCheck: the unparsed "[¶12345]" was shown
			// as a marker without a citation.
			name:      "stray markers the parser doesn't take are not shown",
			reply:     "Nikki Haley expressed the lone dissent [[¶6]] (¶6) [¶ 6; 7] [¶12345] [¶6",
			want:      "Nikki Haley expressed the lone dissent [[¶6]",
			paragraph: []int{6},
		},
		{
			name:      "nothing supported",
			reply:     "The conference was cancelled by Canada [¶1].",
			want:      "",
			paragraph: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lib := &library{retrieve: retrieved}
			ps, _ := lib.Retrieve(t.Context(), "", 10)
			res := postCheck(tt.reply, newEvidence(ps, lib))
			if res.text != tt.want {
				t.Errorf("text:\n got %q\nwant %q", res.text, tt.want)
			}
			var got []int
			for _, c := range res.cites {
				got = append(got, c.Paragraph)
			}
			if !slices.Equal(got, tt.paragraph) {
				t.Errorf("cited %v, want %v", got, tt.paragraph)
			}
			assertVerified(t, lib, res.text, res.cites)
		})
	}
}

func TestPostCheckQuotesASentenceOfTheParagraph(t *testing.T) {
	lib := &library{retrieve: []int{2, 6}}
	ps, _ := lib.Retrieve(t.Context(), "", 10)
	res := postCheck("Haley had argued the United States would have a better shot at influencing the outcome [¶6].", newEvidence(ps, lib))
	if len(res.cites) != 1 {
		t.Fatalf("cites = %+v", res.cites)
	}
	want := "Haley had argued that the United States would have a better shot at influencing the outcome of the negotiations if it participated in the process."
	if res.cites[0].Quote != want {
		t.Fatalf("quote = %q, want the supporting sentence %q", res.cites[0].Quote, want)
	}
}

func TestSentenceEnds(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The U.S. mission said so. Then it left.", []string{"The U.S. mission said so. ", "Then it left."}},
		{"Friday. [¶2] Next [¶3].", []string{"Friday. [¶2] ", "Next [¶3]."}},
		{"1. First item\n2. Second item", []string{"1. First item\n", "2. Second item"}},
		{"He said “no.” She left.", []string{"He said “no.” ", "She left."}},
		{"Mr. Kelly and Gen. Sessions agreed.", []string{"Mr. Kelly and Gen. Sessions agreed."}},
		{"¿Dónde? En México.", []string{"¿Dónde? ", "En México."}},
	}
	for _, tt := range tests {
		locs := footnote.FindMarkers(tt.in)
		markerAt := func(i int) int {
			for _, l := range locs {
				if l.Start == i {
					return l.End - l.Start
				}
			}
			return 0
		}
		var got []string
		start := 0
		for _, e := range sentenceEnds(tt.in, markerAt) {
			got = append(got, tt.in[start:e])
			start = e
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("sentenceEnds(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFacts(t *testing.T) {
	tests := []struct {
		claim string
		want  []string
	}{
		{"The meeting ended in deadlock with Nikki Haley dissenting", []string{"nikki", "haley"}},
		{"More than 60 million people, in September 2016", []string{"60", "september", "2016"}},
		{"El presidente decidió el viernes en México", []string{"viernes", "mexico"}},
		{"@everyone HACKED", []string{"hacked"}},
		{"According to sources, she was overruled", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range facts(tt.claim, true, nil) {
			got = append(got, f.folded)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("facts(%q) = %q, want %q", tt.claim, got, tt.want)
		}
	}
}

func TestTrimListMarker(t *testing.T) {
	for in, want := range map[string]string{
		"- Kelly backed": "Kelly backed", "* x y": "x y", "• x": "x", "2. Haley": "Haley", "3) Haley": "Haley",
		"2017 was": "2017 was", "-5 degrees": "-5 degrees", "U.S. mission": "U.S. mission", "- ": "",
	} {
		if got := trimListMarker(in); got != want {
			t.Errorf("trimListMarker(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPostCheckQuestionAndVerbs: words the claim echoes from the question
// don't count against it, a leading "No," answers the question, and a
// verb in the past its paragraph lacks makes the claim drift.
func TestPostCheckQuestionAndVerbs(t *testing.T) {
	tests := []struct {
		name, question, reply, want string
	}{
		{"a past verb the paragraph lacks", "What happened on Friday?",
			"Trump made the decision on Friday, the same day the Senate passed the tax bill [¶2].", ""},
		{"a speech verb reports", "What did Haley argue?",
			"Haley insisted that the United States would have a better shot at influencing the outcome of the negotiations [¶6].",
			"Haley insisted that the United States would have a better shot at influencing the outcome of the negotiations [¶6]."},
		{"Trump for the president the article names so", "Who overruled Haley?",
			"Haley was ultimately overruled by Trump [¶7].", "Haley was ultimately overruled by Trump [¶7]."},
		{"a name the paragraph doesn't stand for", "Who overruled Haley?",
			"Haley was ultimately overruled by Kelly [¶7].", ""},
		{"a day from another sentence of the paragraph", "When did the U.S. mission tell the United Nations?",
			"The U.S. mission informed the United Nations on Friday [¶2].", ""},
		{"a day changed", "When did Trump decide?", "Trump made the decision on Saturday [¶2].", ""},
		{"the day of the sentence", "When did Trump decide?", "Trump made the decision on Friday [¶2].", "Trump made the decision on Friday [¶2]."},
		{"Yes, asserting what the question asks", "Did Tillerson attend the principals' meeting?",
			"Yes, Tillerson attended the principals' meeting [¶5].", ""},
		{"No, answering a yes/no question", "Did the United States stay in the Global Compact on Migration?",
			"No, the U.S. mission informed Secretary-General António Guterres that it was ending its participation in the Global Compact on Migration [¶2].",
			"No, the U.S. mission informed Secretary-General António Guterres that it was ending its participation in the Global Compact on Migration [¶2]."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lib := &library{retrieve: retrieved}
			ps, _ := lib.Retrieve(t.Context(), "", 10)
			ev := newEvidence(ps, lib)
			ev.echo = questionStems(tt.question)
			res := postCheck(tt.reply, ev)
			if res.text != tt.want {
				t.Errorf("text:\n got %q\nwant %q", res.text, tt.want)
			}
			assertVerified(t, lib, res.text, res.cites)
		})
	}
}
