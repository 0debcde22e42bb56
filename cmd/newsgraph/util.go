package main

import (
	"encoding/json"
	"io"
	"time"

	"github.com/newsgraph/newsgraph/internal/source"
)

func secs(n int) time.Duration { return time.Duration(n) * time.Second }

// printJSON writes v as indented JSON.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// dateFlag is a --published date: RFC 3339 or YYYY-MM-DD, refused when the
// flag is parsed, before any article is read.
type dateFlag struct{ t time.Time }

func (f *dateFlag) String() string {
	if f.t.IsZero() {
		return ""
	}
	return f.t.Format(time.DateOnly)
}

func (f *dateFlag) Set(s string) error {
	t, err := source.ParseDate(s)
	if err != nil {
		return err
	}
	f.t = t
	return nil
}

func (f *dateFlag) Type() string { return "date" }

// publishedUsage is the help of --published on analyze and ingest.
const publishedUsage = "publication date (YYYY-MM-DD) of articles that give none of their own; relative dates (\"on Wednesday\") are resolved against it"
