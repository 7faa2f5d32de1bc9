package lexicon

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// euGz holds Spanish, French, German, Italian and Portuguese words with
// the English words of the WordNet 3.0 synsets they are lemmas of, cut
// from the Open Multilingual Wordnet by data/convert-omw.py (CC BY-SA
// 3.0; see data/LICENSE.omw).
//
//go:embed data/eu-eng.txt.gz
var euGz []byte

// spacedLangs are the languages written with spaces that euGz holds.
var spacedLangs = []text.Lang{text.Spanish, text.French, text.German, text.Italian, text.Portuguese}

// spaced reports whether lang is a language written with spaces that the
// lexicon knows.
func spaced(lang text.Lang) bool {
	return slices.Contains(spacedLangs, lang)
}

// maxMergedGlosses is the most glosses a stem keeps when lemmas share it
// ("firma", signature, and "firmar", sign, are both "firm" in Spanish):
// more keeps a rarer lemma's senses, and with them more chances of a
// gloss that matches by accident.
const maxMergedGlosses = 8

// stemKey returns the key a word of lang is filed under: its Snowball stem
// (of the word with its accents, which the stemmer reads: "seguirá" and
// "seguir" meet), folded.
func stemKey(lang text.Lang, word string) string {
	return text.Fold(text.Stem(lang, strings.ToLower(word)))
}

// spacedDict is a spaced language's glosses: by word (a lemma, folded)
// and by stem, the lemmas of one stem merged, the shorter first (the base
// word: "governo" before "governante").
type spacedDict struct {
	words, stems map[string][]string
}

// spacedDicts holds each spaced language's glosses, all five loaded
// together on first use (one pass over the file).
var spacedAll = sync.OnceValue(func() map[text.Lang]spacedDict { return loadSpaced(euGz) })

// spacedDicts returns lang's glosses.
func spacedDicts(lang text.Lang) spacedDict { return spacedAll()[lang] }

// loadSpaced reads gz's lines ("es TAB firmar TAB v TAB sign,subscribe")
// into each language's glosses.
func loadSpaced(gz []byte) map[text.Lang]spacedDict {
	out := map[text.Lang]spacedDict{}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return out // an embedded file; covered by tests
	}
	type lemma struct {
		word    string
		glosses []string
	}
	byStem := map[text.Lang]map[string][]lemma{}
	for _, l := range spacedLangs {
		out[l] = spacedDict{words: map[string][]string{}, stems: map[string][]string{}}
		byStem[l] = map[string][]lemma{}
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 4 {
			continue
		}
		lang := text.Lang(parts[0])
		d, ok := out[lang]
		if !ok {
			continue
		}
		glosses := strings.Split(parts[3], ",")
		d.words[text.Fold(parts[1])] = glosses
		key := stemKey(lang, parts[1])
		byStem[lang][key] = append(byStem[lang][key], lemma{parts[1], glosses})
	}
	for lang, stems := range byStem {
		for key, lemmas := range stems {
			slices.SortStableFunc(lemmas, func(a, b lemma) int { return cmp.Compare(len(a.word), len(b.word)) })
			var merged []string
			for _, l := range lemmas {
				for _, g := range l.glosses {
					if len(merged) < maxMergedGlosses && !slices.Contains(merged, g) {
						merged = append(merged, g)
					}
				}
			}
			out[lang].stems[key] = merged
		}
	}
	return out
}

// maxStemTrim is the most letters trimmed off a stem the lexicon lacks to
// find one it has: Snowball leaves a German participle or a conjugated
// verb longer than its infinitive's stem ("unterzeichnet" against
// "unterzeichn"); trimming more meets other words.
const maxStemTrim = 2

// minTrimmedStem is the fewest letters a trimmed stem must keep: a short
// stem is the start of too many words.
const minTrimmedStem = 6

// spacedGlosses returns the glosses of word of a spaced language: of the
// lemma it is, or of its stem, or of the stem it gives with up to
// maxStemTrim letters trimmed.
func spacedGlosses(lang text.Lang, word string) []string {
	d := spacedDicts(lang)
	if g, ok := d.words[text.Fold(word)]; ok {
		return g
	}
	m := d.stems
	key := stemKey(lang, word)
	if g, ok := m[key]; ok {
		return g
	}
	for trim := 1; trim <= maxStemTrim; trim++ {
		n := utf8.RuneCountInString(key) - trim
		if n < minTrimmedStem {
			break
		}
		short := string([]rune(key)[:n])
		if g, ok := m[short]; ok {
			return g
		}
	}
	return nil
}
