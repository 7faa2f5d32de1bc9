package answer

import (
	"log/slog"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// Soft matching credits a question word that a sentence lacks when the
// sentence has a word of related meaning ("kids" for "children", "notify"
// for "informed"), by the cosine of their GloVe vectors.
const (
	// minRelated is the cosine from which two words count as related:
	// lower matches more paraphrases and more words that merely share a
	// topic ("tax" and "budget"). Chosen on dev and the dev-2 tune part
	// from 0.55, 0.6 and 0.65: 0.55 answered the most without a wrong
	// answer to a question that should be refused.
	minRelated = 0.55
	// relatedWeight scales the credit of a related word against the word
	// itself (1): higher trusts paraphrases as much as the article's own
	// words and answers out-of-scope questions (0.8 lost two of six
	// refusals on the tune part), lower refuses more paraphrases (0.5: one
	// more false refusal than 0.6).
	relatedWeight = 0.6
)

// softMatcher scores related words for one question, remembering the
// pairs it has compared.
type softMatcher struct {
	v     *retrieval.Vectors
	memo  map[[2]string]float64
	words *relatedness.Words
	// classes, when not nil, credits two words of one class of
	// relatedness at least minClassRelated (see withClasses), and holds
	// each word's class once found.
	classes map[string]relatedness.Class
}

// softMatcher returns a matcher over the word vectors; without them (they
// failed to load, which tests rule out) it matches nothing.
func (e *Extractive) softMatcher() softMatcher {
	v, err := e.vectors()
	if err != nil {
		e.vectorsWarn.Do(func() { slog.Warn("word vectors unavailable; no soft matching", "err", err) })
		v = nil
	}
	return softMatcher{v: v, memo: map[[2]string]float64{}, words: relatedness.New(v)}
}

// match returns the credit (0, or relatedWeight times the cosine) of the
// word of words closest in meaning to word; 0 when none reaches minRelated.
func (m softMatcher) match(word string, words map[string]bool) float64 {
	if m.v == nil {
		return 0
	}
	best := 0.0
	for w := range words {
		key := [2]string{word, w}
		c, ok := m.memo[key]
		if !ok {
			c = m.similarity(word, w)
			m.memo[key] = c
		}
		best = max(best, c)
	}
	if best < minRelated {
		return 0
	}
	return relatedWeight * best
}

// similarity is the highest cosine between an inflected form of a and one
// of b (see relatedness.Words).
func (m softMatcher) similarity(a, b string) float64 {
	c := m.words.Similarity(a, b)
	if m.classes != nil && c < minClassRelated {
		if ca := m.classOf(a); ca != relatedness.NoClass && ca == m.classOf(b) {
			return minClassRelated
		}
	}
	return c
}

// classOf returns word's class of relatedness, found once.
func (m softMatcher) classOf(word string) relatedness.Class {
	c, ok := m.classes[word]
	if !ok {
		c = relatedness.ClassOf(text.Fold(word))
		m.classes[word] = c
	}
	return c
}

// withClasses returns a matcher like m that also credits two words of one
// class of relatedness (see minClassRelated). It chooses the answer's
// sentence; the gate for a fact the articles lack (absentfact.go) keeps
// the vectors alone, for a word of a class says more than its class-mate:
// "rejoin" is not "participate" (but every word of leaving says the one
// act of leaving there, see saysLeavingFor).
func (m softMatcher) withClasses() softMatcher {
	return softMatcher{v: m.v, memo: map[[2]string]float64{}, words: m.words, classes: map[string]relatedness.Class{}}
}

// minClassRelated is the least cosine two words of one class of
// relatedness (leaving, staying, reporting, …: "quitting" and
// "withdrawal", "leaving" and "pull") count as having, whatever the
// vectors say: they put such verbs far apart as often as near ("quitting"
// and "decisions" 0.34). Higher trusts the classes as much as a word
// itself; lower, at minRelated, lets them barely count.
const minClassRelated = relatedness.MinSameClass
