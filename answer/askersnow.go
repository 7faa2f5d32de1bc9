package answer

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// A question anchored on the asker's own present ("whats the weather like
// today", "who won the game last night", "the best movie this year") asks
// about a time the articles, which report what happened before they were
// published, cannot tell. Such a question shares everyday words with the
// articles ("last", "night", "year") and was answered from a sentence that
// holds them. A time word of the articles' own narration ("what happened
// early last week", the FP article's "early last week") is theirs, not the
// asker's: the question is answered when a sentence of its answer writes
// the same words.

// deicticWords place a question at the asker's now by themselves: a
// closed class of English time adverbs (timeWords less those that need a
// number, "ago", or name no day, "weekend"). "now", "currently" and
// "nowadays" are left out: chat writes "so is the us out now" of the
// state the articles report, and "now" would refuse it (it won one tune
// refusal, "what is stephen miller doing now", and refused three such
// on-topic questions tried by hand); "right now" names the asker's moment.
var deicticWords = map[string]bool{"today": true, "tonight": true, "tomorrow": true, "yesterday": true}

// deicticModifiers count a time unit from the asker's now ("this year",
// "last night", "next week"): the modifiers of timeModifiers that point
// from the present, not from another time ("early", "same", "following").
var deicticModifiers = map[string]bool{"this": true, "last": true, "next": true, "coming": true, "past": true}

// deicticUnits are the units a deictic modifier counts: timeUnits in the
// singular, and the parts of a day.
var deicticUnits = map[string]bool{
	"day": true, "week": true, "month": true, "year": true, "decade": true,
	"night": true, "morning": true, "evening": true, "afternoon": true, "weekend": true, "season": true,
}

// askersNow returns the phrases of q (lowercase, in chat.go's plain words)
// that place it at the asker's present ("today", "last night").
func askersNow(q string) []string {
	ws := text.Words(q)
	var out []string
	for i, w := range ws {
		lw := strings.ToLower(w.Text)
		switch {
		case deicticWords[lw]:
			out = append(out, lw)
		case lw == "now" && i > 0 && strings.EqualFold(ws[i-1].Text, "right"):
			out = append(out, "right now")
		case deicticModifiers[lw] && i+1 < len(ws) && deicticUnits[strings.ToLower(ws[i+1].Text)]:
			out = append(out, lw+" "+strings.ToLower(ws[i+1].Text))
		}
	}
	return out
}

// askersNowIn returns the phrases of own that place it at the asker's
// present (see askersNow), reading own only when one of terms (the
// question's, which hold every word of such a phrase but "this", "last",
// "next" and "now") could be one: most questions have none and cost no
// more.
func askersNowIn(own string, terms []qterm) []string {
	for _, t := range terms {
		if w := strings.ToLower(t.Word); deicticWords[w] || deicticUnits[w] || w == "right" {
			return askersNow(own)
		}
	}
	return nil
}

// atAskersNow reports whether a phrase of now (see askersNow) is written
// by no sentence of picked.
func atAskersNow(now []string, picked []sentence) bool {
	for _, p := range now {
		if !containsPhrase(picked, p) {
			return true
		}
	}
	return false
}

// containsPhrase reports whether a sentence of picked holds phrase as
// whole words, ignoring case.
func containsPhrase(picked []sentence, phrase string) bool {
	want := strings.Fields(phrase)
	for _, s := range picked {
		ws := text.Words(s.text)
		for i := 0; i+len(want) <= len(ws); i++ {
			j := 0
			for j < len(want) && strings.EqualFold(ws[i+j].Text, want[j]) {
				j++
			}
			if j == len(want) {
				return true
			}
		}
	}
	return false
}

// asksOnlyItsKind reports whether own, asked without a question before it
// (query is own), says nothing but the kind of answer it wants: every one
// of its terms is the class noun after "what" or "which" ("what time is
// it", "which day?"). The rest of such a question is closed-class words
// ("is", "it") that point at nothing of the articles; a follow-up ("what
// day?") is read with the question it follows and is not one.
func asksOnlyItsKind(query, own string, terms []qterm) bool {
	if query != own || len(terms) != 1 {
		return false
	}
	_, class := askedClass(own)
	return class != "" && strings.EqualFold(terms[0].Word, class)
}
