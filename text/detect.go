package text

import (
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// detectable maps the languages Detect chooses among to whatlanggo's.
var detectable = map[whatlanggo.Lang]Lang{
	whatlanggo.Eng: English, whatlanggo.Spa: Spanish, whatlanggo.Deu: German, whatlanggo.Fra: French,
	whatlanggo.Por: Portuguese, whatlanggo.Ita: Italian, whatlanggo.Rus: Russian, whatlanggo.Arb: Arabic,
	whatlanggo.Cmn: Chinese, whatlanggo.Jpn: Japanese,
}

// Detector tells the language of a text among English, Spanish, German,
// French, Portuguese, Italian, Russian, Arabic, Chinese and Japanese. It
// holds no model in memory beyond the detector's trigram tables and is
// safe for concurrent use.
type Detector struct {
	opts whatlanggo.Options
}

// NewDetector returns a Detector.
func NewDetector() *Detector {
	d := &Detector{opts: whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{}}}
	for l := range detectable {
		d.opts.Whitelist[l] = true
	}
	return d
}

// Detect returns the language of s, Unknown when s has no letters. On a
// short text the trigram statistics are weak; there the function words of
// s decide when they point to one language ("¿Qué dijo Haley?" is
// Spanish, though its trigrams look Italian).
func (d *Detector) Detect(s string) Lang {
	info := whatlanggo.DetectWithOptions(s, d.opts)
	lang := detectable[info.Lang]
	if info.IsReliable() {
		return byFunctionWords(s, lang) // a short question's names mislead the trigrams (detectwords.go)
	}
	if byWords := stopWordLanguage(s); byWords != Unknown {
		return byWords
	}
	return lang
}

// stopWordLanguage returns the language whose stop words s has most of,
// Unknown on a tie or none.
func stopWordLanguage(s string) Lang {
	best, _, tie := mostWords(functionWordCounts(s))
	if tie {
		return Unknown
	}
	return best
}

// mostWords returns the language counts holds the most words of and how
// many (Unknown and 0 when none), and whether another holds as many.
func mostWords(counts map[Lang]int) (best Lang, n int, tie bool) {
	for lang, c := range counts {
		switch {
		case c > n:
			best, n, tie = lang, c, false
		case c == n:
			tie = true
		}
	}
	return best, n, tie
}

// DetectAny returns the ISO 639-1 code of a page's language among every
// language the trigram detector knows (a page may be Korean, Turkish or
// Danish), or "" when it cannot tell. When the trigrams are unreliable,
// Detect decides among the languages Footnote analyses. Kana are Japanese
// alone; kanji are shared with Chinese.
func (d *Detector) DetectAny(s string) string {
	if hasKana(s) {
		return string(Japanese)
	}
	info := whatlanggo.Detect(s)
	code := info.Lang.Iso6391()
	if code == "" || !info.IsReliable() {
		code = string(d.Detect(s))
	}
	if isCatalan(s, Lang(code)) {
		return "ca"
	}
	return code
}

// hasKana reports whether s has Hiragana or Katakana letters.
func hasKana(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}
