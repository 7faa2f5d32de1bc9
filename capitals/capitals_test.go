package capitals

import "testing"

// TestCountryOf: a capital stands for its country, in any case and with
// or without accents; a city that is no capital, and a capital that is
// its country's name, stand for none.
func TestCountryOf(t *testing.T) {
	g := New()
	for city, want := range map[string]string{
		"Washington": "United States",
		"budapest":   "Hungary",
		"Rome":       "Italy",
		"Rabat":      "Morocco",
		"Bogotá":     "Colombia",
		"Marrakech":  "",
		"Luxembourg": "",
		"Tuesday":    "",
	} {
		got, ok := g.CountryOf(city)
		if got != want || ok != (want != "") {
			t.Errorf("CountryOf(%q) = %q, %v; want %q", city, got, ok, want)
		}
	}
}

// TestCapitalOf: a country named by its name or its initials, dotted or
// not, has its capital; another name has none.
func TestCapitalOf(t *testing.T) {
	g := New()
	for name, want := range map[string]string{
		"United States":  "Washington",
		"US":             "Washington",
		"U.S.":           "Washington",
		"UK":             "London",
		"Hungary":        "Budapest",
		"Marrakech":      "",
		"United Nations": "",
	} {
		got, ok := g.CapitalOf(name)
		if got != want || ok != (want != "") {
			t.Errorf("CapitalOf(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}
