package attrib

import "strings"

// cueLemmas are verbs of saying, reporting and believing.
var cueLemmas = set("say tell add note explain argue claim insist warn state write report announce believe think " +
	"suggest stress acknowledge admit deny ask reply respond comment declare predict promise vow urge accuse allege " +
	"confirm emphasize emphasise tweet praise thank hail condemn criticize criticise welcome show testify recall concede contend maintain assert caution complain boast joke " +
	"estimate conclude reveal disclose indicate observe remark mention describe reiterate post " +
	"agree charge counter fear hope expect doubt worry question learn find affirm reaffirm")

// tellLemmas take the hearer as object: "told reporters that".
var tellLemmas = set("tell ask assure inform warn urge remind promise thank")

// personPronouns are the pronouns resolved to the last person quoted.
var personPronouns = set("he she him her")

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

func isNounTag(t string) bool {
	return t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS" || t == "PRP" || t == "CD"
}

// isNPTag: tags that can sit inside a simple noun phrase.
func isNPTag(t string) bool {
	switch t {
	case "NN", "NNS", "NNP", "NNPS", "PRP", "DT", "JJ", "JJR", "JJS", "CD", "POS", "PRP$", "HYPH", "NFP", "VBN", "VBG":
		return true
	}
	return false
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }

// isFinite: a tag of a verb that carries tense, or a modal.
func isFinite(t string) bool { return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" }
