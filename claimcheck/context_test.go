package claimcheck

import (
	"context"
	"testing"
)

// contextLibrary is articles whose sentences leave to their headline, or
// to a sentence after them, what the claim names.
func contextLibrary() library {
	return library{
		paras: map[string][]string{
			"9news": {
				"Scott Morrison is following in Donald Trump's footsteps by refusing to sign a non-binding migration agreement which Australia helped draft.",
				"The US, Israel, Austria, the Czech Republic, Poland, Croatia, Hungary and Bulgaria have also refused to sign the agreement.",
			},
			"viapais": {"El canciller de Chile, Roberto Ampuero, afirmó que el gobierno de Sebastián Piñera no firmará el Pacto Migratorio de Naciones Unidas porque el texto \"choca\" con las normas del país."},
			"blog":    {"“I instructed the Foreign Ministry to announce that Israel won’t participate [in the Marrakech gathering] and won’t sign the migration pact,” Netanyahu said in a statement to the press."},
			"cadena": {
				"El canciller Luis Videgaray lamentó la salida del gobierno de Estados Unidos del Pacto Global sobre Migración, según dijo en Puerto Vallarta.",
				"“Son cerca de 12 millones de mexicanos los que viven en Estados Unidos y nuestra relación es intensa no solamente en materia comercial, sino también en materia migratoria”, mencionó.",
			},
			"express": {"Austria, current holder of the EU’s rotating presidency, accepted one per cent of its population in asylum seekers during the 2015 migrant crisis."},
		},
		langs: map[string]string{"9news": "en", "viapais": "es", "blog": "en", "cadena": "es", "express": "en"},
		heads: map[string]string{
			"9news":   "Morrison to shun UN compact on migration",
			"viapais": "Chile se retira del Pacto Mundial para la Migración de la ONU",
		},
	}
}

// notSupported is the want of a false claim that may come out
// contradicted or not covered, as long as it is not supported.
const notSupported Verdict = "not supported"

func TestCheckReadsContextOfSentence(t *testing.T) {
	l := contextLibrary()
	c := New(l, l)
	for _, tc := range []struct {
		claim string
		want  Verdict
		doc   string // the article the citation must come from; "" for any
	}{
		// The headline names the UN the sentence leaves out; a
		// hyphened "non-" negates its word only.
		{"Scott Morrison refused to sign the UN migration agreement", Supported, "9news"},
		// The headline names the UN, not the EU.
		{"Scott Morrison refused to sign the EU migration agreement", NotCovered, ""},
		// What is refused is signing, not helping to draft.
		{"Australia refused to help draft the migration agreement", notSupported, ""},
		{"Scott Morrison refused to help draft the UN migration agreement", notSupported, ""},
		// "ONU" is the headline's: it need not be in the sentence.
		{"El gobierno de Piñera no firmará el pacto migratorio de la ONU", Supported, "viapais"},
		{"El gobierno de Piñera no firmará el pacto migratorio de la UE", NotCovered, ""},
		// An editor's insertion in a quote parts no name from its deed.
		{"Netanyahu said Israel will not sign the migration pact", Supported, "blog"},
		{"Netanyahu said Israel will sign the migration pact", Contradicted, "blog"},
		// "Según" opens the claim and names no one; "no solamente"
		// denies nothing.
		{"Según Videgaray, cerca de 12 millones de mexicanos viven en Estados Unidos", Supported, "cadena"},
		{"Según Videgaray, cerca de 30 millones de mexicanos viven en Estados Unidos", notSupported, ""},
		{"Según Videgaray, ningún mexicano vive en Estados Unidos", notSupported, ""},
		// An apposition in lower case parts no name from its deed.
		{"austria took in around 1% of its population as asylum seekers in the 2015 crisis", Supported, "express"},
		{"hungary took in around 1% of its population as asylum seekers in the 2015 crisis", notSupported, ""},
	} {
		res, err := c.Check(context.Background(), tc.claim)
		if err != nil {
			t.Fatal(err)
		}
		if tc.want == notSupported && res.Verdict != Supported {
			continue
		}
		if res.Verdict != tc.want {
			t.Errorf("%q: verdict %s (%s), want %s", tc.claim, res.Verdict, res.Explanation, tc.want)
			continue
		}
		if tc.doc != "" && (len(res.Citations) == 0 || res.Citations[0].Doc != tc.doc) {
			t.Errorf("%q: citations %+v, want %s first", tc.claim, res.Citations, tc.doc)
		}
	}
}
