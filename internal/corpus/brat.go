package corpus

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
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

// Records start with an id and a tab; a span's text may run over lines.
// Every kind of BRAT record is recognised (text-bound, relation, event,
// attribute, modification, normalization, note, equivalence) so that a
// line of a kind the reader ignores is not glued onto a span's text.
var bratRecord = regexp.MustCompile(`(?m)^([TREAMN]\d+|#\d*|\*)\t`)

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
			err = d.relation(id, body)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
	}
	// Events are read after all spans, so an event may name a span written
	// below it; one naming no span at all is a broken file.
	for _, r := range d.Relations {
		if _, ok := d.Spans[r.Trigger]; !ok {
			return nil, fmt.Errorf("%s: trigger %q is not a text-bound annotation", r.ID, r.Trigger)
		}
		for role, ref := range r.Roles {
			if _, ok := d.Spans[ref]; !ok {
				return nil, fmt.Errorf("%s: %s argument %q is not a text-bound annotation", r.ID, role, ref)
			}
		}
	}
	return d, nil
}

func (d *BratDoc) span(id, body string) error {
	head, text, _ := strings.Cut(body, "\t")
	typ, ranges, ok := strings.Cut(head, " ")
	if !ok || typ == "" {
		return fmt.Errorf("want a type and offsets, got %q", head)
	}
	if _, dup := d.Spans[id]; dup {
		return fmt.Errorf("annotation written twice")
	}
	s := BratSpan{ID: id, Type: typ, Text: text}
	for _, r := range strings.Split(ranges, ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(r), " ")
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(b)
		// Offsets index the text, so a negative one is as broken as a
		// reversed pair.
		if !ok || err1 != nil || err2 != nil || start < 0 || end < start {
			return fmt.Errorf("bad range %q", r)
		}
		s.Fragments = append(s.Fragments, [2]int{start, end})
	}
	// BRAT writes the covered text, fragments joined by one space, so its
	// length checks the offsets; a mismatch means they point elsewhere.
	want := len(s.Fragments) - 1
	for _, f := range s.Fragments {
		want += f[1] - f[0]
	}
	if got := utf8.RuneCountInString(text); got != want {
		return fmt.Errorf("text of %d characters for offsets covering %d", got, want)
	}
	d.Spans[id] = s
	return nil
}

func (d *BratDoc) relation(id, body string) error {
	r := BratRelation{ID: id, Roles: map[string]string{}}
	args := strings.Fields(body)
	if len(args) == 0 {
		return fmt.Errorf("event without a trigger")
	}
	for i, arg := range args {
		role, ref, ok := strings.Cut(arg, ":")
		if !ok || role == "" || ref == "" {
			return fmt.Errorf("argument %q is not Role:ID", arg)
		}
		if i == 0 {
			r.Trigger = ref
			continue
		}
		if _, dup := r.Roles[role]; dup {
			return fmt.Errorf("role %s given twice", role)
		}
		r.Roles[role] = ref
	}
	d.Relations = append(d.Relations, r)
	return nil
}
