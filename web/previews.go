package web

import (
	"net/http"

	"github.com/newsgraph/newsgraph"
)

// An actor's or an entity's page shows the first few items of each of
// its lists, with how many there are and a link to the whole list, paged
// (the quotes, events or articles page filtered to them).

// previewSize is how many items a page shows of a list it links to.
const previewSize = 10

// preview is the first items of a list, its total and the link to it.
type preview[T any] struct {
	Items []T
	Total int
	All   string
}

func (s *Server) firstQuotes(r *http.Request, f newsgraph.QuoteFilter, all string) (preview[newsgraph.QuoteRecord], error) {
	f.Page = newsgraph.Page{Limit: previewSize}
	quotes, total, err := s.Store.Quotes(r.Context(), f)
	return preview[newsgraph.QuoteRecord]{quotes, total, all}, err
}

func (s *Server) firstArticles(r *http.Request, f newsgraph.ArticleFilter, all string) (preview[newsgraph.ArticleSummary], error) {
	f.Page = newsgraph.Page{Limit: previewSize}
	hits, total, err := s.Store.FindArticles(r.Context(), f)
	list := make([]newsgraph.ArticleSummary, len(hits))
	for i, h := range hits {
		list[i] = h.Article
	}
	return preview[newsgraph.ArticleSummary]{list, total, all}, err
}

func (s *Server) firstEvents(r *http.Request, f newsgraph.EventFilter, all string) (preview[newsgraph.EventRecord], error) {
	f.Page = newsgraph.Page{Limit: previewSize}
	events, total, err := s.Store.Events(r.Context(), f)
	return preview[newsgraph.EventRecord]{events, total, all}, err
}
