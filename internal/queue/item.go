package queue

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/source"
)

// Item is one article to queue: exactly one of URL (fetched by the worker),
// Path (read by the worker: workers on other machines must see the same
// file system) or Text/HTML (carried in the job itself, as a JSON Lines
// record or standard input gives it).
type Item struct {
	URL, Path, Text, Title, Published string
	Source                            string // the feed or file it came from, for messages and the stored article
	HTML                              string // an inline page, instead of Text
	ID                                string // the article's own identifier, from a JSON Lines record
}

// articleArgs is the job: what the worker needs to find and read one
// article. Key, alone, makes jobs unique.
type articleArgs struct {
	Key       string `json:"key" river:"unique"`
	URL       string `json:"url,omitempty"`
	Path      string `json:"path,omitempty"`
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	ID        string `json:"id,omitempty"`
}

// Kind names the job in River's table; a change of the arguments' meaning
// gets a new kind, so old jobs are not misread.
func (articleArgs) Kind() string { return "newsgraph_article_v1" }

// maxLine bounds a title or an id carried in a job: each is a line.
const maxLine = 4096

// args checks an item and turns it into a job's arguments.
func (it Item) args() (articleArgs, error) {
	a := articleArgs{URL: strings.TrimSpace(it.URL), Path: it.Path, Text: it.Text, HTML: it.HTML,
		Title: it.Title, Published: strings.TrimSpace(it.Published), Source: it.Source, ID: it.ID}
	if err := a.check(); err != nil {
		return a, err
	}
	switch {
	case a.Path != "":
		key, abs, err := pathKey(a.Path)
		if err != nil {
			return a, err
		}
		a.Key, a.Path = key, abs
	case a.URL != "" && a.Text == "" && a.HTML == "":
		a.Key = "url:" + a.URL
	default:
		sum := sha256.Sum256([]byte(a.Text + "\x00" + a.HTML))
		a.Key = "text:" + hex.EncodeToString(sum[:])
	}
	return a, nil
}

// check refuses arguments a worker could not read: they come from callers
// and, in a worker, from the database.
func (a articleArgs) check() error {
	given := 0
	for _, s := range []string{a.Path, a.Text + a.HTML} {
		if s != "" {
			given++
		}
	}
	if a.Text != "" && a.HTML != "" {
		return errors.New("queue: an item has text or html, not both")
	}
	if given == 0 && a.URL == "" {
		return errors.New("queue: an item needs a url, a path, or text")
	}
	if given > 1 {
		return errors.New("queue: an item has one of path or text")
	}
	if a.URL != "" && !fetch.IsURL(a.URL) {
		return fmt.Errorf("queue: %.200q is not an http(s) URL", a.URL)
	}
	if len(a.Text)+len(a.HTML) > extract.MaxInputBytes {
		return extract.ErrTooLarge
	}
	if len(a.Title) > maxLine || len(a.ID) > maxLine {
		return fmt.Errorf("queue: title or id longer than %d bytes", maxLine)
	}
	if a.Published != "" {
		if _, err := source.ParseDate(a.Published); err != nil {
			return fmt.Errorf("published: %w", err)
		}
	}
	return nil
}

// pathKey is a file's key: its absolute path with its size and time of
// change, so an edited file can be queued again while the old job is kept.
func pathKey(path string) (key, abs string, err error) {
	abs, err = filepath.Abs(path)
	if err != nil {
		return "", "", err
	}
	info, err := os.Stat(abs)
	if err != nil {
		return "", "", err
	}
	if !info.Mode().IsRegular() {
		return "", "", fmt.Errorf("queue: %s is not a file (directories are expanded before queueing)", path)
	}
	if strings.HasSuffix(strings.TrimSuffix(strings.ToLower(abs), ".gz"), ".jsonl") {
		return "", "", fmt.Errorf("queue: %s holds JSON Lines: queue its records, not the file", path)
	}
	return fmt.Sprintf("file:%s:%d:%d", abs, info.Size(), info.ModTime().UnixNano()), abs, nil
}
