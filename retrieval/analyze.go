package retrieval

import (
	"strings"
	"sync"
	"unicode"

	"github.com/footnote-bot/footnote/text"
)

// Term is one analysed word of a text.
type Term struct {
	// Word is the word as written, lowercased.
	Word string
	// Stem is the lowercased, stemmed form used for matching.
	Stem string
	// Name is true for a word that looks like a name or an acronym: written
	// with a capital letter somewhere other than at the start of a sentence,
	// or all in capitals.
	Name bool
	// Number is true for a word made of digits.
	Number bool
}

// extraStopWords are words that carry no topic in a question about an
// article: interrogative padding, chat shorthand and the verbs people use
// to ask about a text. They are generic to questions about any article.
var extraStopWords = map[string]bool{
	"many": true, "much": true, "would": true, "could": true, "also": true,
	"article": true, "articles": true, "story": true, "piece": true, "text": true,
	"according": true, "say": true, "says": true, "said": true, "saying": true,
	"tell": true, "told": true, "mention": true, "mentioned": true, "mentions": true,
	"please": true, "question": true, "answer": true, "describe": true, "explain": true,
	"summarize": true, "summarise": true, "summary": true, "gist": true, "overview": true, "about": true,
	"paragraph": true, "paragraphs": true, "does": true, "did": true, "can": true,
	"anything": true, "something": true, "thing": true, "things": true,
	"us": true, // the pronoun; "US" and "U.S." are kept (see Analyzer.Terms)
	// Chat padding and shorthand: "link pls", "can u", "kinda mixed".
	"pls": true, "plz": true, "u": true, "ur": true, "abt": true, "thx": true, "lol": true, "btw": true,
	"kinda": true, "sorta": true, "gonna": true, "wanna": true, "gotta": true, "actually": true,
	"exactly": true, "basically": true, "even": true, "really": true, "ok": true, "okay": true,
	"hey": true, "wait": true,
}

// Analyzer turns text into terms: it splits words with text.Tokens
// (dotted acronyms joined: "U.S." becomes "us"), drops the stop words of
// its language and stems with its Snowball stemmer (a word in Cyrillic or
// Arabic script with Russian's or Arabic's). It caches stems and is safe
// for concurrent use.
type Analyzer struct {
	lang   text.Lang
	detect *text.Detector
	cache  sync.Map // [2]string{lang, word} -> stem
	// recent remembers the languages of the last questions detected:
	// answering one question analyses it, and the forms it is read in
	// (without its dates, a name's alias put in), many times, and
	// detection costs a tenth of a warm answer.
	recent recentLangs
}

// recentQuestions is how many questions' languages an Analyzer remembers:
// enough for the forms one answer reads a question in (measured: a "when"
// question reads three in turn, and one remembered form redetected them
// each time), few enough that a lookup scans them faster than detecting.
const recentQuestions = 8

// recentLangs is a small ring of questions and their languages, safe for
// concurrent use.
type recentLangs struct {
	mu   sync.Mutex
	qs   [recentQuestions]questionLang
	next int
}

// get returns q's remembered language.
func (r *recentLangs) get(q string) (text.Lang, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, m := range r.qs {
		if m.set && m.q == q {
			return m.lang, true
		}
	}
	return text.Unknown, false
}

// put remembers q's language in place of the oldest.
func (r *recentLangs) put(q string, l text.Lang) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.qs[r.next] = questionLang{q: q, lang: l, set: true}
	r.next = (r.next + 1) % recentQuestions
}

// questionLang is a question and the language it is analysed in.
type questionLang struct {
	q    string
	lang text.Lang
	set  bool
}

// NewAnalyzer returns an Analyzer for English.
func NewAnalyzer() *Analyzer { return NewAnalyzerFor(text.English) }

// NewAnalyzerFor returns an Analyzer whose default language (for texts
// of unknown language) is lang.
func NewAnalyzerFor(lang text.Lang) *Analyzer {
	return &Analyzer{lang: lang, detect: text.NewDetector()}
}

// Terms analyses s in the analyzer's default language.
func (a *Analyzer) Terms(s string) []Term { return a.TermsIn(a.lang, s) }

// Lang returns the language to analyse a text of language code (an
// article's ISO 639-1 code, "" when unknown) in: the code's language when
// text has a stemmer or stop words for it, else the default.
func (a *Analyzer) Lang(code string) text.Lang {
	if l := text.Lang(code); analysable(l) {
		return l
	}
	return a.lang
}

// QuestionLang returns the language a question is analysed in: the one
// the detector finds, when text knows it, else the default.
func (a *Analyzer) QuestionLang(q string) text.Lang {
	if l, ok := a.recent.get(q); ok {
		return l
	}
	l := a.detect.Detect(q)
	if !analysable(l) {
		l = a.lang
	}
	a.recent.put(q, l)
	return l
}

// TermsIn analyses s as a text of language lang: lang's stop words and
// stemmer (a word in Cyrillic or Arabic script gets Russian's or Arabic's).
// A text written all in capitals is read as if in lowercase, its words
// that film subtitles never use (Zipf 0: "FIFA", "MARRAKESH", "GUTERRES",
// but not "DISSENTED") and its months and weekdays taken for names, as
// their capitals would have said. In German, which capitalises every noun,
// only acronyms and words in capitals are taken for names.
func (a *Analyzer) TermsIn(lang text.Lang, s string) []Term {
	if lang == text.Unknown {
		lang = a.lang
	}
	capsNames := lang != text.German
	shouted := text.IsShouted(s)
	if shouted {
		s = strings.ToLower(s) // caps lock says nothing about which words are names
	}
	var out []Term
	sentenceStart := true
	for _, tok := range text.Tokens(s) {
		w, acronym, sentStart := tok.Text, tok.Acronym, tok.EndsSentence
		lower := strings.ToLower(w)
		allCaps := text.IsAllCaps(w)
		isNum := text.IsDigits(w)
		keep := acronym || allCaps
		if !keep && (text.IsStopWord(text.WordLang(lower, lang), lower) || extraStopWords[lower] || (len(lower) < 2 && !isNum)) {
			sentenceStart = sentStart
			continue
		}
		t := Term{Word: lower, Stem: a.stem(lang, lower, acronym || allCaps), Number: isNum}
		first, _ := firstRune(w)
		t.Name = acronym || allCaps || (capsNames && unicode.IsUpper(first) && !sentenceStart) || (shouted && !isNum && (Zipf(lower) == 0 || IsCalendarWord(lower)))
		out = append(out, t)
		sentenceStart = sentStart
	}
	return out
}

// Stems returns only the stems of Terms(text).
func (a *Analyzer) Stems(text string) []string { return a.StemsIn(a.lang, text) }

// StemsIn returns only the stems of TermsIn(lang, text).
func (a *Analyzer) StemsIn(lang text.Lang, text string) []string {
	ts := a.TermsIn(lang, text)
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Stem
	}
	return out
}

func (a *Analyzer) stem(lang text.Lang, lower string, verbatim bool) string {
	if verbatim || text.IsDigits(lower) {
		return lower
	}
	key := [2]string{string(lang), lower}
	if s, ok := a.cache.Load(key); ok {
		return s.(string)
	}
	s := text.Stem(text.WordLang(lower, lang), lower)
	a.cache.Store(key, s)
	return s
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// analysable reports whether package text has the stop words or the
// stemmer of language l.
func analysable(l text.Lang) bool {
	switch l {
	case text.English, text.Spanish, text.German, text.French, text.Portuguese,
		text.Italian, text.Russian, text.Arabic, text.Chinese, text.Japanese:
		return true
	}
	return false
}
