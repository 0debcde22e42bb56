package main

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/eval"
)

// newPredictor builds what `eval coref` and `eval linking` score: the
// shipped pipeline's coreference. `--baseline` scores the name-matching
// BASELINE below instead, the floor coreference has to beat.
var newPredictor func() (eval.Predictor, error) = newCorefPredictor

// newCorefPredictor reads the entities of the shipped pipeline, which
// ends in coreference, as predicted clusters: every person, organisation
// and place, groups included ("the two leaders" is an entity of its own
// in GUM too), each linked across documents by its actor in the knowledge
// base, or else by its canonical name.
func newCorefPredictor() (eval.Predictor, error) { return pipelinePredictor(corefEntities) }

func corefEntities(d *newsgraph.Doc) []eval.PredictedEntity {
	var out []eval.PredictedEntity
	for _, e := range d.Entities {
		if e.Type != "PER" && e.Type != "ORG" && e.Type != "LOC" {
			continue
		}
		pe := eval.PredictedEntity{Actor: e.Name, Type: e.Type, Name: e.Name, KBID: e.ActorID}
		if len(e.Members) > 0 {
			pe.Name = "" // a group ("the two leaders") is the article's own, as in the store
		}
		if e.ActorID != "" {
			pe.Actor = "actor:" + e.ActorID // the knowledge base's identity, over spellings
		}
		for _, k := range e.Mentions {
			pe.Mentions = append(pe.Mentions, d.Mentions[k].Span)
		}
		out = append(out, pe)
	}
	return out
}

// pipelinePredictor runs the shipped pipeline on each document and reads
// its predicted entities off the Doc with read.
func pipelinePredictor(read func(*newsgraph.Doc) []eval.PredictedEntity) (eval.Predictor, error) {
	p, err := newPipeline()
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, d *newsgraph.Doc) ([]eval.PredictedEntity, error) {
		if err := p.Run(ctx, d); err != nil {
			return nil, err
		}
		return read(d), nil
	}, nil
}

// newBaselinePredictor is the BASELINE: the shipped pipeline's named
// entities (PER, ORG, LOC; MISC names nationalities and events, not the
// people, organisations and places scored) gathered by name alone — equal
// texts, or a one-word name that is the last word of a longer one of the
// same type (Trump → Donald Trump). Each group is linked to its fullest
// name, so across documents "Donald Trump" meets "Donald Trump". No
// pronouns, no descriptions: it is the floor the coreference stage has to
// beat.
func newBaselinePredictor() (eval.Predictor, error) {
	return pipelinePredictor(func(d *newsgraph.Doc) []eval.PredictedEntity { return baselineEntities(d, nerNames(d)) })
}

// name is an NER mention the baseline groups.
type name struct {
	span newsgraph.Span
	typ  string
}

// nerNames reads the NER's person, organisation and place names off the
// Doc; it is the baseline's one contact with how the Doc stores them.
func nerNames(d *newsgraph.Doc) []name {
	var out []name
	for _, m := range d.Mentions {
		if m.Kind == newsgraph.MentionName && (m.Type == "PER" || m.Type == "ORG" || m.Type == "LOC") {
			out = append(out, name{m.Span, m.Type})
		}
	}
	return out
}

// baselineEntities groups names whose texts are equal, or where one is a
// single word that ends the other and both have the same type. The type
// check keeps "Washington" the place apart from George Washington; equal
// texts join whatever the NER called them, since it does not always agree
// with itself.
func baselineEntities(d *newsgraph.Doc, names []name) []eval.PredictedEntity {
	parent := make([]int, len(names))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	texts := make([]string, len(names))
	for i, n := range names {
		texts[i] = strings.Join(strings.Fields(d.Slice(n.span)), " ")
	}
	// By maps rather than comparing every pair: an article may have
	// thousands of names.
	sameText := map[string]int{}
	type typedWord struct{ typ, word string }
	single := map[typedWord]int{}   // a one-word name
	ending := map[typedWord][]int{} // longer names by their last word
	for i, t := range texts {
		if j, ok := sameText[t]; ok {
			parent[find(i)] = find(j)
		} else {
			sameText[t] = i
		}
		k := strings.LastIndexByte(t, ' ')
		key := typedWord{names[i].typ, t[k+1:]}
		if k < 0 {
			single[key] = i
		} else {
			ending[key] = append(ending[key], i)
		}
	}
	for key, i := range single {
		for _, j := range ending[key] {
			parent[find(j)] = find(i)
		}
	}
	index := map[int]int{}
	var out []eval.PredictedEntity
	for i, n := range names {
		root := find(i)
		k, ok := index[root]
		if !ok {
			k = len(out)
			index[root] = k
			out = append(out, eval.PredictedEntity{})
		}
		e := &out[k]
		e.Mentions = append(e.Mentions, n.span)
		if utf8.RuneCountInString(texts[i]) > utf8.RuneCountInString(e.Actor) {
			e.Actor = texts[i] // the fullest name; the first of equal length
		}
	}
	return out
}
