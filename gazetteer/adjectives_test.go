package gazetteer

import "testing"

// TestCountryOfAdjective: a country's adjective, in the coverage's
// languages, as written or inflected, names the country; a word that only
// begins like a country's name or adjective names none.
func TestCountryOfAdjective(t *testing.T) {
	g := New()
	for w, want := range map[string]string{
		"slovaque": "SK", "Slovak": "SK", "italià": "IT", "italiano": "IT", "italiana": "IT", "Italian": "IT",
		"italienische": "IT", "polaco": "PL", "Polish": "PL", "húngaro": "HU", "Hungarian": "HU", "alemán": "DE",
		"Austrian": "AT", "Australian": "AU", "chileno": "CL",
	} {
		if got, ok := g.CountryOfAdjective(w); !ok || got != want {
			t.Errorf("CountryOfAdjective(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
	for _, w := range []string{"Francis", "George", "government", "minister", "policy", "internal", "English", "romano", "migration"} {
		if got, ok := g.CountryOfAdjective(w); ok {
			t.Errorf("CountryOfAdjective(%q) = %q, want none", w, got)
		}
	}
}
