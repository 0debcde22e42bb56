package main

import (
	"sync"

	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/tag"
	"github.com/newsgraph/newsgraph/models"
)

// loaded holds the embedded models, read once per process and shared
// read-only by every goroutine.
type loaded struct {
	tagger *tag.Tagger
}

var loadModels = sync.OnceValues(func() (*loaded, error) {
	t, err := tag.Load(models.FS, "pos")
	if err != nil {
		return nil, err
	}
	return &loaded{tagger: t}, nil
})

// newPipeline builds the annotation pipeline every command shares.
func newPipeline() (*pipeline.Pipeline, error) {
	m, err := loadModels()
	if err != nil {
		return nil, err
	}
	return pipeline.New(segment.Stage{}, tag.Stage{Tagger: m.tagger})
}
