package eval

import (
	"context"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/segment"
	"math"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/shareddata"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreExtraction(t *testing.T) {
	gold := []string{
		"one two three four five",      // perfect
		"alpha beta gamma delta",       // half wrong
		"short",                        // fewer than 4 tokens
		"nothing was extracted here x", // empty prediction: precision undefined
	}
	pred := []string{
		"one, two; three four five!",
		"alpha beta gamma delta epsilon zeta",
		"short",
		"",
	}
	s := ScoreExtraction(gold, pred)
	// Page 2: gold shingle {a b g d}; predicted {a b g d, b g d e, g d e z}:
	// tp 1, fp 2, fn 0 -> precision 1/3, recall 1.
	wantP := (1 + 1.0/3 + 1) / 3
	wantR := (1 + 1 + 1 + 0) / 4.0
	if !near(s.Precision, wantP) || !near(s.Recall, wantR) {
		t.Errorf("precision %v recall %v, want %v %v", s.Precision, s.Recall, wantP, wantR)
	}
	if !near(s.F1, 2*wantP*wantR/(wantP+wantR)) || !near(s.Accuracy, 0.5) || s.Pages != 4 {
		t.Errorf("score %+v", s)
	}
}

func TestWordTokensMatchPythonW(t *testing.T) {
	got := strings.Join(wordTokens("Zoë’s café_2 — 3.5%, «ok»"), "|")
	if want := "Zoë|s|café_2|3|5|ok"; got != want {
		t.Errorf("wordTokens = %s, want %s", got, want)
	}
}

const tinyTreebank = `# newdoc id = d1
# newpar
# text = Mr. Doe didn't go.
1	Mr.	Mr.	PROPN	NNP	_	2	compound	_	_
2	Doe	Doe	PROPN	NNP	_	4	nsubj	_	_
3-4	didn't	_	_	_	_	_	_	_	_
3	did	do	AUX	VBD	_	5	aux	_	_
4	n't	not	PART	RB	_	5	advmod	_	_
5	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
6	.	.	PUNCT	.	_	5	punct	_	_

# text = He stayed home
1	He	he	PRON	PRP	_	2	nsubj	_	_
2	stayed	stay	VERB	VBD	_	0	root	_	_
3	home	home	ADV	RB	_	2	advmod	_	_

# text = She left.
1	She	she	PRON	PRP	_	2	nsubj	_	_
2	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

# newpar
# text = Fine.
1	Fine	fine	ADJ	JJ	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_
`

func TestRebuildAndScoreSegmentation(t *testing.T) {
	sents, err := corpus.ParseCoNLLU(strings.NewReader(tinyTreebank))
	if err != nil {
		t.Fatal(err)
	}
	g := RebuildText(sents)
	if want := []string{"Mr. Doe didn't go. He stayed home She left.", "Fine."}; strings.Join(g.Paragraphs, "|") != strings.Join(want, "|") {
		t.Fatalf("paragraphs %q", g.Paragraphs)
	}
	s := ScoreSegmentation(sents)
	// The second sentence has no final period, so the segmenter cannot see
	// where it ends inside the paragraph: 3 of 4 boundaries found.
	if !near(s.Sentences.Recall, 3.0/4) || !near(s.Sentences.Precision, 1) {
		t.Errorf("sentences %+v", s.Sentences)
	}
	if !near(s.Tokens.F1, 1) || s.GoldTokens != 14 {
		t.Errorf("tokens %+v of %d", s.Tokens, s.GoldTokens)
	}
}

// Floors on real data. The figures measured when they were set are in the
// README; a floor sits a little below so that noise does not fail CI.
func TestSegmentationFloorOnEWTDev(t *testing.T) {
	path := shareddata.Path(t, "ud", "en_ewt", "en_ewt-ud-dev.conllu")
	sents, err := corpus.ReadCoNLLU(path)
	if err != nil {
		t.Fatal(err)
	}
	s := ScoreSegmentation(sents)
	if s.Tokens.F1 < 0.97 || s.Sentences.F1 < 0.90 {
		t.Errorf("EWT dev: token F1 %.4f (floor 0.97), sentence F1 %.4f (floor 0.90)", s.Tokens.F1, s.Sentences.F1)
	}
}

func TestExtractionFloorOnBenchmark(t *testing.T) {
	dir := shareddata.Path(t, "article-extraction")
	pages, err := LoadExtractionBenchmark(dir)
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(segment.Stage{})
	if err != nil {
		t.Fatal(err)
	}
	bodies := ExtractBodies(context.Background(), &analyze.Analyzer{Pipeline: p}, pages, func(pg BenchmarkPage, err error) {
		t.Logf("page %s: %v", pg.ID, err)
	})
	s := ScoreExtraction(Golds(pages), bodies)
	if s.Pages != 181 || s.F1 < 0.955 {
		t.Errorf("benchmark: %d pages, F1 %.4f (floor 0.955; go-trafilatura alone scores 0.959)", s.Pages, s.F1)
	}
}

func TestSplitQuotationScoresAsOneDiscontinuousContent(t *testing.T) {
	text := "“We are ready,” Varga said. “The port stays open.”"
	span := func(s string) newsgraph.Span { return spanIn(text, s) }
	d := &newsgraph.Doc{Text: text}
	src, cue := span("Varga"), span("said")
	d.Attributions = []newsgraph.Attribution{
		{Kind: newsgraph.Direct, Source: &src, Cue: cue, Content: span("“We are ready,”")},
		{Kind: newsgraph.Direct, Source: &src, Cue: cue, Content: span("“The port stays open.”")},
	}
	cp := newsgraph.NewCodePoints(text)
	whole := span(text)
	gold := []goldSpan{
		{role: "source", start: cp.At(src.Start), end: cp.At(src.End)},
		{role: "cue", start: cp.At(cue.Start), end: cp.At(cue.End)},
		{role: "content", start: cp.At(whole.Start), end: cp.At(whole.End), kind: "direct"},
	}
	acc := newAttributionCounts()
	acc.add(d, gold)
	for _, role := range []string{"source", "cue", "content"} {
		if c := acc.exact[role]; c.tp != 1 || c.pred != 1 || c.gold != 1 {
			t.Errorf("%s: %+v, want one true positive", role, *c)
		}
	}
}

// PolNeAR links one source span to each of its cues, so a source shared by
// two attributions is two gold spans, and predicting both must score two.
func TestSharedSourceCountsOncePerAttribution(t *testing.T) {
	text := "Varga said the port was open and added that the crews would be paid."
	span := func(s string) newsgraph.Span { return spanIn(text, s) }
	d := &newsgraph.Doc{Text: text}
	src := span("Varga")
	first, second := span("the port was open"), span("that the crews would be paid")
	d.Attributions = []newsgraph.Attribution{
		{Kind: newsgraph.Indirect, Source: &src, Cue: span("said"), Content: first},
		{Kind: newsgraph.Indirect, Source: &src, Cue: span("added"), Content: second},
	}
	cp := newsgraph.NewCodePoints(text)
	gs := func(role string, s newsgraph.Span) goldSpan {
		return goldSpan{role: role, start: cp.At(s.Start), end: cp.At(s.End), kind: "indirect"}
	}
	gold := []goldSpan{
		gs("source", src), gs("cue", span("said")), gs("content", first),
		gs("source", src), gs("cue", span("added")), gs("content", second),
	}
	acc := newAttributionCounts()
	acc.add(d, gold)
	for _, role := range []string{"source", "cue", "content"} {
		if c := acc.exact[role]; c.tp != 2 || c.pred != 2 || c.gold != 2 {
			t.Errorf("%s: %+v, want two true positives", role, *c)
		}
	}
}

// spanIn is the span of the first occurrence of s in text.
func spanIn(text, s string) newsgraph.Span {
	i := strings.Index(text, s)
	return newsgraph.Span{Start: i, End: i + len(s)}
}
