package story

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/dedup"
)

// day is a date of the invented stream.
func day(n int) time.Time { return time.Date(2031, 3, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n) }

// invented builds features from words and names written as
// space-separated lists; each word counts once.
func invented(d int, words, names string) Features {
	f := Features{Published: day(d), Terms: map[string]float64{}, Names: map[string]float64{}, Events: map[string]float64{}}
	for _, w := range strings.Fields(words) {
		f.Terms[w]++
	}
	for _, n := range strings.Fields(names) {
		f.Names["name:"+n] += 2
	}
	return f
}

// background articles give the stream document frequencies, so that the
// words every article shares weigh less than the ones a story owns.
func background(c *Clusterer) {
	topics := []string{"budget school teacher vote council", "river flood rain village bridge",
		"election poll campaign voter rally", "market price bank loan rate"}
	for i, t := range topics {
		c.Add(int64(100+i), invented(0, t+" campaign official week", "mayor_ortiz"))
	}
}

func TestArticlesOfOneEventJoinAndOthersDoNot(t *testing.T) {
	c := New(DefaultConfig())
	background(c)
	strike := c.Add(1, invented(1, "harbour dockworker strike crane wage union walkout port official", "union_velka port_of_orra"))
	again := c.Add(2, invented(2, "dockworker strike port crane union wage talks harbour", "union_velka port_of_orra minister_dahl"))
	other := c.Add(3, invented(2, "school budget teacher vote council classroom", "mayor_ortiz"))
	if strike != again {
		t.Errorf("the second report of the harbour strike started story %d, the first is in %d", again, strike)
	}
	if other == strike {
		t.Error("an article on the school budget joined the harbour strike")
	}
	if got := c.Story(strike).Articles; len(got) != 2 || got[0] != 1 || got[1] != 2 {
		t.Errorf("strike story holds %v, want [1 2]", got)
	}
	if top := c.Story(strike).TopNames(1); len(top) != 1 || top[0] != "name:port_of_orra" && top[0] != "name:union_velka" {
		t.Errorf("strike story's top actor %v, want the union or the port", top)
	}
}

func TestAStoryEndsWithItsWindow(t *testing.T) {
	c := New(DefaultConfig())
	background(c)
	first := c.Add(1, invented(1, "harbour dockworker strike crane wage union", "union_velka"))
	month := c.Add(2, invented(40, "harbour dockworker strike crane wage union", "union_velka"))
	if first == month {
		t.Error("an article forty days later joined a story whose window is a week")
	}
}

func TestALateArticleFindsItsStory(t *testing.T) {
	c := New(DefaultConfig())
	background(c)
	s := c.Add(1, invented(5, "harbour dockworker strike crane wage union", "union_velka"))
	c.Add(2, invented(6, "flood river village rain bridge", "mayor_ortiz"))
	late := c.Add(3, invented(3, "harbour dockworker strike crane union walkout", "union_velka"))
	if late != s {
		t.Errorf("an article dated two days before the story's first joined %d, want %d", late, s)
	}
	if st := c.Story(s); !st.First.Equal(day(3)) || !st.Last.Equal(day(5)) {
		t.Errorf("story spans %v–%v, want the late article's date first", st.First, st.Last)
	}
}

func TestSimilarityDecaysWithTheGap(t *testing.T) {
	s := &Story{First: day(3), Last: day(5)}
	for _, c := range []struct {
		at   time.Time
		want float64
	}{{day(4), 0}, {day(1), 2}, {day(8), 3}} {
		if got := gapDays(s, c.at); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("gap of %v to a story of days 3–5: %v, want %v", c.at, got, c.want)
		}
	}
}

func TestNearDuplicatesJoinWhateverTheirWords(t *testing.T) {
	c := New(DefaultConfig())
	background(c)
	text := strings.Repeat("the harbour council met the dockworkers at the crane yard on a windy morning ", 6)
	sig, ok := dedup.Sign(text)
	if !ok {
		t.Fatal("invented text too short to sign")
	}
	a := invented(1, "harbour council crane", "union_velka")
	a.Signature, a.Signed = sig, true
	b := invented(1, "unrelated budget words entirely", "mayor_ortiz")
	b.Signature, b.Signed = sig, true
	if sa, sb := c.Add(1, a), c.Add(2, b); sa != sb {
		t.Errorf("a syndicated copy went to story %d, its source to %d", sb, sa)
	}
	noDup := DefaultConfig()
	noDup.Duplicates = false
	c = New(noDup)
	background(c)
	if sa, sb := c.Add(1, a), c.Add(2, b); sa == sb {
		t.Error("with Duplicates off, two articles sharing only a signature were joined")
	}
}

func TestAddIsDeterministicAndIdempotent(t *testing.T) {
	stream := []Features{
		invented(1, "harbour strike crane", "union_velka"), invented(1, "school budget vote", "mayor_ortiz"),
		invented(2, "harbour strike wage", "union_velka"), invented(2, "school budget teacher", "mayor_ortiz"),
		invented(3, "flood river bridge", "village_anke"),
	}
	run := func() []int64 {
		c := New(DefaultConfig())
		var out []int64
		for i, f := range stream {
			out = append(out, c.Add(int64(i+1), f))
		}
		if again := c.Add(1, stream[0]); again != out[0] {
			t.Errorf("adding article 1 again gave story %d, first %d", again, out[0])
		}
		if c.Articles != len(stream) {
			t.Errorf("re-adding an article counted it again: %d articles", c.Articles)
		}
		return out
	}
	first := run()
	for range 5 {
		if got := run(); !slices.Equal(got, first) {
			t.Fatalf("two runs over one stream: %v and %v", first, got)
		}
	}
}

func TestStrangeFeaturesDoNotBreakTheClusterer(t *testing.T) {
	c := New(DefaultConfig())
	c.Add(1, Features{}) // undated, empty
	c.Add(2, Features{Terms: map[string]float64{"x": math.Inf(1), "y": math.NaN(), "z": -3}})
	sid := c.Add(3, invented(0, "harbour strike", "union_velka"))
	for _, s := range c.Stories {
		if math.IsNaN(s.Terms.Norm2) || math.IsInf(s.Terms.Norm2, 0) {
			t.Errorf("story %d's centroid norm is %v", s.ID, s.Terms.Norm2)
		}
	}
	if c.Story(sid) == nil || c.Story(0) != nil || c.Story(99) != nil {
		t.Error("Story looked up out of range or missed")
	}
}

func TestPostingsHoldAWeeksStories(t *testing.T) {
	c := New(DefaultConfig())
	for d := range 60 { // a story a day, sharing one word with the others
		c.Add(int64(d+1), invented(d, fmt.Sprintf("harbour w%[1]da w%[1]db w%[1]dc w%[1]dd", d), ""))
	}
	if len(c.Stories) < 50 {
		t.Fatalf("%d stories from 60 articles of different words: the test needs them apart", len(c.Stories))
	}
	shared := 0
	for k, list := range c.Postings {
		if strings.HasPrefix(k, "t:harbour@") {
			shared++
		}
		if len(list) > 7 {
			t.Errorf("posting %q holds %d stories, more than a week's", k, len(list))
		}
	}
	if shared < 8 {
		t.Errorf("the shared word is posted in %d weeks of 60 days", shared)
	}
}

// An archive ingested out of date order — one outlet's two months, then
// another's — still joins the second outlet's reports to the first's.
func TestAnArchiveOutOfOrderFindsItsStories(t *testing.T) {
	c := New(DefaultConfig())
	background(c)
	strike := c.Add(1, invented(1, "harbour dockworker strike crane wage union walkout", "union_velka"))
	c.Add(2, invented(50, "flood river village rain bridge", "mayor_ortiz"))
	c.Add(3, invented(90, "election poll campaign voter rally", "senator_ruiz"))
	if again := c.Add(4, invented(2, "harbour dockworker strike crane union wage talks", "union_velka")); again != strike {
		t.Errorf("a report dated day 2, stored after day 90, started story %d, not the strike's %d", again, strike)
	}
}

func TestWeeksAreNumberedAcrossTheEpoch(t *testing.T) {
	for _, c := range []struct {
		at   time.Time
		want int64
	}{
		{time.Unix(0, 0), 0},
		{time.Unix(7*86400-1, 0), 0},
		{time.Unix(7*86400, 0), 1},
		{time.Unix(-1, 0), -1},
		{time.Unix(-7*86400, 0), -1},
		{time.Unix(-7*86400-1, 0), -2},
	} {
		if got := weekOf(c.at); got != c.want {
			t.Errorf("weekOf(%v) = %d, want %d", c.at.UTC(), got, c.want)
		}
	}
}

// A story read back from stored data has no index of its keys; joining it
// must not fail on that.
func TestARestoredStoryCanBeJoined(t *testing.T) {
	c := New(DefaultConfig())
	first := c.Add(1, invented(1, "harbour dockworker strike crane wage union", "union_velka"))
	c.Story(first).indexed = nil
	if again := c.Add(2, invented(2, "harbour dockworker strike crane wage union talks", "union_velka")); again != first {
		t.Errorf("the second report started story %d, not the restored %d", again, first)
	}
}
