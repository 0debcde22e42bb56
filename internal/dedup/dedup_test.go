package dedup

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// vocabulary is the words invented stories are drawn from.
var vocabulary = strings.Fields(`harbour council mayor union strike port crane ship wage family bay
road bridge river market minister police court judge vote budget school hospital farmer price
train station airport border treaty army talks summit visit rally protest storm flood fire
power water tax bank loan factory worker engineer doctor nurse teacher student village city
province capital coast island mountain valley forest field night morning week month year
spoke said met signed rejected approved delayed opened closed raised cut promised warned`)

// story makes an invented article of n sentences, its words drawn by a
// generator seeded with seed: two seeds give two unrelated stories.
func story(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, 7))
	var b strings.Builder
	for range n {
		for range 12 {
			b.WriteString(vocabulary[r.IntN(len(vocabulary))])
			b.WriteByte(' ')
		}
		b.WriteString(". ")
	}
	return b.String()
}

func sign(t *testing.T, text string) Signature {
	t.Helper()
	s, ok := Sign(text)
	if !ok {
		t.Fatalf("text of %d bytes too short to sign", len(text))
	}
	return s
}

func TestSignIsStableAndRefusesShortTexts(t *testing.T) {
	a, b := sign(t, story(1, 20)), sign(t, story(1, 20))
	if a != b {
		t.Error("the same text signed twice gave two signatures")
	}
	if a.Min[0] == ^uint64(0) || a.Shingles == 0 {
		t.Error("signature left unset")
	}
	if _, ok := Sign("The mayor spoke briefly."); ok {
		t.Error("a five-word text was signed")
	}
}

func TestSimilarityOfCopiesTrimsAndStrangers(t *testing.T) {
	full := story(1, 40)
	sentences := strings.SplitAfter(full, ". ")
	trimmed := strings.Join(sentences[:15], "")
	retitled := "Harbour council hears residents\n\n" + full + " Share this article."
	other := story(2, 40)
	for _, c := range []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"copy", full, full, 1, 1},
		{"trimmed to its first 15 of 40 sentences", full, trimmed, 0.9, 1},
		{"retitled, a line of chrome added", full, retitled, 0.85, 1},
		{"another story from the same words", full, other, 0, 0.1},
	} {
		got := Similarity(sign(t, c.a), sign(t, c.b))
		if got < c.min || got > c.max {
			t.Errorf("%s: similarity %.3f, want [%.2f, %.2f]", c.name, got, c.min, c.max)
		}
	}
}

func TestIndexFindsTheCopyAndNotTheOthers(t *testing.T) {
	x := NewIndex()
	for seed := range uint64(4) {
		x.Add(int64(seed+1), sign(t, story(seed, 30)))
	}
	trimmed := strings.Join(strings.SplitAfter(story(2, 30), ". ")[:12], "")
	got := x.Near(sign(t, trimmed), Threshold)
	if len(got) != 1 || got[0].ID != 3 {
		t.Errorf("near duplicates of a trimmed Orra story: %+v, want article 3 alone (seed 2)", got)
	}
}
