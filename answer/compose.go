package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// An extractive answer only quotes the articles; a message that asks it
// to compose a text ("lol ok can u write me a poem about autumn", "write
// a limerick about Haley") asks for what no quote is, and its words
// (here "write", the byline's field word) would otherwise reach a
// passage. Such a request opens, after chat fillers and the polite forms
// of asking, with a verb of composing in the imperative.

// composeVerbs are the verbs of composing a text: a closed class.
var composeVerbs = map[string]bool{"write": true, "compose": true, "draft": true, "rewrite": true}

// requestFillers open a chat request without asking anything: greetings,
// interjections, "please" and the modal forms of a polite request ("can
// you", "could u"), a closed class.
var requestFillers = map[string]bool{
	"lol": true, "ok": true, "okay": true, "hey": true, "hi": true, "so": true, "now": true, "please": true,
	"can": true, "could": true, "would": true, "will": true, "you": true, "u": true, "just": true,
}

// asksToCompose reports whether question q, in plain words (see
// plainWords), asks the answerer to compose a text.
func asksToCompose(q string) bool {
	for _, w := range text.Words(q) {
		lw := strings.ToLower(w.Text)
		if requestFillers[lw] {
			continue
		}
		return composeVerbs[lw]
	}
	return false
}
