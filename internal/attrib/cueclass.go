package attrib

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// CueClassifier decides, verb by verb, whether a verb is an attribution
// cue in its context. A lexicon can only say that "want" is sometimes a
// cue; PolNeAR marks "wants to preserve its policy" and not "wants a
// sandwich", "support" with a nominal subject and an object but not
// "support beams". The classifier reads the verb's lemma, its place in the
// parse (a clausal complement, a subject that is a person), quotation
// marks nearby and the lexicon's verdict, and the rules then build the
// attribution around the verbs it accepts.
type CueClassifier struct {
	weights   *perceptron.Model
	Threshold float32 // score of class 1 minus class 0 above which a verb is a cue
}

// cue feature templates.
const (
	cfBias uint8 = iota
	cfLemma
	cfLemmaTag
	cfLexicon
	cfDep
	cfDepHead
	cfChildDep
	cfLemmaChildDep
	cfSubjectKind
	cfNext
	cfPrev
	cfQuote
	cfLemmaNextTag
	cfTagChildDeps
	cfPlace
	cfArgLemma
	cfTitle
)

// candidate: the verbs the classifier is asked about, and -s words the
// tagger read as plural nouns where a verb may stand.
func candidate(d *newsgraph.Doc, i int) bool {
	t := d.Tokens[i]
	return view.IsVerbTag(t.Tag) && t.Tag != "MD" && t.Lemma != "be" && t.Lemma != "have" && t.Lemma != "do" || nounReadVerb(d, i)
}

// nounReadVerb: token i, tagged a plural noun, may be a verb in the third
// person: it ends in s, follows a singular noun and comes before what a
// verb's complement starts with ("A new survey shows that …", "The mayor plans
// to …"). The tagger reads such words as nouns about once in eight on
// news; the classifier decides, as for any verb.
func nounReadVerb(d *newsgraph.Doc, i int) bool {
	t := d.Tokens[i]
	if t.Tag != "NNS" || i == 0 || i+1 >= len(d.Tokens) || !strings.HasSuffix(d.TokenText(i), "s") {
		return false
	}
	switch d.Tokens[i-1].Tag {
	case "NN", "NNP":
	default:
		return false
	}
	switch d.Tokens[i+1].Tag {
	case "DT", "PRP", "PRP$", "NNP", "TO", "CD", "IN", "WDT", "WP", "WRB":
		return strings.ToLower(d.TokenText(i+1)) != "of"
	}
	return false
}

// cueFeatures appends the features of verb i. children lists each token's
// dependents.
func cueFeatures(dst []uint64, x *extractor, children [][]int, i int) []uint64 {
	h := perceptron.New
	t := x.D.Tokens[i]
	lemma := t.Lemma
	dst = append(dst, h(cfBias).Key(), h(cfLemma).Str(lemma).Key(), h(cfLemmaTag).Str(lemma).Str(t.Tag).Key(),
		h(cfLexicon).Int(view.B2I(x.cues[lemma])).Str(t.Tag).Key(), h(cfDep).Str(t.Dep).Key())
	if t.Head >= 0 {
		dst = append(dst, h(cfDepHead).Str(t.Dep).Str(x.D.Tokens[t.Head].Lemma).Key())
	}
	var deps []string
	for _, c := range children[i] {
		dep := x.D.Tokens[c].Dep
		deps = append(deps, dep)
		dst = append(dst, h(cfChildDep).Str(dep).Key(), h(cfLemmaChildDep).Str(lemma).Str(dep).Key())
		if strings.HasPrefix(dep, "nsubj") || dep == "obj" || dep == "ccomp" || dep == "xcomp" {
			dst = append(dst, h(cfArgLemma).Str(dep).Str(x.D.Tokens[c].Lemma).Key(), h(cfArgLemma).Str(lemma).Str(dep).Str(x.D.Tokens[c].Lemma).Key())
		}
		if strings.HasPrefix(dep, "nsubj") {
			dst = append(dst, h(cfSubjectKind).Str(x.SubjectKind(c)).Key(), h(cfSubjectKind).Str(lemma).Str(x.SubjectKind(c)).Key())
		}
	}
	dst = append(dst, h(cfTagChildDeps).Str(t.Tag).Str(strings.Join(deps, "+")).Key())
	next, nextTag, prev := "<end>", "<end>", "<start>"
	if i+1 < len(x.Lower) {
		next, nextTag = x.Lower[i+1], x.Tag(i+1)
	}
	if i > 0 {
		prev = x.Lower[i-1]
	}
	quote := "none"
	switch s := x.D.Sentences[x.Sentence[i]]; {
	case x.QuoteAt[i] >= 0:
		quote = "inside"
	case x.AnyQuoted(s.FirstToken, s.EndToken):
		quote = "sentence"
	}
	place := x.placeAmongQuotes(i)
	if x.InTitle(x.D.Sentences[x.Sentence[i]]) {
		place += " title"
	}
	dst = append(dst, h(cfPlace).Str(place).Key(), h(cfPlace).Str(place).Str(lemma).Key())
	return append(dst, h(cfNext).Str(next).Key(), h(cfPrev).Str(prev).Key(), h(cfQuote).Str(quote).Key(),
		h(cfQuote).Str(quote).Str(lemma).Key(), h(cfLemmaNextTag).Str(lemma).Str(nextTag).Key())
}

// placeAmongQuotes says where verb i stands: right after a closing
// quotation (“…,” added the senator), right before an opening one (said:
// “…), ending its sentence (…, the source added.), or none of these.
func (x *extractor) placeAmongQuotes(i int) string {
	n := len(x.Lower)
	place := ""
	if i > 0 && x.QuoteAt[i-1] >= 0 || i > 1 && x.Lower[i-1] == "," && x.QuoteAt[i-2] >= 0 {
		place += "after-quote "
	}
	for j := i + 1; j < min(i+3, n); j++ {
		if x.QuoteAt[j] >= 0 {
			place += "before-quote "
			break
		}
		if x.Lower[j] != "," && x.Lower[j] != ":" {
			break
		}
	}
	if i+1 < n && x.Tag(i+1) == "." || i+1 == n {
		place += "final"
	}
	return place
}

// childrenOf lists each token's dependents.
func childrenOf(d *newsgraph.Doc) [][]int {
	out := make([][]int, len(d.Tokens))
	for i, t := range d.Tokens {
		if t.Head >= 0 && t.Head < len(d.Tokens) {
			out[t.Head] = append(out[t.Head], i)
		}
	}
	return out
}

// isCueInContext asks the classifier about verb i.
// The rules ask about the same verb several times (as a candidate, as the
// end of a sentence, inside another's content), so answers are kept.
func (c *CueClassifier) isCueInContext(x *extractor, i int) bool {
	if !candidate(x.D, i) {
		return false
	}
	if x.verdict == nil {
		x.verdict = make([]int8, len(x.D.Tokens))
	}
	if v := x.verdict[i]; v != 0 {
		return v > 0
	}
	x.feats = cueFeatures(x.feats[:0], x, x.children, i)
	var scores [2]float32
	c.weights.Score(x.feats, scores[:])
	if x.margin == nil {
		x.margin = make([]float32, len(x.D.Tokens))
	}
	x.margin[i] = scores[1] - scores[0]
	threshold := c.Threshold
	if x.buildAt != nil {
		threshold = *x.buildAt // a keeper decides later, on the whole attribution
	}
	x.verdict[i] = -1
	if scores[1]-scores[0] > threshold {
		x.verdict[i] = 1
	}
	return x.verdict[i] > 0
}

// TrainCueClassifier learns the classifier from annotated documents: a
// verb is a cue when a gold cue span covers it.
func TrainCueClassifier(docs []TrainDoc, cues map[string]bool, opt TrainOptions) *CueClassifier {
	type example struct {
		feats []uint64
		cue   int
	}
	var examples []example
	for _, td := range docs {
		x := newExtractor(td.Doc)
		x.cues = cues
		children := childrenOf(td.Doc)
		inCue := goldCueTokens(td)
		for i := range td.Doc.Tokens {
			if candidate(td.Doc, i) {
				examples = append(examples, example{cueFeatures(nil, x, children, i), view.B2I(inCue[i])})
			}
		}
	}
	return &CueClassifier{weights: trainBinary(len(examples), func(k int) ([]uint64, int) {
		return examples[k].feats, examples[k].cue
	}, 0x5851f42d4c957f2d, opt)}
}

// trainBinary learns a two-class perceptron over n examples, example(k)
// giving the features and class of the k'th; stream keeps each learner's
// shuffling its own.
func trainBinary(n int, example func(k int) ([]uint64, int), stream uint64, opt TrainOptions) *perceptron.Model {
	return overSeeds(opt, func(seed uint64) *perceptron.Trainer {
		tr := perceptron.NewTrainer(2)
		scores := make([]float32, 2)
		tr.Loop(n, max(opt.Iterations, 1), seed, stream, func(k int, learn perceptron.Learn) {
			f, class := example(k)
			learn(f, class, tr.Predict(f, scores, nil))
		}, opt.Progress)
		return tr
	})
}

// overSeeds trains with each of opt's seeds and returns the mean model,
// pruned as opt says.
func overSeeds(opt TrainOptions, train func(seed uint64) *perceptron.Trainer) *perceptron.Model {
	if opt.Seeds <= 1 {
		return train(opt.Seed).Model(opt.Prune)
	}
	models := make([]*perceptron.Model, opt.Seeds)
	for i := range models {
		models[i] = train(opt.Seed + uint64(i)).Model(0)
	}
	return perceptron.Average(models, opt.Prune)
}

// goldCueTokens marks the tokens a gold cue span covers.
func goldCueTokens(td TrainDoc) []bool {
	in := make([]bool, len(td.Doc.Tokens))
	for _, s := range td.Spans {
		if s.Role != "cue" {
			continue
		}
		for _, f := range s.Fragments {
			for i, t := range td.Doc.Tokens {
				if t.Start < f.End && f.Start < t.End {
					in[i] = true
				}
			}
		}
	}
	return in
}
