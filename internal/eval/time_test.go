package eval

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// timexAt is a system expression over the first occurrence of words.
func timexAt(text, words string, typ newsgraph.TimexType, value string) newsgraph.Timex {
	i := strings.Index(text, words)
	return newsgraph.Timex{Span: newsgraph.Span{Start: i, End: i + len(words)}, Type: typ, Value: value}
}

func goldAt(text, words, typ, value string) corpus.TimeMLTimex {
	i := strings.Index(text, words)
	return corpus.TimeMLTimex{Start: i, End: i + len(words), Type: typ, Value: value}
}

func TestCompareTimesCountsAsTempEval(t *testing.T) {
	text := "Zoë's café closed on Friday, reopened two weeks later and hosts a fair every spring until next year."
	gold := &corpus.TimeMLDoc{ID: "inv", Text: text, Timexes: []corpus.TimeMLTimex{
		goldAt(text, "Friday", "DATE", "2031-05-09"),
		goldAt(text, "two weeks", "DURATION", "P2W"),
		goldAt(text, "every spring", "SET", "XXXX-SP"),
		goldAt(text, "next year", "DATE", "2032"),
	}}
	got := []newsgraph.Timex{
		timexAt(text, "on Friday", newsgraph.TimexDate, "2031-05-09"),      // relaxed only, value right
		timexAt(text, "two weeks", newsgraph.TimexDate, "P2W"),             // strict, type wrong, value right
		timexAt(text, "a fair", newsgraph.TimexDate, "XXXX"),               // false alarm
		timexAt(text, "every spring", newsgraph.TimexSet, "XXXX-SP-WRONG"), // strict, value wrong
	}
	var kinds []string
	c := CompareTimes(gold, got, func(m TimeMistake) { kinds = append(kinds, m.Kind) })
	want := TimeCounts{Gold: 4, System: 4, Strict: 2, Relaxed: 3, TypeRight: 2, ValueRight: 2}
	if c != want {
		t.Errorf("counts %+v, want %+v", c, want)
	}
	if strings.Join(kinds, ",") != "extent,type,false alarm,value,missed" {
		t.Errorf("mistakes %v", kinds)
	}
	s := c.Scores()
	if s.Value.Precision != 0.5 || s.Value.Recall != 0.5 || s.Relaxed.Precision != 0.75 || s.Strict.Recall != 0.5 {
		t.Errorf("scores %+v", s)
	}
	if s.Type.Accuracy != 2.0/3 {
		t.Errorf("type accuracy %v", s.Type.Accuracy)
	}
}

// A system expression that overlaps two gold ones is matched to one of
// them only; the other is missed.
func TestCompareTimesMatchesEachOnce(t *testing.T) {
	text := "It rained Monday and Tuesday."
	gold := &corpus.TimeMLDoc{Text: text, Timexes: []corpus.TimeMLTimex{
		goldAt(text, "Monday", "DATE", "X"), goldAt(text, "Tuesday", "DATE", "Y"),
	}}
	got := []newsgraph.Timex{timexAt(text, "Monday and Tuesday", newsgraph.TimexDate, "X")}
	c := CompareTimes(gold, got, nil)
	if c.Relaxed != 1 || c.ValueRight != 1 || c.Strict != 0 {
		t.Errorf("counts %+v", c)
	}
}

func TestTimeMLToDocKeepsOffsets(t *testing.T) {
	td := &corpus.TimeMLDoc{ID: "inv", DCT: "2031-05-09T14:26:00",
		Text: "\nKalmar said “yesterday” the café shut.\n\n  Zoë reopened it on Monday.\n"}
	d, err := TimeMLToDoc(td)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != td.Text || len(d.Paragraphs) != 2 || d.Meta.Published.Day() != 9 {
		t.Fatalf("text, %d paragraphs, published %v", len(d.Paragraphs), d.Meta.Published)
	}
	if p := d.Slice(d.Paragraphs[1].Span); p != "Zoë reopened it on Monday." {
		t.Errorf("second paragraph %q", p)
	}
	if _, err := TimeMLToDoc(&corpus.TimeMLDoc{DCT: "someday"}); err == nil {
		t.Error("a creation time that is no date gave no error")
	}
}
