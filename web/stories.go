package web

// storyRoutes registers the story pages and their API.
func (s *Server) storyRoutes() {
}
