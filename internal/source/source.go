// Package source expands what a user names on the command line (files,
// directories, URLs, "-" for standard input) into a stream of articles to
// analyze. Directories are walked recursively; JSON Lines files and streams
// hold one article per line.
package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/fetch"
)

// Extensions read from directories (also when gzipped, as .html.gz);
// other files there are skipped.
var Extensions = map[string]analyze.Format{
	".html": analyze.FormatHTML, ".htm": analyze.FormatHTML, ".txt": analyze.FormatText, ".jsonl": analyze.FormatAuto,
}

// Open sends the items of every argument on the returned channel, in order,
// and closes it when done or when ctx ends. A source that cannot be read
// becomes an item carrying the error, so the caller reports it in place.
func Open(ctx context.Context, args []string, stdin io.Reader) <-chan analyze.Item {
	out := make(chan analyze.Item)
	go func() {
		defer close(out)
		send := func(it analyze.Item) bool {
			select {
			case out <- it:
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, arg := range args {
			if !expand(arg, stdin, send) {
				return
			}
		}
	}()
	return out
}

func expand(arg string, stdin io.Reader, send func(analyze.Item) bool) bool {
	switch {
	case arg == "-":
		return readStream("stdin", stdin, send)
	case fetch.IsURL(arg):
		return send(analyze.Item{Source: arg, URL: arg, Fetch: true})
	}
	info, err := os.Stat(arg)
	if err != nil {
		return send(analyze.Item{Source: arg, Err: err})
	}
	if info.IsDir() {
		return walk(arg, send)
	}
	return readFile(arg, info, send)
}

func walk(dir string, send func(analyze.Item) bool) bool {
	ok := true
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			ok = send(analyze.Item{Source: path, Err: err})
		} else if strings.HasPrefix(e.Name(), ".") && path != dir {
			if e.IsDir() {
				return filepath.SkipDir
			}
		} else if _, known := Extensions[ext(path)]; known && !e.IsDir() {
			info, ierr := e.Info()
			if ierr != nil {
				ok = send(analyze.Item{Source: path, Err: ierr})
			} else {
				ok = readFile(path, info, send)
			}
		}
		if !ok {
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil && ok {
		return send(analyze.Item{Source: dir, Err: err})
	}
	return ok
}

// ext is a file's extension, lower-cased, looking through a .gz.
func ext(path string) string {
	p := strings.ToLower(path)
	return filepath.Ext(strings.TrimSuffix(p, ".gz"))
}

func readFile(path string, info fs.FileInfo, send func(analyze.Item) bool) bool {
	ext := ext(path)
	if ext == ".jsonl" {
		f, err := os.Open(path)
		if err != nil {
			return send(analyze.Item{Source: path, Err: err})
		}
		defer f.Close()
		var r io.Reader = f
		if strings.HasSuffix(strings.ToLower(path), ".gz") {
			z, err := gzip.NewReader(f)
			if err != nil {
				return send(analyze.Item{Source: path, Err: err})
			}
			r = z
		}
		return readJSONL(path, r, send)
	}
	if info.Size() > extract.MaxInputBytes {
		return send(analyze.Item{Source: path, Err: fmt.Errorf("%w (%d MiB)", extract.ErrTooLarge, info.Size()>>20)})
	}
	raw, err := os.ReadFile(path)
	return send(analyze.Item{Source: path, Raw: raw, Format: Extensions[ext], Err: err})
}

// readStream reads standard input: JSON Lines when it starts with '{',
// otherwise one article.
func readStream(name string, r io.Reader, send func(analyze.Item) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(512)
	if t := bytes.TrimLeft(head, " \t\r\n"); len(t) > 0 && t[0] == '{' {
		return readJSONL(name, br, send)
	}
	raw, err := io.ReadAll(io.LimitReader(br, extract.MaxInputBytes+1))
	if err == nil && len(raw) > extract.MaxInputBytes {
		err = extract.ErrTooLarge
	}
	return send(analyze.Item{Source: name, Raw: raw, Err: err})
}

// Record is one line of a JSON Lines input.
type Record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	HTML      string `json:"html"`
	Text      string `json:"text"`
	Title     string `json:"title"`
	Published string `json:"published"`
}

func readJSONL(name string, r io.Reader, send func(analyze.Item) bool) bool {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 2*extract.MaxInputBytes) // JSON escaping can double a text
	line := 0
	for sc.Scan() {
		line++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		it := recordItem(sc.Bytes())
		it.Source = fmt.Sprintf("%s:%d", name, line)
		if !send(it) {
			return false
		}
	}
	if err := sc.Err(); err != nil {
		return send(analyze.Item{Source: fmt.Sprintf("%s:%d", name, line+1), Err: err})
	}
	return true
}

func recordItem(b []byte) analyze.Item {
	var rec Record
	if err := json.Unmarshal(b, &rec); err != nil {
		return analyze.Item{Err: fmt.Errorf("bad JSON Lines record: %w", err)}
	}
	it := analyze.Item{ID: rec.ID, URL: rec.URL, Title: rec.Title}
	switch {
	case rec.HTML != "":
		it.Raw, it.Format = []byte(rec.HTML), analyze.FormatHTML
	case rec.Text != "":
		it.Raw, it.Format = []byte(rec.Text), analyze.FormatText
	case fetch.IsURL(rec.URL):
		it.Fetch = true
	default:
		it.Err = fmt.Errorf("record has no html, text or http(s) url")
	}
	if rec.Published != "" {
		t, err := ParseDate(rec.Published)
		if err != nil && it.Err == nil {
			it.Err = fmt.Errorf("published: %w", err)
		}
		it.Published = t
	}
	return it
}

// ParseDate reads an RFC 3339 timestamp or a plain date.
func ParseDate(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot read date %q (want RFC 3339 or YYYY-MM-DD)", s)
}

// Missing lists the arguments that name local files or directories that
// do not exist (standard input and URLs are never missing).
func Missing(args []string) []string {
	var out []string
	for _, arg := range args {
		if arg == "-" || fetch.IsURL(arg) {
			continue
		}
		if _, err := os.Stat(arg); errors.Is(err, fs.ErrNotExist) {
			out = append(out, arg)
		}
	}
	return out
}

// Count returns how many articles the arguments hold, or -1 when that
// cannot be known without reading them (standard input, URLs, JSON Lines).
func Count(args []string) int {
	n := 0
	for _, arg := range args {
		if arg == "-" || fetch.IsURL(arg) || strings.HasSuffix(strings.ToLower(arg), ".jsonl") {
			return -1
		}
		info, err := os.Stat(arg)
		if err != nil || !info.IsDir() {
			n++
			continue
		}
		unknown := false
		filepath.WalkDir(arg, func(p string, e fs.DirEntry, err error) error {
			ext := ext(p)
			if err == nil && !e.IsDir() && ext == ".jsonl" {
				unknown = true
				return filepath.SkipAll
			}
			if _, ok := Extensions[ext]; ok && err == nil && !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
				n++
			}
			return nil
		})
		if unknown {
			return -1
		}
	}
	return n
}
