package sqlstore

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// nodeWeights sums, for each actor, the counts of the edges it is an end
// of.
func nodeWeights(edges map[edgeKey]*edgeCount) map[int64]int {
	w := map[int64]int{}
	for k, e := range edges {
		w[k.from] += e.count
		w[k.to] += e.count
	}
	return w
}

// heaviest lists at most n actors of weights, the heaviest first and the
// lower id first among equals (so that a network reads the same each
// time), leaving out skip.
func heaviest(weights map[int64]int, n int, skip int64) []int64 {
	ids := make([]int64, 0, len(weights))
	for id := range weights {
		if id != skip {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(a, b int64) int {
		return cmp.Or(cmp.Compare(weights[b], weights[a]), cmp.Compare(a, b))
	})
	return ids[:min(len(ids), max(n, 0))]
}

// growFromHeaviest chooses at most n actors of a network to draw: the
// heaviest, then, again and again, the heaviest actor tied to one already
// chosen, and, when none is, the heaviest left. Taking the n heaviest
// alone can choose actors with no tie among them (the most quoted
// places and the speakers who mention them each once), a drawing of dots;
// growing through ties keeps what is drawn connected, heaviest first.
func growFromHeaviest(edges map[edgeKey]*edgeCount, weights map[int64]int, n int) []int64 {
	ties := map[int64][]int64{}
	for k := range edges {
		ties[k.from] = append(ties[k.from], k.to)
		ties[k.to] = append(ties[k.to], k.from)
	}
	order := heaviest(weights, len(weights), 0)
	kept := make([]int64, 0, min(n, len(order)))
	chosen, reachable := map[int64]bool{}, map[int64]bool{}
	for len(kept) < n && len(kept) < len(order) {
		next := int64(0)
		for _, id := range order { // heaviest first: the first tied one, else the first left
			if !chosen[id] && (reachable[id] || next == 0) {
				next = id
				if reachable[id] {
					break
				}
			}
		}
		kept, chosen[next] = append(kept, next), true
		for _, other := range ties[next] {
			reachable[other] = true
		}
	}
	return kept
}

// edgesAmong keeps the edges whose two ends are both kept.
func edgesAmong(edges map[edgeKey]*edgeCount, kept []int64) map[edgeKey]*edgeCount {
	in := make(map[int64]bool, len(kept))
	for _, id := range kept {
		in[id] = true
	}
	out := map[edgeKey]*edgeCount{}
	for k, e := range edges {
		if in[k.from] && in[k.to] {
			out[k] = e
		}
	}
	return out
}

// network builds the answer: the kept actors named, weighed by the edges
// listed, heaviest first, then those no listed edge touches, with weight
// 0; the edges most counted first.
func (s *Store) network(ctx context.Context, edges map[edgeKey]*edgeCount, kept []int64, total int) (*newsgraph.Network, error) {
	n := &newsgraph.Network{Nodes: []newsgraph.NetworkNode{}, Edges: []newsgraph.NetworkEdge{}, Total: total}
	for k, e := range edges {
		n.Edges = append(n.Edges, newsgraph.NetworkEdge{From: k.from, To: k.to, Kind: k.kind, Type: mostFrequent(e.types), Count: e.count})
	}
	slices.SortFunc(n.Edges, func(a, b newsgraph.NetworkEdge) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.Kind, b.Kind))
	})
	weights := nodeWeights(edges)
	if len(kept) == 0 {
		return n, nil
	}
	names, err := s.actorNames(ctx, kept)
	if err != nil {
		return nil, err
	}
	for _, id := range heaviest(weights, len(weights), 0) {
		a := names[id]
		n.Nodes = append(n.Nodes, newsgraph.NetworkNode{ActorID: id, Name: a.Name, Type: a.Type, Weight: weights[id]})
	}
	// A node kept with no edge among the kept ones is listed still, with
	// weight 0: with limit 1, the network was empty of the one node asked.
	for _, id := range kept {
		if _, tied := weights[id]; !tied {
			a := names[id]
			n.Nodes = append(n.Nodes, newsgraph.NetworkNode{ActorID: id, Name: a.Name, Type: a.Type})
		}
	}
	return n, nil
}

// mostFrequent is the type counted most, the first by name among equals;
// "" when there is none.
func mostFrequent(types map[string]int) string {
	best := ""
	for t, n := range types {
		if best == "" || n > types[best] || n == types[best] && t < best {
			best = t
		}
	}
	return best
}

// actorNames reads the name and type of each actor of ids.
func (s *Store) actorNames(ctx context.Context, ids []int64) (map[int64]newsgraph.ActorRecord, error) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	list, err := collect(ctx, s.db, s.q(`SELECT id, name, type FROM actors WHERE id IN (?`+strings.Repeat(`, ?`, len(ids)-1)+`)`), args,
		func(r scanner) (newsgraph.ActorRecord, error) {
			var a newsgraph.ActorRecord
			return a, r.Scan(&a.ID, &a.Name, &a.Type)
		})
	out := make(map[int64]newsgraph.ActorRecord, len(list))
	for _, a := range list {
		out[a.ID] = a
	}
	return out, err
}
