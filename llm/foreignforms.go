package llm

// A claim in another language than its article shares few words with it
// but its names: "Er setzte sich dabei über Nikki Haley hinweg [¶7]" (he,
// Donald Trump, overruled her) against "She was ultimately overruled by
// the president, according to diplomatic sources.", which names neither
// of them in its own words: "she" is the Nikki Haley of the paragraph
// before, "the president" the article's President Trump. The inline check
// picks a paragraph's supporting sentence by the claim's words and names
// among its own words, so it found none there, and removed the claim
// that the structured check, reading the same forms, keeps. Such a
// sentence is now the supporting one; the claim must still share two
// facts with it through those forms (agreesWith, minForeignAnchors), so
// "Stephen Miller setzte sich über Nikki Haley hinweg" is removed.

// sentenceByForms returns the first quotable sentence of src that speaks
// of one of the claim's names by a form of the article's, for a claim in
// another language: a pronoun of the paragraph's first sentence that
// refers to the paragraph before, which names it, or a title the article
// gives that name ("the president" for "Trump"). nil for a claim in the
// articles' language, whose words choose its sentence.
func (a analysis) sentenceByForms(src *source) *sentence {
	if a.known == nil || a.names == nil {
		return nil
	}
	titles := a.names(src.p.Doc).titles
	for i := range src.sents {
		st := &src.sents[i]
		if !src.quotable(i) {
			continue
		}
		for _, f := range a.facts {
			if !f.isName() {
				continue
			}
			if i == 0 && st.pron && src.referred(f) {
				return st
			}
			for title, name := range titles {
				if _, ok := st.words[title]; ok && name == f.folded {
					return st
				}
			}
		}
	}
	return nil
}
