package main

import (
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/shipped"
)

// loadModels reads the shipped models once per process.
var loadModels = shipped.Load

// newPipeline builds the annotation pipeline every command shares.
func newPipeline() (*pipeline.Pipeline, error) {
	m, err := loadModels()
	if err != nil {
		return nil, err
	}
	return m.Pipeline(m.Attribution())
}
