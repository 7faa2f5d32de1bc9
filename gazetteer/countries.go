package gazetteer

import (
	"slices"
	"strings"
	"sync"

	"github.com/biter777/countries"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Country is what the gazetteer knows of one country or territory of ISO
// 3166-1: its names (github.com/biter777/countries, BSD-2-Clause; and
// CLDR's, the Unicode Common Locale Data Repository shipped in
// golang.org/x/text), its capital and its most likely language.
type Country struct {
	// Region is the ISO 3166-1 alpha-2 code ("US").
	Region string
	// Alpha3 is its ISO 3166-1 alpha-3 code ("USA"), "" when it has no
	// region code.
	Alpha3 string
	// Name is its short English name ("United States"; "Iran" for "Iran
	// (Islamic Republic of)").
	Name string
	// Capital is its capital ("Washington"), "" when unknown.
	Capital string
	// IsCountry is false for a grouping of regions, which CLDR does not
	// name as a country.
	IsCountry bool
	// Names are its names as written in each language of NameLanguages
	// that names it, distinct, English first when CLDR has one.
	Names []string
	// EnglishName is CLDR's English name ("United States"), "" when none.
	EnglishName string
	// Language is the English name of its most likely language by CLDR's
	// likely subtags ("Polish" for Poland, "Norwegian Bokmål" for
	// Norway), "" when CLDR knows none.
	Language string
}

// NameLanguages are the languages whose names of the countries are read:
// those of the coverage pages (the importer's languages and the others
// its pages are written in). Each adds some 250 names to look up; a
// language not here names no country.
var NameLanguages = []string{"en", "es", "de", "fr", "pt", "it", "nl", "da", "ca", "ru", "ja", "zh", "ko", "tr", "ar", "bg"}

// Countries returns every country and territory of ISO 3166-1. The list
// is read from the data once, on first use, and shared: it never changes.
func Countries() []Country { return theCountries() }

var theCountries = sync.OnceValue(func() []Country {
	namers := make([]display.Namer, 0, len(NameLanguages))
	for _, l := range NameLanguages {
		namers = append(namers, display.Regions(language.MustParse(l)))
	}
	langs := display.English.Languages()
	var out []Country
	for _, c := range countries.All() {
		k := Country{Name: shortName(c.String())}
		if cp := c.Capital(); cp != countries.CapitalUnknown && cp.String() != "None" {
			k.Capital = cp.String()
		}
		r, err := language.ParseRegion(c.Alpha2())
		if err == nil {
			k.Region, k.IsCountry, k.Alpha3 = r.String(), r.IsCountry(), c.Alpha3()
			k.EnglishName = display.English.Regions().Name(r)
			for _, n := range namers {
				if name := n.Name(r); name != "" && !slices.Contains(k.Names, name) {
					k.Names = append(k.Names, name)
				}
			}
			if b, ok := likelyBase(r); ok {
				k.Language = langs.Name(b)
			}
		}
		out = append(out, k)
	}
	return out
})

// likelyBase returns the most likely language of region ("PL" → Polish),
// by CLDR's likely subtags; false when CLDR does not know one.
func likelyBase(region language.Region) (language.Base, bool) {
	t, err := language.Compose(language.Und, region)
	if err != nil {
		return language.Base{}, false
	}
	b, conf := t.Base()
	return b, conf != language.No && b.String() != "und"
}

// shortName drops the bracketed part of a formal name ("Iran (Islamic
// Republic of)" → "Iran").
func shortName(name string) string {
	if i := strings.Index(name, " ("); i > 0 {
		return name[:i]
	}
	return name
}
