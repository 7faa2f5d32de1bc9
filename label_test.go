package footnote

import "testing"

func TestAssignLabels(t *testing.T) {
	arts := []Article{
		{ID: "trump-boycotts-un-migration-talks", Publication: "Foreign Policy"},
		{ID: "002-tnp-sg-us-pulls-out-un-pact", Publication: "The New Paper"},
		{ID: "078-reuters-in-hungary-quit", Publication: "Reuters"},
		{ID: "069-agroim-ap-ga-endorses", Publication: "Associated Press"},
		{ID: "072-latimes-ap-ga-endorses", Publication: "Associated Press"},
		{ID: "003-ml-implode-guardian-copy"},
		{ID: "191-afpbb-ja", Publication: "AFPBB News"},
		{ID: "183-kazinform-zh", Publication: "哈萨克国际通讯社"},
		// Sorts before the first: the lower ID keeps the plain label.
		{ID: "fp-copy", Publication: "Foreign Policy"},
	}
	AssignLabels(arts)
	want := []string{"FP2", "TNP", "Reuters", "AP", "AP2", "MIGC", "AN", "哈萨克国际通讯社", "FP"}
	seen := map[string]bool{}
	for i, a := range arts {
		if a.Label != want[i] {
			t.Errorf("%s: label %q, want %q", a.ID, a.Label, want[i])
		}
		if seen[a.Label] {
			t.Errorf("label %q given twice", a.Label)
		}
		seen[a.Label] = true
		// Every label must read back as the marker's label.
		m := FindMarkers("x " + Marker(a.Label, 7) + ".")
		if len(m) != 1 || len(m[0].Refs) != 1 || m[0].Refs[0] != (MarkerRef{a.Label, 7}) {
			t.Errorf("Marker(%q, 7) parses as %+v", a.Label, m)
		}
	}
	// Stable: the same set in another order gets the same labels.
	rev := make([]Article, len(arts))
	for i, a := range arts {
		a.Label = ""
		rev[len(arts)-1-i] = a
	}
	AssignLabels(rev)
	for i, a := range rev {
		if a.Label != arts[len(arts)-1-i].Label {
			t.Errorf("%s: label %q in reverse order, %q before", a.ID, a.Label, arts[len(arts)-1-i].Label)
		}
	}
}

func TestFindMarkers(t *testing.T) {
	tests := []struct {
		in   string
		want [][]MarkerRef
	}{
		{"Haley dissented [¶6].", [][]MarkerRef{{{"", 6}}}},
		{"Haley dissented [FP ¶6].", [][]MarkerRef{{{"FP", 6}}}},
		{"It was Sunday (TNP ¶1) or Saturday [FP ¶2, ¶3].", [][]MarkerRef{{{"TNP", 1}}, {{"FP", 2}, {"", 3}}}},
		{"Both [FP ¶2; TNP ¶1] said so.", [][]MarkerRef{{{"FP", 2}, {"TNP", 1}}}},
		{"Dos [¶2 y 3].", [][]MarkerRef{{{"", 2}, {"", 3}}}},
		{"Not markers: [FP] [7] [¶] [¶12345] [FP ¶x] [ ¶2", nil},
	}
	for _, tt := range tests {
		var got [][]MarkerRef
		for _, m := range FindMarkers(tt.in) {
			got = append(got, m.Refs)
			if tt.in[m.Start] != '[' && tt.in[m.Start] != '(' {
				t.Errorf("%q: marker starts at %q", tt.in, tt.in[m.Start:])
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("FindMarkers(%q) = %v, want %v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if len(got[i]) != len(tt.want[i]) {
				t.Errorf("FindMarkers(%q)[%d] = %v, want %v", tt.in, i, got[i], tt.want[i])
				continue
			}
			for j := range got[i] {
				if got[i][j] != tt.want[i][j] {
					t.Errorf("FindMarkers(%q)[%d] = %v, want %v", tt.in, i, got[i], tt.want[i])
				}
			}
		}
	}
}
