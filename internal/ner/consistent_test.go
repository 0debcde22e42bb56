package ner

import "testing"

// A headline's "Trump", typed a place before any sentence showed who he
// is, becomes the person the article's other names say he is; "Sondland"
// takes the type of "Gordon Sondland"; a name modifying a noun after it
// ("Sanders supporters") and a place everywhere a place stay as they are.
func TestConsistentTypesCarryPersonsThroughTheArticle(t *testing.T) {
	words := [][]string{
		{"Sondland", "faces", "questions", "about", "Trump", ",", "Ukraine"},
		{"President", "Trump", "spoke", "to", "Gordon", "Sondland", "in", "Ukraine"},
		{"Trump", "met", "Sanders", "supporters", "and", "Sanders"},
		{"Sanders", "and", "Trump", "left", "Sondland"},
	}
	pos := [][]string{
		{"NNP", "VBZ", "NNS", "IN", "NNP", ",", "NNP"},
		{"NNP", "NNP", "VBD", "IN", "NNP", "NNP", "IN", "NNP"},
		{"NNP", "VBD", "NNP", "NNS", "CC", "NNP"},
		{"NNP", "CC", "NNP", "VBD", "NNP"},
	}
	spans := [][]Span{
		{{0, 1, "LOC"}, {4, 5, "LOC"}, {6, 7, "LOC"}},
		{{1, 2, "PER"}, {4, 6, "PER"}, {7, 8, "LOC"}},
		{{0, 1, "PER"}, {2, 3, "ORG"}, {5, 6, "PER"}},
		{{0, 1, "PER"}, {2, 3, "PER"}, {4, 5, "PER"}},
	}
	consistentTypes(words, pos, spans)
	want := [][]string{{"PER", "PER", "LOC"}, {"PER", "PER", "LOC"}, {"PER", "ORG", "PER"}, {"PER", "PER", "PER"}}
	for k := range spans {
		for i, sp := range spans[k] {
			if sp.Type != want[k][i] {
				t.Errorf("sentence %d, %q: %s, want %s", k, spanKey(words[k], sp), sp.Type, want[k][i])
			}
		}
	}
}
