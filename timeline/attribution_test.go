package timeline

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
)

// A long quotation's summary keeps who said it, in English and German
// quotation marks; a long sentence that quotes nobody is cut at its end
// as before.
func TestLongQuoteSummaryKeepsItsSpeaker(t *testing.T) {
	pub := time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		lang, sentence, keep string
	}{
		{"en", "“This should not disrupt the clear, unanimous outcome of the New York Declaration for such a global compact -- which will be non-legally binding, grounded in international cooperation and respectful of national interests,” U.N. Spokesman Stephane Dujarric said Monday.",
			"” U.N. Spokesman Stephane Dujarric said Monday."},
		{"de", "„Wir bedauern die Entscheidung der Vereinigten Staaten, sich aus den Verhandlungen über den globalen Pakt zurückzuziehen, denn Migration ist ein globales Phänomen, das eine globale Antwort erfordert, und der Multilateralismus bleibt der beste Weg“, sagte der Präsident der Generalversammlung am Montag.",
			"“, sagte der Präsident der Generalversammlung am Montag."},
	} {
		a := article("page-"+tc.lang, tc.lang, pub, "A first paragraph about the reactions of the governments, with no date in it at all.", tc.sentence)
		tl := Build([]footnote.Article{a})
		var got string
		for _, ev := range tl.Events {
			if strings.HasPrefix(tc.sentence, strings.TrimSuffix(strings.SplitN(ev.Text, "…", 2)[0], "…")) && ev.Citations[0].Quote == tc.sentence {
				got = ev.Text
			}
		}
		if !strings.HasSuffix(got, tc.keep) || !strings.Contains(got, "…") || utf8.RuneCountInString(got) > maxSummaryRunes {
			t.Errorf("%s: summary %q, want it cut inside the quotation, ending %q, within %d runes", tc.lang, got, tc.keep, maxSummaryRunes)
		}
	}
	plain := "The United States said it was ending its participation in the negotiations on the compact because numerous provisions were inconsistent with its immigration and refugee policies and with the principles of the administration of President Donald Trump."
	if got := shorten(plain); !strings.HasSuffix(got, "…") || !strings.HasPrefix(plain, strings.TrimSuffix(got, "…")) {
		t.Errorf("plain sentence cut as %q, want its first %d runes", got, maxSummaryRunes)
	}
}
