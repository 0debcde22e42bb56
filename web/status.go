package web

import (
	"net/http"
)

// statusRoutes registers /api/status, the state of queued work and feeds.
func (s *Server) statusRoutes() {
	s.mux.HandleFunc("GET /api/status", s.apiStatus)
}

// apiStatus answers {"queue": …, "feeds": […]}, the object `newsgraph
// status --json` prints; "queue" is null when the server was given no
// queue.
func (s *Server) apiStatus(w http.ResponseWriter, r *http.Request) {
	out := map[string]any{"queue": nil}
	if s.QueueStatus != nil {
		q, err := s.QueueStatus(r.Context())
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		out["queue"] = q
	}
	feeds, err := s.Store.Feeds(r.Context())
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	out["feeds"] = feeds
	writeJSON(w, http.StatusOK, out)
}
