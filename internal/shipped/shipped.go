// Package shipped loads the models newsgraph ships (package models) and
// builds from them the one annotation pipeline that the commands, the
// tests, the benchmarks and training all use, so that every one of them
// analyses text the same way and a stage added here reaches them all.
package shipped

import (
	"io/fs"
	"sync"

	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/attrib"
	"github.com/newsgraph/newsgraph/internal/attrib/bound"
	"github.com/newsgraph/newsgraph/internal/attrib/confidence"
	"github.com/newsgraph/newsgraph/internal/attrib/cue"
	"github.com/newsgraph/newsgraph/internal/attrib/keep"
	"github.com/newsgraph/newsgraph/internal/attrib/kind"
	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/coref"
	"github.com/newsgraph/newsgraph/internal/coref/speaker"
	"github.com/newsgraph/newsgraph/internal/event"
	"github.com/newsgraph/newsgraph/internal/event/dict"
	"github.com/newsgraph/newsgraph/internal/event/model"
	"github.com/newsgraph/newsgraph/internal/link"
	"github.com/newsgraph/newsgraph/internal/ner"
	"github.com/newsgraph/newsgraph/internal/parse"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/situate"
	"github.com/newsgraph/newsgraph/internal/tag"
	"github.com/newsgraph/newsgraph/internal/timex"
	"github.com/newsgraph/newsgraph/models"
)

// Models are the models a pipeline is built from. Training fills some of
// them with models it has just made; Load fills them all from the shipped
// ones. They are read-only once loaded, so one Models serves every
// goroutine.
type Models struct {
	Clusters   *cluster.Clusters
	Tagger     *tag.Tagger
	NER        *ner.Tagger
	Parser     *parse.Parser
	Cues       map[string]bool
	CueClass   *cue.Classifier
	Keeper     *keep.Keeper
	Boundaries *bound.Boundaries
	Confidence *confidence.Model // nil: attributions are left unscored
	Actors     *actors.KB
	Events     *model.Bundle     // nil: no events are coded
	User       *UserDictionaries // a user's --dict dictionaries, tried first; nil when none
}

// Load reads the shipped models once per process.
var Load = sync.OnceValues(func() (*Models, error) { return LoadFrom(models.FS) })

// LoadFrom reads every model from fsys, laid out as package models is.
func LoadFrom(fsys fs.FS) (*Models, error) {
	m := &Models{}
	var err error
	if m.Clusters, err = cluster.Load(fsys, "clusters"); err != nil {
		return nil, err
	}
	if m.Tagger, err = tag.Load(fsys, "pos", m.Clusters); err != nil {
		return nil, err
	}
	if m.NER, err = ner.Load(fsys, "ner", m.Clusters); err != nil {
		return nil, err
	}
	if m.Parser, err = parse.Load(fsys, "parse", m.Clusters); err != nil {
		return nil, err
	}
	if m.Cues, m.CueClass, err = cue.Load(fsys, "cues"); err != nil {
		return nil, err
	}
	if m.Keeper, err = keep.Load(fsys, "keeper"); err != nil {
		return nil, err
	}
	if m.Boundaries, err = bound.Load(fsys, "boundaries"); err != nil {
		return nil, err
	}
	if m.Confidence, err = confidence.Load(fsys, "confidence"); err != nil {
		return nil, err
	}
	if m.Actors, err = actors.Load(fsys, "actors"); err != nil {
		return nil, err
	}
	if m.Events, err = model.Load(fsys, "events"); err != nil {
		return nil, err
	}
	return m, nil
}

// Base is the pipeline up to attribution: segmentation, tagging, parsing,
// names and coreference. Attribution's training and tests run it, then
// their own attribution stage.
func (m *Models) Base() (*pipeline.Pipeline, error) {
	return pipeline.New(m.baseStages()...)
}

// Pipeline is the whole of analysis: Base, then attribution (the shipped
// one, built by Attribution, or another being trained or scored), the
// speakers of its attributions and, when the knowledge base is loaded,
// linking to actors. The type of each attribution (package attrib/kind)
// follows its speakers, and its confidence, which reads the type, follows
// that. Time expressions come last: events, which are dated by them, will
// follow them.
func (m *Models) Pipeline(attribution pipeline.Stage) (*pipeline.Pipeline, error) {
	stages := append(m.baseStages(), attribution, speaker.Stage{}, kind.Stage{})
	if m.Confidence != nil {
		stages = append(stages, confidence.Stage{Model: m.Confidence})
	}
	if m.Actors != nil {
		stages = append(stages, link.Stage{KB: m.Actors})
	}
	stages = append(stages, timex.Stage{})
	if m.Events != nil {
		stages = append(stages, event.Stage{Coder: m.EventCoder()}, situate.Stage{})
	}
	return pipeline.New(stages...)
}

// EventCoder is the shipped event coder: the compiled verb dictionary, and
// actors coded first by the entity an actor phrase names, as coreference
// and linking resolved it ("Kim", "the Russian leader"), then by the
// phrase's own words in the knowledge base's dictionaries ("Russian
// police"). One-sided events are kept for the types an actor carries out
// alone (cameo.AllowsOneSided); the rest need both sides.
func (m *Models) EventCoder() *event.Coder {
	coders := event.Chain{event.EntityCoder{KB: m.Actors}, event.DictCoder{KB: m.Actors}}
	if m.User != nil && m.User.KB != nil {
		// A user's actors come first: whoever writes a dictionary of
		// their own means it to win over the knowledge base.
		coders = append(event.Chain{event.DictCoder{KB: m.User.KB}}, coders...)
	}
	// Statements (CAMEO 010-014, 019) are left to attribution, which
	// records who said what with the words said.
	return &event.Coder{Verbs: m.Events.Compiled(), Discards: dict.IndexDiscards(m.Events.Discards), Actors: coders,
		Ontology: m.Events.Ontology, AllowsOneSided: event.DefaultAllowsOneSided, SkipStatements: true}
}

// Attribution is the shipped attribution stage: the rules with the learned
// cue lexicon, cue classifier, keeper and span boundaries.
func (m *Models) Attribution() attrib.Stage {
	return attrib.Stage{Cues: m.Cues, Classifier: m.CueClass, Keeper: m.Keeper, Boundaries: m.Boundaries}
}

func (m *Models) baseStages() []pipeline.Stage {
	return []pipeline.Stage{segment.Stage{}, tag.Stage{Tagger: m.Tagger}, parse.Stage{Parser: m.Parser},
		ner.Stage{Tagger: m.NER}, coref.Stage{}}
}
