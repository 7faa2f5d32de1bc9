package answer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeLangArticles writes articles (ID → language, date, body) into a new
// directory and returns it.
func writeLangArticles(t *testing.T, articles map[string][3]string) string {
	t.Helper()
	dir := t.TempDir()
	for id, a := range articles {
		doc := "---\ntitle: \"" + id + "\"\npublication: \"" + strings.ToUpper(id) + "\"\nlanguage: \"" + a[0] + "\"\npublished: \"" + a[1] + "\"\n---\n\n" + a[2] + "\n"
		if err := os.WriteFile(filepath.Join(dir, id+".md"), []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestHyphenatedWeekdayVersions: a Portuguese weekday written with its
// hyphen ("na segunda-feira") is a time, so two Portuguese outlets that
// give two days for one act are shown as two versions, each cited; before,
// "segunda" and "feira" were read apart and the outlet gave no version.
func TestHyphenatedWeekdayVersions(t *testing.T) {
	dir := writeLangArticles(t, map[string][3]string{
		"lusa":  {"pt", "2017-12-05", "O porta-voz das Nações Unidas, Stephane Dujarric, disse na segunda-feira que a retirada dos Estados Unidos é uma decisão que lamentam."},
		"folha": {"pt", "2017-12-05", "O porta-voz das Nações Unidas, Stephane Dujarric, disse no sábado que a retirada dos Estados Unidos é uma decisão que lamentam."},
	})
	e, _ := newExtractiveOn(t, dir)
	ans := mustAnswer(t, e, "Em que dia o porta-voz Stephane Dujarric disse que lamenta a retirada dos Estados Unidos?")
	if !strings.HasPrefix(ans.Text, "Sources differ") || !strings.Contains(ans.Text, "segunda-feira") || !strings.Contains(ans.Text, "sábado") {
		t.Errorf("segunda-feira and sábado not shown as two versions: %s", ans.Text)
	}
	if cited := citedDocs(ans); !cited["lusa"] || !cited["folha"] {
		t.Errorf("both outlets not cited: %+v", ans.Citations)
	}
}

// TestNumberDates: dates written by numbers and unit characters (Chinese,
// Japanese, Korean) give their day and month, a day alone the report's
// month (or the month before when the day falls after the report); a
// hyphenated weekday is one; other numbers are no dates.
func TestNumberDates(t *testing.T) {
	dec3 := time.Date(2017, 12, 3, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		s    string
		pub  time.Time
		want string
	}{
		{"【12月3日 AFP】米国のドナルド・トランプ政権は", time.Time{}, "3 dec"},
		{"哈通社/阿斯塔纳/12月3日 -- 美国驻联合国外交代表团今天宣布", time.Time{}, "3 dec"},
		{"米国の国連代表部が2日、明らかにした。", dec3, "2 dec"},
		{"米国の国連代表部が30日、明らかにした。", dec3, "30 nov"},
		{"米国の国連代表部が2日、明らかにした。", time.Time{}, ""},
		{"2일(현지시간) AFP통신에 따르면 유엔 주재 미국 대표부는 이날 성명을 통해", dec3, "2 dec"},
		{"12월 3일 발표했다", time.Time{}, "3 dec"},
		{"Dujarric disse na segunda-feira que", time.Time{}, "monday"},
		{"뉴욕선언은 2016년 유엔 총회 193개 회원국은", dec3, ""},
		{"加盟全193か国が賛成して", dec3, ""},
	} {
		if got := valueAt(kindTime, timeTokens(tc.s, tc.pub), nil, nil); got != tc.want {
			t.Errorf("time of %q = %q, want %q", tc.s, got, tc.want)
		}
	}
	if !hasKind(kindTime, "米国の国連代表部が2日、明らかにした。", nil) || !hasKind(kindTime, "disse na quarta-feira", nil) {
		t.Error("a number date or a hyphenated weekday not read as a time")
	}
}

// TestNumberDateAgreesWithWeekday: a Japanese outlet's "2日" in a report
// of 3 December 2017 and an English outlet's "Saturday" in a report of
// the same day name one day (2 December 2017); a "3日" does not.
func TestNumberDateAgreesWithWeekday(t *testing.T) {
	dir := writeLangArticles(t, map[string][3]string{
		"afpbb": {"ja", "2017-12-03", "米国の国連代表部が2日、明らかにした。"},
		"wire":  {"en", "2017-12-03", "The US mission said on Saturday that it was leaving."},
	})
	e, _ := newExtractiveOn(t, dir)
	sat := sentence{doc: "wire", text: "The US mission said on Saturday that it was leaving."}
	days := func(doc, s string) []time.Time {
		v := valueAt(kindTime, timeTokens(s, e.article(doc).Published), nil, nil)
		return e.timeDates(e.withWeekday(v, sentence{doc: doc, text: s}), sentence{doc: doc, text: s})
	}
	satDays := e.timeDates("saturday", sat)
	if !sameDays(days("afpbb", "米国の国連代表部が2日、明らかにした。"), satDays) {
		t.Errorf("2日 and Saturday not one day: %v %v", days("afpbb", "米国の国連代表部が2日、明らかにした。"), satDays)
	}
	if sameDays(days("afpbb", "米国の国連代表部が3日、明らかにした。"), satDays) {
		t.Error("3日 and Saturday read as one day")
	}
}
