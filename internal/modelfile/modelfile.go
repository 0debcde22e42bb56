// Package modelfile reads and writes the manifest every shipped model
// carries: what it is, the feature set it was trained with (code refuses a
// model built for other features), the data it was trained on (with
// hashes), the training options, and its dev scores. Manifests hold no
// timestamps, so training twice gives identical files.
package modelfile

import (
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Manifest describes a trained model.
type Manifest struct {
	Name       string             `json:"name"`        // "pos", "ner", "parse"
	Version    string             `json:"version"`     // of the model, e.g. "en-ewt-1"
	FeatureSet string             `json:"feature_set"` // must equal the code's
	TrainedBy  string             `json:"trained_by"`  // the command that made it
	Training   []DataFile         `json:"training_data"`
	Options    map[string]any     `json:"options,omitempty"`
	Scores     map[string]float64 `json:"dev_scores"`
	ScoredOn   string             `json:"scored_on"` // the dev file the scores come from
}

// DataFile names one training file by path (as given) and content hash.
type DataFile struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
}

// HashFile returns the DataFile for path.
func HashFile(p string) (DataFile, error) {
	f, err := os.Open(p)
	if err != nil {
		return DataFile{}, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return DataFile{}, err
	}
	return DataFile{Path: DataPath(p), SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

// DataPath names a training file as it stands under the shared data
// directory ("shared/data/ud/..."), not by where it sat on the machine
// that trained the model.
func DataPath(p string) string {
	p = filepath.ToSlash(p)
	if i := strings.LastIndex(p, "shared/data/"); i >= 0 {
		return p[i:]
	}
	return p
}

// ManifestFile is the manifest's name inside a model directory.
const ManifestFile = "manifest.json"

// WriteJSON writes v, indented, to dir/name.
func WriteJSON(dir, name string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, name), append(b, '\n'), 0o644)
}

// ReadJSON reads dir/name from fsys into v.
func ReadJSON(fsys fs.FS, dir, name string, v any) error {
	b, err := fs.ReadFile(fsys, path.Join(dir, name))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path.Join(dir, name), err)
	}
	return nil
}

// ReadManifest reads a model directory's manifest and checks that it was
// built with the feature set the code computes.
func ReadManifest(fsys fs.FS, dir, featureSet string) (*Manifest, error) {
	var m Manifest
	if err := ReadJSON(fsys, dir, ManifestFile, &m); err != nil {
		return nil, err
	}
	if m.FeatureSet != featureSet {
		return nil, fmt.Errorf("model %s was trained with features %q but this build computes %q: retrain it with `newsgraph train %s`",
			dir, m.FeatureSet, featureSet, m.Name)
	}
	return &m, nil
}

// WriteGzipJSON writes v as gzip-compressed JSON to dir/name.
func WriteGzipJSON(dir, name string, v any) error {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return err
	}
	z, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err := json.NewEncoder(z).Encode(v); err != nil {
		f.Close()
		return err
	}
	if err := z.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// ReadGzipJSON reads gzip-compressed JSON dir/name from fsys into v.
func ReadGzipJSON(fsys fs.FS, dir, name string, v any) error {
	f, err := fsys.Open(path.Join(dir, name))
	if err != nil {
		return err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path.Join(dir, name), err)
	}
	if err := json.NewDecoder(z).Decode(v); err != nil {
		return fmt.Errorf("%s: %w", path.Join(dir, name), err)
	}
	return nil
}
