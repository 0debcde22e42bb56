package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/pipeline"
)

// Roles of an attribution that are scored.
var Roles = []string{"cue", "source", "content"}

// SpanScores are exact-match and token-overlap scores for one role.
type SpanScores struct {
	Exact   PRF `json:"exact"`
	Overlap PRF `json:"overlap"`
}

// AttributionScore is Citron's set of metrics over a corpus.
type AttributionScore struct {
	Cue       SpanScores     `json:"cue"`
	Source    SpanScores     `json:"source"`
	Content   SpanScores     `json:"content"`
	All       SpanScores     `json:"all"`
	Documents int            `json:"documents"`
	ByKind    map[string]PRF `json:"content_exact_by_kind"` // direct, mixed, indirect
}

// goldSpan is a role span in code points: its covering range, and its
// fragments for overlap.
type goldSpan struct {
	role       string
	start, end int
	fragments  [][2]int
	kind       string
}

// AttributionDoc pairs an article with its gold attributions.
type AttributionDoc struct {
	Name         string
	Text         string
	Gold         []goldSpan
	Attributions []GoldAttribution // the same gold, role spans grouped by attribution
}

// LoadPolNeAR reads a PolNeAR split directory (text/NAME.txt,
// attributions/NAME_ANNOTATOR.ann). Where several annotators marked one
// article, the file whose name sorts first is the gold: every article
// counts once, and the choice does not depend on the scores.
func LoadPolNeAR(dir string) ([]AttributionDoc, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		// A wrong path would otherwise train a model on nothing, or score
		// nothing, and say so only in its figures.
		return nil, fmt.Errorf("%s: no PolNeAR annotations (attributions/*.ann)", dir)
	}
	sort.Strings(anns)
	chosen := map[string]string{}
	var names []string
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		name := base[:strings.LastIndexByte(base, '_')]
		if _, ok := chosen[name]; !ok {
			chosen[name] = a
			names = append(names, name)
		}
	}
	var docs []AttributionDoc
	for _, name := range names {
		raw, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return nil, err
		}
		ann, err := corpus.ReadBrat(chosen[name])
		if err != nil {
			return nil, err
		}
		docs = append(docs, AttributionDoc{Name: name, Text: string(raw), Gold: goldSpans(ann, string(raw)),
			Attributions: goldAttributions(ann)})
	}
	return docs, nil
}

func goldSpans(ann *corpus.BratDoc, text string) []goldSpan {
	runes := []rune(text)
	var out []goldSpan
	for _, r := range ann.Relations {
		kind := ""
		if c, ok := ann.Spans[r.Roles["Content"]]; ok {
			a, b := c.Covering()
			kind = quoteKind(string(runes[min(a, len(runes)):min(b, len(runes))]))
		}
		for _, role := range Roles {
			id, ok := r.Roles[strings.ToUpper(role[:1])+role[1:]]
			if !ok {
				continue
			}
			s := ann.Spans[id]
			a, b := s.Covering()
			out = append(out, goldSpan{role: role, start: a, end: b, fragments: s.Fragments, kind: kind})
		}
	}
	return out
}

// quoteKind classifies content text: direct when it is one quotation,
// mixed when it holds quotation marks, indirect otherwise.
func quoteKind(s string) string {
	s = strings.TrimSpace(s)
	opens := strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"")
	closes := strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "”.")
	switch {
	case opens && closes:
		return "direct"
	case strings.ContainsAny(s, "“”\""):
		return "mixed"
	}
	return "indirect"
}

// DocFromText builds a Doc whose text is exactly the given text, with a
// paragraph per block between blank lines, so gold offsets stay valid.
func DocFromText(text string) *newsgraph.Doc {
	d := &newsgraph.Doc{Text: text}
	start := -1
	lines := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			if start < 0 {
				start = i
			}
			lines = 0
			continue
		}
		if i < len(text) {
			lines++
		}
		if start >= 0 && (lines >= 2 || i == len(text)) {
			end := strings.TrimRight(text[:i], " \t\r\n")
			if len(end) > start {
				d.Paragraphs = append(d.Paragraphs, newsgraph.Paragraph{Span: newsgraph.Span{Start: start, End: len(end)}, Kind: newsgraph.KindBody})
			}
			start = -1
		}
	}
	if len(d.Paragraphs) > 1 {
		d.Paragraphs[0].Kind = newsgraph.KindTitle
	}
	return d
}

// ScoreAttribution runs the pipeline on each article and scores the
// attributions it finds.
func ScoreAttribution(ctx context.Context, p *pipeline.Pipeline, docs []AttributionDoc) (AttributionScore, error) {
	return ScoreAttributionWith(ctx, p, docs, nil)
}

// ScoreAttributionWith is ScoreAttribution that also hands each analysed
// article to visit (when not nil), for scores of its own (types,
// confidence) without analysing the articles twice.
func ScoreAttributionWith(ctx context.Context, p *pipeline.Pipeline, docs []AttributionDoc, visit func(AttributionDoc, *newsgraph.Doc)) (AttributionScore, error) {
	acc := newAttributionCounts()
	for _, gd := range docs {
		d := DocFromText(gd.Text)
		if err := p.Run(ctx, d); err != nil {
			return AttributionScore{}, err
		}
		acc.add(d, gd.Gold)
		if visit != nil {
			visit(gd, d)
		}
	}
	return acc.score(len(docs)), nil
}
