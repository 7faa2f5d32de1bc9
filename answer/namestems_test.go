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
	answersAndRefuses(t, map[string][3]string{
		"afp": {"en", "2018-12-10", "Health Minister Maggie De Block said the immigration department she took over was in chaos.\n\n" +
			"The prime minister told parliament that he would sign the pact in Marrakech."},
		"adn": {"es", "2018-12-09", "El presidente Sebastián Piñera dijo que el pacto migratorio restringe la soberanía de Chile.\n\n" +
			"El canciller anunció que Chile no firmará el pacto migratorio."},
	}, map[string]string{
		"Qu'a dit Maggie De Block du département de l'immigration ?": "in chaos",
		"O que disse Piñera sobre a soberania do Chile?":             "restringe la soberanía",
	}, "Qu'a dit Theresa Villiers du département de l'immigration ?")
}

// answersAndRefuses asks, over articles (see writeLangArticles), each
// question of want, which must be answered with a text holding its words,
// and refused, which must be refused.
func answersAndRefuses(t *testing.T, articles map[string][3]string, want map[string]string, refused string) {
	t.Helper()
	e, _ := newExtractiveOn(t, writeLangArticles(t, articles))
	ask := asker(t, e)
	for q, w := range want {
		if ans := ask(q); ans.Refused || !strings.Contains(ans.Text, w) {
			t.Errorf("%q: want %q, got: %s", q, w, ans.Text)
		}
	}
	if ans := ask(refused); !ans.Refused {
		t.Errorf("%q answered: %s", refused, ans.Text)
	}
}
