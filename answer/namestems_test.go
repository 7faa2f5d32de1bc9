package answer

import (
	"strings"
	"testing"
)

// TestNameStemmedAbroad: a name in a question in another language than the
// articles' is matched as the articles stem it. French stems "Maggie" to
// "magg" and Portuguese "Piñera" to "piñ", where the English and Spanish
// outlets hold "maggi" and "piñer"; before, each question was refused as
// about a name the articles never mention. A name no article holds is
// still refused.
func TestNameStemmedAbroad(t *testing.T) {
	e, _ := newExtractiveOn(t, writeLangArticles(t, map[string][3]string{
		"afp": {"en", "2018-12-10", "Health Minister Maggie De Block said the immigration department she took over was in chaos.\n\n" +
			"The prime minister told parliament that he would sign the pact in Marrakech."},
		"adn": {"es", "2018-12-09", "El presidente Sebastián Piñera dijo que el pacto migratorio restringe la soberanía de Chile.\n\n" +
			"El canciller anunció que Chile no firmará el pacto migratorio."},
	}))
	ask := asker(t, e)
	for q, want := range map[string]string{
		"Qu'a dit Maggie De Block du département de l'immigration ?": "in chaos",
		"O que disse Piñera sobre a soberania do Chile?":             "restringe la soberanía",
	} {
		if ans := ask(q); ans.Refused || !strings.Contains(ans.Text, want) {
			t.Errorf("%q: want %q, got: %s", q, want, ans.Text)
		}
	}
	if ans := ask("Qu'a dit Theresa Villiers du département de l'immigration ?"); !ans.Refused {
		t.Errorf("a name no article holds answered: %s", ans.Text)
	}
}
