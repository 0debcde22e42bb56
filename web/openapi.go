package web

import (
	"net/http"
)

// openAPI serves the OpenAPI 3 description of the JSON API.
func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	b, err := files.ReadFile("assets/openapi.json")
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(b)
}
