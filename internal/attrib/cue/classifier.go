package cue

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/train"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
	"github.com/newsgraph/newsgraph/internal/deptree"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// Classifier decides, verb by verb, whether a verb is an attribution
// cue in its context. A lexicon can only say that "want" is sometimes a
// cue; PolNeAR marks "wants to preserve its policy" and not "wants a
// sandwich", "support" with a nominal subject and an object but not
// "support beams". The classifier reads the verb's lemma, its place in the
// parse (a clausal complement, a subject that is a person), quotation
// marks nearby and the lexicon's verdict, and the rules then build the
// attribution around the verbs it accepts.
type Classifier struct {
	weights   *perceptron.Model
	Threshold float32 // score of class 1 minus class 0 above which a verb is a cue

	gold func(d *newsgraph.Doc, i int) bool // set by GoldClassifier: answers in place of the weights
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

// Candidate: the verbs the classifier is asked about, and -s words the
// tagger read as plural nouns where a verb may stand.
func Candidate(d *newsgraph.Doc, i int) bool {
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
		// Not "of", nor "where": "in U.S. states where weed is legal".
		next := strings.ToLower(d.TokenText(i + 1))
		return next != "of" && next != "where"
	}
	return false
}

// features appends the features of verb i.
func (x *Detector) features(dst []uint64, i int) []uint64 {
	h := perceptron.New
	t := x.D.Tokens[i]
	lemma := t.Lemma
	dst = append(dst, h(cfBias).Key(), h(cfLemma).Str(lemma).Key(), h(cfLemmaTag).Str(lemma).Str(t.Tag).Key(),
		h(cfLexicon).Int(view.B2I(x.cues[lemma])).Str(t.Tag).Key(), h(cfDep).Str(t.Dep).Key())
	if t.Head >= 0 {
		dst = append(dst, h(cfDepHead).Str(t.Dep).Str(x.D.Tokens[t.Head].Lemma).Key())
	}
	var deps []string
	for _, c := range x.children[i] {
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
func (x *Detector) placeAmongQuotes(i int) string {
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
func childrenOf(d *newsgraph.Doc) [][]int { return deptree.Children(d, 0, len(d.Tokens)) }

// Train learns the classifier from annotated documents: a verb is a cue
// when a gold cue span covers it. cues is the lexicon whose verdict is one
// of the features.
func Train(docs []train.Doc, cues map[string]bool, opt train.Options) *Classifier {
	type example struct {
		feats []uint64
		cue   int
	}
	var examples []example
	for _, td := range docs {
		x := NewDetector(view.New(td.Doc), cues, nil, nil)
		x.children = childrenOf(td.Doc)
		inCue := train.GoldCueTokens(td)
		for i := range td.Doc.Tokens {
			if Candidate(td.Doc, i) {
				examples = append(examples, example{x.features(nil, i), view.B2I(inCue[i])})
			}
		}
	}
	return &Classifier{weights: train.Binary(len(examples), func(k int) ([]uint64, int) {
		return examples[k].feats, examples[k].cue
	}, 0x5851f42d4c957f2d, opt)}
}
