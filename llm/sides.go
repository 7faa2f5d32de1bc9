package llm

import (
	"slices"

	"github.com/footnote-bot/footnote/text"
)

// A claim can keep the deed of its sentence and give it to the wrong
// people: "Brian Hook e Rex Tillerson si opposero al ritiro" quoting "The
// State Department initially opposed the withdrawal, but its policy
// planning chief, Brian Hook, who represented Secretary of State Rex
// Tillerson at the principals' meeting, reversed course and recommended
// ditching the negotiations"; "The State Department initially opposed the
// withdrawal, and Hook later backed staying". The side it states (staying,
// polarity.go) is in the sentence, so polarityTurned does not see it, and a
// claim in another language has no verb the borrowed-verb check can read.
// Who takes a side is read the same way in the claim and in the sentences:
// a polar word (polarAt) belongs to the names written since the polar word
// before it in the same sentence (the first one's, since the sentence
// began). A claim that gives its people a side its paragraph gives those
// same people nowhere, while its sentences give them the opposite side, is
// not held to agree with them (sideOfOthers). A polar word with no name
// before it since the last ("she argued…", "which left…") takes nobody's
// side and is not judged, nor is a passive one ("was endorsed by…"), whose
// people stand after it.

// sided is a polarity a text states and the names that state it: their
// keys (see nameKeys) and the initials of their runs.
type sided struct {
	p     polar
	names []string
	inits []string
}

// nameKey is the name a word is part of (see nameKeys).
type nameKey struct{ key, init string }

// nameKeys returns, for each word of ws, the name it is part of: as key,
// the last word of a run of capitalised words, folded (so "Brian Hook",
// "Hook" and "its policy planning chief, Brian Hook" meet, and "Secretary
// of State Rex Tillerson" is not "the State Department"), or the name a
// title the article writes before a name and on its own stands for ("the
// president" is Trump); as init, the initials of its run when it is in a
// dotted run or one of two to four words ("U.S." and "United States" meet
// as "us").
func nameKeys(s string, ws []text.Word, folded []string, titles map[string]string) []nameKey {
	keys := make([]nameKey, len(ws))
	for i := 0; i < len(ws); i++ {
		if isInitial(ws[i].Text) {
			// Dotted initials ("U.S."), as aliasRuns reads them.
			j := i + 1
			for j < len(ws) && j-i < maxAcronymWords && isInitial(ws[j].Text) && s[ws[j-1].End:ws[j].Start] == "." {
				j++
			}
			if j-i >= 2 {
				init := initials(folded[i:j])
				for k := i; k < j; k++ {
					keys[k].init = init
				}
			}
			i = j - 1
			continue
		}
		if t := titles[folded[i]]; t != "" && !capitalised(ws[i].Text) {
			keys[i].key = t
			continue
		}
		name := func(k int) bool { return capitalised(ws[k].Text) && !stopwords[folded[k]] }
		if !name(i) {
			continue
		}
		j := i
		for j+1 < len(ws) && name(j+1) && !isInitial(ws[j+1].Text) && !clauseBreak(s[ws[j].End:ws[j+1].Start]) {
			j++
		}
		init := ""
		if j > i && j-i < maxAcronymWords {
			// The initials of a run of two to four names ("United
			// States"), which dotted initials meet.
			init = initials(folded[i : j+1])
		}
		for k := i; k <= j; k++ {
			keys[k] = nameKey{folded[j], init}
		}
		i = j
	}
	return keys
}

// initials returns the first letters of the folded words of a run of at
// most maxAcronymWords ("united", "states" → "us").
func initials(folded []string) string {
	var b [maxAcronymWords]byte
	n := 0
	for _, f := range folded {
		if f != "" && n < len(b) {
			b[n] = f[0]
			n++
		}
	}
	return string(b[:n])
}

// sideNamesCap is the room first made for the names of a text's sides: a
// sentence names a few people before its polar words; more grows it.
const sideNamesCap = 8

// actorSides returns the polarities the sentence s (its words ws, folded
// folded, its polar words hits) states, each with the names that state it
// (see the comment above).
func actorSides(s string, ws []text.Word, folded []string, hits []polarHit, titles map[string]string) []sided {
	if len(hits) == 0 {
		return nil
	}
	keys := nameKeys(s, ws, folded, titles)
	out := make([]sided, 0, len(hits))
	// names and inits hold the sides' names one after the other; each
	// side takes its part of them.
	names, inits := make([]string, 0, sideNamesCap), make([]string, 0, sideNamesCap)
	from := 0
	for _, h := range hits {
		n0, i0 := len(names), len(inits)
		for k := from; k < h.i; k++ {
			names = appendNew(names, n0, keys[k].key)
			inits = appendNew(inits, i0, keys[k].init)
		}
		from = h.i + 1
		if len(names) == n0 || passiveBefore(folded, h.i) {
			names, inits = names[:n0], inits[:i0]
			continue
		}
		out = append(out, sided{p: h.p, names: names[n0:len(names):len(names)], inits: inits[i0:len(inits):len(inits)]})
	}
	return out
}

// appendNew appends k to ks unless it is "" or among ks[from:].
func appendNew(ks []string, from int, k string) []string {
	if k == "" || slices.Contains(ks[from:], k) {
		return ks
	}
	return append(ks, k)
}

// passiveBefore reports whether an auxiliary of the passive stands right
// before word i of folded, or one word before it ("was endorsed", "was
// strongly opposed").
func passiveBefore(folded []string, i int) bool {
	for j := max(0, i-2); j < i; j++ {
		if passiveAux[folded[j]] {
			return true
		}
	}
	return false
}

// meets reports whether two sides are stated by a same name.
func (sd sided) meets(o sided) bool {
	for _, k := range sd.names {
		if slices.Contains(o.names, k) {
			return true
		}
	}
	for _, k := range sd.inits {
		if slices.Contains(o.inits, k) {
			return true
		}
	}
	return false
}

// mayBeIn reports whether one of the names of sd may be among those of
// st: its key or initials among st's words, or a title the article writes
// for it. A sentence without is not read for sides.
func (sd sided) mayBeIn(st *sentence, titles map[string]string) bool {
	for _, ks := range [2][]string{sd.names, sd.inits} {
		for _, k := range ks {
			if _, ok := st.words[k]; ok {
				return true
			}
		}
	}
	for t, name := range titles {
		if _, ok := st.words[t]; ok && slices.Contains(sd.names, name) {
			return true
		}
	}
	return false
}

// claimSides are the sides a claim states under the titles of one
// article, read once per claim and article.
type claimSides struct {
	hits     []polarHit // its polar words, read once
	hitsRead bool
	read     bool
	of       titlesKey
	sides    []sided
}

// sideOfOthers reports whether the claim gives its people a side that no
// sentence of para gives them while a sentence of quoted gives them the
// opposite one: the deed is someone else's (see the comment above).
func (a analysis) sideOfOthers(src *source, quoted, para []*sentence) bool {
	if a.sides == nil {
		return false
	}
	if !a.sides.hitsRead {
		a.sides.hits, a.sides.hitsRead = polarHitsOf(a.folded, a.neg.scope), true
	}
	if len(a.sides.hits) == 0 {
		return false
	}
	titles := a.titlesOf(src)
	k := keyOf(src.p.Doc, titles)
	if !a.sides.read || a.sides.of != k {
		a.sides.read, a.sides.of = true, k
		a.sides.sides = actorSides(a.text, a.ws, a.folded, a.sides.hits, titles)
	}
	for _, m := range a.sides.sides {
		opposite := false
		for _, st := range quoted {
			if !m.mayBeIn(st, titles) {
				continue
			}
			for _, t := range st.sidesUnder(src, k, titles) {
				if t.p.axis == m.p.axis && t.p.sign == -m.p.sign && m.meets(t) {
					opposite = true
				}
			}
		}
		if !opposite {
			continue
		}
		same := false
		for _, st := range para {
			if !m.mayBeIn(st, titles) {
				continue
			}
			for _, t := range st.sidesUnder(src, k, titles) {
				if t.p == m.p && m.meets(t) {
					same = true
				}
			}
		}
		if !same {
			return true
		}
	}
	return false
}

// sidesUnder returns the sides st, a sentence of src, states (see
// actorSides) under titles, whose key is k, read once per sentence and
// article.
func (st *sentence) sidesUnder(src *source, k titlesKey, titles map[string]string) []sided {
	if !st.sidesRead || st.sidesOf != k {
		st.sides, st.sidesOf, st.sidesRead = nil, k, true
		if hits := st.polarHits(); len(hits) > 0 {
			seq := st.sequence()
			s, ws := src.p.Text, st.ws
			if ws == nil || len(ws) != len(seq) {
				s, ws = st.text, text.Words(st.text)
			}
			st.sides = actorSides(s, ws, seq, hits, titles)
		}
	}
	return st.sides
}
