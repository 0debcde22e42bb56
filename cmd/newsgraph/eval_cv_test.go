package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib"
	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/shipped"
)

// cvArticleText is a short article whose one attribution ("Lee said …")
// an annotation file can mark.
func cvArticleText(i int) string {
	return fmt.Sprintf("Story %d\n\nMayor Lee said the road %d will close on Friday.\n", i, i)
}

// writeCVFolder writes a PolNeAR-format folder of n articles; articles
// whose index is in twice were marked by two annotators, the first of
// whom (by file name) marked only the cue, so that the gold eval scores
// can be told from the other file.
func writeCVFolder(t *testing.T, n int, twice map[int]bool) string {
	t.Helper()
	dir := t.TempDir()
	for _, sub := range []string{"text", "attributions"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for i := range n {
		// Underscores in the name, as PolNeAR's have: the annotator is
		// only what follows the last one.
		name := fmt.Sprintf("pub_2015-11-%02d_story-%d", i%3+1, i)
		text := cvArticleText(i)
		at := func(s string) (int, int) { k := strings.Index(text, s); return k, k + len(s) }
		ss, se := at("Mayor Lee")
		cs, ce := at("said")
		ts, te := at(fmt.Sprintf("the road %d will close on Friday", i))
		full := fmt.Sprintf("T1\tSource %d %d\tMayor Lee\nT2\tCue %d %d\tsaid\nT3\tContent %d %d\t%s\nT4\tAttribution %d %d\tsaid\n"+
			"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n", ss, se, cs, ce, ts, te, text[ts:te], cs, ce)
		cueOnly := fmt.Sprintf("T1\tCue %d %d\tsaid\nT2\tAttribution %d %d\tsaid\nE1\tAttribution:T2 Cue:T1\n", cs, ce, cs, ce)
		files := map[string]string{"text/" + name + ".txt": text}
		if twice[i] {
			files["attributions/"+name+"_0aaa.ann"] = cueOnly
			files["attributions/"+name+"_9zzz.ann"] = full
		} else {
			files["attributions/"+name+"_5mmm.ann"] = full
		}
		for f, s := range files {
			if err := os.WriteFile(filepath.Join(dir, f), []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// A text without annotation files is no article of the corpus, for
	// eval as for training.
	if err := os.WriteFile(filepath.Join(dir, "text", "unannotated.txt"), []byte("Nothing\n\nNobody spoke.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// storyOf is the number writeCVFolder gave an article.
func storyOf(name string) int {
	var i int
	fmt.Sscanf(name[strings.LastIndexByte(name, '-')+1:], "%d", &i)
	return i
}

// An article marked by two annotators is one article: both its files go
// to the same fold, every article is in exactly one fold, folds are as
// even as can be, and the plan depends on the names alone.
func TestPlanFoldsKeepsAnArticleTogether(t *testing.T) {
	twice := map[int]bool{0: true, 4: true, 7: true}
	dir := writeCVFolder(t, 11, twice)
	plan, err := planFolds(dir, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan) != 11 {
		t.Fatalf("%d articles planned, want 11: %+v", len(plan), plan)
	}
	sizes := map[int]int{}
	seen := map[string]bool{}
	for _, a := range plan {
		if seen[a.Name] {
			t.Errorf("article %s is in two folds", a.Name)
		}
		seen[a.Name] = true
		sizes[a.Fold]++
		for _, f := range a.Anns {
			if articleOf(f) != a.Name {
				t.Errorf("%s is filed under %s", f, a.Name)
			}
		}
		if want := map[bool]int{true: 2, false: 1}[twice[storyOf(a.Name)]]; len(a.Anns) != want {
			t.Errorf("%s: %d annotation files in its fold, want %d", a.Name, len(a.Anns), want)
		}
	}
	if sizes[0] != 4 || sizes[1] != 4 || sizes[2] != 3 {
		t.Errorf("fold sizes %v, want 4, 4, 3", sizes)
	}
	again, err := planFolds(dir, 3)
	if err != nil || !reflect.DeepEqual(again, plan) {
		t.Errorf("a second plan differs: %v %+v", err, again)
	}
	if _, err := planFolds(dir, 12); err == nil {
		t.Error("12 folds of 11 articles were planned")
	}
	if _, err := planFolds(dir, 1); err == nil {
		t.Error("one fold was planned: nothing would be held out")
	}
}

// Each fold trains on every annotation file of the other folds' articles
// and none of its own, and holds out each of its articles once, with the
// first annotator's file as gold, analysed and not yet attributed.
func TestCVSplitHoldsEachArticleOutOnce(t *testing.T) {
	twice := map[int]bool{1: true, 2: true, 6: true}
	dir := writeCVFolder(t, 8, twice)
	analysed := 0
	data, err := loadCVData(context.Background(), dir, 3, func(ctx context.Context, d *newsgraph.Doc) error {
		analysed++
		return segment.Stage{}.Process(ctx, d)
	})
	if err != nil {
		t.Fatal(err)
	}
	if analysed != 8 {
		t.Errorf("%d analyses of 8 articles, want each analysed once", analysed)
	}
	heldOut := map[string]int{}
	for f := range 3 {
		docs, held := data.split(f)
		heldDocs := map[*newsgraph.Doc]bool{}
		heldFiles := 0
		for _, h := range held {
			heldOut[h.Name]++
			heldDocs[h.Doc] = true
			if len(h.Doc.Tokens) == 0 || len(h.Doc.Attributions) != 0 {
				t.Errorf("%s: held out with %d tokens and %d attributions, want analysed and not attributed",
					h.Name, len(h.Doc.Tokens), len(h.Doc.Attributions))
			}
			if h.Gold.Name != h.Name || h.Gold.Text != h.Doc.Text {
				t.Errorf("%s: gold of %s", h.Name, h.Gold.Name)
			}
			i := storyOf(h.Name)
			// The first annotator of an article marked twice marked the cue only.
			if want := map[bool]int{true: 1, false: 3}[twice[i]]; len(h.Gold.Gold) != want {
				t.Errorf("%s: %d gold spans, want %d (the first annotator's file)", h.Name, len(h.Gold.Gold), want)
			}
			// The other annotator's file, the full one, is kept beside it.
			if want := map[bool]int{true: 1, false: 0}[twice[i]]; len(h.Others) != want || want == 1 && len(h.Others[0].Gold) != 3 {
				t.Errorf("%s: %d other annotations, want %d with 3 spans", h.Name, len(h.Others), want)
			}
			heldFiles += map[bool]int{true: 2, false: 1}[twice[i]]
		}
		perDoc := map[*newsgraph.Doc]int{}
		for _, td := range docs {
			if heldDocs[td.Doc] {
				t.Errorf("fold %d trains on an article it holds out", f)
			}
			perDoc[td.Doc]++
		}
		if len(docs) != 11-heldFiles {
			t.Errorf("fold %d trains on %d files, want the %d others'", f, len(docs), 11-heldFiles)
		}
		for i, d := range data.docs {
			if data.articles[i].Fold != f && perDoc[d] != map[bool]int{true: 2, false: 1}[twice[storyOf(data.articles[i].Name)]] {
				t.Errorf("fold %d trains on %d files of %s", f, perDoc[d], data.articles[i].Name)
			}
		}
	}
	if len(heldOut) != 8 {
		t.Errorf("%d articles held out, want all 8", len(heldOut))
	}
	for name, n := range heldOut {
		if n != 1 {
			t.Errorf("%s held out %d times", name, n)
		}
	}
}

// awaitingRetrain are the settings of shippedRecipe that the shipped
// models were not yet trained with, by the name TestShippedRecipeIsTheManifests
// gives them, and the value their manifest still records. Until
// they are retrained, cross-validation scores the chosen recipe and the
// shipped models are the earlier one's; the test reports each as pending
// rather than failing, fails on any other difference, and fails once the
// manifest agrees, so that the entry is removed. Empty: the shipped models
// are trained as shippedRecipe says.
var awaitingRetrain = map[string]float64{}

// The recipe cross-validation trains by is the shipped models': a model
// retrained with other options must be met by a change here, or the folds
// would score another procedure than the one that made the models.
func TestShippedRecipeIsTheManifests(t *testing.T) {
	options := func(model string) map[string]float64 {
		raw, err := os.ReadFile(filepath.Join("..", "..", "models", model, "manifest.json"))
		if err != nil {
			t.Fatal(err)
		}
		var m struct{ Options map[string]float64 }
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		return m.Options
	}
	r := shippedRecipe
	cues, keeper, bounds := options("cues"), options("keeper"), options("boundaries")
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"cues min_seen", float64(r.MinSeen), cues["min_seen"]},
		{"cues min_rate", r.MinRate, cues["min_rate"]},
		{"cues classifier_iterations", float64(r.CueIterations), cues["classifier_iterations"]},
		{"cues seeds", float64(r.CueSeeds), cues["seeds"]},
		{"cues threshold", r.CueThreshold, cues["threshold"]},
		{"keeper iterations", float64(r.KeeperIterations), keeper["iterations"]},
		{"keeper folds", float64(r.KeeperFolds), keeper["folds"]},
		{"keeper seeds", float64(r.KeeperSeeds), keeper["seeds"]},
		{"keeper build_at", r.BuildAt, keeper["build_at"]},
		{"keeper threshold", r.KeeperThreshold, keeper["threshold"]},
		{"boundaries iterations", float64(r.BoundaryIterations), bounds["iterations"]},
		{"boundaries seeds", float64(r.BoundarySeeds), bounds["seeds"]},
	} {
		old, pending := awaitingRetrain[c.name]
		switch {
		case pending && c.got == c.want:
			t.Errorf("%s: the shipped model is now trained with %v: take it out of awaitingRetrain", c.name, c.want)
		case pending && c.want == old:
			t.Logf("%s: RETRAIN PENDING: cross-validation trains with %v, the shipped model with %v", c.name, c.got, c.want)
		case c.got != c.want:
			t.Errorf("%s: cross-validation trains with %v, the shipped model with %v", c.name, c.got, c.want)
		}
	}
}

// The train commands, run with their defaults, train by shippedRecipe: a
// setting chosen by cross-validation is what they make unless told
// otherwise. (The keeper's fold classifiers train with 5 passes, which
// `train keeper` fixes and has no flag for.)
func TestShippedRecipeIsTheTrainDefaults(t *testing.T) {
	def := func(cmd *cobra.Command, flag string) float64 {
		t.Helper()
		f := cmd.Flags().Lookup(flag)
		if f == nil {
			t.Fatalf("train %s has no --%s", cmd.Name(), flag)
		}
		v, err := strconv.ParseFloat(f.DefValue, 64)
		if err != nil {
			t.Fatalf("train %s --%s: %v", cmd.Name(), flag, err)
		}
		return v
	}
	r := shippedRecipe
	cues, keeper, bounds := newTrainCues(), newTrainKeeper(), newTrainBoundaries()
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"cues --min-seen", float64(r.MinSeen), def(cues, "min-seen")},
		{"cues --min-rate", r.MinRate, def(cues, "min-rate")},
		{"cues --classifier-iterations", float64(r.CueIterations), def(cues, "classifier-iterations")},
		{"cues --seeds", float64(r.CueSeeds), def(cues, "seeds")},
		{"cues --threshold", r.CueThreshold, def(cues, "threshold")},
		{"keeper --iterations", float64(r.KeeperIterations), def(keeper, "iterations")},
		{"keeper --folds", float64(r.KeeperFolds), def(keeper, "folds")},
		{"keeper --seeds", float64(r.KeeperSeeds), def(keeper, "seeds")},
		{"keeper --build-at", r.BuildAt, def(keeper, "build-at")},
		{"keeper --threshold", r.KeeperThreshold, def(keeper, "threshold")},
		{"boundaries --iterations", float64(r.BoundaryIterations), def(bounds, "iterations")},
		{"boundaries --seeds", float64(r.BoundarySeeds), def(bounds, "seeds")},
	} {
		if c.got != c.want {
			t.Errorf("train %s: cross-validation trains with %v, the command by default with %v", c.name, c.got, c.want)
		}
	}
}

// shippedSetup is the attribution setup on the shipped models.
func shippedSetup(t *testing.T) (*shipped.Models, *attributionSetup) {
	t.Helper()
	m, err := loadModels()
	if err != nil {
		t.Fatal(err)
	}
	setup, err := setupFromShipped(m)
	if err != nil {
		t.Fatal(err)
	}
	return m, setup
}

// A held-out document analysed once by the base pipeline and attributed
// on a copy must come out as the whole pipeline leaves its text, and the
// analysed document must be left as it was for the next fold.
func TestAttributeCopyIsTheWholePipeline(t *testing.T) {
	m, setup := shippedSetup(t)
	if err := checkReplay(setup); err != nil {
		t.Fatal(err)
	}
	text := "Port to close\n\n“We are ready,” said Mayor Ana Varga, who runs the port. “It stays open.”\n\n" +
		"She told reporters that the crews would be paid. I believe her, Varga's aide said.\n"
	stage := m.Attribution()
	full, err := setup.models().Pipeline(stage)
	if err != nil {
		t.Fatal(err)
	}
	want := eval.DocFromText(text)
	if err := full.Run(context.Background(), want); err != nil {
		t.Fatal(err)
	}
	if len(want.Attributions) < 2 || want.Attributions[0].Speaker == nil {
		t.Fatalf("the example should have attributions with speakers: %+v", want.Attributions)
	}
	d := eval.DocFromText(text)
	if err := setup.base.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	before := deepCopy(reflect.ValueOf(d)).Interface().(*newsgraph.Doc)
	got, err := attributeCopy(context.Background(), stage, d)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("attributed copy:\n%+v\nwhole pipeline:\n%+v", got.Attributions, want.Attributions)
	}
	if !reflect.DeepEqual(d, before) {
		t.Error("attributing a copy changed the analysed document")
	}
	if len(d.Mentions) > 0 && &got.Mentions[0] == &d.Mentions[0] {
		t.Error("the copy shares its mentions with the analysed document")
	}
}

// The whole loop on a handful of articles, with training as shipped:
// visit is called once per fold, with a trained stage, and between them
// the folds hold out every article once.
func TestCrossValidateAttributionVisitsEveryFold(t *testing.T) {
	_, setup := shippedSetup(t)
	dir := writeCVFolder(t, 6, map[int]bool{3: true})
	var folds []int
	held := map[string]int{}
	err := crossValidateAttribution(context.Background(), setup, dir, 3, shippedRecipe, os.Stderr,
		func(f int, stage attrib.Stage, heldOut []heldOutDoc) error {
			folds = append(folds, f)
			if stage.Classifier == nil || stage.Keeper == nil || stage.Boundaries == nil {
				t.Errorf("fold %d: stage without all its models", f)
			}
			for _, h := range heldOut {
				held[h.Name]++
				if _, err := attributeCopy(context.Background(), stage, h.Doc); err != nil {
					t.Error(err)
				}
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(folds, []int{0, 1, 2}) || len(held) != 6 {
		t.Errorf("visited folds %v holding out %v", folds, held)
	}
}

// --recipe replaces the settings it names and no others, and refuses
// what is not a recipe rather than running the shipped one in its place.
func TestRecipeWith(t *testing.T) {
	base := shippedRecipe
	got, err := recipeWith(base, ` {"min_rate":0.3,"cue_threshold":3, "build_at":-2} `)
	if err != nil {
		t.Fatal(err)
	}
	want := base
	want.MinRate, want.CueThreshold, want.BuildAt = 0.3, 3, -2
	if got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if got, err := recipeWith(base, ``); err != nil || got != base {
		t.Errorf("no --recipe: got %+v, %v; want the base recipe", got, err)
	}
	if got, err := recipeWith(base, `{}`); err != nil || got != base {
		t.Errorf("{}: got %+v, %v; want the base recipe", got, err)
	}
	for _, js := range []string{
		`{"min_rate":0.3,"cue_treshold":3}`, // misspelt: unknown
		`{"CueThreshold":3}`,                // the Go name, not the JSON key
		`{"min_seen":"3"}`,
		`{"min_seen":3} {"min_rate":0.3}`,
		`{"min_seen":3`,
		`null`,
		`[]`,
		`3`,
		` `,
		`{"min_seen":0}`,
		`{"min_rate":1.5}`,
		`{"keeper_folds":1}`,
		`{"cue_seeds":0}`,
	} {
		if got, err := recipeWith(base, js); err == nil {
			t.Errorf("%s: got %+v, want an error", js, got)
		}
	}
}

// --recipe is a setting of a cross-validation's training, and --against
// compares with its out-of-fold articles: without --folds there is none,
// and the command says so rather than score the shipped models as if the
// recipe had been used, or print no comparison.
func TestEvalAttributionRecipeNeedsFolds(t *testing.T) {
	for _, flags := range [][]string{{"--recipe", `{"min_rate":0.3}`}, {"--against", t.TempDir()}} {
		cmd := newEvalAttribution()
		cmd.SetArgs(append([]string{"--gold", t.TempDir()}, flags...))
		cmd.SetOut(new(strings.Builder))
		cmd.SetErr(new(strings.Builder))
		err := cmd.Execute()
		if err == nil || !strings.Contains(err.Error(), "--folds") {
			t.Errorf("%s: got %v, want an error asking for --folds", flags[0], err)
		}
	}
}

// The agreement tally scores, per other annotator of an article, that
// annotator and newsgraph against the first, and newsgraph against that
// annotator; an article one annotator marked adds nothing.
func TestAgreementTallyScoresEachPair(t *testing.T) {
	twice := map[int]bool{1: true}
	dir := writeCVFolder(t, 3, twice)
	data, err := loadCVData(context.Background(), dir, 3, func(ctx context.Context, d *newsgraph.Doc) error {
		return segment.Stage{}.Process(ctx, d)
	})
	if err != nil {
		t.Fatal(err)
	}
	a := newAgreementTally()
	for f := range 3 {
		_, held := data.split(f)
		for _, h := range held {
			// newsgraph found what the full annotation marks.
			full := eval.AsPrediction(h.Doc, h.Gold)
			if len(h.Others) > 0 {
				full = eval.AsPrediction(h.Doc, h.Others[0])
			}
			if err := a.add(full, h); err != nil {
				t.Fatal(err)
			}
		}
	}
	a.finish()
	if a.Articles != 1 || a.Pairs != 1 {
		t.Fatalf("%d articles, %d pairs, want the one article marked twice", a.Articles, a.Pairs)
	}
	// The first annotator marked the cue only: the other agrees on it and
	// marked a source and content the first did not.
	if s := a.Annotators; s.Cue.Exact.F1 != 1 || s.Source.Exact.Precision != 0 || s.Content.Exact.Precision != 0 {
		t.Errorf("annotators: cue %v, source P %v, content P %v; want 1, 0, 0", s.Cue.Exact.F1, s.Source.Exact.Precision, s.Content.Exact.Precision)
	}
	if s := a.NewsgraphOthers; s.Cue.Exact.F1 != 1 || s.Source.Exact.F1 != 1 || s.Content.Exact.F1 != 1 {
		t.Errorf("newsgraph against the other: %v %v %v, want 1 each", s.Cue.Exact.F1, s.Source.Exact.F1, s.Content.Exact.F1)
	}
	if a.Newsgraph.Documents != 1 || a.Newsgraph.Cue.Exact.F1 != 1 {
		t.Errorf("newsgraph against the first: %d documents, cue %v; want one pair, 1", a.Newsgraph.Documents, a.Newsgraph.Cue.Exact.F1)
	}
}

// --baseline scores the untuned stage in place of newsgraph's: of an
// article's "X said Y" and "X announced Y" it finds the first alone (the
// shipped stage finds both), and it refuses --folds, which trains models
// it does not have.
func TestEvalAttributionBaseline(t *testing.T) {
	said := "T1\tSource 0 18\tThe harbour master\nT2\tCue 19 23\tsaid\n" +
		"T3\tContent 24 55\tthe port would reopen on Monday\nT4\tAttribution 19 23\tsaid\n" +
		"E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
	dir := writeHarbourFolder(t, said+harbourAnnounced)
	if p, r := cueScores(t, dir, "--baseline"); p != 1 || r != 0.5 {
		t.Errorf("baseline cue precision %v recall %v, want 1 and 0.5", p, r)
	}
	cmd := newEvalAttribution()
	cmd.SetArgs([]string{"--gold", dir, "--baseline", "--folds", "5"})
	cmd.SetOut(new(strings.Builder))
	cmd.SetErr(new(strings.Builder))
	if err := cmd.Execute(); err == nil || !strings.Contains(err.Error(), "--folds") {
		t.Errorf("--baseline --folds: got %v, want a refusal", err)
	}
}

// --gold-cues takes gold's word on which verbs are cues: where gold marks
// "announced" and not "said", the shipped stage finds both, and with gold's
// cues "announced" alone.
func TestEvalAttributionGoldCues(t *testing.T) {
	dir := writeHarbourFolder(t, harbourAnnounced)
	if p, r := cueScores(t, dir); p != 0.5 || r != 1 {
		t.Errorf("shipped cue precision %v recall %v, want 0.5 and 1", p, r)
	}
	if p, r := cueScores(t, dir, "--gold-cues"); p != 1 || r != 1 {
		t.Errorf("with gold cues, cue precision %v recall %v, want 1 and 1", p, r)
	}
}

// harbourText has two attributions, "said" and "announced";
// harbourAnnounced is the second's annotation.
const (
	harbourText      = "The harbour master said the port would reopen on Monday. The council announced that fares would rise.\n"
	harbourAnnounced = "T5\tSource 57 68\tThe council\nT6\tCue 69 78\tannounced\nT7\tContent 79 100\tthat fares would rise\n" +
		"T8\tAttribution 69 78\tannounced\nE2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n"
)

// writeHarbourFolder writes harbourText with annotation ann as a
// PolNeAR-format folder.
func writeHarbourFolder(t *testing.T, ann string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range map[string]string{"text/harbour.txt": harbourText, "attributions/harbour_a1.ann": ann} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// cueScores runs eval attribution on dir with flags and returns the
// exact cue precision and recall.
func cueScores(t *testing.T, dir string, flags ...string) (precision, recall float64) {
	t.Helper()
	cmd := newEvalAttribution()
	var out strings.Builder
	cmd.SetArgs(append([]string{"--gold", dir, "--json"}, flags...))
	cmd.SetOut(&out)
	cmd.SetErr(new(strings.Builder))
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	var r struct {
		Cue struct {
			Exact struct{ Precision, Recall float64 }
		}
	}
	if err := json.Unmarshal([]byte(out.String()), &r); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	return r.Cue.Exact.Precision, r.Cue.Exact.Recall
}

// --against places the other set among samples twice: by the shipped
// models against out-of-fold articles, and by the --baseline stage
// against the training articles as that stage reads them. Each set score
// is what that stage scores on the set (the shipped stage finds the
// fixture's "Mayor Lee said …" cues, the baseline, on this parse, none).
func TestCompareAgainstPlacesTheBaselineToo(t *testing.T) {
	gold, other := writeCVFolder(t, 6, nil), writeCVFolder(t, 2, nil)
	cv := attributionCV{}
	for i := range 6 {
		cv.articles = append(cv.articles, eval.ArticleCounts{Name: fmt.Sprint(i),
			Exact: [3]eval.SpanCount{{TP: 1, Predicted: 1, Gold: 1}, {TP: 1, Predicted: 1, Gold: 1}, {TP: 0, Predicted: 1, Gold: 1}}})
	}
	if err := compareAgainst(context.Background(), &cv, gold, other); err != nil {
		t.Fatal(err)
	}
	if len(cv.Against) != 4 || len(cv.AgainstBaseline) != 4 {
		t.Fatalf("%d and %d comparisons, want 4 each", len(cv.Against), len(cv.AgainstBaseline))
	}
	docs, err := eval.LoadPolNeAR(other)
	if err != nil {
		t.Fatal(err)
	}
	for i, untuned := range []bool{false, true} {
		p, err := attributionPipeline(untuned)
		if err != nil {
			t.Fatal(err)
		}
		s, err := eval.ScoreAttribution(context.Background(), p, docs)
		if err != nil {
			t.Fatal(err)
		}
		got := [][]eval.SampleComparison{cv.Against, cv.AgainstBaseline}[i][0]
		if got.Measure != "cue" || got.Set != s.Cue.Exact.F1 {
			t.Errorf("baseline %v: cue comparison %+v, want the set at %v", untuned, got, s.Cue.Exact.F1)
		}
	}
	if cv.Against[0].Set == cv.AgainstBaseline[0].Set {
		t.Errorf("the two comparisons place the same cue score %v: want the shipped stage's and the baseline's", cv.Against[0].Set)
	}
}
