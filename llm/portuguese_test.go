package llm

import "testing"

// Sentences of R7's Portuguese article (BBC News Brasil, coverage page 204),
// SAPO's (page 026) and UOL's (EFE, page 206).
const (
	r7Doc   = "204-r7-brasil"
	r7Two   = "Em telegrama emitido nesta terça-feira (8), o Ministério das Relações Exteriores pediu a diplomatas brasileiros que comuniquem à ONU que o Brasil saiu do Pacto Global para a Migração, ao qual o país tinha aderido em dezembro, no fim do governo Michel Temer."
	r7Five  = "Procurado, o Itamaraty não confirmou a informação até a publicação desta reportagem. Porém, diplomatas afirmaram à BBC News Brasil em condição de anonimato que o telegrama está circulando no sistema do Ministério e chegou aos destinatários."
	r7Six   = "Nas últimas semanas, o presidente Jair Bolsonaro e o ministro das Relações Exteriores, Ernesto Araújo, já haviam anunciado no Twitter que o país deixaria o pacto."
	sapoDoc = "026-sapo-mz-guterres-lamenta"
	sapo    = "O porta-voz das Nações Unidas, Stephane Dujarric, disse na segunda-feira que a retirada dos Estados Unidos é uma decisão que lamentam, mas que “ainda há muito tempo para o envolvimento dos EUA nesta questão\"."
	uolDoc  = "206-uol-efe-bolsonaro-pompeo"
	uol     = "O presidente Jair Bolsonaro recebeu nesta quarta-feira (2) o secretário de Estado dos Estados Unidos, Mike Pompeo, e comunicou que o Brasil sairá do Pacto Global para Migração Segura, Ordenada e Regular da ONU, informaram fontes oficiais."
)

// TestPortugueseInTheIsNoNegation: Portuguese "no" is "in the" ("no fim do
// governo", "no Twitter"), not a negation, so an English claim quoting such
// a sentence does not deny what the sentence says; a claim that does deny
// it, or affirms what the sentence denies ("não confirmou"), is still
// removed. Before, the first two were removed as negating where their
// quotes did.
func TestPortugueseInTheIsNoNegation(t *testing.T) {
	m := paraMap{r7Doc: {2: r7Two, 5: r7Five, 6: r7Six}}
	const joined = "ao qual o país tinha aderido em dezembro, no fim do governo Michel Temer"
	const announced = "o presidente Jair Bolsonaro e o ministro das Relações Exteriores, Ernesto Araújo, já haviam anunciado no Twitter que o país deixaria o pacto"
	runShownCases(t, m, []shownCase{
		{"joined in December", quotedClaim{"Brazil had joined the pact in December, at the end of Michel Temer's government", r7Doc, 2, joined}, true},
		{"had not joined", quotedClaim{"Brazil had not joined the pact in December, at the end of Michel Temer's government", r7Doc, 2, joined}, false},
		{"announced on Twitter", quotedClaim{"President Jair Bolsonaro and Foreign Minister Ernesto Araújo had announced on Twitter that the country would leave the pact", r7Doc, 6, announced}, true},
		{"never announced", quotedClaim{"President Jair Bolsonaro and Foreign Minister Ernesto Araújo never announced on Twitter that the country would leave the pact", r7Doc, 6, announced}, false},
		{"confirmed", quotedClaim{"The Itamaraty confirmed the information to BBC News Brasil", r7Doc, 5, "o Itamaraty não confirmou a informação"}, false},
	})
}

// TestPortugueseWeekdays: a Portuguese weekday is written as a compound
// ("segunda-feira", "quarta-feira"), whose first word alone is also an
// ordinal; the compound is the English claim's weekday, and another day is
// not. Before, "Monday" and "Wednesday" were found nowhere and the true
// claims removed.
func TestPortugueseWeekdays(t *testing.T) {
	m := paraMap{sapoDoc: {3: sapo}, uolDoc: {11: uol}}
	const dujarric = "Stephane Dujarric, disse na segunda-feira que a retirada dos Estados Unidos é uma decisão que lamentam"
	const pompeo = "O presidente Jair Bolsonaro recebeu nesta quarta-feira (2) o secretário de Estado dos Estados Unidos, Mike Pompeo"
	runShownCases(t, m, []shownCase{
		{"Monday", quotedClaim{"UN spokesman Stephane Dujarric said on Monday that the withdrawal of the United States is a decision they regret", sapoDoc, 3, dujarric}, true},
		{"Friday", quotedClaim{"UN spokesman Stephane Dujarric said on Friday that the withdrawal of the United States is a decision they regret", sapoDoc, 3, dujarric}, false},
		{"Wednesday", quotedClaim{"President Jair Bolsonaro received US Secretary of State Mike Pompeo on Wednesday", uolDoc, 11, pompeo}, true},
		{"Tuesday", quotedClaim{"President Jair Bolsonaro received US Secretary of State Mike Pompeo on Tuesday", uolDoc, 11, pompeo}, false},
	})
}

// TestOrdinalDay: a day of the month written as an English ordinal ("the
// 8th") is the number a sentence writes it with ("terça-feira (8)",
// "quarta-feira (2)"); another number is not. On R7's and UOL's articles.
func TestOrdinalDay(t *testing.T) {
	m := paraMap{r7Doc: {2: r7Two}, uolDoc: {11: uol}}
	const sent = "Em telegrama emitido nesta terça-feira (8), o Ministério das Relações Exteriores"
	const pompeo = "O presidente Jair Bolsonaro recebeu nesta quarta-feira (2) o secretário de Estado dos Estados Unidos, Mike Pompeo"
	runShownCases(t, m, []shownCase{
		{"the 8th", quotedClaim{"The Foreign Ministry sent the telegram on Tuesday the 8th", r7Doc, 2, sent}, true},
		{"the 9th", quotedClaim{"The Foreign Ministry sent the telegram on Tuesday the 9th", r7Doc, 2, sent}, false},
		{"the 2nd", quotedClaim{"Jair Bolsonaro received Mike Pompeo on Wednesday the 2nd", uolDoc, 11, pompeo}, true},
		{"the 3rd", quotedClaim{"Jair Bolsonaro received Mike Pompeo on Wednesday the 3rd", uolDoc, 11, pompeo}, false},
	})
}
