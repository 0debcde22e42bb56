package coref

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// fixture builds a Doc by hand: segmented by the rule-based segmenter,
// tagged by spelling (pronouns PRP, capitalised words NNP, "the" DT, the
// tests' verbs VBD, punctuation itself, the rest NN), the names given with their types, and the subjects given by
// their first word: no model is read, so no retraining changes a test.
func fixture(t *testing.T, text string, names map[string]string, subjects ...string) *newsgraph.Doc {
	t.Helper()
	return titledFixture(t, "", text, names, subjects...)
}

// titledFixture is fixture under a title, when title is not "".
func titledFixture(t *testing.T, title, text string, names map[string]string, subjects ...string) *newsgraph.Doc {
	t.Helper()
	var blocks []newsgraph.Block
	if title != "" {
		blocks = append(blocks, newsgraph.Block{Kind: newsgraph.KindTitle, Text: title})
	}
	for _, p := range strings.Split(text, "\n\n") {
		blocks = append(blocks, newsgraph.Block{Kind: newsgraph.KindBody, Text: p})
	}
	d := newsgraph.NewDoc(newsgraph.Metadata{}, blocks)
	segment.Segment(d)
	for i := range d.Tokens {
		w := d.TokenText(i)
		c, _ := utf8.DecodeRuneInString(w)
		tok := &d.Tokens[i]
		switch {
		case malePronouns[strings.ToLower(w)] || femalePronouns[strings.ToLower(w)] || pluralPronouns[strings.ToLower(w)] ||
			firstPerson[strings.ToLower(w)] || firstPlural[strings.ToLower(w)] || secondPerson[strings.ToLower(w)] || strings.EqualFold(w, "its"):
			tok.Tag = "PRP"
		case strings.EqualFold(w, "the"):
			tok.Tag = "DT"
		case w == "’s" || w == "'s":
			tok.Tag = "POS"
		case unicode.IsUpper(c):
			tok.Tag = "NNP"
		case pastVerbs[w]:
			tok.Tag = "VBD"
		case unicode.IsPunct(c):
			tok.Tag = w
		default:
			tok.Tag = "NN"
		}
		if slices.Contains(subjects, w) {
			tok.Dep = "nsubj"
		}
	}
	addNames(d, names)
	Resolve(d)
	if !d.Validate() {
		t.Fatalf("coreference drew an invalid doc: %v", d.Diagnostics)
	}
	return d
}

// pastVerbs are the verbs of the tests' sentences, which the fixture tags VBD.
var pastVerbs = set("said spoke left added thanked met signed won was agreed stayed went saw talked smiled waited raised cut")

// addNames adds every place each name is written as a name mention of
// its type, in text order.
func addNames(d *newsgraph.Doc, names map[string]string) {
	for name, typ := range names {
		for off := 0; ; {
			i := strings.Index(d.Text[off:], name)
			if i < 0 {
				break
			}
			s := newsgraph.Span{Start: off + i, End: off + i + len(name)}
			d.Mentions = append(d.Mentions, newsgraph.Mention{Span: s, Kind: newsgraph.MentionName, Type: typ, Entity: newsgraph.NoEntity})
			off = s.End
		}
	}
	// In text order, the longest first where names overlap ("Berg’s" over "Berg"), which alone is kept.
	slices.SortFunc(d.Mentions, func(a, b newsgraph.Mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	d.Mentions = slices.CompactFunc(d.Mentions, func(a, b newsgraph.Mention) bool {
		return max(a.Start, b.Start) < min(a.End, b.End)
	})
}

// clusters renders each entity as "Name: mention|mention…", in order.
func clusters(d *newsgraph.Doc) []string {
	var out []string
	for _, e := range d.Entities {
		var ms []string
		for _, k := range e.Mentions {
			ms = append(ms, d.Slice(d.Mentions[k].Span))
		}
		out = append(out, e.Name+": "+strings.Join(ms, "|"))
	}
	return out
}

func check(t *testing.T, d *newsgraph.Doc, want ...string) {
	t.Helper()
	if got := clusters(d); !slices.Equal(got, want) {
		t.Errorf("entities\n got %q\nwant %q", got, want)
	}
}

func TestShortNamesJoinTheFullest(t *testing.T) {
	d := fixture(t, "Anja Lind met Piet Berg in Brask. Lind spoke first. Mr. Berg and Berg’s aide left.",
		map[string]string{"Anja Lind": "PER", "Piet Berg": "PER", "Brask": "LOC", "Lind": "PER", "Berg": "PER", "Berg’s": "PER"})
	check(t, d, "Anja Lind: Anja Lind|Lind", "Piet Berg: Piet Berg|Berg|Berg’s", "Brask: Brask")
}

func TestGenerationalSuffixKeepsNamesApart(t *testing.T) {
	d := fixture(t, "Tomas Reinholt met Tomas Reinholt Jr. in May. Reinholt said no.",
		map[string]string{"Tomas Reinholt": "PER", "Tomas Reinholt Jr.": "PER", "Reinholt": "PER"})
	// "Reinholt" fits both, named once each: it is left to neither.
	check(t, d, "Tomas Reinholt: Tomas Reinholt", "Tomas Reinholt Jr.: Tomas Reinholt Jr.", "Reinholt: Reinholt")
}

func TestAcronymsAndSpellingsOfOnePlace(t *testing.T) {
	d := fixture(t, "The United States and the U.S. Navy differ. US ships and Brask Harbour Authority boats met. BHA said so.",
		map[string]string{"United States": "LOC", "U.S.": "LOC", "US": "LOC", "Brask Harbour Authority": "ORG", "BHA": "ORG"})
	check(t, d, "United States: United States|U.S.|US", "Brask Harbour Authority: Brask Harbour Authority|BHA")
}

func TestPronounsPreferSubjectsAndAgreeInGender(t *testing.T) {
	d := fixture(t, "Anja Lind told Piet Berg that he was wrong. Ms. Lind left.\n\nShe said nothing, and Berg said his piece.",
		map[string]string{"Anja Lind": "PER", "Piet Berg": "PER", "Lind": "PER", "Berg": "PER"}, "Anja", "Berg")
	// "he" is not Lind's once Lind is known female, whatever the subject; "She" after Ms. Lind is hers.
	check(t, d, "Anja Lind: Anja Lind|Lind|She", "Piet Berg: Piet Berg|he|Berg|his")
}

// Of two subjects before a pronoun, the main clause's is preferred to
// one deeper in what was said, though that one came later: in "While
// Lind said that Berg was careless, he said …", "he" is Lind.
func TestPronounsPreferTheMainClausesSubject(t *testing.T) {
	// (Both men's given names are known to be men's: one of unknown gender
	// would come after the one known, in a sentence.)
	checkParsed(t, "While Karl Lind said that Tom Berg was careless, he said nothing.",
		"IN/4/mark NNP/3/compound NNP/4/nsubj VBD/12/advcl IN/9/mark NNP/7/compound NNP/9/nsubj VBD/9/cop JJ/4/ccomp ,/12/punct "+
			"PRP/12/nsubj VBD/0/root NN/12/obj ./12/punct",
		map[string]string{"Karl Lind": "PER", "Tom Berg": "PER"},
		"Karl Lind: Karl Lind|he", "Tom Berg: Tom Berg")
}

func TestDescriptionsJoinTheOneOfficeHolder(t *testing.T) {
	d := fixture(t, "Kordavian President Ivo Marek met Brask Defence Minister Olga Sand. Later the Kordavian leader left, and the defence minister stayed.",
		map[string]string{"Ivo Marek": "PER", "Olga Sand": "PER"})
	check(t, d, "Ivo Marek: Ivo Marek|the Kordavian leader", "Olga Sand: Olga Sand|the defence minister")
	if r := d.Entities[1].Roles; len(r) != 1 || d.Slice(r[0]) != "Brask Defence Minister" {
		t.Errorf("roles of Olga Sand: %v", r)
	}
}

func TestDescriptionFittingTwoStaysAlone(t *testing.T) {
	d := fixture(t, "President Ivo Marek met President Olga Sand. Then the president left.",
		map[string]string{"Ivo Marek": "PER", "Olga Sand": "PER"})
	check(t, d, "Ivo Marek: Ivo Marek", "Olga Sand: Olga Sand")
}

func TestGroupsOfTheTwoMostMentioned(t *testing.T) {
	d := fixture(t, "Ivo Marek met Olga Sand and Tom Aho. Marek and Sand talked. Both leaders smiled, and their aides waited. The two leaders left.",
		map[string]string{"Ivo Marek": "PER", "Olga Sand": "PER", "Tom Aho": "PER", "Marek": "PER", "Sand": "PER"})
	var group *newsgraph.Entity
	for i := range d.Entities {
		if len(d.Entities[i].Members) > 0 {
			group = &d.Entities[i]
		}
	}
	if group == nil {
		t.Fatalf("no group: %q", clusters(d))
	}
	var members []string
	for _, m := range group.Members {
		members = append(members, d.Entities[m].Name)
	}
	slices.Sort(members)
	if !slices.Equal(members, []string{"Ivo Marek", "Olga Sand"}) || len(group.Mentions) != 3 {
		t.Errorf("group %q of %q with mentions %v", group.Name, members, clusters(d))
	}
}

// "The two ministers" are two who hold the office when the story has
// named two, or one who does and another in an office of their own or
// with none named; one named minister and a spokeswoman are no group (the
// other minister is a counterpart the story has not named).
func TestGroupOfAnOfficeIsOfItsHolders(t *testing.T) {
	for _, c := range []struct {
		text  string
		group bool
	}{
		{"Foreign Minister Ivo Marek met Olga Sand. Marek and Sand talked. The two ministers left.", true},
		{"Foreign Minister Ivo Marek met Defence Minister Olga Sand. Marek and Sand talked. The two ministers left.", true},
		{"Foreign Minister Ivo Marek met Governor Olga Sand. Marek and Sand talked. The two ministers left.", true},
		{"Foreign Minister Ivo Marek met Spokeswoman Olga Sand. Marek and Sand talked. The two ministers left.", false},
	} {
		d := fixture(t, c.text, map[string]string{"Ivo Marek": "PER", "Olga Sand": "PER", "Marek": "PER", "Sand": "PER"})
		grouped := slices.ContainsFunc(d.Entities, func(e newsgraph.Entity) bool { return len(e.Members) > 0 })
		if grouped != c.group {
			t.Errorf("%q: grouped %v, want %v: %q", c.text, grouped, c.group, clusters(d))
		}
	}
}

// A club's name shortens to its last word when that word says it is a
// club ("United" for "Harbour United"), and "the club" after names joined
// by "or" is none of them.
func TestClubsShortNameAndTheClubAfterAlternatives(t *testing.T) {
	checkParsed(t, "Harbour United beat Westbury. United will face either Kingsport or Ashby in the final. Tickets go on sale, the club said.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root NNP/3/obj ./3/punct "+
			"NNP/3/nsubj MD/3/aux VB/0/root CC/5/cc:preconj NNP/3/obj CC/7/cc NNP/5/conj IN/10/case DT/10/det JJ/3/obl ./3/punct "+
			"NNS/2/nsubj VBP/8/ccomp IN/4/case NN/2/obl ,/2/punct DT/7/det NN/8/nsubj VBD/0/root ./8/punct",
		map[string]string{"Harbour United": "ORG", "Westbury": "ORG", "United": "ORG", "Kingsport": "ORG", "Ashby": "ORG"},
		"Harbour United: Harbour United|United|the club", "Westbury: Westbury", "Kingsport: Kingsport", "Ashby: Ashby")
}

// A name beside "or" and no second name is no alternative: "the company"
// after "Veltrac or its suppliers" is Veltrac.
func TestTheCompanyAfterAnOrThatJoinsNoName(t *testing.T) {
	checkParsed(t, "Prosecutors said Veltrac or its suppliers broke rules. The company said it did nothing wrong.",
		"NNS/2/nsubj VBD/0/root NNP/7/nsubj CC/6/cc PRP$/6/nmod:poss NNS/3/conj VBD/2/ccomp NNS/7/obj ./2/punct "+
			"DT/2/det NN/3/nsubj VBD/0/root PRP/5/nsubj VBD/3/ccomp NN/5/obj JJ/6/amod ./3/punct",
		map[string]string{"Veltrac": "ORG"},
		"Veltrac: Veltrac|its|The company")
}

// "Both sides" are camps, not the two people most mentioned.
func TestBothSidesAreNoGroupOfPeople(t *testing.T) {
	d := fixture(t, "Ivo Marek met Olga Sand. Marek and Sand talked. Both sides smiled.",
		map[string]string{"Ivo Marek": "PER", "Olga Sand": "PER", "Marek": "PER", "Sand": "PER"})
	for _, e := range d.Entities {
		if len(e.Members) > 0 {
			t.Errorf("group %q: %q", e.Name, clusters(d))
		}
	}
}

// Ten thousand mentions, odd scripts and control characters: a bounded result,
// never a panic.
func TestManyAndOddMentions(t *testing.T) {
	var b strings.Builder
	names := map[string]string{}
	for i := range 10000 {
		n := fmt.Sprintf("Name%c%d Ω\u200b%d", 'A'+rune(i%26), i, i%7)
		names[n] = []string{"PER", "ORG", "LOC"}[i%3]
		fmt.Fprintf(&b, "%s met him. They said it. ", n)
	}
	d := fixture(t, b.String(), names)
	if len(d.Entities) == 0 || len(d.Mentions) < 10000 {
		t.Errorf("%d entities, %d mentions", len(d.Entities), len(d.Mentions))
	}
}

// A headline in Title Case runs a name on into the words after it; such a
// name does not name the entity. A first name the body leaves out would.
func TestHeadlineRunOnNamesDoNotName(t *testing.T) {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{
		{Kind: newsgraph.KindTitle, Text: "Anja Lind Is Right About Ports, Says Piet Berg"},
		{Kind: newsgraph.KindBody, Text: "Anja Lind spoke. Berg agreed."}})
	segment.Segment(d)
	for i := range d.Tokens {
		d.Tokens[i].Tag = "NNP"
	}
	for _, n := range []string{"Anja Lind Is Right", "Piet Berg", "Anja Lind", "Berg"} {
		i := strings.LastIndex(d.Text, n) // the body's, where a name is in both
		d.Mentions = append(d.Mentions, newsgraph.Mention{Span: newsgraph.Span{Start: i, End: i + len(n)}, Kind: newsgraph.MentionName, Type: "PER", Entity: newsgraph.NoEntity})
	}
	slices.SortFunc(d.Mentions, func(a, b newsgraph.Mention) int { return a.Start - b.Start })
	Resolve(d)
	check(t, d, "Anja Lind: Anja Lind Is Right|Anja Lind", "Piet Berg: Piet Berg|Berg")
}

// "Its" and, with no group in sight, "they" are an organisation's.
func TestOrganisationsPronouns(t *testing.T) {
	d := fixture(t, "Brask Harbour Authority raised its fees. Later they cut them.",
		map[string]string{"Brask Harbour Authority": "ORG"}, "Brask")
	check(t, d, "Brask Harbour Authority: Brask Harbour Authority|its|they|them")
}

// Outside quotations, I is the writer, we the writer's side and you the
// reader, each one entity through the article; inside one, they are left
// to attribution, which knows who speaks.
func TestFirstAndSecondPersonOutsideQuotations(t *testing.T) {
	d := fixture(t, "I went to the pier. We saw you there, and my aide said “I wait for you.”", nil)
	check(t, d, "the writer: I|my", "the writer and others: We", "the reader: you")
	d.Meta.Authors = []string{"Tomas Reinholt"}
	Resolve(d)
	if d.Entities[0].Name != "Tomas Reinholt" {
		t.Errorf("the writer is %q, want the byline's name", d.Entities[0].Name)
	}
}

// An appositive is a role and a mention of the person it stands beside; a
// description then matches on its words up to its head ("a former aide"),
// not on the person it names after ("to the president").
func TestAppositiveIsARoleAndAMention(t *testing.T) {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody,
		Text: "Tim Lorrin, a former aide to the president, spoke. Later the president left."}})
	segment.Segment(d)
	// Tim Lorrin , a former aide to the president , spoke .
	heads := []int{10, 0, 5, 5, 5, 0, 8, 8, 5, 0, -1, 10}
	deps := []string{"nsubj", "flat", "punct", "det", "amod", "appos", "case", "det", "nmod", "punct", "root", "punct"}
	for i := range heads {
		d.Tokens[i].Head, d.Tokens[i].Dep, d.Tokens[i].Tag = heads[i], deps[i], "NN"
	}
	d.Tokens[0].Tag, d.Tokens[1].Tag, d.Tokens[2].Tag, d.Tokens[9].Tag, d.Tokens[11].Tag = "NNP", "NNP", ",", ",", "."
	d.Mentions = []newsgraph.Mention{{Span: newsgraph.Span{Start: 0, End: len("Tim Lorrin")}, Kind: newsgraph.MentionName, Type: "PER", Entity: newsgraph.NoEntity}}
	Resolve(d)
	check(t, d, "Tim Lorrin: Tim Lorrin|a former aide to the president")
	if r := d.Entities[0].Roles; len(r) != 1 || d.Slice(r[0]) != "a former aide to the president" {
		t.Errorf("roles %v", r)
	}
}

// He and she are never the writer, whom the text calls I.
func TestThirdPersonIsNotTheWriter(t *testing.T) {
	d := fixture(t, "I went to the pier. She was there, and my aide saw her.", nil, "I")
	check(t, d, "the writer: I|my")
}

// A description set off before a name is a role and a mention of the
// person, whether the parse hangs the name on the description (appos) or,
// as it often does, takes the name for the subject; a later "the
// governor" then finds the person. Three phrases between commas with
// "and" are a list, not an apposition.
func TestDescriptionBeforeTheNameIsAMention(t *testing.T) {
	names := map[string]string{"Ivo Brenner": "PER", "Anna Lind": "PER", "Brask": "LOC"}
	text := "The regional governor, Ivo Brenner, urged calm. The governor said Brask would help."
	misparsed := parsedFixture(t, text, "DT/3/det JJ/3/amod NN/8/obl:unmarked ,/3/punct NNP/8/nsubj NNP/5/flat ,/5/punct VBD/0/root NN/8/obj ./8/punct "+
		"DT/2/det NN/3/nsubj VBD/0/root NNP/6/nsubj MD/6/aux VB/3/ccomp ./3/punct", names)
	check(t, misparsed, "Ivo Brenner: The regional governor|Ivo Brenner|The governor", "Brask: Brask")
	appos := parsedFixture(t, text, "DT/3/det JJ/3/amod NN/8/nsubj ,/5/punct NNP/3/appos NNP/5/flat ,/5/punct VBD/0/root NN/8/obj ./8/punct "+
		"DT/2/det NN/3/nsubj VBD/0/root NNP/6/nsubj MD/6/aux VB/3/ccomp ./3/punct", names)
	check(t, appos, "Ivo Brenner: The regional governor|Ivo Brenner|The governor", "Brask: Brask")
	if r := appos.Entities[0].Roles; len(r) != 1 || appos.Slice(r[0]) != "The regional governor" {
		t.Errorf("roles %v", r)
	}
	// The appositive's own words are read too: "Its" is the union's.
	owned := parsedFixture(t, "The Brask Union met. Its chairman, Ivo Brenner, spoke.",
		"DT/3/det NNP/3/compound NNP/4/nsubj VBD/0/root ./4/punct "+
			"PRP$/2/nmod:poss NN/7/nsubj ,/4/punct NNP/2/appos NNP/4/flat ,/4/punct VBD/0/root ./7/punct",
		map[string]string{"Brask Union": "ORG", "Ivo Brenner": "PER"})
	check(t, owned, "Brask Union: The Brask Union|Its", "Ivo Brenner: Its chairman|Ivo Brenner")
	// With a possessor, named or not.
	for _, c := range []struct {
		text, tree string
		want       []string
	}{
		{"The board's chairwoman, Anna Lind, left.",
			"DT/2/det NN/4/nmod:poss POS/2/case NN/9/obl ,/4/punct NNP/9/nsubj NNP/6/flat ,/6/punct VBD/0/root ./9/punct",
			[]string{"Anna Lind: The board's chairwoman|Anna Lind"}},
		{"Brask's chief negotiator, Anna Lind, left.",
			"NNP/4/nmod:poss POS/1/case JJ/4/amod NN/9/obl ,/4/punct NNP/9/nsubj NNP/6/flat ,/6/punct VBD/0/root ./9/punct",
			[]string{"Brask: Brask's", "Anna Lind: Brask's chief negotiator|Anna Lind"}},
	} {
		d := parsedFixture(t, c.text, c.tree, names)
		check(t, d, c.want...)
	}
	// A possessive inside the appositive is never the person it describes.
	deputy := parsedFixture(t, "Anna Lind spoke. Her deputy, Ivo Brenner, left.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root ./3/punct "+
			"PRP$/2/nmod:poss NN/7/nsubj ,/4/punct NNP/2/appos NNP/4/flat ,/4/punct VBD/0/root ./7/punct",
		names)
	check(t, deputy, "Anna Lind: Anna Lind|Her", "Ivo Brenner: Her deputy|Ivo Brenner")
	list := parsedFixture(t, "The mayor, Anna Lind, and the governor met.",
		"DT/2/det NN/9/nsubj ,/4/punct NNP/2/conj NNP/4/flat ,/8/punct CC/8/cc DT/8/det NN/2/conj VBD/0/root ./10/punct", names)
	check(t, list, "Anna Lind: Anna Lind")
}

// Descriptions that nothing joined are dropped with their entities, however
// many there are: none is left behind with no mention.
func TestLoneDescriptionsLeaveNoEmptyEntity(t *testing.T) {
	d := parsedFixture(t, "The mayor met an aide of Berg. The council agreed.",
		"DT/2/det NN/3/nsubj VBD/0/root DT/5/det NN/3/obj IN/7/case NNP/5/nmod ./3/punct "+
			"DT/2/det NN/3/nsubj VBD/0/root ./3/punct",
		map[string]string{"Berg": "PER"})
	check(t, d, "Berg: Berg")
	for i, e := range d.Entities {
		if len(e.Mentions) == 0 {
			t.Errorf("entity %d (%q) has no mention", i, e.Name)
		}
	}
}

// A description's phrase leaves out what is set off in it at any depth:
// with "chief executive" read as adjectives of "hospital", the name after
// them is no part of the hospital's description.
func TestDescriptionLeavesOutWhatIsSetOff(t *testing.T) {
	d := parsedFixture(t, "The hospital's chief executive, Dr. Erik Lund, said nothing. The hospital stayed open.",
		"DT/2/det NN/11/nsubj POS/2/case JJ/2/amod JJ/4/xcomp ,/8/punct NNP/8/nmod:desc NNP/4/appos NNP/8/flat ,/4/punct VBD/0/root NN/11/obj ./11/punct "+
			"DT/2/det NN/3/nsubj VBD/0/root JJ/3/xcomp ./3/punct",
		map[string]string{"Erik Lund": "PER"})
	for _, e := range d.Entities {
		if e.Type != "PER" && strings.Contains(e.Name, "Lund") {
			t.Errorf("entity %q (%s) takes in the name set off in its description", e.Name, e.Type)
		}
	}
}

// A company's one-word short name joins its full name when the rest only
// says it is a company, and "the company" after it is that company; a
// name whose other words say more keeps apart.
func TestCompanyShortNameAndTheCompany(t *testing.T) {
	checkParsed(t, "Northwind Systems was fined. Northwind will appeal. In a statement, the company apologised. Brask Consumer Council and Brask differ.",
		"NNP/4/nsubj:pass NNP/1/flat VBD/4/aux:pass VBN/0/root ./4/punct "+
			"NNP/3/nsubj MD/3/aux VB/0/root ./3/punct "+
			"IN/3/case DT/3/det NN/7/obl ,/7/punct DT/6/det NN/7/nsubj VBD/0/root ./7/punct "+
			"NNP/3/compound NNP/3/compound NNP/6/nsubj CC/5/cc NNP/3/conj VBP/0/root ./6/punct",
		map[string]string{"Northwind Systems": "ORG", "Northwind": "ORG", "Brask Consumer Council": "ORG", "Brask": "ORG"},
		"Northwind Systems: Northwind Systems|Northwind|the company", "Brask Consumer Council: Brask Consumer Council", "Brask: Brask")
}

// "…, the company confirmed on Tuesday.": the parse often hangs a verb of
// saying after its subject as a participle describing it, and the
// description would then be "the company confirmed on Tuesday", the name
// its speaker page would show.
func TestDescriptionLeavesOutItsVerbOfSaying(t *testing.T) {
	checkParsed(t, "The plant will close, the company confirmed on Tuesday. The company said it would appeal.",
		"DT/2/det NN/4/nsubj MD/4/aux VB/0/root ,/7/punct DT/7/det NN/4/parataxis VBN/7/acl/confirm IN/10/case NNP/8/obl ./4/punct "+
			"DT/2/det NN/3/nsubj VBD/0/root/say PRP/6/nsubj MD/6/aux VB/3/ccomp ./3/punct",
		nil,
		"the company: the company|The company")
}

// A phrase of time the parse hung on a description ("misled the council
// after a leaked report") is not part of whom it describes.
func TestDescriptionLeavesOutAPhraseOfTime(t *testing.T) {
	checkParsed(t, "Moe misled the council after a leaked report. The council met.",
		"NNP/2/nsubj VBD/0/root DT/4/det NN/2/obj IN/8/case DT/8/det JJ/8/amod NN/4/nmod ./2/punct "+
			"DT/2/det NN/3/nsubj VBD/0/root ./3/punct",
		map[string]string{"Moe": "PER"},
		"Moe: Moe", "the council: the council|The council")
}

// A list of names the parse read as an appositive ("Lind, Ada Berg and
// Ivo Tal") is three people, not Lind named twice.
func TestAppositiveListOfNamesIsNoMention(t *testing.T) {
	checkParsed(t, "Piet Lind, Ada Berg and Ivo Tal left.",
		"NNP/2/compound NNP/9/nsubj ,/5/punct NNP/5/compound NNP/2/appos CC/8/cc NNP/8/compound NNP/5/conj VBD/0/root ./9/punct",
		map[string]string{"Piet Lind": "PER", "Ada Berg": "PER", "Ivo Tal": "PER"},
		"Piet Lind: Piet Lind", "Ada Berg: Ada Berg", "Ivo Tal: Ivo Tal")
}

// A crowd is no "she": a collective noun names a group, which "they" or
// "it" may take up, never "he" or "she".
func TestSheIsNoCrowd(t *testing.T) {
	checkParsed(t, "Marta Kovac, 34, who was at the gate with her son, said police had pushed people back into the crowd.\n\n\"There was nowhere to go,\" she said.",
		"NNP/15/nsubj NNP/1/flat ,/4/punct CD/1/nmod:unmarked ,/10/punct WP/10/nsubj VBD/10/cop IN/10/case DT/10/det NN/1/acl:relcl "+
			"IN/13/case PRP$/13/nmod:poss NN/10/nmod ,/10/punct VBD/0/root NNS/18/nsubj VBD/18/aux VBN/15/ccomp NNS/18/obj RB/18/advmod "+
			"IN/23/case DT/23/det NN/18/obl ./15/punct "+
			"``/3/punct EX/3/expl VBD/10/ccomp RB/3/advmod TO/6/mark VB/4/acl ,/3/punct ''/3/punct PRP/10/nsubj VBD/0/root ./10/punct",
		map[string]string{"Marta Kovac": "PER"},
		"Marta Kovac: Marta Kovac|her|she")
}

// An age set beside a name ("Camille Durand, 22,") is no role of hers.
func TestAgeIsNoRole(t *testing.T) {
	d := parsedFixture(t, "Camille Durand, 22, left.",
		"NNP/6/nsubj NNP/1/flat ,/4/punct CD/1/appos ,/4/punct VBD/0/root ./6/punct",
		map[string]string{"Camille Durand": "PER"})
	check(t, d, "Camille Durand: Camille Durand")
	if len(d.Entities) != 1 || len(d.Entities[0].Roles) != 0 {
		t.Errorf("roles %v, want none", d.Entities)
	}
}

// In an interview printed as questions and answers, the answers' "I" and
// "my" are the interviewee's, whom attribution names, not the writer's.
func TestInterviewAnswersAreNotTheWriters(t *testing.T) {
	checkParsed(t, "Lind met us.\n\nQ: Will it close?\n\nA: I doubt it.\n\nQ: Why?\n\nA: My sources say so.",
		"NNP/2/nsubj VBD/0/root PRP/2/obj ./2/punct "+
			"NN/5/dep :/1/punct MD/5/aux PRP/5/nsubj VB/0/root ./5/punct "+
			"DT/4/dep :/1/punct PRP/4/nsubj VBP/0/root PRP/4/obj ./4/punct "+
			"NN/3/dep :/1/punct WRB/0/root ./3/punct "+
			"DT/5/dep :/1/punct PRP$/4/nmod:poss NNS/5/nsubj VBP/0/root RB/5/advmod ./5/punct",
		map[string]string{"Lind": "PER"},
		"Lind: Lind", "the writer and others: us")
}

// When the parse makes a noun the sentence's root and its verb a clause
// on it ("Truck drivers queued for hours."), the verb is no part of the
// description.
func TestDescriptionLeavesOutTheSentencesPredicate(t *testing.T) {
	d := parsedFixture(t, "Truck drivers queued for hours. The drivers left.",
		"NN/2/compound NNS/0/root/driver VBN/2/acl IN/5/case NNS/3/obl ./2/punct DT/2/det NNS/3/nsubj/driver VBD/0/root ./3/punct", nil)
	check(t, d, "Truck drivers: Truck drivers|The drivers")
}

// A role set beside a name ends before a relative clause set off after it.
func TestRoleEndsBeforeARelativeClause(t *testing.T) {
	d := parsedFixture(t, "Marta Osk, the town's mayor, who runs a bakery, spoke.",
		"NNP/13/nsubj NNP/1/flat ,/7/punct DT/5/det NN/7/nmod:poss POS/5/case NN/1/appos ,/10/punct WP/10/nsubj VBZ/7/acl:relcl "+
			"DT/12/det NN/10/obj ,/1/punct VBD/0/root ./13/punct",
		map[string]string{"Marta Osk": "PER"})
	if len(d.Entities) == 0 || len(d.Entities[0].Roles) != 1 || d.Slice(d.Entities[0].Roles[0]) != "the town's mayor" {
		var roles []string
		for _, e := range d.Entities {
			for _, ro := range e.Roles {
				roles = append(roles, d.Slice(ro))
			}
		}
		t.Errorf("roles %q, want [the town's mayor]", roles)
	}
}

// A company noun set off before an organisation's name is a mention of
// it, with no role: "A utility company, Western Grid, said …" makes one
// entity, named by its name, which "its" after joins.
func TestDescriptionBeforeAnOrganisationsName(t *testing.T) {
	d := parsedFixture(t, "A utility company, Western Grid, said its line failed.",
		"DT/3/det NN/3/compound NN/8/nsubj ,/6/punct JJ/6/amod NN/3/conj ,/6/punct VBD/0/root PRP$/10/nmod:poss NN/11/nsubj VBD/8/ccomp ./8/punct",
		map[string]string{"Western Grid": "ORG"})
	check(t, d, "Western Grid: A utility company|Western Grid|its")
	if r := d.Entities[0].Roles; len(r) != 0 {
		t.Errorf("an organisation got roles %v", r)
	}
}

// In one sentence a person known to be of the pronoun's gender comes
// before the subject whose gender is unknown: "her" is Maria Vos's.
func TestKnownGenderFirstInTheSentence(t *testing.T) {
	checkParsed(t, "Jan Brenner thanked Maria Vos for her work.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root NNP/3/obj NNP/4/flat IN/8/case PRP$/8/nmod:poss NN/3/obl ./3/punct",
		map[string]string{"Jan Brenner": "PER", "Maria Vos": "PER"},
		"Jan Brenner: Jan Brenner", "Maria Vos: Maria Vos|her")
}

// "the union" is the organisation whose name says it is a union, past a
// bank named since; "the government" is no bank.
func TestTheUnionIsTheNamedUnion(t *testing.T) {
	checkParsed(t, "The Dockers Union struck. Varg Bank said the union and the government would talk.",
		"DT/3/det NNP/3/compound NNP/4/nsubj VBD/0/root ./4/punct "+
			"NNP/2/compound NNP/3/nsubj VBD/0/root DT/5/det NN/10/nsubj CC/8/cc DT/8/det NN/5/conj MD/10/aux VB/3/ccomp ./3/punct",
		map[string]string{"Dockers Union": "ORG", "Varg Bank": "ORG"},
		"Dockers Union: The Dockers Union|the union", "Varg Bank: Varg Bank")
}

// A given name of the lists tells its bearer's gender: "She" after
// "Anton Lind beat Clara Holm" is Holm, though Lind is the subject.
func TestGivenNamesOfTheNews(t *testing.T) {
	checkParsed(t, "Anton Lind beat Clara Holm. She thanked him.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root NNP/3/obj NNP/4/flat ./3/punct "+
			"PRP/2/nsubj VBD/0/root PRP/2/obj ./2/punct",
		map[string]string{"Clara Holm": "PER", "Anton Lind": "PER"},
		"Anton Lind: Anton Lind|him", "Clara Holm: Clara Holm|She")
}

// "the government" is no company named before it, though "the company"
// is.
func TestTheGovernmentIsNoCompany(t *testing.T) {
	checkParsed(t, "Nordvik cut fares. The government said the company was wrong.",
		"NNP/2/nsubj VBD/0/root NNS/2/obj ./2/punct "+
			"DT/2/det NN/3/nsubj VBD/0/root DT/5/det NN/7/nsubj VBD/7/cop JJ/3/ccomp ./3/punct",
		map[string]string{"Nordvik": "ORG"},
		"Nordvik: Nordvik|the company")
}

// From a sentence before, the main subject of unknown gender stays before
// a known woman named after it: "she" is Maja Holt.
func TestSubjectBeforeKnownGenderFromTheSentenceBefore(t *testing.T) {
	checkParsed(t, "Maja Holt called on Elin Rask to resign. She left.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root IN/5/case NNP/3/obl NNP/5/flat TO/8/mark VB/3/xcomp ./3/punct "+
			"PRP/2/nsubj VBD/0/root ./2/punct",
		map[string]string{"Maja Holt": "PER", "Elin Rask": "PER"},
		"Maja Holt: Maja Holt|She", "Elin Rask: Elin Rask")
}

// A past form with an object of its own is the sentence's verb, whatever
// the parse hung it on: the description is "The union representing
// dockers", not the union that reached a deal.
func TestDescriptionLeavesOutAnActiveVerb(t *testing.T) {
	checkParsed(t, "Brask and the union representing dockers reached a deal, officials said. The union was pleased.",
		"NNP/12/nsubj CC/4/cc DT/4/det NN/1/conj VBG/4/acl NNS/5/obj VBN/4/acl DT/9/det NN/7/obj ,/12/punct NNS/12/nsubj VBD/0/root ./12/punct "+
			"DT/2/det NN/4/nsubj VBD/4/cop JJ/0/root ./4/punct",
		map[string]string{"Brask": "ORG"},
		"Brask: Brask", "the union representing dockers: the union representing dockers|The union")
}

// "Captain Jonas Berg said": the parse made the title the subject and hung
// the name on it; the name is still the main subject, and "he" in the next
// sentence is his, not the coach's named after him.
func TestNameHungOnItsTitleIsTheSubject(t *testing.T) {
	checkParsed(t, "Captain Jonas Berg blamed Coach Leon Falk. He left.",
		"NNP/4/nsubj NNP/1/flat NNP/1/flat VBD/0/root NNP/4/obj NNP/5/flat NNP/5/flat ./4/punct "+
			"PRP/2/nsubj VBD/0/root ./2/punct",
		map[string]string{"Jonas Berg": "PER", "Leon Falk": "PER"},
		"Jonas Berg: Captain Jonas Berg|He", "Leon Falk: Coach Leon Falk")
}

// "Councillor Beth Arnold, who …, accused the mayor of putting the centre
// first. She said …": what the mayor is accused of is no part of who she
// is, so "the mayor" is the mayor named before; and with the parse making
// the title the root, the councillor is still the subject, so "she" is
// hers.
func TestAccusedOfDoingAndATitleAtTheRoot(t *testing.T) {
	checkParsed(t, "Mayor Ingrid Holm spoke. Councillor Beth Arnold, who represents Eastvale, accused the mayor of putting the centre first. She said she asked.",
		"NNP/2/compound NNP/4/nsubj NNP/2/flat VBD/0/root ./4/punct "+
			"NN/0/root NNP/1/appos NNP/2/flat ,/6/punct WP/6/nsubj VBZ/1/acl:relcl NNP/6/obj ,/9/punct VBD/6/conj "+
			"DT/11/det NN/9/obj IN/13/mark VBG/11/acl DT/15/det NN/13/obj RB/13/advmod ./9/punct "+
			"PRP/2/nsubj VBD/0/root PRP/4/nsubj VBD/2/ccomp ./2/punct",
		map[string]string{"Ingrid Holm": "PER", "Beth Arnold": "PER", "Eastvale": "LOC"},
		"Ingrid Holm: Mayor Ingrid Holm|the mayor", "Beth Arnold: Beth Arnold|She|she", "Eastvale: Eastvale")
}

// "accused the company of hiding losses": the description is "the
// company", which joins the company named before; what it is accused of
// is no part of it.
func TestDescriptionEndsBeforeOfAndAGerund(t *testing.T) {
	checkParsed(t, "Kessler Group cut jobs. Unions accused the company of hiding losses.",
		"NNP/2/compound NNP/3/nsubj VBD/0/root NNS/3/obj ./3/punct "+
			"NNS/2/nsubj VBD/0/root DT/4/det NN/2/obj IN/6/mark VBG/4/acl NNS/6/obj ./2/punct",
		map[string]string{"Kessler Group": "ORG"},
		"Kessler Group: Kessler Group|the company")
}

// "A regional court on Tuesday suspended …": the day says when, not which
// court, so it is no part of the description.
func TestDescriptionLeavesOutADay(t *testing.T) {
	d := parsedFixture(t, "A regional court on Tuesday suspended the permit. The court's ruling stood.",
		"DT/3/det JJ/3/amod NN/6/nsubj IN/5/case NNP/3/nmod VBD/0/root DT/8/det NN/6/obj ./6/punct "+
			"DT/2/det NN/4/nmod:poss POS/2/case NN/5/nsubj VBD/0/root ./5/punct", nil)
	check(t, d, "A regional court: A regional court|The court's")
}

// "A spokesman for Moen, Erik Dahl, said": the parse hangs the
// spokesman's name on Moen's, but one person's name is no description of
// another.
func TestAnotherNameIsNoAppositive(t *testing.T) {
	checkParsed(t, "Karl Moen spoke. A spokesman for Moen, Erik Dahl, said more.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root ./3/punct DT/2/det NN/10/nsubj IN/4/case NNP/2/nmod ,/6/punct NNP/4/appos NNP/6/flat "+
			",/6/punct VBD/0/root JJR/10/obj ./10/punct",
		map[string]string{"Karl Moen": "PER", "Moen": "PER", "Erik Dahl": "PER"},
		"Karl Moen: Karl Moen|Moen", "Erik Dahl: A spokesman|Erik Dahl")
}

// "… questions about Trump, Ukraine": a place set beside a person's name
// in a list is no role of theirs, and later mentions of the place stay
// the place's.
func TestAPlaceIsNoAppositive(t *testing.T) {
	checkParsed(t, "Sondland faced questions about Trump, Ukraine. Trump said Ukraine waited.",
		"NNP/2/nsubj VBD/0/root NNS/2/obj IN/5/case NNP/3/nmod ,/7/punct NNP/5/appos ./2/punct "+
			"NNP/2/nsubj VBD/0/root NNP/4/nsubj VBD/2/ccomp ./2/punct",
		map[string]string{"Sondland": "PER", "Trump": "PER", "Ukraine": "LOC"},
		"Sondland: Sondland", "Trump: Trump|Trump", "Ukraine: Ukraine|Ukraine")
}

// "Belmor's ambassador to the United Nations, Viktor Hale,": the
// description before the name is his, the organisation it names
// notwithstanding, and "he" after it is he.
func TestDescriptionWithAPlaceBeforeTheName(t *testing.T) {
	checkParsed(t, "Belmor's ambassador to the United Nations, Viktor Hale, denied it. He left.",
		"NNP/3/nmod:poss POS/1/case NN/12/nsubj IN/7/case DT/7/det NNP/7/compound NNPS/3/nmod ,/9/punct NNP/3/appos NNP/9/flat "+
			",/9/punct VBD/0/root PRP/12/obj ./12/punct PRP/2/nsubj VBD/0/root ./2/punct",
		map[string]string{"Belmor": "LOC", "United Nations": "ORG", "Viktor Hale": "PER"},
		"Belmor: Belmor's", "Viktor Hale: Belmor's ambassador|Viktor Hale|He", "United Nations: the United Nations")
}

// "the chipmaker", "the lender": a company named by its trade joins the
// company named before.
func TestACompanyNamedByItsTrade(t *testing.T) {
	checkParsed(t, "Valtron cut its forecast. The chipmaker blamed carmakers.",
		"NNP/2/nsubj VBD/0/root PRP$/4/nmod:poss NN/2/obj ./2/punct DT/2/det NN/3/nsubj VBD/0/root NNS/3/obj ./3/punct",
		map[string]string{"Valtron": "ORG"},
		"Valtron: Valtron|its|The chipmaker")
}

// "Brightline Services won the contract. Brightline said …": a company's
// short name the tagger typed as a person's is the company; a given name
// alone ("Paul") is not taken for one.
func TestCompanyShortNameTypedAsAPerson(t *testing.T) {
	d := fixture(t, "Brightline Services won the contract. Brightline said so. Paul Services spoke. Paul left.",
		map[string]string{"Brightline Services": "ORG", "Brightline": "PER", "Paul Services": "ORG", "Paul": "PER"}, "Brightline", "Paul")
	check(t, d, "Brightline Services: Brightline Services|Brightline", "Paul Services: Paul Services", "Paul: Paul")
	d = fixture(t, "Halden Appliances recalled kettles. Halden said so.",
		map[string]string{"Halden Appliances": "ORG", "Halden": "PER"}, "Halden")
	check(t, d, "Halden Appliances: Halden Appliances|Halden")
}

// "“The judge erred,” she said": whom a quotation names is not who says
// it; "she" is the woman named before.
func TestPronounAfterAQuotationIsNotWhomItNames(t *testing.T) {
	checkParsed(t, "Anna Wik spoke. “The judge erred,” she said.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root ./3/punct "+
			"``/4/punct DT/3/det NN/4/nsubj VBD/8/ccomp ,/4/punct ''/4/punct PRP/8/nsubj VBD/0/root ./8/punct",
		map[string]string{"Anna Wik": "PER"},
		"Anna Wik: Anna Wik|she")
}

// "told reporters outside the court that they would appeal": the clause
// of "that" is what was told, no part of "the court".
func TestDescriptionLeavesOutAThatClause(t *testing.T) {
	checkParsed(t, "Wik told reporters outside the court that he would appeal. The court's ruling stood.",
		"NNP/2/nsubj VBD/0/root NNS/2/iobj IN/6/case DT/6/det NN/2/obl IN/10/mark PRP/10/nsubj MD/10/aux VB/6/acl ./2/punct "+
			"DT/2/det NN/4/nmod:poss POS/2/case NN/5/nsubj VBD/0/root ./5/punct",
		map[string]string{"Wik": "PER"},
		"Wik: Wik|he", "the court: the court|The court's")
}

// "“Piet Berg is wrong. We know it,” he said.": right after a quotation,
// "he" is its speaker, named before it, not the man the quotation names
// in an earlier sentence of its own.
func TestPronounRightAfterAQuotationSkipsItsNames(t *testing.T) {
	checkParsed(t, "Obama Lind spoke. “Piet Berg is wrong. We know it,” he said.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root ./3/punct "+
			"``/5/punct NNP/5/nsubj NNP/2/flat VBZ/5/cop JJ/0/root ./5/punct "+
			"PRP/2/nsubj VBP/7/ccomp PRP/2/obj ,/2/punct ''/2/punct PRP/7/nsubj VBD/0/root ./7/punct",
		map[string]string{"Obama Lind": "PER", "Piet Berg": "PER"},
		"Obama Lind: Obama Lind|he", "Piet Berg: Piet Berg")
}

// "fined software company Kestrel Systems": the description right before
// a company's name is the company's; "the agency" after it is no part of
// it (an agency joins only a name that says so).
func TestDescriptionBeforeACompanysNameAndAnAgency(t *testing.T) {
	checkParsed(t, "Officials fined software company Kestrel Systems. The agency and the company spoke.",
		"NNS/2/nsubj VBD/0/root NN/4/compound NN/2/obj NNP/6/compound NNP/4/appos ./2/punct "+
			"DT/2/det NN/6/nsubj CC/5/cc DT/5/det NN/2/conj VBD/0/root ./6/punct",
		map[string]string{"Kestrel Systems": "ORG"},
		"Kestrel Systems: software company|Kestrel Systems|the company")
}

// Of two subjects of a sentence before, equally salient, a pronoun is
// the one mentioned first: the sentence's topic. Here the parse made the
// relative clause "his father built" a clause of its own, so its subject
// ranks with the main one.
func TestPronounPrefersTheFirstMentionedOfASentenceBefore(t *testing.T) {
	checkParsed(t, "Ole Brandt carried passengers in a boat his father built. He left.",
		"NNP/2/compound NNP/3/nsubj VBD/0/root NNS/3/obj IN/7/case DT/7/det NN/3/obl PRP$/9/nmod:poss NN/10/nsubj VBD/3/parataxis ./3/punct "+
			"PRP/2/nsubj VBD/0/root ./2/punct",
		map[string]string{"Ole Brandt": "PER"},
		"Ole Brandt: Ole Brandt|his|He")
}

// "Kiri Voss, who visited her sister, spoke. She left.": a person is
// weighed by the best of her mentions in her latest sentence — there the
// main subject — not by the last of them, "her" inside the relative
// clause, which would let "her sister" come first.
func TestPronounWeighsAPersonByHerBestMention(t *testing.T) {
	checkParsed(t, "Kiri Voss, who visited her sister, spoke. She left.",
		"NNP/9/nsubj NNP/1/flat ,/5/punct WP/5/nsubj VBD/1/acl:relcl PRP$/7/nmod:poss NN/5/obj ,/5/punct VBD/0/root ./9/punct "+
			"PRP/2/nsubj VBD/0/root ./2/punct",
		map[string]string{"Kiri Voss": "PER"},
		"Kiri Voss: Kiri Voss|her|She")
}

// "Asked by a lawmaker whether she would quit, she said no": the one
// asked is the sentence's subject, whom the question's and the answer's
// pronouns are; the asker is neither, however near.
func TestPronounIsNotTheAskerOfAnOpeningQuestion(t *testing.T) {
	checkParsed(t, "Anna Lind spoke. Asked by a lawmaker whether she would quit, she said no.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root ./3/punct "+
			"VBN/11/advcl IN/4/case DT/4/det NN/1/obl:agent IN/8/mark PRP/8/nsubj MD/8/aux VB/1/advcl ,/11/punct PRP/11/nsubj VBD/0/root UH/11/discourse ./11/punct",
		map[string]string{"Anna Lind": "PER"},
		"Anna Lind: Anna Lind|she|she")
	// An asker of two words, the parse's head on the first.
	checkParsed(t, "Anna Lind spoke. Asked by Ola Berg whether she would quit, she said no.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root ./3/punct "+
			"VBN/11/advcl IN/3/case NNP/1/obl:agent NNP/3/flat IN/8/mark PRP/8/nsubj MD/8/aux VB/1/advcl ,/11/punct PRP/11/nsubj VBD/0/root UH/11/discourse ./11/punct",
		map[string]string{"Anna Lind": "PER", "Ola Berg": "PER"},
		"Anna Lind: Anna Lind|she|she", "Ola Berg: Ola Berg")
}

// An "it" that speaks goes to the company the sentence before is about,
// though the parse made the company's noun the root and hung "denied" on
// it.
func TestItSpeaksForTheRootNounSubject(t *testing.T) {
	checkParsed(t, "The company, Halvern Chemicals, denied responsibility. It said so.",
		"DT/2/det NN/0/root ,/4/punct NNP/2/appos NNP/4/flat ,/7/punct VBD/2/parataxis/deny NN/7/obj ./2/punct "+
			"PRP/2/nsubj VBD/0/root/say RB/2/advmod ./2/punct",
		map[string]string{"Halvern Chemicals": "ORG"},
		"Halvern Chemicals: The company|Halvern Chemicals|It")
}

// A company's one-word name that the tagger typed a person's joins the
// company, not a person's name that opens with the word: the carmaker's
// product "Volta Spark", typed a person, is not who "VOLTA" (standing for
// the name typed a person's) is.
func TestACompanysNameTypedAPersonsJoinsTheCompany(t *testing.T) {
	d := fixture(t, "Volta unveiled a car. The Volta Spark went on sale. VOLTA said nothing.",
		map[string]string{"Volta": "ORG", "Volta Spark": "PER", "VOLTA": "PER"})
	check(t, d, "Volta: Volta|VOLTA", "Volta Spark: Volta Spark")
}

// "The network" is no newspaper's: a broadcaster's noun does not join an
// organisation whose name ends as a newspaper's title does.
func TestNetworkIsNoNewspaper(t *testing.T) {
	checkParsed(t, "Liu wrote in the Financial Post. Reyes told the network.",
		"NNP/2/nsubj VBD/0/root IN/6/case DT/6/det JJ/6/amod NNP/2/obl ./2/punct "+
			"NNP/2/nsubj VBD/0/root DT/4/det NN/2/obj ./2/punct",
		map[string]string{"Financial Post": "ORG", "Liu": "PER", "Reyes": "PER"},
		"Liu: Liu", "Financial Post: the Financial Post", "Reyes: Reyes")
}

// A description whose noun takes a bare noun after a preposition is set
// beside the name after it all the same: "The county's cabinet member
// for libraries, Derek Holt, admits it."
func TestDescriptionWithABareNounPhraseBeforeAName(t *testing.T) {
	checkParsed(t, "The county's cabinet member for libraries, Derek Holt, admits it. The savings, he says, were small.",
		"DT/2/det NN/5/nmod:poss POS/2/case NN/5/compound NN/12/nsubj IN/7/case NNS/5/nmod ,/9/punct NNP/7/appos NNP/9/flat ,/5/punct VBZ/0/root PRP/12/obj ./12/punct "+
			"DT/2/det NNS/0/root ,/5/punct PRP/5/nsubj VBZ/2/parataxis ,/7/punct VBD/8/cop JJ/5/ccomp ./2/punct",
		map[string]string{"Derek Holt": "PER"},
		"Derek Holt: The county's cabinet member|Derek Holt|he")
}

// A title right before a name is the name's role, no person of its own
// for a pronoun to go to.
func TestTitleBeforeANameIsNoOneElse(t *testing.T) {
	checkParsed(t, "Opposition leader Nils Aas was unconvinced. He said no.",
		"NN/2/compound NN/6/nsubj NNP/6/nsubj NNP/3/flat VBD/6/cop JJ/0/root ./6/punct "+
			"PRP/2/nsubj VBD/0/root UH/2/discourse ./2/punct",
		map[string]string{"Nils Aas": "PER"},
		"Nils Aas: Nils Aas|He")
	// So is one before more titles and the name.
	checkParsed(t, "Detective Sergeant Amy Roth spoke. She said no.",
		"NN/5/nsubj NNP/5/nsubj NNP/2/flat NNP/2/flat VBD/0/root ./5/punct "+
			"PRP/2/nsubj VBD/0/root UH/2/discourse ./2/punct",
		map[string]string{"Amy Roth": "PER"},
		"Amy Roth: Sergeant Amy Roth|She")
	// A title with a possessor is the name's role too.
	checkParsed(t, "Holloway's friend Sam Reid spoke. He said no.",
		"NNP/3/nmod:poss POS/1/case NN/6/nsubj NNP/3/appos NNP/4/flat VBD/0/root ./6/punct "+
			"PRP/2/nsubj VBD/0/root UH/2/discourse ./2/punct",
		map[string]string{"Sam Reid": "PER", "Holloway": "PER"},
		"Holloway: Holloway's", "Sam Reid: Sam Reid|He")
}

// "urged the union to return to talks": what the union is urged to do is
// no part of who it is.
func TestDescriptionLeavesOutWhatItIsUrgedToDo(t *testing.T) {
	d := parsedFixture(t, "Officials urged the union to return. The union refused.",
		"NNS/2/nsubj VBD/0/root DT/4/det NN/2/obj TO/6/mark VB/4/acl ./2/punct DT/2/det NN/3/nsubj VBD/0/root ./3/punct", nil)
	check(t, d, "the union: the union|The union")
}

// "“She lied,” Dahl said": a third person inside Dahl's quotation is not
// Dahl, even when Dahl was the subject of the sentence before.
func TestPronounInAQuotationIsNotItsSpeaker(t *testing.T) {
	checkParsed(t, "Kiri Holt spoke. Tove Dahl accused Holt. “She lied,” Dahl said.",
		"NNP/3/nsubj NNP/1/flat VBD/0/root ./3/punct "+
			"NNP/3/nsubj NNP/1/flat VBD/0/root NNP/3/obj ./3/punct "+
			"``/3/punct PRP/3/nsubj VBD/7/ccomp ,/3/punct ''/3/punct NNP/7/nsubj VBD/0/root/say ./7/punct",
		map[string]string{"Kiri Holt": "PER", "Tove Dahl": "PER", "Holt": "PER", "Dahl": "PER"},
		"Kiri Holt: Kiri Holt|Holt|She", "Tove Dahl: Tove Dahl|Dahl")
}

// "“…,” said Dahl. “… . Now he …”": the third person in the second
// sentence of the quotation after Dahl's is not Dahl either.
func TestPronounLateInAContinuedQuotationIsNotItsSpeaker(t *testing.T) {
	checkParsed(t, "Tom Berg spoke. “We won,” said Ivo Dahl. “It was close. Now he must go.”",
		"NNP/3/nsubj NNP/1/flat VBD/0/root ./3/punct "+
			"``/3/punct PRP/3/nsubj VBD/6/ccomp ,/3/punct ''/3/punct VBD/0/root/say NNP/6/nsubj NNP/7/flat ./6/punct "+
			"``/4/punct PRP/4/nsubj VBD/4/cop JJ/0/root ./4/punct "+
			"RB/4/advmod PRP/4/nsubj MD/4/aux VB/0/root ./4/punct ''/4/punct",
		map[string]string{"Tom Berg": "PER", "Ivo Dahl": "PER"},
		"Tom Berg: Tom Berg|he", "Ivo Dahl: Ivo Dahl")
}

// "“…,” Dahl said. “Now she …”": the quotation after goes on with Dahl's,
// and its third person is not Dahl either.
func TestPronounInAContinuedQuotationIsNotItsSpeaker(t *testing.T) {
	checkParsed(t, "Kiri Holt spoke. Tove Dahl accused Holt. “She lied,” Dahl said. “Now she hides.”",
		"NNP/3/nsubj NNP/1/flat VBD/0/root ./3/punct "+
			"NNP/3/nsubj NNP/1/flat VBD/0/root NNP/3/obj ./3/punct "+
			"``/3/punct PRP/3/nsubj VBD/7/ccomp ,/3/punct ''/3/punct NNP/7/nsubj VBD/0/root/say ./7/punct "+
			"``/4/punct RB/4/advmod PRP/4/nsubj VBZ/0/root ./4/punct ''/4/punct",
		map[string]string{"Kiri Holt": "PER", "Tove Dahl": "PER", "Holt": "PER", "Dahl": "PER"},
		"Kiri Holt: Kiri Holt|Holt|She|she", "Tove Dahl: Tove Dahl|Dahl")
}

// An "it" that says something is the organisation the sentence before
// has for its main subject; an "it" that says nothing is left alone.
func TestItThatSpeaksIsTheOrganisationBefore(t *testing.T) {
	checkParsed(t, "Norvik Bank welcomed the ruling in Oslo. It urged the court to act. It is likely.",
		"NNP/2/compound NNP/3/nsubj VBD/0/root DT/5/det NN/3/obj IN/7/case NNP/5/nmod ./3/punct "+
			"PRP/2/nsubj VBD/0/root/urge DT/4/det NN/2/obj TO/6/mark VB/2/xcomp ./2/punct "+
			"PRP/3/nsubj VBZ/3/cop JJ/0/root ./3/punct",
		map[string]string{"Norvik Bank": "ORG", "Oslo": "LOC"},
		"Norvik Bank: Norvik Bank|It", "Oslo: Oslo")
}

// Observers are people, whom "they" takes up.
func TestObserversArePeople(t *testing.T) {
	checkParsed(t, "Observers said the vote was fair, although they noted problems.",
		"NNS/2/nsubj/observer VBD/0/root/say DT/4/det NN/6/nsubj/vote VBD/6/cop/be JJ/2/ccomp ,/10/punct IN/10/mark PRP/10/nsubj VBD/2/advcl/note NNS/10/obj/problem ./2/punct",
		nil, "Observers: Observers|they")
}

// "They" is the organisation a sentence nearer than any description in
// the plural: British English gives a firm a plural verb ("Harlow Freight
// have denied …") and the pronoun that goes with it.
func TestTheyIsTheNearerOrganisation(t *testing.T) {
	checkParsed(t, "Lawmakers criticised the way big firms behave. Harlow Freight have denied wrongdoing. “We did nothing wrong,” they said.",
		"NNS/2/nsubj/lawmaker VBD/0/root/criticise DT/4/det NN/2/obj/way JJ/6/amod NNS/7/nsubj/firm VBP/4/acl:relcl/behave ./2/punct "+
			"NNP/2/compound NNP/4/nsubj VBP/4/aux/have VBN/0/root/deny NN/4/obj/wrongdoing ./4/punct "+
			"``/9/punct PRP/3/nsubj VBD/9/ccomp/do NN/3/obj/nothing JJ/4/amod/wrong ,/9/punct ''/9/punct PRP/9/nsubj VBD/0/root/say ./9/punct",
		map[string]string{"Harlow Freight": "ORG"}, "Harlow Freight: Harlow Freight|they")
}

// Outside quotations, "they" is nobody a quotation names: the traders a
// firm's statement mentions do not speak for the firm.
func TestTheyIsNoneAQuotationNames(t *testing.T) {
	checkParsed(t, "Harlow Freight replied that “small traders need no licence.” “We have no comment,” they said.",
		"NNP/2/compound NNP/3/nsubj VBD/0/root/reply IN/8/mark ``/8/punct JJ/7/amod/small NNS/8/nsubj/trader VBP/3/ccomp/need DT/10/det NN/8/obj/licence ./3/punct ''/3/punct "+
			"``/9/punct PRP/3/nsubj VBP/9/ccomp/have DT/5/det NN/3/obj/comment ,/9/punct ''/9/punct PRP/9/nsubj VBD/0/root/say ./9/punct",
		map[string]string{"Harlow Freight": "ORG"}, "Harlow Freight: Harlow Freight|they")
}

// An organisation with a verb in the singular is no nearer "they" than
// the people in the plural the sentence before named: "Residents … The
// company runs … They said …" are the residents.
func TestTheyIsNoSingularOrganisation(t *testing.T) {
	checkParsed(t, "Residents complained about Nordline Ferries. The company runs night crossings. They said the boats were loud.",
		"NNS/2/nsubj/resident VBD/0/root/complain IN/5/case NNP/5/compound NNP/2/obl ./2/punct "+
			"DT/2/det NN/3/nsubj/company VBZ/0/root/run NN/5/compound NNS/3/obj/crossing ./3/punct "+
			"PRP/2/nsubj VBD/0/root/say DT/4/det NNS/7/nsubj/boat VBD/7/cop JJ/2/ccomp ./2/punct",
		map[string]string{"Nordline Ferries": "ORG"}, "Residents: Residents|They", "Nordline Ferries: Nordline Ferries|The company")
}

// A group its own words name ("our nurses", inside its quotation) takes
// the writer's description for its name once one joins it.
func TestSelfDescriptionYieldsTheName(t *testing.T) {
	checkParsed(t, "“Let our nurses work,” the nurses wrote.",
		"``/2/punct VB/10/ccomp PRP$/4/nmod:poss NNS/2/obj/nurse VB/2/xcomp ,/2/punct ''/2/punct DT/9/det NNS/10/nsubj/nurse VBD/0/root ./10/punct",
		nil, "the nurses: our nurses|the nurses")
}

// What is said of someone names them as well as a later bare
// description: "is the pilot from Oslo. The pilot agreed." keeps the
// fuller name.
func TestPredicateKeepsItsName(t *testing.T) {
	checkParsed(t, "Berg is the pilot from Oslo. The pilot agreed.",
		"NNP/4/nsubj VBZ/4/cop DT/4/det NN/0/root/pilot IN/6/case NNP/4/nmod ./4/punct "+
			"DT/2/det NN/3/nsubj/pilot VBD/0/root ./3/punct",
		map[string]string{"Berg": "PER", "Oslo": "LOC"},
		"Berg: Berg", "the pilot from Oslo: the pilot from Oslo|The pilot", "Oslo: Oslo")
}
