package newsgraph

import (
	"context"
	"time"
)

// NetworkStore is the part of a Store that answers how actors relate over
// time: an actor's timeline and who addresses, quotes or acts on whom.
type NetworkStore interface {
	// Timeline counts, per day or week, the quotes an actor said and was
	// addressed, and the events it did and had done to it. Only buckets
	// with something in them are listed, oldest first; an unknown actor
	// is ENOTFOUND.
	Timeline(ctx context.Context, f TimelineFilter) ([]TimelinePoint, error)
	// Network lists actors and how they relate: the whole corpus, or the
	// ego network of f.Actor, bounded to f.Limit nodes. The corpus keeps
	// the heaviest actor (by the counts of its edges), then again and
	// again the heaviest tied to one kept, so that what is drawn hangs
	// together; an ego network keeps the neighbours most tied to the ego.
	// An unknown actor is ENOTFOUND.
	Network(ctx context.Context, f NetworkFilter) (*Network, error)
}

// Timeline buckets.
const (
	BucketDay  = "day"
	BucketWeek = "week" // ISO weeks, from Monday
)

// AutoDayBucketSpan is the longest span an automatic timeline counts by
// day; a longer one is counted by week.
const AutoDayBucketSpan = 60 * 24 * time.Hour

// TimelineFilter selects an actor's timeline. Quotes are dated by their
// article's publication date, else the day it was stored (QuoteRecord's
// list order); events by EventRecord.Dated.
type TimelineFilter struct {
	Actor    int64
	From, To time.Time // inclusive days; zero means open
	// Bucket is BucketDay, BucketWeek, or "" to choose: by day when the
	// span (From to To, or the first to the last dated item) is at most
	// AutoDayBucketSpan, else by week.
	Bucket string
}

// TimelinePoint is what one bucket counts. Start and End are its first
// and last days (YYYY-MM-DD), as the lists' from and to take them.
type TimelinePoint struct {
	Start     string `json:"start"`
	End       string `json:"end"`
	Said      int    `json:"said"`      // quotes by the actor
	Addressed int    `json:"addressed"` // quotes addressed to it
	Did       int    `json:"did"`       // events it was an actor of
	DoneTo    int    `json:"done_to"`   // events it was a recipient of
}

// The kinds of network edge.
const (
	EdgeAddresses = "addresses" // a quote's speaker to its addressee
	EdgeMentions  = "mentions"  // a quote's speaker to an actor named inside the quote
	EdgeActs      = "acts"      // an event's actor to its recipient
)

// EdgeKinds lists the kinds of edge.
var EdgeKinds = []string{EdgeAddresses, EdgeMentions, EdgeActs}

// Network sizes: the nodes a network holds unless asked, and at most.
const (
	DefaultNetworkNodes = 40
	MaxNetworkNodes     = 150
)

// NetworkFilter selects a network. Quotes and events are dated as in
// TimelineFilter.
type NetworkFilter struct {
	// Actor is the actor whose ego network is wanted (it, its neighbours
	// and the edges among them), 0 for the whole corpus.
	Actor    int64
	From, To time.Time // inclusive days; zero means open
	Kinds    []string  // of EdgeKinds; empty is all of them
	Limit    int       // nodes; 0 is DefaultNetworkNodes, at most MaxNetworkNodes
}

// Network is actors as nodes and what relates them as edges, each edge
// between two listed nodes. Nodes come heaviest first; edges by count.
type Network struct {
	Nodes []NetworkNode `json:"nodes"`
	Edges []NetworkEdge `json:"edges"`
	// Total is how many actors the unbounded network had: more than
	// len(Nodes) when the lightest were left out.
	Total int `json:"total"`
}

// NetworkNode is an actor; Weight sums the counts of its edges listed,
// so it says how connected the actor is in what is drawn.
type NetworkNode struct {
	ActorID int64  `json:"actor_id"`
	Name    string `json:"name"`
	Type    string `json:"type"`
	Weight  int    `json:"weight"`
}

// NetworkEdge is how often From relates to To in one kind of way. For
// "acts", Type is the PLOVER event type most frequent between them.
type NetworkEdge struct {
	From  int64  `json:"from"`
	To    int64  `json:"to"`
	Kind  string `json:"kind"`
	Type  string `json:"type,omitempty"`
	Count int    `json:"count"`
}
