package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/footnote-bot/footnote/text"
)

// TestImportCoveragePages imports real crawled pages (testdata/coverage,
// URLs in its SOURCES) in six languages and checks what a reader sees:
// the headline, the date the page shows, the language, the article's last
// words kept and the page's chrome gone. Expectations are the pages' line
// labels, not this importer's output.
func TestImportCoveragePages(t *testing.T) {
	tests := []struct {
		file, title, date, lang string
		keep, drop              []string
	}{
		{"011-chinagate-xinhua-lajcak", "UN General Assembly president regrets U.S. withdrawal from global migration compact", "2017-12-04", "en",
			[]string{"UNITED NATIONS, Dec. 3 (Xinhua)", "and remains home to the largest number"}, []string{"Off the wire", "Writethru", "You are here"}},
		{"044-sn-dk-usa-traekker-sig", "", "", "da", // the crawler's "date 2017-12" gives no day
			[]string{"Den amerikanske præsident Donald Trumps administration", "Krigen i Syrien er h"}, []string{"date 2017-12"}},
		{"050-bento-usa-uno-abkommen", "", "", "de",
			[]string{"Was das genau bedeutet, wurde nicht klar."}, []string{"Markus Söder soll neuer", "Bild: Getty Images", "Mehr zu den Entscheidungen"}},
		{"055-elwatannews-eg-ar", "الولايات المتحدة تنسحب من الميثاق الأممي العالمي للهجرة", "", "ar",
			[]string{"أعلنت بعثة الولايات المتحدة"}, []string{"- الامين العام للأمم المتحدة"}},
		{"113-rt-newsline-poland", "Poland should quit UN migration pact – interior minister", "2018-10-09", "en",
			[]string{"putting it at odds with the EU."}, []string{"bookmark-bicon"}},
		{"189-chicago666-forum-zh", "美国宣布退出《全球移民协议》 称将自主决定移民政策", "2017-12-04", "zh",
			[]string{"退出了联合国教科文组织"}, []string{"查看: 461", "4adc000364208b47bef8", "找回密码"}},
		{"206-uol-efe-bolsonaro-pompeo", "Bolsonaro confirma aos EUA que Brasil sairá do pacto migratório da ONU", "2019-01-02", "pt",
			[]string{"O presidente Jair Bolsonaro recebeu nesta quarta-feira"}, []string{"Susan Pompeo durante a posse", "Topo"}},
		{"005-realitynews-biz-content-farm", "Trump Withdraws US From UN Migrant And Refugee Compact", "", "en", // teaser links inside the story
			[]string{"In September of 2016, the members of the U.N. General Assembly", "According to the International Organization for Migration"}, []string{"More news", "Lady Bird"}},
		{"167-britishherald-reuters-slovakia", "", "", "en", // a sign-off in brackets is not a photo credit
			[]string{"Pellegrini said that he believed Lajcak would stay", "I will do everything I can to keep him in his seat"}, []string{"Reporting by Robert Muller"}},
		{"204-r7-brasil", "", "", "pt", // a caption closing on agency names in capitals; "date 2019-01" gives no day
			[]string{"Em telegrama emitido nesta terça-feira (8)", "anunciado no Twitter que o país deixaria o pacto"}, []string{"Ao centro, o chanceler", "BBC NEWS BRASIL - MRE"}},
		{"212-newsy-today-ap-belgium", "The Belgian government on the brink of the collapse of migration", "?", "en", // its date line is the site's, at crawl time: not checked
			[]string{"BRUSSELS – The center-right Belgian government", "to sign the agreement to ensure a more orderly migration"}, []string{"All rights reserved", "bloggers like this"}},
		{"254-news1-ko", "'美 우선주의' 트럼프, 이번엔 난민보호협정 탈퇴", "2017-12-03", "ko",
			[]string{"도널드 트럼프 행정부가 이주자와 난민 문제"}, []string{"(자료사진) © AFP=뉴스1", "검색 본문 바로가기", "이번엔 난민보호협정 탈퇴"}}, // the headline, opening with a quoted phrase, is no paragraph
	}
	langs := text.NewDetector()
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata/coverage", tt.file+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			d, err := ImportText(raw, ImportOptions{}, langs)
			if err != nil {
				t.Fatal(err)
			}
			if tt.title != "" && d.Title != tt.title {
				t.Errorf("title = %q, want %q", d.Title, tt.title)
			}
			if tt.date != "?" && d.Published != tt.date {
				t.Errorf("published = %q, want %q", d.Published, tt.date)
			}
			if d.Language != tt.lang {
				t.Errorf("language = %q, want %q", d.Language, tt.lang)
			}
			checkBody(t, d.Paragraphs, tt.keep, tt.drop)
			seen := map[string]bool{}
			for _, p := range d.Paragraphs {
				if seen[text.Fold(p)] {
					t.Errorf("paragraph repeated: %q", p)
				}
				seen[text.Fold(p)] = true
			}
			if _, err := Parse("x.md", "x", d.Markdown()); err != nil {
				t.Errorf("written article does not parse: %v", err)
			}
		})
	}
}

func TestCleanScrapeShapes(t *testing.T) {
	lead := "The minister said on Wednesday that the country would leave the pact before its final approval, adding that it ran against the nation's security interests and would encourage migration."
	longLead := lead + " Officials in the capital declined to say when the decision had been taken or by whom."
	tests := []struct {
		name       string
		raw        string
		keep, drop []string
	}{
		{"teaser lines inside the text", "A headline about the pact\n" + lead + "\nMore news: Something unrelated happened somewhere\nREAD MORE: Another story entirely\n\"This document is entirely against our interests,\" the minister told a news conference.",
			[]string{lead, "the minister told a news conference"}, []string{"Something unrelated", "Another story"}},
		{"caption printed twice and a credit", "A headline about the pact\nThe minister speaks at a news conference in the capital\nThe minister speaks at a news conference in the capital\n(Jane Doe / Agency)\n" + lead,
			[]string{lead}, []string{"speaks at a news conference", "Jane Doe"}},
		// A doubled line longer than a caption is a lead printed twice.
		{"doubled lead kept once", "A headline about the pact\n" + longLead + "\n" + longLead + "\nShe was overruled by the president, according to diplomatic sources.",
			[]string{longLead, "She was overruled"}, nil},
		{"caption with its credit on one line", "A headline about the pact\nThe minister speaks at a news conference in the capital, May 11, 2018. REUTERS/Jane Doe\n" + lead + "\nThe minister attends a meeting in Brussels. (Photo: AFP/Getty Images)",
			[]string{lead}, []string{"speaks at a news conference", "attends a meeting"}},
		{"paywall repeated", lead + "\nThis article is for paying members only, subscribe to read on.\nThis article is for paying members only, subscribe to read on.\nThis article is for paying members only, subscribe to read on.",
			[]string{lead}, []string{"paying members"}},
		{"crawler prefix", " date 2018-07 " + lead, []string{lead}, []string{"date 2018"}},
		{"long caption ending in a credit", "A headline about the pact\n" + lead + "\nThe ambassador delivers remarks at a council meeting in April, flanked by two advisers and a translator, before a vote on the resolution that was later postponed. File photo by Jane Doe/Agency\n" + longLead,
			[]string{lead, longLead}, []string{"delivers remarks", "Jane Doe"}},
		{"caption ending in agency names in capitals", "A headline about the pact\nAo centro, o chanceler durante reunião em Lima; para ele, o pacto era inadequado para lidar com migração NEWS AGENCY - MRE\n" + lead,
			[]string{lead}, []string{"Ao centro"}},
		{"caption again without its credit, and its date not the page's", "A headline about the pact\nRefugees cross the border on November 1, 2017. Jane Doe/Agency\n" + lead + "\nRefugees cross the border on November 1, 2017.\n" + longLead,
			[]string{lead, longLead}, []string{"Refugees cross"}},
		// A sign-off in brackets and a subhead ending in brackets are not
		// photo credits: the sentences before them are text.
		{"sign-off is no photo credit", "A headline about the pact\n" + longLead + "\nShe said she believed he would stay in the government.\n“I will do what I can to keep him,” she said.\n(Reporting by Jane Doe; Editing by John Roe)",
			[]string{"She said she believed", "I will do what I can"}, []string{"Reporting by"}},
		{"subhead in brackets", "A headline about the pact\n" + longLead + "\nShe said she believed he would stay in the government.\nThe agreement on migration (Global Compact on migration)\n" + lead,
			[]string{"She said she believed", lead}, nil},
		// "Label: headline" links inside the story do not end it.
		{"story goes on after teaser links", "A headline about the pact\n" + lead + "\n" + longLead + "\nMore news: Something unrelated happened somewhere\nMore news: Another story entirely\nMore news: A third story elsewhere\nAccording to the agency for migration, the signatories of the document were to meet again in the coming months to discuss the details of its implementation.",
			[]string{lead, "the signatories of the document"}, []string{"Something unrelated"}},
		{"copyright notice", "A headline about the pact\n" + lead + "\nCopyright 2018 The Agency. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\nRiproduzione riservata © Copyright AGENZIA",
			[]string{lead}, []string{"All rights reserved", "Riproduzione"}},
		{"quote kept", "A headline about the pact\n" + lead + "\n“We will decide how best to control our borders.”",
			[]string{"We will decide how best to control our borders."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := CleanScrape(tt.raw)
			body := strings.Join(s.Paragraphs, "\n")
			for _, k := range tt.keep {
				if strings.Count(body, k) != 1 {
					t.Errorf("want %q once in the body, got:\n%s", k, body)
				}
			}
			for _, k := range tt.drop {
				if strings.Contains(body, k) {
					t.Errorf("body keeps %q:\n%s", k, body)
				}
			}
		})
	}
}

// checkBody fails t for each phrase of keep missing from the paragraphs
// and each phrase of drop found in them.
func checkBody(t *testing.T, paras, keep, drop []string) {
	t.Helper()
	body := strings.Join(paras, "\n")
	for _, k := range keep {
		if !strings.Contains(body, k) {
			t.Errorf("body lost %q", k)
		}
	}
	for _, k := range drop {
		if strings.Contains(body, k) {
			t.Errorf("body keeps %q", k)
		}
	}
}

// A photo's date in its caption is not the article's date.
func TestCaptionDateIsNotPublished(t *testing.T) {
	raw := "A headline about the pact\nRefugees cross the border on November 1, 2017. Jane Doe/Agency\n" +
		"The minister said on Wednesday that the country would leave the pact before its final approval, adding that it ran against the nation's security interests.\n" +
		"Officials in the capital declined to say when the decision had been taken or by whom, and the opposition called for a vote in parliament."
	d, err := ImportText([]byte(raw), ImportOptions{}, text.NewDetector())
	if err != nil {
		t.Fatal(err)
	}
	if d.Published != "" {
		t.Errorf("published = %q from a caption, want none", d.Published)
	}
}

// A headline may repeat "the" and "of"; a menu line repeating its items is
// no headline.
func TestHeadlineRepeatingFunctionWords(t *testing.T) {
	lead := "BRUSSELS – The government is about to collapse after the prime minister submitted the migration pact to parliament for approval against the wishes of a coalition partner."
	for _, tt := range []struct{ raw, want string }{
		{"Wednesday, 16 Jan 2019\nThe government on the brink of the collapse over migration\n" + lead, "The government on the brink of the collapse over migration"},
		{"Search Skip to content Skip to menu\n" + lead, ""},
	} {
		if got := CleanScrape(tt.raw).Title; got != tt.want {
			t.Errorf("title = %q, want %q", got, tt.want)
		}
	}
}

// A lone short line above the headline (a photo caption, a prompt) is not
// the article's lead; a subhead under a lead paragraph is no headline.
func TestLineAboveHeadline(t *testing.T) {
	lead := "The minister said on Wednesday that the country would leave the pact before its final approval, adding that it ran against the nation's security interests."
	more := "Officials in the capital declined to say when the decision had been taken or by whom, and the opposition called for a vote in parliament."
	s := CleanScrape("Protesters gather outside the parliament building in the capital on Tuesday evening.\nThe country turns its back on the migration pact\n" + lead + "\n" + more)
	if s.Title != "The country turns its back on the migration pact" {
		t.Errorf("title = %q", s.Title)
	}
	checkBody(t, s.Paragraphs, []string{lead, more}, []string{"Protesters gather"})

	s = CleanScrape(lead + " " + more + "\nA vote in parliament\n" + more)
	if s.Title != "" {
		t.Errorf("subhead under the lead taken for the title: %q", s.Title)
	}
	checkBody(t, s.Paragraphs, []string{lead}, nil)
}

// A headline closed by a short kicker ("… Here's why") under a prompt to
// the reader and a photo caption is the title, and neither line above it
// is text; a question followed by a call to the reader is no headline.
// Checked in English and Spanish.
func TestKickerHeadline(t *testing.T) {
	cases := []struct{ prompt, caption, headline, lead, more string }{
		{"What do you think? Leave a respectful comment.",
			"The ambassador speaks at a Security Council meeting in April. File photo by Jane Doe/Reuters",
			"U.S. pulls out of a global pact on the treatment of migrants. Here's why",
			"The U.S. is stepping away from a U.N. agreement aimed at addressing the needs of migrants, saying it could undermine the right to enforce its laws.",
			"The U.S. joined the global compact on migration in September 2016 under then-President Barack Obama, with the other members of the assembly."},
		{"¿Qué opinas? Deja tu comentario abajo.",
			"El canciller habla en la sede de la ONU en Nueva York. Foto de archivo Juan Pérez/EFE",
			"Chile se retira del pacto migratorio de la ONU en Marrakech. Te explicamos por qué",
			"El Gobierno de Chile anunció este domingo que no firmará el pacto migratorio de las Naciones Unidas, que se adopta en Marrakech esta semana.",
			"El subsecretario del Interior dijo que el pacto no distingue entre la migración regular y la irregular, y que el país decide su política."},
	}
	for _, c := range cases {
		s := CleanScrape(strings.Join([]string{c.prompt, c.caption, c.headline, c.lead, c.more}, "\n"))
		if s.Title != c.headline {
			t.Errorf("title = %q, want %q", s.Title, c.headline)
		}
		checkBody(t, s.Paragraphs, []string{c.lead, c.more}, []string{c.prompt, c.caption})
	}
	for _, l := range []string{"Will the US return to the talks on the migration pact? Tell us", "Subscribe today. Cancel anytime"} {
		if isHeading(newLine(l)) {
			t.Errorf("%q is taken for a headline", l)
		}
	}
}

// A photo caption closed by the day the picture was taken ("… Morocco. 10
// December 2018.") is no text, in any of the ways the date is written; a
// paragraph that dates an event inside its sentence stays.
func TestCaptionClosedByItsDate(t *testing.T) {
	lead := "The compact was adopted on Monday by representatives of 164 governments at a conference in Marrakech, in what the secretary-general called a roadmap to prevent suffering."
	more := "Speaking at the opening session, he said the compact did not allow the United Nations to impose policies on member states, and that it respected their sovereignty."
	dated := "The agreement was signed by the ministers in the afternoon. The vote took place on 10 December 2018."
	for _, caption := range []string{
		"The secretary-general and the special representative hold a stakeout after the opening of the conference in Marrakech, Morocco. 10 December 2018.",
		"El secretario general y la representante especial hablan con la prensa tras la apertura de la conferencia en Marrakech. 10 de diciembre de 2018.",
		"Delegates applaud after the adoption of the compact at the conference center in Marrakech. Dec. 10, 2018.",
	} {
		s := CleanScrape(strings.Join([]string{caption, lead, more, dated}, "\n"))
		checkBody(t, s.Paragraphs, []string{lead, more, dated}, []string{caption})
	}
	for _, l := range []string{"Monday, 10 December 2018.", dated} {
		if endsWithBareDate(l) {
			t.Errorf("%q taken for a caption closed by its date", l)
		}
	}
}

// Two short notices above a headline opened by a topic label ("Global
// Compact on Migration. Statement by …") are not the text; two lines of a
// lead broken mid-sentence above a headline-shaped line are.
func TestNoticesAboveHeadline(t *testing.T) {
	headline := "Global Compact on Migration. Statement by the Prime Minister, Giuseppe Conte"
	lead := "“The Global Compact on Migration is a document that deals with themes strongly felt by citizens: we therefore deem appropriate to bring the debate to the Parliament.”"
	more := "As a consequence, the Government will not take part in the Marrakech meeting, and reserves to join the compact only after the parliamentary debate."
	for _, notice := range [][]string{
		{"This site uses technical (necessary) and analytics cookies.", "By continuing to browse, you agree to the use of cookies."},
		{"Ce site utilise des cookies techniques et analytiques.", "En poursuivant la navigation, vous acceptez leur utilisation."},
	} {
		s := CleanScrape(strings.Join(append(notice, headline, lead, more), "\n"))
		if s.Title != headline {
			t.Errorf("title = %q, want %q", s.Title, headline)
		}
		checkBody(t, s.Paragraphs, []string{lead, more}, notice)
	}
	wrapped := []string{
		"UNITED NATIONS, Dec 4: The president of the General Assembly has expressed his regrets over the decision of the United States to withdraw from the global",
		"migration compact, a process toward safe, orderly and regular migration.",
	}
	s := CleanScrape(strings.Join(append(wrapped, "The president of the Assembly issued a statement on Sunday after the administration informed the UN", more), "\n"))
	checkBody(t, s.Paragraphs, wrapped, nil)
}
