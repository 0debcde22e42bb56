package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/corpus"
)

func TestFromCoreNLP(t *testing.T) {
	// "Lena Holt and the union met in Brask ." as CoreNLP parses it (UD v1):
	// the name headed by its last word, "and" on the first conjunct, nmod
	// for the place.
	v1 := corpus.CoreNLPSentence{
		Words: strings.Fields("Lena Holt and the union met in Brask ."),
		Tags:  strings.Fields("NNP NNP CC DT NN VBD IN NNP ."),
		NER:   strings.Fields("PERSON PERSON O O O O O LOCATION O"),
		Heads: []int{1, 5, 1, 4, 1, -1, 7, 5, 5},
		Rels:  strings.Fields("compound nsubj cc det conj root case nmod punct"),
	}
	failed := v1
	failed.Rels = strings.Fields("compound nsubj cc det conj root case dep punct")
	got := FromCoreNLP([]corpus.CoreNLPSentence{v1, failed})
	if len(got) != 1 {
		t.Fatalf("%d sentences, want 1 (the one with dep left out)", len(got))
	}
	var b strings.Builder
	for i, w := range got[0].Words {
		fmt.Fprintf(&b, "%s:%d:%s ", w, got[0].Heads[i], got[0].Rels[i])
	}
	want := "Lena:5:nsubj Holt:0:flat and:4:cc the:4:det union:0:conj met:-1:root in:7:case Brask:5:obl .:5:punct "
	if b.String() != want {
		t.Errorf("converted\n got %s\nwant %s", b.String(), want)
	}
}
