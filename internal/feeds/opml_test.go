package feeds

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// opmlText writes an OPML list of the given outlines.
func opmlText(outlines ...string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><head><title>Invented list</title></head><body>` +
		strings.Join(outlines, "") + `</body></opml>`
}

func feedOutline(url string) string { return `<outline text="f" type="rss" xmlUrl="` + url + `"/>` }
func includeOutline(url string) string {
	return `<outline text="more" type="include" url="` + url + `"/>`
}

func TestParseOPMLNestedOutlinesAndIncludes(t *testing.T) {
	doc := opmlText(
		`<outline text="Ports">`+feedOutline("https://harbour.example/rss")+
			`<outline text="Inland">`+feedOutline("https://canal.example/atom")+`</outline></outline>`,
		includeOutline("more.opml"),
		`<outline text="old style" type="link" url="https://lists.example/boats.OPML"/>`,
		`<outline text="a web page" type="link" url="https://harbour.example/"/>`,
		feedOutline("https://lock.example/feed.json"),
	)
	feeds, includes, err := ParseOPML([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	wantFeeds := []string{"https://harbour.example/rss", "https://canal.example/atom", "https://lock.example/feed.json"}
	if !slices.Equal(feeds, wantFeeds) || !slices.Equal(includes, []string{"more.opml", "https://lists.example/boats.OPML"}) {
		t.Errorf("feeds %v\nincludes %v", feeds, includes)
	}
}

func TestParseOPMLRefusesOtherDocuments(t *testing.T) {
	for _, doc := range []string{rssDoc("Harbour", 0), "<html><body>x</body></html>", "", "not xml at all"} {
		if _, _, err := ParseOPML([]byte(doc)); !errors.Is(err, ErrNotOPML) {
			t.Errorf("%.30q: %v, want ErrNotOPML", doc, err)
		}
	}
}

func TestParseOPMLDeepNestingIsBounded(t *testing.T) {
	doc := opmlText(strings.Repeat(`<outline text="d">`, 20000) + feedOutline("https://deep.example/rss") + strings.Repeat(`</outline>`, 20000))
	if _, _, err := ParseOPML([]byte(doc)); err == nil {
		t.Log("20,000 nested outlines read") // either way: no crash, no hang
	}
}

func TestOPMLThatIncludesItselfOverHTTP(t *testing.T) {
	var log hitLog
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		log.add(r.URL.Path)
		switch r.URL.Path {
		case "/list.opml": // includes itself, and b, which includes list again
			w.Write([]byte(opmlText(includeOutline("/list.opml"), feedOutline("/feed/a"), includeOutline("b.opml"))))
		case "/b.opml":
			w.Write([]byte(opmlText(includeOutline("list.opml"), feedOutline("/feed/b"), feedOutline("/feed/a"), feedOutline("gopher://old.example/feed"))))
		default:
			w.Write([]byte(rssDoc("Feed "+r.URL.Path, 0, numbered("https://x.example"+r.URL.Path, 0, 1)...)))
		}
	}))
	defer srv.Close()
	store, q := tempStore(t), &memQueue{}
	runOnce(t, newWatcher(store, q, nil), srv.URL+"/list.opml")
	if log.count("/list.opml") != 1 || log.count("/b.opml") != 1 || log.count("/feed/a") != 1 || log.count("/feed/b") != 1 {
		t.Errorf("requests: %v", log.hits)
	}
	if len(q.items) != 2 {
		t.Errorf("%d items from the list's two feeds", len(q.items))
	}
	if feeds, _ := store.Feeds(context.Background()); len(feeds) != 3 {
		t.Errorf("%d feeds followed, want the list and its two http feeds", len(feeds))
	}
	list := feedState(t, store, srv.URL+"/list.opml")
	if list.Errors != 0 || !strings.Contains(list.Title, "3 feeds") {
		t.Errorf("the list's own state: %+v", list)
	}
}

func TestReadOPMLFilesLoopingAndBounded(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	write("self.opml", opmlText(includeOutline("self.opml"), feedOutline("https://a.example/rss"), includeOutline("chain0.opml")))
	// A chain of includes deeper than the bound.
	for i := range maxOPMLDepth + 3 {
		write(fmt.Sprintf("chain%d.opml", i), opmlText(feedOutline(fmt.Sprintf("https://chain.example/%d", i)), includeOutline(fmt.Sprintf("chain%d.opml", i+1))))
	}
	load := func(_ context.Context, ref string) ([]byte, error) { return os.ReadFile(ref) }
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	list, err := ReadOPML(ctx, filepath.Join(dir, "self.opml"), load)
	if err != nil {
		t.Fatal(err)
	}
	if len(list.Feeds) != 1+maxOPMLDepth || list.Feeds[0] != "https://a.example/rss" {
		t.Errorf("%d feeds: %v", len(list.Feeds), list.Feeds)
	}
	problems := strings.Join(list.Problems, "\n")
	if !strings.Contains(problems, "includes itself") || !strings.Contains(problems, "deep") {
		t.Errorf("problems:\n%s", problems)
	}
	if _, err := ReadOPML(ctx, filepath.Join(dir, "missing.opml"), load); err == nil {
		t.Error("a missing list read without error")
	}
}
