package llm

import (
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/prompts"
	"github.com/footnote-bot/footnote/text"
)

// completeClaims returns the prefix of a streaming text that ends at its
// last complete sentence, so that a partial answer shows only claims whose
// markers have arrived.
func completeClaims(answer string) string {
	var st text.Stream
	st.Feed(answer)
	return answer[:st.Cut()]
}

// partialChecker follows a streamed answer and passes on, to partial, the
// checked text so far. It runs the post-check only when a sentence was
// completed, and then only over the new sentences (claims are checked one
// by one, so they can be checked as they come): neither a long answer nor
// one without sentence ends costs more than linear time.
type partialChecker struct {
	ev      *evidence
	partial func(string)
	cut     text.Stream
	done    int    // bytes of the text checked
	out     string // the checked text so far
	checks  int    // post-checks run
}

// onText receives the whole text so far after each delta.
func (p *partialChecker) onText(sofar string) {
	p.cut.Feed(sofar)
	end := p.cut.Cut()
	if end <= p.done {
		return
	}
	chunk := sofar[p.done:end]
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

// watcher returns the function that follows a streamed answer and passes
// its checked text so far to partial (nil when partial is nil). It tells a
// structured answer from an inline one by its first character.
func (a *Answerer) watcher(ev *evidence, partial func(string)) func(string) {
	if partial == nil {
		return nil
	}
	inline := &partialChecker{ev: ev, partial: partial}
	quoted := &quotedChecker{ev: ev, partial: partial}
	return func(sofar string) {
		if strings.TrimSpace(sofar) == "" {
			return
		}
		if isJSONAnswer(sofar) {
			quoted.onText(sofar)
			return
		}
		inline.onText(sofar)
	}
}

// quotedChecker follows a streamed structured answer: each claim is
// checked as soon as its object is complete, and the checked answer so far
// passed on.
type quotedChecker struct {
	ev      *evidence
	partial func(string)
	scan    claimScanner
	claims  []quotedClaim
}

func (q *quotedChecker) onText(sofar string) {
	more := q.scan.feed(sofar)
	if len(more) == 0 {
		return
	}
	q.claims = append(q.claims, more...)
	res := checkQuoted(q.claims, q.ev)
	if len(res.cites) > 0 {
		q.partial(footnote.Defuse(res.text))
	}
}
