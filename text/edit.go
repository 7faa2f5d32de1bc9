package text

// OneEdit reports whether a and b differ by exactly one edit: a letter
// added or dropped, one letter changed, or two neighbouring letters
// swapped ("overuled" and "overruled", "decid" and "decis", "recieve" and
// "receive"). A letter moved further ("weather" and "whether") is two
// edits.
func OneEdit(a, b []rune) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	switch len(a) - len(b) {
	case 1:
		return string(a[i+1:]) == string(b[i:])
	case 0:
		if i == len(a) {
			return false // the same word
		}
		if string(a[i+1:]) == string(b[i+1:]) {
			return true // one letter changed
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == string(b[i+2:])
	}
	return false
}
