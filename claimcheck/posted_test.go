package claimcheck

import (
	"context"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// postedLibrary is three short articles whose sentences a claim posted
// carelessly could be mistaken for.
func postedLibrary() library {
	return library{
		paras: map[string][]string{
			"arbour": {
				"The negotiations took place over about a six-month period, and this led to, on 13 July, an agreement, a formal agreement on the text.",
				"After the text is agreed upon, it has to be adopted, formally adopted, at an inter-governmental conference, and this one will take place as you know on 10 and 11 December in Marrakesh.",
			},
			"conte": {"The Global Compact on Migration is a document that deals with themes strongly felt by citizens: we deem appropriate to bring the debate to the Parliament and to subordinate the final decisions to the outcome of such a discussion."},
			"reuters": {
				"Slovakia will not support this United Nations pact under any circumstances and will not agree with it, Prime Minister Peter Pellegrini told reporters in Brussels.",
				"U.N. member states voted 152-5 to endorse the Global Compact for Migration.",
			},
			"dutton": {"Peter Dutton vows he will not sign a major UN agreement on migration “in its current form” despite the fact Australia helped negotiate the deal.",
				"Home Affairs Minister Peter Dutton has declared the Australian government will not be signing up to a major United Nations agreement on migration “in its current form” despite the fact Australia helped negotiate the deal."},
			"ap": {"BRUSSELS – The Belgian government is about to collapse after Prime Minister Charles Michel submitted the migration pact to Parliament for approval against the wishes of the coalition's biggest partner."},
		},
		langs: map[string]string{"arbour": "en", "conte": "en", "reuters": "en", "dutton": "en", "ap": "en"},
	}
}

func TestCheckPostedClaims(t *testing.T) {
	l := postedLibrary()
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
	}{
		// A negation typed without its apostrophe is still one.
		{"pellegrini said slovakia wont support the un pact under any circumstances", Supported},
		{"pellegrini said slovakia will support the un pact", Contradicted},
		// A negated claim that the post-check takes for the opposite
		// of a negated sentence is still compared word for word.
		{"dutton says australia won't sign the un migration deal in its current form", Supported},
		// A month after "in" dates the claim: a sentence of no month
		// ("final decisions") does not support it.
		{"the migration compact was finalized in march", NotCovered},
		// The day of a later clause ("will take place … on 10 and 11
		// December") is another event's.
		{"the text was agreed on 13 july", Supported},
		// A country the coverage never names: not covered, though a
		// sentence on another prime minister and the pact is near.
		{"sweden's prime minister backed out of the migration pact", NotCovered},
		// What a negated claim denies must be affirmed about the same
		// thing: a vote of the member states says nothing of what the
		// US told a committee.
		{"the US told the UN second committee it will not endorse the compact", NotCovered},
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

func TestClaimLanguage(t *testing.T) {
	d := text.NewDetector()
	for _, tc := range []struct {
		claim string
		want  text.Lang
	}{
		// Short, in lower case, without function words: the trigrams
		// guess another language.
		{"juncker called austrias move unacceptable", text.English},
		{"austria hosts something like 50 un institutions", text.English},
		{"L'Estonie a refusé de signer le pacte", text.French},
		{"el canciller ampuero dijo que el texto choca con las normas de chile", text.Spanish},
		{"Österreich hat 2019 ein Referendum über den Pakt abgehalten", text.German},
	} {
		if got := claimLanguage(d, tc.claim); got != tc.want {
			t.Errorf("claimLanguage(%q) = %s, want %s", tc.claim, got, tc.want)
		}
	}
}

func TestCheckMonths(t *testing.T) {
	l := library{
		paras: map[string][]string{
			"ap":  {"The Global Compact for Migration, which isn't legally binding, was finalized under U.N. auspices in July."},
			"afp": {"The United States quit talks on the pact last December, Hungary rejected it in July and Austria followed suit on Wednesday."},
			"reu": {"While the US dropped out in December, the government of Hungary announced last week the country would also quit the pact."},
		},
		langs: map[string]string{"ap": "en", "afp": "en", "reu": "en"},
	}
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
	}{
		{"the migration compact was finalized in july", Supported},
		{"the migration compact was finalized in march", Contradicted},
		// A sentence that dates two events: the month of the other
		// one, in another clause or next to other words, is not the
		// claim's.
		{"hungary rejected the pact in july", Supported},
		{"hungary rejected the pact in may", Contradicted},
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
