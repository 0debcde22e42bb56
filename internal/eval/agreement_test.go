package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/segment"
)

// One annotator's marks, scored as predictions against the same marks,
// agree wholly; a second annotator who drew the source wider agrees on the
// cue and the content only. The text opens with letters of two bytes, so
// code point offsets and byte offsets differ.
func TestAnnotationScoredAgainstAnother(t *testing.T) {
	dir := t.TempDir()
	text := "Ærø ferry\n\nThe old mayor said rain was coming.\n"
	ann := func(source string) string {
		return source + "\nT2\tCue 25 29\tsaid\nT3\tContent 30 45\train was coming\n" +
			"T4\tAttribution 25 29\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
	}
	files := map[string]string{"a_1.ann": ann("T1\tSource 19 24\tmayor"), "a_2.ann": ann("T1\tSource 11 24\tThe old mayor")}
	for name, body := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	first, err := ReadAnnotation("a", text, filepath.Join(dir, "a_1.ann"))
	if err != nil {
		t.Fatal(err)
	}
	second, err := ReadAnnotation("a", text, filepath.Join(dir, "a_2.ann"))
	if err != nil {
		t.Fatal(err)
	}
	d := DocFromText(text)
	segment.Segment(d)
	score := func(pred AttributionDoc) AttributionScore {
		tally := NewAttributionTally()
		if err := tally.Add(AsPrediction(d, pred), first); err != nil {
			t.Fatal(err)
		}
		return tally.Score()
	}
	if s := score(first); s.Cue.Exact.F1 != 1 || s.Source.Exact.F1 != 1 || s.Content.Exact.F1 != 1 {
		t.Errorf("an annotation against itself: cue %v source %v content %v, want 1 each", s.Cue.Exact.F1, s.Source.Exact.F1, s.Content.Exact.F1)
	}
	if s := score(second); s.Cue.Exact.F1 != 1 || s.Source.Exact.F1 != 0 || s.Content.Exact.F1 != 1 {
		t.Errorf("a wider source: cue %v source %v content %v, want 1, 0, 1", s.Cue.Exact.F1, s.Source.Exact.F1, s.Content.Exact.F1)
	}
	if got := d.Slice(AsPrediction(d, first).Attributions[0].Content); got != "rain was coming" {
		t.Errorf("content %q, want the gold's words", got)
	}
}
