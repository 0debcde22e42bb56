package web

import (
	"html/template"
	"net/http"
	"strings"

	"github.com/newsgraph/newsgraph"
)

type pages struct {
	t *template.Template
}

func loadPages() (*pages, error) {
	t, err := template.New("").Funcs(template.FuncMap{
		"list": func(v ...string) []string { return v },
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

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	p, err := page(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	list, total, err := s.Store.Articles(r.Context(), p)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	quotes, _, err := s.Store.Quotes(r.Context(), newsgraph.QuoteFilter{Page: newsgraph.Page{Limit: 10}})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "home.html", map[string]any{"Title": "newsgraph", "Articles": list, "Total": total, "Quotes": quotes})
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q, err := queryParam(r, "q")
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	data := map[string]any{"Title": "Search: " + q, "Query": q}
	if strings.TrimSpace(q) != "" {
		hits, total, err := s.Store.Search(r.Context(), q, newsgraph.Page{Limit: 50})
		if err != nil && newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			s.pageError(w, r, err)
			return
		}
		quotes, qtotal, _ := s.Store.Quotes(r.Context(), newsgraph.QuoteFilter{Query: q, Page: newsgraph.Page{Limit: 20}})
		data["Hits"], data["Total"], data["Quotes"], data["QuoteTotal"] = hits, total, quotes, qtotal
	}
	s.render(w, r, "search.html", data)
}

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
	s.render(w, r, "article.html", map[string]any{"Title": a.Doc.Title(), "Article": a, "Doc": a.Doc,
		"Paragraphs": highlight(a.Doc, mentions), "Attributions": attributionRows(a.Doc)})
}

// attributionRow is one line of the list under an article.
type attributionRow struct {
	Kind, Speaker, Cue, Content string
}

func attributionRows(d *newsgraph.Doc) []attributionRow {
	var rows []attributionRow
	for _, a := range d.Attributions {
		row := attributionRow{Kind: string(a.Kind), Cue: d.Slice(a.Cue), Content: d.Slice(a.Content)}
		if a.Speaker != nil {
			row.Speaker = a.Speaker.Name
		}
		rows = append(rows, row)
	}
	return rows
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
	s.render(w, r, "speaker.html", map[string]any{"Title": e.Name, "Entity": e})
}
