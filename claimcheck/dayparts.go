package claimcheck

import "strings"

// dayParts are the folded words that tell the time of a day or where in
// it ("late on Thursday evening", "samedi soir", "el sábado por la
// noche", "am Samstagabend" aside), in the languages of the coverage: a
// closed class. Next to a day they are part of the date, and part it
// from the claim's word no more than a number does ("resigned late on
// Thursday evening" dates the resigning). Words that are also common
// words of another language of the coverage ("sera", "will be" in French
// and Spanish; "tot", "dead" in German) are left out.
var dayParts = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`morning afternoon evening night late early
		manana tarde noche madrugada temprano
		morgens vormittag nachmittag abend abends nacht nachts spat spaet fruh frueh
		matin soir soiree nuit tard
		manha noite
		mattina pomeriggio notte tardi`) {
		dayParts[w] = true
	}
}
