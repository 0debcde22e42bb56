package main

import (
	"encoding/json"
	"io"
	"time"
)

func secs(n int) time.Duration { return time.Duration(n) * time.Second }

// printJSON writes v as indented JSON.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
