package bot

import (
	"regexp"
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// msgModelUnavailable is what the public is told when the model could not
// answer and the answer quotes the articles instead: the reason (a
// variable to fix, an HTTP status, a server address) is for the log.
const msgModelUnavailable = "The model is unavailable; here is a quoted answer."

// operatorDetail matches what only an operator can act on: an environment
// variable's name, an HTTP status, a URL or a host and port.
var operatorDetail = regexp.MustCompile(`\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|(?i)\bHTTP\b|\b[1-5][0-9]{2}\b|://|\b[a-z0-9.-]+:[0-9]{2,5}\b|(?i)\bapi key\b`)

// publicNote returns the note an answer may show in public: from the
// first sentence carrying an operator's detail on, the note is replaced by
// msgModelUnavailable (what follows such a sentence explains it: "This
// answer quotes the articles directly."). hidden is true when something
// was taken out; the caller logs the original.
func publicNote(note string) (shown string, hidden bool) {
	var kept []string
	for _, s := range text.Sentences(note) {
		if operatorDetail.MatchString(s) {
			return strings.Join(append(kept, msgModelUnavailable), " "), true
		}
		kept = append(kept, s)
	}
	return strings.Join(kept, " "), false
}
