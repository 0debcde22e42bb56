package coref

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// checkTypes checks the type of each entity, by its name.
func checkTypes(t *testing.T, d *newsgraph.Doc, want map[string]string) {
	t.Helper()
	for _, e := range d.Entities {
		if typ, ok := want[e.Name]; ok && e.Type != typ {
			t.Errorf("%s is %s, want %s", e.Name, e.Type, typ)
		}
	}
}

// A name the tagger typed as a person's, which the article calls a
// start-up in an appositive, or a venture firm right before it, is an
// organisation's, and "Its" takes it up; a company's founder stays a
// person.
func TestNamesDescribedAsCompaniesAreOrganisations(t *testing.T) {
	d := parsedFixture(t, "Lumo Silica, a start-up in Varde, grew. Its staff left.",
		"NNP/2/compound NNP/11/nsubj ,/7/punct DT/7/det NN/7/compound HYPH/7/punct NN/2/appos IN/9/case NNP/7/nmod ,/2/punct VBD/0/root ./11/punct "+
			"PRP$/2/nmod:poss NN/3/nsubj VBD/0/root ./3/punct",
		map[string]string{"Lumo Silica": "PER", "Varde": "LOC"})
	check(t, d, "Lumo Silica: Lumo Silica|Its", "Varde: Varde")
	checkTypes(t, d, map[string]string{"Lumo Silica": "ORG"})

	d = parsedFixture(t, "The fund paid the venture firm Nordgate and the company founder Ivo Varn.",
		"DT/2/det NN/3/nsubj VBD/0/root DT/6/det NN/6/compound NN/3/obj NNP/6/appos CC/11/cc DT/11/det NN/11/compound NN/6/conj NNP/11/appos NNP/12/flat ./3/punct",
		map[string]string{"Nordgate": "PER", "Ivo Varn": "PER"})
	checkTypes(t, d, map[string]string{"Nordgate": "ORG", "Ivo Varn": "PER"})

	d = parsedFixture(t, "Hopvelt, the Dutch brewer, grew.",
		"NNP/7/nsubj ,/5/punct DT/5/det JJ/5/amod NN/1/appos ,/1/punct VBD/0/root ./7/punct",
		map[string]string{"Hopvelt": "PER"})
	checkTypes(t, d, map[string]string{"Hopvelt": "ORG"})
}

// "A spokesman for the company, Tomas Greer," introduces a man, whom the
// tagger took for an organisation: he is a person, the spokesman, and
// "the company" is no mention of his.
func TestSpokesmanForACompanyIsAPerson(t *testing.T) {
	d := parsedFixture(t, "A spokesman for the company, Tomas Greer, said so.",
		"DT/2/det NN/10/nsubj IN/5/case DT/5/det NN/2/nmod ,/8/punct NNP/8/compound NNP/2/appos ,/8/punct VBD/0/root RB/10/advmod ./10/punct",
		map[string]string{"Tomas Greer": "ORG"})
	check(t, d, "Tomas Greer: A spokesman|Tomas Greer")
	checkTypes(t, d, map[string]string{"Tomas Greer": "PER"})
}

// A description whose modifiers hold a plural name, "The United Nations
// envoy", is set beside the name after it as well.
func TestDescriptionWithAPluralName(t *testing.T) {
	checkParsed(t, "The United Nations envoy, Helga Moreau, said she hoped.",
		"DT/4/det NNP/3/compound NNPS/4/compound NN/9/nsubj ,/7/punct NNP/7/compound NNP/4/appos ,/4/punct VBD/0/root PRP/11/nsubj VBD/9/ccomp ./9/punct",
		map[string]string{"Helga Moreau": "PER", "United Nations": "ORG"},
		"Helga Moreau: The United Nations envoy|Helga Moreau|she", "United Nations: United Nations")
}

// "The actor Sam Whitlock", with no comma, describes him as "the
// actor" does after, which joins him.
func TestDescriptionRightBeforeAName(t *testing.T) {
	checkParsed(t, "The actor Sam Whitlock apologised. Fans defended the actor.",
		"DT/2/det NN/5/nsubj NNP/5/nsubj NNP/3/flat VBD/0/root ./5/punct "+
			"NNS/2/nsubj VBD/0/root DT/4/det NN/2/obj ./2/punct",
		map[string]string{"Sam Whitlock": "PER"},
		"Sam Whitlock: The actor|Sam Whitlock|the actor")
}

// A title hung on a name is no description of its own, "the judge" after
// "Judge Ruth Ames" is her, and a phrase the parse hangs on the name as
// an appositive with no comma before it ("set", tagged an adjective, and
// "bail") describes no one.
func TestTitleAndCommalessAppositive(t *testing.T) {
	checkParsed(t, "Judge Ruth Ames set bail. The judge noted the risk.",
		"NN/2/nmod:desc NNP/0/root NNP/2/flat JJ/5/amod NN/2/appos ./2/punct "+
			"DT/2/det NN/3/nsubj VBD/0/root DT/5/det NN/3/obj ./3/punct",
		map[string]string{"Ruth Ames": "PER"},
		"Ruth Ames: Judge Ruth Ames|The judge")
}

// The subject of what the main verb says is no main subject: after "Ana
// Vos told reporters that the worker was upset", "She" is Vos.
func TestSubjectOfWhatWasSaidIsNotTheMainOne(t *testing.T) {
	checkParsed(t, "Ana Vos told reporters that the worker was upset. She left.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root NNS/3/iobj IN/9/mark DT/7/det NN/9/nsubj VBD/9/cop JJ/3/ccomp ./3/punct "+
			"PRP/2/nsubj VBD/0/root ./2/punct",
		map[string]string{"Ana Vos": "PER"},
		"Ana Vos: Ana Vos|She")
}

// A "place" set beside a person's noun is a person; one set beside a
// place's noun stays a place.
func TestPlaceDescribedAsAPersonIsAPerson(t *testing.T) {
	d := parsedFixture(t, "Per Nystrom, chief economist at Norda, said so.",
		"IN/2/case NNP/9/obl ,/5/punct JJ/5/amod NN/2/appos IN/7/case NNP/5/nmod ,/2/punct VBD/0/root RB/9/advmod ./9/punct",
		map[string]string{"Nystrom": "LOC", "Norda": "ORG"})
	checkTypes(t, d, map[string]string{"Nystrom": "PER", "Norda": "ORG"})
	d = parsedFixture(t, "Varna, capital of Norda, grew.",
		"NNP/7/nsubj ,/3/punct NN/1/appos IN/5/case NNP/3/nmod ,/1/punct VBD/0/root ./7/punct",
		map[string]string{"Varna": "LOC", "Norda": "LOC"})
	checkTypes(t, d, map[string]string{"Varna": "LOC"})
	// A place the gazetteer knows stays one: the person's noun describes
	// the name after it.
	d = parsedFixture(t, "In Ohio, the Green candidate, Tom Hale, promised to protect Harbourline.",
		"IN/2/case NNP/11/obl ,/6/punct DT/6/det JJ/6/amod NN/2/appos ,/6/punct NNP/11/nsubj NNP/8/flat ,/8/punct VBD/0/root TO/13/mark VB/11/xcomp NNP/13/obj ./11/punct",
		map[string]string{"Ohio": "LOC", "Tom Hale": "PER", "Harbourline": "ORG"})
	checkTypes(t, d, map[string]string{"Ohio": "LOC"})
	// Not after a preposition, a place's name with a person's noun set
	// beside it is a person's: "Sydney, a nurse, said so."
	d = parsedFixture(t, "Sydney, a nurse, said so.",
		"NNP/6/nsubj ,/4/punct DT/4/det NN/1/appos ,/1/punct VBD/0/root RB/6/advmod ./6/punct",
		map[string]string{"Sydney": "LOC"})
	checkTypes(t, d, map[string]string{"Sydney": "PER"})
}

// A one-word "person" someone works at is a company named like a surname.
func TestWorkplaceIsAnOrganisation(t *testing.T) {
	d := parsedFixture(t, "Ana Vos started work at Carrier in 1990.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root NN/3/obj IN/6/case NNP/3/obl IN/8/case CD/3/obl ./3/punct",
		map[string]string{"Ana Vos": "PER", "Carrier": "PER"})
	checkTypes(t, d, map[string]string{"Carrier": "ORG", "Ana Vos": "PER"})
	// "at Berg's" is a house or a shop, whoever Berg is.
	d = parsedFixture(t, "Ana Vos started work at Berg's in 1990.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root NN/3/obj IN/6/case NNP/3/obl POS/6/case IN/9/case CD/3/obl ./3/punct",
		map[string]string{"Ana Vos": "PER", "Berg": "PER"})
	checkTypes(t, d, map[string]string{"Berg": "PER"})
}

// A description takes in the whole of a word split at its hyphens, and
// names its entity without the relative clause after its head.
func TestDescriptionOfAHyphenatedAge(t *testing.T) {
	checkParsed(t, "A 64-year-old man who waited died. He was ill.",
		"DT/7/det CD/4/nummod HYPH/4/punct NN/6/obl:npmod HYPH/6/punct JJ/7/amod NN/10/nsubj WP/9/nsubj VBD/7/acl:relcl VBD/0/root ./10/punct "+
			"PRP/3/nsubj VBD/3/cop JJ/0/root ./3/punct",
		nil,
		"A 64-year-old man: A 64-year-old man who waited|He")
}

// A headline's "Minister", met before the body names anyone, is the one
// person the body gives that title, with "the minister" who joined it;
// a lower-case title before a name is a title.
func TestHeadlineOfficeIsTheBodysHolder(t *testing.T) {
	d := titledParsedFixture(t, "Minister quits", "Health minister Ana Berg resigned. The minister left.",
		"NN/2/nsubj VBD/0/root "+
			"NNP/2/compound NNP/3/nmod:desc NNP/5/nsubj NNP/3/flat VBD/0/root ./5/punct "+
			"DT/2/det NN/3/nsubj VBD/0/root ./3/punct",
		map[string]string{"Ana Berg": "PER"})
	check(t, d, "Ana Berg: Minister|Health minister Ana Berg|The minister")
}

// A lower-case title the tagger reads as an adjective is a title too:
// "Chief executive Ana Berg" gives her the role.
func TestLowerCaseTitleReadAsAnAdjective(t *testing.T) {
	d := titledParsedFixture(t, "Profits fall", "Chief executive Ana Berg resigned.",
		"NNS/2/nsubj VBP/0/root "+
			"NNP/2/amod JJ/4/compound NNP/4/compound NNP/5/nsubj VBD/0/root ./5/punct",
		map[string]string{"Ana Berg": "PER"})
	if len(d.Entities) != 1 || len(d.Entities[0].Roles) != 1 || d.Slice(d.Entities[0].Roles[0]) != "Chief executive" {
		t.Errorf("entities %+v, want Ana Berg with the role Chief executive", d.Entities)
	}
}

// A surname the tagger typed as a company's, after the person's full
// name, is the person's; a country's name is not, nor a name two people
// share.
func TestSurnameTypedAsACompanyJoinsThePerson(t *testing.T) {
	d := fixture(t, "Rachel Osei spoke. Osei’s office said so. Michael Jordan met Jordan’s king.",
		map[string]string{"Rachel Osei": "PER", "Osei’s": "ORG", "Michael Jordan": "PER", "Jordan’s": "LOC"})
	check(t, d, "Rachel Osei: Rachel Osei|Osei’s", "Michael Jordan: Michael Jordan", "Jordan: Jordan’s")
	checkTypes(t, d, map[string]string{"Rachel Osei": "PER", "Jordan": "LOC"})
	d = fixture(t, "Ama Osei met Kofi Osei. Osei’s office said so.",
		map[string]string{"Ama Osei": "PER", "Kofi Osei": "PER", "Osei’s": "ORG"})
	checkTypes(t, d, map[string]string{"Osei": "ORG"})
}

// "this newspaper" is the writer's publication, not the company the
// article is about.
func TestThisNewspaperIsNoOrganisationOfTheText(t *testing.T) {
	checkParsed(t, "Nordwind grew. Its boss told this newspaper so.",
		"NNP/2/nsubj VBD/0/root ./2/punct PRP$/2/nmod:poss NN/3/nsubj VBD/0/root DT/5/det NN/3/iobj RB/3/advmod ./3/punct",
		map[string]string{"Nordwind": "ORG"},
		"Nordwind: Nordwind|Its")
}

// "the president-elect" holds another office than the president's.
func TestPresidentElectIsNotThePresident(t *testing.T) {
	d := fixture(t, "President Ivo Marek met the press. Later the president-elect left, and the president stayed.",
		map[string]string{"Ivo Marek": "PER"})
	check(t, d, "Ivo Marek: Ivo Marek|the president")
}

// "One shop owner in Leeds, Sam Patel," describes him: the place after
// "in" and "One" for a determiner.
func TestDescriptionWithOneAndAPlace(t *testing.T) {
	checkParsed(t, "One shop owner in Leeds, Sam Patel, said he lost money.",
		"CD/3/nummod NN/3/compound NN/10/nsubj IN/5/case NNP/3/nmod ,/8/punct NNP/8/compound NNP/3/appos ,/8/punct VBD/0/root PRP/12/nsubj VBD/10/ccomp NN/12/obj ./10/punct",
		map[string]string{"Sam Patel": "PER", "Leeds": "LOC"},
		"Sam Patel: One shop owner|Sam Patel|he", "Leeds: Leeds")
}

// "the statistics office" is an organisation, which "the office" takes up.
func TestAnOfficeIsAnOrganisation(t *testing.T) {
	d := parsedFixture(t, "The statistics office said jobs rose. The office expects more.",
		"DT/3/det NN/3/compound NN/4/nsubj VBD/0/root NNS/6/nsubj VBD/4/ccomp ./4/punct DT/2/det NN/3/nsubj VBZ/0/root JJR/3/obj ./3/punct",
		nil)
	check(t, d, "The statistics office: The statistics office|The office")
	checkTypes(t, d, map[string]string{"The statistics office": "ORG"})
}

// "the airport" is the airport named last, not the headline's "regional
// airport" before it.
func TestDescriptionJoinsTheNameHoldingItsNoun(t *testing.T) {
	d := titledParsedFixture(t, "Regional airport closes", "Flights at Kestrel Airport stopped, the airport said.",
		"JJ/2/amod NN/3/nsubj VBZ/0/root "+
			"NNS/5/nsubj IN/4/case NNP/4/compound NNP/1/nmod VBD/0/root ,/5/punct DT/8/det NN/9/nsubj VBD/5/parataxis ./5/punct",
		map[string]string{"Kestrel Airport": "LOC"})
	check(t, d, "Kestrel Airport: Kestrel Airport|the airport")
}

// A name that holds "of" is a place or institution the description's
// noun hangs on: "The leader of the National Union of Dockers, Ruth
// Gale," describes her.
func TestDescriptionOverANameWithOf(t *testing.T) {
	checkParsed(t, "The leader of the National Union of Dockers, Ruth Gale, said so.",
		"DT/2/det NN/13/nsubj IN/6/case DT/6/det NNP/6/amod NNP/2/nmod IN/8/case NNPS/6/nmod ,/10/punct NNP/6/appos NNP/10/flat ,/2/punct VBD/0/root RB/13/advmod ./13/punct",
		map[string]string{"Ruth Gale": "PER", "National Union of Dockers": "ORG"},
		"Ruth Gale: The leader|Ruth Gale", "National Union of Dockers: the National Union of Dockers")
}

// "the chief" after "Chief Ivo Marek" is him.
func TestTheChiefIsTheChief(t *testing.T) {
	d := fixture(t, "Chief Ivo Marek met the press. Later the chief left.", map[string]string{"Ivo Marek": "PER"})
	check(t, d, "Ivo Marek: Ivo Marek|the chief")
}

// A title before the name set beside a description, "A police
// spokesman, Sergeant Alan Pryce,", does not keep the two apart.
func TestDescriptionBesideATitledName(t *testing.T) {
	checkParsed(t, "A police spokesman, Sergeant Alan Pryce, said he acted.",
		"DT/3/det NN/3/compound NN/9/nsubj ,/7/punct NNP/7/compound NNP/7/compound NNP/3/appos ,/3/punct VBD/0/root PRP/11/nsubj VBD/9/ccomp ./9/punct",
		map[string]string{"Alan Pryce": "PER"}, "Alan Pryce: A police spokesman|Sergeant Alan Pryce|he")
}

// "The 56-year-old" standing alone is the person a main clause just named,
// not one a quotation or an object names; an age given to someone else
// keeps it off them.
func TestAgeStandingForAPerson(t *testing.T) {
	checkParsed(t, "Ana Ruiz has been named manager. The 56-year-old said she was pleased.",
		"NNP/5/nsubj:pass NNP/1/flat VBZ/5/aux VBN/5/aux:pass VBN/0/root NN/5/obj ./5/punct "+
			"DT/6/det CD/4/nummod HYPH/2/punct NN/6/obl:unmarked HYPH/4/punct JJ/7/nsubj VBD/0/root PRP/10/nsubj VBD/10/cop JJ/7/ccomp ./7/punct",
		map[string]string{"Ana Ruiz": "PER"},
		"Ana Ruiz: Ana Ruiz|The 56-year-old|she")
	checkParsed(t, "Ana Ruiz praised Tom Hale. \"He is a great leader,\" said the 46-year-old.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root NNP/3/obj NNP/4/flat ./3/punct "+
			"``/6/punct PRP/6/nsubj VBZ/6/cop DT/6/det JJ/6/amod NN/9/ccomp ,/6/punct ''/6/punct VBD/0/root DT/15/det CD/13/nummod HYPH/11/punct NN/15/obl:unmarked HYPH/13/punct JJ/9/obj ./9/punct",
		map[string]string{"Ana Ruiz": "PER", "Tom Hale": "PER"},
		"Ana Ruiz: Ana Ruiz|the 46-year-old", "Tom Hale: Tom Hale|He")
	checkParsed(t, "Ana Ruiz and her 9-year-old son were found. The 9-year-old was unhurt.",
		"NNP/12/nsubj:pass NNP/1/flat CC/10/cc PRP$/10/nmod:poss CD/7/nummod HYPH/5/punct NN/9/obl:unmarked HYPH/7/punct JJ/10/amod NN/1/conj VBD/12/aux:pass VBN/0/root ./12/punct "+
			"DT/6/det CD/4/nummod HYPH/2/punct NN/6/obl:unmarked HYPH/4/punct JJ/8/nsubj VBD/8/cop JJ/0/root ./8/punct",
		map[string]string{"Ana Ruiz": "PER"},
		"Ana Ruiz: Ana Ruiz|her", "9-year-old son: 9-year-old son|The 9-year-old")
	// An age before an adjective and a noun is the noun's.
	checkParsed(t, "Ana Ruiz visited the site. The 150-year-old wooden church burned down.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root DT/5/det NN/3/obj ./3/punct "+
			"DT/8/det CD/4/nummod HYPH/2/punct NN/6/obl:unmarked HYPH/4/punct JJ/8/amod JJ/8/amod NN/9/nsubj VBD/0/root RB/9/advmod ./9/punct",
		map[string]string{"Ana Ruiz": "PER"},
		"Ana Ruiz: Ana Ruiz")
	// Someone nearer whom only a description names is not passed over.
	checkParsed(t, "Ana Ruiz was hurt. Police arrested a man nearby. The 23-year-old was charged.",
		"NNP/4/nsubj:pass NNP/1/flat VBD/4/aux:pass VBN/0/root ./4/punct "+
			"NNS/2/nsubj VBD/0/root DT/4/det NN/2/obj RB/2/advmod ./2/punct "+
			"DT/6/det CD/4/nummod HYPH/2/punct NN/6/obl:unmarked HYPH/4/punct JJ/8/nsubj:pass VBD/8/aux:pass VBN/0/root ./8/punct",
		map[string]string{"Ana Ruiz": "PER"},
		"Ana Ruiz: Ana Ruiz")
}
