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

// TestIsPlace: a country or a capital written out is a place, in any
// case; initials, a city that is no capital and everyday words are not.
func TestIsPlace(t *testing.T) {
	g := New()
	for name, want := range map[string]bool{
		"china": true, "Beijing": true, "united states": true, "Hungary": true, "budapest": true,
		"us": false, "US": false, "Marrakech": false, "talks": false, "pact": false,
	} {
		if got := g.IsPlace(name); got != want {
			t.Errorf("IsPlace(%q) = %v, want %v", name, got, want)
		}
	}
}
