package claimcheck

import "testing"

// TestDeniedInTheClaimsClause: a sentence that denies, in the clause that
// holds the claim's words, what the claim affirms does not support it: a
// word a negating prefix turns around ("inconsistent" against "in line
// with", on the FP article and the Conservative Papers copy of Haley's
// statement, the speaker told between commas), and a staying verb with
// "out" leaves ("stayed out of the process" against "participated in the
// process"). Each false claim was supported on main. A negation in an
// aside ("illegal immigration"), in another clause ("but Hungary will not
// take part …") or a word the claim says itself leaves the true claims
// supported.
func TestDeniedInTheClaimsClause(t *testing.T) {
	c := checkerOnFiles(t, "../testdata/articles/trump-boycotts-un-migration-talks.md", "../testdata/coverage/140-conservativepapers-http.md",
		"../testdata/articles/078-reuters-in-hungary-quit.md")
	checkCited(t, c, []citedCase{
		{"the us mission said the new york declaration was fully in line with trumps immigration principles", NotCovered, ""},
		{"the us mission said the new york declaration contained numerous provisions inconsistent with trumps immigration principles", Supported, "trump-boycotts-un-migration-talks"},
		{"haley said the new york declaration is in line with us immigration policies", NotCovered, ""},
		{"haley said the new york declaration contains numerous provisions inconsistent with us immigration policies", Supported, "140-conservativepapers-http"},
		{"haley argued the us would have more influence on the outcome if it stayed out of the process", NotCovered, ""},
		{"john kelly and jeff sessions backed pulling out of the talks", Supported, "trump-boycotts-un-migration-talks"},
		{"hungary also said it would oppose the pact if it came to a vote in the general assembly", Supported, "078-reuters-in-hungary-quit"},
	})
}

// TestMainNegated: the clause of a sentence that holds most of a claim's
// words negates it by a word of negation or a prefixed word the claim
// lacks; asides, other clauses, a vote's quoted “no” and the claim's own
// prefixed word do not.
func TestMainNegated(t *testing.T) {
	for _, tc := range []struct {
		claim, quote string
		want         bool
	}{
		{"the us told the un second committee it is bound by the commitments of the migration compact",
			"The US ambassador to the UN, Nikki Hayley, informed the UN secretary general, Antonio Guterres, at the weekend that Donald Trump was not willing to continue with an American commitment to the UN global compact on migration.", true},
		{"the us mission said the new york declaration was fully in line with trumps immigration principles",
			"In a separate statement, the U.S. mission to the United Nations noted that the “New York declaration contained numerous provisions that are inconsistent with U.S. immigration and refugee policies and the Trump administration’s immigration principles.", true},
		{"the us mission said the new york declaration was inconsistent with trumps immigration principles",
			"In a separate statement, the U.S. mission to the United Nations noted that the “New York declaration contained numerous provisions that are inconsistent with U.S. immigration and refugee policies and the Trump administration’s immigration principles.", false},
		{"the migration pact was meant to improve how countries deal with migrant and refugee crises",
			"The United States has withdrawn from a United Nations pact to improve the handling of migrant and refugee situations, deeming it inconsistent” with its policies.", false},
		{"john kelly and jeff sessions backed pulling out of the talks",
			"White House Chief of Staff John Kelly, who previously led the Department of Homeland Security’s crackdown on illegal immigration, and Attorney General Jeff Sessions strongly backed a pullout, according to diplomatic sources familiar with the deliberations.", false},
		{"the general assembly endorsed the compact by a vote of 152 to 5",
			"The General Assembly resolution endorsing the compact was approved by a vote of 152-5 with Israel, the Czech Republic and Poland also voting “no” and 12 countries abstaining.", false},
		{"hungary also said it would oppose the pact if it came to a vote in the general assembly",
			"The accord is to be formally adopted in December, but Hungary will not take part at the Morocco meeting, Szijjarto said, adding that the country would also oppose the pact should it come up for a vote in the General Assembly.", false},
		{"the compact is binding", "The compact is non-binding, the UN said.", false},
		{"the un wants to stop people smuggling across borders",
			"The compact represents a U.N.-led effort to crack down on the often dangerous and illegal movements of people across borders that have turned human smuggling into a worldwide industry.", false},
		{"the declaration is compatible with us sovereignty", "The global approach in the declaration is simply incompatible with US sovereignty.", true},
	} {
		if got := mainNegated(tc.claim, tc.quote); got != tc.want {
			t.Errorf("mainNegated(%q, %q) = %v, want %v", tc.claim, tc.quote, got, tc.want)
		}
	}
}
