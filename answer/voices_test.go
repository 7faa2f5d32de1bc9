package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestVoices: "what did X say?" over several outlets quotes, besides the
// best sentence, what other outlets report of it that says something
// else, each cited; a question asking for a name does not.
func TestVoices(t *testing.T) {
	e, _ := newExtractiveOn(t, testCoverage)
	ask := func(q string) footnote.Answer {
		t.Helper()
		ans, err := e.Answer(context.Background(), footnote.Question{Text: q})
		if err != nil || ans.Refused {
			t.Fatalf("%q: %v %s", q, err, ans.Text)
		}
		return ans
	}
	ans := ask("What did Haley say about the New York Declaration?")
	docs := map[string]bool{}
	for _, c := range ans.Citations {
		docs[c.Doc] = true
	}
	if len(docs) < 2 || !strings.Contains(ans.Text, " reports: ") {
		t.Errorf("one outlet's voice: %s %+v", ans.Text, ans.Citations)
	}
	if n := strings.Count(ans.Text, " reports: "); n > maxVoices-1 {
		t.Errorf("%d other voices, want at most %d: %s", n, maxVoices-1, ans.Text)
	}
	if ans := ask("Under which US president did the United States join the New York Declaration?"); strings.Contains(ans.Text, " reports: ") {
		t.Errorf("a question for a name quotes other voices: %s", ans.Text)
	}
}

// TestSaysName: a name is the speaker of a word of saying when it stands
// before it, or after it once what was said is quoted; a sentence that
// names it beside another speaker, or without saying, is not its voice.
func TestSaysName(t *testing.T) {
	e, _ := newExtractiveOn(t, testArticles)
	const q = "What did Szijjarto say about it?"
	bar, ok := e.newAnswerBar(q, q, nil)
	if !ok {
		t.Fatal("no terms")
	}
	var names []qterm
	for _, t := range bar.terms {
		if t.Name {
			names = append(names, t)
		}
	}
	for q, want := range map[string]bool{
		"What did the UN say about it?":                      true,
		"what has Guterres said?":                            true,
		"What did Haley say about the New York Declaration?": false,
		"What did the delegates say about the vote?":         false,
	} {
		if got := sayAboutIt.MatchString(q); got != want {
			t.Errorf("%q asks only what someone said: %v, want %v", q, got, want)
		}
	}
	const doc = "078-reuters-in-hungary-quit"
	for s, want := range map[string]bool{
		"Foreign Minister Peter Szijjarto said the accord posed a threat to the world.": true,
		"“The accord is a threat to the world,” said Peter Szijjarto on Wednesday.":     true,
		"The pact is dangerous, according to Szijjarto.":                                true,
		"The prime minister says Szijjarto was wrong to attack the pact.":               false,
		"Szijjarto flew to Brussels on Wednesday to meet the other foreign ministers.":  false,
	} {
		if got := e.saysName(names, sentence{doc: doc, text: s}); got != want {
			t.Errorf("saysName(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestVoiceSpeaks: another outlet's voice for "what did X say …?" is a
// sentence where X speaks or takes a stand, as the best sentence must be;
// an outlet that only names X beside the question's words ("Haley attended
// a meeting on the declaration") is not quoted as what it reports of her.
func TestVoiceSpeaks(t *testing.T) {
	for _, q := range []string{"What did Haley say about the New York Declaration?", "What did Nikki Haley say about the declaration?"} {
		dir := withTestArticles(t, map[string]string{
			"named.md": "---\ntitle: \"Envoys meet on refugees\"\nlanguage: \"en\"\npublished: \"2017-12-04\"\n---\n\n" +
				"US Ambassador Nikki Haley met envoys on the New York pledge for refugees and migrants in a closed session of the UN on Monday.\n",
			"speaking.md": "---\ntitle: \"Haley on the refugee pledge\"\nlanguage: \"en\"\npublished: \"2017-12-04\"\n---\n\n" +
				"US Ambassador Nikki Haley said the New York Declaration was a threat to American sovereignty over its borders.\n",
		})
		e, _ := newExtractiveOn(t, dir)
		ans := mustAnswer(t, e, q)
		cited := citedDocs(ans)
		if cited["named"] {
			t.Errorf("%q: an outlet that only names Haley quoted as her voice: %s", q, ans.Text)
		}
		if !cited["speaking"] {
			t.Errorf("%q: the outlet where Haley speaks not quoted: %s", q, ans.Text)
		}
	}
}
