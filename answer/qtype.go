package answer

import (
	"strings"
	"time"
	"unicode"

	"github.com/footnote-bot/footnote/retrieval"
	"github.com/footnote-bot/footnote/text"
)

// kind is the type of answer a question expects, read from its wh-word:
// "who" a person, "where" a place, "when" a date or day, "how many" a
// number, "which agency" an organisation, "why" a reason, "did/is/was…"
// a yes or no.
type kind int

const (
	kindAny kind = iota
	kindPerson
	kindPlace
	kindTime
	kindNumber
	kindOrg
	kindReason
	kindYesNo
)

// String names a kind for test messages.
func (k kind) String() string {
	return [...]string{"any", "person", "place", "time", "number", "organisation", "reason", "yes/no"}[k]
}

// whKinds maps the question words that fix a kind by themselves.
var whKinds = map[string]kind{
	"who": kindPerson, "whom": kindPerson, "whose": kindPerson,
	"where": kindPlace,
	"when":  kindTime,
	"why":   kindReason,
}

// chatSpellings are the question words as people type them in chat
// ("wat was…", "wen did…"); only spellings that are no other English word.
var chatSpellings = map[string]string{
	"wat": "what", "wut": "what", "wht": "what", "whta": "what", "whats": "what",
	"wen": "when", "whn": "when", "wher": "where", "whre": "where", "whos": "who", "hw": "how",
}

// phraseKinds maps two-word question openings to a kind ("how many",
// "what day"); they are read before the single words.
var phraseKinds = map[[2]string]kind{
	{"how", "many"}: kindNumber, {"how", "much"}: kindNumber, {"how", "old"}: kindNumber,
	{"how", "long"}: kindNumber, {"how", "far"}: kindNumber,
	{"how", "come"}: kindReason, {"what", "for"}: kindReason,
	{"what", "reason"}: kindReason, {"which", "reason"}: kindReason,
}

// classNouns are the nouns that, after "what" or "which", say what kind of
// thing is asked for ("which day", "what agency").
var classNouns = map[string]kind{
	"day": kindTime, "weekday": kindTime, "date": kindTime, "time": kindTime, "year": kindTime, "month": kindTime, "week": kindTime,
	"country": kindPlace, "city": kindPlace, "place": kindPlace, "town": kindPlace, "nation": kindPlace,
	"agency": kindOrg, "department": kindOrg, "organization": kindOrg, "organisation": kindOrg,
	"ministry": kindOrg, "body": kindOrg, "group": kindOrg, "company": kindOrg, "office": kindOrg,
	"person": kindPerson, "official": kindPerson, "adviser": kindPerson, "advisor": kindPerson,
	"president": kindPerson, "minister": kindPerson, "secretary": kindPerson, "leader": kindPerson,
	"chancellor": kindPerson, "ambassador": kindPerson, "diplomat": kindPerson, "envoy": kindPerson,
	"spokesman": kindPerson, "spokeswoman": kindPerson, "spokesperson": kindPerson, "politician": kindPerson,
}

// maxClassLead is how many words may stand between "which" and its class
// noun ("which Polish prime minister"): more reads further into the
// question, and may take its object for what is asked.
const maxClassLead = 3

// classKind reads the kind a "what" or "which" asks for from the words
// after it: the first class noun within lead words of it, before any
// auxiliary ("which did…" asks for no class), and that noun.
func classKind(ws []string, lead int) (kind, string) {
	for _, w := range ws[:min(len(ws), lead+1)] {
		if auxiliaries[w] {
			break
		}
		if k, ok := classNouns[w]; ok {
			return k, w
		}
		if k, ok := classNouns[strings.TrimSuffix(w, "s")]; ok {
			return k, w // "which dates", "what countries" (y→ies is not undone)
		}
	}
	return kindAny, ""
}

// copulas and determiners tell "who is the ambassador?" (a name is asked
// for) from "who is Nikki Haley?" (what she is).
var (
	copulas     = map[string]bool{"is": true, "was": true, "s": true, "are": true, "were": true}
	determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "in": true, "on": true, "at": true, "behind": true, "for": true, "against": true, "with": true}
)

// auxiliaries open a yes/no question ("did the U.S. tell anyone?").
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "do": true, "does": true, "did": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "isn": true, "didn": true, "doesn": true, "wasn": true,
}

// maxYesNoLead is how many words may come before the auxiliary of a yes/no
// question ("wait, is the U.S. leaving?", "so did they…"): more finds
// yes/no questions behind longer fillers, and more statements taken for
// questions.
const maxYesNoLead = 2

// asksHow reports whether question q has "how" followed by word ("how
// old", "how long", "how much"), case aside.
func asksHow(q, word string) bool {
	ws := text.Words(q)
	for i := 0; i+1 < len(ws); i++ {
		if strings.EqualFold(ws[i].Text, "how") && strings.EqualFold(ws[i+1].Text, word) {
			return true
		}
	}
	return false
}

// askedKind reads what kind of answer a question expects; kindAny when its
// words don't say.
func askedKind(q string) kind {
	k, _ := askedClass(q)
	return k
}

// askedClass reads what kind of answer a question expects, and the class
// noun that says so ("day" of "on what day…"), lowercased as written; ""
// when a question word alone says it.
func askedClass(q string) (kind, string) {
	var ws []string
	for _, w := range text.Words(q) {
		lw := strings.ToLower(w.Text)
		if std, ok := chatSpellings[lw]; ok {
			lw = std
		}
		ws = append(ws, lw)
	}
	if len(ws) > 2 && ws[0] == "what" && ws[len(ws)-1] == "for" {
		return kindReason, "" // "what was the meeting for?"
	}
	if asksWhyForeign(ws) {
		return kindReason, "" // "warum", "¿por qué" (foreignwhy.go)
	}
	next := func(i int) string {
		if i+1 < len(ws) {
			return ws[i+1]
		}
		return ""
	}
	for i, w := range ws {
		if k, ok := phraseKinds[[2]string{w, next(i)}]; ok {
			if k == kindNumber && timeUnits[next(i+1)] {
				return kindTime, "" // "how many years": a span of dates
			}
			return k, ""
		}
		if w == "who" && copulas[next(i)] && !determiners[next(i+1)] && next(i+1) != "" {
			return kindAny, "" // "who is Colum Lynch?" asks what he is, not for a name
		}
		if k, ok := whKinds[w]; ok {
			return k, ""
		}
		if (w == "what" || w == "which") && i+1 < len(ws) {
			lead := 0
			if w == "which" {
				lead = maxClassLead // "what" is followed by a verb as often as by its noun
			}
			return classKind(ws[i+1:], lead)
		}
		if w == "what" || w == "how" {
			return kindAny, ""
		}
	}
	for i, w := range ws {
		if i > maxYesNoLead {
			break
		}
		if auxiliaries[w] {
			return kindYesNo, ""
		}
	}
	return kindAny, ""
}

// introducesPlace reports whether the lowercase English word introduces a
// place when a name follows it ("in Puerto Vallarta", "at the United
// Nations", text.IntroducesPlace), or an origin ("from Mexico").
func introducesPlace(w string) bool { return text.IntroducesPlace(text.English, w) || w == "from" }

// magnitudeWords are the English words of a magnitude, which write a number
// out with or without a number word before them ("hundreds of migrants").
var magnitudeWords = map[string]bool{
	"hundred": true, "hundreds": true, "thousand": true, "thousands": true, "million": true, "millions": true,
	"billion": true, "dozen": true, "dozens": true,
}

// isNumberWord reports whether w, lowercase, writes a number out: an English
// number word (text.NumberWord) or a magnitude ("hundreds", "million").
func isNumberWord(w string) bool {
	_, ok := text.NumberWord(text.English, w)
	return ok || magnitudeWords[w]
}

// timeWords place an event in time by themselves ("yesterday", "two
// days ago").
var timeWords = map[string]bool{
	"yesterday": true, "today": true, "tomorrow": true, "tonight": true, "weekend": true, "ago": true,
}

// timeUnits place an event in time after a modifier or a number ("last
// week", "in recent weeks", "three years"), not by themselves ("a
// 32-year-old adviser").
var timeUnits = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "decade": true, "decades": true, "hours": true,
}

// timeModifiers make a time unit a time ("last week").
var timeModifiers = map[string]bool{
	"last": true, "next": true, "this": true, "recent": true, "early": true, "late": true,
	"past": true, "previous": true, "coming": true, "same": true, "following": true,
}

// reasonPhrases give a cause or a purpose; a "why" question is answered by
// the sentence that has one.
var reasonPhrases = []string{
	"because", "since", "due to", "owing to", "as a result", "so that", "in order to",
	"in the hope", "aimed at", "designed to", "argued", "argues", "reason", "inconsistent with",
	"not compatible", "consequently", "therefore", "hence",
	// an obligation the speaker gives as the ground ("must protect its
	// borders", "we have a duty to…")
	"must", "have a duty", "has a duty", "committed to", "obliged to",
}

// consequenceOpeners open a sentence that states the consequence of the
// one before it; for a "why" question the reason is that sentence before.
var consequenceOpeners = []string{"as a result", "as a consequence", "in consequence", "consequently", "therefore", "thus", "hence", "accordingly", "for this reason", "so"}

// opensWith reports whether s, lowercased, opens with one of phrases as
// whole words.
func opensWith(s string, phrases []string) bool {
	s = strings.ToLower(strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }))
	for _, p := range phrases {
		if strings.HasPrefix(s, p) && (len(s) == len(p) || !text.IsWordRune(rune(s[len(p)]))) {
			return true
		}
	}
	return false
}

// hasKind reports whether sentence s holds an answer of kind k that the
// question does not already give: a word of the answer must be one of
// the question's (asked, lowercased) words.
func hasKind(k kind, s string, asked map[string]bool) bool {
	switch k {
	case kindAny, kindYesNo:
		return false
	case kindReason:
		low := withoutSchedules(" " + strings.ToLower(s) + " ") // not "due to be approved" (schedule.go)
		for _, p := range reasonPhrases {
			if strings.Contains(low, " "+p+" ") || strings.Contains(low, " "+p+",") {
				return true
			}
		}
		return hasForeignReason(s)
	}
	toks := text.Tokens(s)
	if k == kindTime && writesNumberDate(toks) {
		return true // "12月3日", "2일"
	}
	toks = timeTokensOf(s, toks, time.Time{})
	for i, t := range toks {
		low := strings.ToLower(t.Text)
		if asked[low] {
			continue
		}
		switch k {
		case kindTime:
			if timeTokenAt(toks, i) {
				return true
			}
		case kindNumber:
			if text.IsDigits(t.Text) && !isYear(t.Text) || isNumberWord(low) {
				return true
			}
		case kindPerson, kindPlace, kindOrg:
			if !isNameWord(toks, i) || retrieval.IsCalendarWord(t.Text) {
				continue
			}
			prev, prev2 := "", ""
			if j := nameStart(toks, i); j > 0 {
				prev = strings.ToLower(toks[j-1].Text)
				if j > 1 {
					prev2 = strings.ToLower(toks[j-2].Text)
				}
			} else if j < i && strings.EqualFold(toks[j].Text, "the") {
				prev = "the" // "The State Department…"
			}
			switch k {
			case kindPlace:
				// "in Puerto Vallarta", "at the Morocco meeting"
				if introducesPlace(prev) || prev == "the" && introducesPlace(prev2) {
					return true
				}
			case kindOrg:
				if t.Acronym || text.IsAllCaps(t.Text) || prev == "the" {
					return true
				}
			default:
				if !introducesPlace(prev) && !t.Acronym && !text.IsAllCaps(t.Text) {
					return true
				}
			}
		}
	}
	return false
}

// askedWords are the lowercased words of a question, which hasKind does
// not take for an answer.
func askedWords(q string) map[string]bool {
	out := map[string]bool{}
	for _, w := range text.Words(q) {
		out[strings.ToLower(w.Text)] = true
	}
	return out
}

// isYear reports whether w is a year of the last two centuries or this one.
func isYear(w string) bool {
	return len(w) == 4 && text.IsDigits(w) && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}

// isNameWord reports whether token i is written with a capital as a name
// is: not the sentence's first word unless the next word is capitalised
// too ("Nikki Haley argued…").
func isNameWord(toks []text.Token, i int) bool {
	if !startsUpper(toks[i].Text) {
		return false
	}
	if i == 0 || toks[i-1].EndsSentence {
		return i+1 < len(toks) && startsUpper(toks[i+1].Text)
	}
	return true
}

// nameStart returns the index of the first token of the run of
// capitalised words that holds token i.
func nameStart(toks []text.Token, i int) int {
	for i > 0 && startsUpper(toks[i-1].Text) && !toks[i-1].EndsSentence {
		i--
	}
	return i
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// partSeparators join the parts of a question ("…, when did…", "… and who…",
// "… vs what…").
var partSeparators = map[string]bool{"and": true, "or": true, "vs": true, "versus": true, "with": true, "but": true, "plus": true}

// questionParts cuts a question into the parts it asks, each opened by a
// question word or an auxiliary after a separator (a comma, a colon, a
// semicolon or a joining word). A lead-in without a question word
// ("timeline pls:") is left out. A question of one part is returned whole.
func questionParts(q string) []string {
	ws := text.Words(q)
	opens := func(i int) bool {
		lw := strings.ToLower(ws[i].Text)
		if std, ok := chatSpellings[lw]; ok {
			lw = std
		}
		_, wh := whKinds[lw]
		return wh || lw == "what" || lw == "which" || lw == "how" || auxiliaries[lw]
	}
	var cuts []int // byte offsets where a part starts
	for i := 1; i < len(ws); i++ {
		if !opens(i) {
			continue
		}
		between := q[ws[i-1].End:ws[i].Start]
		sep := strings.ContainsAny(between, ",;:")
		if !sep && i >= 2 && partSeparators[strings.ToLower(ws[i-1].Text)] {
			sep = true
		}
		if sep {
			cuts = append(cuts, ws[i].Start)
		}
	}
	if len(cuts) == 0 {
		return []string{q}
	}
	var parts []string
	bounds := append(append([]int{0}, cuts...), len(q))
	for k := 0; k+1 < len(bounds); k++ {
		lo, hi := bounds[k], bounds[k+1]
		for i, w := range ws {
			if w.Start >= lo && w.End <= hi && opens(i) {
				parts = append(parts, strings.TrimSpace(q[lo:hi]))
				break
			}
		}
	}
	if len(parts) < 2 {
		return []string{q}
	}
	return parts
}

// timeTokenAt reports whether token i of toks places something in time: a
// month or weekday, a year, a word such as "yesterday", or a unit of time
// after a modifier or a number ("last week", "three years"; not "a
// 32-year-old adviser").
func timeTokenAt(toks []text.Token, i int) bool {
	low := strings.ToLower(toks[i].Text)
	if isCalendarName(toks[i].Text) || isYear(toks[i].Text) || timeWords[low] {
		return true
	}
	if !timeUnits[low] || i == 0 || (i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "old")) {
		return false
	}
	prev := strings.ToLower(toks[i-1].Text)
	return timeModifiers[prev] || isNumberWord(prev) || text.IsDigits(prev)
}
