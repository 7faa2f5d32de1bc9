package llm

// Paragraphs of the Los Angeles Times' AP story on the General Assembly's
// vote (coverage page 072).
const (
	gaDoc = "072-latimes-ap-ga-endorses"
	ga5   = "U.N. Secretary-General Antonio Guterres welcomed the resolution’s adoption, saying the compact provides a platform for international cooperation that points the way “toward humane and sensible action to benefit countries of origin, transit and destination as well as migrants themselves.”"
	ga6   = "“It calls for greater solidarity with migrants in situations of appalling vulnerability and abuse,” the U.N. chief said. “And it highlights the imperative of devising more legal pathways for migration, which would also help to crack down on trafficking and exploitation."
)

// Paragraphs of the coverage's Reuters story on Slovakia (page 167).
const (
	slovakiaDoc = "167-britishherald-reuters-slovakia"
	slovakia4   = "“Slovakia will not support this United Nations pact under any circumstances and will not agree with it,” Pellegrini told reporters in Brussels after the summit where EU leaders approved the agreement on Britain’s withdrawal from the bloc."
	slovakia6   = "Lajcak was President of the United Nations General Assembly when the migration pact was adopted."
	ga2         = "The Global Compact for Migration, the first international document dealing with the issue, is not legally binding. But the escalating debate over people leaving their home countries for new ones has sparked increasing opposition and reservations among the U.N.’s 193 member states."
	ga3         = "The General Assembly resolution endorsing the compact was approved by a vote of 152-5 with Israel, the Czech Republic and Poland also voting “no” and 12 countries abstaining. The vote in favor of the resolution was lower than the 164 countries that approved the agreement by acclamation at a conference in Marrakech, Morocco, earlier this month."
)

// Paragraphs of the coverage's SCMP/AFP story on Belgium (page 209), and
// more of the General Assembly and Slovakia stories.
const (
	belgiumDoc = "209-scmp-afp-belgium"
	belgium2   = "The New Flemish Alliance (N-VA), the largest of the coalition’s four parties, had earlier threatened to leave if Michel backed the controversial accord."
	ga1        = "The United Nations General Assembly endorsed a sweeping accord to ensure safe and orderly migration Wednesday over opposition from five countries, including the United States and Hungary."
	slovakia3  = "The pact was conceived after the biggest influx of migrants into Europe since World War Two, many fleeing conflicts and poverty in the Middle East, Africa and beyond."
)
