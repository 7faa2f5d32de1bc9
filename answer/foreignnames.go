package answer

// docsInLanguage keeps of docs the articles written in lang, the
// question's language ("" or unknown read as English, as the index reads
// them): what compares a question's words with the articles' words by the
// word vectors (see nameLike) reads only the articles whose words are of
// the question's language.
func (e *Extractive) docsInLanguage(docs []string, lang string) []string {
	lang = langOrEnglish(lang)
	var out []string
	for _, d := range docs {
		if langOrEnglish(e.article(d).Language) == lang {
			out = append(out, d)
		}
	}
	return out
}
