package web

import (
	"net/http"
	"strconv"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/export"
)

// Stories over HTTP: the list (/stories, /api/stories), filtered by
// words, outlet and dates, newest or oldest first and paged like every
// list; and each story (/stories/{id}, /api/stories/{id}) with its
// articles by time and outlet, its actors and its quotations, each with
// the article that printed it first and those that repeated it.

// storyRoutes registers the story pages and their API.
func (s *Server) storyRoutes() {
	s.mux.HandleFunc("GET /api/stories", s.apiStories)
	s.mux.HandleFunc("GET /api/stories/{id}", s.apiStory)
	s.mux.HandleFunc("GET /stories", s.storiesPage)
	s.mux.HandleFunc("GET /stories/{id}", s.storyPage)
}

// storyFilter reads a story list's parameters: those of an article list
// (q, site, from, to, sort, limit and offset) and article, the story of
// one article.
func storyFilter(r *http.Request) (newsgraph.StoryFilter, error) {
	a, err := articleFilter(r)
	if err != nil {
		return newsgraph.StoryFilter{}, err
	}
	f := newsgraph.StoryFilter{Query: a.Query, Site: a.Site, From: a.From, To: a.To, Sort: a.Sort, Page: a.Page}
	f.Article, err = idParam(r, "article")
	return f, err
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	f, err := storyFilter(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if s.download(w, r, listDownload(export.Stories, f, s.Store.EachStory)) {
		return
	}
	list, total, err := s.Store.Stories(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, listJSON(r, "stories", list, f.Page, total))
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	d, err := s.Store.Story(r.Context(), id)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// storiesPage lists stories, the latest first, with the form that
// filters them by outlet and dates (words come from ?q=, as links give
// them).
func (s *Server) storiesPage(w http.ResponseWriter, r *http.Request) {
	f, err := storyFilter(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	list, total, err := s.Store.Stories(r.Context(), f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.renderList(w, r, "stories.html", dateSorts, map[string]any{"Title": "Stories", "Stories": list, "Total": total,
		"Pager": newPager(r.URL, "offset", f.Page, len(list), total)})
}

func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	d, err := s.Store.Story(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	ids := strconv.FormatInt(id, 10)
	s.render(w, r, "story.html", map[string]any{"Title": d.Title, "Story": d,
		"QuoteDownloads":   downloadsOf("/api/quotes", nonEmpty("story", ids)),
		"ArticleDownloads": downloadsOf("/api/articles", nonEmpty("story", ids))})
}

// articleStory is the story an article page names ("Story: … (N
// articles)"), nil when the store has none for it; a failure to find it
// leaves the line out rather than the page.
func (s *Server) articleStory(r *http.Request, article int64) *newsgraph.StoryRecord {
	list, _, err := s.Store.Stories(r.Context(), newsgraph.StoryFilter{Article: article, Page: newsgraph.Page{Limit: 1}})
	if err != nil || len(list) == 0 {
		return nil
	}
	return &list[0]
}
