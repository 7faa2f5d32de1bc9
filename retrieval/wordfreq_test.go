package retrieval

import "testing"

func TestZipf(t *testing.T) {
	if z := Zipf("the"); z < 7 {
		t.Errorf("Zipf(the) = %.2f, want > 7", z)
	}
	if z := Zipf("Held"); z < 4 || z > 5.5 {
		t.Errorf("Zipf(held) = %.2f, want a common word's", z)
	}
	if z := Zipf("multipolar"); z != 0 {
		t.Errorf("Zipf(multipolar) = %.2f, want 0", z)
	}
	if Zipf("supposed") <= Zipf("position") || Zipf("position") <= Zipf("pullout") {
		t.Error("Zipf does not order supposed > position > pullout")
	}
}
