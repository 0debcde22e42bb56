package web

// statusRoutes registers /api/status, the state of queued work and feeds.
func (s *Server) statusRoutes() {
}
