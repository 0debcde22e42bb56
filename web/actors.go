package web

import (
	"cmp"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"slices"
	"strconv"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/export"
)

// Actors over HTTP: the list and one actor in JSON and HTML, and users'
// corrections (merge, split, alias) as POSTs that record the correction
// and re-link the store.

func (s *Server) actorFilter(r *http.Request) (newsgraph.ActorFilter, error) {
	var f newsgraph.ActorFilter
	var err error
	if f.Page, err = page(r); err == nil {
		if f.Query, err = queryParam(r, "q"); err == nil {
			f.Type, err = queryParam(r, "type")
		}
	}
	return f, err
}

func (s *Server) apiActors(w http.ResponseWriter, r *http.Request) {
	f, err := s.actorFilter(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if s.download(w, r, listDownload(export.Actors, f, s.Store.EachActor)) {
		return
	}
	list, total, err := s.Store.Actors(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, listJSON(r, "actors", list, f.Page, total))
}

func (s *Server) apiActor(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	a, err := s.Store.Actor(r.Context(), id)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	events, err := s.actorEvents(r, id)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		*newsgraph.ActorDetail
		actorEvents
	}{a, events})
}

// maxCorrectionBody bounds a correction's JSON.
const maxCorrectionBody = 4 << 10

// correctionRequest is the body of a correction: the actor to merge in
// ("from"), or the name to split off or to alias.
type correctionRequest struct {
	From int64  `json:"from"`
	Name string `json:"name"`
}

// apiCorrect records a correction of the actor in the path and re-links
// the store, answering with the correction and what re-linking did.
func (s *Server) apiCorrect(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := pathID(r)
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		if s.Linker == nil {
			s.apiError(w, r, newsgraph.Errorf(newsgraph.ECONFLICT, "this server was started without a linker: corrections are refused"))
			return
		}
		var req correctionRequest
		dec := json.NewDecoder(io.LimitReader(r.Body, maxCorrectionBody))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			s.apiError(w, r, newsgraph.Errorf(newsgraph.EINVALID, "the body must be JSON like {\"from\": 12} or {\"name\": \"…\"}: %v", err))
			return
		}
		c, err := s.Store.Correct(r.Context(), kind, id, req.From, req.Name)
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		st, err := s.Store.Relink(r.Context(), s.Linker, nil)
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"correction": c, "relink": st})
	}
}

// jsonBody: a POST must say it carries JSON. A browser sends a
// cross-site form only as a form or plain text, so this also keeps other
// sites from posting corrections through a user's browser.
func jsonBody(r *http.Request) bool {
	t, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && t == "application/json"
}

// actorsPage lists actors, most mentioned first, with a name filter.
func (s *Server) actorsPage(w http.ResponseWriter, r *http.Request) {
	f, err := s.actorFilter(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	list, total, err := s.Store.Actors(r.Context(), f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "actors.html", map[string]any{"Title": "Actors", "Actors": list, "Total": total, "Filter": f,
		"Downloads": downloadsOf("/api/actors", nonEmpty("q", f.Query, "type", f.Type)),
		"Pager":     newPager(r.URL, "offset", f.Page, len(list), total)})
}

// counterpart is someone an actor addresses or is addressed by, and how
// often, as the actor page lists them.
type counterpart struct {
	ID    int64
	Name  string
	Count int
}

// actorPage shows what an actor said (statements first: see quotesBy)
// and to whom, what they did and what was done to them, what was said to them and by whom, their roles with the
// spans they were read from, and their names.
func (s *Server) actorPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	a, err := s.Store.Actor(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	addressed := counterparts(a.QuotesBy, func(q newsgraph.QuoteRecord) (int64, string) { return q.AddresseeActor, q.Addressee })
	addressedBy := counterparts(a.QuotesTo, func(q newsgraph.QuoteRecord) (int64, string) {
		if q.Speaker == nil {
			return 0, ""
		}
		return q.Speaker.ActorID, q.Speaker.Name
	})
	by, err := s.quotesBy(r, newsgraph.QuoteFilter{Actor: id})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	lists, err := s.actorLists(r, id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	lists["Title"], lists["Actor"], lists["Addresses"], lists["AddressedBy"], lists["By"] = a.Name, a, addressed, addressedBy, by
	ids := strconv.FormatInt(id, 10)
	lists["QuoteDownloads"] = downloadsOf("/api/quotes", nonEmpty("actor", ids))
	lists["EventDownloads"] = downloadsOf("/api/events", nonEmpty("involving", ids))
	if err := s.addActorGraphs(r, id, lists); err != nil { // timeline and network panel: network.go
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "actor.html", lists)
}

// actorLists are the first items of what was said to an actor, what they
// did and what was done to them, and the articles that mention them, each
// with its total and a link to all of it.
func (s *Server) actorLists(r *http.Request, id int64) (map[string]any, error) {
	ids := strconv.FormatInt(id, 10)
	to, err := s.firstQuotes(r, newsgraph.QuoteFilter{AddressedTo: id}, "/quotes?to_actor="+ids)
	if err != nil {
		return nil, err
	}
	did, err := s.firstEvents(r, newsgraph.EventFilter{Actor: id}, "/events?actor="+ids)
	if err != nil {
		return nil, err
	}
	done, err := s.firstEvents(r, newsgraph.EventFilter{Recipient: id}, "/events?recipient="+ids)
	if err != nil {
		return nil, err
	}
	articles, err := s.firstArticles(r, newsgraph.ArticleFilter{Actor: id}, "/?actor="+ids)
	return map[string]any{"SaidTo": to, "Did": did, "DoneTo": done, "Articles": articles}, err
}

// counterparts counts the actors who of each quote names, most often
// first.
func counterparts(quotes []newsgraph.QuoteRecord, who func(newsgraph.QuoteRecord) (int64, string)) []counterpart {
	index := map[int64]int{}
	var out []counterpart
	for _, q := range quotes {
		id, name := who(q)
		if id == 0 {
			continue
		}
		i, ok := index[id]
		if !ok {
			i = len(out)
			index[id] = i
			out = append(out, counterpart{ID: id, Name: name})
		}
		out[i].Count++
	}
	slices.SortStableFunc(out, func(a, b counterpart) int { return cmp.Compare(b.Count, a.Count) })
	return out
}
