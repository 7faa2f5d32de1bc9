package bot

import (
	"strings"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// fragmentEdgeWords is how many words of a long cited sentence start and
// end its text fragment ("text=start,end"): more words make the match
// unambiguous but the link longer (every link counts against Discord's
// 2000 characters); fewer may match an earlier sentence.
const fragmentEdgeWords = 4

// maxLinkURL caps an article URL the bot links to: longer URLs eat the
// message's 2000 characters, and no news site needs more.
const maxLinkURL = 512

// linkable returns the article's URL if it is a plain http(s) URL a
// Markdown link can carry (no spaces, brackets or parentheses), without
// its fragment, or "".
func linkable(art footnote.Article) string {
	u := strings.TrimSpace(art.URL)
	if !(strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) || len(u) > maxLinkURL || strings.ContainsAny(u, " \t\r\n()<>[]") {
		return ""
	}
	if k := strings.IndexByte(u, '#'); k >= 0 {
		u = u[:k]
	}
	return u
}

// fragmentURL links to the cited sentence of paragraph p of art: the
// article's URL with a text fragment (#:~:text=…) that browsers scroll to
// and highlight. The sentence is the one of the paragraph holding quote
// (the first if no sentence does). It returns the bare URL when the
// paragraph has no text, and "" when the article has no linkable URL.
func fragmentURL(art footnote.Article, p footnote.Paragraph, quote string) string {
	u := linkable(art)
	if u == "" {
		return ""
	}
	sentence := citedSentence(p.Text, quote)
	words := strings.Fields(sentence)
	if len(words) == 0 {
		return u
	}
	if len(words) <= 2*fragmentEdgeWords {
		return u + "#:~:text=" + encodeFragment(strings.Join(words, " "))
	}
	start := strings.Join(words[:fragmentEdgeWords], " ")
	end := strings.Join(words[len(words)-fragmentEdgeWords:], " ")
	return u + "#:~:text=" + encodeFragment(start) + "," + encodeFragment(end)
}

// citedSentence is the sentence of para that holds quote (compared folded,
// as citations are checked), or para's first sentence; its edge
// punctuation that a page may set differently (quotes, brackets) is
// trimmed.
func citedSentence(para, quote string) string {
	ss := text.Sentences(para)
	if len(ss) == 0 {
		return ""
	}
	best := ss[0]
	if q := strings.Trim(text.Fold(quote), ` "'.,;:!?`); q != "" {
		for _, s := range ss {
			if strings.Contains(text.Fold(s), q) {
				best = s
				break
			}
		}
	}
	return strings.TrimFunc(best, func(r rune) bool {
		return strings.ContainsRune(" \t\n\"'“”‘’«»()[]", r)
	})
}

// encodeFragment percent-encodes s for a text directive: every byte but
// ASCII letters, digits and ". _ ~" is encoded, which covers what the
// text-fragment syntax reserves ("-", ",", "&") and what would end a
// Markdown link (")", ">") or a URL (spaces).
func encodeFragment(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '.', c == '_', c == '~':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}
