package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
)

// Layout of the answer card.
const (
	// groupSourcesAbove is the number of cited articles above which the
	// sources are grouped under their outlets: grouping saves repeating an
	// outlet's name, but for a few articles a heading per outlet takes more
	// room than it saves.
	groupSourcesAbove = 3
	// maxLinkButtons caps the "open the article" buttons: one per cited
	// article up to this many; more would crowd out the answer on phones.
	maxLinkButtons = 3
	// maxButtonLabel is Discord's limit on a button's label.
	maxButtonLabel = 80
	// minLinkedBudget is the smallest share of maxContent the answer text
	// may be cut to so that its citation links fit; below it the markers
	// are shown without links (the Sources box still links them).
	minLinkedBudget = 400
)

// cited is one cited paragraph of an article, with what the answer shows
// of it.
type cited struct {
	n     int
	quote string
	url   string // text-fragment link to the cited sentence, or ""
	// shown is true when the answer text already shows the quote's words,
	// so the Sources box does not repeat them.
	shown bool
}

// source is one cited article with its cited paragraphs, in the order the
// answer cites them.
type source struct {
	art   footnote.Article
	paras []*cited
}

// card is an answer laid out for Discord.
type card struct {
	sources []*source
	// byRef finds a cited paragraph by the article's label and the number,
	// and byN a paragraph by number alone (bare "[¶3]" markers).
	byRef map[footnote.MarkerRef]*cited
	byN   map[int]*cited
}

// newCard collects the answer's citations, each (article, paragraph) once,
// grouped by article in the order first cited.
func newCard(a footnote.Answer, articles map[string]footnote.Article) *card {
	c := &card{byRef: map[footnote.MarkerRef]*cited{}, byN: map[int]*cited{}}
	bySrc := map[string]*source{}
	folded := text.Fold(a.Text)
	answerWords := map[string]bool{}
	for _, w := range text.Words(folded) {
		answerWords[w.Text] = true
	}
	for _, ct := range a.Citations {
		art, ok := articles[ct.Doc]
		if !ok {
			art = footnote.Article{ID: ct.Doc}
		}
		src := bySrc[ct.Doc]
		if src == nil {
			src = &source{art: art}
			bySrc[ct.Doc] = src
			c.sources = append(c.sources, src)
		}
		ref := footnote.MarkerRef{Label: art.Label, N: ct.Paragraph}
		if cp := c.byRef[ref]; cp != nil {
			if cp.quote == "" {
				cp.quote = ct.Quote
			}
			continue
		}
		cp := &cited{n: ct.Paragraph, quote: ct.Quote}
		if p, ok := art.Paragraph(ct.Paragraph); ok {
			cp.url = fragmentURL(art, p, ct.Quote)
		}
		cp.shown = shownIn(ct.Quote, folded, answerWords)
		c.byRef[ref] = cp
		src.paras = append(src.paras, cp)
		if _, dup := c.byN[ct.Paragraph]; !dup {
			c.byN[ct.Paragraph] = cp
		}
	}
	return c
}

// shownWordShare is the share of a quote's words the answer must show for
// the quote to be left out of the Sources box: lower drops quotes that
// add facts the answer leaves out; higher repeats sentences the answer
// already paraphrases closely.
const shownWordShare = 0.6

// shownIn reports whether the answer (folded, and its set of words)
// already shows quote: the quote whole, or most of its words.
func shownIn(quote, folded string, answerWords map[string]bool) bool {
	q := strings.Trim(text.Fold(quote), ` "'.,;:!?`)
	if q == "" || strings.Contains(folded, q) {
		return true
	}
	words := text.Words(q)
	in := 0
	for _, w := range words {
		if answerWords[w.Text] {
			in++
		}
	}
	return float64(in) >= shownWordShare*float64(len(words))
}

// lookup finds the cited paragraph a marker names, and the label to show
// for it ("FP ¶3" even where the answer wrote a bare "[¶3]").
func (c *card) lookup(r footnote.MarkerRef) (*cited, string) {
	if cp := c.byRef[r]; cp != nil {
		return cp, r.Label
	}
	if r.Label == "" || len(c.sources) == 1 {
		if cp := c.byN[r.N]; cp != nil {
			for _, s := range c.sources {
				for _, p := range s.paras {
					if p == cp {
						return cp, s.art.Label
					}
				}
			}
		}
	}
	return nil, r.Label
}

// linkMarkers rewrites the citation markers of s as links to the cited
// sentences: "[FP ¶3]" becomes "[FP ¶3](<url#:~:text=…>)" (angle brackets:
// no preview card). A marker naming no cited paragraph is left as written.
func (c *card) linkMarkers(s string) string {
	spans := footnote.FindMarkers(s)
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range spans {
		b.WriteString(s[last:m.Start])
		last = m.End
		var parts []string
		linked := false
		for _, r := range m.Refs {
			cp, label := c.lookup(r)
			marker := footnote.Marker(label, r.N)
			if cp != nil && cp.url != "" {
				parts = append(parts, "["+marker+"](<"+cp.url+">)")
				linked = true
				continue
			}
			parts = append(parts, marker)
		}
		if !linked {
			b.WriteString(s[m.Start:m.End])
			continue
		}
		b.WriteString(strings.Join(parts, " "))
	}
	b.WriteString(s[last:])
	return b.String()
}

// renderAnswer turns an answer into messages within Discord's limits: the
// answer once, its markers linked to the cited sentences (split at
// sentence boundaries), the note in small text, then one Sources box
// listing each cited article once with its cited paragraphs under it, and
// buttons that open the articles. prefix, if set, is shown above the
// answer (e.g. the question a context-menu command asked). note is the
// note to show (see publicNote).
func renderAnswer(a footnote.Answer, articles map[string]footnote.Article, prefix, note string) []outMessage {
	body := footnote.Defuse(strings.TrimSpace(a.Text))
	if body == "" {
		body = "I have no answer to that."
	}
	if prefix != "" {
		body = prefix + "\n" + body
	}
	if note = strings.TrimSpace(note); note != "" {
		body += "\n-# " + footnote.Defuse(strings.Join(strings.Fields(note), " "))
	}
	if a.Refused {
		return textMessages(body)
	}
	c := newCard(a, articles)
	msgs := c.linkedMessages(body)
	last := &msgs[len(msgs)-1]
	for _, e := range c.embeds() {
		if len(last.Embeds) >= maxEmbedsPerMessage || embedsLen(last.Embeds)+embedLen(e) > maxEmbedTotal {
			msgs = append(msgs, outMessage{})
			last = &msgs[len(msgs)-1]
		}
		last.Embeds = append(last.Embeds, e)
	}
	if row := c.linkButtons(); row != nil {
		last.Components = append(last.Components, row)
	}
	return msgs
}

// textMessages splits s into messages of at most maxContent characters.
func textMessages(s string) []outMessage {
	var msgs []outMessage
	for _, chunk := range splitText(s, maxContent) {
		msgs = append(msgs, outMessage{Content: chunk})
	}
	if len(msgs) == 0 {
		msgs = []outMessage{{}}
	}
	return msgs
}

// linkedMessages splits body into messages whose text, once its markers
// are linked, fits maxContent: the plain text is split at a smaller budget
// until every linked piece fits, or shown without links below
// minLinkedBudget.
func (c *card) linkedMessages(body string) []outMessage {
	for budget := maxContent; budget >= minLinkedBudget; budget = budget * 4 / 5 {
		pieces := splitText(body, budget)
		msgs := make([]outMessage, 0, len(pieces))
		fits := true
		for _, p := range pieces {
			l := c.linkMarkers(p)
			if utf8.RuneCountInString(l) > maxContent {
				fits = false
				break
			}
			msgs = append(msgs, outMessage{Content: l})
		}
		if fits && len(msgs) > 0 {
			return msgs
		}
	}
	return textMessages(body)
}

// embeds is the Sources box: each cited article once (outlet, linked
// title, date) with its cited paragraphs, linked, under it; a quote only
// where the answer does not already show its words. Beyond
// groupSourcesAbove articles they are grouped under their outlets. Boxes
// are cut between articles to stay within 4096 characters each.
func (c *card) embeds() []*discordgo.MessageEmbed {
	if len(c.sources) == 0 {
		return nil
	}
	var lines []string
	if len(c.sources) <= groupSourcesAbove {
		for _, s := range c.sources {
			head := articleRef(s.art, s.art.ID)
			if o := outletName(s.art); o != "" {
				head = "**" + o + "** · " + head
			}
			lines = append(append(lines, head), s.paraLines("-# ↳ ")...)
		}
	} else {
		var order []string
		groups := map[string][]*source{}
		for _, s := range c.sources {
			o := outletName(s.art)
			if _, ok := groups[o]; !ok {
				order = append(order, o)
			}
			groups[o] = append(groups[o], s)
		}
		for _, o := range order {
			if o != "" {
				lines = append(lines, "**"+o+"**")
			}
			for _, s := range groups[o] {
				lines = append(append(lines, "• "+articleRef(s.art, s.art.ID)), s.paraLines("-# ↳ ")...)
			}
		}
	}
	return packEmbeds("Sources", lines, "\n")
}

// paraLines lists the source's cited paragraphs after lead: those whose
// words the answer shows on one line ("FP ¶1 · FP ¶3"), each other one on
// a line of its own with its quote.
func (s *source) paraLines(lead string) []string {
	var plain, quoted []string
	for _, p := range s.paras {
		marker := strings.Trim(footnote.Marker(s.art.Label, p.n), "[]")
		if p.url != "" {
			marker = "[" + marker + "](" + p.url + ")"
		}
		if p.shown {
			plain = append(plain, marker)
			continue
		}
		q := footnote.Defuse(truncate(strings.Join(strings.Fields(p.quote), " "), maxQuoteRunes))
		quoted = append(quoted, lead+marker+" “"+escapeMarkdown(q)+"”")
	}
	var lines []string
	if len(plain) > 0 {
		lines = append(lines, lead+strings.Join(plain, " · "))
	}
	return append(lines, quoted...)
}

// outletName is the article's publication, escaped for Markdown, or "".
func outletName(a footnote.Article) string {
	p := strings.Join(strings.Fields(a.Publication), " ")
	if p == "" {
		return ""
	}
	return escapeMarkdown(footnote.Defuse(truncate(p, maxOutletRunes)))
}

// linkButtons is a row of link buttons opening the cited articles (at most
// maxLinkButtons), or nil.
func (c *card) linkButtons() discordgo.MessageComponent {
	var btns []discordgo.MessageComponent
	seen := map[string]bool{}
	for _, s := range c.sources {
		u := linkable(s.art)
		if u == "" || seen[u] || len(btns) == maxLinkButtons {
			continue
		}
		seen[u] = true
		// One article: say what the button does. Several: name each by its
		// outlet, or by its headline when the outlet is named already.
		label := "Open the article"
		if len(c.sources) > 1 {
			label = strings.Join(strings.Fields(s.art.Publication), " ")
			if label == "" || seen[label] {
				label = strings.Join(strings.Fields(s.art.Title), " ")
			}
			seen[label] = true
			label = truncate(label, maxButtonLabel)
		}
		btns = append(btns, discordgo.Button{Style: discordgo.LinkButton, Label: label, URL: u})
	}
	if len(btns) == 0 {
		return nil
	}
	return discordgo.ActionsRow{Components: btns}
}

// packEmbeds puts blocks into embeds of at most maxEmbedDescription
// characters, joined by sep; the first embed carries title.
func packEmbeds(title string, blocks []string, sep string) []*discordgo.MessageEmbed {
	var embeds []*discordgo.MessageEmbed
	var desc strings.Builder
	flush := func() {
		if desc.Len() == 0 {
			return
		}
		e := &discordgo.MessageEmbed{Description: desc.String(), Color: embedColor}
		if len(embeds) == 0 {
			e.Title = title
		}
		embeds = append(embeds, e)
		desc.Reset()
	}
	for _, l := range blocks {
		l = truncate(l, maxEmbedDescription)
		if desc.Len() > 0 && utf8.RuneCountInString(desc.String())+len(sep)+utf8.RuneCountInString(l) > maxEmbedDescription {
			flush()
		}
		if desc.Len() > 0 {
			desc.WriteString(sep)
		}
		desc.WriteString(l)
	}
	flush()
	return embeds
}

func embedsLen(es []*discordgo.MessageEmbed) int {
	n := 0
	for _, e := range es {
		n += embedLen(e)
	}
	return n
}
