package relatedness

import (
	"slices"
	"strings"
)

// irregularVerbs are the English verbs whose past forms no ending makes
// ("met" of "meet", "led" of "lead"): each line the base form, then its
// past tense and past participle where they differ from it. A closed class
// of English; the common ones of news writing. Auxiliaries and the verbs of
// saying, which questions use without asking about them, are left out.
const irregularVerbs = `
arise arose arisen
bear bore borne
beat beaten
become became
begin began begun
bind bound
bite bit bitten
blow blew blown
break broke broken
bring brought
build built
buy bought
catch caught
choose chose chosen
come came
creep crept
deal dealt
dig dug
draw drew drawn
drive drove driven
feed fed
feel felt
fight fought
find found
flee fled
fly flew flown
forbid forbade forbidden
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone
grow grew grown
hang hung
hear heard
hide hid hidden
hold held
keep kept
know knew known
lay laid
lead led
leave left
lend lent
lose lost
make made
mean meant
meet met
overcome overcame
override overrode overridden
pay paid
ride rode ridden
ring rang rung
rise rose risen
run ran
see saw seen
seek sought
sell sold
send sent
shake shook shaken
shoot shot
show shown
sing sang sung
sink sank sunk
sit sat
sleep slept
speak spoke spoken
spend spent
stand stood
steal stole stolen
stick stuck
strike struck
swear swore sworn
take took taken
teach taught
tear tore torn
think thought
throw threw thrown
understand understood
undertake undertook undertaken
uphold upheld
wake woke woken
wear wore worn
win won
withdraw withdrew withdrawn
withhold withheld
write wrote written
`

// irregularForms maps each form of an irregular verb to its other forms,
// read once from irregularVerbs; never changed.
var irregularForms = func() map[string][]string {
	out := map[string][]string{}
	for line := range strings.Lines(irregularVerbs) {
		forms := strings.Fields(line)
		for i, f := range forms {
			others := make([]string, 0, len(forms)-1)
			others = append(others, forms[:i]...)
			out[f] = append(others, forms[i+1:]...)
		}
	}
	return out
}()

// IrregularForms returns the other forms of the irregular verb word is a
// form of ("meet" → "met"; "led" → "lead"), or nil.
func IrregularForms(word string) []string { return irregularForms[word] }

// VerbForms returns the other forms of the irregular verb word is a form
// of, read through its regular ending too ("leaving" → "left", "meets" →
// "met"); nil for another word.
func VerbForms(word string) []string {
	if out := IrregularForms(word); out != nil {
		return out
	}
	for _, in := range inflections {
		if stem, ok := strings.CutSuffix(word, in[0]); ok && len(stem)+len(in[1]) >= minBaseLen {
			if out := IrregularForms(stem + in[1]); out != nil {
				return slices.Concat(out, []string{stem + in[1]})
			}
		}
	}
	return nil
}

// irregularPast holds the past tenses and participles of irregularVerbs
// (the forms after a line's first), read once; never changed.
var irregularPast = func() map[string]bool {
	out := map[string]bool{}
	for line := range strings.Lines(irregularVerbs) {
		forms := strings.Fields(line)
		for _, f := range forms[min(1, len(forms)):] {
			if f != forms[0] {
				out[f] = true
			}
		}
	}
	return out
}()

// IrregularPast reports whether word is the past tense or past participle
// of an irregular verb ("began", "held", "made"), not its base form.
func IrregularPast(word string) bool { return irregularPast[word] }
