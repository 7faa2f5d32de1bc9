// Package lexicon gives English glosses of words of other languages, from
// a bilingual dictionary cut to the words that matter (see data/README.md):
// "離脱" is "withdrawal", "署名" "signature", "決めた" is a form of "決める",
// "decide"; Spanish "firmará" is a form of "firmar", "sign". The
// coverage's claims and pages mix languages; the claim check compares a
// claim's words with a Japanese sentence's through them, and the model
// check an English claim's with a Spanish, French, German, Italian or
// Portuguese quote's.
//
// Japanese comes from JMdict (CC BY-SA 3.0); Spanish, French, German,
// Italian and Portuguese from the Open Multilingual Wordnet's
// Wiktionary-derived wordnets, OpenWN-PT and MultiWordNet (CC BY-SA 3.0,
// CC BY 3.0) through WordNet 3.0's English synsets: the sources whose
// licences let Footnote ship a cut of them inside its binary. FreeDict's
// other dictionaries are GPL and are not used
// (notes/timeline-and-check.md). Glosses of a word of another language are
// none.
package lexicon

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/footnote-bot/footnote/text"
)

// jaGz holds the Japanese headwords with their word class and English
// glosses, cut from FreeDict's jpn-eng (JMdict) by data/convert-freedict.py
// (CC-BY-SA 3.0; see data/LICENSE.freedict-jpn-eng).
//
//go:embed data/ja-eng.txt.gz
var jaGz []byte

// entry is a headword's class ("v1", "v5ru", "vs", "adj", "n") and glosses.
type entry struct {
	class   string
	glosses []string
}

// dict is a loaded dictionary: its headwords and the stems its verbs and
// adjectives inflect from ("決め" of "決める"), each with the kana that may
// follow the stem in an inflected form.
type dict struct {
	words map[string]entry
	stems map[string]stemEntry
	// longest is the most runes of a headword or stem.
	longest int
}

// stemEntry is an inflecting headword's stem: the headword and the kana
// that may follow the stem.
type stemEntry struct {
	head  string
	after string
}

var ja = sync.OnceValue(func() *dict { return load(jaGz) })

// Knows reports whether the lexicon has glosses of words of lang.
func Knows(lang text.Lang) bool { return Spaceless(lang) || spaced(lang) }

// Spaceless reports whether the lexicon knows lang and lang is written
// without spaces between its words (Japanese): Segment finds its words by
// the longest headword.
func Spaceless(lang text.Lang) bool { return lang == text.Japanese }

// Glosses returns the English glosses of word, in lang, closest first:
// of its headword ("離脱": withdrawal, separation, breakaway) or of the
// verb or adjective an inflected form comes from ("決めた": decide, …);
// nil for a word the lexicon lacks or a language it does not know.
func Glosses(lang text.Lang, word string) []string {
	switch {
	case spaced(lang):
		return spacedGlosses(lang, word)
	case !Spaceless(lang):
		return nil
	}
	d := ja()
	if e, ok := d.words[word]; ok {
		return e.glosses
	}
	// An inflected form (a stem and its next kana) or a word, and endings
	// or particles after it ("決めた", "離脱した", "続けること").
	if head, n := d.longestAt(word); n > 0 && onlyKana(word[n:]) {
		return d.words[head].glosses
	}
	return nil
}

// Word is a word of the lexicon found in a text: Text is
// the text's Start:End, Head the headword it is a form of.
type Word struct {
	Text, Head string
	Start, End int
	Glosses    []string
}

// Segment returns the words of the lexicon in s, in lang, left to right:
// the longest headword, or inflected stem, at each place of a run written
// without spaces. Kana between words (particles, endings) and words the
// lexicon lacks are skipped. Nil for a language written with spaces (look
// its words up with Glosses) or one the lexicon does not know.
func Segment(lang text.Lang, s string) []Word {
	if !Spaceless(lang) {
		return nil
	}
	d := ja()
	var out []Word
	for _, w := range text.Words(s) {
		for i := 0; i < len(w.Text); {
			// A run of Katakana is a loanword or a name: the lexicon's
			// word only as a whole ("コンパクト"; not "ニュー" and "ヨーク"
			// of "ニューヨーク").
			if k := katakanaRun(w.Text[i:]); k > 0 {
				if e, ok := d.words[w.Text[i:i+k]]; ok {
					out = append(out, Word{Text: w.Text[i : i+k], Head: w.Text[i : i+k], Start: w.Start + i, End: w.Start + i + k, Glosses: e.glosses})
				}
				i += k
				continue
			}
			head, n := d.longestAt(w.Text[i:])
			if n == 0 {
				_, size := utf8.DecodeRuneInString(w.Text[i:])
				i += size
				continue
			}
			out = append(out, Word{Text: w.Text[i : i+n], Head: head, Start: w.Start + i, End: w.Start + i + n, Glosses: d.words[head].glosses})
			i += n
		}
	}
	return out
}

// katakanaRun returns the bytes of the run of Katakana (with its long
// vowel mark "ー") s starts with, 0 for none.
func katakanaRun(s string) int {
	n := 0
	for _, r := range s {
		if !IsKatakana(r) {
			break
		}
		n += utf8.RuneLen(r)
	}
	return n
}

// IsKatakana reports whether r is a Katakana letter or the long vowel
// mark "ー" (of the Common script) that Katakana words write.
func IsKatakana(r rune) bool {
	return r == 'ー' || unicode.Is(unicode.Katakana, r) && r != '・'
}

// longestAt returns the headword of the longest word of d that s starts
// with, as a headword or as an inflected stem with its next kana, and the
// bytes it takes.
func (d *dict) longestAt(s string) (string, int) {
	end, runes := 0, 0
	var bestHead string
	best := 0
	for end < len(s) && runes < d.longest {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
		runes++
		if _, ok := d.words[s[:end]]; ok && end > best {
			bestHead, best = s[:end], end
		}
		if st, ok := d.stems[s[:end]]; ok && end < len(s) {
			r, size := utf8.DecodeRuneInString(s[end:])
			if strings.ContainsRune(st.after, r) && end+size > best {
				bestHead, best = st.head, end+size
			}
		}
	}
	return bestHead, best
}

func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// onlyKana reports whether s is all Hiragana: the endings and
// auxiliaries of an inflected form.
func onlyKana(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Hiragana, r) {
			return false
		}
	}
	return true
}

// godanRows are the kana a Godan verb's stem takes in its forms, by the
// kana its dictionary form ends in: "終わる" is "終わら", "終わり",
// "終わる", "終われ", "終わろ", "終わっ". The verb conjugation table of
// Japanese grammar: a closed class.
var godanRows = map[string]string{
	"u": "わいうえおっ", "ku": "かきくけこい", "gu": "がぎぐげごい", "su": "さしすせそ", "tsu": "たちつてとっ",
	"nu": "なにぬねのん", "bu": "ばびぶべぼん", "mu": "まみむめもん", "ru": "らりるれろっ",
}

// ichidanAfter are the kana that follow an Ichidan verb's stem ("決め")
// in its forms: "決める", "決めた", "決めて", "決めない", "決めま(す)",
// "決めら(れる)", "決めさ(せる)", "決めよ(う)", "決めれ(ば)".
const ichidanAfter = "るたてなまらさよれず"

// adjAfter are the kana that follow an i-adjective's stem ("新し") in its
// forms: "新しい", "新しく", "新しか(った)", "新しけ(れば)", "新しさ".
const adjAfter = "いくかけさ"

// minStemRunes is the fewest letters a stem must have to be matched
// inflected: a one-kanji stem ("取" of "取る") followed by one kana is
// too often another word's start.
const minStemRunes = 2

func load(gz []byte) *dict {
	d := &dict{words: map[string]entry{}, stems: map[string]stemEntry{}}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return d // an embedded file; covered by tests
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		head, rest, ok := strings.Cut(line, "\t")
		class, gl, ok2 := strings.Cut(rest, "\t")
		if !ok || !ok2 {
			continue
		}
		d.words[head] = entry{class, strings.Split(gl, ",")}
		d.longest = max(d.longest, utf8.RuneCountInString(head))
		last := lastRune(head)
		stem := strings.TrimSuffix(head, last)
		var after string
		switch {
		case class == "v1" && last == "る":
			after = ichidanAfter
		case strings.HasPrefix(class, "v5"):
			after = godanRows[strings.TrimPrefix(class, "v5")]
		case class == "adj" && last == "い":
			after = adjAfter
		}
		if after != "" && utf8.RuneCountInString(stem) >= minStemRunes {
			if _, taken := d.stems[stem]; !taken {
				d.stems[stem] = stemEntry{head, after}
			}
		}
	}
	return d
}
