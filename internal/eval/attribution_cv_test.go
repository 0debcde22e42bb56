package eval

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// saidStage attributes every sentence "X said Y." to X, with Y as its
// content: enough attributions, right and wrong, to score.
type saidStage struct{}

func (saidStage) Name() string { return "test.said" }
func (saidStage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences}
}
func (saidStage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerAttributions} }
func (saidStage) Process(_ context.Context, d *newsgraph.Doc) error {
	for _, s := range d.Sentences {
		for i := s.FirstToken + 1; i < s.EndToken-1; i++ {
			if d.TokenText(i) != "said" {
				continue
			}
			src := newsgraph.Span{Start: d.Tokens[s.FirstToken].Start, End: d.Tokens[i-1].End}
			d.Attributions = append(d.Attributions, newsgraph.Attribution{Kind: newsgraph.Indirect, Source: &src,
				Cue: d.Tokens[i].Span, Content: newsgraph.Span{Start: d.Tokens[i+1].Start, End: d.Tokens[s.EndToken-2].End}})
		}
	}
	return nil
}

// Cross-validation scores documents it analysed itself through a tally; a
// tally over those documents must give what ScoreAttribution gives, and
// tallies of parts of a corpus must pool to the whole corpus's score.
func TestAttributionTallyScoresAsScoreAttribution(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// a: found whole. b: the source is found too wide, and the second
	// annotator's file (b_2) must not be read as gold. c: the rule misses
	// the "told" attribution.
	write("text/a.txt", "Port closes\n\nMayor Lee said the road will close.\n")
	write("attributions/a_1.ann", "T1\tSource 13 22\tMayor Lee\nT2\tCue 23 27\tsaid\nT3\tContent 28 47\tthe road will close\n"+
		"T4\tAttribution 23 27\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n")
	write("text/b.txt", "Rain\n\nThe old mayor said rain was coming.\n")
	write("attributions/b_1.ann", "T1\tSource 14 19\tmayor\nT2\tCue 20 24\tsaid\nT3\tContent 25 40\train was coming\n"+
		"T4\tAttribution 20 24\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n")
	write("attributions/b_2.ann", "T1\tSource 6 19\tThe old mayor\nT2\tCue 20 24\tsaid\nT3\tContent 25 40\train was coming\n"+
		"T4\tAttribution 20 24\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n")
	write("text/c.txt", "Vote\n\nAides told reporters the vote was close. Kim said it was fair.\n")
	write("attributions/c_1.ann", "T1\tSource 6 11\tAides\nT2\tCue 12 16\ttold\nT3\tContent 27 45\tthe vote was close\n"+
		"T4\tAttribution 12 16\ttold\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"+
		"T5\tSource 47 50\tKim\nT6\tCue 51 55\tsaid\nT7\tContent 56 67\tit was fair\n"+
		"T8\tAttribution 51 55\tsaid\nE2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n")
	docs, err := LoadPolNeAR(dir)
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(segment.Stage{}, saidStage{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := ScoreAttribution(context.Background(), p, docs)
	if err != nil {
		t.Fatal(err)
	}
	if want.Cue.Exact.F1 == 0 || want.Source.Exact.F1 == 1 || want.Content.Exact.Recall == 1 {
		t.Fatalf("the test data should score some attributions right and some wrong: %+v", want)
	}
	whole := NewAttributionTally()
	parts := []*AttributionTally{NewAttributionTally(), NewAttributionTally()}
	var arts []ArticleCounts
	for i, gd := range docs {
		d := DocFromText(gd.Text)
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		arts = append(arts, CountArticle(d, gd))
		if err := whole.Add(d, gd); err != nil {
			t.Fatal(err)
		}
		if err := parts[i%2].Add(d, gd); err != nil {
			t.Fatal(err)
		}
	}
	if got := whole.Score(); !reflect.DeepEqual(got, want) {
		t.Errorf("tally %+v\nScoreAttribution %+v", got, want)
	}
	// CountArticle counts each article as the tally does.
	var sum ArticleCounts
	for _, a := range arts {
		for i := range sum.Exact {
			sum.Exact[i] = sum.Exact[i].plus(a.Exact[i])
		}
		sum.ContentOverlap = sum.ContentOverlap.plus(a.ContentOverlap)
	}
	for i, role := range Roles {
		if w := whole.counts.exact[role]; sum.Exact[i] != (SpanCount{w.tp, w.pred, w.gold}) {
			t.Errorf("%s: articles' counts sum to %+v, the tally's are %+v", role, sum.Exact[i], *w)
		}
	}
	if w := whole.counts.overlap["content"]; sum.ContentOverlap != (SpanCount{w.tp, w.pred, w.gold}) {
		t.Errorf("content overlap: articles' counts sum to %+v, the tally's are %+v", sum.ContentOverlap, *w)
	}
	// Pooling is adding counts: the parts' counts add up to the whole's.
	for _, role := range append(Roles, "all") {
		for _, c := range []func(*AttributionTally) *prfCounts{
			func(t *AttributionTally) *prfCounts { return t.counts.exact[role] },
			func(t *AttributionTally) *prfCounts { return t.counts.overlap[role] },
		} {
			a, b, w := c(parts[0]), c(parts[1]), c(whole)
			if a.tp+b.tp != w.tp || a.pred+b.pred != w.pred || a.gold+b.gold != w.gold {
				t.Errorf("%s: parts %+v + %+v, whole %+v", role, *a, *b, *w)
			}
		}
	}
	if err := whole.Add(DocFromText(strings.ToUpper(docs[0].Text)), docs[0]); err == nil {
		t.Error("a document of another text was counted against the gold")
	}
}

// A folder with no annotations is an error, not an empty corpus that
// trains or scores nothing.
func TestLoadPolNeARRefusesAFolderWithoutAnnotations(t *testing.T) {
	if _, err := LoadPolNeAR(t.TempDir()); err == nil {
		t.Error("no error for a folder without attributions/*.ann")
	}
}
