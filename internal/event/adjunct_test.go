package event

import (
	"testing"
)

// A participle clause tells how the main event went: it gives no event
// of its own beside one.
func TestAdjunctClauseGivesNoEventBesideItsGovernor(t *testing.T) {
	wantEvents(t, testCoder(t), "Lothlorien praised Rohan, visiting Gondor.",
		"Lothlorien/NNP/Lothlorien/1/nsubj praised/VBD/praise/-1/root Rohan/NNP/Rohan/1/obj ,/,/,/1/punct "+
			"visiting/VBG/visit/1/advcl Gondor/NNP/Gondor/4/obj ./././1/punct", "LOT 051 ROH")
}

// When the governing verb gives no event (its object names no one), the
// adjunct clause's event stands.
func TestAdjunctClauseStandsWhenItsGovernorGivesNone(t *testing.T) {
	wantEvents(t, testCoder(t), "Lothlorien praised the plan while visiting Gondor.",
		"Lothlorien/NNP/Lothlorien/1/nsubj praised/VBD/praise/-1/root the/DT/the/3/det plan/NN/plan/1/obj "+
			"while/IN/while/5/mark visiting/VBG/visit/1/advcl Gondor/NNP/Gondor/5/obj ./././1/punct", "LOT 042 GON", "GON 043 LOT")
}

// A clause conjoined to an adjunct clause is an adjunct too.
func TestConjoinedAdjunctClauseIsAnAdjunct(t *testing.T) {
	wantEvents(t, testCoder(t), "Lothlorien praised Rohan, marching and visiting Gondor.",
		"Lothlorien/NNP/Lothlorien/1/nsubj praised/VBD/praise/-1/root Rohan/NNP/Rohan/1/obj ,/,/,/1/punct "+
			"marching/VBG/march/1/advcl and/CC/and/6/cc visiting/VBG/visit/4/conj Gondor/NNP/Gondor/6/obj ./././1/punct", "LOT 051 ROH")
}

// The governing verbs are climbed: a participle on a "said" that gives no
// event of its own goes with the event the saying reports.
func TestAdjunctOfAReportGoesWithTheReportedEvent(t *testing.T) {
	c := coderWith(t, testVerbs+"\n--- SAY [010] ---\nSAY\n")
	wantEvents(t, c, "Lothlorien praised Rohan, Gondor said, visiting Lothlorien.",
		"Lothlorien/NNP/Lothlorien/1/nsubj praised/VBD/praise/-1/root Rohan/NNP/Rohan/1/obj ,/,/,/5/punct Gondor/NNP/Gondor/5/nsubj "+
			"said/VBD/say/1/parataxis ,/,/,/5/punct visiting/VBG/visit/5/advcl Lothlorien/NNP/Lothlorien/7/obj ./././1/punct", "LOT 051 ROH")
}
