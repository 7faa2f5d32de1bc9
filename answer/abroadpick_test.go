package answer

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote"
)

// abroadTopicArticles are English reports that name the compact in every
// paragraph (it is what the collection is about) and tell of other
// countries than those asked about.
func abroadTopicArticles(arts map[string][3]string) map[string][3]string {
	reasons := []string{"citing sovereignty", "after a cabinet meeting", "in a video message", "on national radio",
		"in a parliamentary vote", "as its president had promised", "to protest the text", "days before Marrakech",
		"weeks after Hungary", "in a joint statement"}
	for i, c := range []string{"Austria", "Poland", "Israel", "Australia", "Italy", "Slovakia", "Bulgaria", "Estonia", "Croatia", "Latvia"} {
		arts[fmt.Sprintf("r%02d", i)] = [3]string{"en", "2018-11-20", fmt.Sprintf("%s announced it would not sign the UN migration pact, %s.\n\nThe UN migration pact is not binding, officials in %s said.", c, reasons[i], c)}
	}
	return arts
}

// TestAbroadPickAnswers: an English question whose answer only a Spanish
// page gives (who announced Chile would not sign) is answered from it,
// cited, though the English pages rank first and the Spanish sentence
// writes the UN pact otherwise; before, it was refused.
func TestAbroadPickAnswers(t *testing.T) {
	e, _ := newExtractiveOn(t, writeLangArticles(t, abroadTopicArticles(map[string][3]string{
		"viapais": {"es", "2018-12-09", "El canciller de Chile, Roberto Ampuero, afirmó que el gobierno de Sebastián Piñera no firmará el Pacto Migratorio de Naciones Unidas porque el texto choca con las normas del país."},
	})))
	ans := mustAnswer(t, e, "Who announced that Chile would not sign the UN migration pact?")
	if !strings.Contains(ans.Text, "Ampuero") || !citedDocs(ans)["viapais"] {
		t.Errorf("the Spanish page's answer not given: %s", ans.Text)
	}
}

// TestAbroadPickGates: a page abroad answers only by the bar's first way
// and with what the question asks for: a French count question is not
// answered from an English sentence on Marrakech that gives no number,
// and an English question sharing only a year with a Portuguese page's
// line is not answered from it.
func TestAbroadPickGates(t *testing.T) {
	e, _ := newExtractiveOn(t, writeLangArticles(t, abroadTopicArticles(map[string][3]string{
		"israel": {"en", "2018-11-20", "Prime Minister Benjamin Netanyahu announced on Tuesday that Israel would not be joining the migration pact, set to be adopted next month in Marrakech."},
		"uol":    {"pt", "2019-01-02", "Published on January 2, 2019.\n\nO presidente Jair Bolsonaro recebeu o secretário de Estado Mike Pompeo."},
		"rc":     {"fr", "2017-12-03", "Les États-Unis se retirent du pacte mondial sur les migrations, a annoncé la mission américaine."},
	})))
	for _, q := range []string{
		"Combien de pays ont adopté le pacte sur les migrations à Marrakech ?",
		"How large is the UN's regular budget approved for 2019?",
	} {
		if x, ok := e.abroadPick(context.Background(), q, q); ok {
			t.Errorf("%q answered from abroad: %+v", q, x.picked)
		}
	}
}

// TestGermanCountryIsName: in a German question, whose capitals mark every
// noun, a country's name ("Ungarn") is still a name the answer must hold:
// "Wer hat angekündigt, dass Ungarn … aussteigt?" is not answered by a
// German sentence on Israel that shares its other words (before, it was).
func TestGermanCountryIsName(t *testing.T) {
	e, _ := newExtractiveOn(t, writeLangArticles(t, abroadTopicArticles(map[string][3]string{
		"jf":      {"de", "2018-11-20", "Israel hat angekündigt, dem UN-Migrationspakt nicht beizutreten."},
		"welt":    {"de", "2018-11-01", "Österreich hat angekündigt, den UN-Migrationspakt nicht zu unterzeichnen."},
		"reuters": {"en", "2018-07-18", "Hungary will quit the UN migration pact before its final approval, Foreign Minister Peter Szijjarto said on Wednesday."},
	})))
	ans, err := e.Answer(context.Background(), footnote.Question{Text: "Wer hat angekündigt, dass Ungarn aus dem UN-Migrationspakt aussteigt?"})
	if err != nil || strings.Contains(ans.Text, "Israel") || strings.Contains(ans.Text, "Österreich") {
		t.Errorf("answered from a sentence on another country: %s", ans.Text)
	}
}
