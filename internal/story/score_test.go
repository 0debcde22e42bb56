package story

import (
	"math"
	"strings"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreCountsByHand(t *testing.T) {
	gold := map[string]string{"a": "1", "b": "1", "c": "2"}
	// a alone; b with c: each cluster's majority is one article.
	s := Score(gold, map[string]string{"a": "x", "b": "y", "c": "y"})
	if !near(s.Purity, 2.0/3) || !near(s.InversePurity, 2.0/3) || !near(s.F, 2.0/3) {
		t.Errorf("purity %v, inverse %v, F %v: want 2/3 each", s.Purity, s.InversePurity, s.F)
	}
	// B³ precision: a 1, b 1/2, c 1/2; recall: a 1/2, b 1/2, c 1.
	if !near(s.B3Precision, 2.0/3) || !near(s.B3Recall, 2.0/3) {
		t.Errorf("B³ %v/%v: want 2/3 each", s.B3Precision, s.B3Recall)
	}
	all := Score(gold, map[string]string{"a": "x", "b": "x", "c": "x"})
	if !near(all.Purity, 2.0/3) || !near(all.InversePurity, 1) {
		t.Errorf("one cluster: purity %v, inverse %v; want 2/3 and 1", all.Purity, all.InversePurity)
	}
	perfect := Score(gold, map[string]string{"a": "p", "b": "p", "c": "q", "zz": "q"})
	if perfect.F != 1 || perfect.B3F != 1 || perfect.Articles != 3 {
		t.Errorf("perfect clustering (an article outside gold ignored): %+v", perfect)
	}
	missing := Score(gold, map[string]string{})
	if missing.Stories != 3 || missing.Purity != 1 {
		t.Errorf("no predictions should be one story per article: %+v", missing)
	}
	if Score(nil, nil).F != 0 {
		t.Error("empty gold scored above 0")
	}
}

func TestParseGold(t *testing.T) {
	stories := "# story\tdescription\nstrike\tThe harbour strike\nflood\tThe river flood\n"
	g, err := ParseGold(strings.NewReader("# header\nnyx_1\tstrike\n\nnyx_2\tstrike\nnyx_3\tflood\n"), strings.NewReader(stories))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Articles) != 3 || g.Labels()["nyx_2"] != "strike" || g.Stories["flood"] != "The river flood" {
		t.Errorf("read %+v", g)
	}
	for _, c := range []struct{ articles, stories, want string }{
		{"nyx_1\tstrike\nnyx_1\tflood\n", stories, "listed twice"},
		{"nyx_1\tstorm\n", stories, "no description"},
		{"nyx_1\tstrike\n", stories, `"flood" has no article`},
		{"nyx_1 strike\n", stories, "two non-empty"},
		{"nyx_1\tstrike\tx\n", stories, "two non-empty"},
		{"nyx_1\tstrike\n", "strike\tA\nstrike\tB\n", "described twice"},
	} {
		_, err := ParseGold(strings.NewReader(c.articles), strings.NewReader(c.stories))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want one saying %q", c.articles, err, c.want)
		}
	}
}

func TestShippedSamplesParse(t *testing.T) {
	for _, dir := range []string{"testdata/train", "testdata/dev"} {
		g, err := ReadGold(dir)
		if err != nil {
			t.Fatal(err)
		}
		multi := map[string]int{}
		for _, a := range g.Articles {
			multi[a.Story]++
		}
		n := 0
		for _, k := range multi {
			if k > 1 {
				n++
			}
		}
		if len(g.Articles) < 60 || n < 5 {
			t.Errorf("%s: %d articles, %d stories of several: too few to measure", dir, len(g.Articles), n)
		}
	}
}

func FuzzParseGold(f *testing.F) {
	f.Add("a\ts\n", "s\tdesc\n")
	f.Add("# c\n\na\ts\nb\ts\r\n", "s\td\n")
	f.Add("a\t\n", "\t\n")
	f.Fuzz(func(t *testing.T, articles, stories string) {
		g, err := ParseGold(strings.NewReader(articles), strings.NewReader(stories))
		if err != nil {
			return
		}
		for _, a := range g.Articles {
			if _, ok := g.Stories[a.Story]; !ok || a.Name == "" {
				t.Fatalf("accepted article %+v without a described story", a)
			}
		}
	})
}
