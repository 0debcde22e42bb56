package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

type fakeStage struct {
	name     string
	requires []newsgraph.Layer
	assigns  []newsgraph.Layer
	err      error
	ran      *[]string
}

func (f fakeStage) Name() string                { return f.name }
func (f fakeStage) Requires() []newsgraph.Layer { return f.requires }
func (f fakeStage) Assigns() []newsgraph.Layer  { return f.assigns }
func (f fakeStage) Process(context.Context, *newsgraph.Doc) error {
	*f.ran = append(*f.ran, f.name)
	return f.err
}

func TestNewChecksOrder(t *testing.T) {
	var ran []string
	seg := fakeStage{name: "seg.v1", requires: []newsgraph.Layer{newsgraph.LayerParagraphs}, assigns: []newsgraph.Layer{newsgraph.LayerTokens}, ran: &ran}
	tag := fakeStage{name: "tag.v1", requires: []newsgraph.Layer{newsgraph.LayerTokens}, assigns: []newsgraph.Layer{newsgraph.LayerPOS}, ran: &ran}
	if _, err := New(tag, seg); err == nil || !strings.Contains(err.Error(), "tag.v1 requires tokens") {
		t.Errorf("tagger before segmenter: err = %v", err)
	}
	if _, err := New(seg, seg); err == nil {
		t.Error("duplicate stage accepted")
	}
	p, err := New(seg, tag)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(context.Background(), &newsgraph.Doc{}); err != nil || strings.Join(ran, ",") != "seg.v1,tag.v1" {
		t.Errorf("run: %v, ran %v", err, ran)
	}
}

func TestRunNamesFailingStage(t *testing.T) {
	var ran []string
	boom := errors.New("boom")
	p, err := New(fakeStage{name: "bad.v2", err: boom, ran: &ran})
	if err != nil {
		t.Fatal(err)
	}
	err = p.Run(context.Background(), &newsgraph.Doc{})
	if !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "bad.v2: ") {
		t.Errorf("err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.Run(ctx, &newsgraph.Doc{}); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled run: %v", err)
	}
}

func TestWithoutDropsStagesAndChecksOrder(t *testing.T) {
	var ran []string
	seg := fakeStage{name: "seg.v1", assigns: []newsgraph.Layer{newsgraph.LayerTokens}, ran: &ran}
	tag := fakeStage{name: "tag.v1", requires: []newsgraph.Layer{newsgraph.LayerTokens}, assigns: []newsgraph.Layer{newsgraph.LayerPOS}, ran: &ran}
	extra := fakeStage{name: "extra.v1", ran: &ran}
	p, err := New(seg, extra, tag)
	if err != nil {
		t.Fatal(err)
	}
	q, err := p.Without("extra.v1")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(q.Names(), " "); got != "seg.v1 tag.v1" {
		t.Errorf("without extra: %s", got)
	}
	if _, err := p.Without("seg.v1"); err == nil {
		t.Error("a pipeline without the stage its tagger requires was built")
	}
}
