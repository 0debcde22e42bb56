package main

import (
	"testing"

	"github.com/newsgraph/newsgraph"
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
