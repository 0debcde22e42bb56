package web

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Lists, in the API and the UI, are pages of limit items from an offset:
// the API answers with the total and the link to the next page, the UI
// with links to the pages around the one shown. Every link keeps the
// request's other parameters, filters and order included.

// DefaultLimit is how many items a page holds unless asked; MaxLimit, at
// most.
const (
	DefaultLimit = 20
	MaxLimit     = 100
)

// MaxOffset bounds an offset, past any store's size, so that the next
// page's offset (offset + limit) stays a positive int, on 32 bits too: an
// offset near the largest int made a link to a negative one.
const MaxOffset = 1 << 30

// pageParam reads the limit and an offset parameter (offset, or the
// name a page with two lists gives its second).
func pageParam(r *http.Request, offsetName string) (newsgraph.Page, error) {
	p := newsgraph.Page{Limit: DefaultLimit}
	for name, dst := range map[string]*int{"limit": &p.Limit, offsetName: &p.Offset} {
		if v := r.URL.Query().Get(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				return p, newsgraph.Errorf(newsgraph.EINVALID, "%s must be a non-negative integer", name)
			}
			if name == offsetName && n > MaxOffset {
				return p, newsgraph.Errorf(newsgraph.EINVALID, "%s must be at most %d", name, MaxOffset)
			}
			*dst = n
		}
	}
	if p.Limit == 0 {
		p.Limit = DefaultLimit
	}
	p.Limit = min(p.Limit, MaxLimit)
	return p, nil
}

// sortParam reads sort=: newest, oldest or relevance; the store says
// which a list accepts.
func sortParam(r *http.Request) (newsgraph.Sort, error) {
	v := newsgraph.Sort(strings.TrimSpace(r.URL.Query().Get("sort")))
	if v != "" && !slices.Contains(newsgraph.Sorts, v) {
		return "", newsgraph.Errorf(newsgraph.EINVALID, "sort must be newest, oldest or relevance, not %q", clip(string(v), 40))
	}
	return v, nil
}

// articleFilter reads the article list's parameters: q, site, from, to,
// actor, entity, story, sort, limit and offset.
func articleFilter(r *http.Request) (newsgraph.ArticleFilter, error) {
	var f newsgraph.ArticleFilter
	var err error
	if f.Page, err = pageParam(r, "offset"); err != nil {
		return f, err
	}
	if f.Query, err = queryParam(r, "q"); err != nil {
		return f, err
	}
	if f.Site, err = queryParam(r, "site"); err != nil {
		return f, err
	}
	if f.Actor, err = idParam(r, "actor"); err != nil {
		return f, err
	}
	if f.Entity, err = idParam(r, "entity"); err != nil {
		return f, err
	}
	if f.Story, err = idParam(r, "story"); err != nil { // a story's download
		return f, err
	}
	if f.Sort, err = sortParam(r); err != nil {
		return f, err
	}
	f.From, f.To, err = dateRangeParams(r)
	return f, err
}

// dateRangeParams reads from and to, inclusive days.
func dateRangeParams(r *http.Request) (from, to time.Time, err error) {
	if from, err = dateParam(r, "from"); err != nil {
		return
	}
	to, err = dateParam(r, "to")
	return
}

// nextLink is the API's link to the page after p, or "" on the last.
func nextLink(r *http.Request, p newsgraph.Page, total int) string {
	if p.Offset+p.Limit >= total {
		return ""
	}
	return withParam(r.URL, "offset", p.Offset+p.Limit)
}

// withParam is u's path and query with one parameter set to n (dropped
// when 0, the default of every parameter set here).
func withParam(u *url.URL, name string, n int) string {
	v := u.Query()
	if n == 0 {
		v.Del(name)
	} else {
		v.Set(name, strconv.Itoa(n))
	}
	if len(v) == 0 {
		return u.Path
	}
	return u.Path + "?" + v.Encode()
}

// listJSON is a page of a list as the API answers it.
func listJSON(r *http.Request, name string, items any, p newsgraph.Page, total int) map[string]any {
	out := map[string]any{name: items, "total": total, "limit": p.Limit, "offset": p.Offset}
	if next := nextLink(r, p, total); next != "" {
		out["next"] = next
	}
	return out
}
