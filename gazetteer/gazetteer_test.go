package gazetteer

import (
	"slices"
	"testing"
)

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

// TestCountriesIn: a country named in any language of the coverage, with
// or without its accents, is found, with the words that name it; a text
// naming none finds none.
func TestCountriesIn(t *testing.T) {
	g := New()
	for _, tc := range []struct{ s, code, word string }{
		{"On what day did the United States leave the talks?", "US", "states"},
		{"¿Cuándo anunció Estados Unidos su retiro?", "US", "unidos"},
		{"Quel jour les États-Unis ont-ils annoncé leur retrait ?", "US", "etats"},
		{"Quel jour les Etats-Unis ont-ils annoncé leur retrait ?", "US", "etats"},
		{"Wann hat Österreich den Pakt abgelehnt?", "AT", "osterreich"},
		{"Who said Chile would not sign?", "CL", "chile"},
	} {
		got, words := g.CountriesIn(tc.s)
		if !slices.Contains(got, tc.code) || !words[tc.word] {
			t.Errorf("CountriesIn(%q) = %v, %v; want %s named by %q", tc.s, got, words, tc.code, tc.word)
		}
	}
	if got, words := g.CountriesIn("How many countries backed the compact at the Marrakech conference?"); len(got) != 0 || words != nil {
		t.Errorf("countries found in a text naming none: %v %v", got, words)
	}
	if names := g.NamesOf("DE"); !slices.Contains(names, "Germany") || !slices.Contains(names, "Deutschland") || !slices.Contains(names, "Allemagne") {
		t.Errorf("NamesOf(DE) = %v", names)
	}
}

// TestCountryLanguage: a country's most likely language is CLDR's, by
// its English name, and its English names are CLDR's and ISO's short one.
func TestCountryLanguage(t *testing.T) {
	want := map[string][2]string{"PL": {"Polish", "Poland"}, "IT": {"Italian", "Italy"}, "AT": {"German", "Austria"}, "IR": {"Persian", "Iran"}}
	seen := 0
	for _, c := range Countries() {
		w, ok := want[c.Region]
		if !ok {
			continue
		}
		seen++
		if c.Language != w[0] || c.Name != w[1] {
			t.Errorf("%s: language %q, name %q; want %q, %q", c.Region, c.Language, c.Name, w[0], w[1])
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of %d countries", seen, len(want))
	}
}
