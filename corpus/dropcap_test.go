package corpus

import (
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestRepairDropCaps: a capital printed apart from its word is joined back
// when it is not a one-letter word of the page's language; one-letter
// words stay, in English, Portuguese and Spanish, and a language text has
// no stop words for is left alone unless the page shows the joined word.
func TestRepairDropCaps(t *testing.T) {
	cases := []struct {
		lang  text.Lang
		paras []string
		want  string // the first paragraph after repair
	}{
		{text.English, []string{"T he United States has withdrawn from a United Nations pact.", "Though widely seen as a symbolic move, the decision was condemned."},
			"The United States has withdrawn from a United Nations pact."},
		{text.English, []string{"A day before a UN conference on migration, the US pulled out.", "It was a surprise: a pact a year in the making, the officials said."},
			"A day before a UN conference on migration, the US pulled out."},
		{text.English, []string{"I am proud of our heritage, the ambassador said.", "She said I would see."},
			"I am proud of our heritage, the ambassador said."},
		// "A round of talks": "around" on the page, but "a" is an English word.
		{text.English, []string{"A round of talks opened in Geneva.", "Delegates from around the world came, a hundred of them."},
			"A round of talks opened in Geneva."},
		{text.Portuguese, []string{"O documento diz que o Brasil sairá do pacto.", "O presidente confirmou o documento."},
			"O documento diz que o Brasil sairá do pacto."},
		{text.Portuguese, []string{"N o sábado, os Estados Unidos deixaram o pacto migratório da ONU.", "A ONU e a Anistia lamentaram a saída no mesmo dia."},
			"No sábado, os Estados Unidos deixaram o pacto migratório da ONU."},
		{text.Spanish, []string{"E l Gobierno de Estados Unidos abandona el pacto.", "El anuncio llegó el sábado y el pacto sigue."},
			"El Gobierno de Estados Unidos abandona el pacto."},
		{text.Spanish, []string{"Y el pacto sigue adelante sin Washington.", "Y después, la ONU lo lamentó y siguió."},
			"Y el pacto sigue adelante sin Washington."},
		// Polish: no stop words in text, and "wponiedziałek" is no word of the page.
		{text.Lang("pl"), []string{"W poniedziałek rząd ogłosił decyzję.", "Polska nie podpisze paktu w Marrakeszu."},
			"W poniedziałek rząd ogłosił decyzję."},
	}
	for _, c := range cases {
		got := repairDropCaps(c.paras, c.lang)
		if got[0] != c.want {
			t.Errorf("%s: %q became %q, want %q", c.lang, c.paras[0], got[0], c.want)
		}
		if got[1] != c.paras[1] {
			t.Errorf("%s: the second paragraph changed: %q", c.lang, got[1])
		}
	}
}
