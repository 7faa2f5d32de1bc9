package answer

import (
	"context"

	"fmt"
	"github.com/footnote-bot/footnote"
	"strings"
	"testing"
)

// TestAbroadDayVersions: a French question on the day Poland spoke, over
// English reports only, is answered with the days they give, each cited
// (before, it was refused: "Pologne" is a name the articles never write,
// and no French sentence answers). A date in a report on Poland whose
// sentence names another country's meeting is no version.
func TestAbroadDayVersions(t *testing.T) {
	dir := writeLangArticles(t, map[string][3]string{
		"ap":    {"en", "2018-11-20", "WARSAW, Poland (AP) — The Polish government said Tuesday that it will not support the migration compact, citing national sovereignty."},
		"afp":   {"en", "2018-11-16", "Prime Minister Mateusz Morawiecki said Friday it was unlikely Poland would support the migration pact. The pact is set to be adopted during a conference in Morocco on December 10-11."},
		"other": {"en", "2018-10-31", "The Austrian government said Wednesday that it won't sign the migration compact."},
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "Quel jour la Pologne a-t-elle dit qu'elle ne soutiendrait pas le pacte sur les migrations ?")
	if !strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "Tuesday") || !strings.Contains(ans.Text, "Friday") {
		t.Errorf("Tuesday and Friday not shown as two versions: %s", ans.Text)
	}
	if strings.Contains(ans.Text, "10-11") || strings.Contains(ans.Text, "Austrian") {
		t.Errorf("a day of another act shown: %s", ans.Text)
	}
	if cited := citedDocs(ans); !cited["ap"] || !cited["afp"] {
		t.Errorf("both outlets not cited: %+v", ans.Citations)
	}
}

// TestAbroadDayAgrees: a Spanish question on the day Austria spoke, over
// English reports that agree ("The Austrian government said Wednesday",
// "Austria followed suit on Wednesday"), gives the one day, not "Sources
// differ"; a German question on a country no report names is refused.
func TestAbroadDayAgrees(t *testing.T) {
	dir := writeLangArticles(t, map[string][3]string{
		"fox":  {"en", "2018-10-31", "The Austrian government said Wednesday that it won't sign the migration compact, citing concerns about national sovereignty."},
		"afp":  {"en", "2018-11-01", "Hungary rejected the migration pact in July and Austria followed suit on Wednesday."},
		"pbs":  {"en", "2017-12-04", "The United States said Saturday it was ending its participation in the migration compact."},
		"elpa": {"es", "2018-11-02", "El Gobierno de Hungría rechazó el pacto migratorio en julio."},
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "¿Qué día dijo Austria que no firmaría el pacto migratorio?")
	if strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "Wednesday") {
		t.Errorf("the reports' one day not given: %s", ans.Text)
	}
	if ans, err := e.Answer(context.Background(), footnote.Question{Text: "An welchem Tag hat Kanada den Pakt abgelehnt?"}); err != nil || len(ans.Citations) > 0 {
		t.Errorf("a question on a country no report names answered: %s", ans.Text)
	}
}

// TestTopicNameAbroad: the names every page shares ("Global Compact for
// Migration") are written otherwise in another language ("UN-Pakt für
// Migration"), so a German outlet's count of the states in Marrakech is a
// version though it lacks them (before, it was neither retrieved nor let
// through: the question's topic names ranked the English pages first and
// the bar required them).
func TestTopicNameAbroad(t *testing.T) {
	arts := map[string][3]string{
		"unnews": {"en", "2018-12-10", "The Global Compact for Migration was adopted on Monday by leading representatives from 164 governments at a conference in Marrakech."},
		"stern":  {"de", "2018-12-10", "Bundeskanzlerin Angela Merkel hat am Montag in Marrakesch gesprochen. Merkel begrüßte, dass sich dort führende Vertreter von mehr als 150 Staaten zum UN-Pakt für Migration bekannt hätten."},
	}
	// Other reports name the compact in every paragraph: it is what the
	// collection is about.
	topics := []string{"Austria", "Hungary", "Poland", "Israel", "Australia", "Chile", "Italy", "Slovakia", "Bulgaria", "Estonia", "Croatia", "Latvia"}
	for i, c := range topics {
		arts[fmt.Sprintf("r%02d", i)] = [3]string{"en", "2018-11-20", fmt.Sprintf("%s said it would not back the Global Compact for Migration.\n\nThe Global Compact for Migration is not binding, officials in %s said.", c, c)}
	}
	e, _ := newExtractiveOn(t, writeLangArticles(t, arts))
	ans := mustAnswer(t, e, "How many governments signed up to the Global Compact for Migration in Marrakech?")
	if !strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "164") || !strings.Contains(ans.Text, "150") {
		t.Errorf("164 and 150 not shown as two versions: %s", ans.Text)
	}
	if cited := citedDocs(ans); !cited["unnews"] || !cited["stern"] {
		t.Errorf("both outlets not cited: %+v", ans.Citations)
	}
}
