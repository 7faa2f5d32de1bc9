package timeline

import (
	"testing"
	"time"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// A date in a relative clause dates the clause's noun: the pronoun before
// it, in the same clause, in the coverage's languages; a clause's end, a
// conjunction or a cleft's pronoun stops it.
func TestInRelativeClause(t *testing.T) {
	for _, tc := range []struct {
		lang            text.Lang
		s, match        string
		in, restrictive bool
	}{
		{text.English, "Haley announced the US withdrawal from the agreement which was signed in September 2016.", "in September 2016", true, true},
		{text.Arabic, "أعلنت السفيرة عن انسحاب الولايات المتحدة من الاتفاق العالمي بشأن الهجرة الذي تم توقيعه في سبتمبر 2016.", "في سبتمبر 2016", true, true},
		{text.Spanish, "Estados Unidos abandona el pacto, cuyo proceso comenzó en septiembre de 2016, anunció la misión.", "en septiembre de 2016", true, false},
		{text.Portuguese, "O Brasil saiu do Pacto Global para a Migração, ao qual o país tinha aderido em dezembro.", "em dezembro", true, false},
		{text.German, "Die USA verlassen den Pakt, welcher im September 2016 beschlossen wurde.", "im September 2016", true, false},
		{text.English, "It was condemned by Amnesty International, which slammed it Sunday as a devastating abdication.", "Sunday", true, false},
		{text.English, "Mr Kurz, who took office last December, said on Wednesday that Austria would not sign.", "on Wednesday", false, false},
		{text.English, "The mission said that the US would leave the talks on Saturday.", "on Saturday", false, false},
		{text.French, "C'est la mission américaine qui en a fait l'annonce samedi.", "samedi", false, false},
	} {
		in, restrictive := inRelativeClause(tc.s, tc.match, tc.lang)
		if in != tc.in || restrictive != tc.restrictive {
			t.Errorf("inRelativeClause(%q, %q) = %v, %v; want %v, %v", tc.s, tc.match, in, restrictive, tc.in, tc.restrictive)
		}
	}
}

// A page's first sentence tells its news: the date of a relative clause in
// it is background, so the lead is news of the page's day, in English and
// in Spanish; a later sentence's relative clause still dates it ("Amnesty
// International, which slammed it Sunday"), and a lead's own date wins
// over its clause's.
func TestLeadNotDatedByItsRelativeClause(t *testing.T) {
	mon := time.Date(2017, 12, 4, 0, 0, 0, 0, time.UTC)
	arts := []footnote.Article{
		article("wire", "en", time.Date(2018, 11, 20, 0, 0, 0, 0, time.UTC),
			"Israel will not join the global compact for migration, which UN member states agreed in July 2018, Prime Minister Benjamin Netanyahu said.",
			"Netanyahu said Israel had a duty to protect its borders against illegal infiltrators."),
		article("diario", "es", time.Date(2018, 12, 9, 0, 0, 0, 0, time.UTC),
			"Chile no firmará el pacto migratorio de la ONU, cuyo texto fue acordado en julio de 2018, anunció el canciller Roberto Ampuero.",
			"El canciller dijo que el texto choca con las normas de Chile para tener una migración segura."),
		article("afp", "en", mon,
			"Lajcak, who regretted the decision in a statement on Sunday, stressed that migration demands a global response from every country.",
			"It was condemned by the rights group Amnesty International, which slammed it Sunday as a devastating abdication of responsibility."),
	}
	tl := Build(arts)
	for _, tc := range []struct {
		words []string
		date  string
	}{
		{[]string{"Israel will not join"}, "2018-11-20"},
		{[]string{"Chile no firmará"}, "2018-12-09"},
		{[]string{"Amnesty", "slammed"}, "2017-12-03"},
	} {
		if ev, ok := eventWith(tl, tc.words...); !ok || ev.Date != tc.date {
			t.Errorf("%v: %+v (found %v), want dated %s", tc.words, ev, ok, tc.date)
		}
	}
	for _, ev := range tl.Events {
		if ev.Date == "2018-07" {
			t.Errorf("a relative clause's July 2018 dates the lead: %+v", ev)
		}
	}
}

// A restrictive relative clause defines its noun: its date is no date of
// the sentence, in English and in Arabic, on any line of a page, where a
// clause after a comma may tell the story on (the Amnesty line above).
func TestRestrictiveClauseDatesNoSentence(t *testing.T) {
	arts := []footnote.Article{
		article("breitbart", "en", time.Date(2017, 12, 3, 0, 0, 0, 0, time.UTC),
			"President Donald Trump overruled objections by his United Nations ambassador when he directed the US to leave the compact.",
			"Ambassador Nikki Haley wanted the United States to stay in the pro-migration treaty which is being advanced by a multinational conference in Mexico on Monday, December 4."),
		article("italiya", "ar", time.Date(2017, 6, 1, 0, 0, 0, 0, time.UTC),
			"أعلنت السفيرة الأمريكية لدى هيئة الأمم المتحدة، نيكي هالي، أمس عن انسحاب الولايات المتحدة الأمريكية من الميثاق العالمي للهجرة.",
			"وأوضحت هالي أن بلادها لن تشارك في الاتفاق العالمي بشأن الهجرة الذي تم توقيعه في سبتمبر 2016 في نيويورك."),
	}
	tl := Build(arts)
	for _, words := range [][]string{{"wanted the United States to stay"}, {"وأوضحت"}} {
		if ev, ok := eventWith(tl, words...); ok {
			t.Errorf("%v: %+v, want no event (its date is its clause's noun's)", words, ev)
		}
	}
	if ev, ok := eventWith(tl, "overruled"); !ok || ev.Date != "2017-12-03" {
		t.Errorf("the lead: %+v (found %v), want dated 2017-12-03", ev, ok)
	}
}
