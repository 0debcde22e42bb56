package web

// networkRoutes registers the timeline and network views and their API.
func (s *Server) networkRoutes() {
}
