package web

// downloadRoutes registers the CSV and JSON Lines downloads of lists.
func (s *Server) downloadRoutes() {
}
