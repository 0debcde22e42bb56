package ner

import (
	"fmt"
	"io/fs"
	"os"

	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

const namesFile = "names.json.gz"

// Save writes the tagger (weights, learned names) and its manifest to dir.
// The word clusters live in their own model directory.
func (t *Tagger) Save(dir string, m *modelfile.Manifest) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	m.FeatureSet = FeatureSet
	if err := t.model.Save(dir); err != nil {
		return err
	}
	if err := modelfile.WriteGzipJSON(dir, namesFile, t.Names); err != nil {
		return err
	}
	return modelfile.WriteJSON(dir, modelfile.ManifestFile, m)
}

// Load reads a tagger saved by Save; clusters must be the ones it was
// trained with.
func Load(fsys fs.FS, dir string, clusters *cluster.Clusters) (*Tagger, error) {
	man, err := modelfile.ReadManifest(fsys, dir, FeatureSet)
	if err != nil {
		return nil, err
	}
	model, err := perceptron.Load(fsys, dir)
	if err != nil {
		return nil, err
	}
	if model.NClasses != len(Labels) {
		return nil, fmt.Errorf("ner model %s: %d classes, want %d", dir, model.NClasses, len(Labels))
	}
	var names Names
	if err := modelfile.ReadGzipJSON(fsys, dir, namesFile, &names); err != nil {
		return nil, err
	}
	names.index()
	return &Tagger{Manifest: man, Clusters: clusters, Names: &names, model: model}, nil
}
