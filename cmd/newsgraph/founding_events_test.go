package main

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/extract"
)

// TestFoundingExampleTimes checks what issue #15 asks of time on the
// founding example: both "Wednesday"s are the day before publication.
func TestFoundingExampleTimes(t *testing.T) {
	d := foundingExample(t)
	var wednesdays []newsgraph.Timex
	for _, x := range d.Times {
		if d.Slice(x.Span) == "Wednesday" {
			wednesdays = append(wednesdays, x)
		}
	}
	if len(wednesdays) != 2 {
		t.Fatalf("%d time expressions read Wednesday, want 2: %+v", len(wednesdays), d.Times)
	}
	for _, x := range wednesdays {
		if x.Type != newsgraph.TimexDate || x.Value != "2023-09-13" || x.Unresolved {
			t.Errorf("Wednesday: %s %s (unresolved %v), want DATE 2023-09-13", x.Type, x.Value, x.Unresolved)
		}
	}
}

// A sentence of 500 tokens — one verb and a list of 250 countries — goes
// through the whole pipeline, time expressions and events included,
// without error, and gives a bounded number of events, each a span of
// the text.
func TestLongSentenceEvents(t *testing.T) {
	p, err := newPipeline()
	if err != nil {
		t.Fatal(err)
	}
	text := "On Monday Russia met " + strings.Repeat("China, ", 250) + "and Iran in Moscow.\n"
	meta, blocks := extract.Text(text)
	d := newsgraph.NewDoc(meta, blocks)
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Tokens) < 500 {
		t.Fatalf("%d tokens, want a sentence of over 500", len(d.Tokens))
	}
	if len(d.Events) > len(d.Tokens) {
		t.Errorf("%d events from %d tokens", len(d.Events), len(d.Tokens))
	}
	if !d.Validate() {
		t.Errorf("the events do not fit the text: %v", d.Diagnostics)
	}
}
