package bio

import (
	"fmt"
	"io/fs"
	"os"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib"
	"github.com/newsgraph/newsgraph/internal/attrib/train"
	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// Model is the learned attribution tagger. It is read-only and safe for
// concurrent use.
type Model struct {
	Manifest *modelfile.Manifest
	weights  *perceptron.Model
}

// Train learns a model. The same documents and options give the same model.
func Train(docs []train.Doc, opt train.Options) *Model {
	if opt.Iterations <= 0 {
		opt.Iterations = 8
	}
	feats := make([]*docFeatures, len(docs))
	gold := make([][]int, len(docs))
	for i, td := range docs {
		feats[i] = newDocFeatures(td.Doc, attrib.Find(td.Doc))
		gold[i] = goldLabels(td.Doc, td.Spans)
	}
	tr := perceptron.NewTrainer(len(roleLabels))
	tr.Loop(len(docs), opt.Iterations, opt.Seed, 0x2545f4914f6cdd1d, func(i int, learn perceptron.Learn) {
		label(tr, feats[i], gold[i], learn)
	}, opt.Progress)
	return &Model{weights: tr.Model(opt.Prune)}
}

// Find labels a document with the model and returns its attributions
// (their speakers are left to coref/speaker).
func (m *Model) Find(d *newsgraph.Doc) []newsgraph.Attribution {
	f := newDocFeatures(d, attrib.Find(d))
	return assemble(d, f.x, runs(label(m.weights, f, nil, nil)))
}

// Save writes the model and its manifest to dir.
func (m *Model) Save(dir string, man *modelfile.Manifest) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	man.FeatureSet = FeatureSet
	if err := m.weights.Save(dir); err != nil {
		return err
	}
	return modelfile.WriteJSON(dir, modelfile.ManifestFile, man)
}

// Load reads a model saved by Save.
func Load(fsys fs.FS, dir string) (*Model, error) {
	man, err := modelfile.ReadManifest(fsys, dir, FeatureSet)
	if err != nil {
		return nil, err
	}
	w, err := perceptron.Load(fsys, dir)
	if err != nil {
		return nil, err
	}
	if w.NClasses != len(roleLabels) {
		return nil, fmt.Errorf("attribution model %s: %d classes, want %d", dir, w.NClasses, len(roleLabels))
	}
	return &Model{Manifest: man, weights: w}, nil
}
