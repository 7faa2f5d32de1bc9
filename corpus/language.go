package corpus

import (
	"unicode"

	"github.com/abadojack/whatlanggo"

	"github.com/footnote-bot/footnote/text"
)

// detectLanguage returns the ISO 639-1 code of s, or "" when it cannot
// tell. The trigram detector answers over all the languages it knows (a
// page may be Korean, Turkish or Danish); when its answer is unreliable,
// the text package's detector, which also weighs function words, decides
// among the languages Footnote analyses.
func detectLanguage(d *text.Detector, s string) string {
	if hasKana(s) {
		return string(text.Japanese) // kana are Japanese alone; kanji are shared with Chinese
	}
	info := whatlanggo.Detect(s)
	if code := info.Lang.Iso6391(); code != "" && info.IsReliable() {
		return code
	}
	return string(d.Detect(s))
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
