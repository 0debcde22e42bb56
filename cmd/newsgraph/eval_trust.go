package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// defaultTypeSample is the team's annotated sample of PolNeAR dev types,
// read when `eval attribution` runs from the repository.
const defaultTypeSample = "internal/attrib/kind/testdata/polnear-dev-types.tsv"

// attributionReport is what `eval attribution` reports: Citron's scores
// (at the top level of the JSON, as before), the types on the annotated
// sample when the folder holds its articles, and the reliability of the
// confidences.
type attributionReport struct {
	eval.AttributionScore
	Types       *eval.TypeScore       `json:"types,omitempty"`
	Reliability []eval.ReliabilityBin `json:"reliability"`
	ECE         float64               `json:"expected_calibration_error"`
	// PrecisionAbove is the share of attributions right among those with
	// at least the confidence of each key, and how many there are.
	PrecisionAbove map[string]thresholdPrecision `json:"precision_above"`
	// Mistakes, with --mistakes: each gold attribution got wrong and each
	// attribution gold lacks.
	Mistakes []attributionMistake `json:"mistakes,omitempty"`
}

type thresholdPrecision struct {
	Precision float64 `json:"precision"`
	Share     float64 `json:"share"` // of all attributions
}

// scoreAttributionReport scores docs with p and, when typesFile names a
// sample (it may not exist: then types are not scored), the types; with
// mistakes, it lists them too.
func scoreAttributionReport(ctx context.Context, p *pipeline.Pipeline, docs []eval.AttributionDoc, typesFile string, mistakes bool) (attributionReport, error) {
	var counts *eval.TypeCounts
	if typesFile != "" {
		labels, err := eval.ReadTypeLabels(typesFile)
		switch {
		case err == nil:
			counts = eval.NewTypeCounts(labels)
		case !os.IsNotExist(err) || typesFile != defaultTypeSample:
			return attributionReport{}, err
		}
	}
	var rel eval.Reliability
	var confs []float64
	var sound []bool
	var wrong []attributionMistake
	s, err := eval.ScoreAttributionWith(ctx, p, docs, func(gd eval.AttributionDoc, d *newsgraph.Doc) {
		rel.AddDoc(d, gd.Attributions)
		if mistakes {
			wrong = append(wrong, attributionMistakes(gd, d)...)
		}
		for i, ok := range eval.SoundAll(newsgraph.NewCodePoints(d.Text), d.Attributions, gd.Attributions) {
			confs = append(confs, d.Attributions[i].Confidence)
			sound = append(sound, ok)
		}
		if counts != nil {
			counts.Add(gd.Name, d)
		}
	})
	r := attributionReport{AttributionScore: s, Reliability: rel.Bins(), ECE: rel.ExpectedCalibrationError(),
		PrecisionAbove: map[string]thresholdPrecision{}, Mistakes: wrong}
	for _, th := range []float64{0, 0.5, 0.7, 0.9} {
		n, right := 0, 0
		for i, c := range confs {
			if c >= th {
				n++
				if sound[i] {
					right++
				}
			}
		}
		if n > 0 {
			r.PrecisionAbove[fmt.Sprintf("%.1f", th)] = thresholdPrecision{float64(right) / float64(n), float64(n) / float64(len(confs))}
		}
	}
	if counts != nil && counts.Score().Labelled > 0 {
		ts := counts.Score()
		r.Types = &ts
	}
	return r, err
}

func printAttributionReport(w io.Writer, r attributionReport) {
	printAttributionMistakes(w, r.Mistakes)
	printAttributionScore(w, r.AttributionScore)
	if t := r.Types; t != nil {
		fmt.Fprintf(w, "types on the annotated sample: %d labelled, %d found, %d matched; accuracy on matched %.3f\n",
			t.Labelled, t.Predicted, t.Matched, t.Accuracy)
		for _, typ := range newsgraph.AttributionTypes {
			p := t.ByType[string(typ)]
			fmt.Fprintf(w, "  %-10s P %.3f  R %.3f  F1 %.3f  (type right among matched %.3f)\n", typ, p.Precision, p.Recall, p.F1,
				t.MatchedPrecision[string(typ)])
		}
	}
	printReliability(w, r.Reliability, r.ECE)
	for _, th := range []string{"0.0", "0.5", "0.7", "0.9"} {
		if p, ok := r.PrecisionAbove[th]; ok {
			fmt.Fprintf(w, "  confidence ≥ %s: %.3f right, %.0f%% of attributions\n", th, p.Precision, 100*p.Share)
		}
	}
}

// printReliability writes a reliability table: confidence bins against the
// share of their attributions that were right.
func printReliability(w io.Writer, bins []eval.ReliabilityBin, ece float64) {
	fmt.Fprintf(w, "reliability (right = cue, source and most of the content match gold):\n  %-9s %6s %10s %9s\n",
		"bin", "count", "mean conf", "observed")
	for _, b := range bins {
		fmt.Fprintf(w, "  %.1f–%.1f %6d %10.3f %9.3f\n", b.Low, b.High, b.Count, b.MeanConfidence, b.Observed)
	}
	fmt.Fprintf(w, "  expected calibration error %.3f\n", ece)
}
