package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestCountryAdjectiveAbroad: an English question naming Italy by its name
// and its adjective, whose answer only a Catalan page gives ("El Govern
// italià …"), is answered from it, cited; before, the Catalan sentence held
// neither "Italy" nor "Italian" and the question was refused. The English
// pages tell of other countries.
func TestCountryAdjectiveAbroad(t *testing.T) {
	e, _ := newExtractiveOn(t, writeLangArticles(t, abroadTopicArticles(map[string][3]string{
		"diari": {"ca", "2018-11-28", "El Govern italià va anunciar que no acudirà a la cimera a Marràqueix i que només se sumarà al document si el seu Parlament dona prèviament el vistiplau."},
	})))
	ans := mustAnswer(t, e, "Who must decide on the pact before Italy signs it, according to the Italian government?")
	if !citedDocs(ans)["diari"] || !strings.Contains(ans.Text, "Parlament") {
		t.Errorf("the Catalan page's answer not given: %s", ans.Text)
	}
}

// TestCountryAdjectiveAbroadFrench: a French question asking for "the
// Slovak minister" is answered by the English sentence on the Slovak
// minister, not by one on a Polish minister sharing the question's
// everyday words (before, "slovaque" met no word of either).
func TestCountryAdjectiveAbroadFrench(t *testing.T) {
	e, _ := newExtractiveOn(t, writeLangArticles(t, map[string][3]string{
		"rt":     {"en", "2018-11-20", "Poland's interior minister is recommending that Warsaw quits a UN migration pact before its final approval."},
		"prague": {"en", "2018-11-30", "Slovak Foreign Minister Miroslav Lajčák resigned on Thursday to protest his government's decision not to adopt the UN migration pact."},
	}))
	ans := mustAnswer(t, e, "Quel ministre slovaque a démissionné à cause du pacte sur les migrations ?")
	if !citedDocs(ans)["prague"] || !strings.Contains(ans.Text, "Lajčák") {
		t.Errorf("the Slovak minister not given: %s", ans.Text)
	}
}

// TestCountryNameNotHeldByAdjective: a country the question names as the
// actor ("Alemania") is not held abroad by an adjective that tells of
// something the country backed ("a German-backed EU plan"): the
// out-of-scope count stays refused.
func TestCountryNameNotHeldByAdjective(t *testing.T) {
	e, _ := newExtractiveOn(t, writeLangArticles(t, abroadTopicArticles(map[string][3]string{
		"dj": {"en", "2018-11-20", "Poland and Hungary flatly rejected a German-backed EU plan to distribute 160,000 refugees across the bloc, following the 2015 migrant crisis."},
	})))
	ans, err := e.Answer(context.Background(), footnote.Question{Text: "¿Cuántos refugiados acogió Alemania en 2015?"})
	if err != nil || !ans.Refused {
		t.Errorf("answered: %s", ans.Text)
	}
}

// TestNameLikeReadsQuestionLanguage: a word the articles lack is not taken
// for a name by its neighbours among the words of pages in another
// language: "exteriores" of two Spanish pages' "Relaciones Exteriores" is
// close to "walls" in the English vectors, and made the English question
// "… instead of walls?" one about a name the articles lack.
func TestNameLikeReadsQuestionLanguage(t *testing.T) {
	e, ix := newExtractiveOn(t, writeLangArticles(t, map[string][3]string{
		"econ":   {"es", "2017-12-04", "El secretario de Relaciones Exteriores, Luis Videgaray, dijo que México no cree en los muros, cree en los puentes."},
		"cadena": {"es", "2017-12-04", "El canciller de Relaciones Exteriores, Luis Videgaray, señaló que México no cree en los muros sino en los puentes."},
	}))
	var passages []footnote.Passage
	for _, a := range ix.Articles() {
		passages = append(passages, footnote.Passage{Doc: a.ID, N: 1})
	}
	if e.nameLike("walls", "en", e.nameWordsOf(passages), passages) {
		t.Error(`"walls" taken for a name by the Spanish pages' words`)
	}
}
