package relatedness

// framingPast maps the past forms of the English verbs of decision and
// intention to their base forms: a closed class of verbs that frame the
// act they govern ("wanted to leave", "decided to end"). "Opted" is left
// out: "opted out" tells the act itself.
var framingPast = map[string]string{
	"decided": "decide", "wanted": "want", "aimed": "aim", "sought": "seek", "planned": "plan",
	"intended": "intend", "hoped": "hope", "tried": "try", "wished": "wish",
}

// FramingPast reports whether the lowercase English word is the past form
// of a verb of decision or intention ("decided", "sought"); it returns
// the verb's base form.
func FramingPast(w string) (base string, ok bool) {
	base, ok = framingPast[w]
	return base, ok
}

// IsFraming reports whether the lowercase English word is a form of a
// verb of decision or intention: its past, its base or its third person
// ("decided", "decide", "decides").
func IsFraming(w string) bool {
	if _, ok := framingPast[w]; ok {
		return true
	}
	for _, base := range framingPast {
		if w == base || w == base+"s" {
			return true
		}
	}
	return false
}
