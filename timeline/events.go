package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/corpus"
	"github.com/footnote-bot/footnote/text"
)

// candidate is one sentence that dates an event.
type candidate struct {
	date  dated
	cite  footnote.Citation
	words map[string]struct{} // its folded content words
	lead  bool                // the article's first sentence, dated by its publication
	filed dated               // the day of the dateline it opens with, if any (dateline.go)
	lang  text.Lang           // its article's language
	keys  map[string]struct{} // words as other languages may share them (crosslang.go)
}

// minSentenceRunes is the shortest sentence that can describe an event: a
// dateline or a caption is shorter. A sentence dated by its own words is
// measured in columns (sentenceWidth, width.go: a Hangul or Han character
// is two); a title or a lead dated by its page, in runes.
const minSentenceRunes = 40

// maxSentenceRunes is the longest sentence taken whole as a quote; longer
// ones are usually several facts run together by a bad split.
const maxSentenceRunes = 400

// candidates returns the dated sentences of a: each sentence giving a
// date, and the article's first sentence on its publication date when
// that sentence gives none (a statement, a press release: the news is of
// the day).
func candidates(a footnote.Article, det *text.Detector) ([]candidate, undated, undated) {
	lang := text.Lang(a.Language)
	if lang == text.Unknown {
		// Without a language the parser tries every one it knows, a
		// thousand times slower.
		var b strings.Builder
		for _, p := range a.Body() {
			b.WriteString(p.Text)
			b.WriteByte('\n')
		}
		lang = det.Detect(b.String())
	}
	if lang == text.Unknown {
		lang = text.English
	}
	published := publishedDay(a, string(lang))
	if published.IsZero() {
		published = dateline(a, string(lang))
	}
	f := newDateFinder(string(lang), published)
	f.relative = skipRestrictive
	f.yearless = true
	// The first sentence tells the page's news: a date in a relative
	// clause of it dates a noun, not that news (relative.go).
	own := f
	own.relative = skipRelative
	var out []candidate
	var later undated
	if published.IsZero() {
		later.lang, later.month = string(lang), a.PublishedMonth
	}
	// A dated page's lead and the undated sentences of its first
	// paragraphs, which may tell an earlier day's event (reportlead.go).
	news := undated{lang: string(lang)}
	// The article is itself news of its day: its title says what, unless
	// the import made it from the lead (the page shows no headline), which
	// is a candidate below as the page printed it.
	if head, ok := a.Paragraph(0); ok && !published.IsZero() && utf8.RuneCountInString(a.Title) >= minSentenceRunes && footnote.QuoteIn(a.Title, head.Text) && !madeTitle(a) {
		w := contentWords(a.Title, lang)
		filed, _, _ := f.splitDateline(a.Title)
		out = append(out, candidate{date: dated{t: published}, lead: true, filed: filed, words: w, lang: lang, keys: cognateKeys(w),
			cite: footnote.Citation{Doc: a.ID, Paragraph: 0, Quote: a.Title}})
	}
	leadDone := false
	previous := ""
	for k, p := range a.Body() {
		if k > 0 {
			// The lead is the first paragraph's: a later sentence with no
			// date is background, not news of the day.
			leadDone = true
		}
		for i, s := range text.Split(p.Text) {
			n := utf8.RuneCountInString(s.Text)
			if sentenceWidth(s.Text) < minSentenceRunes || n > maxSentenceRunes || !footnote.QuoteIn(s.Text, p.Text) {
				continue
			}
			// Shorter in runes, it is an event only by a date of its own
			// (width.go).
			short := n < minSentenceRunes
			if (i == 0 && continuesSentence(previous)) || opensWithDash(s.Text) {
				continue
			}
			w := contentWords(s.Text, lang)
			c := candidate{cite: footnote.Citation{Doc: a.ID, Paragraph: p.N, Quote: s.Text}, words: w, lang: lang, keys: cognateKeys(w)}
			finder := f
			if k == 0 && i == 0 {
				finder = own
			}
			d, filed, lead, ok := finder.eventDate(s.Text)
			if short && (!ok || lead) {
				continue
			}
			c.filed = filed
			switch {
			case ok:
				c.date, c.lead = d, lead
			case !leadDone && !published.IsZero():
				c.date, c.lead = dated{t: published}, true
				news.lead = len(news.sentences) + 1
				news.sentences = append(news.sentences, c)
			case published.IsZero():
				// Dated, if at all, by an event it shares with dated
				// articles (anchor.go, eventanchor.go).
				if k == 0 && i == 0 {
					later.lead = len(later.sentences) + 1
				}
				later.sentences = append(later.sentences, c)
				continue
			default:
				if p.N <= maxNewsParagraph {
					news.sentences = append(news.sentences, c)
				}
				leadDone = true
				continue
			}
			leadDone = true
			out = append(out, c)
		}
		previous = p.Text
	}
	return out, later, news
}

// madeTitle reports whether a's title is one the import made from its
// first paragraph (corpus.IsLeadTitle).
func madeTitle(a footnote.Article) bool {
	lead, ok := a.Paragraph(1)
	return ok && corpus.IsLeadTitle(a.Title, lead.Text)
}

// continuesSentence reports whether the next paragraph goes on with the
// sentence that para leaves open: a quotation closed on a comma (“…in
// 2018,” / Brenden Varma, a spokesman, said on Sunday.), or a paragraph
// ending on a comma. What opens the next paragraph is then the tail of
// that sentence (its attribution), which dates the quotation but says
// nothing that happened by itself.
func continuesSentence(para string) bool {
	t := strings.TrimRightFunc(para, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.In(r, unicode.Pf, unicode.Pi, unicode.Pe) || r == '"' || r == '\''
	})
	return strings.HasSuffix(t, ",")
}

// opensWithDash reports whether sentence s opens with a dash: the line
// that signs an embedded post or a quotation ("— PM of Israel (@IsraeliPM)
// 20. November 2018"), in every language; a sentence telling an event
// opens with a word.
func opensWithDash(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.Is(unicode.Pd, r)
}

// contentWords returns the folded words of s that are not stop words.
func contentWords(s string, lang text.Lang) map[string]struct{} {
	ws := text.Words(s)
	out := make(map[string]struct{}, len(ws))
	for _, w := range ws {
		f := text.Fold(w.Text)
		if utf8.RuneCountInString(f) < 2 || text.IsStopWord(lang, f) || text.IsStopWord(text.English, f) {
			continue
		}
		out[strings.ToLower(f)] = struct{}{}
	}
	return out
}
