package answer

import (
	"strings"
	"testing"
)

// TestAskedAttribute: the head noun of the attribute a question asks of
// what it names, in its shapes and surface forms; none where the noun
// phrase is the subject of another predicate, or a class noun with a kind
// of its own says what kind of name is asked for.
func TestAskedAttribute(t *testing.T) {
	for q, want := range map[string]string{
		"what is the population of morocco":                    "population",
		"WHAT IS THE POPULATION OF MOROCCO":                    "population",
		"whats the population of morocco":                      "population",
		"what’s morocco’s population":                          "population",
		"who is poland's president":                            "president",
		"what was kelly's old job":                             "job",
		"what party is jeff sessions in":                       "party",
		"What role did Brian Hook have?":                       "role",
		"what was the US's UN team up to over the weekend":     "",
		"Who is the U.S. ambassador to the United Nations?":    "",
		"which city in morocco hosts the meeting":              "",
		"what department did kelly lead":                       "",
		"when did austria withdraw":                            "",
		"who stood in for tillerson":                           "",
		"how many objectives does the compact have":            "",
		"what did the polish government say about the compact": "",
	} {
		if got := askedAttribute(q); got != want {
			t.Errorf("askedAttribute(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestAttributeAbsentRefused: a question asking a fact of an entity the
// articles name is refused when the sentence naming the entity does not
// give it (on the Foreign Policy, AP and Reuters articles), and answered
// where it does, by the word itself, by a title, or by a question whose
// possessive phrase is not what is asked.
func TestAttributeAbsentRefused(t *testing.T) {
	e, _ := newExtractive(t)
	ask := asker(t, e)
	for _, q := range []string{
		"what is the population of morocco", // Reuters: "the Morocco meeting"
		"What is the population of Mexico?", // FP: "Puerto Vallarta, Mexico"
		"who is poland's president",         // AP: "Poland’s government"
		"what party is jeff sessions in",    // FP: "Attorney General Jeff Sessions"
		"how old is barack obama",           // AP: "all 193 U.N. member states"
	} {
		if a := ask(q); !a.Refused {
			t.Errorf("%q answered: %s", q, a.Text)
		}
	}
	for q, want := range map[string]string{
		"who is the us secretary of state":                 "Secretary of State Rex Tillerson",
		"What is Stephen Miller's job?":                    "policy advisor",
		"how old is the white house policy adviser":        "32-year-old",
		"what was the US's UN team up to over the weekend": "U.S. mission",
	} {
		if a := ask(q); a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%q: want %q in %s", q, want, a.Text)
		}
	}
}

// TestHoldsAge: an age is a number of years "old", or a number after
// "aged" or "age"; other numbers are none.
func TestHoldsAge(t *testing.T) {
	for s, want := range map[string]bool{
		"Stephen Miller, the 32-year-old senior White House policy advisor": true,
		"The boy is two years old.":                                         true,
		"She died aged 71.":                                                 true,
		"He retired at the age of 65.":                                      true,
		"all 193 U.N. member states in September 2016":                      false,
		"a three-day meeting":                                               false,
	} {
		if got := holdsAge(s); got != want {
			t.Errorf("holdsAge(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDatelinePlace: a city the articles name only in a dateline, in
// capitals ("BUDAPEST (Reuters) -", "WARSAW, Poland (AP) —"), is a name
// of the question: its answer must name it, so a count of people living
// there is not answered with a count of displaced people of another
// article, and what happened there is answered from that article.
func TestDatelinePlace(t *testing.T) {
	e, _ := newExtractive(t)
	ask := asker(t, e)
	if a := ask("how many people live in budapest"); !a.Refused {
		t.Errorf("answered: %s", a.Text)
	}
	for q, want := range map[string]string{
		"what happened in budapest":             "Hungary will quit",
		"what did the government say in warsaw": "will not support",
	} {
		if a := ask(q); a.Refused || !strings.Contains(a.Text, want) {
			t.Errorf("%q: want %q in %s", q, want, a.Text)
		}
	}
}
