package llm

import (
	"strconv"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// Paragraphs of sn.dk's Danish article (coverage page 044) and Türkiye
// Gazetesi's Turkish one (page 236): languages the check's function words
// can't name, both taken for English by them.
const (
	dkDoc   = "044-sn-dk-usa-traekker-sig"
	dkEight = "- Vi vil beslutte, hvordan vi bedst kan kontrollere vores grænser, og hvem vi vil tillade at komme ind i vores land. Den globale tilgang, som New York-erklæringen viser, er simpelthen ikke forenelig med USA's suverænitet, siger Haley."
	dkTen   = "USA trak sig for nylig også ud af FN-organet Unesco, som amerikanerne beskyldte for at være \"anti-israelsk\"."
	trDoc   = "236-turkiyegazetesi-tr"
	trFour  = "Donald Trump'ın \"America First\" politikası kapsamında ABD, eski Başkan Barack Obama yönetimi tarafından imzalanan Paris İklim Sözleşmesi de dahil olmak üzere çeşitli küresel sözleşmeden çekildi."
)

// recordedParas is paraMap whose articles are recorded in a language, as
// the importer records each page's.
type recordedParas struct {
	paraMap
	langs map[string]string
}

func (r recordedParas) Articles() []footnote.Article {
	out := r.paraMap.Articles()
	for i := range out {
		out[i].Language = r.langs[out[i].ID]
	}
	return out
}

func (r recordedParas) evidence() *evidence {
	var ps []footnote.Passage
	for doc, paras := range r.paraMap {
		for n, t := range paras {
			ps = append(ps, footnote.Passage{Doc: doc, N: n, Text: t})
		}
	}
	return newEvidence(ps, r)
}

// TestRecordedLanguageOfTheArticle: an English claim quoting a Danish or
// Turkish sentence is checked as a claim in another language (held to its
// names, numbers and dates) when the article is recorded in that
// language. Before, their function words ("i", "at", "for") took the
// paragraphs for English and the claims were compared word for word with
// them: the true claims below were removed. A claim whose quoted sentence
// negates one of its names ("ikke forenelig med USA's suverænitet") and
// one naming someone the sentence doesn't are still removed; so is a claim
// in Danish that turns its Danish quote around, read as Danish.
func TestRecordedLanguageOfTheArticle(t *testing.T) {
	paras := paraMap{dkDoc: {8: dkEight, 10: dkTen}, trDoc: {4: trFour}}
	langs := map[string]string{dkDoc: "da", trDoc: "tr"}
	const notCompatible = "er simpelthen ikke forenelig med USA's suverænitet"
	const obama = "eski Başkan Barack Obama yönetimi tarafından imzalanan Paris İklim Sözleşmesi"
	for _, tt := range []struct {
		name  string
		claim quotedClaim
		keep  bool
	}{
		{"not compatible", quotedClaim{"Haley said the global approach is simply not compatible with US sovereignty", dkDoc, 8, notCompatible}, true},
		{"compatible", quotedClaim{"Haley said the approach is compatible with US sovereignty", dkDoc, 8, notCompatible}, false},
		{"left Unesco", quotedClaim{"The US also recently withdrew from Unesco", dkDoc, 10, "USA trak sig for nylig også ud af FN-organet Unesco"}, true},
		{"Danish, turned around", quotedClaim{"Haley siger, at den globale tilgang er forenelig med USA's suverænitet", dkDoc, 8, notCompatible}, false},
		{"signed under Obama", quotedClaim{"The Paris climate agreement was signed by the administration of former President Barack Obama", trDoc, 4, obama}, true},
		{"signed under Bush", quotedClaim{"The Paris climate agreement was signed by the administration of former President George Bush", trDoc, 4, obama}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := recordedParas{paraMap{tt.claim.Article: paras[tt.claim.Article]}, langs}
			res := checkQuoted([]quotedClaim{tt.claim}, m.evidence())
			if shown := len(res.cites) > 0; shown != tt.keep {
				t.Errorf("structured: shown %v, want %v (%q)", shown, tt.keep, res.text)
			}
			inline := postCheck(tt.claim.Text+" [¶"+strconv.Itoa(tt.claim.Paragraph)+"].", m.evidence())
			if shown := strings.Contains(inline.text, tt.claim.Text); shown != tt.keep {
				t.Errorf("inline: shown %v, want %v (%q)", shown, tt.keep, inline.text)
			}
		})
	}
}

// TestRecordedLanguage: the evidence's language is the one most of its
// articles are recorded in when the function words can't name it and no
// article is recorded in (or missing from the record for) the language
// they guess, and what they say otherwise (a page recorded as Spanish,
// read as Spanish; English pages among Japanese ones, as the claim
// check's mixed coverage has them).
func TestRecordedLanguage(t *testing.T) {
	for _, tt := range []struct {
		langs map[string]string
		want  string
	}{
		{map[string]string{dkDoc: "da", trDoc: "da"}, "da"},
		{map[string]string{dkDoc: "da", trDoc: "tr"}, "en"}, // a tie: the function words decide
		{map[string]string{dkDoc: "es", trDoc: "es"}, "en"}, // a language they can name: theirs
		{map[string]string{dkDoc: "da"}, "en"},              // an article recorded in nothing may be in the guess's
		{map[string]string{dkDoc: "da", trDoc: "en"}, "en"}, // one recorded in the guess's: the guess holds
		{map[string]string{}, "en"},
	} {
		m := recordedParas{paraMap{dkDoc: {8: dkEight}, trDoc: {4: trFour}}, tt.langs}
		if got := m.evidence().lang; got != tt.want {
			t.Errorf("%v: language %q, want %q", tt.langs, got, tt.want)
		}
	}
}

// TestHeadFoundByItsStem: a run of names whose last word an English claim
// shares with a Danish quote only by its stem ("Organization", "organet"),
// its other words missing, anchors nothing: the false claim is removed,
// while a run whose head is written in the quote still anchors.
func TestHeadFoundByItsStem(t *testing.T) {
	m := recordedParas{paraMap{dkDoc: {10: dkTen}}, map[string]string{dkDoc: "da"}}
	const quote = "USA trak sig for nylig også ud af FN-organet Unesco"
	for _, tt := range []struct {
		claim string
		keep  bool
	}{
		{"The US also left the World Health Organization", false},
		{"The US also left the UN's Unesco", true},
	} {
		res := checkQuoted([]quotedClaim{{tt.claim, dkDoc, 10, quote}}, m.evidence())
		if shown := len(res.cites) > 0; shown != tt.keep {
			t.Errorf("%q: shown %v, want %v", tt.claim, shown, tt.keep)
		}
	}
}
