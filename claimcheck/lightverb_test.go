package claimcheck

import (
	"context"
	"testing"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// "made the decision to boycott" is checked as "decided to boycott", the
// verb the sentences write.
func TestLightVerbClaim(t *testing.T) {
	l := library{
		paras: map[string][]string{
			// 152-cfr-mirror-nationalist-colors ¶1 (first sentence).
			"cfr": {"On Friday, President Trump decided that the United States would boycott this week’s United Nations conference on migration in Puerto Vallarta, Mexico."},
			// 126-justiceforall-statement ¶1 (first sentence).
			"jfa": {"December 4, 2017: Yesterday, Secretary of State Rex Tillerson announced that the Trump administration is withdrawing from the Global Compact on Migration, claiming the pact would undermine the enforcement of U.S. immigration laws."},
			// 150-foreignpolicy-trump-boycotts ¶2 (first sentence).
			"fp": {"Trump made the decision on Friday — a day dominated by Senate negotiations on a landmark tax bill — and just days before the Mexican government is scheduled Monday to host a three-day meeting to take stock of negotiations on a pact."},
			// 242-breitbart-overrules ¶6.
			"bb": {"Trump made the pro-American decision on Friday, as Senators prepared to vote on the tax bill."},
		},
		langs: map[string]string{"cfr": "en", "jfa": "en", "fp": "en", "bb": "en"},
	}
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
	}{
		{"trump made the decision to boycott the conference on friday", Supported},
		{"trump made the decision to boycott the conference on saturday", Contradicted},
		// The verb is the act's, its doer still the claim's.
		{"haley made the decision to boycott the conference on friday", NotCovered},
		// A noun that is its verb makes an idiom: "made the call" is
		// no "called" (r9-20 of claims-r9, a wrong weekday, stays
		// contradicted).
		{"trump made the call to boycott the conference on saturday", Contradicted},
		{"yesterday tillerson made the announcement that the trump administration is withdrawing from the global compact", Supported},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
		}
	}
}

func TestActVerb(t *testing.T) {
	c, _ := newChecker(t)
	rel := c.relatedWords()
	ss := []sentence{{lang: "en"}, {lang: "en"}}
	ss[0].cite.Quote = "The State Department initially opposed the withdrawal, but Brian Hook recommended ditching the negotiations."
	ss[1].cite.Quote = "Hungary declared it would quit; the delegation decided to leave and called the UN."
	for noun, want := range map[string]string{"recommendation": "recommended", "decision": "decided", "statement": "", "call": ""} {
		if got := actVerb(noun, ss, rel); got != want {
			t.Errorf("actVerb(%q) = %q, want %q", noun, got, want)
		}
	}
}

// "decided" is checked as "made the decision" where the sentences write
// the act with a light verb; a verb of reporting, or a verb whose noun the
// sentences don't write, or write as another act, stays as it is.
func TestActNounClaim(t *testing.T) {
	l := library{
		paras: map[string][]string{
			// 150-foreignpolicy-trump-boycotts ¶2 (first sentence).
			"fp": {"Trump made the decision on Friday — a day dominated by Senate negotiations on a landmark tax bill — and just days before the Mexican government is scheduled Monday to host a three-day meeting to take stock of negotiations on a pact."},
			// 157-libertyonenews-breitbart-afp ¶14 (first sentence).
			"lo": {"President Trump’s Administration made the announcement to abolish any handling of migrant and refugee situations with the U.S. and the United Nations."},
		},
		langs: map[string]string{"fp": "en", "lo": "en"},
	}
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
	}{
		{"Trump decided on Friday", Supported},
		{"trump decided on monday", Contradicted},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
		}
	}
	rel := c.relatedWords
	ss := []sentence{sentenceOf(footnote.Citation{Quote: l.paras["fp"][0]}, text.English), sentenceOf(footnote.Citation{Quote: l.paras["lo"][0]}, text.English)}
	for claim, want := range map[string]string{
		"Trump decided on Friday":           "Trump made the decision on Friday",
		"the administration announced it":   "the administration announced it", // a verb of reporting stays
		"Trump declared on Friday":          "Trump declared on Friday",        // "decision" is no act of "declared"
		"Trump made the decision on Friday": "Trump made the decision on Friday",
		"Trump entschied am Freitag":        "Trump entschied am Freitag",
	} {
		if got := withActNouns(claim, text.English, ss, rel); got != want {
			t.Errorf("withActNouns(%q) = %q, want %q", claim, got, want)
		}
	}
}
