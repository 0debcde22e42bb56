package bio

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// labelled is a run of tokens with one role.
type labelled struct {
	role       string
	first, end int // tokens
}

func runs(labels []int) []labelled {
	var out []labelled
	for i := 0; i < len(labels); {
		r := roleOf(labels[i])
		if r == "" {
			i++
			continue
		}
		j := i + 1
		for j < len(labels) && roleOf(labels[j]) == r && isInside(labels[j]) {
			j++
		}
		out = append(out, labelled{r, i, j})
		i = j
	}
	return out
}

func isInside(l int) bool { return l == lISrc || l == lICue || l == lICon }

// assemble groups labelled spans into attributions: each cue takes the
// nearest source in its sentence and the nearest content (same or next
// sentence, either side), preferring spans no other cue has taken.
func assemble(d *newsgraph.Doc, x *view.View, spans []labelled) []newsgraph.Attribution {
	var out []newsgraph.Attribution
	used := make([]bool, len(spans))
	for ci, c := range spans {
		if c.role != "cue" {
			continue
		}
		src := nearest(x, spans, used, ci, "source", 0)
		con := nearest(x, spans, used, ci, "content", 1)
		if con < 0 {
			continue
		}
		used[con] = true
		a := newsgraph.Attribution{Cue: x.Span(c.first, c.end), Content: x.Span(spans[con].first, spans[con].end)}
		if src >= 0 {
			used[src] = true
			s := x.Span(spans[src].first, spans[src].end)
			a.Source = &s
		}
		a.Kind = x.KindOf(spans[con].first, spans[con].end)
		out = append(out, a)
	}
	return out
}

// nearest finds the closest unused span of a role to spans[ci], no more
// than maxSentences sentences away.
func nearest(x *view.View, spans []labelled, used []bool, ci int, role string, maxSentences int) int {
	c := spans[ci]
	cs := x.Sentence[c.first]
	best, bestDist := -1, 1<<30
	for j, s := range spans {
		if s.role != role || used[j] {
			continue
		}
		ss := x.Sentence[s.first]
		se := x.Sentence[s.end-1]
		if cs < ss-maxSentences || cs > se+maxSentences {
			continue
		}
		dist := s.first - c.end
		if s.end <= c.first {
			dist = c.first - s.end
		}
		if dist < 0 {
			dist = 0
		}
		if dist < bestDist {
			best, bestDist = j, dist
		}
	}
	return best
}
