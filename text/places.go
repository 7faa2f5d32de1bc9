package text

// placePrepositions introduce a place when a name follows them: "in
// Marrakech", "en Marrakech", "à Marrakech", "in Marrakesch", "em
// Marrakech", "at the UN headquarters". A closed class, by language.
// "from" is left out: it introduces a source as often as a place ("a
// statement from Haley"); so is English "a" (an article before a name
// in English: "a Reuters report").
var placePrepositions = map[Lang]map[string]bool{
	English:    {"in": true, "at": true, "near": true, "outside": true, "inside": true},
	Spanish:    {"en": true, "a": true},
	French:     {"en": true, "à": true, "au": true, "aux": true},
	German:     {"in": true, "im": true},
	Italian:    {"in": true, "a": true, "nel": true, "nella": true},
	Portuguese: {"em": true},
}

// IntroducesPlace reports whether the lowercase word introduces a place
// in language lang when a name follows it ("in", "en", "à", "im").
func IntroducesPlace(lang Lang, word string) bool { return placePrepositions[lang][word] }
