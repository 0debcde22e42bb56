package timex

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// wednesday is the anchor of the tests: Wednesday 13 September 2023, in
// ISO week 37 and the third quarter.
var wednesday = time.Date(2023, 9, 13, 10, 0, 0, 0, time.UTC)

func segmented(text string) *newsgraph.Doc {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: text}})
	segment.Segment(d)
	return d
}

type want struct {
	text  string
	typ   newsgraph.TimexType
	value string
}

// expect checks that text holds exactly the expressions wanted, in order.
func expect(t *testing.T, text string, anchor time.Time, wants ...want) []newsgraph.Timex {
	t.Helper()
	d := segmented(text)
	got := Find(d, anchor)
	if len(got) != len(wants) {
		var found []string
		for _, x := range got {
			found = append(found, d.Slice(x.Span)+"="+x.Value)
		}
		t.Fatalf("%q: %d expressions %q, want %d", text, len(got), found, len(wants))
	}
	for i, w := range wants {
		x := got[i]
		if s := d.Slice(x.Span); s != w.text || x.Type != w.typ || x.Value != w.value {
			t.Errorf("%q: expression %d is %q %s %s, want %q %s %s", text, i, s, x.Type, x.Value, w.text, w.typ, w.value)
		}
	}
	return got
}

func TestFindResolvesAgainstTheAnchor(t *testing.T) {
	date, dur, tm, set := newsgraph.TimexDate, newsgraph.TimexDuration, newsgraph.TimexTime, newsgraph.TimexSet
	for _, c := range []struct {
		text string
		want []want
	}{
		{"The ferry company said on Monday that fares would rise.", []want{{"Monday", date, "2023-09-11"}}},
		{"The council will vote on Friday.", []want{{"Friday", date, "2023-09-15"}}},
		{"Orchard growers met on Wednesday.", []want{{"Wednesday", date, "2023-09-13"}}},
		{"Lind resigned last year.", []want{{"last year", date, "2022"}}},
		{"The mill reopened two weeks ago.", []want{{"two weeks ago", date, "2023-W35"}}},
		{"Prices fell the previous day.", []want{{"the previous day", date, "2023-09-12"}}},
		{"Traffic slowed earlier this month.", []want{{"earlier this month", date, "2023-09"}}},
		{"Talks continue in the coming days.", []want{{"the coming days", date, "FUTURE_REF"}}},
		{"Orders are rising now.", []want{{"now", date, "PRESENT_REF"}}},
		{"The bakery recently closed.", []want{{"recently", date, "PAST_REF"}}},
		{"Rents doubled in the 1990s.", []want{{"the 1990s", date, "199"}}},
		{"Net income in fiscal 1998 rose.", []want{{"fiscal 1998", date, "1998"}}},
		{"Sales rose in the third quarter.", []want{{"the third quarter", date, "2023-Q3"}}},
		{"The siege of the granary lasted two weeks.", []want{{"two weeks", dur, "P2W"}}},
		{"The guild meets every winter.", []want{{"every winter", set, "XXXX-WI"}}},
		{"The vote was held on Sept. 13, 2021.", []want{{"Sept. 13, 2021", date, "2021-09-13"}}},
		{"The museum opened on 4 March 1921.", []want{{"4 March 1921", date, "1921-03-04"}}},
		{"Ships docked at 3 p.m. Tuesday.", []want{{"3 p.m. Tuesday", tm, "2023-09-12T15:00"}}},
		{"The ferry sails this week.", []want{{"this week", date, "2023-W37"}}},
		{"Snow fell yesterday morning.", []want{{"yesterday morning", tm, "2023-09-12TMO"}}},
		{"The harbour froze in February.", []want{{"February", date, "2023-02"}}},
		{"The canal opens in November.", []want{{"November", date, "2023-11"}}},
		{"The levy is paid twice a year.", []want{{"twice a year", set, "P1Y"}}},
		{"The lease runs for 2 1/2 years.", []want{{"2 1/2 years", dur, "P2Y6M"}}},
		{"Wages have stalled for several years.", []want{{"several years", dur, "PXY"}}},
		{"A two-year contract was signed.", []want{{"two-year", dur, "P2Y"}}},
		{"The clinic will open next spring.", []want{{"next spring", date, "2024-SP"}}},
		{"Its 19th century walls still stand.", []want{{"19th century", date, "18"}}},
	} {
		expect(t, c.text, wednesday, c.want...)
	}
}

func TestFindComparesResultsWithTheQuarterNamed(t *testing.T) {
	expect(t, "Net rose in the third quarter. A year earlier it fell.", wednesday,
		want{"the third quarter", newsgraph.TimexDate, "2023-Q3"},
		want{"A year earlier", newsgraph.TimexDate, "2022-Q3"})
	expect(t, "Sales rose in August from a year earlier.", wednesday,
		want{"August", newsgraph.TimexDate, "2023-08"},
		want{"a year earlier", newsgraph.TimexDate, "2022-08"})
	expect(t, "Sales rose 4% from a year earlier.", wednesday,
		want{"a year earlier", newsgraph.TimexDate, "2022"})
}

func TestFindWithoutAnchorKeepsUnknownDigits(t *testing.T) {
	d := segmented("Kasza spoke on Wednesday, last year and on Sept. 13, 2021.")
	got := Find(d, time.Time{})
	wants := []struct {
		value      string
		unresolved bool
	}{{"XXXX-WXX-3", true}, {"XXXX", true}, {"2021-09-13", false}}
	if len(got) != len(wants) {
		t.Fatalf("%d expressions, want %d: %+v", len(got), len(wants), got)
	}
	for i, w := range wants {
		if got[i].Value != w.value || got[i].Unresolved != w.unresolved {
			t.Errorf("expression %d (%q) is %s unresolved=%v, want %s unresolved=%v",
				i, d.Slice(got[i].Span), got[i].Value, got[i].Unresolved, w.value, w.unresolved)
		}
	}
}

// An impossible day is never a value; what remains of the expression (the
// month and year, the year) may be.
func TestFindRefusesImpossibleDates(t *testing.T) {
	for text, rest := range map[string]string{
		"The fair was held on 32 February 2020.":   "2020-02",
		"The fair was held on February 30, 2021.":  "2021",
		"The fair was held on February 29, 2023.":  "2023",
		"The fair was held on February 29, 2024.":  "2024-02-29",
		"The fair was held on 0 March 2022 again.": "2022-03",
	} {
		d := segmented(text)
		got := Find(d, wednesday)
		if len(got) != 1 || got[0].Value != rest {
			t.Errorf("%q: %+v, want one expression of value %s", text, got, rest)
		}
	}
}

func TestFindStaysWithinFourDigitYears(t *testing.T) {
	d := segmented("The beacon will burn until the year 99999, or 99999999999999 years, from 1,000,000,000 B.C.")
	for _, x := range Find(d, wednesday) {
		y := x.Value
		if len(y) >= 5 && y[0] >= '0' && y[0] <= '9' && y[4] >= '0' && y[4] <= '9' {
			t.Errorf("%q has a year of over four digits: %s", d.Slice(x.Span), x.Value)
		}
		if strings.Contains(x.Value, "99999") {
			t.Errorf("%q kept the huge number: %s", d.Slice(x.Span), x.Value)
		}
	}
}

// The spans are in text order, do not overlap and start and end on token
// boundaries, whatever the text.
func TestFindSpansAreOrderedOnTokenBoundaries(t *testing.T) {
	text := strings.Repeat("On Friday, two weeks ago, the ferry left at 3 p.m. and the third quarter began in May 1998 ", 40)
	d := segmented(text)
	checkSpans(t, d, Find(d, wednesday))
}

func checkSpans(t *testing.T, d *newsgraph.Doc, got []newsgraph.Timex) {
	t.Helper()
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, tok := range d.Tokens {
		starts[tok.Start], ends[tok.End] = true, true
	}
	last := 0
	for i, x := range got {
		if x.Start < last || x.End <= x.Start {
			t.Fatalf("expression %d [%d,%d) overlaps the one before or is empty", i, x.Start, x.End)
		}
		if !starts[x.Start] || !ends[x.End] {
			t.Fatalf("expression %d [%d,%d) is not on token boundaries", i, x.Start, x.End)
		}
		if x.Value == "" || x.Type == "" {
			t.Fatalf("expression %d %q has no value or type", i, d.Slice(x.Span))
		}
		last = x.End
	}
}

// A sentence segmented into hundreds of tokens costs no more than linear
// work: a long run of numbers and month names is read in a bounded time.
func TestFindOnLongSentences(t *testing.T) {
	text := strings.Repeat("7 May 12 1999 two three weeks the last ", 400)
	d := segmented(text)
	start := time.Now()
	got := Find(d, wednesday)
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("%d tokens took %v", len(d.Tokens), el)
	}
	checkSpans(t, d, got)
}

func TestStage(t *testing.T) {
	s := Stage{}
	if s.Name() != "timex.v1" {
		t.Errorf("name %q", s.Name())
	}
	if a := s.Assigns(); len(a) != 1 || a[0] != newsgraph.LayerTimes {
		t.Errorf("assigns %v", a)
	}
	d := segmented("The ferry left yesterday.")
	d.Meta.Published = wednesday
	if err := s.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Times) != 1 || d.Times[0].Value != "2023-09-12" {
		t.Errorf("times %+v", d.Times)
	}
}

func TestFindToleratesBrokenDocs(t *testing.T) {
	d := segmented("The ferry left yesterday.")
	d.Sentences[0].EndToken = len(d.Tokens) + 5
	if got := Find(d, wednesday); len(got) != 0 {
		t.Errorf("a sentence past the tokens gave %+v", got)
	}
	d = segmented("The ferry left yesterday.")
	d.Tokens[1].End = len(d.Text) + 10
	if got := Find(d, wednesday); got != nil {
		t.Errorf("a token past the text gave %+v", got)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("The ferry left on Friday, two weeks ago, at 3 p.m. EST.", int64(0))
	f.Add("Sales in the third quarter of 1998 rose from a year earlier; the 1990s; fiscal 2001.", int64(1_000_000_000))
	f.Add("99999 years, 32 February, the year 99999, 12:99, 25 p.m., '00s", int64(-62135596800))
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		d := segmented(text)
		checkSpans(t, d, Find(d, time.Unix(unix, 0).UTC()))
	})
}

func BenchmarkFind(b *testing.B) {
	para := "Officials said on Monday that the ferry, which sailed two weeks ago, would return next Friday at 3 p.m. " +
		"Sales in the third quarter rose 4% from a year earlier, the company said, and it expects growth in the coming months. " +
		"The harbour has been dredged every winter since the 1990s, though fiscal 2021 brought a pause of several years. "
	d := segmented(strings.Repeat(para, 200))
	b.ReportAllocs()
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		Find(d, wednesday)
	}
	b.ReportMetric(float64(len(d.Tokens)), "tokens/op")
}
