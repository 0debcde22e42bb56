// Package feeds follows news feeds for `newsgraph watch`: it reads RSS,
// Atom and JSON Feed documents and OPML lists of them, polls each feed on
// its own schedule, and hands the items it has not seen before to a queue.
//
// Politeness comes first, since a watcher runs all day against other
// people's servers: conditional GETs (If-None-Match, If-Modified-Since),
// a minimum gap between requests to one host and a cap on requests to it
// at once, a User-Agent that names newsgraph and how to reach its operator,
// exponential backoff on errors, Retry-After honoured on 429 and 503 (and
// applied to the whole host), the feed's own TTL or <sy:updatePeriod>
// respected within bounds, and jitter so that feeds added together do not
// stay in step. Each feed's state (validators, when it is due, errors, the
// items seen) is in the store, so a restarted watcher keeps all of this.
//
// Feeds are parsed by github.com/mmcdole/gofeed, the one maintained Go
// parser of all three formats. The module list of this workplace marks
// the release we use (v1.4.2) as served from an earlier copy rather than
// an approved release, and asks for another module where one fits; none
// does (the other feed module listed, gorilla/feeds, only writes feeds),
// and writing three parsers of our own would be a larger risk than using
// one that is widely read. What reaches it is bounded first: bodies are
// capped in size, and a poll keeps only the newest items.
//
// Addresses that are not on the public internet are refused at dial time
// (internal/fetch.IsPublic), as internal/fetch does for articles, unless
// AllowPrivate is set.
package feeds
