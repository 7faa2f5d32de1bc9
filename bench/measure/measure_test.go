package measure

import (
	"runtime"
	"testing"
)

// Touching 64 MB raises the peak by about that much; a reset brings the
// peak back down to what is resident. Linux only.
func TestPeakRSSFollowsMemoryTouched(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("VmHWM is Linux's")
	}
	Settle()
	ResetPeakRSS()
	before := PeakRSS()
	if before == 0 {
		t.Fatal("no peak read")
	}
	const size = 64 << 20
	b := make([]byte, size)
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	after := PeakRSS()
	runtime.KeepAlive(b)
	if after < before+size*3/4 {
		t.Fatalf("peak %d MB after touching 64 MB, %d MB before", after>>20, before>>20)
	}
	b = nil
	Settle()
	ResetPeakRSS()
	if reset := PeakRSS(); reset >= after {
		t.Fatalf("peak %d MB after a reset, %d MB before it", reset>>20, after>>20)
	}
}

// CPU time grows with work done.
func TestCPUTimeGrows(t *testing.T) {
	start := CPUTime()
	if start == 0 && runtime.GOOS == "linux" {
		t.Fatal("no CPU time read")
	}
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if CPUTime() <= start && runtime.GOOS == "linux" {
		t.Fatalf("CPU time did not grow (%d)", x)
	}
}
