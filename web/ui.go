package web

import (
	"cmp"
	"html/template"
	"net/http"
	"net/url"
	"strconv"

	"github.com/newsgraph/newsgraph"
)

type pages struct {
	t *template.Template
}

func loadPages() (*pages, error) {
	t, err := template.New("").Funcs(template.FuncMap{
		"list": func(v ...string) []string { return v },
		// dict pairs names and values ("sort", "newest", "site", "Herald").
		"dict": func(kv ...string) map[string]string {
			m := map[string]string{}
			for i := 0; i+1 < len(kv); i += 2 {
				m[kv[i]] = kv[i+1]
			}
			return m
		},
		// others lists an actor's names other than the one it goes by.
		"others": func(aliases []string, name string) []string {
			out := []string{}
			for _, a := range aliases {
				if a != name {
					out = append(out, a)
				}
			}
			return out
		},
		"typeLabel":   typeLabel,
		"marks":       marks,
		"withWords":   func(q newsgraph.QuoteRecord, words string) quoteItem { return quoteItem{q, words} },
		"hitItem":     func(h newsgraph.SearchHit, words string) articleItem { return articleItem{h.Article, h.Snippet, words} },
		"articleItem": func(a newsgraph.ArticleSummary) articleItem { return articleItem{Article: a} },
		"eventLabel":  eventLabel,
		"date": func(v any) string {
			switch x := v.(type) {
			case interface{ IsZero() bool }:
				if x.IsZero() {
					return ""
				}
			}
			if t, ok := v.(interface{ Format(string) string }); ok {
				return t.Format("2 Jan 2006")
			}
			return ""
		},
	}).ParseFS(files, "templates/*.html")
	if err != nil {
		return nil, err
	}
	return &pages{t: t}, nil
}

// render writes a page; html/template escapes every value, article text
// included, so hostile markup in an article stays text.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, data map[string]any) {
	if _, ok := data["Query"]; !ok {
		data["Query"] = "" // the search box on every page
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.pages.t.ExecuteTemplate(w, name, data); err != nil {
		s.Logger.Error("render", "page", name, "err", err)
	}
}

// pageError shows an error page with the status its code calls for.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	code := newsgraph.ErrorCode(err)
	if code == newsgraph.EINTERNAL {
		s.Logger.Error("request failed", "path", r.URL.Path, "err", err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status(code))
	s.pages.t.ExecuteTemplate(w, "error.html", map[string]any{"Title": "Error", "Query": "", "Message": newsgraph.ErrorMessage(err)})
}

// search, quotes, events and entities lists: ui_lists.go.

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	a, err := s.Store.Article(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	mentions, err := s.Store.Mentions(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// The store's records link the events' participants to actors (the
	// first 100; more events than that are listed without links).
	stored, _, err := s.Store.Events(r.Context(), newsgraph.EventFilter{Article: id, Page: newsgraph.Page{Limit: 100}})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	byIndex := map[int]newsgraph.EventRecord{}
	for _, e := range stored {
		byIndex[e.Index] = e
	}
	// The stored quotes link speakers and addressees to their pages (the
	// first 100; more attributions than that are listed without links).
	quotes, _, err := s.Store.Quotes(r.Context(), newsgraph.QuoteFilter{Article: id, Page: newsgraph.Page{Limit: 100}})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "article.html", map[string]any{"Title": a.Doc.Title(), "Article": a, "Doc": a.Doc, "HasMeta": hasMeta(a.Doc.Meta),
		"Paragraphs": highlight(a.Doc, mentions), "Attributions": attributionRows(a.Doc, quotes), "Events": eventLines(a.Doc, byIndex),
		"Story": s.articleStory(r, id)})
}

// hasMeta says whether an article has anything to show above its text: a
// plain text file has no outlet, date, author or address.
func hasMeta(m newsgraph.Metadata) bool {
	return m.Site != "" || !m.Published.IsZero() || len(m.Authors) > 0 || m.URL != ""
}

// attributionRow is one line of the list under an article.
type attributionRow struct {
	Kind, Type, Cue, Content string
	Speaker, Addressee       party
	Confidence               float64
}

// attributionRows lists d's attributions, their speakers and addressees
// linked to their pages through the stored quotes, matched by where their
// cue and content begin.
func attributionRows(d *newsgraph.Doc, stored []newsgraph.QuoteRecord) []attributionRow {
	type at struct{ cue, content int }
	byPlace := map[at]newsgraph.QuoteRecord{}
	for _, q := range stored {
		byPlace[at{q.Cue.Start, q.Content.Start}] = q
	}
	cp := newsgraph.NewCodePoints(d.Text)
	var rows []attributionRow
	for _, a := range d.Attributions {
		row := attributionRow{Kind: string(a.Kind), Type: string(a.Type), Confidence: a.Confidence, Cue: d.Slice(a.Cue), Content: d.Slice(a.Content)}
		q, ok := byPlace[at{cp.At(a.Cue.Start), cp.At(a.Content.Start)}]
		if a.Speaker != nil {
			row.Speaker.Name = a.Speaker.Name
			if ok && q.Speaker != nil {
				row.Speaker.Href = personHref(q.Speaker.ActorID, q.Speaker.EntityID)
			}
		}
		if a.Addressee != nil {
			row.Addressee.Name = a.Addressee.Name
			if ok {
				row.Addressee.Href = personHref(q.AddresseeActor, 0)
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// personHref is the page of an actor, else of an entity, else "".
func personHref(actor, entity int64) string {
	switch {
	case actor != 0:
		return "/actors/" + strconv.FormatInt(actor, 10)
	case entity != 0:
		return "/speakers/" + strconv.FormatInt(entity, 10)
	}
	return ""
}

// articleItem is an article in a list, with its snippet and the words
// searched for when it is a search result.
type articleItem struct {
	Article        newsgraph.ArticleSummary
	Snippet, Words string
}

// quoteItem is a quote in a list, with the words searched for, which it
// shows marked.
type quoteItem struct {
	newsgraph.QuoteRecord
	Words string
}

// speaker shows an entity: for a person, their quotes over time, newest
// first, each linking back to its article.
func (s *Server) speaker(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	e, err := s.Store.Entity(r.Context(), id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	by, err := s.quotesBy(r, newsgraph.QuoteFilter{EntityID: id})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	ids := strconv.FormatInt(id, 10)
	about, err := s.firstQuotes(r, newsgraph.QuoteFilter{About: id}, "/quotes?about="+ids)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	articles, err := s.firstArticles(r, newsgraph.ArticleFilter{Entity: id}, "/?entity="+ids)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "speaker.html", map[string]any{"Title": e.Name, "Entity": e, "By": by, "About": about, "Articles": articles})
}

// typeLabel is the small label of a quote: its type, and its confidence
// when it was scored ("statement · 0.82").
func typeLabel(t string, confidence float64) string {
	if t == "" {
		t = "untyped"
	}
	if confidence > 0 {
		return t + " · " + strconv.FormatFloat(confidence, 'f', 2, 64)
	}
	return t
}

// confidenceText is a threshold as the hide-below box shows it: empty
// when there is none.
func confidenceText(c float64) string {
	if c == 0 {
		return ""
	}
	return strconv.FormatFloat(c, 'g', -1, 64)
}

// typeTabs names the attribution types in the row of links above a
// speaker's quotes, in newsgraph.AttributionTypes' order.
var typeTabs = map[newsgraph.AttributionType]string{
	newsgraph.Statement: "Statements", newsgraph.Stance: "Stances", newsgraph.Belief: "Beliefs",
	newsgraph.Intention: "Intentions", newsgraph.Perception: "Perceptions", newsgraph.OtherType: "Other",
}

// allTypes is the ?type= of the link that lists every quote: without a
// type, a speaker's page shows statements.
const allTypes = "all"

// typeTab is one link of that row.
type typeTab struct {
	Label   string
	Href    string
	Count   int
	Current bool
}

// quoteList is the quotes a speaker's or an actor's page lists as theirs:
// one type at a time (Type, or allTypes), above the scored ones below a
// threshold hidden.
type quoteList struct {
	Action        string // the page's path, for the hide-below form
	Type          string
	MinConfidence string
	Tabs          []typeTab
	Quotes        []newsgraph.QuoteRecord
	Pager         *pager
}

// quotesBy lists a page of the quotes f selects as the request asks
// (?type=, ?min_confidence=, ?offset=, ?limit=). Without a type it shows statements, what a
// reader asking "what did they say?" wants, or every quote when there is
// no statement; untyped quotes (stored before types) are listed under
// All only.
func (s *Server) quotesBy(r *http.Request, f newsgraph.QuoteFilter) (*quoteList, error) {
	var err error
	if f.MinConfidence, err = confidenceParam(r); err != nil {
		return nil, err
	}
	counts, err := s.Store.QuoteTypes(r.Context(), f)
	if err != nil {
		return nil, err
	}
	l := &quoteList{Action: r.URL.Path, Type: r.URL.Query().Get("type"), MinConfidence: confidenceText(f.MinConfidence)}
	switch {
	case l.Type == "" && counts[newsgraph.Statement] > 0:
		l.Type = string(newsgraph.Statement)
	case l.Type == "":
		l.Type = allTypes
	}
	if l.Type != allTypes {
		f.Types = []newsgraph.AttributionType{newsgraph.AttributionType(l.Type)} // the store refuses an unknown one
	}
	if f.Page, err = page(r); err != nil {
		return nil, err
	}
	var total int
	if l.Quotes, total, err = s.Store.Quotes(r.Context(), f); err != nil {
		return nil, err
	}
	l.Pager = newPager(r.URL, "offset", f.Page, len(l.Quotes), total)
	link := func(label, typ string, n int) {
		v := url.Values{"type": {typ}}
		if l.MinConfidence != "" {
			v.Set("min_confidence", l.MinConfidence)
		}
		l.Tabs = append(l.Tabs, typeTab{Label: label, Href: "?" + v.Encode(), Count: n, Current: typ == l.Type})
	}
	all := 0
	for _, n := range counts {
		all += n
	}
	for _, t := range newsgraph.AttributionTypes {
		if counts[t] > 0 || string(t) == l.Type {
			label := cmp.Or(typeTabs[t], string(t)) // a type added later shows by its name
			link(label, string(t), counts[t])
		}
	}
	link("All", allTypes, all)
	return l, nil
}
