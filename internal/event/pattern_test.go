package event

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
)

// Of two patterns with as many words, the one whose words lie nearer the
// verb wins, whatever their order in the file; of two that take the same
// words, the later one.
func TestPatternTieGoesToNearerWordsThenLaterLine(t *testing.T) {
	c := coderWith(t, `--- OPEN [---] ---
OPEN
- * FEAST  [020]
- * RAIDS  [190]
- * RAIDS  [195]
`)
	wantEvents(t, c, "Rohan opened raids on Gondor during a feast.",
		"Rohan/NNP/Rohan/1/nsubj opened/VBD/open/-1/root raids/NNS/raid/1/obj on/IN/on/4/case Gondor/NNP/Gondor/2/nmod "+
			"during/IN/during/7/case a/DT/a/7/det feast/NN/feast/1/obl ./././1/punct", "ROH 195 GON")
}

// A passive verb's subject stands where the active verb's object would:
// the words after '*' are found there too.
func TestPatternObjectFoundInPassiveSubject(t *testing.T) {
	c := coderWith(t, "--- PRESENT [---] ---\nPRESENT\n- * EVIDENCE [112]\n")
	wantEvents(t, c, "Evidence against Gondor was presented by Rohan.",
		"Evidence/NN/evidence/4/nsubj:pass against/IN/against/2/case Gondor/NNP/Gondor/0/nmod was/VBD/be/4/aux:pass "+
			"presented/VBN/present/-1/root by/IN/by/6/case Rohan/NNP/Rohan/4/obl ./././4/punct", "ROH 112 GON")
}

// A pattern's words after '*' belong to the verb's own phrase: on the
// verb, its object or a word the pattern took, not deep inside another
// phrase.
func TestPatternWordsBelongToTheVerbsPhrase(t *testing.T) {
	const come, makeTrip = "--- COME [---] ---\nCOME\n- * (TO) [040]\n", "--- MAKE [---] ---\nMAKE\n- * TRIP [036]\n"
	for _, tc := range []struct {
		verbs, text, spec string
		want              []string
	}{
		{come, "Rohan came to Gondor.",
			"Rohan/NNP/Rohan/1/nsubj came/VBD/come/-1/root to/IN/to/3/case Gondor/NNP/Gondor/1/obl ./././1/punct",
			[]string{"ROH 040 GON"}},
		{come, "Rohan came before the riders to Gondor.",
			"Rohan/NNP/Rohan/1/nsubj came/VBD/come/-1/root before/IN/before/4/case the/DT/the/4/det riders/NNS/rider/1/obl " +
				"to/IN/to/6/case Gondor/NNP/Gondor/4/nmod ./././1/punct", nil},
		{makeTrip, "Rohan made a trip to Gondor.",
			"Rohan/NNP/Rohan/1/nsubj made/VBD/make/-1/root a/DT/a/3/det trip/NN/trip/1/obj to/IN/to/5/case Gondor/NNP/Gondor/3/nmod ./././1/punct",
			[]string{"ROH 036 GON"}},
		{makeTrip, "Rohan made remarks at the start of a trip to Gondor.",
			"Rohan/NNP/Rohan/1/nsubj made/VBD/make/-1/root remarks/NNS/remark/1/obj at/IN/at/5/case the/DT/the/5/det start/NN/start/1/obl " +
				"of/IN/of/8/case a/DT/a/8/det trip/NN/trip/5/nmod to/IN/to/10/case Gondor/NNP/Gondor/8/nmod ./././1/punct", nil},
	} {
		d := handbuilt.Parsed(t, tc.text, tc.spec)
		if got := code(t, coderWith(t, tc.verbs), d); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A passive verb's "by" phrase stands where the active verb's subject
// would: the words before '*' are found there too.
func TestPatternSubjectFoundInPassiveAgent(t *testing.T) {
	wantEvents(t, coderWith(t, "--- DEMOLISH [190] ---\nDEMOLISH\n- RIDER * [145]\n"), "The Gondor fort was demolished by a rider of Rohan.",
		"The/DT/the/2/det Gondor/NNP/Gondor/2/compound fort/NN/fort/4/nsubj:pass was/VBD/be/4/aux:pass demolished/VBN/demolish/-1/root "+
			"by/IN/by/7/case a/DT/a/7/det rider/NN/rider/4/obl of/IN/of/9/case Rohan/NNP/Rohan/7/nmod ./././4/punct", "ROH 145 GON")
}

// Two forms of one block found at a verb are fitted each with its own
// words: "carried out" leaves no OUT after the verb for "- * OUT", which
// the one-word form CARRY fits, so the longer form keeps its own code.
func TestFormsOfOneBlockFittedEachWithItsWords(t *testing.T) {
	c := coderWith(t, "--- CARRY [---] ---\nCARRY\nCARRY_OUT [180]\n- * OUT [190]\n")
	wantEvents(t, c, "Rohan carried out attacks on Gondor.",
		"Rohan/NNP/Rohan/1/nsubj carried/VBD/carry/-1/root out/RP/out/1/compound:prt attacks/NNS/attack/1/obj "+
			"on/IN/on/5/case Gondor/NNP/Gondor/3/nmod ./././1/punct", "ROH 180 GON")
}
