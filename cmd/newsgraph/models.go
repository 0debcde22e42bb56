package main

import (
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/shipped"
)

// loadModels reads the shipped models once per process.
var loadModels = shipped.Load

// newPipeline builds the annotation pipeline every command shares, with
// the event dictionaries of the --dict directories, if any, over the
// shipped ones.
func newPipeline(dicts ...string) (*pipeline.Pipeline, error) {
	m, err := loadModels()
	if err != nil {
		return nil, err
	}
	if len(dicts) > 0 {
		u, err := shipped.ReadDictionaries(dicts...)
		if err != nil {
			return nil, err
		}
		m = m.WithDictionaries(u)
	}
	return m.Pipeline(m.Attribution())
}

// dictUsage is the help of --dict on analyze and ingest.
const dictUsage = "directory of event dictionaries in PETRARCH's format (*verbs*.txt or CAMEO*.txt, *actors*.txt, *agents*.txt, *discards*.txt) " +
	"tried before the shipped ones; a verb file named as a shipped one (CAMEO.2.0.txt) replaces it (repeatable)"
