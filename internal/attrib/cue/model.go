package cue

import (
	"errors"
	"io/fs"
	"os"

	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// FeatureSet versions how cues are learned and used: v2 adds the
// contextual classifier (classifier.go); v5 asks it about -s words tagged as
// plural nouns where a verb may stand, too.
const FeatureSet = "attrib-cues.v5"

const (
	cuesFile       = "cues.json"
	classifierFile = "classifier.json"
)

// classifierSettings is what the classifier keeps besides its weights.
type classifierSettings struct {
	Threshold float32 `json:"threshold"`
}

// Save writes a learned cue lexicon, the classifier when there is one,
// and the manifest to dir.
func Save(dir string, cues []Stat, cl *Classifier, m *modelfile.Manifest) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	m.FeatureSet = FeatureSet
	if err := modelfile.WriteJSON(dir, cuesFile, cues); err != nil {
		return err
	}
	if cl != nil {
		if err := cl.weights.Save(dir); err != nil {
			return err
		}
		if err := modelfile.WriteJSON(dir, classifierFile, classifierSettings{Threshold: cl.Threshold}); err != nil {
			return err
		}
	}
	return modelfile.WriteJSON(dir, modelfile.ManifestFile, m)
}

// Load reads a cue lexicon saved by Save, widened with the
// hand-written one, and its classifier (nil when it was saved without).
func Load(fsys fs.FS, dir string) (map[string]bool, *Classifier, error) {
	if _, err := modelfile.ReadManifest(fsys, dir, FeatureSet); err != nil {
		return nil, nil, err
	}
	var cues []Stat
	if err := modelfile.ReadJSON(fsys, dir, cuesFile, &cues); err != nil {
		return nil, nil, err
	}
	var settings classifierSettings
	if err := modelfile.ReadJSON(fsys, dir, classifierFile, &settings); errors.Is(err, fs.ErrNotExist) {
		return With(cues), nil, nil
	} else if err != nil {
		return nil, nil, err
	}
	w, err := perceptron.Load(fsys, dir)
	if err != nil {
		return nil, nil, err
	}
	return With(cues), &Classifier{weights: w, Threshold: settings.Threshold}, nil
}
