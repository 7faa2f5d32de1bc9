package claimcheck

import (
	"context"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/llm"
	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// lookupK is how many passages are retrieved for a claim's word that the
// claim's passages lack, to learn whether the coverage uses it at all and
// as a name: more finds a rare use further down, fewer answers faster.
const lookupK = 4

// everydayZipf is how common (Zipf scale, see retrieval.Zipf) an English
// word must be for the coverage not to need it: "gonna" and "left" may be
// a poster's wording for anything; a rarer word the coverage never uses
// ("denmark", "kushner", "capped") may name what it does not report, so a
// claim holding it is not supported. Lower lets more names of unreported
// countries through, higher refuses more paraphrases.
const everydayZipf = 4.5

// backed reports whether the paragraph that supports a claim holds what
// the claim names: every word the coverage writes as a name (or the claim
// capitalises) must be in the paragraph, and do in the sentence what the
// claim says they did (rolesHeld); every other word of the
// claim must be one the coverage uses somewhere, or everyday English. The
// model-answer check holds a claim to most of its words; a claim someone
// posts in lower case ("new zealand refused to sign") would otherwise be
// supported by a sentence about another country. Everyday words are
// known for English only: a claim in another language, or in another
// language than its paragraph, is held to the words it capitalises
// being in the coverage.
func (c *Checker) backed(ctx context.Context, claim string, lang text.Lang, sup footnote.Citation, supLang text.Lang, ss []sentence) (bool, error) {
	return c.backedExcept(ctx, claim, lang, sup, supLang, ss, "")
}

// backedExcept is backed with the claim's folded word except, which the
// sentence turns around (see paraphrase), not looked up in the coverage:
// it says what the sentence names, turned, as for strangeWord.
func (c *Checker) backedExcept(ctx context.Context, claim string, lang text.Lang, sup footnote.Citation, supLang text.Lang, ss []sentence, except string) (bool, error) {
	p, ok := c.paras.Paragraph(sup.Doc, sup.Paragraph)
	if !ok {
		return false, nil
	}
	if supLang == text.Unknown {
		supLang = c.langs.Detect(p.Text)
	}
	cross := lang != supLang && lang != text.Unknown && supLang != text.Unknown
	cw := wordsOf(claim, lang)
	var para map[string]struct{}
	p.Text, para = c.around(sup, p, supLang)
	// The article's headline says what its paragraphs are about: "the
	// agreement" of an article headlined "Morrison to shun UN compact"
	// is the UN's.
	h, hasHead := c.paras.Paragraph(sup.Doc, 0)
	headline := func() (map[string]struct{}, bool) {
		if !hasHead || sup.Paragraph == 0 {
			return nil, false
		}
		return wordsOf(h.Text, supLang).content, true
	}
	if !cross {
		named, err := c.postedNames(ctx, claim, knownNames(cw, ss), ss)
		if err != nil {
			return false, err
		}
		// A name only the headline holds sets the scene and does
		// nothing in the sentence (see rolesHeld).
		actors := named
		if head, ok := headline(); ok {
			actors.names = maps.Clone(named.names)
			for n := range named.names {
				if !holdsName(named, n, para, p.Text) && holdsName(named, n, head, h.Text) {
					delete(actors.names, n)
				}
			}
		}
		if !holdsNames(actors, para, p.Text) || !rolesHeld(actors, sup.Quote) {
			return false, nil
		}
	}
	if head, ok := headline(); ok {
		para = maps.Clone(para)
		maps.Copy(para, head)
	}
	seen := seenWords(ss)
	for i, w := range text.Words(claim) {
		f := text.Fold(w.Text)
		st := stem(f)
		forms := stemForms(f)
		inPara, inSeen := false, false
		for _, fs := range forms {
			_, p := para[fs]
			_, s := seen[fs]
			inPara, inSeen = inPara || p, inSeen || s
		}
		_, named := cw.names[st]
		switch {
		case inPara || inSeen || !isContent(f) || !isAbout(f) || f == except && except != "":
			continue
		case (cross || lang != text.English) && !(isName(w, i) && named):
			// Only English words are known to be everyday (Zipf).
			continue
		case !cross && contraction(f):
			continue
		}
		name, used, err := c.usage(ctx, w.Text, forms)
		if err != nil {
			return false, err
		}
		if used && name && !cross || !used && (lang != text.English || retrieval.Zipf(f) < everydayZipf) {
			return false, nil
		}
	}
	return true, nil
}

// around returns the text of paragraph p, which holds sup, with the one
// before it (a paragraph may name its people in the one before: "She was
// ultimately overruled"), and the stems of its content words, with the
// names its titles stand for: "the president" names the one the article
// writes after that title ("President Donald Trump"), so a claim naming
// Trump holds its name there.
func (c *Checker) around(sup footnote.Citation, p footnote.Paragraph, lang text.Lang) (string, map[string]struct{}) {
	return c.aroundWith(sup, p, lang, llm.TitlesOf(sup.Doc, c.paras))
}

// aroundWith is around with the titles of sup's article (llm.TitlesOf)
// already read.
func (c *Checker) aroundWith(sup footnote.Citation, p footnote.Paragraph, lang text.Lang, titles map[string]string) (string, map[string]struct{}) {
	t := p.Text
	if prev, ok := c.paras.Paragraph(sup.Doc, sup.Paragraph-1); ok && sup.Paragraph > 1 {
		t = prev.Text + "\n\n" + t
	}
	words := wordsOf(t, lang).content
	for _, w := range text.Words(t) {
		if r, _ := utf8.DecodeRuneInString(w.Text); unicode.IsUpper(r) {
			continue
		}
		if n := titles[text.Fold(w.Text)]; n != "" {
			words[stem(n)] = struct{}{}
		}
	}
	return t, words
}

// postedNames returns cw without the claim's first word as a name when
// the coverage writes that word in lower case past the first word of its
// sentences: a claim opens with a capital whatever its first word is
// ("Según Videgaray, …", "Laut US-Vertretung …"). A first word the
// coverage never uses stays a name ("Denmark said …").
func (c *Checker) postedNames(ctx context.Context, claim string, cw claimWords, ss []sentence) (claimWords, error) {
	ws := text.Words(claim)
	if len(ws) == 0 {
		return cw, nil
	}
	f := text.Fold(ws[0].Text)
	st := stem(f)
	if _, named := cw.names[st]; !named || text.IsAllCaps(ws[0].Text) {
		return cw, nil
	}
	var n nameCount
	for _, s := range ss {
		for i, w := range text.Words(s.cite.Quote) {
			if i > 0 && stem(text.Fold(w.Text)) == st {
				n.add(w.Text)
			}
		}
	}
	name, used := n.isName(), n.caps+n.lower > 0
	if !used {
		var err error
		if name, used, err = c.usage(ctx, ws[0].Text, stemForms(f)); err != nil {
			return cw, err
		}
	}
	if !used || name {
		return cw, nil
	}
	// Nor is it a deed of the claim's names (see rolesHeld).
	out := cw
	out.names, out.content = maps.Clone(cw.names), maps.Clone(cw.content)
	delete(out.names, st)
	delete(out.content, st)
	return out, nil
}

// seenWords returns the stems of the content words of sentences ss.
func seenWords(ss []sentence) map[string]struct{} {
	seen := map[string]struct{}{}
	for _, s := range ss {
		for w := range s.words.content {
			seen[w] = struct{}{}
		}
	}
	return seen
}

// strangeWord reports whether an English claim holds a word the coverage
// never uses (none of the claim's sentences ss holds it, and the index
// finds it nowhere) and that is not everyday English (everydayZipf): the
// claim is about something the coverage does not report ("sweden's prime
// minister backed out of the pact"), and a sentence on what it does
// report ("Prime Minister Charles Michel submitted the pact") says nothing
// against it. Known for English only, as in backed. The folded word
// turned, whose opposite a sentence holds in its place (see opposedIn), is
// about what that sentence reports and is not looked up.
func (c *Checker) strangeWord(ctx context.Context, claim string, lang text.Lang, ss []sentence, turned string) (bool, error) {
	if lang != text.English {
		return false, nil
	}
	seen := seenWords(ss)
	for _, w := range text.Words(claim) {
		f := text.Fold(w.Text)
		forms := stemForms(f)
		if f == turned || !isContent(f) || !isAbout(f) || contraction(f) || judgesOrTakesStance(f) || retrieval.Zipf(f) >= everydayZipf || slices.ContainsFunc(forms, func(fs string) bool {
			_, ok := seen[fs]
			return ok
		}) {
			continue
		}
		_, used, err := c.usage(ctx, w.Text, forms)
		if err != nil || !used {
			return err == nil, err
		}
	}
	return false, nil
}

// judgesOrTakesStance reports whether folded word f judges ("praised",
// "condemned") or takes a stance (leaving, staying, backing): such a word
// says how a party took what the claim names, not what it names, and the
// word lists know it when the coverage never writes it ("amnesty
// international praised the US withdrawal", where the coverage writes
// "condemned").
func judgesOrTakesStance(f string) bool {
	return relatedness.Approves(f) || relatedness.Disapproves(f) || relatedness.Leaves(f) || relatedness.Stays(f)
}

// englishEndings are the regular endings of English verbs and nouns
// ("sets", "ditched", "ditching"): a claim's word is in the coverage when
// its base is.
var englishEndings = []string{"ing", "ed", "es", "s", "d"}

// minBase is the shortest base an ending is cut down to: shorter ones
// ("us" of "used") are other words.
const minBase = 3

// stemForms returns the stems of folded word f, of its bases without
// an English ending and of its English Snowball stem ("capped" is "cap").
func stemForms(f string) []string {
	out := []string{stem(f)}
	if s := stem(text.Stem(text.English, f)); len(f) >= minSnowballWord && !slices.Contains(out, s) {
		out = append(out, s)
	}
	for _, e := range englishEndings {
		if base, ok := strings.CutSuffix(f, e); ok && utf8.RuneCountInString(base) >= minBase && !slices.Contains(out, stem(base)) {
			out = append(out, stem(base))
		}
	}
	return out
}

// isAbout reports whether folded word f is one wordsOf keeps: not a
// number, a unit of time, a scale, a month or a weekday, which the check
// compares as values.
func isAbout(f string) bool {
	_, scale := text.Scale(text.Unknown, f)
	return !strings.ContainsFunc(f, unicode.IsDigit) && timeUnits[f] == 0 && !scale && monthNames[f] == 0 && !isWeekday(f)
}

// usage reports whether the coverage uses a word (by its stem) and
// whether it writes it as a name: capitalised past the first word of a
// sentence more often than not.
func (c *Checker) usage(ctx context.Context, word string, forms []string) (name, used bool, err error) {
	ps, err := c.r.Retrieve(ctx, word, lookupK)
	if err != nil {
		return false, false, err
	}
	var n nameCount
	for _, ps := range ps {
		p, ok := c.paras.Paragraph(ps.Doc, ps.N)
		if !ok {
			continue
		}
		for _, s := range text.Split(p.Text) {
			for i, w := range text.Words(s.Text) {
				if !slices.Contains(forms, stem(text.Fold(w.Text))) {
					continue
				}
				used = true
				if i > 0 {
					n.add(w.Text)
				}
			}
		}
	}
	return n.isName(), used, nil
}

// contraction reports whether a folded word is an English contraction
// written without its apostrophe ("theres", "thats", "didnt"): a function
// word and its ending.
func contraction(f string) bool {
	for _, end := range []string{"s", "nt", "t", "re", "ll", "ve", "d", "m"} {
		if base, ok := strings.CutSuffix(f, end); ok && base != "" && text.IsStopWord(text.English, base) {
			return true
		}
	}
	return false
}

// acronymIn reports whether acronym, folded ("us"), is in t written
// with dots ("U.S.") or as the initials of its capitalised words ("United
// States").
func acronymIn(acronym, t string) bool {
	// The initials of each run of capitalised words: "U.S." is two
	// words, "U" and "S".
	var initials strings.Builder
	for _, w := range text.Words(t) {
		r, _ := utf8.DecodeRuneInString(w.Text)
		if unicode.IsUpper(r) {
			initials.WriteRune(unicode.ToLower(r))
		} else {
			initials.WriteByte(' ')
		}
	}
	for _, run := range strings.Fields(initials.String()) {
		if strings.Contains(run, acronym) {
			return true
		}
	}
	return false
}
