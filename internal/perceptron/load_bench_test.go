package perceptron

import (
	"os"
	"testing"
)

// BenchmarkLoad reads the shipped parser's weights, the largest model
// analyze loads, in whichever format models/parse holds them.
func BenchmarkLoad(b *testing.B) {
	fsys := os.DirFS("../../models")
	if _, err := Load(fsys, "parse"); err != nil {
		b.Skipf("no shipped parser to load: %v", err)
	}
	for b.Loop() {
		if _, err := Load(fsys, "parse"); err != nil {
			b.Fatal(err)
		}
	}
}
