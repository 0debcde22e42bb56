package web

import (
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestMarksSplitWholeWords(t *testing.T) {
	for _, c := range []struct {
		text, query, want string // want shows hits in [brackets]
	}{
		{"Cranes idle; CRANES move.", "cranes", "[Cranes] idle; [CRANES] move."},
		{"cranesbill and crane", "cranes", "cranesbill and crane"},
		{"<b>port</b> strike", "b port", "<[b]>[port]</[b]> strike"},
		{"Øresund “ferry” halts", "ferry øresund", "[Øresund] “[ferry]” halts"},
		{"no words searched", "“…”", "no words searched"},
		{"", "x", ""},
	} {
		var b strings.Builder
		for _, p := range marks(c.text, c.query) {
			if p.Hit {
				b.WriteString("[" + p.Text + "]")
			} else {
				b.WriteString(p.Text)
			}
		}
		if b.String() != c.want {
			t.Errorf("marks(%q, %q) = %q, want %q", c.text, c.query, b.String(), c.want)
		}
	}
}

// FuzzMarks: the pieces always join back into the text, and hits are
// only words searched for.
func FuzzMarks(f *testing.F) {
	f.Add("Cranes idle; CRANES move.", "cranes")
	f.Add("<script>x</script>", "script")
	f.Add("\xff\xfe broken", "broken \xff")
	f.Fuzz(func(t *testing.T, text, query string) {
		var b strings.Builder
		for _, p := range marks(text, query) {
			b.WriteString(p.Text)
			if p.Hit && !isSearched(p.Text, searchWords(query)) {
				t.Errorf("hit %q is not a word of %q", p.Text, query)
			}
		}
		if b.String() != text {
			t.Errorf("pieces join into %q, not %q", b.String(), text)
		}
	})
}

func TestPagerNumbersPagesAroundTheCurrent(t *testing.T) {
	u, _ := url.Parse("/search?q=port&site=Herald&offset=40")
	p := newPager(u, "offset", newsgraph.Page{Limit: 10, Offset: 40}, 10, 95)
	var got []string
	for _, l := range p.Pages {
		switch {
		case l.Gap:
			got = append(got, "…")
		case l.Current:
			got = append(got, "("+strconv.Itoa(l.Number)+")")
		default:
			got = append(got, strconv.Itoa(l.Number))
		}
	}
	if strings.Join(got, " ") != "1 … 3 4 (5) 6 7 … 10" || p.First != 41 || p.Last != 50 {
		t.Errorf("pages %q, items %d–%d", got, p.First, p.Last)
	}
	if p.Prev != "/search?offset=30&q=port&site=Herald" || p.Next != "/search?offset=50&q=port&site=Herald" || p.Pages[0].Href != "/search?q=port&site=Herald" {
		t.Errorf("links: prev %s, next %s, first %s", p.Prev, p.Next, p.Pages[0].Href)
	}
	last := newPager(u, "offset", newsgraph.Page{Limit: 10, Offset: 90}, 5, 95)
	if last.Next != "" || last.Last != 95 {
		t.Errorf("last page: next %q, last item %d", last.Next, last.Last)
	}
	if newPager(u, "offset", newsgraph.Page{Limit: 10}, 0, 0) != nil {
		t.Errorf("an empty list has a pager")
	}
}
