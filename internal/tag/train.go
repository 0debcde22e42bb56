package tag

import (
	"github.com/newsgraph/newsgraph/internal/cluster"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// Sentence is one training sentence: words with their gold XPOS, UPOS and
// lemmas (UPOS and lemmas may be nil when only tags are trained).
type Sentence struct {
	Words  []string
	Tags   []string
	UPOS   []string
	Lemmas []string
}

// TrainOptions control training.
type TrainOptions struct {
	Iterations int     // passes over the data; default 8
	Seed       uint64  // shuffling seed
	Prune      float64 // drop averaged weights smaller than this
	Clusters   *cluster.Clusters
	// Lexicon is tagged text from the domain the tagger will meet (news),
	// silver or gold; the tags its words take there become features. It is
	// not trained on.
	Lexicon  []Sentence
	Progress func(iteration int, accuracy float64)
}

// Train learns a tagger from sentences. The same sentences, options and
// seed give the same model.
func Train(sents []Sentence, opt TrainOptions) *Tagger {
	if opt.Iterations <= 0 {
		opt.Iterations = 8
	}
	t := &Tagger{Tags: tagSet(sents), Clusters: opt.Clusters}
	t.classOf = map[string]int{}
	for i, tg := range t.Tags {
		t.classOf[tg] = i
	}
	t.TagDict = buildTagDict(sents, t.classOf)
	t.Lower = lowerVocabulary(sents)
	t.Ambiguity = ambiguityClasses(opt.Lexicon, t.classOf)
	tr := perceptron.NewTrainer(len(t.Tags))
	feats := make([]uint64, 0, 32)
	scores := make([]float32, len(t.Tags))
	// Words in the tag dictionary take its tag and teach the model nothing;
	// the progress accuracy is over the words the model decides.
	tr.Loop(len(sents), opt.Iterations, opt.Seed, 0x9e3779b97f4a7c15, func(si int, learn perceptron.Learn) {
		s := sents[si]
		ctx := newContext(s.Words, t.Lower, t.Ambiguity, t.Clusters, nil)
		prev1, prev2 := startTag, start2
		for i := range s.Words {
			guess, ok := t.TagDict[ctx.norm[i]]
			if !ok {
				feats = ctx.extract(feats[:0], s.Words, i, prev1, prev2)
				guess = tr.Predict(feats, scores, nil)
				learn(feats, t.classOf[s.Tags[i]], guess)
			}
			prev2, prev1 = prev1, t.Tags[guess]
		}
	}, opt.Progress)
	t.model = tr.Model(opt.Prune)
	t.UPOS, t.Lemmas = learnLexicons(sents)
	return t
}

func learnLexicons(sents []Sentence) (*UPOSMap, *Lemmatizer) {
	var words, xpos, upos, lemmas []string
	for _, s := range sents {
		if len(s.UPOS) != len(s.Words) || len(s.Lemmas) != len(s.Words) {
			continue
		}
		words = append(words, s.Words...)
		xpos = append(xpos, s.Tags...)
		upos = append(upos, s.UPOS...)
		lemmas = append(lemmas, s.Lemmas...)
	}
	return LearnUPOS(words, xpos, upos), LearnLemmas(words, xpos, lemmas)
}

func tagSet(sents []Sentence) []string {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, tg := range s.Tags {
			seen[tg] = true
		}
	}
	tags := make([]string, 0, len(seen))
	for tg := range seen {
		tags = append(tags, tg)
	}
	slices.Sort(tags)
	return tags
}

// buildTagDict keeps words seen at least 20 times with one tag at least 97%
// of the time: their tag is certain enough to skip the model.
func buildTagDict(sents []Sentence, classOf map[string]int) map[string]int {
	counts := map[string]map[string]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			n := normalize(w)
			if counts[n] == nil {
				counts[n] = map[string]int{}
			}
			counts[n][s.Tags[i]]++
		}
	}
	dict := map[string]int{}
	for w, tags := range counts {
		total, best, bestTag := 0, 0, ""
		for tg, c := range tags {
			total += c
			if c > best || c == best && tg < bestTag {
				best, bestTag = c, tg
			}
		}
		if total >= 20 && float64(best)/float64(total) >= 0.97 {
			dict[w] = classOf[bestTag]
		}
	}
	return dict
}

// ambiguityClasses maps each word of sents to the set of tags it has there,
// one bit per class. (Leaving out words seen once was worse on dev.)
func ambiguityClasses(sents []Sentence, classOf map[string]int) map[string]uint64 {
	mask := map[string]uint64{}
	for _, s := range sents {
		for i, w := range s.Words {
			if c, ok := classOf[s.Tags[i]]; ok {
				mask[normalize(w)] |= 1 << uint(c)
			}
		}
	}
	return mask
}

// lowerVocabulary is the set of words written in lower case at least twice.
func lowerVocabulary(sents []Sentence) map[string]bool {
	counts := map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w != "" && w == strings.ToLower(w) {
				counts[normalize(w)]++
			}
		}
	}
	lower := map[string]bool{}
	for w, n := range counts {
		if n >= 2 {
			lower[w] = true
		}
	}
	return lower
}
