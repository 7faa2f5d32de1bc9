package answer

import "testing"

// TestCloseQuote: a sentence cut from a quotation that runs over several
// sentences is shown with its quotation closed (or opened, for the one
// that ends it), in the marks of its language; a sentence whose marks pair
// up, or with none, is shown as written.
func TestCloseQuote(t *testing.T) {
	for in, want := range map[string]string{
		"the U.S. mission noted that the “New York declaration contained numerous provisions.":         "the U.S. mission noted that the “New York declaration contained numerous provisions.”",
		"As a result, President Trump determined that the United States would end its participation.”": "“As a result, President Trump determined that the United States would end its participation.”",
		"Der Pakt sei „ein Fehler.":                       "Der Pakt sei „ein Fehler.“",
		"Das sei falsch“, sagte Kurz.":                    "„Das sei falsch“, sagte Kurz.",
		"Le pacte est « un texte non contraignant.":       "Le pacte est « un texte non contraignant.\u00a0»",
		"Haley said: “We will decide.” Then she left.":    "Haley said: “We will decide.” Then she left.",
		"Er sagte: „Wir lehnen ab“ und ging.":             "Er sagte: „Wir lehnen ab“ und ging.",
		"The compact was adopted in Marrakech on Monday.": "The compact was adopted in Marrakech on Monday.",
		`He said "no" twice.`:                             `He said "no" twice.`,
		"« Non », a dit Orbán, “no way.":                  "« Non », a dit Orbán, “no way.”",
	} {
		if got := closeQuote(in); got != want {
			t.Errorf("closeQuote(%q)\n= %q\nwant %q", in, got, want)
		}
	}
}
