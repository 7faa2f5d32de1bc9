package text

import "strconv"

// Count is n with its noun in the right number: "1 page", "2 pages".
// English only: it words the interface's own messages, not articles.
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
