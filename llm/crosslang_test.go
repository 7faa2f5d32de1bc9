package llm

import "testing"

// A sentence of La República's Spanish article (coverage page 031).
const (
	peruDoc = "031-larepublica-pe-trump-aisla"
	peru    = "En septiembre del 2016, los 193 miembros de la Asamblea General de la ONU aprobaron la Declaración de Nueva York para refugiados y emigrantes."
)

// TestNameHeadAcrossLanguages: an English claim checked against a Spanish
// article does not take a name run whose last word the quote lacks
// ("Mexico City", "New York City") as an anchor because the quote has its
// first word ("México", "Nueva York"); a run whose last word is there
// still anchors, whatever words of it are translated. On El Economista's
// article (coverage page 127) and La República's (page 031); the false
// claims were shown before.
func TestNameHeadAcrossLanguages(t *testing.T) {
	const (
		mexicoDoc = "127-eleconomista-mx-videgaray"
		mexico2   = "“México no cree en la criminalización del migrante, México no cree en los muros, cree en los puentes y no creemos que un país, por más grande y poderoso que sea, pueda enfrentar el fenómeno migratorio por sí mismo”, declaró Videgaray en la inauguración del Pacto Mundial para una Migración Segura, Ordenada y Legal organizado por la ONU en Puerto Vallarta."
	)
	m := paraMap{mexicoDoc: {2: mexico2}, peruDoc: {1: peru}}
	const opening = "declaró Videgaray en la inauguración del Pacto Mundial para una Migración Segura, Ordenada y Legal organizado por la ONU en Puerto Vallarta"
	for _, tt := range []struct {
		name  string
		claim quotedClaim
		keep  bool
	}{
		{"Mexico City for México", quotedClaim{"Videgaray spoke in Mexico City", mexicoDoc, 2, opening}, false},
		{"Puerto Vallarta kept", quotedClaim{"Videgaray spoke at the opening of the meeting organised by the UN in Puerto Vallarta", mexicoDoc, 2, opening}, true},
		{"New York City for Nueva York", quotedClaim{"The members of the General Assembly met in New York City", peruDoc, 1, peru}, false},
		{"the declaration's date kept", quotedClaim{"The 193 members of the General Assembly approved it in September 2016", peruDoc, 1, peru}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := checkQuoted([]quotedClaim{tt.claim}, evidenceOver(m))
			if shown := len(res.cites) > 0; shown != tt.keep {
				t.Errorf("shown %v (%q), want %v", shown, res.text, tt.keep)
			}
		})
	}
}

// TestEnglishDateInAnotherLanguage: an English claim's weekday or month is
// found in a quote that writes it in the article's language ("samedi",
// "septiembre"), and another day is not. On VOV World's French article
// (coverage page 036) and La República's Spanish one (page 031).
func TestEnglishDateInAnotherLanguage(t *testing.T) {
	const (
		vovDoc = "036-vovworld-fr-etats-unis-se-retirent"
		vov    = "«La mission américaine auprès de l'ONU a informé son secrétaire général que les États-Unis mettaient fin à leur participation au Pacte mondial sur la migration», a annoncé samedi soir dans un communiqué l'administration Trump."
	)
	m := paraMap{vovDoc: {1: vov}, peruDoc: {1: peru}}
	for _, tt := range []struct {
		claim string
		doc   string
		keep  bool
	}{
		{"The Trump administration announced it on Saturday evening", vovDoc, true},
		{"The Trump administration announced it on Friday evening", vovDoc, false},
		{"The 193 members of the General Assembly approved it in September 2016", peruDoc, true},
		{"The 193 members of the General Assembly approved it in December 2016", peruDoc, false},
	} {
		text := m[tt.doc][1]
		res := checkQuoted([]quotedClaim{{tt.claim, tt.doc, 1, text}}, evidenceOver(m))
		if shown := len(res.cites) > 0; shown != tt.keep {
			t.Errorf("%q: shown %v (%q), want %v", tt.claim, shown, res.text, tt.keep)
		}
	}
}
