package claimcheck

import (
	"strings"

	"github.com/footnote-bot/footnote/text"
)

// fillers are the words and phrases, folded, by which people hedge or
// pace what they post without changing what it says happened: "ended up
// recommending" says "recommended". Only phrases that leave the claim's
// truth as it is belong here ("stopped", "almost" do not).
var fillers = [][]string{
	{"ended", "up"}, {"end", "up"}, {"ends", "up"}, {"ending", "up"}, {"went", "on", "to"},
	{"eventually"}, {"finally"}, {"actually"}, {"basically"}, {"literally"}, {"really"},
	{"acabo", "por"}, {"termino", "por"}, {"finalmente"}, {"realmente"},
	{"schliesslich"}, {"letztendlich"}, {"eigentlich"},
	{"finalement"}, {"vraiment"},
	{"acabou", "por"}, {"afinal"},
	{"alla", "fine"},
}

// plainClaim returns claim without its fillers; claim itself when it has
// none.
func plainClaim(claim string) string {
	ws := text.Words(claim)
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = text.Fold(w.Text)
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(ws); i++ {
		n := fillerAt(folded[i:])
		if n == 0 {
			continue
		}
		b.WriteString(claim[last:ws[i].Start])
		last = ws[i+n-1].End
		// The space after the filler goes with it.
		last += len(claim[last:]) - len(strings.TrimLeft(claim[last:], " "))
		i += n - 1
	}
	if last == 0 {
		return claim
	}
	b.WriteString(claim[last:])
	return strings.TrimSpace(b.String())
}

// fillerAt returns how many words a filler takes at the start of words,
// 0 for none.
func fillerAt(words []string) int {
	for _, f := range fillers {
		if len(words) >= len(f) && equalWords(words[:len(f)], f) {
			return len(f)
		}
	}
	return 0
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
