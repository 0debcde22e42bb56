package sqlstore

import (
	"context"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// A network is read as edges counted by pair of actors in SQL, one
// statement per kind of edge (the same in both databases), and bounded in
// Go: the pairs are far fewer than the quotes and events they count.

// edgeSource is how one kind of edge is read: a statement selecting
// (from, to, type, count) grouped by pair, with extra conditions put at
// its marker, on its columns.
type edgeSource struct {
	query string
	// fromQuery, when set, replaces query when the actors asked for are
	// only the edges' sources: the same rows, joined in the order that
	// starts from the source's own rows (SQLite otherwise chose to read
	// every entity of every article a busy speaker was quoted in: 430 ms
	// against 55 ms for a speaker of 15,000 quotes).
	fromQuery  string
	from, to   string // the columns naming the two actors
	dated      string // the column dating it
	datedByDay bool   // dated holds YYYY-MM-DD (events) rather than a time (quotes)
}

// edgeMarker is where an edge source's statement takes more conditions.
const edgeMarker = `/*and*/`

var edgeSources = map[string]edgeSource{
	newsgraph.EdgeAddresses: {
		query: `SELECT q.speaker_actor, q.addressee_actor, CAST('' AS TEXT), count(*) FROM quotes q
			WHERE q.speaker_actor IS NOT NULL AND q.addressee_actor IS NOT NULL AND q.speaker_actor <> q.addressee_actor` + edgeMarker + `
			GROUP BY q.speaker_actor, q.addressee_actor`,
		from: `q.speaker_actor`, to: `q.addressee_actor`, dated: `q.dated`,
	},
	// A speaker "mentions" the actors whose entities are named inside
	// the quote (quote_about), each quote once per actor.
	newsgraph.EdgeMentions: {
		query: `SELECT q.speaker_actor, ae.actor_id, CAST('' AS TEXT), count(DISTINCT q.id) FROM quotes q
			JOIN quote_about qa ON qa.quote_id = q.id
			JOIN article_entities ae ON ae.article_id = q.article_id AND ae.entity_id = qa.entity_id
			WHERE q.speaker_actor IS NOT NULL AND ae.actor_id IS NOT NULL AND q.speaker_actor <> ae.actor_id` + edgeMarker + `
			GROUP BY q.speaker_actor, ae.actor_id`,
		fromQuery: `SELECT q.speaker_actor, ae.actor_id, CAST('' AS TEXT), count(DISTINCT q.id) FROM quotes q
			CROSS JOIN quote_about qa CROSS JOIN article_entities ae
			WHERE qa.quote_id = q.id AND ae.article_id = q.article_id AND ae.entity_id = qa.entity_id
			AND q.speaker_actor IS NOT NULL AND ae.actor_id IS NOT NULL AND q.speaker_actor <> ae.actor_id` + edgeMarker + `
			GROUP BY q.speaker_actor, ae.actor_id`,
		from: `q.speaker_actor`, to: `ae.actor_id`, dated: `q.dated`,
	},
	// An event with compound actors ("Norland and Vesta shelled…") is an
	// edge from each actor to each recipient, counted once per pair.
	newsgraph.EdgeActs: {
		query: `SELECT pa.actor_id, pr.actor_id, ev.type, count(DISTINCT ev.id) FROM events ev
			JOIN event_participants pa ON pa.event_id = ev.id AND pa.role = 'actor'
			JOIN event_participants pr ON pr.event_id = ev.id AND pr.role = 'recipient'
			WHERE pa.actor_id IS NOT NULL AND pr.actor_id IS NOT NULL AND pa.actor_id <> pr.actor_id` + edgeMarker + `
			GROUP BY pa.actor_id, pr.actor_id, ev.type`,
		from: `pa.actor_id`, to: `pr.actor_id`, dated: `ev.dated`, datedByDay: true,
	},
}

// Network reads the whole corpus' network, or one actor's ego network,
// bounded to the heaviest nodes (growFromHeaviest, egoNetwork).
func (s *Store) Network(ctx context.Context, f newsgraph.NetworkFilter) (*newsgraph.Network, error) {
	kinds, limit, err := networkBounds(f)
	if err != nil {
		return nil, err
	}
	if f.Actor != 0 {
		if _, err := s.actorRecord(ctx, f.Actor); err != nil {
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

// edges counts the edges of kinds in f's dates. With actors, only those
// with an end among them, or with both when both is set.
func (s *Store) edges(ctx context.Context, f newsgraph.NetworkFilter, kinds []string, actors []int64, both bool) (map[edgeKey]*edgeCount, error) {
	out := map[edgeKey]*edgeCount{}
	for _, kind := range kinds {
		src := edgeSources[kind]
		dates, dateArgs := src.dateConds(f.From, f.To)
		for _, ends := range edgeEnds(src, actors, both) {
			conds, args := append(slices.Clip(dates), ends...), slices.Clip(dateArgs)
			for range ends {
				for _, a := range actors {
					args = append(args, a)
				}
			}
			base := src.query
			if src.fromQuery != "" && len(ends) == 1 && strings.HasPrefix(ends[0], src.from+` IN`) {
				base = src.fromQuery
			}
			query := strings.Replace(base, edgeMarker, ` AND `+strings.Join(conds, ` AND `), 1)
			if len(conds) == 0 {
				query = strings.Replace(base, edgeMarker, ``, 1)
			}
			if err := s.readEdges(ctx, out, kind, query, args); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// edgeEnds are the statements to run for one kind of edge, each as its
// conditions on the actors at the edge's ends (one ? list of actors
// each): none without actors; both ends among them when both is set;
// else one statement per end. Edges have two different ends, so the two
// never count one edge twice, and each condition can use the index on
// its column where "from IN … OR to IN …" would read them all.
func edgeEnds(src edgeSource, actors []int64, both bool) [][]string {
	if len(actors) == 0 {
		return [][]string{nil}
	}
	in := ` IN (?` + strings.Repeat(`, ?`, len(actors)-1) + `)`
	if both {
		return [][]string{{src.from + in, src.to + in}}
	}
	return [][]string{{src.from + in}, {src.to + in}}
}

// dateConds are the conditions on an edge source's date column; quotes
// keep a time, events a day.
func (src edgeSource) dateConds(from, to time.Time) ([]string, []any) {
	if !src.datedByDay {
		conds, args, _ := dateRange(src.dated, from, to, nil, nil) // checked by networkBounds
		return conds, args
	}
	var conds []string
	var args []any
	if !from.IsZero() {
		conds, args = append(conds, src.dated+` >= ?`), append(args, from.Format(time.DateOnly))
	}
	if !to.IsZero() {
		conds, args = append(conds, src.dated+` <= ?`), append(args, to.Format(time.DateOnly))
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
