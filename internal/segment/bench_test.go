package segment

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// benchDoc is the project's example article repeated to about 100 kB.
func benchDoc(b *testing.B) *newsgraph.Doc {
	raw, err := os.ReadFile("../../examples/port-strike.txt")
	if err != nil {
		b.Fatal(err)
	}
	var blocks []newsgraph.Block
	for len(blocks) < 400 {
		for _, p := range strings.Split(string(raw), "\n\n") {
			blocks = append(blocks, newsgraph.Block{Kind: newsgraph.KindBody, Text: p})
		}
	}
	return newsgraph.NewDoc(newsgraph.Metadata{}, blocks)
}

// BenchmarkSegment measures tokens, sentences and quotes together, in
// tokens per second on one goroutine.
func BenchmarkSegment(b *testing.B) {
	d := benchDoc(b)
	Segment(d)
	n := len(d.Tokens)
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for b.Loop() {
		Segment(d)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
