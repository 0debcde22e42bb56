package cluster

import (
	"io/fs"
	"os"

	"github.com/newsgraph/newsgraph/internal/modelfile"
)

// FeatureSet versions the clustering method and its inputs' treatment.
const FeatureSet = "clusters.v1"

const clustersFile = "clusters.json.gz"

// Save writes the clusters and their manifest to dir.
func (c *Clusters) Save(dir string, m *modelfile.Manifest) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	m.FeatureSet = FeatureSet
	if err := modelfile.WriteGzipJSON(dir, clustersFile, c); err != nil {
		return err
	}
	return modelfile.WriteJSON(dir, modelfile.ManifestFile, m)
}

// Load reads clusters saved by Save.
func Load(fsys fs.FS, dir string) (*Clusters, error) {
	if _, err := modelfile.ReadManifest(fsys, dir, FeatureSet); err != nil {
		return nil, err
	}
	var c Clusters
	if err := modelfile.ReadGzipJSON(fsys, dir, clustersFile, &c); err != nil {
		return nil, err
	}
	return &c, nil
}
