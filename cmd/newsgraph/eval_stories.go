package main

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/story"
	"github.com/newsgraph/newsgraph/internal/story/sample"
)

// storyRun is one clusterer's result on a sample.
type storyRun struct {
	Name   string       `json:"name"`
	Scores story.Scores `json:"scores"`
}

// storyReport is what `eval stories` prints.
type storyReport struct {
	Articles    int        `json:"articles"`
	Runs        []storyRun `json:"runs"`         // shipped first, then the baselines
	Thresholds  []storyRun `json:"thresholds"`   // the shipped weights at other thresholds
	AddMicros   float64    `json:"add_micros"`   // mean time of Add, shipped configuration
	AnalyseSecs float64    `json:"analyse_secs"` // the whole pipeline over the sample
}

func newEvalStories() *cobra.Command {
	var data string
	cmd := goldCommand(&cobra.Command{
		Use:   "stories --gold DIR",
		Short: "Score story clustering on a hand-grouped sample of PolNeAR articles",
		Long: "stories reads a sample (DIR/gold.tsv: article and story; DIR/stories.tsv: each\n" +
			"story described), analyses its articles with the whole shipped pipeline, the\n" +
			"publication date from PolNeAR's metadata.tsv, feeds them to the clusterer in\n" +
			"publication order and scores the stories it makes against the sample's: purity,\n" +
			"inverse purity and their harmonic mean F, and B³. Two baselines are scored\n" +
			"alongside: TF-IDF of the words alone, and one story per article.",
	}, "sample directory (gold.tsv, stories.tsv), e.g. internal/story/testdata/dev", func(cmd *cobra.Command, gold string) (any, func(io.Writer), error) {
		g, err := story.ReadGold(gold)
		if err != nil {
			return nil, nil, err
		}
		p, err := newPipeline()
		if err != nil {
			return nil, nil, err
		}
		start := time.Now()
		arts, err := sample.Load(cmd.Context(), data, g, p)
		if err != nil {
			return nil, nil, err
		}
		r := scoreStories(g, arts)
		r.AnalyseSecs = time.Since(start).Seconds()
		return r, func(w io.Writer) { printStories(w, r) }, nil
	})
	cmd.Flags().StringVar(&data, "data", dataPath("polnear"), "PolNeAR directory (metadata.tsv, train/text, dev/text)")
	return cmd
}

// scoreStories clusters the articles with the shipped configuration, the
// baselines and the shipped weights at a range of thresholds.
func scoreStories(g story.Gold, arts []sample.Article) storyReport {
	gold := g.Labels()
	r := storyReport{Articles: len(arts)}
	shipped, elapsed := clusterSample(story.DefaultConfig(), arts)
	r.AddMicros = float64(elapsed.Microseconds()) / float64(max(1, len(arts)))
	textOnly, _ := clusterSample(story.TextOnlyConfig(), arts)
	alone := map[string]string{}
	for _, a := range arts {
		alone[a.Name] = a.Name
	}
	r.Runs = []storyRun{
		{"shipped", story.Score(gold, shipped)},
		{"baseline: words' TF-IDF alone", story.Score(gold, textOnly)},
		{"baseline: one story per article", story.Score(gold, alone)},
	}
	for _, t := range []float64{0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5} {
		cfg := story.DefaultConfig()
		cfg.Threshold = t
		pred, _ := clusterSample(cfg, arts)
		r.Thresholds = append(r.Thresholds, storyRun{strconv.FormatFloat(t, 'f', 2, 64), story.Score(gold, pred)})
	}
	return r
}

// clusterSample feeds the articles in order to a new clusterer and
// returns each article's story and the time spent in Add.
func clusterSample(cfg story.Config, arts []sample.Article) (map[string]string, time.Duration) {
	c := story.New(cfg)
	out := make(map[string]string, len(arts))
	var spent time.Duration
	for i, a := range arts {
		start := time.Now()
		sid := c.Add(int64(i+1), a.Features)
		spent += time.Since(start)
		out[a.Name] = strconv.FormatInt(sid, 10)
	}
	return out, spent
}

func printStories(w io.Writer, r storyReport) {
	fmt.Fprintf(w, "%d articles, analysed in %.1f s; Add %.0f µs per article\n\n", r.Articles, r.AnalyseSecs, r.AddMicros)
	header := func(first string) {
		fmt.Fprintf(w, "%-34s %7s %7s %7s %7s %7s %7s %7s\n", first, "stories", "purity", "inverse", "F", "B3 P", "B3 R", "B3 F")
	}
	row := func(r storyRun) {
		s := r.Scores
		fmt.Fprintf(w, "%-34s %7d %7.3f %7.3f %7.3f %7.3f %7.3f %7.3f\n", r.Name, s.Stories, s.Purity, s.InversePurity, s.F, s.B3Precision, s.B3Recall, s.B3F)
	}
	header("clusterer")
	for _, run := range r.Runs {
		row(run)
	}
	if len(r.Runs) > 0 {
		fmt.Fprintf(w, "%-34s %7d\n", "gold", r.Runs[0].Scores.GoldStories)
	}
	fmt.Fprintln(w)
	header("shipped weights, threshold")
	for _, run := range r.Thresholds {
		row(run)
	}
}
