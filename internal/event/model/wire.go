package model

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"maps"
	"slices"

	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// wire is a Bundle as its file stores it, in gob: reading JSON was a
// third of the time all the models took to load, and gob reads the same
// values four times as fast. Gob writes a map in the order ranging over
// it gives, so the maps travel as slices sorted by key, and one bundle
// always writes the same bytes.
type wire struct {
	Verbs    []wireVerbs
	Discards []dict.Discard
	Issues   []*dict.Issues
	Ontology *wireOntology // nil when the bundle has none
}

type wireVerbs struct {
	File       string
	Blocks     []dict.Block
	Synsets    []keyedSynset // by key
	NonCAMEO   int
	Transforms []dict.Transform
}

type keyedSynset struct {
	Key string
	Set *dict.SynonymSet
}

type wireOntology struct {
	Forward []codeValue // by code
	Reverse []codeValue // by value
}

type codeValue struct {
	Code  string
	Value int
}

// encode writes b in gob, maps sorted.
func (b *Bundle) encode() ([]byte, error) {
	w := wire{Discards: b.Discards, Issues: b.Issues}
	for _, v := range b.Verbs {
		wv := wireVerbs{File: v.File, Blocks: v.Blocks, NonCAMEO: v.NonCAMEO, Transforms: v.Transforms}
		for _, k := range slices.Sorted(maps.Keys(v.Synsets)) {
			wv.Synsets = append(wv.Synsets, keyedSynset{k, v.Synsets[k]})
		}
		w.Verbs = append(w.Verbs, wv)
	}
	if o := b.Ontology; o != nil {
		w.Ontology = &wireOntology{}
		for code, v := range o.Forward {
			w.Ontology.Forward = append(w.Ontology.Forward, codeValue{code, v})
		}
		for v, code := range o.Reverse {
			w.Ontology.Reverse = append(w.Ontology.Reverse, codeValue{code, v})
		}
		slices.SortFunc(w.Ontology.Forward, func(a, b codeValue) int { return cmp.Compare(a.Code, b.Code) })
		slices.SortFunc(w.Ontology.Reverse, func(a, b codeValue) int { return cmp.Compare(a.Value, b.Value) })
	}
	var out bytes.Buffer
	if err := gob.NewEncoder(&out).Encode(&w); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// decode reads a bundle that encode wrote.
func decode(data []byte) (*Bundle, error) {
	var w wire
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&w); err != nil {
		return nil, err
	}
	b := &Bundle{Discards: w.Discards, Issues: w.Issues}
	for _, wv := range w.Verbs {
		v := &dict.Verbs{File: wv.File, Blocks: wv.Blocks, NonCAMEO: wv.NonCAMEO, Transforms: wv.Transforms,
			Synsets: make(map[string]*dict.SynonymSet, len(wv.Synsets))}
		for _, s := range wv.Synsets {
			v.Synsets[s.Key] = s.Set
		}
		v.KeepFolds() // gob keeps no unexported field
		b.Verbs = append(b.Verbs, v)
	}
	if wo := w.Ontology; wo != nil {
		b.Ontology = &dict.Ontology{Forward: make(map[string]int, len(wo.Forward)), Reverse: make(map[int]string, len(wo.Reverse))}
		for _, cv := range wo.Forward {
			b.Ontology.Forward[cv.Code] = cv.Value
		}
		for _, cv := range wo.Reverse {
			b.Ontology.Reverse[cv.Value] = cv.Code
		}
	}
	return b, nil
}
