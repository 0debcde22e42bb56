package sample

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shareddata"
	"github.com/newsgraph/newsgraph/internal/shipped"
	"github.com/newsgraph/newsgraph/internal/story"
)

// TestDevSampleFloor runs the whole shipped analysis over the dev sample
// (internal/story/testdata/dev), feeds the articles in publication order
// and checks the clustering stays above the figures measured when the
// configuration was fixed on the train sample (F 0.863, B³ F 0.852 on
// dev), and above one story per article (F 0.833).
func TestDevSampleFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: analyses 84 articles with the whole pipeline")
	}
	dir := filepath.Dir(shareddata.Path(t, "polnear", "metadata.tsv"))
	g, err := story.ReadGold("../testdata/dev")
	if err != nil {
		t.Fatal(err)
	}
	m, err := shipped.Load()
	if err != nil {
		t.Fatal(err)
	}
	p, err := m.Pipeline(m.Attribution())
	if err != nil {
		t.Fatal(err)
	}
	arts, err := Load(context.Background(), dir, g, p)
	if err != nil {
		t.Fatal(err)
	}
	c := story.New(story.DefaultConfig())
	pred, alone := map[string]string{}, map[string]string{}
	for i, a := range arts {
		pred[a.Name] = strconv.FormatInt(c.Add(int64(i+1), a.Features), 10)
		alone[a.Name] = a.Name
	}
	s, base := story.Score(g.Labels(), pred), story.Score(g.Labels(), alone)
	t.Logf("dev: %d stories (gold %d), purity %.3f, inverse %.3f, F %.3f, B³ F %.3f; one per article F %.3f",
		s.Stories, s.GoldStories, s.Purity, s.InversePurity, s.F, s.B3F, base.F)
	if s.F < FloorF || s.B3F < FloorB3F || s.F <= base.F {
		t.Errorf("dev F %.3f, B³ F %.3f: below the floor %.2f / %.2f or the one-per-article F %.3f", s.F, s.B3F, FloorF, FloorB3F, base.F)
	}
}

// Floors of the dev sample's scores: the measured figures less 0.02.
const (
	FloorF   = 0.84
	FloorB3F = 0.83
)
