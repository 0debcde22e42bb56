package bound

import (
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"slices"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/train"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// scorer scores one candidate's features: the shipped model, or the
// trainer's current weights while learning.
type scorer func(feats []uint64) float32

// redraw gives every span of every attribution from the from'th on the
// best-scoring of its options, cue, content and source in turn; visit, when set, sees each
// decision (for learning) before it is applied.
func (rf *refiner) redraw(score scorer, visit decision, from int) {
	for k := from; k < len(rf.atts); k++ {
		for r := range nRoles {
			cur, opts, ok := rf.options(k, r)
			if !ok {
				continue
			}
			best, top := 0, float32(0)
			rf.startScores.reset(opts, func(c view.Range) int { return c.A })
			rf.endScores.reset(opts, func(c view.Range) int { return c.B })
			for i, c := range opts {
				s := rf.startScore(score, k, r, c.A, cur.A) + rf.endScore(score, k, r, c.B, cur.B)
				rf.feats = rf.pairFeatures(rf.feats[:0], k, r, c, cur)
				if s += score(rf.feats); i == 0 || s > top {
					best, top = i, s
				}
			}
			if visit != nil {
				visit(rf, k, r, cur, opts, best)
			}
			rf.set(k, r, opts[best])
		}
	}
}

// startScore is the score of the features of a span's start a alone,
// scored once for all the spans that start there.
func (rf *refiner) startScore(score scorer, k int, r spanRole, a, ruleA int) float32 {
	p := rf.startScores.at(a)
	if !p.known {
		rf.feats = rf.startFeatures(rf.feats[:0], k, r, a, ruleA)
		*p = edgeScore{score(rf.feats), true}
	}
	return p.score
}

// endScore is startScore for a span's end b.
func (rf *refiner) endScore(score scorer, k int, r spanRole, b, ruleB int) float32 {
	p := rf.endScores.at(b)
	if !p.known {
		rf.feats = rf.endFeatures(rf.feats[:0], k, r, b, ruleB)
		*p = edgeScore{score(rf.feats), true}
	}
	return p.score
}

// edgeScores holds, while one span's options are weighed, the score of
// each of their starts (or ends) alone: an option is a start with an end,
// and scoring an edge's features once rather than once per option saves
// about half the ranker's work. A score is a sum, so the total is the
// same up to float32 rounding; while training, with whole-number
// weights, it is exactly the same.
type edgeScores struct {
	lo    int
	edges []edgeScore
}

type edgeScore struct {
	score float32
	known bool
}

// reset forgets the scores and makes room for the edges of opts, which
// edge reads.
func (e *edgeScores) reset(opts []view.Range, edge func(view.Range) int) {
	lo, hi := edge(opts[0]), edge(opts[0])
	for _, c := range opts[1:] {
		lo, hi = min(lo, edge(c)), max(hi, edge(c))
	}
	e.lo = lo
	e.edges = slices.Grow(e.edges[:0], hi-lo+1)[:hi-lo+1]
	clear(e.edges)
}

func (e *edgeScores) at(i int) *edgeScore { return &e.edges[i-e.lo] }

// decision is one choice among a span's options, for learning.
type decision func(rf *refiner, k int, r spanRole, cur view.Range, opts []view.Range, best int)

// Refine redraws the spans of the attributions the rules of x found in
// its document, then builds and redraws those of the cues that freed,
// and last joins the halves of a medial cue's content, which it redrew
// apart (build.Builder.JoinMedial).
func (b *Boundaries) Refine(x *build.Builder, atts []newsgraph.Attribution) []newsgraph.Attribution {
	var scores [1]float32
	atts = redrawAll(x, atts, func(f []uint64) float32 {
		scores[0] = 0
		b.weights.Score(f, scores[:])
		return scores[0]
	}, nil)
	cueOverInfinitive(x, atts)
	return x.JoinMedial(atts)
}

var punctuationTags = view.Set(", . : `` '' -LRB- -RRB- HYPH NFP")

// cueOverInfinitive widens each cue over an infinitive left between it and
// its redrawn content: "declined | to comment on | its merits" becomes
// "declined to comment on | its merits", as PolNeAR marks it ("declined
// to provide any documentation or specifics about | the process"). The
// ranker redraws the cue before the content, so a content that moved past
// the infinitive leaves its words to no span.
func cueOverInfinitive(x *build.Builder, atts []newsgraph.Attribution) {
	for k := range atts {
		a := &atts[k]
		cue, _ := view.TokensOf(x.D, a.Cue)
		con, _ := view.TokensOf(x.D, a.Content)
		if con.A >= con.B || cue.B+1 >= con.A || x.Lower[cue.B] != "to" || x.Tag(cue.B+1) != "VB" || con.A-cue.B > 12 {
			continue
		}
		gap := true
		for i := cue.B; i < con.A; i++ {
			if x.QuoteAt[i] >= 0 || punctuationTags[x.Tag(i)] {
				gap = false
				break
			}
		}
		widened := newsgraph.Span{Start: a.Cue.Start, End: x.D.Tokens[con.A-1].End}
		if gap && !heldByAnother(atts, k, newsgraph.Span{Start: x.D.Tokens[cue.B].Start, End: widened.End}) {
			a.Cue = widened
		}
	}
}

// heldByAnother: a span of an attribution other than k overlaps s
// ("declined to say whether …" may give "say" a cue of its own).
func heldByAnother(atts []newsgraph.Attribution, k int, s newsgraph.Span) bool {
	for j := range atts {
		if j == k {
			continue
		}
		b := &atts[j]
		if b.Cue.Overlaps(s) || b.Content.Overlaps(s) || b.Source != nil && b.Source.Overlaps(s) {
			return true
		}
	}
	return false
}

// redrawAll is refine with any scorer, telling visit (when set) of each
// decision.
func redrawAll(x *build.Builder, atts []newsgraph.Attribution, score scorer, visit decision) []newsgraph.Attribution {
	cues := make([]newsgraph.Span, len(atts))
	for k := range atts {
		cues[k] = atts[k].Cue
	}
	newRefiner(x, atts).redraw(score, visit, 0)
	shareRedrawnCues(atts, cues)
	n := len(atts)
	atts = x.FreedCues(atts)
	if len(atts) > n {
		newRefiner(x, atts).redraw(score, visit, n)
	}
	return atts
}

// shareRedrawnCues gives each attribution that shared its cue with an
// earlier one (a quotation split or continued around it: “…,” she said.
// “…”) that one's redrawn cue and source: the ranker redraws each
// attribution alone and could otherwise draw one cue two ways.
func shareRedrawnCues(atts []newsgraph.Attribution, before []newsgraph.Span) {
	first := map[newsgraph.Span]int{}
	for k := range before {
		j, seen := first[before[k]]
		if !seen {
			first[before[k]] = k
			continue
		}
		atts[k].Cue, atts[k].Source = atts[j].Cue, atts[j].Source
	}
}

// Train learns the ranker from annotated documents, redrawing the
// attributions the rules configured by rules find. A decision teaches the ranker when
// the rules' attribution shares its cue with a gold one and that one's span
// is among the options.
func Train(docs []train.Doc, rules build.Config, opt train.Options) *Boundaries {
	found := make([][]newsgraph.Attribution, len(docs))
	for i, td := range docs {
		found[i] = build.New(td.Doc, rules).Run()
	}
	return &Boundaries{weights: train.OverSeeds(opt, func(seed uint64) *perceptron.Trainer {
		return trainRanker(docs, found, rules, seed, opt)
	})}
}

// trainRanker makes opt.Iterations passes over docs in an order
// shuffled by seed, found holding the rules' attributions of each.
func trainRanker(docs []train.Doc, found [][]newsgraph.Attribution, rules build.Config, seed uint64, opt train.Options) *perceptron.Trainer {
	tr := perceptron.NewTrainer(1)
	var scores [1]float32
	score := func(f []uint64) float32 {
		tr.Scores(f, scores[:])
		return scores[0]
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x2545f4914f6cdd1d))
	for it := range max(opt.Iterations, 1) {
		right, total := 0, 0
		for _, di := range order {
			td := docs[di]
			atts := slices.Clone(found[di])
			for k := range atts {
				if atts[k].Source != nil {
					s := *atts[k].Source
					atts[k].Source = &s
				}
			}
			gold := goldAttributions(td)
			redrawAll(build.New(td.Doc, rules), atts, score, func(rf *refiner, k int, r spanRole, cur view.Range, opts []view.Range, best int) {
				g, ok := gold.match(td.Doc, rf.atts[k].Cue, r)
				if !ok || !slices.Contains(opts, g) {
					return
				}
				tr.Tick()
				total++
				if opts[best] == g {
					right++
					return
				}
				tr.UpdateBy(rf.features(nil, k, r, g, cur), 0, 1)
				tr.UpdateBy(rf.features(nil, k, r, opts[best], cur), 0, -1)
			})
		}
		if opt.Progress != nil {
			opt.Progress(it+1, float64(right)/float64(max(total, 1)))
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	return tr
}

// goldSet holds a document's gold attributions: per attribution, the
// covering span of each role.
type goldSet map[int]*[nRoles]*newsgraph.Span

func goldAttributions(td train.Doc) goldSet {
	g := goldSet{}
	for _, s := range td.Spans {
		if s.Attribution == 0 || len(s.Fragments) == 0 {
			continue
		}
		r := map[string]spanRole{"cue": roleCue, "content": roleContent, "source": roleSource}[s.Role]
		cover := s.Fragments[0]
		for _, f := range s.Fragments[1:] {
			cover.Start, cover.End = min(cover.Start, f.Start), max(cover.End, f.End)
		}
		if g[s.Attribution] == nil {
			g[s.Attribution] = &[nRoles]*newsgraph.Span{}
		}
		g[s.Attribution][r] = &cover
	}
	return g
}

// match returns role r's gold tokens in the gold attribution whose cue
// overlaps cue most, when they fall on token edges.
func (g goldSet) match(d *newsgraph.Doc, cue newsgraph.Span, r spanRole) (view.Range, bool) {
	var best *[nRoles]*newsgraph.Span
	most := 0
	for _, id := range slices.Sorted(maps.Keys(g)) {
		a := g[id]
		if a[roleCue] == nil {
			continue
		}
		c := a[roleCue]
		if o := min(c.End, cue.End) - max(c.Start, cue.Start); o > most {
			best, most = a, o
		}
	}
	if best == nil || best[r] == nil {
		return view.Range{}, false
	}
	return view.TokensOf(d, *best[r])
}

// Save writes the ranker and its manifest to dir.
func (b *Boundaries) Save(dir string, m *modelfile.Manifest) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := b.weights.Save(dir); err != nil {
		return err
	}
	m.FeatureSet = FeatureSet
	return modelfile.WriteJSON(dir, modelfile.ManifestFile, m)
}

// Load reads a ranker saved by Save.
func Load(fsys fs.FS, dir string) (*Boundaries, error) {
	if _, err := modelfile.ReadManifest(fsys, dir, FeatureSet); err != nil {
		return nil, err
	}
	w, err := perceptron.Load(fsys, dir)
	if err != nil {
		return nil, err
	}
	return &Boundaries{weights: w}, nil
}
