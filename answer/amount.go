package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"

	"github.com/footnote-bot/footnote/relatedness"
	"github.com/footnote-bot/footnote/text"
)

// A "how much" question asks an amount: a sum of money ("how much did the
// conference cost"), a share ("how much did the bill cut taxes by"), a
// quantity. askedKind reads it as a number, as it reads "how many", and
// the gate for that kind takes any number; so "how much money do migrant
// workers send home each year" was answered by "The compact has 23
// objectives …" and "how much did the tax bill cut corporate taxes by" by
// "… the more than 60 million people who have been forcibly displaced":
// counts of things, which no amount is. An answer to "how much" must hold
// an amount (see holdsAmount).

// amountWord is the plainest unit of an amount, the word the vectors
// compare the word after a number with: they put the names of currencies
// ("euros" 0.81, "yen" 0.71, "pesos" 0.70), "percent" (0.67), "cents" and
// "tons" near it, and the things news counts far from it ("countries"
// 0.49, "people" 0.48, "migrants" 0.31, "objectives" 0.21).
const amountWord = "dollars"

// amountRelated is the cosine with amountWord from which the word after a
// number is a unit of an amount: lower takes counts of governments (0.52)
// and jobs (0.54) for amounts, higher misses currencies the vectors know
// less well ("kronor" 0.58, "forints" 0.45 are already missed, so a sum
// written with their name alone leaves a "how much" question refused).
const amountRelated = 0.6

// asksAmount reports whether question q asks "how much".
func asksAmount(q string) bool { return asksHow(q, "much") }

// holdsAmount reports whether sentence s gives an amount: a number (not a
// year) written with a currency sign ("$5 million", "5 €"; Unicode's
// currency symbols), a percent sign ("30%"), or followed, after its
// magnitude words ("million"), by an ISO 4217 code ("5 million EUR", by
// x/text/currency) or by a word words puts near amountWord ("500 million
// euros", "30 percent"). A span of time ("a three-day meeting") is no
// amount of what "how much" asks (money, a share): "how long" asks it.
func holdsAmount(s string, words *relatedness.Words) bool {
	toks := text.Tokens(s)
	for i, t := range toks {
		if !text.IsDigits(t.Text) && !isNumberWord(strings.ToLower(t.Text)) || isYear(t.Text) || magnitudeWords[strings.ToLower(t.Text)] {
			continue
		}
		if before, _ := utf8.DecodeLastRuneInString(s[:t.Start]); unicode.Is(unicode.Sc, before) {
			return true
		}
		if after, _ := utf8.DecodeRuneInString(s[t.End:]); after == '%' || unicode.Is(unicode.Sc, after) {
			return true
		}
		j := i + 1
		for j < len(toks) && magnitudeWords[strings.ToLower(toks[j].Text)] {
			j++
		}
		if j >= len(toks) {
			continue
		}
		u := toks[j].Text
		if len(u) == 3 && strings.ToUpper(u) == u {
			if _, err := currency.ParseISO(u); err == nil {
				return true
			}
		}
		if words.Similarity(strings.ToLower(u), amountWord) >= amountRelated {
			return true
		}
	}
	return false
}
