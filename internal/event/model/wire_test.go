package model

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// wireFixture is the fixture's verbs with more synonym sets and an
// ontology, so that its maps hold enough keys for their order to vary.
func wireFixture(t testing.TB) *Bundle {
	v, err := dict.ReadVerbs(strings.NewReader(verbs), "fixture.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	o := &dict.Ontology{Forward: map[string]int{}, Reverse: map[int]string{}}
	for i := range 20 {
		name := fmt.Sprintf("SET%02d", i)
		v.Synsets[name] = &dict.SynonymSet{Name: name, Members: [][]dict.Term{{{Kind: dict.Word, Text: name}}}, Line: i}
		o.Forward[fmt.Sprintf("%03d", 10*i)] = i << 4
		o.Reverse[i<<4] = fmt.Sprintf("%03d", 10*i)
	}
	v.KeepFolds() // as ReadVerbs did for the sets it read
	return &Bundle{Verbs: []*dict.Verbs{v}, Discards: []dict.Discard{{Phrase: "BOAT SHOW", Line: 3}},
		Issues: []*dict.Issues{{Issues: []dict.Issue{{Forms: []string{"boat"}, Code: "BOATS", Line: 1}}}}, Ontology: o}
}

// A bundle writes the same bytes every time, though its maps range in a
// different order each time, and reads back equal, maps and all.
func TestWireIsDeterministic(t *testing.T) {
	b := wireFixture(t)
	first, err := b.encode()
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		again, err := wireFixture(t).encode()
		if err != nil || !bytes.Equal(again, first) {
			t.Fatalf("the same bundle wrote other bytes (%v)", err)
		}
	}
	back, err := decode(first)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, b) {
		t.Errorf("read back another bundle:\n%+v\n%+v", back, b)
	}
}

// Every cut of a file short of its end is refused.
func TestWireRefusesTruncation(t *testing.T) {
	data, err := wireFixture(t).encode()
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(data) {
		if _, err := decode(data[:n]); err == nil {
			t.Fatalf("a file cut at %d of %d bytes was read", n, len(data))
		}
	}
}

// FuzzBundle feeds dictionary files, valid and mangled, to decode: it must
// refuse what it cannot read, without a panic.
func FuzzBundle(f *testing.F) {
	data, err := wireFixture(f).encode()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		if b, err := decode(data); err == nil && b == nil {
			t.Fatal("no bundle and no error")
		}
	})
}
