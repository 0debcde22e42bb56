package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/queue"
	"github.com/newsgraph/newsgraph/internal/source"
)

// enqueueBatch is how many items are queued at once: inline texts stay in
// memory until their batch is written.
const enqueueBatch = 200

// enqueueSources queues the articles the arguments name, for `ingest
// --queue`: files by path, URLs to fetch, JSON Lines records and standard
// input inline. The store is opened first, so that its tables exist before
// any worker starts.
func enqueueSources(ctx context.Context, db string, args []string, stdin io.Reader, w io.Writer) error {
	if db == ":memory:" {
		return fmt.Errorf("--queue needs a database file or a postgres:// URL that workers can open")
	}
	store, err := openStore(ctx, db)
	if err != nil {
		return err
	}
	store.Close()
	q, err := queue.Open(ctx, db)
	if err != nil {
		return err
	}
	defer q.Close()
	start := time.Now()
	var queued, given, failed int
	var batch []queue.Item
	flush := func() {
		n, err := q.Enqueue(ctx, batch)
		queued += n
		if err != nil {
			failed++ // at least one; each is named in the message
			fmt.Fprintf(w, "newsgraph: %v\n", err)
		}
		batch = batch[:0]
	}
	for it := range source.Open(ctx, args, stdin) {
		qi, err := queueItem(it)
		if err != nil {
			failed++
			fmt.Fprintf(w, "newsgraph: %s: %v\n", it.Source, err)
			continue
		}
		given++
		if batch = append(batch, qi); len(batch) == enqueueBatch {
			flush()
		}
	}
	if len(batch) > 0 {
		flush()
	}
	fmt.Fprintf(w, "ingest: %d queued, %d queued or done already, %d refused in %s\n",
		queued, given-queued, failed, time.Since(start).Round(time.Millisecond))
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return errSilent
	}
	return nil
}

// queueItem turns what the source package read into a job's item: a file
// by its path, so the job stays small (workers read it; on other machines
// they must see the same path), a URL to fetch, or else the text itself.
func queueItem(it analyze.Item) (queue.Item, error) {
	if it.Err != nil {
		return queue.Item{}, it.Err
	}
	qi := queue.Item{URL: it.URL, Title: it.Title, Source: it.Source, ID: it.ID}
	if !it.Published.IsZero() {
		qi.Published = it.Published.Format(time.RFC3339)
	}
	switch {
	case it.Fetch:
	case isSourceFile(it.Source):
		qi.Path = it.Source
	default:
		raw, err := extract.Gunzip(it.Raw)
		if err != nil {
			return qi, err
		}
		isHTML := it.Format == analyze.FormatHTML || it.Format == analyze.FormatAuto && extract.IsHTML(raw)
		if isHTML {
			qi.HTML = string(raw)
		} else {
			qi.Text = string(raw)
		}
	}
	return qi, nil
}

// isSourceFile tells an item read from a file of its own (its Source is
// the path) from a JSON Lines record ("file.jsonl:12") or standard input.
func isSourceFile(src string) bool {
	if src == "stdin" || strings.HasSuffix(strings.TrimSuffix(strings.ToLower(src), ".gz"), ".jsonl") {
		return false
	}
	info, err := os.Stat(src)
	return err == nil && info.Mode().IsRegular()
}
