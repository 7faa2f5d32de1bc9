// Package answer turns retrieved passages into answers whose every claim
// carries a checked [¶N] citation. It holds the question validation and the
// citation check that every answerer shares (CheckCitations, QuoteIn), and
// the extractive answerer that works offline: it quotes the sentences of the
// articles that best cover the question, and refuses, saying what the
// articles cover, when they don't support an answer.
package answer
