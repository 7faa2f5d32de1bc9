package text

// Stream follows a text that only grows, such as a streamed model answer,
// and finds the sentences in it that are certainly complete: a sentence
// ending at "U.S." or "Gen." at the very end of the text so far is not,
// until the next word shows whether it goes on. Its zero value is ready to
// use; it is not safe for concurrent use.
type Stream struct {
	start   int // where the next sentence starts
	resume  int // where to look for its end
	cut     int // end of the last complete sentence
	scanned int // length of the text seen
}

// Feed takes the whole text so far, which must extend the text of the
// earlier calls, and returns the sentences completed since then. Each
// byte is read once, bar the few after an undecided full stop.
func (st *Stream) Feed(text string) []Sentence {
	var out []Sentence
	for {
		end, next, ok := nextEnd(text, st.resume, false)
		if !ok {
			st.resume = next
			break
		}
		if sen, ok := sentenceIn(text, st.start, end); ok {
			out = append(out, sen)
			st.cut = sen.End
		}
		st.start, st.resume = next, next
	}
	st.scanned = len(text)
	return out
}

// Cut returns the offset just past the last complete sentence, 0 when
// there is none yet.
func (st *Stream) Cut() int { return st.cut }

// Scanned returns the length of the text read so far.
func (st *Stream) Scanned() int { return st.scanned }
