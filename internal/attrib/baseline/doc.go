// Package baseline is an attribution stage no one tuned: every verb of
// saying or telling, its subject's phrase as the source and its clausal
// complement as the content, all read off the parse. It is not for use.
// It measures how hard a set of articles is for a system fitted to none
// of them (`newsgraph eval attribution --baseline`): on PolNeAR it scores
// dev above train by about as much as newsgraph's cross-validation falls
// under dev, which says the gap is mostly the split, not fitting.
package baseline
