//go:build unix

package main

import (
	"context"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// timedStage is a pipeline stage that adds up the time it takes and the
// heap objects it allocates.
type timedStage struct {
	pipeline.Stage
	spent  time.Duration
	allocs uint64
}

func (t *timedStage) Process(ctx context.Context, d *newsgraph.Doc) error {
	before := heapAllocs()
	start := time.Now()
	err := t.Stage.Process(ctx, d)
	t.spent += time.Since(start)
	t.allocs += heapAllocs() - before
	return err
}

// heapAllocs is the count of heap objects allocated so far. runtime/metrics
// reads it without stopping the world, unlike runtime.ReadMemStats.
func heapAllocs() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:objects"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// BenchmarkPipelineStages runs the whole pipeline, as BenchmarkPipeline
// does, and reports each stage's share of it: microseconds and heap
// objects per article, and tokens per second, as stage-µs/op,
// stage-allocs/op and stage-tokens/s. Each stage is timed where it runs,
// with the caches as the stages before it leave them, which BenchmarkStage
// (each stage alone, over and over) does not see. Extraction and what
// analyze does around the stages is the rest of BenchmarkPipeline's time.
func BenchmarkPipelineStages(b *testing.B) {
	p, err := newPipeline()
	if err != nil {
		b.Fatal(err)
	}
	var timed []*timedStage
	var stages []pipeline.Stage
	for _, s := range p.Stages() {
		t := &timedStage{Stage: s}
		timed, stages = append(timed, t), append(stages, t)
	}
	tp, err := pipeline.New(stages...)
	if err != nil {
		b.Fatal(err)
	}
	tokens := 0
	var warm []time.Duration
	benchPipelineWith(b, tp, func(d *newsgraph.Doc) {
		tokens = len(d.Tokens)
		for _, t := range timed {
			warm = append(warm, t.spent)
			t.spent, t.allocs = 0, 0
		}
	})
	for _, t := range timed {
		name := t.Name()[:strings.LastIndex(t.Name(), ".v")] // "attrib.kind.v1" → "attrib.kind"
		per := t.spent.Seconds() / float64(b.N)
		b.ReportMetric(per*1e6, name+"-µs/op")
		b.ReportMetric(float64(t.allocs)/float64(b.N), name+"-allocs/op")
		if per > 0 {
			b.ReportMetric(float64(tokens)/per, name+"-tokens/s")
		}
	}
}
