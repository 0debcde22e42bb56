package bound

import (
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// current keeps what it found until set changes the span, and then finds
// it again: for the span set, and for another attribution's source that
// is the same Source (the halves of a quotation split by its cue share
// one).
func TestCurrentFollowsSet(t *testing.T) {
	text := "Port chief Ola Berg said the cranes would stop and said the ships would wait."
	d := handbuilt.Parsed(t, text, "Port/NN/port/1/compound chief/NN/chief/3/compound Ola/NNP/Ola/3/compound Berg/NNP/Berg/4/nsubj "+
		"said/VBD/say/-1/root the/DT/the/6/det cranes/NNS/crane/8/nsubj would/MD/would/8/aux stop/VB/stop/4/ccomp "+
		"and/CC/and/10/cc said/VBD/say/4/conj the/DT/the/12/det ships/NNS/ship/14/nsubj would/MD/would/14/aux wait/VB/wait/10/ccomp ./././4/punct")
	src := handbuilt.Span(t, d, "Port chief Ola Berg", 0)
	atts := []newsgraph.Attribution{
		{Cue: handbuilt.Span(t, d, "said", 0), Source: &src, Content: handbuilt.Span(t, d, "the cranes would stop", 0)},
		{Cue: handbuilt.Span(t, d, "said", 1), Source: &src, Content: handbuilt.Span(t, d, "the ships would wait", 0)},
	}
	rf := newRefiner(build.New(d, build.Config{}), atts)
	if got, ok := rf.current(1, roleSource); !ok || got != (view.Range{A: 0, B: 4}) {
		t.Fatalf("second source %v %v, want tokens 0–4", got, ok)
	}
	rf.set(0, roleSource, view.Range{A: 2, B: 4})
	if got, _ := rf.current(0, roleSource); got != (view.Range{A: 2, B: 4}) {
		t.Errorf("first source after set %v, want tokens 2–4", got)
	}
	if got, _ := rf.current(1, roleSource); got != (view.Range{A: 2, B: 4}) {
		t.Errorf("second source, the same Source, after set %v, want tokens 2–4", got)
	}
	rf.set(1, roleContent, view.Range{A: 11, B: 14})
	if got, _ := rf.current(1, roleContent); got != (view.Range{A: 11, B: 14}) {
		t.Errorf("second content after set %v, want tokens 11–14", got)
	}
}
