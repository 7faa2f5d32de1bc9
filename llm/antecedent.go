package llm

import (
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// A model continues a claim about someone with a pronoun: "Haley argued
// that staying would give the U.S. more influence [¶6]. So she went from
// opposing the withdrawal to defending it [¶5]." The second claim is about
// Haley, and ¶5 (the State Department "initially opposed the withdrawal")
// never speaks of her: its words match, its person does not. A claim that
// opens with "she" or "he" is checked as if it named a person the claim
// before it in the answer names: the first of them its cited paragraphs
// write ("President Trump overruled Nikki Haley [¶7]. She had been the lone
// dissenter [¶6]": Haley, whom ¶6 names), else the first (and the claim is
// re-cited or removed like any claim whose name its paragraph lacks). The
// claim is shown as written. The paragraph may still speak of that person
// by a pronoun of its own, when it opens by referring to the paragraph
// before (see source.referred).

// personalSubjects are the pronouns that open a claim about a person
// named in the claim before, in the languages of the coverage, lower-cased
// but not folded (Spanish "él", not the article "el"). Left out: German
// "sie" and Italian "lei", which are also "they" and the polite "you".
var personalSubjects = map[string]bool{"she": true, "he": true,
	"él": true, "ella": true, "il": true, "elle": true, "er": true, "ele": true, "ela": true, "lui": true}

// connectives may come before the pronoun without changing whom it
// stands for ("So she…", "But he…", "Pero él…").
var connectives = map[string]bool{"so": true, "but": true, "and": true, "then": true, "later": true, "yet": true,
	"pero": true, "y": true, "luego": true, "mais": true, "et": true, "puis": true, "aber": true, "und": true, "dann": true,
	"ma": true, "e": true, "poi": true, "mas": true, "depois": true}

// maxLeadWords is how far into a claim its pronoun subject is looked for:
// the pronoun and the connectives before it. More would take a pronoun of
// a later clause for the claim's subject.
const maxLeadWords = 3

// personNames returns the names a claim gives, in order: capitalised
// words that are no function word, no date and no initials ("U.S." is no
// person a pronoun stands for). known is nil for a claim in the articles'
// language; for one in another, it reports the words the retrieved
// paragraphs have, and a capitalised word they lack is no name of theirs
// (German capitalises its nouns: "Am Ende entschied Präsident Donald
// Trump…" names Donald Trump).
//
// A run of such words is one name, given by its last word: "Prime
// Minister Peter Pellegrini" is Pellegrini, whom a paragraph names
// without his title. A run after an English determiner is a place, a body
// or a thing, not a person ("drownings in the Mediterranean", "the White
// House", "a UN pact"): "he" in the claim after "Dutton said … drownings
// in the Mediterranean" is Dutton, not the sea.
func personNames(check string, known func(string) bool) []string {
	var out []string
	var prev text.Word
	inRun, skipRun := false, false
	before := "" // the folded word before the current one
	for _, w := range text.Words(check) {
		f := text.Fold(w.Text)
		last := before
		before = f
		if !capitalisedName(w.Text) || w.Text == strings.ToUpper(w.Text) || englishDates[f] || dateAlias(f) != "" || known != nil && !known(f) {
			inRun = false
			continue
		}
		switch {
		case inRun && nameGoesOn(check, prev, w):
			if !skipRun {
				out[len(out)-1] = w.Text
			}
		case known == nil && determiners[last]:
			skipRun = true
		default:
			skipRun = false
			out = append(out, w.Text)
		}
		prev, inRun = w, true
	}
	return out
}

// antecedentFor returns the one of names that a claim citing refs stands
// for by its pronoun: the first its cited paragraphs write, else the first.
func (e *evidence) antecedentFor(names []string, refs []footnote.MarkerRef) string {
	for _, n := range names {
		f := text.Fold(n)
		for _, r := range refs {
			for _, src := range e.cited(r) {
				if _, ok := src.words[f]; ok {
					return n
				}
			}
		}
	}
	return names[0]
}

// withAntecedent returns check with its opening personal pronoun replaced
// by the name of the claim before that it stands for (see antecedentFor),
// and whether it had one; check unchanged when the claim before names no
// one. The claim before is read only when there is a pronoun. known is
// as for personNames.
func (e *evidence) withAntecedent(check, before string, refs []footnote.MarkerRef, known func(string) bool) (string, bool) {
	if before == "" {
		return check, false
	}
	for _, w := range firstWords(check, maxLeadWords) {
		f := strings.ToLower(w.Text)
		if personalSubjects[f] {
			names := personNames(before, known)
			if len(names) == 0 {
				return check, false
			}
			return check[:w.Start] + e.antecedentFor(names, refs) + check[w.End:], true
		}
		if !connectives[f] {
			break
		}
	}
	return check, false
}

// antecedents carries the claim before through a structured answer's
// claims, so that a claim opening with a pronoun is judged, as an inline
// one is, as if it named the person the claim before names ("Er setzte
// sich dabei über Nikki Haley hinweg" after "Am Ende entschied Präsident
// Donald Trump…": Donald Trump and Nikki Haley, both named in "She was
// ultimately overruled by the president").
type antecedents struct {
	ev     *evidence
	known  func(string) bool
	before string
}

// resolve returns qc with its opening pronoun replaced by its antecedent
// (see withAntecedent), for judging; the claim is shown as written.
func (p *antecedents) resolve(qc quotedClaim) quotedClaim {
	refs := [...]footnote.MarkerRef{{Label: p.ev.labels[qc.Article], N: qc.Paragraph}}
	if t, ok := p.ev.withAntecedent(qc.Text, p.before, refs[:], p.known); ok {
		qc.Text = t
		return qc
	}
	p.before = qc.Text
	return qc
}
