package analyze

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// trapStage misbehaves on articles whose text holds its word: it panics on
// "PANIC" and waits for its context on "STALL".
type trapStage struct{}

func (trapStage) Name() string                { return "trap.v1" }
func (trapStage) Requires() []newsgraph.Layer { return nil }
func (trapStage) Assigns() []newsgraph.Layer  { return nil }
func (trapStage) Process(ctx context.Context, d *newsgraph.Doc) error {
	switch {
	case strings.Contains(d.Text, "PANIC"):
		var tokens []newsgraph.Token
		_ = tokens[len(d.Text)] // an index out of range, as a stage's bug would
	case strings.Contains(d.Text, "STALL"):
		<-ctx.Done()
		return ctx.Err()
	}
	return nil
}

func trapAnalyzer(t *testing.T, timeout time.Duration) *Analyzer {
	p, err := pipeline.New(segment.Stage{}, trapStage{})
	if err != nil {
		t.Fatal(err)
	}
	return &Analyzer{Pipeline: p, Timeout: timeout}
}

// One article that panics and one that stalls fail alone; the batch goes on
// and says what happened to each.
func TestBatchSurvivesPanicsAndStalls(t *testing.T) {
	a := trapAnalyzer(t, 50*time.Millisecond)
	items := make(chan Item)
	go func() {
		for i, body := range []string{"Calm words.", "A PANIC here.", "More calm.", "A STALL here.", "Last one."} {
			items <- Item{ID: fmt.Sprint(i), Raw: []byte("Title\n\n" + body)}
		}
		close(items)
	}()
	var errs []error
	a.Batch(context.Background(), items, 2, func(r Result) { errs = append(errs, r.Err) })
	if len(errs) != 5 || errs[0] != nil || errs[2] != nil || errs[4] != nil {
		t.Fatalf("results: %v", errs)
	}
	var perr *PanicError
	if !errors.As(errs[1], &perr) || perr.What != "analyzing" || !strings.Contains(perr.Error(), "index out of range") {
		t.Errorf("panic: got %v", errs[1])
	}
	if !errors.Is(errs[3], ErrArticleTimeout) {
		t.Errorf("stall: got %v, want the article timeout", errs[3])
	}
}

func TestGuardPassesErrorsThrough(t *testing.T) {
	want := errors.New("disk full")
	if err := Guard("storing", func() error { return want }); err != want {
		t.Errorf("got %v", err)
	}
	if err := Guard("storing", func() error { return nil }); err != nil {
		t.Errorf("got %v", err)
	}
}

// Only http(s) URLs are kept as an article's address.
func TestURLsOtherThanWebAddressesAreDropped(t *testing.T) {
	a := trapAnalyzer(t, 0)
	for url, keep := range map[string]bool{
		"https://courier.example/port": true, "HTTP://courier.example/port": true,
		"javascript:alert(1)": false, "data:text/html,<b>x</b>": false, "//courier.example/x": false,
	} {
		d, err := a.Analyze(context.Background(), Item{URL: url, Raw: []byte("Title\n\nCalm words.")})
		if err != nil {
			t.Fatal(err)
		}
		dropped := len(d.Diagnostics) == 1 && d.Diagnostics[0].Code == "url-dropped"
		if keep && (d.Meta.URL != url || dropped) || !keep && (d.Meta.URL != "" || !dropped) {
			t.Errorf("%q: stored as %q, diagnostics %v", url, d.Meta.URL, d.Diagnostics)
		}
	}
}
