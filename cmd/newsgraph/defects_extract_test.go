package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// Issue 17, through JSON Lines: a record's "html" with a heading before a
// paragraph gave the text "Strike endsThe union said…"; a text record
// whose headline runs over two lines ending in ";" had no title.
func TestAnalyzeJSONLinesKeepsBlocksAndTitles(t *testing.T) {
	page := "<h1>Strike ends</h1><p>The dockers' union said on Monday that the strike at the Brask port was over.</p>" +
		"<p>Crews will return on Tuesday, a union spokesman said.</p>"
	text := "Strike ends at Brask port;\ncrews back on Tuesday;\n\nThe union said on Monday that the strike was over."
	var in strings.Builder
	for _, rec := range []map[string]string{{"id": "html", "html": page}, {"id": "text", "text": text}} {
		line, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		in.Write(append(line, '\n'))
	}
	out, stderr, err := run(t, in.String(), "analyze", "-")
	if err != nil {
		t.Fatalf("err %v, stderr %q", err, stderr)
	}
	docs := decodeLines(t, out)
	if len(docs) != 2 {
		t.Fatalf("%d documents", len(docs))
	}
	if d := docs[0]; d.Title != "Strike ends" || strings.Contains(d.Text, "endsThe") || strings.Contains(d.Text, "over.Crews") {
		t.Errorf("html record: title %q, text %q", d.Title, d.Text)
	}
	if d := docs[1]; d.Title != "Strike ends at Brask port; crews back on Tuesday" {
		t.Errorf("text record: title %q, text %q", d.Title, d.Text)
	}
}
