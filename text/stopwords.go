package text

import "strings"

// stopWordLists are, per language, the function words that carry no topic
// in a search, lowercase. English is the Snowball list.
var stopWordLists = map[Lang]string{
	English: `a about above after again against all am an and any are as at be because been before being below between
both but by can did do does doing don down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only
or other our ours ourselves out over own s same she should so some such t than that the their theirs them themselves
then there these they this those through to too under until up very was we were what when where which while who whom
why will with you your yours yourself yourselves`,
	Spanish: `el la los las lo un una unos unas y o u pero sino si no ni que qué quien quién quienes cual cuál cuando
cuándo donde dónde como cómo porque pues para por con sin sobre entre hasta desde hacia según durante tras ante bajo
del al de en es son fue fueron era eran ser estar está están estaba este esta estos estas ese esa esos esas eso esto
aquel aquella ello él ella ellos ellas le les se su sus mi mis tu tus nuestro nuestra también además ya aún muy más
menos todo todos toda todas otro otra otros otras sí luego entonces ha han había`,
	German: `der die das den dem des ein eine einen einem einer eines und oder aber wenn dann weil dass daß wer wie wo was
nach laut mit ohne für von zu zum zur im am an auf aus bei durch gegen um über unter vor zwischen auch noch nur sehr
er sie es wir ihr ist sind war waren wurde wurden hat haben sein seine ihre dieser diese dieses nicht sich
welche welchem welchen welcher welches will wollen wird werden kann können muss soll sollte`,
	French: `le la les l un une des du de d au aux et ou mais donc car ni que qu qui quoi dont où ce cet cette ces son sa
ses leur leurs il elle ils elles on nous vous je tu selon avec sans pour par dans sur sous entre vers chez aussi ainsi
alors puis très plus moins tout tous toute toutes est sont était été être avait ont a ne pas se`,
	Portuguese: `o os a as um uma uns umas e ou mas se não que quem qual quando onde como porque para por com sem sobre
entre até desde segundo durante também já ele ela eles elas seu sua seus suas este esta isto esse essa isso aquele
aquela do da dos das no na nos nas ao aos pelo pela em é foi são`,
	Italian: `il lo la i gli le l un uno una e o ma se non che chi cui quale quando dove come perché per con senza su tra
fra secondo durante anche già egli ella lui lei loro suo sua suoi sue questo questa quello quella del della dei degli
delle nel nella nei nelle al alla ai agli alle dal dalla di da in è sono ha hanno`,
	Russian: `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от
меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там
потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтобы без будто чего раз тоже себе
под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее`,
	Arabic: `في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين و أو او ثم لا لم لن ما ماذا من هل كان كانت قد أن ان
إن بين عند كل بعد قبل حتى أي اي هو هي هم نحن أنا`,
}

// stopWords are stopWordLists as sets, Arabic normalised.
var stopWords = func() map[Lang]map[string]bool {
	m := map[Lang]map[string]bool{}
	for lang, list := range stopWordLists {
		set := map[string]bool{}
		for _, w := range strings.Fields(list) {
			set[NormalizeArabic(w)] = true
		}
		m[lang] = set
	}
	return m
}()

// IsStopWord reports whether the lowercase word is a function word of
// language lang ("the", "der", "которые").
func IsStopWord(lang Lang, word string) bool {
	return stopWords[lang][NormalizeArabic(word)]
}
