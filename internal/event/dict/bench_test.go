package dict

import (
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/shareddata"
)

// phoenixFiles are UniversalPetrarch's operational dictionaries.
func phoenixFiles(tb testing.TB) Files {
	dir := shareddata.Path(tb, "events", "universal-petrarch", "dictionaries")
	var f Files
	for _, n := range []string{"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
		"Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt", "Phoenix.IssueCoding.txt"} {
		f.Add(dir + "/" + n)
	}
	return f
}

func load(b *testing.B, f Files) *Set {
	s, err := Load(f)
	var le actors.LineErrors
	if err != nil && !errors.As(err, &le) {
		b.Fatal(err)
	}
	return s
}

// Reading every UniversalPetrarch dictionary must stay under 200 ms.
func BenchmarkLoadPhoenix(b *testing.B) {
	f := phoenixFiles(b)
	b.ReportAllocs()
	for b.Loop() {
		load(b, f)
	}
}

// The same with the actor knowledge base built from them (actors.Build),
// which the shipped pipeline loads precompiled instead.
func BenchmarkLoadPhoenixKB(b *testing.B) {
	f := phoenixFiles(b)
	b.ReportAllocs()
	for b.Loop() {
		load(b, f).KB()
	}
}
