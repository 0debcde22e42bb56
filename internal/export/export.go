// Package export writes lists of stored facts (quotes, articles, actors,
// events) as CSV or JSON Lines, one item at a time, so that a list of any
// length streams from the store to a file or an HTTP response without
// being held. The CLI's `newsgraph export` and the server's downloads
// both write through it, so a spreadsheet gets the same columns either
// way.
package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Format is a file format of an export.
type Format string

// The formats every list can be written in.
const (
	CSV   Format = "csv"   // a header row, then one row per item
	JSONL Format = "jsonl" // one JSON object per line, as the API gives items
)

// ParseFormat reads a format's name, refusing any other.
func ParseFormat(name string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(name))); f {
	case CSV, JSONL:
		return f, nil
	}
	return "", fmt.Errorf("the format must be csv or jsonl, not %q", clip(name))
}

// ContentType is the media type of the format, for an HTTP response.
func (f Format) ContentType() string {
	if f == CSV {
		return "text/csv; charset=utf-8"
	}
	return "application/x-ndjson"
}

// FileName is the name a download of a list gets: newsgraph-quotes.csv.
func (f Format) FileName(list string) string { return "newsgraph-" + list + "." + string(f) }

// Table is how one kind of item is written as CSV: its list's name, its
// columns, and the cells of one item in that order.
type Table[T any] struct {
	Name    string
	Columns []string
	Row     func(T) []string
}

// Writer writes items of one kind in one format.
type Writer[T any] struct {
	table Table[T]
	csv   *csv.Writer
	json  *json.Encoder
	n     int
}

// NewWriter starts writing items to w; a CSV gets its header at once, so
// that an empty list is still a file a spreadsheet opens with its columns.
func NewWriter[T any](w io.Writer, f Format, t Table[T]) (*Writer[T], error) {
	out := &Writer[T]{table: t}
	switch f {
	case CSV:
		out.csv = csv.NewWriter(w)
		if err := out.csv.Write(t.Columns); err != nil {
			return nil, err
		}
	case JSONL:
		// encoding/json escapes <, > and & as well as quotes, control
		// characters and U+2028/U+2029, so a line is one safe JSON value
		// whatever an article held.
		out.json = json.NewEncoder(w)
	default:
		return nil, fmt.Errorf("the format must be csv or jsonl, not %q", clip(string(f)))
	}
	return out, nil
}

// Write writes one item.
func (w *Writer[T]) Write(v T) error {
	w.n++
	if w.json != nil {
		return w.json.Encode(v)
	}
	cells := w.table.Row(v)
	for i, c := range cells {
		cells[i] = Cell(c)
	}
	return w.csv.Write(cells)
}

// Written is how many items were written.
func (w *Writer[T]) Written() int { return w.n }

// Flush writes what is buffered and reports any earlier write's error.
func (w *Writer[T]) Flush() error {
	if w.csv == nil {
		return nil
	}
	w.csv.Flush()
	return w.csv.Error()
}

// Cell makes a CSV cell inert in a spreadsheet. A cell that begins with
// =, +, - or @ (or a tab or carriage return) is read by Excel, LibreOffice
// and Google Sheets as a formula, and a formula can run commands or send
// the sheet's data away (CSV injection); article text and names come from
// outside, so OWASP's advice is followed: such a cell gets a leading
// single quote, which the spreadsheet shows as text. A cell that is a
// plain number ("-3.5") is left alone: it is not a formula, and a quote
// would make it text.
func Cell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return s
	}
	if plainNumber(s) {
		return s
	}
	return "'" + s
}

// plainNumber reports whether s is a signed decimal number: a sign,
// digits and at most one point, nothing else.
func plainNumber(s string) bool {
	digits, points := 0, 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.':
			points++
		case i == 0 && (r == '-' || r == '+'):
		default:
			return false
		}
	}
	return digits > 0 && points <= 1
}

// clip shortens what a user typed for an error message.
func clip(s string) string {
	if r := []rune(s); len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return s
}
