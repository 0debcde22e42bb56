package story

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// stream invents n articles as a newsroom sees them: about 40 a day, each
// of a story that runs a few days and a few outlets, with 25 content
// words drawn from a story's own vocabulary and a shared one, and five
// names of which two are the campaign's ever-present candidates.
func stream(n int) []Features {
	r := rand.New(rand.NewPCG(17, 3))
	out := make([]Features, n)
	const perDay, storyLen = 40, 6
	for i := range out {
		d := i / perDay
		s := i/storyLen*7919%(n/storyLen+1) + d/3*100000 // stories mix within days
		f := Features{Published: day(d), Terms: map[string]float64{}, Names: map[string]float64{}, Events: map[string]float64{}}
		for range 25 {
			if r.IntN(2) == 0 {
				f.Terms[fmt.Sprintf("s%d-w%d", s, r.IntN(30))]++
			} else {
				f.Terms[fmt.Sprintf("common%d", r.IntN(3000))]++
			}
		}
		f.Names["actor:candidate-a"], f.Names["actor:candidate-b"] = 3, 2
		for range 3 {
			f.Names[fmt.Sprintf("name:s%d-p%d", s, r.IntN(5))]++
		}
		f.Events[fmt.Sprintf("s%d|04|candidate-a", s)] = 1
		out[i] = f
	}
	return out
}

// BenchmarkAdd times Add once 10,000 articles are clustered.
func BenchmarkAdd(b *testing.B) {
	const warm = 10000
	fs := stream(warm + 20000)
	c := New(DefaultConfig())
	for i := range warm {
		c.Add(int64(i+1), fs[i])
	}
	b.ResetTimer()
	for i := range b.N {
		k := warm + i%20000
		c.Add(int64(warm+i+1), fs[k])
	}
	b.ReportMetric(float64(len(c.Stories)), "stories")
}
