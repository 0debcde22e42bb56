package bound

import (
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// The ranker counts the cues with subjects of their own inside a span,
// but the attribution's own and any inside a quotation: "as he urges"
// in a content is a second report, a “they told us” quoted is not.
func TestInnerCuesCountsReportsOfTheirOwn(t *testing.T) {
	text := "Berg praised the plan as Lind urged calm and “they told us” nothing."
	d := handbuilt.Parsed(t, text, "Berg/NNP/Berg/1/nsubj praised/VBD/praise/-1/root the/DT/the/3/det plan/NN/plan/1/obj as/IN/as/6/mark "+
		"Lind/NNP/Lind/6/nsubj urged/VBD/urge/1/advcl calm/NN/calm/6/obj and/CC/and/13/cc “/``/“/11/punct they/PRP/they/11/nsubj "+
		"told/VBD/tell/6/conj us/PRP/we/11/obj ”/''/”/11/punct nothing/NN/nothing/11/obj ./././1/punct")
	src := handbuilt.Span(t, d, "Berg", 0)
	atts := []newsgraph.Attribution{{Cue: handbuilt.Span(t, d, "praised", 0), Source: &src,
		Content: handbuilt.Span(t, d, "the plan as Lind urged calm", 0)}}
	rf := newRefiner(build.New(d, build.Config{}), atts)
	for _, c := range []struct {
		a, b int
		want int
	}{
		{2, 4, 0},  // the plan
		{2, 8, 1},  // the plan as Lind urged calm
		{0, 8, 1},  // the attribution's own cue is not counted
		{9, 15, 0}, // and “they told us” nothing: quoted
	} {
		if got := rf.innerCues(view.Range{A: c.a, B: c.b}, rf.head[0]); got != c.want {
			t.Errorf("tokens %d–%d: %d inner cues, want %d", c.a, c.b, got, c.want)
		}
	}
}
