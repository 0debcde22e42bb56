package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/storetest"
	"github.com/newsgraph/newsgraph/web"
)

// duplicateServer serves the seeded store (articles 1 and 2) plus three
// prints of one story: article 3 the first, 4 a trimmed copy under a
// hostile headline, 5 a shorter copy.
func duplicateServer(t *testing.T) *httptest.Server {
	t.Helper()
	store := seed(t)
	for i, title := range []string{"Night ferry saved", "Ferry " + hostile, "Ferry stays"} {
		if _, _, err := store.Put(context.Background(), storetest.StoryPrint(fmt.Sprint("print", i), title, 4-i)); err != nil {
			t.Fatal(err)
		}
	}
	h, err := web.New(store, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func TestArticlePageNamesOriginalAndCopies(t *testing.T) {
	srv := duplicateServer(t)
	_, original, _ := get(t, srv, "/articles/3")
	line := between(original, `<p class="duplicates">`, `</p>`)
	if !strings.HasPrefix(line, "Also printed as: ") || !strings.Contains(line, `href="/articles/4"`) || !strings.Contains(line, `href="/articles/5"`) {
		t.Errorf("the original's line: %q", line)
	}
	if strings.Contains(original, hostile) || !strings.Contains(line, "&lt;script&gt;") {
		t.Errorf("the copy's hostile headline is not escaped: %q", line)
	}
	_, copied, _ := get(t, srv, "/articles/5")
	line = between(copied, `<p class="duplicates">`, `</p>`)
	if !strings.HasPrefix(line, "Copy of ") || !strings.Contains(line, `href="/articles/3">Night ferry saved</a>`) || strings.Contains(line, "Also printed") {
		t.Errorf("the copy's line: %q", line)
	}
	if _, plain, _ := get(t, srv, "/articles/1"); strings.Contains(plain, `class="duplicates"`) {
		t.Error("an article with no copies has a duplicates line")
	}
}

func TestAPIArticleDuplicates(t *testing.T) {
	srv := duplicateServer(t)
	var got struct {
		DuplicateOf *int64 `json:"duplicate_of"`
		Copies      []struct {
			ID    int64  `json:"id"`
			Title string `json:"title"`
		} `json:"copies"`
	}
	for _, c := range []struct {
		path        string
		duplicateOf int64
		copies      string
	}{{"/api/articles/3", 0, "4 5"}, {"/api/articles/4", 3, ""}, {"/api/articles/1", 0, ""}} {
		code, body, _ := get(t, srv, c.path)
		got.DuplicateOf, got.Copies = nil, nil
		if err := json.Unmarshal([]byte(body), &got); code != 200 || err != nil {
			t.Fatalf("%s: %d %v", c.path, code, err)
		}
		var ids []string
		for _, a := range got.Copies {
			ids = append(ids, fmt.Sprint(a.ID))
		}
		var dup int64
		if got.DuplicateOf != nil {
			dup = *got.DuplicateOf
		}
		if dup != c.duplicateOf || strings.Join(ids, " ") != c.copies || !strings.Contains(body, `"copies":[`) {
			t.Errorf("%s: duplicate_of %d, copies %q; want %d, %q", c.path, dup, ids, c.duplicateOf, c.copies)
		}
	}
}

// between is the text of s after the first start and before the next end,
// or "" when start is not there.
func between(s, start, end string) string {
	i := strings.Index(s, start)
	if i < 0 {
		return ""
	}
	s = s[i+len(start):]
	if j := strings.Index(s, end); j >= 0 {
		return s[:j]
	}
	return s
}
