package main

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/analyze"
)

// FuzzPipeline runs the whole of analyze, with the shipped models, from raw
// bytes to JSON and back: whatever the input, analysis ends in a Doc or an
// error, never a panic; every span the stages draw is valid (Validate has
// nothing to drop); and the JSON reads back to the same annotations.
func FuzzPipeline(f *testing.F) {
	f.Add([]byte("Port strike\n\nMayor Lind said on Friday that the harbour would reopen. “We will not close,” she told reporters."))
	f.Add([]byte("<html><head><title>Talks</title></head><body><p>“Soon,” the union said, “very soon.”</p></body></html>"))
	f.Add([]byte("He laughed and said, “We will see.” \"\"\"\" ‘’ «» — Lind"))
	f.Add([]byte("Headline\n\nAccording to the ministry, which declined, the talks, Lind says, failed; in a poll released Monday, voters"))
	p, err := newPipeline()
	if err != nil {
		f.Fatal(err)
	}
	a := &analyze.Analyzer{Pipeline: p}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := a.Analyze(context.Background(), analyze.Item{Raw: raw, Source: "fuzz"})
		var perr *analyze.PanicError
		if asPanic(err, &perr) {
			t.Fatalf("a stage panicked: %v", err)
		}
		if err != nil {
			return
		}
		for _, g := range d.Diagnostics {
			if g.Code == "invalid-span" {
				t.Fatalf("a stage drew an invalid span: %s", g.Message)
			}
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		var back newsgraph.Doc
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("unmarshal: %v", err)
		}
		if back.Text != d.Text || len(back.Tokens) != len(d.Tokens) || len(back.Sentences) != len(d.Sentences) ||
			len(back.Entities) != len(d.Entities) || len(back.Attributions) != len(d.Attributions) || len(back.Diagnostics) != len(d.Diagnostics) {
			t.Fatalf("the JSON did not read back whole")
		}
		for i, at := range d.Attributions {
			if back.Attributions[i].Content != at.Content || back.Attributions[i].Cue != at.Cue {
				t.Fatalf("attribution %d came back as %+v, was %+v", i, back.Attributions[i], at)
			}
		}
	})
}

func asPanic(err error, target **analyze.PanicError) bool {
	p, ok := err.(*analyze.PanicError)
	if ok {
		*target = p
	}
	return ok
}
