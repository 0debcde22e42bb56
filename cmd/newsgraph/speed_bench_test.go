//go:build unix

package main

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/ner"
	"github.com/newsgraph/newsgraph/internal/parse"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/shipped"
	"github.com/newsgraph/newsgraph/internal/tag"
	"github.com/newsgraph/newsgraph/models"
)

// BenchmarkLoadModels reads every shipped model as `analyze` does at
// start-up (shipped.LoadFrom, bypassing the once-per-process cache), so
// start-up cost can be followed (issue #19 asks for under 150 ms).
func BenchmarkLoadModels(b *testing.B) {
	for b.Loop() {
		if _, err := shipped.LoadFrom(models.FS); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/load")
}

// BenchmarkStage times the learned stages one at a time on the example
// article, analysed once beforehand, so a change to one of them can be
// measured without the rest of the pipeline's noise. Each stage rewrites
// its own layer, so running it again on the same Doc is repeatable.
func BenchmarkStage(b *testing.B) {
	m, err := loadModels()
	if err != nil {
		b.Fatal(err)
	}
	d := analyzedExample(b)
	for _, s := range []pipeline.Stage{tag.Stage{Tagger: m.Tagger}, parse.Stage{Parser: m.Parser}, ner.Stage{Tagger: m.NER}} {
		b.Run(s.Name(), func(b *testing.B) {
			cpu := processCPU()
			for b.Loop() {
				if err := s.Process(context.Background(), d); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(d.Tokens)*b.N)/b.Elapsed().Seconds(), "tokens/s")
			reportCPU(b, processCPU()-cpu, b.N)
		})
	}
}

// analyzedExample is the example article through the whole pipeline.
func analyzedExample(b *testing.B) *newsgraph.Doc {
	raw, err := os.ReadFile("../../examples/port-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	p, err := newPipeline()
	if err != nil {
		b.Fatal(err)
	}
	d, err := (&analyze.Analyzer{Pipeline: p}).Analyze(context.Background(), analyze.Item{Raw: raw})
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// BenchmarkPipelineCPU is BenchmarkPipeline measured in the CPU time the
// process spends rather than wall time, and so less at the mercy of
// whatever else the machine runs: on a shared machine, wall time counts
// the time the benchmark waits for a core.
func BenchmarkPipelineCPU(b *testing.B) {
	p, err := newPipeline()
	if err != nil {
		b.Fatal(err)
	}
	cpu := processCPU()
	benchPipeline(b, p)
	reportCPU(b, processCPU()-cpu, b.N+1) // benchPipeline analyses once before timing
}

// reportCPU reports the CPU time of n operations.
func reportCPU(b *testing.B, cpu time.Duration, n int) {
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
}

// processCPU is the CPU time this process has used, user and system.
func processCPU() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
