package queue

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river/rivertype"
)

func TestItemsRefusedBeforeQueueing(t *testing.T) {
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "feed.jsonl")
	os.WriteFile(jsonl, []byte("{}\n"), 0o644)
	for name, it := range map[string]Item{
		"nothing":       {Title: "a title alone"},
		"not http":      {URL: "ftp://example.org/a"},
		"text and html": {Text: "words", HTML: "<p>words</p>"},
		"path and text": {Path: jsonl, Text: "words"},
		"bad date":      {Text: "words", Published: "the 3rd of Smarch"},
		"long title":    {Text: "words", Title: strings.Repeat("t", maxLine+1)},
		"long id":       {Text: "words", ID: strings.Repeat("i", maxLine+1)},
		"directory":     {Path: dir},
		"missing file":  {Path: filepath.Join(dir, "absent.html")},
		"json lines":    {Path: jsonl},
	} {
		if _, err := it.args(); err == nil {
			t.Errorf("%s: queued", name)
		}
	}
}

func TestKeysByURLPathAndText(t *testing.T) {
	page := filepath.Join(t.TempDir(), "page.html")
	os.WriteFile(page, []byte("<p>first version</p>"), 0o644)
	key := func(it Item) string {
		a, err := it.args()
		if err != nil {
			t.Fatal(err)
		}
		return a.Key
	}
	if key(Item{URL: "https://example.org/a"}) == key(Item{URL: "https://example.org/b"}) {
		t.Error("two URLs share a key")
	}
	if key(Item{Text: "same words", Title: "one"}) != key(Item{Text: "same words", Title: "two", Source: "x"}) {
		t.Error("the same text under two titles got two keys: the article hash would be one")
	}
	if key(Item{Text: "<p>x</p>"}) == key(Item{HTML: "<p>x</p>"}) {
		t.Error("text and html of the same bytes share a key")
	}
	before := key(Item{Path: page})
	if !strings.HasPrefix(before, "file:/") {
		t.Errorf("path key %q is not absolute", before)
	}
	os.WriteFile(page, []byte("<p>second, longer version</p>"), 0o644)
	if key(Item{Path: page}) == before {
		t.Error("an edited file keeps its key: it could not be queued again")
	}
}

func TestBackoffDoublesUpToItsCap(t *testing.T) {
	b := backoff{first: time.Second, most: 10 * time.Second}
	want := time.Second
	for attempt := 1; attempt <= 8; attempt++ {
		wait := time.Until(b.NextRetry(&rivertype.JobRow{Attempt: attempt}))
		// Up to a tenth more, for jitter; a little less, for the clock.
		if wait < want-50*time.Millisecond || wait > want+want/10 {
			t.Errorf("attempt %d waits %s, want %s plus up to a tenth", attempt, wait, want)
		}
		want = min(2*want, 10*time.Second)
	}
}

// FuzzJobArgs reads job arguments as a worker reads them from the
// database: whatever they hold, checking and building an item must end in
// an item or an error, never a panic.
func FuzzJobArgs(f *testing.F) {
	f.Add([]byte(`{"key":"text:1","text":"The board met.","published":"2024-02-29"}`))
	f.Add([]byte(`{"key":"url:x","url":"https://example.org/a","title":"T"}`))
	f.Add([]byte(`{"html":"<p>x</p>","text":"y"}`))
	f.Add([]byte(`{"published":"2024-13-45T99:00:00Z","text":"z"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var a articleArgs
		if json.Unmarshal(b, &a) != nil {
			return
		}
		a.Path = "" // a worker reads files; the fuzzer must not name them
		if a.check() != nil {
			return
		}
		it := a.item(t.Context())
		if it.Err != nil || (len(it.Raw) == 0 && !it.Fetch) {
			t.Fatalf("checked args %+v gave item %+v", a, it)
		}
		if _, err := (Item{URL: a.URL, Text: a.Text, HTML: a.HTML, Title: a.Title, Published: a.Published, ID: a.ID}).args(); err != nil {
			t.Fatalf("args that pass check refused as an item: %v", err)
		}
	})
}
