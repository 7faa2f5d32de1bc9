package claimcheck

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// Who made an announcement is a fact outlets give differently ("Secretary
// of State Rex Tillerson announced", "Lo anunció Nikki Haley", "The Trump
// Administration announced"). A claim that names one announcer of someone
// else's act ("jeff sessions announced the us withdrawal") is compared with
// the sentences that report the same announcement by another: without a
// sentence that backs the claim it is contradicted, with one the outlets
// disagree. An announcement of one's own act ("Hungary announced it would
// quit", "Austria said it will not sign") is left alone: many countries
// announce the same thing, each of its own.

// announceStems are the starts of folded verbs of announcing, in the
// languages of the coverage: one act however it is written.
var announceStems = []string{"announc", "anunci", "annonc", "annunci"}

// ownWords are the folded pronouns by which an announcement tells of its
// announcer's own act ("announced it would quit", "anunció su salida").
var ownWords = map[string]bool{"it": true, "its": true, "he": true, "she": true, "his": true, "her": true, "they": true, "their": true,
	"su": true, "sus": true, "se": true, "sa": true, "son": true, "ses": true, "seu": true, "sua": true, "sein": true, "seine": true, "ihr": true, "ihre": true}

// participleEnds are the endings of folded present participles in the
// languages of the coverage ("announcing", "anunciando", "annonçant").
var participleEnds = []string{"ing", "ando", "ant"}

// isParticiple reports whether folded word f is a present participle.
func isParticiple(f string) bool {
	return slices.ContainsFunc(participleEnds, func(e string) bool { return strings.HasSuffix(f, e) })
}

// actorWindow is how many words before the verb of announcing (or, when
// none is there, after it: "Lo anunció Nikki Haley") its announcer's
// names may stand: more takes a name of an earlier phrase for the
// announcer, fewer misses one behind a long title.
const actorWindow = 6

// announcement is who announces in a text and what, as word positions.
type announcement struct {
	verb   int
	actors []string // stems of the announcer's capitalised words
	own    bool     // the announcer tells of its own act
}

// announcementIn returns the first announcement of ws (folded: folded);
// names are the stems the text's reader holds for names (capitalised in
// the claim or in the coverage).
func announcementIn(quote string, ws []text.Word, folded []string, names map[string]struct{}) (announcement, bool) {
	for v, f := range folded {
		if !hasPrefix(f, announceStems) {
			continue
		}
		a := announcement{verb: v}
		isActor := func(j int) bool {
			st := stem(folded[j])
			if _, ok := names[st]; ok {
				return true
			}
			r, _ := utf8.DecodeRuneInString(ws[j].Text)
			return unicode.IsUpper(r) && j > 0 && isContent(folded[j])
		}
		for j := v - 1; j >= 0 && j >= v-actorWindow; j-- {
			// A participle that opens its clause ("said in a statement,
			// announcing the withdrawal") has the subject of the clause
			// before it for its announcer.
			if j+1 < len(ws) && clauseBreak(quote[ws[j].End:ws[j+1].Start]) && (j+1 != v || !isParticiple(f)) {
				break
			}
			if isActor(j) {
				a.actors = append(a.actors, stem(folded[j]))
			}
		}
		if len(a.actors) == 0 {
			for j := v + 1; j < len(ws) && j <= v+actorWindow/2; j++ {
				if isActor(j) {
					a.actors = append(a.actors, stem(folded[j]))
				} else if len(a.actors) > 0 {
					break
				}
			}
		}
		for j := v + 1; j < len(ws) && j <= v+actorWindow; j++ {
			if j > v+1 && clauseBreak(quote[ws[j-1].End:ws[j].Start]) {
				break
			}
			a.own = a.own || ownWords[folded[j]]
		}
		return a, len(a.actors) > 0
	}
	return announcement{}, false
}

// sameAct reports whether sentence s tells the act the claim's words act
// tell of: sameSubjectShare of them and its names (another country's own
// announcement is another act) in the claim's language, or its names
// across languages (crossLanguageSubject). The claim's words of leaving
// (leaving, the stems of its words that leave) count as held by a
// sentence that leaves and does not stay: outlets tell one exit in many
// verbs ("pulling out", "withdrawing", "ending its participation").
func sameAct(act claimWords, leaving map[string]bool, lang text.Lang, s sentence) bool {
	if lang == s.lang || lang == text.Unknown || s.lang == text.Unknown {
		return len(act.content) > 0 && actHeldShare(act, leaving, s) >= sameSubjectShare && holdsNamesLoosely(act, s.words.content, s.cite.Quote)
	}
	return crossLanguageSubject(act, s)
}

// clauseBreak reports whether the text between two words ends a clause
// (a comma, colon or semicolon).
func clauseBreak(gap string) bool { return strings.ContainsAny(gap, ",;:") }

// announcers returns, for a claim that names who announced someone
// else's act, a sentence on the same act (see sameAct, of its words other
// than the announcer's) that gives it another announcer, none of whose
// names the claim holds (other), and one that reports the claim's
// announcer announcing it (same).
func announcers(claim string, lang text.Lang, ss []sentence) (same, other footnote.Citation, hasSame, hasOther bool) {
	cw := knownNames(wordsOf(claim, lang), ss)
	cws := text.Words(claim)
	ca, ok := announcementIn(claim, cws, text.FoldWords(cws), cw.names)
	if !ok || ca.own {
		return same, other, false, false
	}
	// The act's words: the claim without its announcer.
	act := claimWords{content: map[string]struct{}{}, names: map[string]struct{}{}, acronyms: cw.acronyms, titles: cw.titles}
	for w := range cw.content {
		if !slices.Contains(ca.actors, w) {
			act.content[w] = struct{}{}
		}
	}
	for w := range cw.names {
		if !slices.Contains(ca.actors, w) {
			act.names[w] = struct{}{}
		}
	}
	leaving := map[string]bool{}
	for _, w := range cws {
		if f := text.Fold(w.Text); relatedness.Leaves(f) {
			leaving[stem(f)] = true
		}
	}
	for _, s := range ss {
		if hasSame && hasOther {
			break
		}
		ws := text.Words(s.cite.Quote)
		sa, ok := announcementIn(s.cite.Quote, ws, text.FoldWords(ws), nil)
		if !ok || sa.own || !sameAct(act, leaving, lang, s) {
			continue
		}
		held := !slices.ContainsFunc(ca.actors, func(a string) bool { _, held := s.words.content[a]; return !held })
		switch {
		case held && !hasSame:
			same, hasSame = s.cite, true
		case !held && !hasOther && !slices.ContainsFunc(sa.actors, func(a string) bool { return slices.Contains(ca.actors, a) }):
			other, hasOther = s.cite, true
		}
	}
	return same, other, hasSame, hasOther
}

// actHeldShare is heldShare, where a word of the claim's leaving is held
// by a sentence that leaves and does not stay (see sameAct).
func actHeldShare(act claimWords, leaving map[string]bool, s sentence) float64 {
	stay, leave := stance(s.cite.Quote)
	held := 0
	for w := range act.content {
		_, ok := s.words.content[w]
		_, acr := act.acronyms[w]
		held += boolInt(ok || acr && acronymIn(w, s.cite.Quote) || leaving[w] && leave && !stay)
	}
	return float64(held) / float64(max(len(act.content), 1))
}
