package coref

import "testing"

// A description joins an earlier one with its head when their possessors
// agree; an indefinite is someone new; a description nothing joins is
// left out.
func TestDescriptionsJoinBySameHead(t *testing.T) {
	d := parsedFixture(t, "Ivo Marek’s father met the mayor. Olga Sand’s father thanked the mayor. A mayor praised Marek’s father.",
		"NNP/2/flat NNP/4/nmod:poss POS/2/case NN/5/nsubj VBD/0/root DT/7/det NN/5/obj ./5/punct "+
			"NNP/2/flat NNP/4/nmod:poss POS/2/case NN/5/nsubj VBD/0/root DT/7/det NN/5/obj ./5/punct "+
			"DT/2/det NN/3/nsubj VBD/0/root NNP/6/nmod:poss POS/4/case NN/3/obj ./3/punct",
		map[string]string{"Ivo Marek": "PER", "Olga Sand": "PER", "Marek": "PER"})
	check(t, d, "Ivo Marek: Ivo Marek’s|Marek’s", "Ivo Marek’s father: Ivo Marek’s father|Marek’s father",
		"the mayor: the mayor|the mayor", "Olga Sand: Olga Sand’s")
}

// Modifiers that the earlier description lacks keep two descriptions apart.
func TestDescriptionsWithOtherModifiersStayApart(t *testing.T) {
	d := parsedFixture(t, "The old city grew. The new city shrank. The city voted.",
		"DT/3/det JJ/3/amod NN/4/nsubj VBD/0/root ./4/punct "+
			"DT/3/det JJ/3/amod NN/4/nsubj VBD/0/root ./4/punct "+
			"DT/2/det NN/3/nsubj VBD/0/root ./3/punct", nil)
	// "The city" may be either: it takes the latest.
	check(t, d, "The new city: The new city|The city")
}

// They may be a description in the plural, its one of an organisation, he
// a man described; the plural is no one's he.
func TestPronounsReferToDescriptions(t *testing.T) {
	d := parsedFixture(t, "The parents sued the firm. They lost, and its lawyers smiled. The parents met the man. He was angry.",
		"DT/2/det NNS/3/nsubj/parent VBD/0/root DT/5/det NN/3/obj ./3/punct "+
			"PRP/2/nsubj VBD/0/root ,/7/punct CC/7/cc PRP$/6/nmod:poss NNS/7/nsubj VBD/2/conj ./2/punct "+
			"DT/2/det NNS/3/nsubj/parent VBD/0/root DT/5/det NN/3/obj ./3/punct "+
			"PRP/3/nsubj VBD/3/cop JJ/0/root ./3/punct", nil)
	check(t, d, "The parents: The parents|They|The parents", "the firm: the firm|its", "the man: the man|He")
}

// A description first met as a possessor names its entity without the
// possessive ending.
func TestDescriptionNamedWithoutPossessive(t *testing.T) {
	d := parsedFixture(t, "The union’s leaders met. The union voted.",
		"DT/2/det NN/4/nmod:poss POS/2/case NNS/5/nsubj/leader VBD/0/root ./5/punct "+
			"DT/2/det NN/3/nsubj VBD/0/root ./3/punct", nil)
	check(t, d, "The union: The union’s|The union")
}
