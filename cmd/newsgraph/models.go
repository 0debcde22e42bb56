package main

import (
	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/attrib"
	"github.com/newsgraph/newsgraph/internal/link"
	"sync"

	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/coref"
	"github.com/newsgraph/newsgraph/internal/ner"
	"github.com/newsgraph/newsgraph/internal/parse"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/tag"
	"github.com/newsgraph/newsgraph/models"
)

// loaded holds the embedded models, read once per process and shared
// read-only by every goroutine.
type loaded struct {
	clusters *cluster.Clusters
	tagger   *tag.Tagger
	ner      *ner.Tagger
	parser   *parse.Parser
	cues     map[string]bool
	cueClass *attrib.CueClassifier
	bounds   *attrib.Boundaries
	keeper   *attrib.Keeper
	actors   *actors.KB
}

var loadModels = sync.OnceValues(func() (*loaded, error) {
	cl, err := cluster.Load(models.FS, "clusters")
	if err != nil {
		return nil, err
	}
	t, err := tag.Load(models.FS, "pos", cl)
	if err != nil {
		return nil, err
	}
	n, err := ner.Load(models.FS, "ner", cl)
	if err != nil {
		return nil, err
	}
	p, err := parse.Load(models.FS, "parse", cl)
	if err != nil {
		return nil, err
	}
	cues, cueClass, err := attrib.LoadCues(models.FS, "cues")
	if err != nil {
		return nil, err
	}
	keeper, err := attrib.LoadKeeper(models.FS, "keeper")
	if err != nil {
		return nil, err
	}
	bounds, err := attrib.LoadBoundaries(models.FS, "boundaries")
	if err != nil {
		return nil, err
	}
	kb, err := actors.Load(models.FS, "actors")
	if err != nil {
		return nil, err
	}
	return &loaded{clusters: cl, tagger: t, ner: n, parser: p, cues: cues, cueClass: cueClass, keeper: keeper, bounds: bounds, actors: kb}, nil
})

// newPipeline builds the annotation pipeline every command shares.
func newPipeline() (*pipeline.Pipeline, error) {
	m, err := loadModels()
	if err != nil {
		return nil, err
	}
	return pipeline.New(segment.Stage{}, tag.Stage{Tagger: m.tagger}, parse.Stage{Parser: m.parser},
		ner.Stage{Tagger: m.ner}, coref.Stage{}, attrib.Stage{Cues: m.cues, Classifier: m.cueClass, Keeper: m.keeper, Boundaries: m.bounds},
		link.Stage{KB: m.actors})
}
