package timeline

import (
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
)

// A weekday the parser reads together with the function words after it
// ("Monday of a", "lundi d'une", "am Montag einer") is read alone, in
// every language: the sentence is an event of that day, where it was no
// event at all.
func TestWeekdayBeforeFunctionWordsIsRead(t *testing.T) {
	pub := time.Date(2017, 12, 6, 0, 0, 0, 0, time.UTC) // a Wednesday
	for _, tc := range []struct{ lang, sentence, word string }{
		{"en", "The U.S. announcement came just before the start Monday of a global conference on migration in Puerto Vallarta.", "announcement"},
		{"es", "El anuncio llegó justo antes del inicio el lunes de una conferencia mundial sobre migración en Puerto Vallarta.", "anuncio"},
		{"fr", "L'annonce est intervenue juste avant l'ouverture lundi d'une conférence mondiale sur les migrations à Puerto Vallarta.", "annonce"},
		{"de", "Die Ankündigung kam kurz vor dem Beginn am Montag einer globalen Konferenz über Migration in Puerto Vallarta.", "Ankündigung"},
		{"pt", "O anúncio veio pouco antes do início na segunda-feira de uma conferência global sobre migração em Puerto Vallarta.", "anúncio"},
	} {
		a := article("page-"+tc.lang, tc.lang, pub,
			"A first paragraph about the reactions of the governments, with no date in it at all.",
			tc.sentence)
		ev, ok := eventWith(Build([]footnote.Article{a}), tc.word)
		if !ok || ev.Date != "2017-12-04" {
			t.Errorf("%s: event %+v (found %v), want %q on 2017-12-04", tc.lang, ev, ok, tc.sentence)
		}
	}
}

// An undated page whose only weekday telling a dated event came after
// such a match is now anchored: the Voice of America's page dates its
// spokesman's "said Monday" by the conference the dated release opens.
func TestWeekdayBeforeFunctionWordsAnchorsUndatedPage(t *testing.T) {
	release := article("fp", "en", time.Date(2017, 12, 2, 0, 0, 0, 0, time.UTC),
		"President Donald Trump has decided to boycott a global conference on migration scheduled to begin Monday in Puerto Vallarta, Mexico.")
	voa := article("voa", "en", time.Time{},
		"Originally posted by the Voice of America.",
		"The United Nations regrets the decision, U.N. Spokesman Stephane Dujarric said Monday.",
		"The U.S. announcement came just before the start Monday of a global conference on migration in Puerto Vallarta, Mexico.")
	ev, ok := eventWith(Build([]footnote.Article{release, voa}), "Dujarric")
	if !ok || ev.Date != "2017-12-04" {
		t.Errorf("spokesman's event %+v (found %v), want it on 2017-12-04", ev, ok)
	}
}
