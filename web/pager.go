package web

import (
	"net/url"

	"github.com/newsgraph/newsgraph"
)

// pager is the row of links under a list in the UI: which items are shown
// of how many, the previous and next pages, and numbered pages around the
// one shown (the first and last always), so that any list can be paged
// through to its last item.
type pager struct {
	First, Last, Total int // 1-based positions of the items shown
	Prev, Next         string
	Pages              []pageLink
}

// pageLink is one numbered page, or a gap between numbers.
type pageLink struct {
	Number  int
	Href    string
	Current bool
	Gap     bool
}

// pagesAround is how many pages either side of the current one are
// numbered.
const pagesAround = 2

// newPager builds the pager of a list read at p from u, with shown items
// of total; param is the list's offset parameter. It is nil when the list
// is empty.
func newPager(u *url.URL, param string, p newsgraph.Page, shown, total int) *pager {
	if total == 0 || p.Limit <= 0 {
		return nil
	}
	pg := &pager{First: p.Offset + 1, Last: p.Offset + shown, Total: total}
	if shown == 0 {
		pg.First = pg.Last // past the end: "0 shown"
	}
	if p.Offset > 0 {
		pg.Prev = withParam(u, param, max(p.Offset-p.Limit, 0))
	}
	if p.Offset+p.Limit < total {
		pg.Next = withParam(u, param, p.Offset+p.Limit)
	}
	pages := (total + p.Limit - 1) / p.Limit
	current := p.Offset/p.Limit + 1
	for n := 1; n <= pages; n++ {
		near := n >= current-pagesAround && n <= current+pagesAround
		switch {
		case n == 1 || n == pages || near:
			pg.Pages = append(pg.Pages, pageLink{Number: n, Href: withParam(u, param, (n-1)*p.Limit), Current: n == current && p.Offset%p.Limit == 0})
		case len(pg.Pages) > 0 && !pg.Pages[len(pg.Pages)-1].Gap:
			pg.Pages = append(pg.Pages, pageLink{Gap: true})
		}
	}
	return pg
}
