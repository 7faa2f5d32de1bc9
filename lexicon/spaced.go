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

// spacedLoaders load each spaced language's glosses on first use, one
// language at a time: stemming a language's lemmas is most of the cost,
// and a process checking Spanish quotes need not pay for German.
var spacedLoaders = func() map[text.Lang]func() spacedDict {
	m := map[text.Lang]func() spacedDict{}
	for _, l := range spacedLangs {
		m[l] = sync.OnceValue(func() spacedDict { return loadSpaced(euGz, l) })
	}
	return m
}()

// spacedDicts returns lang's glosses.
func spacedDicts(lang text.Lang) spacedDict { return spacedLoaders[lang]() }

// loadSpaced reads gz's lines of lang ("es TAB firmar TAB v TAB
// sign,subscribe") into its glosses.
func loadSpaced(gz []byte, lang text.Lang) spacedDict {
	d := spacedDict{words: map[string][]string{}, stems: map[string][]string{}}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return d // an embedded file; covered by tests
	}
	type lemma struct {
		word    string
		glosses []string
	}
	byStem := map[string][]lemma{}
	prefix := string(lang) + "\t"
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, prefix) {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 4 {
			continue
		}
		glosses := strings.Split(parts[3], ",")
		d.words[text.Fold(parts[1])] = glosses
		key := stemKey(lang, parts[1])
		byStem[key] = append(byStem[key], lemma{parts[1], glosses})
	}
	for key, lemmas := range byStem {
		slices.SortStableFunc(lemmas, func(a, b lemma) int { return cmp.Compare(len(a.word), len(b.word)) })
		var merged []string
		for _, l := range lemmas {
			for _, g := range l.glosses {
				if len(merged) < maxMergedGlosses && !slices.Contains(merged, g) {
					merged = append(merged, g)
				}
			}
		}
		d.stems[key] = merged
	}
	return d
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
