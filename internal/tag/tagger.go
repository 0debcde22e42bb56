package tag

import (
	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/intern"
	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// Tagger assigns XPOS tags. It is read-only once built and safe for
// concurrent use.
type Tagger struct {
	Tags    []string        // class index -> XPOS tag
	TagDict map[string]int  // frequent unambiguous words -> class
	Lower   map[string]bool // words seen in lower case in training, at least twice
	// Ambiguity maps the words of the tag lexicon (silver-tagged news) to
	// the tags they had there, one bit per class.
	Ambiguity map[string]uint64
	UPOS      *UPOSMap
	Lemmas    *Lemmatizer
	Clusters  *cluster.Clusters
	Manifest  *modelfile.Manifest
	model     *perceptron.Model
	classOf   map[string]int
}

// scratch is per-call working memory.
type scratch struct {
	feats  []uint64
	scores []float32
}

// Tag returns the XPOS tag of each word of one sentence.
func (t *Tagger) Tag(words []string) []string {
	out := make([]string, len(words))
	t.TagInto(words, out)
	return out
}

// TagInto writes the tags of words into out (len(out) >= len(words)).
func (t *Tagger) TagInto(words []string, out []string) { t.tagInto(words, out, nil, nil) }

// tagInto is TagInto with the words' shapes interned by in, which the
// stage keeps for a whole document, and the tags already known of some
// words (known[i] when known is not nil and it is not ""), which the
// tagger takes as it takes its own.
func (t *Tagger) tagInto(words []string, out []string, known []string, in intern.Strings) {
	ctx := newContext(words, t.Lower, t.Ambiguity, t.Clusters, in)
	s := scratch{feats: make([]uint64, 0, 32), scores: make([]float32, len(t.Tags))}
	prev1, prev2 := startTag, start2
	for i := range words {
		if known != nil && known[i] != "" {
			out[i] = known[i]
			prev2, prev1 = prev1, out[i]
			continue
		}
		c, ok := t.TagDict[ctx.norm[i]]
		if !ok {
			s.feats = ctx.extract(s.feats[:0], words, i, prev1, prev2)
			c = t.model.Predict(s.feats, s.scores, nil)
		}
		out[i] = t.Tags[c]
		prev2, prev1 = prev1, out[i]
	}
}
