package eval

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/timex"
)

// TimeScores are TempEval-3 task A's scores of time expressions: extents
// matched strictly (same start and end) and relaxed (any overlap, each
// expression matched once), the type's accuracy over relaxed matches, and
// the value counted as TempEval-3 reports it: a value right on a relaxed
// match, over all system expressions (precision) and all gold ones
// (recall).
type TimeScores struct {
	Strict    PRF      `json:"strict"`
	Relaxed   PRF      `json:"relaxed"`
	Type      Accuracy `json:"type"`
	Value     PRF      `json:"value"`
	Documents int      `json:"documents"`

	ValueAccuracy float64 `json:"-"` // right values over relaxed matches
	Gold, System  int     `json:"-"`
}

// Accuracy is a fraction right.
type Accuracy struct {
	Accuracy float64 `json:"accuracy"`
}

// TimeCounts are the counts the scores are made of; they add up over
// documents.
type TimeCounts struct {
	Gold, System, Strict, Relaxed, TypeRight, ValueRight int
}

// TimeMistake is a gold expression missed or given a wrong value, or a
// system expression with no gold one: what to look at to improve the rules.
type TimeMistake struct {
	Doc       string
	Kind      string // "missed", "false alarm", "value", "type", "extent"
	Gold, Got string // the text each side marked
	GoldValue string
	GotValue  string
	GoldType  newsgraph.TimexType
	GotType   newsgraph.TimexType
}

// LoadTimeBank reads every .tml file of dir, in name order.
func LoadTimeBank(dir string) ([]*corpus.TimeMLDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("eval: no .tml files in %s", dir)
	}
	slices.Sort(paths)
	docs := make([]*corpus.TimeMLDoc, 0, len(paths))
	for _, p := range paths {
		d, err := corpus.ReadTimeML(p)
		if err != nil {
			return nil, err
		}
		if d.ID == "" {
			d.ID = strings.TrimSuffix(filepath.Base(p), ".tml")
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// ParseDCT reads a document creation time as TimeBank writes it.
func ParseDCT(v string) (time.Time, error) {
	for _, layout := range [...]string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", "20060102"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("eval: creation time %q is no date", v)
}

// TimeMLToDoc makes a Doc of a TimeML document's text, unchanged so that
// the offsets of its expressions are the Doc's, with paragraphs at its
// blank lines, segmented, and published at its creation time.
func TimeMLToDoc(td *corpus.TimeMLDoc) (*newsgraph.Doc, error) {
	d := &newsgraph.Doc{Text: td.Text, Meta: newsgraph.Metadata{ID: td.ID}}
	if td.DCT != "" {
		t, err := ParseDCT(td.DCT)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", td.ID, err)
		}
		d.Meta.Published = t
	}
	d.Paragraphs = blankLineParagraphs(td.Text)
	segment.Segment(d)
	return d, nil
}

// blankLineParagraphs splits text at blank lines into paragraphs trimmed
// of surrounding white space.
func blankLineParagraphs(text string) []newsgraph.Paragraph {
	var out []newsgraph.Paragraph
	start := 0
	flush := func(end int) {
		block := text[start:end]
		lead := len(block) - len(strings.TrimLeft(block, " \t\r\n"))
		body := strings.TrimSpace(block)
		if body != "" {
			out = append(out, newsgraph.Paragraph{Span: newsgraph.Span{Start: start + lead, End: start + lead + len(body)}, Kind: newsgraph.KindBody})
		}
	}
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		if rest := strings.TrimLeft(text[i+1:], " \t\r"); strings.HasPrefix(rest, "\n") {
			flush(i)
			start = i + 1
		}
	}
	flush(len(text))
	return out
}

// ScoreTime runs the time expression rules over each document, anchored
// at its creation time, and scores them against its TIMEX3s. mistake, when
// not nil, is told each error.
func ScoreTime(docs []*corpus.TimeMLDoc, mistake func(TimeMistake)) (TimeScores, error) {
	var c TimeCounts
	for _, td := range docs {
		d, err := TimeMLToDoc(td)
		if err != nil {
			return TimeScores{}, err
		}
		got := timex.Find(d, d.Meta.Published)
		c.add(CompareTimes(td, got, mistake))
	}
	s := c.Scores()
	s.Documents = len(docs)
	return s, nil
}

func (c *TimeCounts) add(o TimeCounts) {
	c.Gold += o.Gold
	c.System += o.System
	c.Strict += o.Strict
	c.Relaxed += o.Relaxed
	c.TypeRight += o.TypeRight
	c.ValueRight += o.ValueRight
}

// Scores turns counts into scores.
func (c TimeCounts) Scores() TimeScores {
	s := TimeScores{
		Strict:  Counts(c.Strict, c.System, c.Gold),
		Relaxed: Counts(c.Relaxed, c.System, c.Gold),
		Value:   Counts(c.ValueRight, c.System, c.Gold),
		Gold:    c.Gold,
		System:  c.System,
	}
	if c.Relaxed > 0 {
		s.Type.Accuracy = float64(c.TypeRight) / float64(c.Relaxed)
		s.ValueAccuracy = float64(c.ValueRight) / float64(c.Relaxed)
	}
	return s
}

// CompareTimes counts one document's system expressions against its gold
// ones. Both lists are in text order and their members do not overlap, so
// one pass pairs each system expression with the first gold one it
// overlaps that is not yet paired.
func CompareTimes(td *corpus.TimeMLDoc, got []newsgraph.Timex, mistake func(TimeMistake)) TimeCounts {
	c := TimeCounts{Gold: len(td.Timexes), System: len(got)}
	report := func(m TimeMistake) {
		if mistake != nil {
			m.Doc = td.ID
			mistake(m)
		}
	}
	paired := make([]bool, len(td.Timexes))
	g := 0
	for _, x := range got {
		for g < len(td.Timexes) && td.Timexes[g].End <= x.Start {
			g++
		}
		k := g
		for k < len(td.Timexes) && paired[k] && td.Timexes[k].Start < x.End {
			k++
		}
		if k >= len(td.Timexes) || td.Timexes[k].Start >= x.End {
			report(TimeMistake{Kind: "false alarm", Got: td.Text[x.Start:x.End], GotValue: x.Value, GotType: x.Type})
			continue
		}
		gold := td.Timexes[k]
		paired[k] = true
		c.Relaxed++
		m := TimeMistake{Gold: td.Text[gold.Start:gold.End], Got: td.Text[x.Start:x.End],
			GoldValue: gold.Value, GotValue: x.Value, GoldType: newsgraph.TimexType(gold.Type), GotType: x.Type}
		if gold.Start == x.Start && gold.End == x.End {
			c.Strict++
		} else {
			m.Kind = "extent"
			report(m)
		}
		if string(x.Type) == gold.Type {
			c.TypeRight++
		} else {
			m.Kind = "type"
			report(m)
		}
		if x.Value == gold.Value {
			c.ValueRight++
		} else {
			m.Kind = "value"
			report(m)
		}
	}
	for k, gold := range td.Timexes {
		if !paired[k] {
			report(TimeMistake{Kind: "missed", Gold: td.Text[gold.Start:gold.End], GoldValue: gold.Value, GoldType: newsgraph.TimexType(gold.Type)})
		}
	}
	return c
}
