package confidence

import (
	"context"
	"io/fs"
	"math"
	"os"
	"sort"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/modelfile"
)

// Model is a logistic regression over named features.
type Model struct {
	Bias    float64            `json:"bias"`
	Weights map[string]float64 `json:"weights"`
}

// Probability is the model's probability that an attribution with these
// features is right.
func (m *Model) Probability(features []string) float64 {
	z := m.Bias
	for _, f := range features {
		z += m.Weights[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// Stage fills every attribution's Confidence.
type Stage struct{ Model *Model }

// Name implements pipeline.Stage.
func (Stage) Name() string { return "attrib.confidence.v1" }

// Requires implements pipeline.Stage: the finished attributions (typed)
// and what the features read of the words and names around them.
func (Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences, newsgraph.LayerPOS, newsgraph.LayerLemmas,
		newsgraph.LayerMentions, newsgraph.LayerAttributions}
}

// Assigns implements pipeline.Stage.
func (Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerAttributions} }

// Process implements pipeline.Stage.
func (s Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	if s.Model == nil {
		return nil
	}
	for i := range d.Attributions {
		// Rounded so that the JSON and the store show what a reader can
		// compare; a third digit would claim more than the model knows.
		d.Attributions[i].Confidence = math.Round(s.Model.Probability(Features(d, i))*100) / 100
	}
	return nil
}

// Example is one attribution's features and whether it was right.
type Example struct {
	Features []string
	Sound    bool
}

// Train fits the model by gradient descent on the mean log loss with an
// L2 penalty l2 on the weights (not the bias), over a fixed number of
// epochs: deterministic, as every shipped model is.
func Train(examples []Example, epochs int, l2 float64) *Model {
	index := map[string]int{}
	for _, e := range examples {
		for _, f := range e.Features {
			if _, ok := index[f]; !ok {
				index[f] = len(index)
			}
		}
	}
	w := make([]float64, len(index))
	grad := make([]float64, len(index))
	hist := make([]float64, len(index)) // AdaGrad's sum of squared gradients
	var bias, biasHist float64
	n := float64(len(examples))
	for range epochs {
		clear(grad)
		var gb float64
		for _, e := range examples {
			z := bias
			for _, f := range e.Features {
				z += w[index[f]]
			}
			g := 1/(1+math.Exp(-z)) - b2f(e.Sound)
			gb += g
			for _, f := range e.Features {
				grad[index[f]] += g
			}
		}
		gb /= n
		biasHist += gb * gb
		bias -= 0.5 * gb / math.Sqrt(biasHist+1e-12)
		for k := range w {
			g := grad[k]/n + l2*w[k]
			hist[k] += g * g
			w[k] -= 0.5 * g / math.Sqrt(hist[k]+1e-12)
		}
	}
	m := &Model{Bias: bias, Weights: map[string]float64{}}
	for f, k := range index {
		if math.Abs(w[k]) >= 1e-4 {
			m.Weights[f] = math.Round(w[k]*1e4) / 1e4
		}
	}
	return m
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// weightsFile holds the model in a model directory.
const weightsFile = "weights.json"

// Save writes the model and its manifest to dir.
func (m *Model) Save(dir string, man *modelfile.Manifest) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	man.FeatureSet = FeatureSet
	if err := modelfile.WriteJSON(dir, modelfile.ManifestFile, man); err != nil {
		return err
	}
	return modelfile.WriteJSON(dir, weightsFile, m)
}

// Load reads a model directory written by Save.
func Load(fsys fs.FS, dir string) (*Model, error) {
	if _, err := modelfile.ReadManifest(fsys, dir, FeatureSet); err != nil {
		return nil, err
	}
	m := &Model{}
	if err := modelfile.ReadJSON(fsys, dir, weightsFile, m); err != nil {
		return nil, err
	}
	return m, nil
}

// Strongest lists the model's n heaviest features by absolute weight, for
// reports.
func (m *Model) Strongest(n int) []string {
	fs := make([]string, 0, len(m.Weights))
	for f := range m.Weights {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool {
		a, b := math.Abs(m.Weights[fs[i]]), math.Abs(m.Weights[fs[j]])
		if a != b {
			return a > b
		}
		return fs[i] < fs[j]
	})
	return fs[:min(n, len(fs))]
}
