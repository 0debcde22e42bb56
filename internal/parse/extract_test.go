package parse

import (
	"hash/fnv"
	"strings"
	"testing"
)

// keysHash runs a fixed walk of transitions over a sentence with tags
// and labels set by hand (no model) and hashes every key ext lists on the
// way.
func keysHash(ext func([]uint64, *sentence, *state, []uint64) []uint64) uint64 {
	words := strings.Fields("The port of Brask will stay open through the strike , the mayor said on Tuesday .")
	tags := strings.Fields("DT NN IN NNP MD VB JJ IN DT NN , DT NN VBD IN NNP .")
	sn := newSentence(words, tags, nil)
	st := newState(len(words))
	labels := hashLabels([]string{"det", "nsubj", "case", "nmod", "obl", "punct"})
	walk := []int{shift, shift, left, shift, shift, right, right, shift, left, shift, shift, shift, right}
	h := fnv.New64a()
	var feats []uint64
	var b [8]byte
	for i := 0; !st.done(); i++ {
		t := walk[i%len(walk)]
		for !st.can(t) {
			t = (t + 1) % 3
		}
		feats = ext(feats[:0], sn, st, labels)
		for _, f := range feats {
			for j := range b {
				b[j] = byte(f >> (8 * j))
			}
			h.Write(b[:])
		}
		st.apply(t, i%len(labels))
	}
	return h.Sum64()
}

// The keys extract lists are what the shipped model was trained on: a
// change to a template, its parts or their order changes the parses
// without failing to load. Changing them on purpose means a new
// FeatureSet, a retrained model and a new value here.
func TestExtractKeysAreTheTrainedOnes(t *testing.T) {
	if got, want := keysHash(extract), uint64(0x3fc9bdd3207b3cd); got != want {
		t.Errorf("extract's keys hash to %#x, want %#x (%s)", got, want, FeatureSet)
	}
}
