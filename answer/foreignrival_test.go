package answer

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/footnote-bot/footnote/gazetteer"
)

// TestForeignCountVersion: an English question for a count, over an
// English outlet and a German one that gives another count of the states
// at the conference in a sentence that names the place only as "dort"
// and shares no word with the question, shows both versions, each cited;
// the German page's count of something else (knapp 30 Länder opposing)
// is no version. Before, the German outlet was neither retrieved for the
// versions nor let through by the bar, and the English outlet alone was
// quoted.
func TestForeignCountVersion(t *testing.T) {
	dir := writeLangArticles(t, map[string][3]string{
		"unnews": {"en", "2018-12-10", "Leading representatives from 164 countries backed the migration compact at the conference in Marrakech on Monday."},
		"stern":  {"de", "2018-12-10", "Bundeskanzlerin Angela Merkel hat am Montag in Marrakesch den Pakt als wichtiges Symbol bezeichnet. Merkel begrüßte, dass sich dort führende Vertreter von mehr als 150 Staaten zum Pakt bekannt hätten. Gegen den Pakt äußerten sich die Führungen von knapp 30 Ländern."},
		"other":  {"en", "2018-11-20", "Israel said it would not join the migration compact, which is to be signed in Marrakech next month."},
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "How many countries backed the compact at the Marrakech conference?")
	if !strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "164") || !strings.Contains(ans.Text, "150") {
		t.Errorf("164 and 150 not shown as two versions: %s", ans.Text)
	}
	if strings.Contains(ans.Text, "knapp 30") {
		t.Errorf("a count of the opponents shown as a version: %s", ans.Text)
	}
	if cited := citedDocs(ans); !cited["unnews"] || !cited["stern"] {
		t.Errorf("both outlets not cited: %+v", ans.Citations)
	}
}

// TestForeignTimeAgrees: a time in another language's outlet that names no
// day ("im September letzten Jahres", of another act the sentence tells)
// is no version of the day asked: the answer gives the English outlets'
// day alone.
func TestForeignTimeAgrees(t *testing.T) {
	dir := writeLangArticles(t, map[string][3]string{
		"voa":   {"en", "2017-12-04", "U.N. Spokesman Stephane Dujarric said Monday that the United Nations regrets the decision of the United States."},
		"smh":   {"en", "2017-12-05", "Stephane Dujarric, the spokesman of the United Nations, said Monday the decision of the United States was regrettable."},
		"prpde": {"de", "2017-12-05", "Die USA kommen aus dem Global Compact on Migration, der im September letzten Jahres in New York von den 193 UN-Ländern verabschiedet wurde, sagte Stephane Dujarric."},
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "On what day did UN spokesman Stephane Dujarric speak about the decision of the United States?")
	if strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "Monday") {
		t.Errorf("the outlets' one day not given alone: %s", ans.Text)
	}
}

// TestNamesAbroad: a question naming a country in English asks pages in
// other languages for its names there, not the name it writes.
func TestNamesAbroad(t *testing.T) {
	e := &Extractive{places: sync.OnceValue(gazetteer.New)}
	abroad := e.namesAbroad("On what day did the United States leave the talks?")
	for _, want := range []string{"Estados Unidos", "Vereinigte Staaten", "États-Unis", "USA"} {
		if !slices.Contains(abroad, want) {
			t.Errorf("namesAbroad lacks %q: %v", want, abroad)
		}
	}
	if slices.Contains(abroad, "United States") {
		t.Errorf("namesAbroad holds the question's own name: %v", abroad)
	}
}

// TestForeignDayVersions: a French question for a day, over a French
// outlet that gives it as "samedi" and an English one that gives another
// day as a date and names the country in English, shows both versions;
// an English outlet that gives the French outlet's Saturday agrees with
// it. Before, the English outlets were never read for a version: the
// question's names ("États-Unis") are not theirs ("United States").
func TestForeignDayVersions(t *testing.T) {
	const q = "Quel jour les États-Unis ont-ils quitté les négociations sur la migration ?"
	dir := writeLangArticles(t, map[string][3]string{
		"vov":  {"fr", "2017-12-03", "Les États-Unis ont quitté samedi les négociations sur le pacte mondial sur la migration."},
		"irin": {"en", "2018-01-10", "On 3 December 2017, the United States quit the negotiations on the migration compact."},
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, q)
	if !strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "samedi") || !strings.Contains(ans.Text, "3 December") {
		t.Errorf("samedi and 3 December not shown as two versions: %s", ans.Text)
	}
	dir = writeLangArticles(t, map[string][3]string{
		"vov": {"fr", "2017-12-03", "Les États-Unis ont quitté samedi les négociations sur le pacte mondial sur la migration."},
		"fp":  {"en", "2017-12-03", "On Saturday, the United States quit the negotiations on the migration compact."},
	})
	e, _ = newExtractiveOn(t, dir)
	if ans := mustAnswer(t, e, q); strings.HasPrefix(ans.Text, "Sources differ") {
		t.Errorf("one day told in two languages shown as two versions: %s", ans.Text)
	}
}

// TestWordRegions: the words of a country's name in a question stand for
// the country, whatever the language; other names stand for none.
func TestWordRegions(t *testing.T) {
	e := &Extractive{places: sync.OnceValue(gazetteer.New)}
	got := e.wordRegions("¿Cuándo anunció Estados Unidos su retiro del pacto en Marrakech?")
	if got["estados"] != "US" || got["unidos"] != "US" || got["marrakech"] != "" {
		t.Errorf("wordRegions = %v", got)
	}
	if got := e.wordRegions("How many countries backed the compact at the Marrakech conference?"); got != nil {
		t.Errorf("regions found in a question naming no country: %v", got)
	}
}

// TestForeignCountScale: a number of another scale ("150 millones" of
// people) is no version of a count of countries (164), though within a
// factor of it: the answer quotes the English outlet alone.
func TestForeignCountScale(t *testing.T) {
	dir := writeLangArticles(t, map[string][3]string{
		"unnews": {"en", "2018-12-10", "Leading representatives from 164 countries backed the migration compact at the conference in Marrakech on Monday."},
		"pais":   {"es", "2018-12-10", "La conferencia de Marrakech trata de los unos 150 millones de migrantes del mundo."},
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "How many countries backed the compact at the Marrakech conference?")
	if strings.HasPrefix(ans.Text, "Sources differ") || strings.Contains(ans.Text, "millones") {
		t.Errorf("a count of another scale shown as a version: %s", ans.Text)
	}
}
