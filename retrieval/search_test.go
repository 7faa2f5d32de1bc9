package retrieval

import "testing"

func TestParagraphRef(t *testing.T) {
	tests := []struct {
		q    string
		n    int
		want bool
	}{
		{"What does paragraph 7 say?", 7, true},
		{"Quote ¶9.", 9, true},
		{"quote ¶ 10", 10, true},
		{"para. 3 please", 3, true},
		{"Paragraph #4", 4, true},
		{"What does paragraph seven say?", 7, true},
		{"Summarize the third paragraph.", 3, true},
		{"What's in the opening paragraph?", 1, true},
		{"Read me the last paragraph", 12, true},
		{"Quote the 5th paragraph", 5, true},
		{"the 2nd paragraph", 2, true},
		{"What does the final paragraph say?", 12, true},
		{"Who overruled Haley?", 0, false},
		{"Which paragraph mentions Miller?", 0, false},
		{"The first meeting", 0, false},
	}
	for _, tt := range tests {
		n, ok := ParagraphRef(tt.q, 12)
		if ok != tt.want || (ok && n != tt.n) {
			t.Errorf("ParagraphRef(%q) = %d, %v; want %d, %v", tt.q, n, ok, tt.n, tt.want)
		}
	}
}
