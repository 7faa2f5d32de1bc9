package text

import "strings"

// abbreviationLists holds, per language, the abbreviations of news prose
// whose period does not end a sentence. Entries are written without their
// final period and compared case-insensitively; inner periods stay
// ("z.B").
//
// prefix words come before a name or a noun ("Mr. Smith", "Gen. Kelly",
// "Sra. López", "z.B. Berlin"), so their period never ends a sentence.
// short words may also end one ("Apple Inc. The", "on Jan. 5"): their period
// ends a sentence only before a capital letter, not before a lowercase
// word or a number. A period after any other word ends a sentence.
var abbreviationLists = map[Lang]struct{ prefix, short string }{
	English: {
		prefix: "mr mrs ms mx dr prof gen sen rep gov lt col sgt capt cmdr adm maj brig pres rev hon amb supt insp det st mt ft " +
			"vs e.g i.e cf ca approx",
		short: "no nos jr sr etc inc corp co ltd llc bros dept univ est al fig vol pp p ch art sec para " +
			"jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun a.m p.m " +
			"ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev " +
			"okla ore pa tenn tex va vt wash wis wyo",
	},
	Spanish: {
		prefix: "ee sr sra srta sres dr dra lic ing arq gral cnel tte pdte pte fray d dña ud uds vd vds p.ej",
		short:  "uu núm nº n.º etc ee.uu ej pág págs art cap vol aprox tel av avda ene feb abr jun jul ago sept oct dic",
	},
	German: {
		prefix: "hr hrn fr dr prof dipl ing z.b d.h u.a bzw vgl ggf evtl sog st",
		short:  "nr usw etc ca inkl bspw jh jhd abs art kap bd s mio mrd jan feb märz apr aug sept okt nov dez",
	},
	French: {
		prefix: "m mm mme mmes mlle mlles dr pr mgr st ste gal col cdt lt",
		short:  "n° no etc cf env art chap vol p janv févr avr juil sept oct nov déc",
	},
	Portuguese: {
		prefix: "sr sra srta dr dra prof profa eng gen cel pres exmo exma",
		short:  "nº n.º etc art cap vol pág p jan fev abr jun jul ago set out nov dez",
	},
	Italian: {
		prefix: "sig sigg sig.ra sig.na dott dott.ssa avv ing prof gen mons s.e n",
		short:  "ecc art cap vol pag p genn febbr apr magg giu lug ag sett ott nov dic",
	},
}

// abbreviationKind is how a period after a word is read.
type abbreviationKind uint8

const (
	notAbbreviation abbreviationKind = iota
	prefixAbbreviation
	shortAbbreviation
)

// abbreviations is the union of abbreviationLists, lowercased. A word
// that is a prefix in one language and short in another is a prefix.
var abbreviations = func() map[string]abbreviationKind {
	m := map[string]abbreviationKind{}
	for _, l := range abbreviationLists {
		for _, w := range strings.Fields(l.short) {
			if m[w] == notAbbreviation {
				m[w] = shortAbbreviation
			}
		}
		for _, w := range strings.Fields(l.prefix) {
			m[w] = prefixAbbreviation
		}
	}
	return m
}()

// ordinalMonths are month names written after an ordinal number and its
// period ("am 3. Oktober"), lowercase.
const ordinalMonths = "januar jänner februar märz april mai juni juli august september oktober november dezember"

// startsWithMonth reports whether s starts with a month name that follows
// an ordinal number.
func startsWithMonth(s string) bool {
	end := strings.IndexFunc(s, func(r rune) bool { return !IsWordRune(r) })
	if end < 0 {
		end = len(s)
	}
	w := strings.ToLower(s[:end])
	for _, m := range strings.Fields(ordinalMonths) {
		if w == m {
			return true
		}
	}
	return false
}
