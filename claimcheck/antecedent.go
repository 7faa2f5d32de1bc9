package claimcheck

import (
	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// A sentence may tell of an act by a pronoun: "Though widely seen as a
// symbolic move, it was condemned by rights group Amnesty International"
// follows "…the United States is ending its participation in the Global
// Compact on Migration,” the US said". What "it" stands for is the act of
// the sentence before, and a claim that "amnesty international condemned
// the US decision to leave the migration pact" is held to the two read
// together: the pronoun's sentence for who did what, the one before for
// what it was done to. The act before is often told in other words of
// leaving ("ending its participation" for "leave"), so a word of the
// claim's leaving counts as held when the sentence before leaves and does
// not stay (as for announcers, see sameAct).

// actPronouns are the folded English pronouns that stand for a thing or an
// act told before ("it was condemned", "this was welcomed"): a closed
// class. "This" only as a pronoun, not before a content word ("this
// week").
var actPronouns = map[string]bool{"it": true, "this": true}

// refersBack reports whether English sentence s tells of something by a
// pronoun the sentence itself gives nothing to stand for: the pronoun
// (actPronouns) comes before any name (see isName; an opening word that is
// everyday English, "Though", is none): "Hungary said it will quit" refers
// to Hungary.
func refersBack(s string) bool {
	ws := text.Words(s)
	for i, w := range ws {
		f := text.Fold(w.Text)
		if !actPronouns[f] {
			// The first word is capitalised whatever it is: a name
			// unless it is everyday English ("Though").
			if isName(w, i) && (i > 0 || retrieval.Zipf(f) < everydayZipf) {
				return false
			}
			continue
		}
		if f == "this" && i+1 < len(ws) && isContent(text.Fold(ws[i+1].Text)) {
			continue
		}
		return true
	}
	return false
}

// antecedentOf returns the sentence before the i-th of sentences split of
// paragraph p, in its article: the one before it in the paragraph or, for
// the first, the last of the paragraph before (not the headline).
func antecedentOf(paras footnote.Paragraphs, p footnote.Paragraph, split []text.Sentence, i int) (string, bool) {
	if i > 0 {
		return split[i-1].Text, true
	}
	if p.N <= 1 {
		return "", false
	}
	prev, ok := paras.Paragraph(p.Doc, p.N-1)
	if !ok {
		return "", false
	}
	ps := text.Split(prev.Text)
	if len(ps) == 0 {
		return "", false
	}
	return ps[len(ps)-1].Text, true
}

// withBefore returns the English sentence s read with the sentence its
// pronoun refers to (s.before), as one sentence for the share of a claim's
// words; false when s refers to nothing before it.
func (s sentence) withBefore() (sentence, bool) {
	if s.before == "" {
		return sentence{}, false
	}
	q := s.before + " " + s.cite.Quote
	return sentence{cite: footnote.Citation{Doc: s.cite.Doc, Paragraph: s.cite.Paragraph, Quote: q}, lang: s.lang, words: wordsOf(q, s.lang)}, true
}

// referredShare is the share of the claim's content words (cw) sentence s
// holds read with the sentence its pronoun refers to, a word of the
// claim's leaving counting as held when that sentence leaves and does not
// stay; 0 when s refers to nothing before it.
func referredShare(claim string, cw claimWords, s sentence) float64 {
	m, ok := s.withBefore()
	if !ok {
		return 0
	}
	return shareWithBefore(claim, cw, s.before, m)
}

// shareWithBefore is referredShare of m, a sentence read with before, the
// sentence its pronoun refers to (see withBefore).
func shareWithBefore(claim string, cw claimWords, before string, m sentence) float64 {
	if len(cw.content) == 0 {
		return 0
	}
	stay, leave := stance(before)
	leaving := map[string]bool{}
	if leave && !stay {
		for _, w := range text.Words(claim) {
			if f := text.Fold(w.Text); relatedness.Leaves(f) {
				leaving[stem(f)] = true
			}
		}
	}
	return actHeldShare(cw, leaving, m)
}

// aboutReferred reports whether s, read with the sentence its pronoun
// refers to, is about what the claim is (as aboutSameThing).
func aboutReferred(claim string, cw claimWords, lang text.Lang, s sentence) bool {
	m, ok := s.withBefore()
	return ok && !s.otherLanguage(lang) && shareWithBefore(claim, cw, s.before, m) >= sameSubjectShare && holdsNamesLoosely(cw, m.words.content, m.cite.Quote)
}
