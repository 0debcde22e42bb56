package attrib

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/attrib/view"
	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// CueStat is how often a verb lemma is an attribution cue in annotated
// text: Cue of Seen occurrences as a verb.
type CueStat struct {
	Lemma string  `json:"lemma"`
	Seen  int     `json:"seen"`
	Cue   int     `json:"cue"`
	Rate  float64 `json:"rate"`
}

// LearnCues counts, over annotated documents, how often each verb lemma
// stands inside a gold cue, and returns those seen at least minSeen times
// and a cue at least minRate of the time: the cue lexicon of the corpus,
// wider than the hand-written one ("call", "find", "show"...).
func LearnCues(docs []TrainDoc, minSeen int, minRate float64) []CueStat {
	seen, cue := map[string]int{}, map[string]int{}
	for _, td := range docs {
		inCue := goldCueTokens(td)
		for i, t := range td.Doc.Tokens {
			if !view.IsVerbTag(t.Tag) || t.Tag == "MD" || t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "do" {
				continue
			}
			seen[t.Lemma]++
			if inCue[i] {
				cue[t.Lemma]++
			}
		}
	}
	var out []CueStat
	for l, n := range seen {
		if rate := float64(cue[l]) / float64(n); n >= minSeen && rate >= minRate {
			out = append(out, CueStat{Lemma: l, Seen: n, Cue: cue[l], Rate: rate})
		}
	}
	slices.SortFunc(out, func(a, b CueStat) int {
		if a.Cue != b.Cue {
			return b.Cue - a.Cue
		}
		return strings.Compare(a.Lemma, b.Lemma)
	})
	return out
}

// WithCues returns the hand-written cue lexicon widened by learned cues.
func WithCues(learned []CueStat) map[string]bool {
	m := make(map[string]bool, len(cueLemmas)+len(learned))
	for l := range cueLemmas {
		m[l] = true
	}
	for _, c := range learned {
		m[c.Lemma] = true
	}
	return m
}

// CueFeatureSet versions how cues are learned and used: v2 adds the
// contextual classifier (cueclass.go); v5 asks it about -s words tagged as
// plural nouns where a verb may stand, too.
const CueFeatureSet = "attrib-cues.v5"

const (
	cuesFile       = "cues.json"
	classifierFile = "classifier.json"
)

// classifierSettings is what the classifier keeps besides its weights.
type classifierSettings struct {
	Threshold float32 `json:"threshold"`
}

// SaveCues writes a learned cue lexicon, the classifier when there is one,
// and the manifest to dir.
func SaveCues(dir string, cues []CueStat, cl *CueClassifier, m *modelfile.Manifest) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	m.FeatureSet = CueFeatureSet
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

// LoadCues reads a cue lexicon saved by SaveCues, widened with the
// hand-written one, and its classifier (nil when it was saved without).
func LoadCues(fsys fs.FS, dir string) (map[string]bool, *CueClassifier, error) {
	if _, err := modelfile.ReadManifest(fsys, dir, CueFeatureSet); err != nil {
		return nil, nil, err
	}
	var cues []CueStat
	if err := modelfile.ReadJSON(fsys, dir, cuesFile, &cues); err != nil {
		return nil, nil, err
	}
	var settings classifierSettings
	if err := modelfile.ReadJSON(fsys, dir, classifierFile, &settings); errors.Is(err, fs.ErrNotExist) {
		return WithCues(cues), nil, nil
	} else if err != nil {
		return nil, nil, err
	}
	w, err := perceptron.Load(fsys, dir)
	if err != nil {
		return nil, nil, err
	}
	return WithCues(cues), &CueClassifier{weights: w, Threshold: settings.Threshold}, nil
}
