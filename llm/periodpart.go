package llm

// A date keeps its words when a model moves it within its period: "The
// national security advisors met late last week" citing "…met early last
// week", "The compact was to be concluded in early 2018" citing "in late
// 2018". The weekday, the year and the week are all in the sentence, so
// the facts check sees nothing wrong, and "late" is one word of six. The
// part of a period (its beginning, middle or end) is a closed class of
// words in each language; when the claim gives a part of a period (a unit
// of time, a weekday or month, a year) and its sentences give that period
// only another part, the claim has moved the date and does not agree
// (periodPartDiffers). A sentence that writes the period with no part
// ("in 2018") is not judged against "late 2018".

// periodParts maps the folded words that give a part of a period, in the
// six languages, to the part: 1 its beginning, 2 its middle, 3 its end.
// Left out: words that are as often something else before a date ("fine"
// is English too, "final" a noun; "start" a verb).
var periodParts = map[string]int8{
	"early": 1, "beginning": 1, "principios": 1, "comienzos": 1, "inicios": 1, "debut": 1, "anfang": 1, "inizio": 1, "inicio": 1,
	"mid": 2, "middle": 2, "mediados": 2, "meados": 2, "mitte": 2, "meta": 2,
	"late": 3, "end": 3, "finales": 3, "fines": 3, "fin": 3, "ende": 3, "fim": 3,
}

// maxPartReach is how many words after a part word its period may stand:
// "late 2018", "late last week", "a finales de 2018", "the end of the
// week", "fin de la semaine"; a period further on is another phrase's.
const maxPartReach = 3

// periodAt returns the period the folded word f names, comparable across
// languages (a unit of time, an English weekday or month, a year's
// digits), and "" for another word.
func periodAt(f string) string {
	if u := timeUnits[f]; u != "" {
		return u
	}
	if englishDates[f] {
		return f
	}
	if en := dateAlias(f); en != "" {
		return en
	}
	if len(f) == 4 && isNumber(f) {
		return f
	}
	return ""
}

// periodPartsOf returns, for each period folded gives a part to, the
// parts it gives it.
func periodPartsOf(folded []string, out map[string][]int8) {
	for i, f := range folded {
		part := periodParts[f]
		if part == 0 {
			continue
		}
		for j := i + 1; j < len(folded) && j <= i+maxPartReach; j++ {
			if p := periodAt(folded[j]); p != "" {
				out[p] = append(out[p], part)
				break
			}
		}
	}
}

// periodPartDiffers reports whether the claim gives a period a part that
// the sentences sentences returns give it nowhere while they give it
// another part (see above). sentences is called only for a claim with a
// part word.
func (a analysis) periodPartDiffers(sentences func() []*sentence) bool {
	has := false
	for _, f := range a.folded {
		has = has || periodParts[f] != 0
	}
	if !has {
		return false
	}
	mine := map[string][]int8{}
	periodPartsOf(a.folded, mine)
	if len(mine) == 0 {
		return false
	}
	theirs := map[string][]int8{}
	for _, st := range sentences() {
		periodPartsOf(st.sequence(), theirs)
	}
	for period, parts := range mine {
		their := theirs[period]
		if len(their) == 0 {
			continue
		}
		for _, p := range parts {
			same := false
			for _, q := range their {
				same = same || q == p
			}
			if !same {
				return true
			}
		}
	}
	return false
}
