package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// An undated page that names no weekday, telling in its first paragraphs
// an event a dated article dates, shows its lead as news of that day: in
// another language (a Spanish page on the Puerto Vallarta meeting an
// English release dates) and in the same one (a page on Hungary's exit a
// dated Reuters story tells).
func TestUndatedLeadDatedByTheEventItTells(t *testing.T) {
	for _, tc := range leadTellings() {
		undated := article("undated", tc.lang, time.Time{}, tc.lead, tc.telling)
		tl := Build([]footnote.Article{tc.dated, undated})
		ev, ok := eventWith(tl, tc.word)
		if !ok || ev.Date != tc.date || ev.Citations[0].Doc != "undated" {
			t.Errorf("%s: lead event %+v (found %v), want the undated page's lead on %s", tc.name, ev, ok, tc.date)
		}
	}
}

// leadTelling is a page's lead and a sentence of its first paragraphs
// telling an event a dated article dates, by its own words, on date.
type leadTelling struct {
	name          string
	dated         footnote.Article
	lead, telling string
	lang, word    string
	date          string
}

// leadTellings are two: in another language (a Spanish page on the Puerto
// Vallarta meeting an English release dates) and in the same one (a page
// on Hungary's exit a dated Reuters story tells).
func leadTellings() []leadTelling {
	return []leadTelling{
		{"across languages",
			article("release", "en", time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC),
				"PUERTO VALLARTA, Mexico, 4 December — The three-day preparatory stocktaking meeting of the intergovernmental conference to adopt a Global Compact for Safe, Orderly and Regular Migration began today in Puerto Vallarta, Mexico."),
			"El canciller Luis Videgaray lamentó la salida del gobierno de Estados Unidos del Pacto Global sobre Migración.",
			"En la reunión preparatoria hacia el Pacto Global para una Migración Segura, Ordenada y Regular en Puerto Vallarta, México, Videgaray señaló que México no cree en los muros.",
			"es", "Videgaray", "2017-12-04"},
		{"one language",
			article("reuters", "en", time.Date(2018, 7, 18, 0, 0, 0, 0, time.UTC),
				"A lead paragraph about the region's politics, with no date of its own in it.",
				"Hungary will quit the United Nations migration pact before its final approval, Foreign Minister Peter Szijjarto said on Wednesday."),
			"Budapest turns its back on the world's first agreement on migration, the minister confirms.",
			"Foreign Minister Peter Szijjarto said Hungary would quit the United Nations migration pact before its final approval by the members.",
			"en", "Budapest", "2018-07-18"},
	}
}

// What dates a lead is the page's news, not its background: a sentence
// past its first paragraphs, one naming another day, and a lead sharing
// nothing but the story's words with the telling (a notice the page
// opens with) leave the lead undated, as do two events pointed to
// equally.
func TestUndatedLeadNotDatedByBackground(t *testing.T) {
	meeting := article("release", "en", time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC),
		"PUERTO VALLARTA, Mexico, 4 December — The three-day preparatory stocktaking meeting of the intergovernmental conference to adopt a Global Compact for Safe, Orderly and Regular Migration began today in Puerto Vallarta, Mexico.")
	regret := article("xinhua", "en", time.Date(2017, 12, 3, 0, 0, 0, 0, time.UTC),
		"A lead paragraph with no date of its own, about the reactions at the United Nations.",
		"UN General Assembly President Miroslav Lajcak on Sunday expressed regret over a U.S. decision to withdraw from the global migration compact.")
	for _, tc := range []struct {
		name  string
		paras []string
	}{
		{"background", []string{"Slovakia will not support the United Nations pact on migrants, Prime Minister Peter Pellegrini said.",
			"The cabinet met in Bratislava.", "The pact was drafted in New York.",
			"Lajcak of Slovakia, the General Assembly president, regretted the U.S. decision to withdraw from the global migration compact in a statement."}},
		{"another day", []string{"The conference in Marrakech closed with the compact adopted by the member states.",
			"MARRAKECH, Morocco, 11 December — The two-day intergovernmental conference to adopt the Global Compact for Safe, Orderly and Regular Migration closed today in Marrakech, Morocco."}},
		{"a notice", []string{"Please note that this story may contain information that is no longer up to date.",
			"The three-day preparatory stocktaking meeting of the intergovernmental conference to adopt a Global Compact for Safe, Orderly and Regular Migration began in Puerto Vallarta, Mexico."}},
		{"two days", []string{"The week brought news for the global compact from two continents.",
			"The three-day preparatory stocktaking meeting of the intergovernmental conference to adopt a Global Compact for Safe, Orderly and Regular Migration began in Puerto Vallarta, Mexico. UN General Assembly President Miroslav Lajcak expressed regret over the U.S. decision to withdraw from the global migration compact."}},
	} {
		undated := article("undated", "en", time.Time{}, tc.paras...)
		for _, ev := range Build([]footnote.Article{meeting, regret, undated}).Events {
			if strings.Contains(ev.Text, tc.paras[0][:30]) {
				t.Errorf("%s: the lead was dated %s: %q", tc.name, ev.Date, ev.Text)
			}
		}
	}
}
