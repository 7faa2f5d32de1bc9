package footnote

import "strings"

// HeaderField says which field of an article a line of its header (¶0)
// shows.
type HeaderField int

// The fields of ¶0, in the order Header writes them.
const (
	// FieldTitle is the headline.
	FieldTitle HeaderField = iota + 1
	// FieldDek is the subtitle under the headline.
	FieldDek
	// FieldByline is the author's name.
	FieldByline
	// FieldAuthorNote is the author's bio line.
	FieldAuthorNote
	// FieldDateline is the publication and the date.
	FieldDateline
	// FieldLink is the article's URL.
	FieldLink
)

// HeaderLine is one line of ¶0 with the field it shows. Code that needs to
// know what a line of the header is reads Field; it never re-parses Text.
type HeaderLine struct {
	// Field is what the line shows.
	Field HeaderField
	// Text is the line as shown in ¶0.
	Text string
}

// Header returns the lines of ¶0: the title, dek, byline, author note,
// publication and date, and link, each present only when the article has it.
func (a Article) Header() []HeaderLine {
	lines := []HeaderLine{{FieldTitle, a.Title}}
	if a.Dek != "" {
		lines = append(lines, HeaderLine{FieldDek, a.Dek})
	}
	if a.Author != "" {
		lines = append(lines, HeaderLine{FieldByline, "By " + a.Author + "."})
	}
	if a.AuthorNote != "" {
		lines = append(lines, HeaderLine{FieldAuthorNote, a.AuthorNote})
	}
	switch date := a.Published.Format("January 2, 2006"); {
	case a.Publication != "" && !a.Published.IsZero():
		lines = append(lines, HeaderLine{FieldDateline, "Published by " + a.Publication + " on " + date + "."})
	case a.Publication != "":
		lines = append(lines, HeaderLine{FieldDateline, "Published by " + a.Publication + "."})
	case !a.Published.IsZero():
		lines = append(lines, HeaderLine{FieldDateline, "Published on " + date + "."})
	}
	if a.URL != "" {
		lines = append(lines, HeaderLine{FieldLink, "Link: " + a.URL})
	}
	return lines
}

// HeaderText renders ¶0 from Header, one field a line.
func (a Article) HeaderText() string {
	var b strings.Builder
	for i, l := range a.Header() {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.Text)
	}
	return b.String()
}
