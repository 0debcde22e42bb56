package parse

import (
	"fmt"
	"github.com/newsgraph/newsgraph/internal/cluster"
	"io/fs"
	"os"

	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

const labelsFile = "labels.json"

// Save writes the parser and its manifest to dir.
func (p *Parser) Save(dir string, m *modelfile.Manifest) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	m.FeatureSet = FeatureSet
	if err := p.model.Save(dir); err != nil {
		return err
	}
	if err := modelfile.WriteJSON(dir, labelsFile, p.Labels); err != nil {
		return err
	}
	return modelfile.WriteJSON(dir, modelfile.ManifestFile, m)
}

// Load reads a parser saved by Save; clusters must be those it was trained
// with.
func Load(fsys fs.FS, dir string, clusters *cluster.Clusters) (*Parser, error) {
	man, err := modelfile.ReadManifest(fsys, dir, FeatureSet)
	if err != nil {
		return nil, err
	}
	var labels []string
	if err := modelfile.ReadJSON(fsys, dir, labelsFile, &labels); err != nil {
		return nil, err
	}
	w, err := perceptron.Load(fsys, dir)
	if err != nil {
		return nil, err
	}
	if w.NClasses != 1+2*len(labels) {
		return nil, fmt.Errorf("parse model %s: %d classes for %d labels", dir, w.NClasses, len(labels))
	}
	return &Parser{Labels: labels, labelHashes: hashLabels(labels), Manifest: man, Clusters: clusters, model: w}, nil
}
