package claimcheck

import (
	"context"
	"strings"
	"time"
	"unicode"

	"github.com/footnote-bot/footnote"
	"github.com/footnote-bot/footnote/text"
	"github.com/footnote-bot/footnote/timeline"
)

// passages retrieves what the coverage says near the claim, written in
// language lang: K passages for the claim; when it names things, K for its
// names alone, which finds the articles in other languages than the
// claim's; and when it gives a day or a number, K for the rest of it (with
// the weekday of a date given in full); when it names who announced, K for
// the announcer and K for what was announced.
func (c *Checker) passages(ctx context.Context, claim string, lang text.Lang) ([]footnote.Passage, error) {
	ps, err := c.r.Retrieve(ctx, claim, c.K)
	if err != nil {
		return nil, err
	}
	var names, undated []string
	dated := false
	for i, w := range text.Words(claim) {
		f := text.Fold(w.Text)
		if isName(w, i) && isContent(f) {
			names = append(names, w.Text)
		}
		if isWeekday(f) || monthNames[f] != 0 || relativeDays[f] || strings.ContainsFunc(f, unicode.IsDigit) {
			dated = true
		} else {
			undated = append(undated, w.Text)
		}
	}
	if len(names) >= minForeignNames {
		more, err := c.r.Retrieve(ctx, strings.Join(names, " "), c.K)
		if err != nil {
			return nil, err
		}
		ps = append(ps, more...)
	}
	if dated && len(undated) > 0 {
		// The outlets that date the event otherwise rank below those
		// that give the claim's date: K more for the claim without it,
		// and with the weekday of a date given in full, as the outlets
		// that tell it by its weekday write it ("On Saturday, …").
		if slot, ok := claimDay(claim, lang); ok && slot.hasDayDate && slot.year != 0 {
			undated = append(undated, time.Date(slot.year, slot.month, slot.day, 0, 0, 0, 0, time.UTC).Weekday().String())
		}
		more, err := c.r.Retrieve(ctx, strings.Join(undated, " "), c.K)
		if err != nil {
			return nil, err
		}
		ps = append(ps, more...)
	}
	// Who announced an act is told differently by outlets (see
	// announcers): K more for the announcer and the verb, K for the
	// verb and the act.
	ws := text.Words(claim)
	for _, w := range ws {
		if !hasPrefix(text.Fold(w.Text), announceStems) {
			continue
		}
		for _, q := range []string{claim[:w.End], claim[w.Start:]} {
			more, err := c.r.Retrieve(ctx, q, c.K)
			if err != nil {
				return nil, err
			}
			ps = append(ps, more...)
		}
		break
	}
	return ps, nil
}

// languageOf returns a function giving an article's language, Unknown
// when the paragraphs don't say.
func (c *Checker) languageOf() func(doc string) text.Lang {
	lib, ok := c.paras.(footnote.Library)
	if !ok {
		return func(string) text.Lang { return text.Unknown }
	}
	langs := map[string]text.Lang{}
	for _, a := range lib.Articles() {
		langs[a.ID] = text.Lang(strings.ToLower(a.Language[:min(2, len(a.Language))]))
	}
	return func(doc string) text.Lang { return langs[doc] }
}

// daters returns a function giving the Dater of an article, made when
// first asked for; false when the paragraphs don't give their articles.
func (c *Checker) daters(langOf func(doc string) text.Lang) func(doc string) (timeline.Dater, bool) {
	lib, ok := c.paras.(footnote.Library)
	if !ok {
		return func(string) (timeline.Dater, bool) { return timeline.Dater{}, false }
	}
	var arts map[string]footnote.Article
	made := map[string]timeline.Dater{}
	return func(doc string) (timeline.Dater, bool) {
		if d, ok := made[doc]; ok {
			return d, true
		}
		if arts == nil {
			arts = map[string]footnote.Article{}
			for _, a := range lib.Articles() {
				arts[a.ID] = a
			}
		}
		a, ok := arts[doc]
		if !ok {
			return timeline.Dater{}, false
		}
		made[doc] = timeline.NewDater(a, langOf(doc))
		return made[doc], true
	}
}
