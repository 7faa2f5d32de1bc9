package text

import "testing"

// TestDetect: short questions, the text Detect meets most, in the ten
// languages it tells apart.
func TestDetect(t *testing.T) {
	tests := []struct {
		want Lang
		in   string
	}{
		{English, "Who dissented at the meeting?"},
		{English, "Why did the U.S. leave the talks?"},
		{English, "What did Haley say?"},
		{Spanish, "¿Quién votó en contra?"},
		{Spanish, "¿Por qué se retiró Estados Unidos?"},
		{Spanish, "¿Qué dijo Haley?"},
		{German, "Wer hat dagegen gestimmt?"},
		{German, "Warum sind die USA ausgestiegen?"},
		{French, "Qui a voté contre la décision ?"},
		{French, "Pourquoi les États-Unis se retirent-ils ?"},
		{Portuguese, "Quem votou contra a decisão?"},
		{Portuguese, "Por que os Estados Unidos saíram?"},
		{Italian, "Chi ha votato contro?"},
		{Italian, "Perché gli Stati Uniti si sono ritirati?"},
		{Arabic, "من عارض القرار؟"},
		{Arabic, "لماذا انسحبت الولايات المتحدة من المحادثات؟"},
		{Chinese, "谁反对这个决定？"},
		{Chinese, "美国为什么退出谈判？"},
		{Japanese, "誰が反対しましたか？"},
		{Japanese, "なぜアメリカは協議から離脱したのですか？"},
		{Russian, "Кто голосовал против?"},
		{Russian, "Почему США вышли из переговоров?"},
		{German, "Was hat Haley gesagt?"},
		{French, "Qu'a dit Haley ?"},
		{Italian, "Cosa ha detto Haley?"},
		{Unknown, "2017 — 42"},
		// Names whose trigrams look German; the function words are
		// English (detectwords.go).
		{English, "What is Stephen Miller's job?"},
		{English, "what does brian hook earn"},
	}
	d := NewDetector()
	for _, tt := range tests {
		if got := d.Detect(tt.in); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	d := NewDetector()
	for b.Loop() {
		d.Detect("¿Por qué se retiró Estados Unidos?")
	}
}

// A Catalan page, which the trigram detector reads as Spanish, is Catalan;
// Spanish pages, one quoting a Catalan phrase, stay Spanish.
func TestDetectAnyTellsCatalanFromSpanish(t *testing.T) {
	d := NewDetector()
	for s, want := range map[string]string{
		"El Govern italià va anunciar que no acudirà a la cimera a Marràqueix i que només se sumarà al document si el seu Parlament dona prèviament el vistiplau.":  "ca",
		"L'Ajuntament va aprovar ahir el pressupost amb els vots de l'equip de govern, però l'oposició va votar en contra perquè considera que és insuficient.":     "ca",
		"El Gobierno italiano anunció que no acudirá a la cumbre de Marrakech y que solo se sumará al documento si su Parlamento da antes el visto bueno.":          "es",
		"Los manifestantes gritaban «Visca Catalunya i els països» frente a la sede del Gobierno, con pancartas contra el pacto migratorio de las Naciones Unidas.": "es",
	} {
		if got := d.DetectAny(s); got != want {
			t.Errorf("DetectAny(%.50q…) = %q, want %q", s, got, want)
		}
	}
}
