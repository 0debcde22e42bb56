package actors

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/models"
)

// The shipped knowledge base loads from the embedded models.
func TestLoadEmbedded(t *testing.T) {
	kb, err := Load(models.FS, "actors")
	if err != nil {
		t.Fatal(err)
	}
	as, m := kb.Lookup("Mr. Putin")
	if len(as) != 1 || as[0].ID != "vladimir-putin" || m != Untitled {
		t.Errorf("Mr. Putin: %v %v", ids(as), m)
	}
	if kb.Len() < 20000 || kb.Agents() < 5000 {
		t.Errorf("%d actors, %d agent phrases", kb.Len(), kb.Agents())
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(models.FS, "actors"); err != nil {
			b.Fatal(err)
		}
	}
}

func loadBench(b *testing.B) *KB {
	kb, err := Load(models.FS, "actors")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	return kb
}

// names mixes hits of each kind and a miss.
var benchNames = []string{"Vladimir Putin", "Mr. Obama", "U.S.", "Merkel", "Donald Trump", "the United Nations", "Kim"}

func BenchmarkLookup(b *testing.B) {
	kb := loadBench(b)
	i := 0
	for b.Loop() {
		kb.Lookup(benchNames[i%len(benchNames)])
		i++
	}
}

func BenchmarkRolesAt(b *testing.B) {
	kb := loadBench(b)
	d := time.Date(2008, 5, 7, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		kb.RolesAt("vladimir-putin", d)
	}
}

func BenchmarkAgentOf(b *testing.B) {
	kb := loadBench(b)
	for b.Loop() {
		kb.AgentOf("the Russian defence minister")
	}
}

func BenchmarkLayerLookup(b *testing.B) {
	l := NewLayer(loadBench(b))
	l.LearnAlias("vladimir-putin", "the Russian leader", time.Date(2023, 9, 13, 0, 0, 0, 0, time.UTC), Evidence{Article: "x", End: 18, Text: "the Russian leader"})
	i := 0
	for b.Loop() {
		l.Lookup(benchNames[i%len(benchNames)])
		i++
	}
}
