package corpus

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// BratSpan is a text-bound annotation: a type and one or more fragments of
// [start, end) code-point offsets.
type BratSpan struct {
	ID        string
	Type      string
	Fragments [][2]int
	Text      string
}

// Covering returns the offsets from the earliest fragment start to the
// latest fragment end (fragments are not always written in order).
func (s BratSpan) Covering() (int, int) {
	a, b := s.Fragments[0][0], s.Fragments[0][1]
	for _, f := range s.Fragments[1:] {
		a, b = min(a, f[0]), max(b, f[1])
	}
	return a, b
}

// BratRelation is an event line: a trigger and role -> span id arguments.
type BratRelation struct {
	ID      string
	Trigger string            // span id of the anchor
	Roles   map[string]string // role -> span id
}

// BratDoc is one .ann file.
type BratDoc struct {
	Spans     map[string]BratSpan
	Relations []BratRelation
}

// records start with an id and a tab; a span's text may run over lines.
var bratRecord = regexp.MustCompile(`(?m)^([TE#]\d+|#\d*)\t`)

// ReadBrat reads a BRAT standoff file.
func ReadBrat(path string) (*BratDoc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseBrat(string(raw))
}

// ParseBrat reads BRAT standoff annotations.
func ParseBrat(raw string) (*BratDoc, error) {
	d := &BratDoc{Spans: map[string]BratSpan{}}
	locs := bratRecord.FindAllStringIndex(raw, -1)
	for k, loc := range locs {
		end := len(raw)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		rec := strings.TrimRight(raw[loc[0]:end], "\n")
		id, body, _ := strings.Cut(rec, "\t")
		var err error
		switch id[0] {
		case 'T':
			err = d.span(id, body)
		case 'E':
			d.relation(id, body)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
	}
	return d, nil
}

func (d *BratDoc) span(id, body string) error {
	head, text, _ := strings.Cut(body, "\t")
	typ, ranges, ok := strings.Cut(head, " ")
	if !ok {
		return fmt.Errorf("no offsets in %q", head)
	}
	s := BratSpan{ID: id, Type: typ, Text: text}
	for _, r := range strings.Split(ranges, ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(r), " ")
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil || end < start {
			return fmt.Errorf("bad range %q", r)
		}
		s.Fragments = append(s.Fragments, [2]int{start, end})
	}
	d.Spans[id] = s
	return nil
}

func (d *BratDoc) relation(id, body string) {
	r := BratRelation{ID: id, Roles: map[string]string{}}
	for i, arg := range strings.Fields(body) {
		role, ref, _ := strings.Cut(arg, ":")
		if i == 0 {
			r.Trigger = ref
			continue
		}
		r.Roles[role] = ref
	}
	d.Relations = append(d.Relations, r)
}
