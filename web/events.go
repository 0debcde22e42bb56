package web

import (
	"net/http"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/event/cameo"
	"github.com/newsgraph/newsgraph/internal/export"
)

// Events over HTTP: the list in JSON (/api/events), what an actor did and
// what was done to them (on the actor's JSON and page), and the events of
// an article beside its text.

// eventFilter reads /api/events' parameters: actor, recipient, involving
// (actor ids), type (a PLOVER type), from and to (event dates), place
// (words of the place or its entity's name), article, limit and offset.
func eventFilter(r *http.Request) (newsgraph.EventFilter, error) {
	var f newsgraph.EventFilter
	var err error
	if f.Page, err = page(r); err != nil {
		return f, err
	}
	for name, dst := range map[string]*int64{"actor": &f.Actor, "recipient": &f.Recipient, "involving": &f.Involving, "article": &f.Article} {
		if *dst, err = idParam(r, name); err != nil {
			return f, err
		}
	}
	if f.Type, err = eventTypeParam(r); err != nil {
		return f, err
	}
	if f.Place, err = queryParam(r, "place"); err != nil {
		return f, err
	}
	if f.Site, err = queryParam(r, "site"); err != nil {
		return f, err
	}
	if f.From, err = dateParam(r, "from"); err != nil {
		return f, err
	}
	f.To, err = dateParam(r, "to")
	return f, err
}

// eventTypeParam reads type=, one PLOVER event type in any case. The store
// refuses an unknown one too; refusing it here names the parameter.
func eventTypeParam(r *http.Request) (string, error) {
	t := strings.TrimSpace(r.URL.Query().Get("type"))
	if t != "" && !slices.Contains(cameo.Types, strings.ToUpper(t)) {
		return "", newsgraph.Errorf(newsgraph.EINVALID, "type must be a PLOVER event type (%s), not %q",
			strings.Join(cameo.Types, ", "), clip(t, 40))
	}
	return t, nil
}

// clip shortens what a user typed for an error message.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	f, err := eventFilter(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if s.download(w, r, listDownload(export.Events, f, s.Store.EachEvent)) {
		return
	}
	events, total, err := s.Store.Events(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, listJSON(r, "events", events, f.Page, total))
}

// actorEvents are what an actor did and what was done to them, newest
// first, the newest 100 of each.
type actorEvents struct {
	By []newsgraph.EventRecord `json:"events_by"`
	On []newsgraph.EventRecord `json:"events_on"`
}

func (s *Server) actorEvents(r *http.Request, id int64) (actorEvents, error) {
	var ev actorEvents
	var err error
	page := newsgraph.Page{Limit: 100}
	if ev.By, _, err = s.Store.Events(r.Context(), newsgraph.EventFilter{Actor: id, Page: page}); err != nil {
		return ev, err
	}
	ev.On, _, err = s.Store.Events(r.Context(), newsgraph.EventFilter{Recipient: id, Page: page})
	return ev, err
}
