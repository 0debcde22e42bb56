package sqlstore

import (
	"context"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// A network is read from the edges counted at write time
// (network_edges.go), summed over the days asked for, and bounded in Go:
// the pairs are far fewer than the quotes and events they count.

// Network reads the whole corpus' network, or one actor's ego network,
// bounded to the heaviest nodes (growFromHeaviest, egoNetwork).
func (s *Store) Network(ctx context.Context, f newsgraph.NetworkFilter) (*newsgraph.Network, error) {
	kinds, limit, err := networkBounds(f)
	if err != nil {
		return nil, err
	}
	if f.Actor != 0 {
		if err := s.actorExists(ctx, f.Actor); err != nil {
			return nil, err
		}
		return s.egoNetwork(ctx, f, kinds, limit)
	}
	edges, err := s.edges(ctx, f, kinds, nil, false)
	if err != nil {
		return nil, err
	}
	weights := nodeWeights(edges)
	kept := growFromHeaviest(edges, weights, limit)
	return s.network(ctx, edgesAmong(edges, kept), kept, len(weights))
}

// egoNetwork is f.Actor, the neighbours it is most tied to (by the counts
// of the edges between them), and every edge among those.
func (s *Store) egoNetwork(ctx context.Context, f newsgraph.NetworkFilter, kinds []string, limit int) (*newsgraph.Network, error) {
	touching, err := s.edges(ctx, f, kinds, []int64{f.Actor}, false)
	if err != nil {
		return nil, err
	}
	ties := nodeWeights(touching)
	if len(ties) == 0 {
		return &newsgraph.Network{Nodes: []newsgraph.NetworkNode{}, Edges: []newsgraph.NetworkEdge{}}, nil
	}
	delete(ties, f.Actor)
	neighbours := heaviest(ties, limit-1, f.Actor)
	kept := append([]int64{f.Actor}, neighbours...)
	among := edgesAmong(touching, kept)
	if len(neighbours) > 1 { // the neighbours' edges to each other
		between, err := s.edges(ctx, f, kinds, neighbours, true)
		if err != nil {
			return nil, err
		}
		maps.Copy(among, between)
	}
	return s.network(ctx, among, kept, len(ties)+1)
}

// networkBounds checks a filter's kinds, dates and limit.
func networkBounds(f newsgraph.NetworkFilter) ([]string, int, error) {
	kinds := newsgraph.EdgeKinds
	if len(f.Kinds) > 0 {
		kinds = nil
		for _, k := range f.Kinds {
			if !slices.Contains(newsgraph.EdgeKinds, k) {
				return nil, 0, newsgraph.Errorf(newsgraph.EINVALID, "unknown kind of edge: the kinds are %s", strings.Join(newsgraph.EdgeKinds, ", "))
			}
			if !slices.Contains(kinds, k) {
				kinds = append(kinds, k)
			}
		}
	}
	if _, _, err := dateRange(`x`, f.From, f.To, nil, nil); err != nil {
		return nil, 0, err
	}
	if f.Limit < 0 {
		return nil, 0, newsgraph.Errorf(newsgraph.EINVALID, "the limit must not be negative")
	}
	limit := f.Limit
	if limit == 0 {
		limit = newsgraph.DefaultNetworkNodes
	}
	return kinds, min(limit, newsgraph.MaxNetworkNodes), nil
}

// edgeKey names one edge: a pair of actors and a kind.
type edgeKey struct {
	from, to int64
	kind     string
}

// edgeCount is an edge's count, and its count by event type.
type edgeCount struct {
	count int
	types map[string]int
}

// edges sums the edges of kinds in f's dates. With actors, only those
// with an end among them, or with both when both is set.
func (s *Store) edges(ctx context.Context, f newsgraph.NetworkFilter, kinds []string, actors []int64, both bool) (map[edgeKey]*edgeCount, error) {
	out := map[edgeKey]*edgeCount{}
	dates, dateArgs := edgeDays(f.From, f.To)
	for _, kind := range kinds {
		for _, ends := range edgeEnds(actors, both) {
			conds := append([]string{`kind = ?`}, dates...)
			args := append([]any{kind}, dateArgs...)
			for _, end := range ends {
				conds = append(conds, end)
				for _, a := range actors {
					args = append(args, a)
				}
			}
			query := `SELECT from_actor, to_actor, type, sum(count) FROM actor_edges WHERE ` + strings.Join(conds, ` AND `) +
				` GROUP BY from_actor, to_actor, type`
			if err := s.readEdges(ctx, out, kind, query, args); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// edgeEnds are the statements to run, each as its conditions on the
// actors at the edges' ends (one ? list of actors each): none without
// actors; both ends among them when both is set; else one statement per
// end. Edges have two different ends, so the two never count one edge
// twice, and each condition can use the index on its column where
// "from IN … OR to IN …" would read them all.
func edgeEnds(actors []int64, both bool) [][]string {
	if len(actors) == 0 {
		return [][]string{nil}
	}
	in := ` IN (?` + strings.Repeat(`, ?`, len(actors)-1) + `)`
	if both {
		return [][]string{{`from_actor` + in, `to_actor` + in}}
	}
	return [][]string{{`from_actor` + in}, {`to_actor` + in}}
}

// edgeDays are the conditions on the counted edges' days: from and to
// are inclusive days, as everywhere; an undated count (”) is in no
// range.
func edgeDays(from, to time.Time) ([]string, []any) {
	var conds []string
	var args []any
	if !from.IsZero() {
		conds, args = append(conds, `day >= ?`), append(args, from.UTC().Format(time.DateOnly))
	}
	if !to.IsZero() {
		conds, args = append(conds, `day <= ?`, `day <> ''`), append(args, to.UTC().Format(time.DateOnly))
	}
	return conds, args
}

// readEdges adds the rows of one edge source's statement.
func (s *Store) readEdges(ctx context.Context, out map[edgeKey]*edgeCount, kind, query string, args []any) error {
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k edgeKey
		var typ string
		var n int
		if err := rows.Scan(&k.from, &k.to, &typ, &n); err != nil {
			return err
		}
		k.kind = kind
		e := out[k]
		if e == nil {
			e = &edgeCount{types: map[string]int{}}
			out[k] = e
		}
		e.count += n
		if typ != "" {
			e.types[typ] += n
		}
	}
	return rows.Err()
}
