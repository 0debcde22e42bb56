package keep

import (
	"io/fs"
	"os"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/cue"
	"github.com/newsgraph/newsgraph/internal/attrib/train"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// Keeper decides, once the rules have built an attribution around a cue,
// whether to keep it. The cue classifier sees a verb and its neighbours;
// the keeper sees what was built: who the source is, what the content is
// (a clause, a quotation, a noun phrase), how long each is. With it the
// classifier can propose more verbs (BuildAt, below its own threshold)
// and the keeper drops the attributions that do not look like one.
type Keeper struct {
	weights   *perceptron.Model
	BuildAt   float32 // classifier margin above which a verb is proposed
	Threshold float32 // keeper margin above which an attribution stays
}

// Keep implements build.Keeper.
func (k *Keeper) Keep(b *build.Builder, a newsgraph.Attribution) bool {
	var buf [16]uint64
	var scores [2]float32
	k.weights.Score(features(buf[:0], b, a), scores[:])
	return scores[1]-scores[0] > k.Threshold
}

// Rules is the configuration of the rules with this keeper, cue lexicon
// cues and classifier cl: the classifier proposes the verbs above
// BuildAt, the keeper decides.
func (k *Keeper) Rules(cues map[string]bool, cl *cue.Classifier) build.Config {
	return build.Config{Cues: cues, Classifier: cl, BuildAt: &k.BuildAt, Keep: k}
}

// keeper feature templates.
const (
	kfBias uint8 = iota
	kfLemma
	kfMargin
	kfKind
	kfSource
	kfSourceLen
	kfContentLen
	kfContentFirst
	kfContentRoot
	kfSide
	kfCueLen
	kfLemmaKind
	kfLemmaRoot
	kfMarginKind
)

// features describes a built attribution.
func features(dst []uint64, x *build.Builder, a newsgraph.Attribution) []uint64 {
	h := perceptron.New
	cueT, _ := view.TokensOf(x.D, a.Cue)
	con, _ := view.TokensOf(x.D, a.Content)
	head := cueT.A
	for i := cueT.A; i < cueT.B; i++ {
		if cue.Candidate(x.D, i) {
			head = i
			break
		}
	}
	lemma := x.Lemma(head)
	margin := 99
	if m, asked := x.Cues.Margin(head); asked && cue.Candidate(x.D, head) {
		margin = view.Clip(int(m / 4)) // in steps of 4
	}
	source, srcLen := "none", 0
	if a.Source != nil {
		st, _ := view.TokensOf(x.D, *a.Source)
		source, srcLen = x.SubjectKind(st.B-1), st.B-st.A
	}
	first := "<>"
	if con.A < con.B {
		first = x.Lower[con.A]
	}
	_, root, _ := x.Roots(con, head)
	side := view.B2I(con.A >= cueT.B)
	kind := string(a.Kind)
	return append(dst, h(kfBias).Key(), h(kfLemma).Str(lemma).Key(), h(kfMargin).Int(margin).Key(),
		h(kfKind).Str(kind).Key(), h(kfSource).Str(source).Key(), h(kfSourceLen).Int(view.Bucket(srcLen)).Key(),
		h(kfContentLen).Int(view.Bucket(con.B-con.A)).Key(), h(kfContentFirst).Str(first).Key(),
		h(kfContentRoot).Str(root).Key(), h(kfSide).Int(side).Str(kind).Key(), h(kfCueLen).Int(min(cueT.B-cueT.A, 4)).Key(),
		h(kfLemmaKind).Str(lemma).Str(kind).Key(), h(kfLemmaRoot).Str(lemma).Str(root).Key(),
		h(kfMarginKind).Int(margin).Str(kind).Str(source).Key())
}

// keeperExample is one built attribution and whether its cue is gold.
type keeperExample struct {
	feats []uint64
	right int
}

// keeperExamples builds attributions in docs around every verb cl scores
// above buildAt and labels them.
func keeperExamples(docs []train.Doc, cues map[string]bool, cl *cue.Classifier, buildAt float32) []keeperExample {
	var out []keeperExample
	for _, td := range docs {
		r := &recorder{inCue: train.GoldCueTokens(td), out: out}
		build.New(td.Doc, build.Config{Cues: cues, Classifier: cl, BuildAt: &buildAt, Keep: r}).Run()
		out = r.out
	}
	return out
}

// recorder keeps every attribution built, labelled by whether its cue
// overlaps a gold cue.
type recorder struct {
	inCue []bool
	out   []keeperExample
}

func (r *recorder) Keep(b *build.Builder, a newsgraph.Attribution) bool {
	t, _ := view.TokensOf(b.D, a.Cue)
	right := 0
	for i := t.A; i < t.B; i++ {
		if r.inCue[i] {
			right = 1
		}
	}
	r.out = append(r.out, keeperExample{features(nil, b, a), right})
	return true
}

// Train learns the keeper from annotated documents: the rules build
// attributions around every verb the classifier scores above buildAt, and
// an attribution is right when its cue overlaps a gold cue. The
// classifier's margins on its own training documents are overconfident,
// so each of folds parts of docs is read by a classifier trained on the
// others (copt), as the keeper will meet new text.
func Train(docs []train.Doc, cues map[string]bool, folds int, buildAt float32, copt, opt train.Options) *Keeper {
	fold := map[*newsgraph.Doc]int{}
	for _, td := range docs {
		if _, ok := fold[td.Doc]; !ok {
			fold[td.Doc] = len(fold) % folds
		}
	}
	var examples []keeperExample
	for f := range folds {
		var in, out []train.Doc
		for _, td := range docs {
			if fold[td.Doc] == f {
				in = append(in, td)
			} else {
				out = append(out, td)
			}
		}
		cl := cue.Train(out, cues, copt)
		examples = append(examples, keeperExamples(in, cues, cl, buildAt)...)
	}
	w := train.Binary(len(examples), func(k int) ([]uint64, int) {
		return examples[k].feats, examples[k].right
	}, 0x9e3779b97f4a7c15, opt)
	return &Keeper{weights: w, BuildAt: buildAt}
}

// keeperFile holds the keeper's settings beside its weights.
const keeperFile = "keeper.json"

type keeperSettings struct {
	BuildAt   float32 `json:"build_at"`
	Threshold float32 `json:"threshold"`
}

// FeatureSet versions the keeper's features.
const FeatureSet = "attrib-keeper.v1"

// Save writes the keeper, its settings and its manifest to dir.
func (k *Keeper) Save(dir string, m *modelfile.Manifest) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := k.weights.Save(dir); err != nil {
		return err
	}
	if err := modelfile.WriteJSON(dir, keeperFile, keeperSettings{k.BuildAt, k.Threshold}); err != nil {
		return err
	}
	m.FeatureSet = FeatureSet
	return modelfile.WriteJSON(dir, modelfile.ManifestFile, m)
}

// Load reads a keeper saved by Save.
func Load(fsys fs.FS, dir string) (*Keeper, error) {
	if _, err := modelfile.ReadManifest(fsys, dir, FeatureSet); err != nil {
		return nil, err
	}
	var s keeperSettings
	if err := modelfile.ReadJSON(fsys, dir, keeperFile, &s); err != nil {
		return nil, err
	}
	w, err := perceptron.Load(fsys, dir)
	if err != nil {
		return nil, err
	}
	return &Keeper{weights: w, BuildAt: s.BuildAt, Threshold: s.Threshold}, nil
}
