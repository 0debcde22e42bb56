package model

import (
	"testing"

	"github.com/newsgraph/newsgraph/models"
)

// Loading the shipped dictionaries and indexing their verbs: the issue
// asks for under 200 ms.
func BenchmarkLoadShipped(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		bundle, err := Load(models.FS, "events")
		if err != nil {
			b.Fatal(err)
		}
		bundle.Compiled()
	}
}
