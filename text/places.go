package text

// placePrepositions introduce a place when a name follows them: "in
// Marrakech", "en Marrakech", "à Marrakech", "in Marrakesch", "em
// Marrakech", "at the UN headquarters". A closed class, in the languages
// of the coverage written in the Latin alphabet. "from" is left out: it
// introduces a source as often as a place ("a statement from Haley").
var placePrepositions = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true,
	"en": true, "a": true, "à": true, "au": true, "aux": true, "em": true, "im": true, "nel": true, "nella": true,
}

// IntroducesPlace reports whether the lowercase word introduces a place
// when a name follows it ("in", "en", "à", "im"). "a" counts only before
// a name, so an English article before a common noun is not taken for
// one: the caller asks only of the word before a name.
func IntroducesPlace(word string) bool { return placePrepositions[word] }
