package web

import (
	"sort"
	"strconv"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// segment is a run of article text with one set of marks. Templates escape
// Text; nothing here builds HTML.
type segment struct {
	Text    string
	Role    string // "source", "cue", "content" or ""
	Speaker string // who said the content, for its tooltip
	Entity  string // entity type, when inside a mention
	Href    string // the entity's page
	// Event is the part of an event the text plays ("ev-verb",
	// "ev-actor", "ev-recipient" or ""), and EventTitle its tooltip.
	Event, EventTitle string
}

type paragraph struct {
	Kind     string
	Segments []segment
}

// mark is an annotation over bytes [start, end) of the text.
type mark struct {
	start, end int
	role       string
	speaker    string
	entity     string
	href       string
	event      string
	eventTitle string
}

// highlight cuts the document's paragraphs at every annotation boundary and
// labels each piece with the attribution role, the part of an event and
// the entity covering it.
func highlight(d *newsgraph.Doc, mentions []newsgraph.EntityMention) []paragraph {
	marks := append(attributionMarks(d), eventMarks(d)...)
	toByte := byteOffsets(d.Text)
	for _, m := range mentions {
		if m.Start < 0 || m.End >= len(toByte) || m.Start >= m.End {
			continue
		}
		marks = append(marks, mark{start: toByte[m.Start], end: toByte[m.End], entity: m.Type,
			href: "/entities/" + strconv.FormatInt(m.EntityID, 10)})
	}
	var out []paragraph
	for _, p := range d.Paragraphs {
		out = append(out, paragraph{Kind: string(p.Kind), Segments: cut(d.Text, p.Span, marks)})
	}
	return out
}

func attributionMarks(d *newsgraph.Doc) []mark {
	var marks []mark
	for _, a := range d.Attributions {
		speaker := ""
		if a.Speaker != nil {
			speaker = a.Speaker.Name
		}
		marks = append(marks, mark{start: a.Content.Start, end: a.Content.End, role: "content", speaker: speaker},
			mark{start: a.Cue.Start, end: a.Cue.End, role: "cue", speaker: speaker})
		if a.Source != nil {
			marks = append(marks, mark{start: a.Source.Start, end: a.Source.End, role: "source", speaker: speaker})
		}
		if a.Addressee != nil && a.Addressee.Mention.End > a.Addressee.Mention.Start {
			// "told [President Putin]": whom the words were for.
			marks = append(marks, mark{start: a.Addressee.Mention.Start, end: a.Addressee.Mention.End, role: "addressee", speaker: "addressed by " + speaker})
		}
	}
	return marks
}

// rolePriority: a cue, source or addressee inside a content span shows
// as cue, source or addressee.
var rolePriority = map[string]int{"": 0, "content": 1, "addressee": 2, "source": 2, "cue": 3}

func cut(text string, para newsgraph.Span, marks []mark) []segment {
	points := []int{para.Start, para.End}
	for _, m := range marks {
		for _, p := range []int{m.start, m.end} {
			if p > para.Start && p < para.End {
				points = append(points, p)
			}
		}
	}
	sort.Ints(points)
	var segs []segment
	for i := 0; i+1 < len(points); i++ {
		a, b := points[i], points[i+1]
		if a == b {
			continue
		}
		seg := segment{Text: text[a:b]}
		for _, m := range marks {
			if m.start > a || m.end < b {
				continue
			}
			if m.event != "" {
				if eventRole[m.event] > eventRole[seg.Event] {
					seg.Event, seg.EventTitle = m.event, m.eventTitle
				}
			} else if m.entity != "" {
				seg.Entity, seg.Href = m.entity, m.href
			} else if rolePriority[m.role] > rolePriority[seg.Role] {
				seg.Role, seg.Speaker = m.role, m.speaker
			}
		}
		segs = append(segs, seg)
	}
	return segs
}

// byteOffsets maps code-point offsets to byte offsets.
func byteOffsets(text string) []int {
	out := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}
