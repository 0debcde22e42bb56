package newsgraph

// FeedStore is the part of a Store that remembers the feeds `watch`
// follows: what was seen, the validators of the last fetch, the errors.
type FeedStore interface {
}
