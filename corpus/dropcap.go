package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// repairDropCaps joins a paragraph's opening capital to the word it was
// split from: a drop cap printed apart ("T he United States has…" becomes
// "The United States has…"). The capital is joined only when it is not a
// one-letter word of the page's language (a stop word of lang that the
// page also uses on its own: English "A" and "I", Portuguese "O") and the
// joined word occurs elsewhere in the page, so a language whose one-letter
// words text does not list (Polish "W poniedziałek") is left alone.
func repairDropCaps(paras []string, lang text.Lang) []string {
	split := map[int]string{} // the capital each split paragraph opens with
	rests := make([]string, len(paras))
	for i, p := range paras {
		rests[i] = p
		if capital, rest, ok := splitCapital(p); ok {
			split[i], rests[i] = capital, rest
		}
	}
	if len(split) == 0 {
		return paras
	}
	words := pageWords(rests)
	out := append([]string(nil), paras...)
	for i, capital := range split {
		letter := text.Fold(capital)
		if text.IsStopWord(lang, letter) && words[letter] > 0 || words[text.Fold(capital+firstWord(rests[i]))] == 0 {
			continue
		}
		out[i] = capital + rests[i]
	}
	return out
}

// splitCapital splits a paragraph that opens with a lone capital letter,
// a space and a lowercase letter into the capital and the rest after the
// space.
func splitCapital(p string) (capital, rest string, ok bool) {
	r, n := utf8.DecodeRuneInString(p)
	if !unicode.IsUpper(r) || len(p) <= n+1 || p[n] != ' ' {
		return "", "", false
	}
	next, _ := utf8.DecodeRuneInString(p[n+1:])
	if !unicode.IsLower(next) {
		return "", "", false
	}
	return p[:n], p[n+1:], true
}

// firstWord is the word s opens with.
func firstWord(s string) string {
	if ws := text.Words(s); len(ws) > 0 && ws[0].Start == 0 {
		return ws[0].Text
	}
	return ""
}

// pageWords counts the page's folded tokens (contraction tails left out,
// so English "t" of "don't" is not a word of the page).
func pageWords(paras []string) map[string]int {
	m := map[string]int{}
	for _, t := range text.Tokens(text.Fold(strings.Join(paras, "\n"))) {
		m[t.Text]++
	}
	return m
}
