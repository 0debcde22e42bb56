// Package perceptron is the multi-class averaged perceptron that newsgraph's
// taggers and parser share (Collins 2002; the greedy tagger design follows
// Honnibal's "A good part-of-speech tagger in about 200 lines of Python").
//
// Why this learner: it trains in a few passes over the data in minutes on
// two cores, it is deterministic given a seed, its models prune to a few
// megabytes, and prediction is a handful of hash lookups per feature, fast
// enough for hundreds of thousands of tokens a second. Features are hashed
// to 64 bits by the caller (see Hasher), so no feature strings are kept in
// the model or built at prediction time.
//
// A trained Model stores, per feature, only the classes with a non-zero
// averaged weight: most features speak for one or two classes, so sparse
// rows are an order of magnitude smaller than dense ones. The few features
// that speak for many classes keep a dense row, which is quicker to add.
// Prediction waits on memory more than it computes (the parser's weights
// are far larger than the processor's caches), so Score looks features up
// in batches and prefetches their rows.
//
// A model is saved as its image (image.go): those arrays byte for byte,
// as a little-endian machine lays them out. The shipped models are
// embedded in the program, and Load uses their images where they lie:
// loading decodes and copies nothing, and the system reads in only the
// pages of weights that predictions touch.
package perceptron
