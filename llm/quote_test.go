package llm

import (
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// Paragraphs of two more articles (testdata/articles/078-… and 108-…), for
// checks that must hold beyond the fixture article.
const (
	hungaryDoc = "078-reuters-in-hungary-quit"
	hungary1   = "BUDAPEST (Reuters) - Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said on Wednesday, adding that the accord posed a “threat to the world”."
	hungary3   = "The accord is to be formally adopted in December, but Hungary will not take part at the Morocco meeting, Szijjarto said, adding that the country would also oppose the pact should it come up for a vote in the General Assembly."
	polandDoc  = "108-seattletimes-ap-poland"
	poland2    = "The Global Compact for Safe, Orderly and Regular Migration, which won’t be legally binding, was finalized under U.N. auspices in July. It is due to be formally approved at a Dec. 10-11 meeting in Marrakech, Morocco."
)

// paraMap serves paragraphs by article and number.
type paraMap map[string]map[int]string

func (m paraMap) Paragraph(doc string, n int) (footnote.Paragraph, bool) {
	t, ok := m[doc][n]
	return footnote.Paragraph{Doc: doc, N: n, Text: t}, ok
}

// Articles gives the whole fixture article (where "President Trump" is
// written) and the paragraphs of the others.
func (m paraMap) Articles() []footnote.Article {
	var out []footnote.Article
	for doc, paras := range m {
		a := footnote.Article{ID: doc, Paragraphs: []footnote.Paragraph{{Doc: doc}}}
		src := paras
		if doc == fixtureDoc {
			src = fixtureParagraphs
		}
		for n := 1; n <= 12; n++ {
			a.Paragraphs = append(a.Paragraphs, footnote.Paragraph{Doc: doc, N: n, Text: src[n]})
		}
		out = append(out, a)
	}
	return out
}

// threeArticles is evidence over paragraphs of the three test articles.
func threeArticles() *evidence {
	return evidenceOver(threeArticlesParas())
}

// evidenceOver is evidence over every paragraph of m, all retrieved.
func evidenceOver(m paraMap) *evidence {
	var ps []footnote.Passage
	for doc, paras := range m {
		for n, t := range paras {
			ps = append(ps, footnote.Passage{Doc: doc, N: n, Text: t})
		}
	}
	return newEvidence(ps, m)
}

func TestLocateQuote(t *testing.T) {
	tests := []struct {
		para, quote string
		want        bool
	}{
		{fixtureParagraphs[6], "Nikki Haley, the U.S. ambassador to the United Nations, expressing the lone dissent", true},
		{fixtureParagraphs[6], "Nikki Haley, the US ambassador to the United Nations", true},                          // US for U.S.
		{fixtureParagraphs[5], "The State Department opposed the withdrawal", true},                                   // a word dropped
		{fixtureParagraphs[5], "John Kelly … and Attorney General Jeff Sessions strongly backed a pullout", true},     // an ellipsis
		{fixtureParagraphs[2], "On Friday, the U.S. mission to the United Nations informed Secretary-General", false}, // a day changed
		{fixtureParagraphs[5], "The State Department initially supported the withdrawal", false},                      // hmm: see below
		{fixtureParagraphs[6], "Nikki Haley expressed no dissent", false},                                             // a negation added
		{hungary3, "Hungary will not take part at the Morocco meeting", true},
		{hungary3, "Hungary will take part at the Morocco meeting", false},    // a negation dropped
		{hungary1, "Foreign Minister Peter Szijjarto said on Tuesday", false}, // a day changed
		{poland2, "It is due to be formally approved at a Dec. 10-11 meeting in Marrakech", true},
		{poland2, "approved at a Dec. 12 meeting in Marrakech", false}, // a number changed
		{poland2, "finalized under UN auspices in July", true},
		{poland2, "finalized under United Nations auspices in July", true},                                     // an initialism written out
		{hungary1, "Hungary will quit the UN migration pact before its final approval", true},                  // written as initials
		{fixtureParagraphs[3], "The United States president's decision to pull out of the negotiations", true}, // written out, in a short piece
		{fixtureParagraphs[10], "our longstanding moral leadership in providing support", true},                // a compound in one word
		{poland2, "The Global Compact for Safe, Orderly and Regular Migration, which wont be legally binding", true},
		{poland2, "finalized under United Nations auspices in June", false}, // written out, and a month changed
	}
	for _, tt := range tests {
		_, _, got := locateQuote(quoteTokens(tt.para), tt.quote)
		if tt.quote == "The State Department initially supported the withdrawal" {
			// One plain word changed in a long quote is tolerated when the
			// quote is found; the claim is then checked against the real
			// sentence, which says "opposed" (TestQuotedClaims).
			tt.want = true
		}
		if got != tt.want {
			t.Errorf("locate %q: %v, want %v", tt.quote, got, tt.want)
		}
	}
}

func TestQuotedClaims(t *testing.T) {
	tests := []struct {
		name   string
		claim  quotedClaim
		keep   bool
		wantAt int    // the paragraph it is shown under
		doc    string // its article
	}{
		{"verbatim quote", quotedClaim{"Nikki Haley expressed the lone dissent", fixtureDoc, 6, "Nikki Haley, the U.S. ambassador to the United Nations, expressing the lone dissent"}, true, 6, fixtureDoc},
		{"US for U.S. in claim and quote", quotedClaim{"Haley was the US ambassador to the UN", fixtureDoc, 6, "Nikki Haley, the US ambassador to the United Nations"}, true, 6, fixtureDoc},
		{"a date from another sentence", quotedClaim{"The US mission notified the United Nations on Friday", fixtureDoc, 2, "On Saturday, the U.S. mission to the United Nations informed Secretary-General António Guterres"}, false, 0, ""},
		{"a real sentence that says otherwise", quotedClaim{"The State Department also supported staying", fixtureDoc, 5, "The State Department initially opposed the withdrawal"}, false, 0, ""},
		{"a doctored verb", quotedClaim{"The State Department initially supported the withdrawal", fixtureDoc, 5, "The State Department initially supported the withdrawal"}, false, 0, ""},
		{"the president is Trump", quotedClaim{"Haley was overruled by Trump", fixtureDoc, 7, "She was ultimately overruled by the president"}, true, 7, fixtureDoc},
		{"another paragraph's words: re-cited", quotedClaim{"She was ultimately overruled by the president", fixtureDoc, 6, "She was ultimately overruled by the president, according to diplomatic sources."}, true, 7, fixtureDoc},
		{"yes/no answer", quotedClaim{"No, Hungary will not take part in the Morocco meeting", hungaryDoc, 3, "Hungary will not take part at the Morocco meeting"}, true, 3, hungaryDoc},
		{"negation dropped", quotedClaim{"Hungary will take part in the Morocco meeting", hungaryDoc, 3, "Hungary will not take part at the Morocco meeting"}, false, 0, ""},
		{"another article's paragraph", quotedClaim{"The compact is due to be approved at a meeting in Marrakech", polandDoc, 2, "It is due to be formally approved at a Dec. 10-11 meeting in Marrakech, Morocco"}, true, 2, polandDoc},
		{"a number changed", quotedClaim{"The compact is due to be approved at a Dec. 12 meeting", polandDoc, 2, "approved at a Dec. 12 meeting in Marrakech"}, false, 0, ""},
		{"in Spanish with the English quote", quotedClaim{"Szijjarto dijo el miércoles que Hungría abandonará el pacto", hungaryDoc, 1, "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said on Wednesday"}, true, 1, hungaryDoc},
		{"in Spanish, the U.N. named in Spanish", quotedClaim{"Hungría abandonará el pacto de la ONU, dijo Szijjarto", hungaryDoc, 1, "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said on Wednesday"}, true, 1, hungaryDoc},
		{"in Spanish, the U.N. and a month", quotedClaim{"El pacto se finalizó bajo los auspicios de la ONU en julio", polandDoc, 2, "was finalized under U.N. auspices in July"}, true, 2, polandDoc},
		{"in Spanish, a body the quote doesn't name", quotedClaim{"La Casa Blanca finalizó el pacto en julio", polandDoc, 2, "was finalized under U.N. auspices in July"}, false, 0, ""},
		{"in German, a body the quote doesn't name", quotedClaim{"Szijjarto sagte, Ungarn verlasse die Vereinigten Staaten", hungaryDoc, 1, "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said on Wednesday"}, false, 0, ""},
		{"a name by its stem", quotedClaim{"The Hungarian foreign minister said the country will quit the pact", hungaryDoc, 1, "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said"}, true, 1, hungaryDoc},
		{"a verb of decision frames what is checked", quotedClaim{"Szijjarto said Hungary decided not to take part in the Morocco meeting", hungaryDoc, 3, "Hungary will not take part at the Morocco meeting, Szijjarto said"}, true, 3, hungaryDoc},
		{"a verb in the past the paragraph lacks", quotedClaim{"Szijjarto said Hungary boycotted the Morocco meeting", hungaryDoc, 3, "Hungary will not take part at the Morocco meeting, Szijjarto said"}, false, 0, ""},
		{"in Spanish, negating its quote", quotedClaim{"Szijjarto dijo el miércoles que Hungría no abandonará el pacto de la ONU", hungaryDoc, 1, "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said on Wednesday"}, false, 0, ""},
		{"in French, negating its quote", quotedClaim{"Trump n'a pas pris la décision vendredi", fixtureDoc, 2, "Trump made the decision on Friday"}, false, 0, ""},
		{"in Spanish, the negation its quote has", quotedClaim{"El acuerdo se adoptará en diciembre, pero Hungría no participará, dijo Szijjarto", hungaryDoc, 3, "The accord is to be formally adopted in December, but Hungary will not take part at the Morocco meeting, Szijjarto said"}, true, 3, hungaryDoc},
		{"a day from the sentence before, through its pronoun", quotedClaim{"The US mission informed Guterres on Monday", fixtureDoc, 2, "On Saturday, the U.S. mission to the United Nations informed Secretary-General António Guterres that it was ending its participation"}, false, 0, ""},
		{"a month from the sentence before, through its pronoun", quotedClaim{"The compact is due to be formally approved in July", polandDoc, 2, "It is due to be formally approved at a Dec. 10-11 meeting in Marrakech, Morocco"}, false, 0, ""},
		{"a name from the sentence before, through its pronoun", quotedClaim{"The Global Compact for Migration is due to be formally approved in Marrakech", polandDoc, 2, "It is due to be formally approved at a Dec. 10-11 meeting in Marrakech, Morocco"}, true, 2, polandDoc},
		{"a verb in the past from another sentence of the paragraph", quotedClaim{"Kelly opposed the pullout", fixtureDoc, 5, "White House Chief of Staff John Kelly, who previously led the Department of Homeland Security’s crackdown on illegal immigration, and Attorney General Jeff Sessions strongly backed a pullout"}, false, 0, ""},
		{"a verb in the past from the other sentence of another article's paragraph", quotedClaim{"The compact was finalized at a Dec. 10-11 meeting in Marrakech", polandDoc, 2, "It is due to be formally approved at a Dec. 10-11 meeting in Marrakech, Morocco"}, false, 0, ""},
		{"a verb in the past whose base form is short", quotedClaim{"No, the United States ended its participation in the compact process", fixtureDoc, 12, "President Trump determined that the United States would end its participation in the compact process"}, true, 12, fixtureDoc},
		{"a verb in the past the quote lacks, though the paragraph has a short word", quotedClaim{"The United States ended the talks with the U.N.", fixtureDoc, 12, "In a separate statement, the U.S. mission to the United Nations noted"}, false, 0, ""},
		{"in Spanish, a day changed", quotedClaim{"Szijjarto dijo el martes que Hungría abandonará el pacto", hungaryDoc, 1, "Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said on Wednesday"}, false, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := checkQuoted([]quotedClaim{tt.claim}, threeArticles())
			if !tt.keep {
				if len(res.cites) > 0 || res.removed != 1 {
					t.Fatalf("shown: %q %+v", res.text, res.cites)
				}
				return
			}
			if len(res.cites) != 1 || res.cites[0].Paragraph != tt.wantAt || res.cites[0].Doc != tt.doc {
				t.Fatalf("citations %+v, want %s ¶%d (text %q)", res.cites, tt.doc, tt.wantAt, res.text)
			}
			p, _ := threeArticlesParas().Paragraph(tt.doc, tt.wantAt)
			if !footnote.QuoteIn(res.cites[0].Quote, p.Text) {
				t.Errorf("quote %q is not in the paragraph", res.cites[0].Quote)
			}
		})
	}
}

func threeArticlesParas() paraMap {
	return paraMap{
		fixtureDoc: {2: fixtureParagraphs[2], 5: fixtureParagraphs[5], 6: fixtureParagraphs[6], 7: fixtureParagraphs[7], 12: fixtureParagraphs[12]},
		hungaryDoc: {1: hungary1, 3: hungary3},
		polandDoc:  {2: poland2},
	}
}

func TestTrimYesNo(t *testing.T) {
	for in, want := range map[string]string{
		"No, the United States ended its participation": "the United States ended its participation",
		"Yes — Haley dissented":                         "Haley dissented",
		"Sí, Trump decidió no asistir":                  "Trump decidió no asistir",
		"Nobody dissented":                              "Nobody dissented",
		"No one else dissented":                         "No one else dissented",
		"No,":                                           "No,",
	} {
		if got := trimYesNo(in); got != want {
			t.Errorf("trimYesNo(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNamesOf(t *testing.T) {
	got := namesOf([]string{fixtureParagraphs[1], fixtureParagraphs[6], fixtureParagraphs[7]})
	if got.titles["president"] != "trump" || got.given["donald"] != "trump" || got.given["nikki"] != "haley" {
		t.Errorf("names %+v: want president and Donald -> trump, Nikki -> haley", got)
	}
	h := namesOf([]string{hungary1})
	if _, ok := h.titles["foreign"]; ok || h.given["peter"] != "szijjarto" {
		t.Errorf("names %+v: a title never written lower-case was taken, or Peter was missed", h)
	}
}

func TestHeadsOf(t *testing.T) {
	var texts []string
	for n := 1; n <= 12; n++ {
		texts = append(texts, fixtureParagraphs[n])
	}
	h := headsOf(texts)
	if h["new"] != "declaration" || h["york"] != "declaration" {
		t.Errorf("heads %v: want New York -> declaration", h)
	}
	// "the Trump administration" and "the Obama administration": the
	// noun names neither.
	if _, ok := h["obama"]; ok {
		t.Errorf("heads %v: Obama taken for the administration", h)
	}
	if _, ok := h["trump"]; ok {
		t.Errorf("heads %v: Trump taken for the administration", h)
	}
	p := headsOf([]string{"The Polish government said Tuesday that it will not support a global compact.",
		"After a meeting, the government press office released a statement."})
	if p["polish"] != "government" {
		t.Errorf("heads %v: want Polish -> government", p)
	}
}

func TestQuotedClaimNamedByItsNoun(t *testing.T) {
	m := paraMap{fixtureDoc: {8: fixtureParagraphs[8], 9: fixtureParagraphs[9]}}
	ev := newEvidence([]footnote.Passage{{Doc: fixtureDoc, N: 9}, {Doc: fixtureDoc, N: 8}}, m)
	keep := quotedClaim{"The New York declaration included commitments to enhance border security cooperation", fixtureDoc, 9, "The declaration included a set of commitments designed to ensure the protection of migrants’ human rights, enhance international border security cooperation"}
	if res := checkQuoted([]quotedClaim{keep}, ev); len(res.cites) != 1 || res.cites[0].Paragraph != 9 {
		t.Errorf("the declaration ¶9 speaks of is the New York declaration: got %q %+v", res.text, res.cites)
	}
	other := quotedClaim{"The Obama declaration included commitments to enhance border security cooperation", fixtureDoc, 9, "The declaration included a set of commitments designed to ensure the protection of migrants’ human rights, enhance international border security cooperation"}
	if res := checkQuoted([]quotedClaim{other}, ev); len(res.cites) != 0 {
		t.Errorf("a name the article never writes before the noun was accepted: %q", res.text)
	}
}

func TestTrimSourceLead(t *testing.T) {
	for in, want := range map[string]string{
		`Paragraph 7 says: "She was ultimately overruled"`:   `"She was ultimately overruled"`,
		"Paragraph 7 says that Haley was overruled by Trump": "Haley was overruled by Trump",
		"According to the article, Miller is 32 years old":   "Miller is 32 years old",
		"El párrafo 2 dice que Trump decidió el viernes":     "Trump decidió el viernes",
		"The article says that Hungary will quit the pact":   "Hungary will quit the pact",
		"Paragraphs of the pact were rewritten":              "Paragraphs of the pact were rewritten",
		"Paragraph 7":                                        "Paragraph 7",
	} {
		if got := trimSourceLead(in); got != want {
			t.Errorf("trimSourceLead(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestQuotedClaimsOnTheHeader(t *testing.T) {
	fp := footnote.Article{ID: fixtureDoc, Title: fixtureTitle, Author: "Colum Lynch", Publication: "Foreign Policy",
		Published: time.Date(2017, 12, 2, 0, 0, 0, 0, time.UTC)}
	ap := footnote.Article{ID: polandDoc, Title: "Poland latest country to withdraw from global migration pact",
		Publication: "The Seattle Times / AP", Published: time.Date(2018, 11, 20, 0, 0, 0, 0, time.UTC)}
	m := paraMap{fixtureDoc: {0: fp.HeaderText()}, polandDoc: {0: ap.HeaderText()}}
	ev := func() *evidence {
		return newEvidence([]footnote.Passage{{Doc: fixtureDoc, N: 0}, {Doc: polandDoc, N: 0}}, m)
	}
	for _, tt := range []struct {
		claim quotedClaim
		keep  bool
	}{
		{quotedClaim{"It was written by Colum Lynch", fixtureDoc, 0, "By Colum Lynch"}, true},
		{quotedClaim{"The story ran in Foreign Policy on December 2, 2017", fixtureDoc, 0, "Published by Foreign Policy on December 2, 2017"}, true},
		{quotedClaim{"The story ran in The Seattle Times on November 20, 2018", polandDoc, 0, "Published by The Seattle Times / AP on November 20, 2018"}, true},
		{quotedClaim{"The story ran in The Seattle Times on November 21, 2018", polandDoc, 0, "Published by The Seattle Times / AP on November 20, 2018"}, false},
		{quotedClaim{"It was written by Colum Lynch in 2019", fixtureDoc, 0, "By Colum Lynch"}, false},
		{quotedClaim{"Foreign Policy fired Colum Lynch", fixtureDoc, 0, "By Colum Lynch"}, false},
	} {
		res := checkQuoted([]quotedClaim{tt.claim}, ev())
		if got := len(res.cites) == 1; got != tt.keep {
			t.Errorf("%q: shown %v, want %v (%q)", tt.claim.Text, got, tt.keep, res.text)
		}
	}
}
