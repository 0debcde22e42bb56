// Package web serves a newsgraph.Store over HTTP: the JSON API under /api,
// its OpenAPI document at /openapi.json, and the HTML UI, with every asset
// embedded and nothing loaded from elsewhere. (STYLE.md calls this package
// http/, as benbjohnson/wtf does; it is web/ here so that it does not shadow
// net/http in the files that use both.)
package web

import (
	"context"
	"embed"
	"encoding/json"
	"io/fs"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

//go:embed assets templates
var files embed.FS

// Limits for requests: how long one may take, how long a query may be.
const (
	RequestTimeout = 10 * time.Second
	MaxQueryLength = 500
)

// Server handles the API and the UI.
type Server struct {
	Store  newsgraph.Store
	Logger *slog.Logger
	// Linker re-links the store after a correction; without one,
	// corrections are refused.
	Linker newsgraph.Linker
	mux    *http.ServeMux
	pages  *pages

	// QueueStatus reports the work queue for /api/status; nil when the
	// store has no queue to show.
	QueueStatus func(context.Context) (any, error)
}

// New builds a server on a store.
func New(store newsgraph.Store, logger *slog.Logger) (*Server, error) {
	if logger == nil {
		logger = slog.Default()
	}
	p, err := loadPages()
	if err != nil {
		return nil, err
	}
	s := &Server{Store: store, Logger: logger, mux: http.NewServeMux(), pages: p}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	assets, _ := fs.Sub(files, "assets")
	s.mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServerFS(assets)))
	s.mux.HandleFunc("GET /openapi.json", s.openAPI)
	s.mux.HandleFunc("GET /api/articles", s.apiArticles)
	s.mux.HandleFunc("GET /api/articles/{id}", s.apiArticle)
	s.mux.HandleFunc("GET /api/quotes", s.apiQuotes)
	s.mux.HandleFunc("GET /api/events", s.apiEvents)
	s.mux.HandleFunc("GET /api/entities", s.apiEntities)
	s.mux.HandleFunc("GET /api/entities/{id}", s.apiEntity)
	s.mux.HandleFunc("GET /api/search", s.apiSearch)
	s.mux.HandleFunc("GET /api/actors", s.apiActors)
	s.mux.HandleFunc("GET /api/actors/{id}", s.apiActor)
	s.mux.HandleFunc("POST /api/actors/{id}/merge", s.apiCorrect(newsgraph.CorrectMerge))
	s.mux.HandleFunc("POST /api/actors/{id}/split", s.apiCorrect(newsgraph.CorrectSplit))
	s.mux.HandleFunc("POST /api/actors/{id}/aliases", s.apiCorrect(newsgraph.CorrectAlias))
	s.storyRoutes()
	s.networkRoutes()
	s.downloadRoutes()
	s.statusRoutes()
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			// A path only GET serves: the catch-all outranks the mux's own 405.
			s.apiError(w, r, &newsgraph.Error{Code: "method", Message: "POST is for corrections of actors only"})
			return
		}
		s.apiError(w, r, newsgraph.Errorf(newsgraph.ENOTFOUND, "no such endpoint: %s %s", r.Method, r.URL.Path))
	})
	s.mux.HandleFunc("GET /{$}", s.home)
	s.mux.HandleFunc("GET /search", s.search)
	s.mux.HandleFunc("GET /articles/{id}", s.article)
	s.mux.HandleFunc("GET /speakers/{id}", s.speaker)
	s.mux.HandleFunc("GET /entities/{id}", s.speaker)
	s.mux.HandleFunc("GET /actors", s.actorsPage)
	s.mux.HandleFunc("GET /actors/{id}", s.actorPage)
	s.mux.HandleFunc("GET /quotes", s.quotesPage)
	s.mux.HandleFunc("GET /events", s.eventsPage)
	s.mux.HandleFunc("GET /entities", s.entitiesPage)
}

// ServeHTTP applies the request limits and security headers, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), RequestTimeout)
	defer cancel()
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	// Nothing is loaded from elsewhere, and article text may hold hostile
	// markup: allow only this server's own styles and no scripts at all.
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	switch {
	case r.Method == http.MethodGet || r.Method == http.MethodHead:
	case r.Method == http.MethodPost && strings.HasPrefix(r.URL.Path, "/api/") && jsonBody(r):
		// Corrections: JSON only (see jsonBody).
	case r.Method == http.MethodPost && strings.HasPrefix(r.URL.Path, "/api/"):
		s.apiError(w, r, newsgraph.Errorf(newsgraph.EINVALID, "a POST must carry JSON (Content-Type: application/json)"))
		return
	default:
		s.apiError(w, r, &newsgraph.Error{Code: "method", Message: "only GET, and POST to the API, are supported"})
		return
	}
	s.mux.ServeHTTP(w, r.WithContext(ctx))
}

// NewHTTPServer wraps the handler with timeouts fit for the open network.
func NewHTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
		WriteTimeout: 30 * time.Second, IdleTimeout: 60 * time.Second, MaxHeaderBytes: 64 << 10}
}

// status maps domain error codes to HTTP statuses.
func status(code string) int {
	switch code {
	case newsgraph.ENOTFOUND:
		return http.StatusNotFound
	case newsgraph.EINVALID:
		return http.StatusBadRequest
	case newsgraph.ECONFLICT:
		return http.StatusConflict
	case "method":
		return http.StatusMethodNotAllowed
	}
	return http.StatusInternalServerError
}

// apiError writes {"error":{"code","message"}}; internal errors are logged
// and their details kept from the client.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	code := newsgraph.ErrorCode(err)
	if code == newsgraph.EINTERNAL {
		s.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeJSON(w, status(code), map[string]any{"error": map[string]string{"code": code, "message": newsgraph.ErrorMessage(err)}})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

// pathID reads the {id} path value.
func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, newsgraph.Errorf(newsgraph.EINVALID, "id must be a positive integer")
	}
	return id, nil
}

// page reads limit and offset.
func page(r *http.Request) (newsgraph.Page, error) { return pageParam(r, "offset") }

// idParam reads an optional id parameter; 0 when absent.
func idParam(r *http.Request, name string) (int64, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return 0, nil
	}
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, newsgraph.Errorf(newsgraph.EINVALID, "%s must be a positive integer", name)
	}
	return id, nil
}

// boolParam reads an optional yes/no parameter ("true", "1", "false",
// "0"; absent is false).
func boolParam(r *http.Request, name string) (bool, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, newsgraph.Errorf(newsgraph.EINVALID, "%s must be true or false", name)
	}
	return b, nil
}

// queryParam reads a text parameter, refusing overlong ones.
func queryParam(r *http.Request, name string) (string, error) {
	v := r.URL.Query().Get(name)
	if len(v) > MaxQueryLength {
		return "", newsgraph.Errorf(newsgraph.EINVALID, "%s is longer than %d bytes", name, MaxQueryLength)
	}
	return v, nil
}

// typesParam reads type=, repeated or comma-separated ("type=statement,belief"),
// each type once: the store refuses one it does not know, and a type
// given a thousand times costs one placeholder.
func typesParam(r *http.Request) []newsgraph.AttributionType {
	var out []newsgraph.AttributionType
	for _, v := range r.URL.Query()["type"] {
		for _, t := range strings.Split(v, ",") {
			t := newsgraph.AttributionType(strings.TrimSpace(t))
			if t != "" && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// confidenceParam reads min_confidence, a number from 0 to 1; 0 when
// absent.
func confidenceParam(r *http.Request) (float64, error) {
	v := r.URL.Query().Get("min_confidence")
	if v == "" {
		return 0, nil
	}
	c, err := strconv.ParseFloat(v, 64)
	if err != nil || !(c >= 0 && c <= 1) { // NaN too
		return 0, newsgraph.Errorf(newsgraph.EINVALID, "min_confidence must be a number from 0 to 1")
	}
	return c, nil
}

// dateParam reads a YYYY-MM-DD parameter.
func dateParam(r *http.Request, name string) (time.Time, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return t, newsgraph.Errorf(newsgraph.EINVALID, "%s must be a date like 2026-03-14", name)
	}
	return t, nil
}
