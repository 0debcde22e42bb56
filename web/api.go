package web

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/export"
)

// apiArticles lists articles, newest first by default, filtered as
// articleFilter reads; with q, only those matching it.
func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	f, err := articleFilter(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if s.download(w, r, listDownload(export.Articles, f, s.Store.EachArticle)) {
		return
	}
	hits, total, err := s.Store.FindArticles(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	list := make([]newsgraph.ArticleSummary, len(hits))
	for i, h := range hits {
		list[i] = h.Article
	}
	writeJSON(w, http.StatusOK, listJSON(r, "articles", list, f.Page, total))
}

// apiArticle returns the analysed document, with "article_id" added (the
// document's own "id" is the one given at input, if any).
func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	a, err := s.Store.Article(r.Context(), id)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	doc, err := json.Marshal(a.Doc)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(doc, &obj); err != nil {
		s.apiError(w, r, err)
		return
	}
	obj["article_id"] = json.RawMessage(strconv.FormatInt(a.ID, 10))
	if err := addDuplicates(obj, a); err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, obj)
}

func (s *Server) quoteFilter(r *http.Request) (newsgraph.QuoteFilter, error) {
	var f newsgraph.QuoteFilter
	var err error
	if f.Page, err = page(r); err != nil {
		return f, err
	}
	if f.Speaker, err = queryParam(r, "speaker"); err != nil {
		return f, err
	}
	if f.Query, err = queryParam(r, "q"); err != nil {
		return f, err
	}
	if f.From, err = dateParam(r, "from"); err != nil {
		return f, err
	}
	if f.Actor, err = idParam(r, "actor"); err != nil {
		return f, err
	}
	if f.AddressedTo, err = idParam(r, "to_actor"); err != nil {
		return f, err
	}
	if f.MinConfidence, err = confidenceParam(r); err != nil {
		return f, err
	}
	if f.Site, err = queryParam(r, "site"); err != nil {
		return f, err
	}
	for name, dst := range map[string]*int64{"article": &f.Article, "about": &f.About, "entity": &f.EntityID, "story": &f.Story} {
		if *dst, err = idParam(r, name); err != nil {
			return f, err
		}
	}
	if f.Sort, err = sortParam(r); err != nil {
		return f, err
	}
	f.Types = typesParam(r)
	if f.Copies, err = boolParam(r, "copies"); err != nil {
		return f, err
	}
	f.To, err = dateParam(r, "to")
	return f, err
}

func (s *Server) apiQuotes(w http.ResponseWriter, r *http.Request) {
	f, err := s.quoteFilter(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if s.download(w, r, listDownload(export.Quotes, f, s.Store.EachQuote)) {
		return
	}
	quotes, total, err := s.Store.Quotes(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, listJSON(r, "quotes", quotes, f.Page, total))
}

// entityFilter reads an entity list's parameters: type, the page, and
// any part of a name from nameParam (name in the API, q on the page, as
// the actors' list has it).
func entityFilter(r *http.Request, nameParam string) (newsgraph.EntityFilter, error) {
	var f newsgraph.EntityFilter
	var err error
	if f.Page, err = page(r); err == nil {
		if f.Name, err = queryParam(r, nameParam); err == nil {
			f.Type, err = queryParam(r, "type")
		}
	}
	return f, err
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	f, err := entityFilter(r, "name")
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	list, total, err := s.Store.Entities(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, listJSON(r, "entities", list, f.Page, total))
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	e, err := s.Store.Entity(r.Context(), id)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, e)
}

// apiSearch finds articles by full text, best first by default, with the
// article list's filters and orders.
func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	f, err := articleFilter(r)
	if err == nil && strings.TrimSpace(f.Query) == "" {
		err = newsgraph.Errorf(newsgraph.EINVALID, "q must hold words to search for")
	}
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if s.download(w, r, listDownload(export.Articles, f, s.Store.EachArticle)) {
		return
	}
	hits, total, err := s.Store.FindArticles(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, listJSON(r, "results", hits, f.Page, total))
}

// addDuplicates adds to an article's JSON the original it is a near
// duplicate of ("duplicate_of", its id, null when it is no copy) and its
// copies ("copies", summaries, oldest first, [] when none).
func addDuplicates(obj map[string]json.RawMessage, a *newsgraph.Article) error {
	obj["duplicate_of"] = json.RawMessage("null")
	if a.DuplicateOf != nil {
		obj["duplicate_of"] = json.RawMessage(strconv.FormatInt(a.DuplicateOf.ID, 10))
	}
	copies, err := json.Marshal(append([]newsgraph.ArticleSummary{}, a.Copies...))
	obj["copies"] = copies
	return err
}
