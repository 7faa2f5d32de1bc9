package answer

// A topic name is one nearly every page carries (see topicName), judged by
// its weight over all the paragraphs. A question in another language than
// most pages' names the topic in its own language ("ONU" for "UN", "UNO"):
// over the whole collection that name is rare, so it weighs like a name
// that singles out the pages telling of the act asked, and a sentence of
// another language, which writes it otherwise, must hold it to give a
// version ("the U.S. mission to the United Nations informed …" for
// "¿Qué día informó Estados Unidos a la ONU …?"). Among the pages of its
// own language it is as common as "UN" among the English ones: a name
// held by most of the articles of the question's language is a topic
// name of that language.

// langTopicShare is the share of the articles of a language whose body
// must hold a name for it to be a topic name of that language: over the
// coverage "ONU" is in 11 of the 13 Spanish articles, "UN" in most English
// ones, while the names the questions ask about are in a few ("Chile",
// "Marrakech", "Videgaray": 2–4 of 13). Lower takes a name of the story
// told in several articles ("Trump") for the topic; higher keeps the
// topic's name required of the other languages' sentences.
const langTopicShare = 0.5

// minLangTopicArticles is how many articles a language must have for a
// name to be read as its topic name: in fewer, every name of them is in
// most of them.
const minLangTopicArticles = 5

// langTopic reports whether name stem is a topic name among the articles
// of language lang (see langTopicShare).
func (e *Extractive) langTopic(lang, stem string) bool {
	n, held := 0, 0
	for _, a := range e.ix.Articles() {
		if langOrEnglish(a.Language) != lang {
			continue
		}
		n++
		if e.articleAnalysis(a.ID).bodyStems(e.ix)[stem] {
			held++
		}
	}
	return n >= minLangTopicArticles && float64(held) >= langTopicShare*float64(n)
}
