package text

// scales are, by language, the folded words of a number's scale that
// multiply the number before them ("65 millones", "22.5 million", "3
// Mrd"): a closed class of each grammar, for the coverage's languages
// written in Latin letters. A word may be a scale in one language and
// another word in the next (Spanish "miles", thousands, is English
// "miles"), so a word is read in its text's language when that is known.
var scales = map[Lang]map[string]float64{
	English:    {"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9},
	Spanish:    {"mil": 1e3, "miles": 1e3, "millon": 1e6, "millones": 1e6, "millardo": 1e9, "millardos": 1e9},
	Portuguese: {"mil": 1e3, "milhao": 1e6, "milhoes": 1e6, "bilhao": 1e9, "bilhoes": 1e9},
	French:     {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9},
	German:     {"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9},
	Italian:    {"mille": 1e3, "mila": 1e3, "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9},
	"nl":       {"duizend": 1e3, "miljoen": 1e6, "miljoenen": 1e6, "miljard": 1e9, "miljarden": 1e9},
	"da":       {"tusind": 1e3, "million": 1e6, "millioner": 1e6, "milliard": 1e9, "milliarder": 1e9},
	"ca":       {"mil": 1e3, "milio": 1e6, "milions": 1e6, "miliard": 1e9, "miliards": 1e9},
}

// anyScale holds every language's scales, for text whose language is not
// known. Where two languages disagree the larger scale is kept; none do
// among the words above.
var anyScale = func() map[string]float64 {
	out := map[string]float64{}
	for _, ws := range scales {
		for w, v := range ws {
			out[w] = max(out[w], v)
		}
	}
	return out
}()

// Scale returns what folded word w multiplies the number before it by in
// language lang (1e6 for "millones" in Spanish), in any of the languages
// above when lang is Unknown or has none; false when w is no scale there.
func Scale(lang Lang, w string) (float64, bool) {
	ws, ok := scales[lang]
	if !ok {
		ws = anyScale
	}
	v, ok := ws[w]
	return v, ok
}
