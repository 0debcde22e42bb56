package newsgraph

// NetworkStore is the part of a Store that answers how actors relate over
// time: an actor's timeline and who addresses, quotes or acts on whom.
type NetworkStore interface {
}
