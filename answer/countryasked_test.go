package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// TestLowercaseAdjectiveAsksCountry: a question naming a country by its
// adjective written in lowercase ("ministre slovaque", "ministro polaco")
// is not answered by a sentence about another country's minister that
// shares its everyday words, as the English question with the capitalised
// "Slovak" is not; the one about the country it names is still answered.
// Before, "slovaque" was an everyday word, and Poland's minister answered
// the French question. Over the three test articles and the made-up pages
// of other countries.
func TestLowercaseAdjectiveAsksCountry(t *testing.T) {
	arts := abroadTopicArticles(map[string][3]string{
		"rt":  {"en", "2018-10-09", "Poland's interior minister has resigned from the talks on the UN migration pact, recommending that Warsaw quits it before its final approval."},
		"efe": {"es", "2018-10-09", "El ministro polaco del Interior, Joachim Brudzinski, dimitió de las conversaciones y recomendó abandonar el pacto migratorio de la ONU."},
	})
	e, _ := newExtractiveOn(t, langWithTestArticles(t, arts))
	for _, q := range []string{
		"Quel ministre slovaque a démissionné à cause du pacte sur les migrations ?",
		"¿Qué ministro eslovaco dimitió por el pacto migratorio de la ONU?",
	} {
		ans, err := e.Answer(context.Background(), footnote.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Refused && (citedDocs(ans)["rt"] || citedDocs(ans)["efe"]) {
			t.Errorf("%q answered by Poland's minister: %s", q, ans.Text)
		}
	}
	ans := mustAnswer(t, e, "¿Qué ministro polaco recomendó abandonar el pacto migratorio de la ONU?")
	if !citedDocs(ans)["efe"] || !strings.Contains(ans.Text, "Brudzinski") {
		t.Errorf("the Polish minister not given: %s", ans.Text)
	}
}

// langWithTestArticles writes arts (id to language, date and body, as
// writeLangArticles reads them) beside the three test articles.
func langWithTestArticles(t *testing.T, arts map[string][3]string) string {
	t.Helper()
	extra := map[string]string{}
	for id, a := range arts {
		extra[id+".md"] = "---\ntitle: \"" + id + "\"\npublication: \"" + strings.ToUpper(id) + "\"\nlanguage: \"" + a[0] + "\"\npublished: \"" + a[1] + "\"\n---\n\n" + a[2] + "\n"
	}
	return withTestArticles(t, extra)
}

// TestAdjectiveCountryNames: the countries a question names only by an
// adjective are looked for abroad by their names in the other languages;
// a country it names by its name is left to namesAbroad.
func TestAdjectiveCountryNames(t *testing.T) {
	e, _ := newExtractive(t)
	got := e.adjectiveCountryNames("Quel ministre slovaque a démissionné ?")
	if !slices.Contains(got, "Slovakia") {
		t.Errorf("slovaque: %v", got)
	}
	if got := e.adjectiveCountryNames("Pourquoi la Pologne quitte-t-elle le pacte ?"); len(got) != 0 {
		t.Errorf("la Pologne: %v", got)
	}
}

// TestLowercaseAdjectiveHeldByHeadline: the country a lowercase adjective
// asks for is held by the headline of the sentence's article, as a name
// is: the Spanish statement whose headline names the Italian prime
// minister answers for the Italian government though its sentence names
// no country.
func TestLowercaseAdjectiveHeldByHeadline(t *testing.T) {
	dir := withTestArticles(t, map[string]string{
		"chigi.md": "---\ntitle: \"Comunicado del primer ministro italiano\"\nlanguage: \"es\"\npublished: \"2018-11-28\"\n---\n\nEl Gobierno no participará en la reunión de Marrakech y dejará la decisión sobre el pacto al Parlamento.\n",
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "¿Participará el gobierno italiano en la reunión de Marrakech?")
	if !citedDocs(ans)["chigi"] || !strings.Contains(ans.Text, "no participará") {
		t.Errorf("the statement not quoted: %s", ans.Text)
	}
}
