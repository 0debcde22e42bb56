package web

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/newsgraph/newsgraph"
)

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	p, err := page(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	list, total, err := s.Store.Articles(r.Context(), p)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"articles": list, "total": total})
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
	f.Types = typesParam(r)
	f.To, err = dateParam(r, "to")
	return f, err
}

func (s *Server) apiQuotes(w http.ResponseWriter, r *http.Request) {
	f, err := s.quoteFilter(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	quotes, total, err := s.Store.Quotes(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"quotes": quotes, "total": total})
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	var f newsgraph.EntityFilter
	var err error
	if f.Page, err = page(r); err == nil {
		if f.Name, err = queryParam(r, "name"); err == nil {
			f.Type, err = queryParam(r, "type")
		}
	}
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	list, total, err := s.Store.Entities(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"entities": list, "total": total})
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

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q, err := queryParam(r, "q")
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	p, err := page(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	hits, total, err := s.Store.Search(r.Context(), q, p)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"results": hits, "total": total})
}
