// Package sample reads a hand-grouped sample of PolNeAR articles
// (internal/story/testdata) and analyses its articles, in publication
// order, into the features story clustering compares. It is shared by
// `newsgraph eval stories` and the floor test, so that both score the
// same thing.
package sample

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/story"
)

// Article is one analysed article of a sample.
type Article struct {
	Name      string
	Publisher string
	Features  story.Features
}

// Load reads the articles of gold from the PolNeAR directory dir
// (metadata.tsv, train/text, dev/text), runs each through p with its
// publication date set from the metadata, and returns them in publication
// order (by date, then name, as a feed would deliver them).
func Load(ctx context.Context, dir string, gold story.Gold, p *pipeline.Pipeline) ([]Article, error) {
	f, err := os.Open(filepath.Join(dir, "metadata.tsv"))
	if err != nil {
		return nil, err
	}
	meta, err := ReadMetadata(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "metadata.tsv"), err)
	}
	var out []Article
	for _, g := range gold.Articles {
		m, ok := meta[g.Name]
		if !ok {
			return nil, fmt.Errorf("article %q is not in %s", g.Name, filepath.Join(dir, "metadata.tsv"))
		}
		d, err := analyse(ctx, filepath.Join(dir, m.Compartment, "text", g.Name+".txt"), m, p)
		if err != nil {
			return nil, err
		}
		out = append(out, Article{Name: g.Name, Publisher: m.Publisher, Features: story.FromDoc(d)})
	}
	slices.SortStableFunc(out, func(a, b Article) int {
		if c := a.Features.Published.Compare(b.Features.Published); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return out, nil
}

// analyse reads one text as `newsgraph analyze --published` would.
func analyse(ctx context.Context, path string, m Meta, p *pipeline.Pipeline) (*newsgraph.Doc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	meta, blocks := extract.Text(string(raw))
	meta.Published = m.Published
	meta.Site = m.Publisher
	meta.Source = path
	d := newsgraph.NewDoc(meta, blocks)
	if err := p.Run(ctx, d); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}
