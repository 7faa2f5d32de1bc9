package retrieval

import "testing"

// TestVectorsRelate: words a reader takes for related are closer than
// words that are not, and a word without a vector says so.
func TestVectorsRelate(t *testing.T) {
	v, err := LoadVectors()
	if err != nil {
		t.Fatal(err)
	}
	if v.Len() < 40000 {
		t.Fatalf("%d words, want about 50,000", v.Len())
	}
	for _, tt := range [][3]string{
		{"kids", "children", "tax"},
		{"notify", "informed", "border"},
		{"pact", "compact", "television"},
		{"quit", "withdraw", "salad"},
	} {
		near, ok1 := v.Similarity(tt[0], tt[1])
		far, ok2 := v.Similarity(tt[0], tt[2])
		if !ok1 || !ok2 || near <= far {
			t.Errorf("similarity %s~%s = %.2f, %s~%s = %.2f: want the first higher", tt[0], tt[1], near, tt[0], tt[2], far)
		}
	}
	if s, ok := v.Similarity("kids", "kids"); !ok || s < 0.99 || s > 1.01 {
		t.Errorf("a word with itself: %.3f, %v", s, ok)
	}
	if _, ok := v.Similarity("kids", "szijjartoxx"); ok {
		t.Error("a word without a vector has a similarity")
	}
	if _, err := decodeVectors([]byte("GLV1\x05\x00\x00\x00\x64\x00")); err == nil {
		t.Error("a truncated file decodes")
	}
}
