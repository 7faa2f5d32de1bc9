package llm

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// An article names a thing once in full and then by its noun alone: "the
// New York declaration" becomes "the declaration", "the Global Compact"
// "the compact". A claim writing the full name ("The New York declaration
// included…") against a sentence that writes "The declaration included…"
// names what the sentence names, when the article writes that noun after
// that name and after no other. heads holds, per article, each word of
// such a name, folded, and its noun.

// headsFor returns the nouns the names of an article stand before (see
// headsOf), read once per answer from the whole article when the library
// has it, else from the retrieved paragraphs.
func (e *evidence) headsFor(doc string) map[string]string {
	if h, ok := e.heads[doc]; ok {
		return h
	}
	var texts []string
	if e.lib != nil {
		for _, a := range e.lib.Articles() {
			if a.ID == doc {
				for _, p := range a.Paragraphs {
					texts = append(texts, p.Text)
				}
			}
		}
	}
	if texts == nil {
		for _, s := range e.sources {
			if s.p.Doc == doc {
				texts = append(texts, s.p.Text)
			}
		}
	}
	h := headsOf(texts)
	e.heads[doc] = h
	return h
}

// headsOf maps each word of a run of capitalised words that the texts
// write right before a lower-case content word ("New York declaration") to
// that noun, folded. A noun written after two different names ("the Obama
// administration", "the Trump administration") names neither, so it and
// its names are left out; so is a name word before two different nouns.
func headsOf(texts []string) map[string]string {
	heads := map[string]string{}
	names := map[string]string{} // noun -> the run before it, folded
	var ws []text.Word           // one slice for every text's words
	for _, s := range texts {
		ws = text.AppendWords(ws[:0], s)
		for i := 0; i < len(ws); i++ {
			j, ok := nameBeforeWord(s, ws, i)
			if !ok {
				i = j
				continue
			}
			// "the New York declaration": a determiner before the name,
			// which the name's words follow; "Trump made" is a subject
			// and its verb. Words are folded only past this test: most
			// capitalised words fail it.
			k := i
			for k <= j && isDeterminer(ws[k].Text) {
				k++
			}
			if k > j || k == i && (i == 0 || !isDeterminer(ws[i-1].Text)) {
				i = j
				continue
			}
			noun := text.Fold(ws[j+1].Text)
			if !contentWord(noun) || strings.HasSuffix(noun, "ly") {
				i = j
				continue
			}
			var run strings.Builder
			for _, w := range ws[k : j+1] {
				run.WriteString(text.Fold(w.Text))
				run.WriteByte(' ')
			}
			if prev, ok := names[noun]; ok && prev != run.String() {
				names[noun] = ""
			} else if !ok {
				names[noun] = run.String()
			}
			i = j
		}
	}
	for noun, run := range names {
		if run == "" {
			continue
		}
		for _, w := range strings.Fields(run) {
			if stopwords[w] {
				continue
			}
			if prev, ok := heads[w]; ok && prev != noun {
				heads[w] = ""
				continue
			}
			heads[w] = noun
		}
	}
	for w, noun := range heads {
		if noun == "" {
			delete(heads, w)
		}
	}
	return heads
}

// isDeterminer reports whether w is a word before a name that makes it a
// modifier of the noun after it ("the", "a", "an", "this", "that").
func isDeterminer(w string) bool {
	for _, d := range [...]string{"the", "a", "an", "this", "that"} {
		if strings.EqualFold(w, d) {
			return true
		}
	}
	return false
}

// bareNoun reports whether span writes noun with no capitalised word right
// before it: "the declaration", not "the Obama declaration".
func bareNoun(span, noun string) bool {
	ws := text.Words(span)
	for i, w := range ws {
		if text.Fold(w.Text) != noun {
			continue
		}
		if i == 0 || !capitalised(ws[i-1].Text) || stopwords[text.Fold(ws[i-1].Text)] {
			return true
		}
	}
	return false
}

// nounsAfter maps each word of a run of capitalised words in ws (folded
// as folded) to the lower-case content word right after the run: what the
// claim's name modifies ("new" and "york" to "declaration").
func nounsAfter(s string, ws []text.Word, folded []string) map[string]string {
	var out map[string]string
	for i := 0; i < len(ws); i++ {
		j, ok := nameBeforeWord(s, ws, i)
		if ok && contentWord(folded[j+1]) {
			if out == nil {
				out = map[string]string{}
			}
			for k := i; k <= j; k++ {
				out[folded[k]] = folded[j+1]
			}
		}
		i = j
	}
	return out
}

// headed reports whether the name fact f is, in the sentences span of
// src, the noun the claim writes it before and the article writes it
// before alone: "New York" of "the New York declaration" where the
// sentence says "the declaration".
func (a analysis) headed(f fact, src *source, span string) bool {
	if a.heads == nil {
		return false
	}
	// The article's nouns are read once per answer (headsFor); the
	// claim's words only for a name the article writes before one.
	want := a.heads(src.p.Doc)[f.folded]
	if want == "" {
		return false
	}
	return nounsAfter(a.text, a.ws, a.folded)[f.folded] == want && bareNoun(span, want)
}

// nameBeforeWord finds the run of capitalised words of ws (words of s)
// that starts at i, and returns its last index j; ok reports whether a
// lower-case word follows it after a space (ws[j+1]). When ws[i] isn't
// capitalised, j is i and ok false.
func nameBeforeWord(s string, ws []text.Word, i int) (j int, ok bool) {
	j = i
	if !capitalised(ws[i].Text) {
		return j, false
	}
	for j+1 < len(ws) && capitalised(ws[j+1].Text) && s[ws[j].End:ws[j+1].Start] == " " {
		j++
	}
	return j, j+1 < len(ws) && s[ws[j].End:ws[j+1].Start] == " " && !capitalised(ws[j+1].Text)
}
