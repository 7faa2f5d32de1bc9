package answer

import "unicode/utf8"

// maxLowerInitials is the longest lowercase question word read as the
// initials of a run of names ("ny" for "New York", "iom"): a chat
// writer types initials in lowercase, and a longer word that the articles
// never use is more likely a misspelling or another subject. Four letters
// cover every run of names of the test articles' passages with initials
// (two to four words); longer runs are rarely written by their initials.
const maxLowerInitials = 4

// lowerInitials reports whether a lowercase question word is short enough
// to be the initials of a run of names (see maxLowerInitials and
// minInitials). Only a word the articles never use is read so: a word
// they use ("un", "us") keeps its own meaning, which an earlier round
// found safer (notes/answering.md, "Initials").
func lowerInitials(w string) bool {
	n := utf8.RuneCountInString(w)
	return n >= minInitials && n <= maxLowerInitials
}

// leadMark marks, in a map of runs' initials, the initials of a run's
// leading names (see runInitials): a key no run of letters makes.
const leadMark = "+"

// runInitials returns the initials of the runs of names of s (see
// nameRuns), and, marked with leadMark, those of each run's leading part
// of two or more names: "New York Declaration" is written "NYD", and its
// "New York" "ny" ("the ny declaration"). Only a leading part: a run's
// last words name the kind of thing ("Declaration"), its first ones the
// proper name ("New York"). The leading parts are matched only by a
// lowercase word read as initials (see lowerInitials); a name written in
// capitals matches whole runs as before.
func runInitials(s string) map[string]bool {
	out := map[string]bool{}
	for in, words := range nameRuns(s) {
		out[in] = true
		letters := []rune(in)
		n := 0 // the letters the leading words give
		for _, w := range words[:len(words)-1] {
			if nameJoiners[w] {
				continue
			}
			if n++; n >= minInitials && n < len(letters) {
				out[string(letters[:n])+leadMark] = true
			}
		}
	}
	return out
}

// heldAsLeadInitials reports whether runs (see runInitials) hold t, a
// lowercase word read as initials, as a whole run or a run's leading part.
func heldAsLeadInitials(t qterm, runs map[string]bool) bool {
	return t.lowerInitials && (runs[t.Word] || runs[t.Word+leadMark])
}
