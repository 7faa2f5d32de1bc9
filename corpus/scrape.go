package corpus

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// Thresholds of the line classifier. They are about the shape of text in
// any language, not about one site's wording.
const (
	// minSentenceSize is the size (words; two CJK characters count as one)
	// from which a line ending like a sentence is body: shorter lines that
	// end with a period are widgets ("Subscribe now.") as often as text.
	minSentenceSize = 6
	// minRunOnSize is the size from which a line is body even without
	// closing punctuation (a truncated or unpunctuated paragraph); lower
	// keeps more menu strings, higher loses cut-off paragraphs.
	minRunOnSize = 22
	// maxHeadingSize bounds a headline; longer lines are paragraphs.
	maxHeadingSize = 30
	// minHeadingSize is the smallest headline; shorter lines are menu
	// items, section names and counters.
	minHeadingSize = 3
	// maxCaptionSize bounds a printed-twice line taken for a photo caption;
	// a doubled line longer than that is a doubled lead, kept once.
	maxCaptionSize = 35
	// maxDekSize bounds a standfirst under the headline; a longer line
	// is the lead.
	maxDekSize = 25
	// maxCreditedCaption bounds a line taken for a caption because it ends
	// in a photo credit: captions run long, and past this a line ending
	// with a name and a slash is more likely text than a caption.
	maxCreditedCaption = 90
	// maxCreditSize bounds a photo credit line ("Photo : Agency / Name");
	// longer lines with a slash are text.
	maxCreditSize = 9
	// minProseDistinct is the share of distinct words under which a long
	// line is a repeated-token string (icon labels, tags), not prose.
	minProseDistinct = 0.5
	// maxHeadingRepeat is the share of distinct words at or under which a
	// short line repeats itself too much for a headline ("Search Skip to
	// content Skip to menu").
	maxHeadingRepeat = 0.8
	// minContentRunes is the length from which a word counts as a content
	// word when a line's repetition is weighed; shorter ones are mostly
	// articles and prepositions, which a headline repeats freely.
	minContentRunes = 4
	// maxHeadingDigits is the share of digits over which a line is a date,
	// a counter or a price rather than a headline.
	maxHeadingDigits = 0.2
	// minWrapped is how many lines must stop mid-sentence for a page to be
	// taken as hard-wrapped; fewer are headlines and labels.
	minWrapped = 3
	// minWrapSize is the size of a line that can have been wrapped: a
	// wrapped line fills the width, a menu item does not.
	minWrapSize = 6
	// maxLabelWords bounds the label of a "Label: headline" teaser line
	// ("More news:", "READ MORE:"); longer prefixes are sentences.
	maxLabelWords = 3
	// maxNoticeSize bounds a copyright notice ("Copyright 2018 The
	// Associated Press. All rights reserved. This material may not be …");
	// a longer line with a © in it is a paragraph quoting one.
	maxNoticeSize = 40
	// minRepeats is how often a line must recur in one page to be chrome
	// (paywall notices, share bars); twice is a doubled lead or caption.
	minRepeats = 3
	// maxOffTopicOverlap is the share of a trailing block's content words
	// found in the rest of the article under which the block is taken for
	// an appended, unrelated story.
	maxOffTopicOverlap = 0.3
	// maxLeadIn is how many lines below a lone line at the top a headline
	// may sit for that line to be taken for a caption or prompt above the
	// article; further down, the headline-shaped line is a subhead.
	maxLeadIn = 2
	// maxKickerSize bounds the short sentence that may close a headline
	// ("Here's why", "What we know"); a longer second sentence makes the
	// line a lead or a teaser, not a headline.
	maxKickerSize = 4
	// minAppendedGap is how many lines of chrome must part a trailing
	// block from the text for it to be another story: one or two are
	// "Read more: …" links inside the story, which goes on after them.
	minAppendedGap = 3
	// minOffTopicBlock is the size of a trailing block, in words, below
	// which the off-topic test is not trusted.
	minOffTopicBlock = 25
	// maxDateSentence bounds the closing "sentence" of a line that is only
	// a date ("10 December 2018.", "10 de diciembre de 2018."): agency and
	// UN photo captions end with the day the picture was taken, while text
	// dates an event inside a sentence. Longer tails are sentences.
	maxDateSentence = 5
)

// lineKind is what the classifier decided a line of a scrape is.
type lineKind int

const (
	kindBody lineKind = iota
	kindChrome
	kindTitle
	kindDek
	kindDate
	kindByline
	kindCaption
)

// scrapeLine is one non-empty line of a scrape and its features.
type scrapeLine struct {
	text   string
	folded string
	size   int // words; CJK characters count half
	closed bool
	kind   lineKind
}

// Scrape is what the cleaner finds in a page as a crawler extracted it.
type Scrape struct {
	Title      string
	Dek        string
	Author     string
	Paragraphs []string
	// DateLines are the short lines that may carry the page's date, and
	// Openings the starts of the paragraphs, where a dateline is.
	DateLines []string
	Openings  []string
	// CrawlDate is the crawler's " date YYYY-MM[-DD]" prefix, unchecked.
	CrawlDate string
}

var (
	crawlPrefix = regexp.MustCompile(`^\s*date (\d{4}-\d{2}(?:-\d{2})?)\s*`)
	labelPrefix = regexp.MustCompile(`^([\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,2})\s?:\s*(.*)$`)
	// creditSlash is a photo credit naming a photographer and an agency:
	// "Reuters / Handout", "REUTERS/Jane Doe", "Jane Doe/AFP/Getty Images".
	creditSlash = regexp.MustCompile(`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s?/\s?\p{Lu}[\p{L}.'’-]*(?:(?:\s|\s?/\s?)\p{Lu}[\p{L}.'’-]*){0,3}`)
	// creditEnd is a photo credit closing a caption: "… in Budapest, May
	// 11, 2018. REUTERS/Jane Doe", "… File photo by Jane Doe/Reuters", "…
	// (Photo: AFP/Getty Images)", "… © AFP".
	creditEnd = regexp.MustCompile(`(?:^|[\s(])` + creditSlash.String() + `\)?\s?\.?$|©[^.]*$`)
	// capsCredit is a caption closing on agency names in capitals, with no
	// sentence end: "… para lidar com migração BBC NEWS BRASIL - MRE".
	capsCredit = regexp.MustCompile(`\p{Ll}[,;]?\s+\p{Lu}{2,}(?:(?:\s|\s?[-/|]\s?)\p{Lu}{2,})+$`)
	// parenCredit is an agency or photographer in brackets on its own:
	// "(Reuters)", "(Jane Doe / Agency)"; a bracket with lowercase words
	// ("(Reporting by …)") is a sign-off, not a photo credit.
	parenCredit   = regexp.MustCompile(`^\(\s*\p{Lu}[\p{L}.'’-]*(?:(?:\s|\s?[/,]\s?)\p{Lu}[\p{L}.'’-]*)*\s*\)\s?\.?$`)
	menuSep       = regexp.MustCompile(`\s[•|·»›]\s|\s{2,}\S`)
	template      = regexp.MustCompile(`\{\{[^}]*\}\}|\[\[[^]]*\]\]`)
	bylineRe      = regexp.MustCompile(`^(?i:by|por|von|par|di|da|de|af|door)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*\.?$`)
	innerSentence = regexp.MustCompile(`\p{Ll}{3,}[.!?]\s+\p{Lu}`)
	// sentenceBreak is the end of a sentence inside a line.
	sentenceBreak = regexp.MustCompile(`[.!?]["”’»)]?\s+`)
	// dateWord is a word of a date written out: a number, possibly with an
	// ordinal ending or a stop, or a word (a month, "de", "of").
	dateWord  = regexp.MustCompile(`^(?:\d{1,4}(?:st|nd|rd|th|er|º)?|\p{L}+)[.,]?$`)
	dayNumber = regexp.MustCompile(`^\d{1,2}(?:st|nd|rd|th|er|º)?[.,]?$`)
	hexID     = regexp.MustCompile(`^[0-9a-fA-F]{12,}$`)
	// rightsNotice is a copyright line: "© …", "Copyright 2018 The …".
	rightsNotice = regexp.MustCompile(`©|(?i:\bcopyright\s+(?:©\s*)?(?:19|20)\d\d\b)`)
)

// CleanScrape classifies the lines of a crawler's plain-text page and
// keeps the article: it removes navigation, paywall and share chrome,
// photo captions and credits, "Label: headline" teasers, lines repeated
// through the page, a crawler's date prefix and an unrelated story
// appended at the end, and keeps one copy of a doubled lead or text. It
// decides from the shape of each line (length, closing punctuation,
// separators, repetition, position) and of the page as a whole, never from
// one site's wording.
func CleanScrape(raw string) Scrape {
	var s Scrape
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	raw = strings.TrimPrefix(raw, "\ufeff")
	var lines []*scrapeLine
	for _, l := range unwrap(strings.Split(raw, "\n")) {
		l = collapse(strings.ReplaceAll(l, "\u00a0", " "))
		if len(lines) == 0 && s.CrawlDate == "" {
			if m := crawlPrefix.FindStringSubmatch(l); m != nil {
				s.CrawlDate = m[1]
				l = strings.TrimSpace(l[len(m[0]):])
			}
		}
		if l == "" || !hasLetter(l) {
			continue
		}
		lines = append(lines, newLine(l))
	}
	if len(lines) == 0 {
		return s
	}
	counts := map[string]int{}
	for _, l := range lines {
		counts[l.folded]++
	}
	for i, l := range lines {
		l.kind = classify(l, counts[l.folded])
		if l.kind == kindBody && i > 0 && lines[i-1].folded == l.folded && l.size <= maxCaptionSize && !isQuote(l.text) {
			// Printed twice in a row: a photo caption (the lead doubled
			// is longer and stays, once).
			lines[i-1].kind, l.kind = kindCaption, kindCaption
		}
	}
	if n := len(lines); n > 1 {
		// The excerpt may end inside a paragraph: a long last line after
		// the body is its cut-off end.
		if l := lines[n-1]; l.kind == kindChrome && lines[n-2].kind == kindBody && l.size >= minSentenceSize && counts[l.folded] == 1 && !menuSep.MatchString(l.text) && firstRune(l.text) != '(' {
			l.kind = kindBody
		}
	}
	markCaptions(lines)
	markCaptionCopies(lines)
	first := firstBody(lines)
	if first >= 0 && headlineOpeningWithQuote(lines[first]) {
		// "'America first' Trump now quits the refugee pact": a headline
		// that opens with a quoted phrase, not a quotation.
		lines[first].kind = kindChrome
		first = firstBody(lines)
	}
	s.Title = pickTitle(lines, first, counts)
	if s.Title == "" {
		if t := leadInHeading(lines, first); t >= 0 {
			// The short lines above the headline are no part of the text:
			// a photo caption, a prompt or a cookie notice the page opens
			// with.
			for _, l := range lines[first:t] {
				if l.kind == kindBody {
					l.kind = kindChrome
				}
			}
			s.Title = lines[t].text
		}
	}
	if s.Title != "" {
		titleKey := text.Fold(s.Title)
		for i, l := range lines {
			if l.folded == titleKey {
				l.kind = kindTitle
				if first >= 0 && i+1 < len(lines) && i < first {
					if n := lines[i+1]; n.kind == kindBody && n.closed && n.size <= maxDekSize && !isQuote(n.text) && i+2 < len(lines) && lines[i+2].kind == kindBody && 2*lines[i+2].size >= 3*n.size {
						n.kind = kindDek
						s.Dek = n.text
					}
				}
			}
		}
	}
	for _, l := range lines {
		if m := bylineRe.FindStringSubmatch(l.text); m != nil && l.kind != kindTitle {
			l.kind = kindByline
			if s.Author == "" {
				s.Author = m[1]
			}
		}
		if l.kind != kindBody && l.kind != kindCaption && l.size <= maxHeadingSize {
			s.DateLines = append(s.DateLines, l.text)
		} else if l.kind == kindBody {
			s.Openings = append(s.Openings, openingOf(l.text))
		}
	}
	dropOffTopicTail(lines)
	seen := map[string]bool{}
	for i, l := range lines {
		if l.kind != kindBody {
			continue
		}
		if l.size < minSentenceSize && !(i == len(lines)-1 && i > 0 && lines[i-1].kind == kindBody) && !l.closed {
			continue
		}
		if seen[l.folded] {
			continue
		}
		seen[l.folded] = true
		s.Paragraphs = append(s.Paragraphs, l.text)
	}
	s.Paragraphs = dropContained(s.Paragraphs)
	return s
}

// unwrap joins the lines of a page printed with hard line breaks inside
// sentences: when at least minWrapped lines stop mid-sentence (after a
// lowercase letter or a comma, with a line right after), each such line
// is joined with the next. A page with fewer is left alone, so a headline
// is never glued to a byline.
func unwrap(raw []string) []string {
	wrapped := func(i int) bool {
		l := strings.TrimSpace(raw[i])
		if i+1 >= len(raw) || strings.TrimSpace(raw[i+1]) == "" || lineSize(l) < minWrapSize {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(l)
		return unicode.IsLower(r) || r == ','
	}
	n := 0
	for i := range raw {
		if wrapped(i) {
			n++
		}
	}
	if n < minWrapped {
		return raw
	}
	var out []string
	var cur strings.Builder
	for i, l := range raw {
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(strings.TrimSpace(l))
		if !wrapped(i) {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	return out
}

func newLine(l string) *scrapeLine {
	return &scrapeLine{text: l, folded: text.Fold(l), size: lineSize(l), closed: closesSentence(l)}
}

// classify decides a line's kind from its own shape and how often it
// occurs in the page.
func classify(l *scrapeLine, repeats int) lineKind {
	switch {
	case repeats >= minRepeats, template.MatchString(l.text), hexID.MatchString(l.text):
		return kindChrome
	case l.size <= maxNoticeSize && rightsNotice.MatchString(l.text) && !isQuote(l.text):
		return kindChrome
	case menuSep.MatchString(l.text) && !l.closed:
		return kindChrome
	case strings.HasSuffix(l.text, ":") && l.size <= maxHeadingSize:
		return kindChrome
	case isTeaser(l):
		return kindChrome
	case l.closed && l.size >= minSentenceSize:
		return kindBody
	case l.size >= minRunOnSize:
		if distinctRatio(l.text) < minProseDistinct || !strings.ContainsAny(l.text, ",;:.،、，；") {
			return kindChrome // an icon-font, tag or menu string: no clause in it
		}
		return kindBody
	case isQuote(l.text) && l.size >= minHeadingSize:
		return kindBody
	}
	return kindChrome
}

// isTeaser reports a "Label: headline" line: a short label, a colon, and a
// headline that does not end like a sentence.
func isTeaser(l *scrapeLine) bool {
	m := labelPrefix.FindStringSubmatch(l.text)
	if m == nil || len(strings.Fields(m[1])) > maxLabelWords || l.closed {
		return false
	}
	return m[2] != "" && !isQuote(m[2])
}

// markCaptions marks photo credits ("Photo : Agency / Name", "(Name /
// Agency)") and the short sentence just before one, which is its caption,
// and captions that end in their credit (of any length: a credit closes
// no paragraph of text).
func markCaptions(lines []*scrapeLine) {
	for i, l := range lines {
		if isQuote(l.text) {
			continue
		}
		if l.size > maxCreditSize || !isCredit(l.text) {
			if l.size <= maxCreditedCaption && (creditEnd.MatchString(l.text) || endsWithBareDate(l.text) || !l.closed && i+1 < len(lines) && capsCredit.MatchString(l.text)) {
				l.kind = kindCaption // the caption and its credit on one line
			}
			continue
		}
		l.kind = kindCaption
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			p := lines[j]
			if p.kind != kindBody && p.kind != kindCaption || p.size > maxCaptionSize {
				break // the caption sits right above its credit
			}
			p.kind = kindCaption
		}
	}
}

// endsWithBareDate reports a line of at least one sentence closed by a
// "sentence" that is only a date with a day and a year ("… in Marrakech,
// Morocco. 10 December 2018."), the way news-agency and UN photo captions
// end. A line that is only a date is a dateline, not a caption.
func endsWithBareDate(s string) bool {
	locs := sentenceBreak.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return false
	}
	last := locs[len(locs)-1]
	if lineSize(s[:last[0]]) < minSentenceSize {
		return false
	}
	words := strings.Fields(s[last[1]:])
	if len(words) < 2 || len(words) > maxDateSentence {
		return false
	}
	year, day := false, false
	for _, w := range words {
		if !dateWord.MatchString(w) {
			return false
		}
		if fourDigitYear.MatchString(w) && len(strings.Trim(w, ".,")) == 4 {
			year = true
		} else if dayNumber.MatchString(w) {
			day = true
		}
	}
	return year && day
}

// markCaptionCopies marks as captions the body lines that open a caption:
// the same caption printed again without its credit. Sorted, each line
// is looked up once, so a page of many lines stays linear in effect.
func markCaptionCopies(lines []*scrapeLine) {
	var caps []string
	for _, c := range lines {
		if c.kind == kindCaption {
			caps = append(caps, c.folded)
		}
	}
	if len(caps) == 0 {
		return
	}
	sort.Strings(caps)
	for _, l := range lines {
		if l.kind != kindBody {
			continue
		}
		i := sort.SearchStrings(caps, l.folded)
		for i < len(caps) && caps[i] == l.folded {
			i++
		}
		if i < len(caps) && strings.HasPrefix(caps[i], l.folded) {
			l.kind = kindCaption
		}
	}
}

// isCredit reports a short line that is a photo credit: a copyright sign,
// a name and an agency apart by a slash, or an agency in brackets.
func isCredit(s string) bool {
	return strings.ContainsRune(s, '©') || creditSlash.MatchString(s) || parenCredit.MatchString(s) || strings.HasSuffix(s, " |")
}

// pickTitle returns the headline: the longest heading-shaped line before
// the body (the later one on a tie, nearer the text), or a heading line
// printed twice anywhere. It returns "" when the page shows none.
func pickTitle(lines []*scrapeLine, first int, counts map[string]int) string {
	best, bestSize := "", 0
	end := first
	if end < 0 {
		end = len(lines)
	}
	for i, l := range lines {
		if !isHeading(l) {
			continue
		}
		if counts[l.folded] == 2 && (i < end || best == "") {
			return l.text
		}
		if i < end && l.size > bestSize {
			best, bestSize = l.text, l.size
		}
	}
	return best
}

// firstBody returns the index of the first line of text, or -1.
func firstBody(lines []*scrapeLine) int {
	for i, l := range lines {
		if l.kind == kindBody {
			return i
		}
	}
	return -1
}

// headlineOpeningWithQuote reports a heading-shaped line that opens with a
// quoted phrase and runs on past it, unclosed: the text's first line so
// shaped is a headline, while a quotation closes with its quote or a
// sentence end.
func headlineOpeningWithQuote(l *scrapeLine) bool {
	return isQuote(l.text) && !l.closed && !endsWithQuote(l.text) && isHeading(l)
}

// leadInHeading returns the index of a headline printed under one or two
// short lines of text at the top of the page (a caption, a prompt or a
// cookie notice before the article), or -1: the lines from first on must
// be short and no quotation, the headline follow within maxLeadIn lines
// and the text follow the headline. A long line before the headline is
// the text's lead, and the headline-shaped line under it a subhead.
func leadInHeading(lines []*scrapeLine, first int) int {
	if first < 0 {
		return -1
	}
	for i := first; i < len(lines) && i <= first+maxLeadIn; i++ {
		l := lines[i]
		if l.kind != kindBody {
			if i > first && isHeading(l) && i+1 < len(lines) && lines[i+1].kind == kindBody {
				return i
			}
			continue
		}
		if l.size > maxCaptionSize || isQuote(l.text) || i > first && !(l.closed && lines[first].closed) {
			// The text has begun: a long line, a quotation, or a second
			// line where the first or this one runs on mid-sentence.
			return -1
		}
	}
	return -1
}

func isHeading(l *scrapeLine) bool {
	if l.size < minHeadingSize || l.size > maxHeadingSize || menuSep.MatchString(l.text) || isQuote(l.text) && endsWithQuote(l.text) {
		return false
	}
	if strings.HasSuffix(l.text, ".") || strings.HasSuffix(l.text, ":") || isCredit(l.text) || creditEnd.MatchString(l.text) {
		return false
	}
	// Two sentences, a list ("a: b; c: d") or a bullet are not a headline,
	// except a headline closed by a short kicker ("… pulls out of the
	// pact. Here's why").
	if innerSentence.MatchString(l.text) && !hasKicker(l.text) && !hasTopicLabel(l.text) || strings.Contains(l.text, ";") || strings.Count(l.text, ":") > 1 || strings.ContainsRune("•·▪-–*", firstRune(l.text)) {
		return false
	}
	if distinctRatio(l.text) <= maxHeadingRepeat && repeatsContent(l.text) || digitShare(l.text) > maxHeadingDigits {
		return false
	}
	return true
}

// hasKicker reports a headline of two sentences whose second is a short
// unclosed kicker: "U.S. pulls out of a global pact on migrants. Here's
// why". The first must be a statement of its own (minSentenceSize words):
// a widget of short commands ("Sign in. Subscribe now") is not one, nor a
// question followed by a call to the reader ("Will the US return to the
// talks? Tell us"), which is a prompt.
func hasKicker(s string) bool {
	first, kicker, ok := twoSentences(s)
	return ok && !strings.HasSuffix(first, "?") && lineSize(first) >= minSentenceSize && lineSize(kicker) <= maxKickerSize && !closesSentence(s)
}

// twoSentences splits a line of exactly two sentences at the start of the
// second; ok is false for one sentence or more than two.
func twoSentences(s string) (first, second string, ok bool) {
	locs := innerSentence.FindAllStringIndex(s, -1)
	if len(locs) != 1 {
		return "", "", false
	}
	cut := locs[0][1] - 1 // the second sentence's first letter
	for cut > 0 && s[cut-1] != ' ' {
		cut--
	}
	return strings.TrimSpace(s[:cut]), s[cut:], true
}

// hasTopicLabel reports a headline opened by a short topic label closed
// with a stop: "Global Compact on Migration. Statement by the Prime
// Minister". The label has at most maxKickerSize words and the headline
// after it is a phrase of its own (minSentenceSize words) that does not
// end like a sentence; short commands ("Sign in. Subscribe now") are not.
func hasTopicLabel(s string) bool {
	label, headline, ok := twoSentences(s)
	return ok && !strings.HasSuffix(label, "?") && lineSize(label) <= maxKickerSize && lineSize(headline) >= minSentenceSize && !closesSentence(s)
}

// dropOffTopicTail marks as chrome a block of body lines at the end of
// the page, after a run of chrome that introduces other stories (a block
// of links opened by a line ending with a colon), whose words the rest of
// the article barely shares: an unrelated story a site appended. Teaser
// links inside the story ("More news: …") do not end it.
func dropOffTopicTail(lines []*scrapeLine) {
	end := len(lines)
	start := end
	for start > 0 && lines[start-1].kind == kindBody {
		start--
	}
	if start == end || start == 0 || lines[start-1].kind != kindChrome {
		return
	}
	gap := start
	for gap > 0 && lines[gap-1].kind != kindBody {
		gap--
	}
	if gap == 0 || start-gap < minAppendedGap {
		return // the tail follows the body after a link or two: same story
	}
	introduced := false
	for _, l := range lines[gap:start] {
		if strings.HasSuffix(l.text, ":") {
			introduced = true // "More on this:", "Mehr zu …:"
		}
	}
	if !introduced {
		return
	}
	head, tail := map[string]bool{}, map[string]bool{}
	tailWords := 0
	for i, l := range lines {
		if l.kind != kindBody && l.kind != kindTitle {
			continue
		}
		for _, w := range text.Words(l.folded) {
			if utf8.RuneCountInString(w.Text) < 4 {
				continue
			}
			if i >= start {
				tail[w.Text] = true
				tailWords++
			} else {
				head[w.Text] = true
			}
		}
	}
	if tailWords < minOffTopicBlock || len(head) < minOffTopicBlock || len(tail) == 0 {
		return
	}
	shared := 0
	for w := range tail {
		if head[w] {
			shared++
		}
	}
	if float64(shared)/float64(len(tail)) < maxOffTopicOverlap {
		for _, l := range lines[start:] {
			l.kind = kindChrome
		}
	}
}

// dropContained removes paragraphs whose folded text is inside another,
// longer one: a lead printed again inside the text, a truncated copy.
func dropContained(paras []string) []string {
	folded := make([]string, len(paras))
	for i, p := range paras {
		folded[i] = text.Fold(p)
	}
	var out []string
	for i, p := range paras {
		inside := false
		for j, q := range folded {
			if j != i && len(q) > len(folded[i]) && strings.Contains(q, folded[i]) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, p)
		}
	}
	return out
}

// lineSize counts words, CJK characters as half a word each (a Chinese or
// Japanese sentence has no spaces).
func lineSize(s string) int {
	words, cjk := 0, 0
	for _, f := range strings.Fields(s) {
		n := 0
		for _, r := range f {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				n++
			}
		}
		cjk += n
		if n == 0 || n < utf8.RuneCountInString(f)/2 {
			words++
		}
	}
	return words + (cjk+1)/2
}

// closesSentence reports whether s ends like a sentence: a full stop, a
// question or exclamation mark (in any script), an ellipsis, or a closing
// quote or bracket after one.
func closesSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)」』】）")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?。！？…؟۔", r)
}

// isQuote reports a line that opens with a quotation mark or a dialogue dash.
func isQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("\"“„«‘'「『", r) || strings.HasPrefix(s, "- ") && lineSize(s) >= minSentenceSize || strings.HasPrefix(s, "— ")
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// distinctRatio is the share of distinct words among a line's words.
func distinctRatio(s string) float64 {
	return distinctShare(strings.Fields(strings.ToLower(s)))
}

// repeatsContent reports a word of minContentRunes or more occurring twice
// in a line: a menu repeats its items ("Skip to content Skip to menu"), a
// headline only its articles and prepositions ("the brink of the …").
func repeatsContent(s string) bool {
	seen := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if utf8.RuneCountInString(w) < minContentRunes {
			continue
		}
		if seen[w] {
			return true
		}
		seen[w] = true
	}
	return false
}

// distinctShare is the share of distinct strings in f (1 for fewer than
// four).
func distinctShare(f []string) float64 {
	if len(f) < 4 {
		return 1
	}
	seen := map[string]bool{}
	for _, w := range f {
		seen[w] = true
	}
	return float64(len(seen)) / float64(len(f))
}

func digitShare(s string) float64 {
	d, n := 0, 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		n++
		if unicode.IsDigit(r) {
			d++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(d) / float64(n)
}

// openingOf returns the start of a line, where a dateline or a date glued
// to the paragraph would be.
func openingOf(s string) string {
	const opening = 40 // bytes: a long date expression and a little more
	if len(s) <= opening {
		return s
	}
	cut := opening
	for cut < len(s) && !utf8.RuneStart(s[cut]) {
		cut++
	}
	return s[:cut]
}

// endsWithQuote reports a line that closes with a quotation mark.
func endsWithQuote(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("\"”»’'」』", r)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
