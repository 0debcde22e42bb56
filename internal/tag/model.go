package tag

import (
	"fmt"
	"github.com/newsgraph/newsgraph/internal/cluster"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// Files in a POS model directory besides the manifest.
const (
	weightsFile = perceptron.ImageFile
	lexiconFile = "lexicon.json.gz"
)

// lexicon is everything but the weights: tags, tag dictionary, UPOS map,
// lemma exceptions.
type lexicon struct {
	Tags    []string       `json:"tags"`
	TagDict map[string]int `json:"tag_dict"`
	Lower   []string       `json:"lower"`
	// Ambiguity is Tagger.Ambiguity.
	Ambiguity map[string]uint64 `json:"ambiguity"`
	UPOS      *UPOSMap          `json:"upos"`
	Lemmas    *Lemmatizer       `json:"lemmas"`
}

// Save writes the tagger and its manifest to dir.
func (t *Tagger) Save(dir string, m *modelfile.Manifest) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	m.FeatureSet = FeatureSet
	if err := t.model.Save(dir); err != nil {
		return err
	}
	lex := lexicon{Tags: t.Tags, TagDict: t.TagDict, UPOS: t.UPOS, Lemmas: t.Lemmas, Lower: sortedKeys(t.Lower), Ambiguity: t.Ambiguity}
	if err := modelfile.WriteGzipJSON(dir, lexiconFile, lex); err != nil {
		return err
	}
	return modelfile.WriteJSON(dir, modelfile.ManifestFile, m)
}

// Load reads a tagger saved by Save from dir in fsys; clusters must be the
// ones it was trained with (nil if none).
func Load(fsys fs.FS, dir string, clusters *cluster.Clusters) (*Tagger, error) {
	man, err := modelfile.ReadManifest(fsys, dir, FeatureSet)
	if err != nil {
		return nil, err
	}
	var lex lexicon
	if err := modelfile.ReadGzipJSON(fsys, dir, lexiconFile, &lex); err != nil {
		return nil, err
	}
	model, err := perceptron.Load(fsys, dir)
	if err != nil {
		return nil, err
	}
	if model.NClasses != len(lex.Tags) || model.NClasses > 64 || lex.UPOS == nil || lex.Lemmas == nil {
		return nil, fmt.Errorf("pos model %s: weights have %d classes for %d tags (at most 64), or parts are missing", dir, model.NClasses, len(lex.Tags))
	}
	lower := make(map[string]bool, len(lex.Lower))
	for _, w := range lex.Lower {
		lower[w] = true
	}
	return &Tagger{Tags: lex.Tags, TagDict: lex.TagDict, Lower: lower, Ambiguity: lex.Ambiguity, UPOS: lex.UPOS, Lemmas: lex.Lemmas,
		Clusters: clusters, Manifest: man, model: model}, nil
}

func readFile(dir, name string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, name)) }

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
