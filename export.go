package newsgraph

// ExportStore is the part of a Store that streams whole lists, a batch at
// a time, for exports of any size (EachEvent is its first form).
type ExportStore interface {
}
