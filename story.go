package newsgraph

// StoryStore is the part of a Store that groups articles into stories:
// the same event or development across outlets and days (internal/story).
type StoryStore interface {
}
