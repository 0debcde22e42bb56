// Package analyze turns one raw article (HTML or plain text, with whatever
// metadata came with it) into an annotated newsgraph.Doc: it checks the
// input, extracts the article, and runs the annotation pipeline. Batch runs
// it over many articles on all cores, keeping input order.
package analyze

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// Item is one article to analyze, as read from a file, a URL or a JSON Lines
// record.
type Item struct {
	Source      string // where it was read from, for messages
	ID          string
	URL         string
	Raw         []byte
	Format      Format // FormatAuto detects HTML or text
	Title       string
	Published   time.Time
	Fetch       bool   // Raw is to be fetched from URL
	ContentType string // from the HTTP response, when fetched
	Err         error  // set when reading the item already failed
}

// Format says how to read Item.Raw.
type Format int

// Formats of raw input.
const (
	FormatAuto Format = iota
	FormatHTML
	FormatText
)

// Analyzer runs extraction and a pipeline. It is safe for concurrent use.
type Analyzer struct {
	Pipeline *pipeline.Pipeline
	Fetcher  Fetcher       // for items to fetch; nil refuses them
	Timeout  time.Duration // wall-clock budget of one article, fetch included; 0 for none
	// Published is the date of articles that give none of their own (a
	// text file, a page without metadata): time expressions such as "on
	// Wednesday" are resolved against it. Zero leaves them unresolved.
	Published time.Time
}

// ErrArticleTimeout is the error of an article that ran past its budget.
var ErrArticleTimeout = errors.New("the article took longer than its time budget (--article-timeout)")

// Fetcher downloads a page; *fetch.Client is one.
type Fetcher interface {
	Get(ctx context.Context, url string) (*fetch.Page, error)
}

// Analyze builds the Doc for one item. Input that cannot hold an article is
// an error; a repairable one (broken encoding, no text) gives a Doc with a
// diagnostic.
func (a *Analyzer) Analyze(ctx context.Context, it Item) (d *newsgraph.Doc, err error) {
	if a.Timeout > 0 {
		// The segmenter's limits bound each stage's work already; the
		// budget is the last word on what one article may cost a worker.
		// Stages look at ctx between sentences or between stages, so the
		// budget is overrun by at most one stage's time on one sentence.
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, a.Timeout, ErrArticleTimeout)
		defer cancel()
	}
	// The stages are meant never to panic; if one does on some input, that
	// article fails and the batch goes on.
	err = Guard("analyzing", func() error {
		d, err = a.analyze(ctx, it)
		return err
	})
	if err != nil {
		if errors.Is(context.Cause(ctx), ErrArticleTimeout) {
			return nil, fmt.Errorf("%w: %s", ErrArticleTimeout, a.Timeout)
		}
		return nil, err
	}
	return d, nil
}

func (a *Analyzer) analyze(ctx context.Context, it Item) (d *newsgraph.Doc, err error) {
	if it.Err != nil {
		return nil, it.Err
	}
	if it.Fetch {
		if it, err = a.fetch(ctx, it); err != nil {
			return nil, err
		}
	}
	if it.Raw, err = extract.Gunzip(it.Raw); err != nil {
		return nil, err
	}
	if err := extract.Check(it.Raw); err != nil {
		return nil, err
	}
	d, err = a.extract(it)
	if err != nil {
		return nil, err
	}
	d.Meta.Hash = HashRaw(it.Raw)
	if strings.TrimSpace(d.Text) == "" {
		d.Diagnose("no-text", "no article text was found")
	}
	if err := a.Pipeline.Run(ctx, d); err != nil {
		return nil, err
	}
	d.Validate()
	if !looksEnglish(d.Text) {
		d.Entities, d.Attributions, d.Mentions, d.Events = nil, nil, nil, nil
		d.Diagnose("not-english", "the text does not look like English: entities and attributions, "+
			"which are learned from English news, are left out; tokens and sentences are kept")
	}
	return d, nil
}

// HashRaw identifies an article's raw input: the same bytes give the same
// hash, which makes ingestion idempotent.
func HashRaw(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:])
}

func (a *Analyzer) fetch(ctx context.Context, it Item) (Item, error) {
	if a.Fetcher == nil {
		return it, fmt.Errorf("fetching URLs is not enabled")
	}
	page, err := a.Fetcher.Get(ctx, it.URL)
	if err != nil {
		return it, err
	}
	it.Raw, it.URL, it.ContentType = page.Body, page.URL, page.ContentType
	if it.Format == FormatAuto && strings.HasPrefix(page.ContentType, "text/plain") {
		it.Format = FormatText
	}
	return it, nil
}

func (a *Analyzer) extract(it Item) (*newsgraph.Doc, error) {
	isHTML := it.Format == FormatHTML || it.Format == FormatAuto && extract.IsHTML(it.Raw)
	var meta newsgraph.Metadata
	var blocks []newsgraph.Block
	var repair string // what was done to input that was not UTF-8
	if isHTML {
		raw, from := extract.DecodeHTML(it.Raw, it.ContentType)
		if from != "" {
			repair = "it was decoded as " + from
			if n := bytes.Count(raw, []byte("\uFFFD")); n > 0 {
				repair += fmt.Sprintf(", and %d sequences that did not decode became U+FFFD", n)
			}
		}
		var err error
		if meta, blocks, err = extract.HTML(raw, it.URL); err != nil {
			return nil, err
		}
	} else {
		text, repaired := extract.ValidUTF8(string(it.Raw))
		if repaired {
			repair = "bad bytes were replaced with U+FFFD"
		}
		meta, blocks = extract.Text(text)
	}
	meta.ID, meta.Source = it.ID, it.Source
	if it.URL != "" {
		meta.URL = it.URL
	}
	var dropped string
	if meta.URL != "" && !fetch.IsURL(meta.URL) {
		// Only web addresses are kept: a "javascript:" or "data:" URL from
		// a feed or a page's canonical link would be served back to every
		// API client as the article's link.
		dropped, meta.URL = meta.URL, ""
	}
	if meta.Site == "" {
		meta.Site = hostOf(meta.URL) // text with a URL: its outlet, for lists and filters
	}
	if !it.Published.IsZero() {
		meta.Published = it.Published
	}
	if meta.Published.IsZero() {
		meta.Published = a.Published
	}
	if it.Title != "" && (len(blocks) == 0 || blocks[0].Kind != newsgraph.KindTitle) {
		blocks = append([]newsgraph.Block{{Kind: newsgraph.KindTitle, Text: it.Title}}, blocks...)
	}
	d := newsgraph.NewDoc(meta, blocks)
	if repair != "" {
		d.Diagnose("not-utf8", "input was not valid UTF-8: "+repair)
	}
	if dropped != "" {
		d.Diagnose("url-dropped", fmt.Sprintf("the article's URL %.200q is not an http(s) address and was left out", dropped))
	}
	return d, nil
}

// hostOf is the host a web address names, without "www.": the outlet of
// an article that came with a URL but no site name. "" for no URL.
func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}
