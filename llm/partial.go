package llm

import (
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/prompts"
)

// sentenceCut finds, in a text that only grows, the end of its last
// complete sentence: the last line break, or the last space after a . ! or
// ? (with only spaces between). It looks at each byte once, however many
// times it is fed, so that following a stream costs linear time.
type sentenceCut struct {
	scanned int  // bytes of the text already looked at
	prev    byte // the last byte before scanned that isn't a space
	cut     int  // the last cut found, 0 for none
}

// feed looks at what text added since the last call and returns the last
// cut so far (0 for none). text must extend the text of the earlier calls.
func (c *sentenceCut) feed(text string) int {
	for i := c.scanned; i < len(text); i++ {
		switch b := text[i]; {
		case b == '\n':
			if i > 0 {
				c.cut = i
			}
			c.prev = b
		case b == ' ':
			if i > 0 && (c.prev == '.' || c.prev == '!' || c.prev == '?') {
				c.cut = i
			}
		default:
			c.prev = b
		}
	}
	c.scanned = max(c.scanned, len(text))
	return c.cut
}

// completeClaims returns the prefix of a streaming text that ends at its
// last complete sentence, so that a partial answer shows only claims whose
// markers have arrived.
func completeClaims(text string) string {
	var c sentenceCut
	return text[:c.feed(text)]
}

// partialChecker follows a streamed answer and passes on, to partial, the
// checked text so far. It runs the post-check only when a sentence was
// completed, and then only over the new sentences (claims are checked one
// by one, so they can be checked as they come): neither a long answer nor
// one without sentence ends costs more than linear time.
type partialChecker struct {
	ev      *evidence
	partial func(string)
	cut     sentenceCut
	done    int    // bytes of the text checked
	out     string // the checked text so far
	checks  int    // post-checks run
}

// onText receives the whole text so far after each delta.
func (p *partialChecker) onText(text string) {
	end := p.cut.feed(text)
	if end <= p.done {
		return
	}
	chunk := text[p.done:end]
	p.done = end
	p.checks++
	res := postCheck(strings.ReplaceAll(chunk, prompts.NoAnswer, ""), p.ev)
	if len(res.cites) == 0 {
		return
	}
	if p.out != "" {
		p.out += separator(chunk)
	}
	p.out += res.text
	p.partial(footnote.Defuse(p.out))
}

// separator is the white space a chunk of text starts with, reduced to a
// space, a line break or a blank line.
func separator(chunk string) string {
	ws := chunk[:len(chunk)-len(strings.TrimLeft(chunk, " \t\r\n"))]
	switch strings.Count(ws, "\n") {
	case 0:
		return " "
	case 1:
		return "\n"
	}
	return "\n\n"
}
