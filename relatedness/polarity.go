package relatedness

import (
	"strings"
)

// Words in other words: GloVe puts opposites as close as synonyms
// ("accepted" and "rejected" 0.82, "stay" and "leave" 0.88, "supported"
// and "opposed" 0.82, "more" and "less" 0.91), so the vectors alone can't
// tell a paraphrase from its antonym. A Class carries the polarity: two
// words are said in other words (SameClass) only when both are of one
// class — both judge the same way, both take the same stance, or both
// name or report what someone said — and close by the vectors. A word of
// no class, or of another class, is never credited: the vectors only tell
// a near word of the class from a far one. The classes are read from the
// starts of folded words in the languages of the coverage; the vectors
// are English.

// Class is the polarity class of a word.
type Class int

// The classes; a word of NoClass is never said in other words.
const (
	// NoClass: a word of none of the classes below.
	NoClass Class = iota
	// Approving: "praised", "welcomed", "hailed".
	Approving
	// Disapproving: "condemned", "criticised", "slammed", "regretted".
	Disapproving
	// Leaving: "left", "quit", "withdrew", "pulled out", "boycotted".
	Leaving
	// Staying: staying, joining, signing or backing ("remained",
	// "joined", "signed", "supported", "backed").
	Staying
	// Naming: naming or describing a thing ("called", "described").
	Naming
	// Reporting: reporting what someone said ("said", "announced").
	Reporting
)

// MinSameClass is the cosine from which a word counts as said by another
// word of its class: lower credits words of a class that mean something
// else ("praised" and "welcomed" 0.74), higher keeps fewer paraphrases
// ("called" and "described" are 0.76, "slammed" and "lashed" 0.77).
const MinSameClass = 0.75

// The starts of folded words of each class, in the languages of the
// coverage.
var (
	approveStems    = newPrefixes("prais", "welcom", "celebr", "applau", "hail", "commend", "elogi", "aplaud", "festej", "begruss", "gelobt", "salue", "felicit")
	disapproveStems = newPrefixes("condemn", "conden", "regret", "lament", "deplor", "critic", "slam", "lash", "denounc", "denunc", "bedauer", "verurteil", "kritis", "rammaric", "disappoint", "decepc", "enttausch")
	stayStems       = newPrefixes("stay", "remain", "rejoin", "join", "particip", "quedar", "permanec", "rester", "bleib", "ficar", "permanec", "restare",
		// signing or acceding to a pact: "would sign" against "won't sign"
		"firmar", "firmo", "firmad", "firmara", "firmare", "firmera", "unterzeichn", "unterschr", "beitret", "beitritt", "beizutret", "assin", "adher", "aderi", "accede", "attend",
		// German "teilnehmen" (take part), which the other languages
		// say with "particip"
		"teilnehm", "teilgenomm", "teilzunehm",
		// going on with something, the opposite of ending it ("its
		// generosity will continue" against "would end its generosity"):
		// continue, continuar, continuer, continuare ("continent" begins
		// otherwise)
		"continu")
	// backingStems back something: "would support the pact" against
	// "would oppose the pact".
	backingStems = newPrefixes("support", "endors", "apoy", "respald", "soutien", "souten", "unterstu", "befurwort", "apoi", "sosten", "sosteg")
	// opposeStems oppose something: "would oppose the pact" against
	// "would support the pact". Of no class: "opposed" is said by no other
	// word of a class (see ClassOf), only turned against Backs.
	opposeStems = newPrefixes("oppos", "reject", "rechaz", "rejet", "rejeit", "ablehn", "abgelehnt", "respin", "rifiut", "oppon",
		// Spanish and Portuguese "oponer"/"opor" ("se opuso", "se opone",
		// "opôs"), which the Italian and French starts miss
		"opon", "opus", "opos")
	leaveStems = newPrefixes("leav", "withdr", "exit", "pull", "ditch", "abandon", "boycott", "salir", "retir", "sortir", "quitt", "austret", "austritt", "austrat", "ausgetret", "ausstieg", "sair", "uscir", "ritir",
		// German "verlassen" (leave); its start also takes "verlässlich"
		// (reliable), rare in news of a pact
		"verlass", "verliess")
	// namingStems name or describe a thing ("called the move
	// unacceptable", "described the move as").
	namingStems = newPrefixes("call", "describ", "label", "term", "dubb", "brand")
	// reportStems report what someone said.
	reportStems = newPrefixes("said", "say", "told", "announc", "statement", "declar", "stated", "dijo", "dice", "anunci", "afirm", "sagte", "erklar", "teilte", "annonc", "disse", "affer")
	// leaveForms are the forms of "quit", whose start would take "quite".
	leaveForms = map[string]bool{"quit": true, "quits": true}
	// backForms are the forms of "back" that mean supporting: the start
	// would take "background" and "backlash" for them.
	backForms = map[string]bool{"back": true, "backs": true, "backed": true, "backing": true}
)

// prefixes are the starts of the folded words of a class, indexed by
// their first minPrefix bytes: a word is compared only with the starts it
// may begin with, not with the hundred of all the classes (ClassOf is
// asked of every word of every claim and sentence a model answer's check
// reads, and the scan over every start was a quarter of it).
type prefixes map[string][]string

// minPrefix is the length of the index's keys, and the shortest start a
// class may have ("say").
const minPrefix = 3

// newPrefixes indexes stems. A start shorter than minPrefix is a mistake
// in the lists above and stops the program when it starts.
func newPrefixes(stems ...string) prefixes {
	p := prefixes{}
	for _, s := range stems {
		if len(s) < minPrefix {
			panic("relatedness: a start shorter than minPrefix: " + s)
		}
		p[s[:minPrefix]] = append(p[s[:minPrefix]], s)
	}
	return p
}

// startSet says which classes' lists a folded word starts with, one bit
// per list.
type startSet uint16

// The lists of startSet, one bit each.
const (
	startApprove startSet = 1 << iota
	startDisapprove
	startStay
	startBack
	startOppose
	startLeave
	startName
	startReport
)

// allStarts indexes every class's starts by their first minPrefix bytes,
// each with its list's bit: a word's class, backing and opposing are read
// with one look-up rather than one per list.
var allStarts = indexStarts(map[startSet]prefixes{
	startApprove: approveStems, startDisapprove: disapproveStems, startStay: stayStems, startBack: backingStems,
	startOppose: opposeStems, startLeave: leaveStems, startName: namingStems, startReport: reportStems,
})

// start is one start of allStarts and the list it is from.
type start struct {
	stem string
	of   startSet
}

// indexStarts merges lists into one index.
func indexStarts(lists map[startSet]prefixes) map[string][]start {
	out := map[string][]start{}
	for of, p := range lists {
		for key, stems := range p {
			for _, s := range stems {
				out[key] = append(out[key], start{s, of})
			}
		}
	}
	return out
}

// wholeForms are leaveForms and backForms with their lists' bits: a word
// of them is of the list as if it started with one of its starts.
var wholeForms = func() map[string]startSet {
	out := map[string]startSet{}
	for f := range leaveForms {
		out[f] |= startLeave
	}
	for f := range backForms {
		out[f] |= startBack
	}
	return out
}()

// matchStarts returns the lists folded word f starts with one of, or is
// a whole form of (wholeForms).
func matchStarts(f string) startSet {
	if len(f) < minPrefix {
		return 0
	}
	m := wholeForms[f]
	for _, s := range allStarts[f[:minPrefix]] {
		if strings.HasPrefix(f, s.stem) {
			m |= s.of
		}
	}
	return m
}

// backs is Backs of f, whose starts are m.
func (m startSet) backs() bool { return m&startBack != 0 }

// stays is Stays of f, whose starts are m.
func (m startSet) stays(f string) bool {
	return m&startStay != 0 && !strings.HasPrefix(f, "joint") || m.backs() || strings.HasPrefix(f, "sign") && !strings.HasPrefix(f, "signal") && !strings.HasPrefix(f, "signif")
}

// class is the class of f, whose starts are m, in the order the classes
// are tried: approving, disapproving, leaving, staying, naming, reporting.
func (m startSet) class(f string) Class {
	switch {
	case m&startApprove != 0:
		return Approving
	case m&startDisapprove != 0:
		return Disapproving
	case m&startLeave != 0:
		return Leaving
	case m.stays(f):
		return Staying
	case m&startName != 0:
		return Naming
	case m&startReport != 0:
		return Reporting
	}
	return NoClass
}

// startsWith reports whether folded word f starts with one of stems.
func startsWith(f string, stems prefixes) bool {
	if len(f) < minPrefix {
		return false
	}
	for _, s := range stems[f[:minPrefix]] {
		if strings.HasPrefix(f, s) {
			return true
		}
	}
	return false
}

// Approves reports whether folded word f approves of something.
func Approves(f string) bool { return startsWith(f, approveStems) }

// Disapproves reports whether folded word f disapproves of something.
func Disapproves(f string) bool { return startsWith(f, disapproveStems) }

// Leaves reports whether folded word f leaves ("quit", not "quite").
func Leaves(f string) bool { return startsWith(f, leaveStems) || leaveForms[f] }

// Backs reports whether folded word f backs something ("supported",
// "backed"; not "background").
func Backs(f string) bool { return startsWith(f, backingStems) || backForms[f] }

// Opposes reports whether folded word f opposes something ("opposed",
// "rejects", "rechazó", "abgelehnt").
func Opposes(f string) bool { return startsWith(f, opposeStems) }

// Stays reports whether folded word f stays, joins, signs or backs
// ("joined", not the adjective "joint" its start would take).
func Stays(f string) bool { return matchStarts(f).stays(f) }

// Reports reports whether folded word f reports what someone said.
func Reports(f string) bool { return startsWith(f, reportStems) }

// ClassOf returns the polarity class of folded word f; an irregular
// verb's form of no class is of its other forms' ("left" of "leave").
func ClassOf(f string) Class {
	c, _, _ := Polarity(f)
	return c
}

// Polarity returns ClassOf(f) and whether f backs (Backs) or opposes
// (Opposes) what it governs, reading f's starts once: a model answer's
// check asks all three of every word of every claim and sentence.
func Polarity(f string) (c Class, backs, opposes bool) {
	m := matchStarts(f)
	c = m.class(f)
	for _, g := range IrregularForms(f) {
		if c != NoClass {
			break
		}
		c = matchStarts(g).class(g)
	}
	return c, m.backs(), m&startOppose != 0
}

// SameClass reports whether folded words a and b are of one class (not
// NoClass) and at least MinSameClass close by the vectors: b says a in
// other words. Words of two classes never are, however close.
func (w *Words) SameClass(a, b string) bool {
	c := ClassOf(a)
	return c != NoClass && c == ClassOf(b) && w.Similarity(a, b) >= MinSameClass
}

// endForms end what stands next to them ("ending its participation", "its
// participation ended", "die Teilnahme zu beenden", "poner fin a"): a
// closed class of aspectual verbs and nouns, in the languages of the
// coverage (the list of claimcheck's endWords, with their other forms).
var endForms = map[string]bool{"end": true, "ends": true, "ended": true, "ending": true, "stop": true, "stops": true,
	"stopped": true, "stopping": true, "cease": true, "ceases": true, "ceased": true, "ceasing": true, "halt": true,
	"halts": true, "halted": true, "terminar": true, "termina": true, "termino": true, "fin": true, "fim": true}

// endStems begin the longer forms of ending verbs ("terminated",
// "beenden", "beendete").
var endStems = newPrefixes("terminat", "beend")

// Ends reports whether folded word f ends what it governs (endForms).
func Ends(f string) bool { return endForms[f] || startsWith(f, endStems) }
