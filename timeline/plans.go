package timeline

// planOnlyWords are folded words that put a date of their clause in the
// future ("expected in February", "we look forward to … the start of
// formal negotiations in February") but are too far from a weekday, or
// too often about something else, to move one (see futureWords).
var planOnlyWords = map[string]bool{"expected": true, "planned": true, "forward": true, "upcoming": true,
	"esperado": true, "esperada": true, "prevista": true, "geplant": true, "erwartet": true, "attendu": true, "attendue": true}

// IsPlanWord reports whether folded word f says that a date of its
// clause is a plan, not an event: "scheduled", "due", "will", "next",
// "expected", "soll", "próximo"….
func IsPlanWord(f string) bool {
	return futureWords[f] || nextWords[f] || planOnlyWords[f]
}
