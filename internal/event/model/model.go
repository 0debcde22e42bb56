// Package model is the event coder's shipped dictionaries: the CAMEO verb
// patterns, the discards and the issues, as `newsgraph train events` reads
// them from UniversalPetrarch's files (with PETRARCH-2's coding ontology)
// and compiles them, without their
// comments, into one gob file beside a manifest (see wire).
//
// The actors are not here: the shipped coder codes actors from the
// knowledge base (models/actors), which holds the Phoenix actor and agent
// dictionaries already, so the two never disagree on who someone is.
package model

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/newsgraph/newsgraph/internal/event/dict"
	"github.com/newsgraph/newsgraph/internal/modelfile"
)

// FeatureSet versions the file's layout (the dict package's types in gob,
// as wire lays them out).
const FeatureSet = "event-dict.v2"

const file = "dictionaries.gob"

// Bundle is the dictionaries the shipped coder uses.
type Bundle struct {
	Verbs    []*dict.Verbs
	Discards []dict.Discard
	Issues   []*dict.Issues
	Ontology *dict.Ontology // how a verb's complement combines with it; nil when none
}

// FromSet keeps what the shipped coder needs of a loaded set, with first
// verb dictionaries to try before the set's, without the patterns'
// comments.
func FromSet(s *dict.Set, first ...*dict.Verbs) *Bundle {
	b := &Bundle{Verbs: append(first, s.Verbs.Verbs...), Discards: s.Discards, Issues: s.Issues, Ontology: s.Ontology}
	for _, v := range b.Verbs {
		for i := range v.Blocks {
			for j := range v.Blocks[i].Patterns {
				v.Blocks[i].Patterns[j].Comment = ""
			}
		}
	}
	return b
}

// Compiled indexes the bundle's verbs for the coder.
func (b *Bundle) Compiled() *dict.Compiled { return dict.Compile(b.Verbs...) }

// Save writes the bundle and its manifest to dir.
func (b *Bundle) Save(dir string, man *modelfile.Manifest) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	man.FeatureSet = FeatureSet
	if err := modelfile.WriteJSON(dir, modelfile.ManifestFile, man); err != nil {
		return err
	}
	data, err := b.encode()
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, file), data, 0o644)
}

// Load reads a bundle written by Save.
func Load(fsys fs.FS, dir string) (*Bundle, error) {
	if _, err := modelfile.ReadManifest(fsys, dir, FeatureSet); err != nil {
		return nil, err
	}
	data, err := modelfile.ReadInPlace(fsys, path.Join(dir, file))
	if err != nil {
		return nil, err
	}
	b, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path.Join(dir, file), err)
	}
	return b, nil
}
