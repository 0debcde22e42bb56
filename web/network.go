package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Networks of who addresses, quotes or acts on whom: the whole corpus at
// /network, one actor's ego network at /actors/{id}/network, both in JSON
// under /api. They are drawn as SVG rendered on the server (network_svg.go,
// laid out in network_layout.go) rather than by a JavaScript library: the
// CSP allows no script at all, nothing needs vendoring, the drawing
// escapes names through html/template like every page, and tests read it.

// networkRoutes registers the timeline and network views and their API.
func (s *Server) networkRoutes() {
	s.mux.HandleFunc("GET /api/actors/{id}/timeline", s.apiTimeline)
	s.mux.HandleFunc("GET /api/actors/{id}/network", s.apiNetwork)
	s.mux.HandleFunc("GET /api/network", s.apiNetwork)
	s.mux.HandleFunc("GET /actors/{id}/network", s.networkPage)
	s.mux.HandleFunc("GET /network", s.networkPage)
}

// networkFilter reads a network's parameters: the actor in the path (if
// the route has one), from, to, kind (repeated or comma-separated) and
// limit (nodes).
func networkFilter(r *http.Request) (newsgraph.NetworkFilter, error) {
	var f newsgraph.NetworkFilter
	var err error
	if r.PathValue("id") != "" {
		if f.Actor, err = pathID(r); err != nil {
			return f, err
		}
	}
	if f.From, f.To, err = dateRangeParams(r); err != nil {
		return f, err
	}
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > newsgraph.MaxNetworkNodes {
			return f, newsgraph.Errorf(newsgraph.EINVALID, "limit must be a number of nodes from 1 to %d", newsgraph.MaxNetworkNodes)
		}
		f.Limit = n
	}
	for _, v := range r.URL.Query()["kind"] {
		for _, k := range strings.Split(v, ",") {
			if k = strings.TrimSpace(k); k != "" {
				f.Kinds = append(f.Kinds, k)
			}
		}
	}
	if len(f.Kinds) > len(newsgraph.EdgeKinds)*4 {
		return f, newsgraph.Errorf(newsgraph.EINVALID, "too many kinds: the kinds are %s", strings.Join(newsgraph.EdgeKinds, ", "))
	}
	return f, nil
}

func (s *Server) apiNetwork(w http.ResponseWriter, r *http.Request) {
	f, err := networkFilter(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	n, err := s.Store.Network(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, n)
}

// networkPage draws a network with a form to choose its dates, kinds
// and size, and lists its edges as a table (what the drawing shows, for
// reading and for screen readers).
func (s *Server) networkPage(w http.ResponseWriter, r *http.Request) {
	f, err := networkFilter(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	n, err := s.Store.Network(r.Context(), f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	title := "Network"
	if f.Actor != 0 {
		a, err := s.Store.Actor(r.Context(), f.Actor)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		title = a.Name + "’s network"
	}
	s.render(w, r, "network.html", map[string]any{"Title": title, "Chart": newNetworkChart(n, f, false), "Network": n,
		"Rows": edgeRows(n, f), "Form": newNetworkForm(r, f), "Actor": f.Actor})
}

// edgeRow is an edge as the page's table lists it, by names.
type edgeRow struct {
	From, To newsgraph.NetworkNode
	Kind     string
	Type     string
	Count    int
	Href     string
}

// maxEdgeRows bounds the table under the drawing.
const maxEdgeRows = 300

func edgeRows(n *newsgraph.Network, f newsgraph.NetworkFilter) []edgeRow {
	byID := map[int64]newsgraph.NetworkNode{}
	for _, node := range n.Nodes {
		byID[node.ActorID] = node
	}
	var out []edgeRow
	for _, e := range n.Edges[:min(len(n.Edges), maxEdgeRows)] {
		label := e.Kind
		for _, k := range edgeKinds {
			if k.Kind == e.Kind {
				label = k.Label
			}
		}
		out = append(out, edgeRow{From: byID[e.From], To: byID[e.To], Kind: label, Type: e.Type, Count: e.Count, Href: edgeLink(e, f)})
	}
	return out
}

// networkForm is the network page's form as filled in.
type networkForm struct {
	Action, From, To string
	Limit            int
	Kinds            []kindBox
}

// kindBox is a checkbox for a kind of edge.
type kindBox struct {
	Kind, Label string
	Checked     bool
}

func newNetworkForm(r *http.Request, f newsgraph.NetworkFilter) networkForm {
	form := networkForm{Action: r.URL.Path, Limit: f.Limit}
	if form.Limit == 0 {
		form.Limit = newsgraph.DefaultNetworkNodes
	}
	if !f.From.IsZero() {
		form.From = f.From.Format(time.DateOnly)
	}
	if !f.To.IsZero() {
		form.To = f.To.Format(time.DateOnly)
	}
	for _, k := range edgeKinds {
		checked := len(f.Kinds) == 0
		for _, want := range f.Kinds {
			checked = checked || want == k.Kind
		}
		form.Kinds = append(form.Kinds, kindBox{Kind: k.Kind, Label: k.Label, Checked: checked})
	}
	return form
}

// panelNodes is how many actors the actor page's network panel draws.
const panelNodes = 12

// addActorGraphs adds an actor page's timeline and network panel to its
// data, both in the dates the page was asked for (from, to; bucket for
// the timeline).
func (s *Server) addActorGraphs(r *http.Request, id int64, data map[string]any) error {
	tf, err := timelineFilter(r, id)
	if err != nil {
		return err
	}
	points, err := s.Store.Timeline(r.Context(), tf)
	if err != nil {
		return err
	}
	nf := newsgraph.NetworkFilter{Actor: id, From: tf.From, To: tf.To, Limit: panelNodes}
	n, err := s.Store.Network(r.Context(), nf)
	if err != nil {
		return err
	}
	link := "/actors/" + strconv.FormatInt(id, 10) + "/network"
	if q := datesQuery(tf.From, tf.To); q != "" {
		link += "?" + q
	}
	data["Timeline"], data["Panel"], data["PanelTotal"], data["NetworkLink"] = newTimelineChart(id, points), newNetworkChart(n, nf, true), n.Total, link
	return nil
}

// datesQuery is from and to as a query string, the zero ones left out.
func datesQuery(from, to time.Time) string {
	v := url.Values{}
	for name, t := range map[string]time.Time{"from": from, "to": to} {
		if !t.IsZero() {
			v.Set(name, t.Format(time.DateOnly))
		}
	}
	return v.Encode()
}
