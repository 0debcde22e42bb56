// Package pipeline chains the stages that annotate a Doc. Each stage is a
// small package with one job; a stage names the layers it requires and
// assigns, and New checks the order once, when the pipeline is built.
package pipeline

import (
	"context"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph"
)

// Stage annotates a Doc in place. Implementations hold only read-only state
// (loaded models), so one Stage serves many goroutines; each Doc belongs to
// one goroutine at a time.
type Stage interface {
	// Name is versioned, like "segment.v1", so a stored document can say
	// which stages made it.
	Name() string
	Requires() []newsgraph.Layer
	Assigns() []newsgraph.Layer
	Process(ctx context.Context, d *newsgraph.Doc) error
}

// Pipeline runs stages in order.
type Pipeline struct {
	stages []Stage
}

// New builds a pipeline, refusing one in which a stage requires a layer that
// no earlier stage assigns (paragraphs come with every Doc).
func New(stages ...Stage) (*Pipeline, error) {
	have := map[newsgraph.Layer]bool{newsgraph.LayerParagraphs: true}
	seen := map[string]bool{}
	for _, s := range stages {
		if seen[s.Name()] {
			return nil, fmt.Errorf("pipeline: stage %s appears twice", s.Name())
		}
		seen[s.Name()] = true
		for _, l := range s.Requires() {
			if !have[l] {
				return nil, fmt.Errorf("pipeline: stage %s requires %s, which no earlier stage assigns", s.Name(), l)
			}
		}
		for _, l := range s.Assigns() {
			have[l] = true
		}
	}
	return &Pipeline{stages: stages}, nil
}

// Names lists the stages' versioned names, in order.
func (p *Pipeline) Names() []string {
	names := make([]string, len(p.stages))
	for i, s := range p.stages {
		names[i] = s.Name()
	}
	return names
}

// Stages lists the stages, in order (a copy: the pipeline's own list
// cannot be changed through it).
func (p *Pipeline) Stages() []Stage { return slices.Clone(p.stages) }

// Run applies every stage to d. An error names the stage that failed.
func (p *Pipeline) Run(ctx context.Context, d *newsgraph.Doc) error {
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Process(ctx, d); err != nil {
			return fmt.Errorf("%s: %w", s.Name(), err)
		}
	}
	return nil
}

// Without is the pipeline minus the stages of the given names (versioned,
// as Names gives them), checked as New checks a pipeline: benchmarks use
// it to measure what a stage costs.
func (p *Pipeline) Without(names ...string) (*Pipeline, error) {
	var kept []Stage
	for _, s := range p.stages {
		if !slices.Contains(names, s.Name()) {
			kept = append(kept, s)
		}
	}
	return New(kept...)
}
