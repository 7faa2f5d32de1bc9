// Package measure reads what Go benchmarks cannot report by themselves:
// the process's peak resident memory and its CPU time. On a machine shared
// with other work the CPU time of an operation varies less than its wall
// time.
package measure

import (
	"bufio"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
)

// Settle collects garbage and returns freed memory to the system, so that
// a measurement that follows starts from what is live.
func Settle() {
	runtime.GC()
	debug.FreeOSMemory()
}

// ResetPeakRSS resets the process's peak resident set size (Linux's
// /proc/self/clear_refs; nothing elsewhere).
func ResetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// PeakRSS returns the process's peak resident set size in bytes since it
// started or since the last ResetPeakRSS (Linux's VmHWM); 0 where unknown.
func PeakRSS() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}
