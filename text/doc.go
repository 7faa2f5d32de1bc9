// Package text is the one place where Footnote handles natural-language
// text: it splits sentences (with the abbreviations of news prose in
// English, Spanish, German, French, Portuguese and Italian, and the full
// stops of Chinese, Japanese, Arabic and Devanagari), folds text for
// comparison, cuts words into tokens, stems them per language, and tells
// the language of a text.
//
// Every function returns offsets into its input where a caller may need to
// quote it verbatim.
package text
